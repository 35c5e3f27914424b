#include "cyclecommand.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "engine/cycle.h"
#include "model/clock.h"
#include "model/recordtext.h"

namespace em::ui {

namespace {
CycleStep rowStep(const ServerRow &row)
{
    CycleStep step;
    step.kind = CycleStep::Row;
    step.row = row;
    return step;
}

void count(CycleSummary &summary, const ServerOutcome &outcome)
{
    ++summary.servers;
    if (!outcome.error.isEmpty())
        summary.failures << CycleFailure {outcome.server, QString(), outcome.error};
    for (const ActionOutcome &a : outcome.actions) {
        summary.counts.add(a.status.status);
        if (a.status.status == ActionStatus::Failed)
            summary.failures << CycleFailure {outcome.server, a.status.actionId, a.status.detail.render()};
        if (!a.change.isEmpty())
            ++summary.changed;
    }
}

// Runs in a worker thread, on its own directory connection.
void runCycles(QPromise<CycleStep> &promise, const QString &path, const QStringList &servers,
    const QString &auditAction, const std::shared_ptr<std::atomic<bool>> &cancel)
{
    const auto failure = [&promise](const QString &message) {
        CycleStep step;
        step.kind = CycleStep::Failure;
        step.error = message;
        promise.addResult(std::move(step));
    };
    auto opened = OrgDirectory::open(path);
    if (!opened)
        return failure(opened.error().message);
    OrgDirectory &directory = **opened;

    CycleSummary summary;
    summary.total = int(servers.size());
    int offset = 0;
    const auto progress = [&](int done, int total, const QString &server) {
        if (servers.isEmpty()) {
            summary.total = total;
            promise.setProgressRange(0, total);
        }
        promise.setProgressValueAndText(offset + done, server);
    };

    QList<ServerOutcome> outcomes;
    if (servers.isEmpty()) {
        CycleOptions options;
        options.cancel = cancel.get();
        options.progress = progress;
        auto report = runCycle(directory, options);
        if (!report)
            return failure(report.error().message);
        outcomes = report->servers;
        summary.cancelled = report->cancelled;
        summary.logFile = report->logFile;
    } else {
        promise.setProgressRange(0, int(servers.size()));
        for (qsizetype i = 0; i < servers.size(); ++i) {
            if (cancel->load()) {
                summary.cancelled = true;
                break;
            }
            offset = int(i);
            CycleOptions options;
            options.identity = servers.at(i);
            options.progress = progress;
            auto report = runCycle(directory, options);
            if (!report) {
                ServerOutcome unknown;
                unknown.server = servers.at(i);
                unknown.error = report.error().message;
                outcomes << unknown;
                continue;
            }
            outcomes << report->servers;
            if (!report->logFile.isEmpty())
                summary.logFile = report->logFile;
            // The server as it is now, for its row (a whole-organization run reloads every row instead).
            if (auto s = summaryOf(directory, servers.at(i)))
                promise.addResult(rowStep(makeServerRow(*s)));
        }
    }
    for (const ServerOutcome &outcome : std::as_const(outcomes))
        count(summary, outcome);

    // Audited as an admin's change: who ran it, where, on what, and how it went.
    {
        const RecordTextScope recordText;
        const Actor actor = Actor::current();
        const QDateTime now = Clock::now();
        if (servers.isEmpty()) {
            const QString result = CycleCommand::tr("%1 servers: %2 applied, %3 failed")
                                       .arg(summary.servers)
                                       .arg(summary.counts.applied)
                                       .arg(summary.counts.failed);
            directory.addAudit(AuditEntry {0, now, actor.who, actor.host, auditAction, QStringLiteral("Organization"),
                QStringLiteral("Cycle"), QString(), result});
        } else {
            for (const ServerOutcome &outcome : std::as_const(outcomes)) {
                if (outcome.result.isEmpty() && !outcome.error.isEmpty())
                    continue; // not a server of the directory: nothing ran
                directory.addAudit(AuditEntry {0, now, actor.who, actor.host, auditAction, outcome.server,
                    QStringLiteral("Cycle"), QString(), outcome.result});
            }
        }
    }
    CycleStep done;
    done.kind = CycleStep::Summary;
    done.summary = summary;
    promise.addResult(std::move(done));
}
} // namespace

QString cycleSummaryText(const CycleSummary &s)
{
    QStringList counts;
    const StatusCounts &c = s.counts;
    counts << CycleCommand::tr("%n applied", nullptr, c.applied);
    if (c.failed > 0)
        counts << CycleCommand::tr("%n failed", nullptr, c.failed);
    if (c.blocked > 0)
        counts << CycleCommand::tr("%n blocked", nullptr, c.blocked);
    if (c.obsolete > 0)
        counts << CycleCommand::tr("%n obsolete", nullptr, c.obsolete);
    if (c.pending > 0)
        counts << CycleCommand::tr("%n pending", nullptr, c.pending);
    const QString list = counts.join(CycleCommand::tr(", "));
    const int serverErrors = int(std::count_if(
        s.failures.cbegin(), s.failures.cend(), [](const CycleFailure &f) { return f.actionId.isEmpty(); }));
    QString text;
    if (s.cancelled)
        text = CycleCommand::tr(
            "Cycle cancelled after %1 of %n server(s) (the server in progress finished): %2.", nullptr, s.total)
                   .arg(s.servers)
                   .arg(list);
    else
        text = CycleCommand::tr("Cycle run on %n server(s): %1.", nullptr, s.servers).arg(list);
    if (serverErrors > 0)
        text += QLatin1Char(' ') + CycleCommand::tr("%n server(s) could not be processed.", nullptr, serverErrors);
    return text;
}

CycleCommand::CycleCommand(
    const QString &path, const QStringList &servers, const QString &auditAction, const QString &title, QObject *parent)
    : Command(parent), m_path(path), m_servers(servers), m_auditAction(auditAction), m_title(title),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{ }

CycleCommand::~CycleCommand()
{
    // The worker stops before its next server; the one in progress finishes and is recorded.
    m_cancel->store(true);
}

void CycleCommand::doStart()
{
    m_watcher = new QFutureWatcher<CycleStep>(this);
    connect(m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &CycleCommand::deliver);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, &CycleCommand::onProgress);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &CycleCommand::done);
    m_watcher->setFuture(QtConcurrent::run(runCycles, m_path, m_servers, m_auditAction, m_cancel));
    emit progress(0, int(m_servers.size()), m_title);
}

void CycleCommand::doCancel()
{
    m_cancel->store(true);
}

void CycleCommand::onProgress()
{
    const int total = m_watcher->progressMaximum();
    const int done = m_watcher->progressValue();
    const QString server = m_watcher->progressText();
    emit progress(done, total,
        server.isEmpty() ? m_title : tr("Server %1 of %2: %3").arg(qMin(done + 1, total)).arg(total).arg(server));
}

void CycleCommand::deliver(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const CycleStep step = m_watcher->future().resultAt(i);
        switch (step.kind) {
        case CycleStep::Row:
            if (step.row)
                emit serverChanged(*step.row);
            break;
        case CycleStep::Summary:
            m_summary = step.summary;
            m_reported = true;
            break;
        case CycleStep::Failure:
            m_error = step.error;
            break;
        }
    }
}

void CycleCommand::done()
{
    if (!m_error.isEmpty()) {
        finish(CommandResult::failure(m_error));
        return;
    }
    if (!m_reported) {
        finish(CommandResult::cancelled(tr("The cycle was stopped before it started.")));
        return;
    }
    emit reported(m_summary);
    const QString text = cycleSummaryText(m_summary);
    const bool attention = !m_summary.failures.isEmpty();
    finish(m_summary.cancelled ? CommandResult::cancelled(text, attention) : CommandResult::success(text, attention));
}

namespace {
QString runTitle(const QStringList &servers)
{
    if (servers.isEmpty())
        return RunNowCommand::tr("Running a mitigation cycle on every server");
    if (servers.size() == 1)
        return RunNowCommand::tr("Running a mitigation cycle on %1").arg(servers.first());
    return RunNowCommand::tr("Running a mitigation cycle on %1 servers").arg(servers.size());
}

QString reapplyTitle(const QStringList &servers)
{
    if (servers.size() == 1)
        return ReapplyCommand::tr("Reapplying mitigations on %1").arg(servers.first());
    return ReapplyCommand::tr("Reapplying mitigations on %1 servers").arg(servers.size());
}
} // namespace

RunNowCommand::RunNowCommand(const QString &path, const QStringList &servers, QObject *parent)
    : CycleCommand(path, servers, QStringLiteral("run"), runTitle(servers), parent)
{ }

ReapplyCommand::ReapplyCommand(const QString &path, const QStringList &servers, QObject *parent)
    : CycleCommand(path, servers, QStringLiteral("reapply"), reapplyTitle(servers), parent)
{ }

} // namespace em::ui
