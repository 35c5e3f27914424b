#include "cyclecommand.h"

#include <QDir>
#include <QMessageBox>

#include "engine/operations/operations.h"

namespace em::ui {

CycleCommand::CycleCommand(
    const QString &path, const QStringList &servers, const QString &auditAction, const QString &title, QObject *parent)
    : OperationCommand(
        path, title,
        [servers, auditAction](OrgDirectory &d, ops::Context &c) -> std::shared_ptr<ops::Outcome> {
            ops::RunRequest request;
            request.servers = servers;
            request.auditAction = auditAction;
            return std::make_shared<ops::RunOutcome>(ops::runNow(d, request, c));
        },
        servers.size() != 1, parent),
      m_servers(servers)
{ }

CommandResult CycleCommand::resultOf(const ops::Outcome &outcome)
{
    const auto &run = static_cast<const ops::RunOutcome &>(outcome);
    CycleSummary &s = m_summary;
    s = CycleSummary();
    s.total = run.total;
    s.servers = int(run.report.servers.size());
    s.counts = run.counts;
    s.changed = run.changedActions;
    s.logFile = run.report.logFile;
    s.cancelled = run.report.cancelled || run.cancelled;
    for (const ops::Refusal &r : run.refused)
        s.failures << CycleFailure {r.target, QString(), r.error.message};
    for (const ServerOutcome &server : run.report.servers) {
        if (!server.error.isEmpty())
            s.failures << CycleFailure {server.server, QString(), server.error};
        for (const ActionOutcome &a : server.actions) {
            if (a.status.status == ActionStatus::Failed)
                s.failures << CycleFailure {server.server, a.status.actionId, a.status.detail.render()};
        }
    }
    emit reported(s);
    CommandResult result = commandResultOf(outcome);
    if (s.cancelled && result.outcome == CommandResult::Succeeded)
        result.outcome = CommandResult::Cancelled;
    return result;
}

void CycleCommand::showResult(const CommandResult &result)
{
    if (!m_summary.failures.isEmpty()) {
        QStringList lines;
        for (const CycleFailure &f : std::as_const(m_summary.failures))
            lines << (f.actionId.isEmpty() ? tr("%1: %2").arg(f.server, f.detail)
                                           : tr("%1 · %2: %3").arg(f.server, f.actionId, f.detail));
        constexpr int shown = 8;
        QString text = lines.mid(0, shown).join(QLatin1Char('\n'));
        if (lines.size() > shown)
            text += QLatin1Char('\n') + tr("… and %n more (see Details).", nullptr, int(lines.size() - shown));
        QMessageBox *box = warning(tr("Some mitigation actions failed"),
            tr("%n failure(s) in this cycle; the other actions and servers were processed.", nullptr,
                int(m_summary.failures.size())),
            QStringLiteral("cycleFailuresMessageBox"));
        box->setInformativeText(text);
        QString details = lines.join(QLatin1Char('\n'));
        if (!m_summary.logFile.isEmpty())
            details += QLatin1String("\n\n") + tr("Log: %1").arg(QDir::toNativeSeparators(m_summary.logFile));
        box->setDetailedText(details);
    }
    OperationCommand::showResult(result);
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
