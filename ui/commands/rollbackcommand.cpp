#include "rollbackcommand.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "engine/cycle.h"
#include "engine/planner.h"

namespace em::ui {

namespace {
bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Whether the plan has something of `id` (an action, or a whole mitigation) in place.
bool inPlace(const QList<PlannedAction> &plan, const QString &id)
{
    const bool mitigation = !id.contains(QLatin1Char('.'));
    return std::any_of(plan.cbegin(), plan.cend(), [&](const PlannedAction &p) {
        return p.inPlace && (sameId(p.action.id, id) || (mitigation && sameId(p.action.mitigationId, id)));
    });
}

// Runs in a worker thread, on its own directory connection.
void rollback(QPromise<RollbackStep> &promise, const QString &path, const QStringList &servers, const QStringList &ids)
{
    const auto failure = [&promise](const QString &server, const QString &message) {
        RollbackStep step;
        step.server = server;
        step.error = message;
        promise.addResult(std::move(step));
    };
    auto opened = OrgDirectory::open(path);
    if (!opened)
        return failure(QString(), opened.error().message);
    OrgDirectory &directory = **opened;
    auto org = directory.org();
    if (!org)
        return failure(QString(), org.error().message);
    auto catalog = directory.catalog();
    if (!catalog)
        return failure(QString(), catalog.error().message);
    const Actor actor = Actor::current();

    promise.setProgressRange(0, int(servers.size()));
    for (qsizetype i = 0; i < servers.size(); ++i) {
        if (promise.isCanceled())
            return;
        auto server = directory.server(servers.at(i));
        if (!server) {
            failure(servers.at(i), server.error().message);
            continue;
        }
        auto recorded = directory.actionStatuses(server->name);
        if (!recorded) {
            failure(server->name, recorded.error().message);
            continue;
        }
        const QList<PlannedAction> plan = planServer(*org, *server, *catalog, *recorded);
        for (const QString &id : ids) {
            RollbackStep step;
            step.server = server->name;
            step.id = id;
            if (!inPlace(plan, id)) {
                step.notInPlace = true;
            } else if (auto outcome = rollbackAction(directory, server->name, id, actor); !outcome) {
                step.error = outcome.error().message;
            } else {
                step.rolledBack = outcome->rolledBack;
                step.blocked = outcome->blocked;
            }
            promise.addResult(std::move(step));
        }
        RollbackStep after;
        after.server = server->name;
        if (auto summary = summaryOf(directory, server->name))
            after.row = makeServerRow(*summary);
        promise.addResult(std::move(after));
        promise.setProgressValue(int(i + 1));
    }
}
} // namespace

RollbackCommand::RollbackCommand(
    const QString &path, const QStringList &servers, const QStringList &ids, QObject *parent)
    : Command(parent), m_path(path), m_servers(servers), m_ids(ids)
{ }

RollbackCommand::~RollbackCommand()
{
    if (m_watcher)
        m_watcher->future().cancel(); // stops before the next server
}

QString RollbackCommand::title() const
{
    const QString list = m_ids.join(QStringLiteral(", "));
    return m_servers.size() == 1 ? tr("Rolling back %1 on %2").arg(list, m_servers.first())
                                 : tr("Rolling back %1 on %2 servers").arg(list).arg(m_servers.size());
}

void RollbackCommand::doStart()
{
    m_watcher = new QFutureWatcher<RollbackStep>(this);
    connect(m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &RollbackCommand::deliver);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &RollbackCommand::done);
    m_watcher->setFuture(QtConcurrent::run(rollback, m_path, m_servers, m_ids));
    emit progress(0, int(m_servers.size()), title());
}

void RollbackCommand::doCancel()
{
    if (m_watcher)
        m_watcher->future().cancel();
}

void RollbackCommand::deliver(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const RollbackStep step = m_watcher->future().resultAt(i);
        if (step.row) {
            ++m_serversDone;
            emit serverChanged(*step.row);
            emit progress(m_serversDone, int(m_servers.size()), title());
            continue;
        }
        if (!step.error.isEmpty()) {
            ++m_errors;
            m_messages << (step.server.isEmpty() ? step.error
                    : step.id.isEmpty()          ? tr("%1: %2").arg(step.server, step.error)
                                        : tr("%1 on %2 was not rolled back: %3").arg(step.id, step.server, step.error));
            continue;
        }
        if (step.notInPlace) {
            m_messages << tr("%1 is not applied on %2: nothing to roll back.").arg(step.id, step.server);
            continue;
        }
        for (const QString &id : step.rolledBack) {
            ++m_rolledBack;
            if (step.blocked.contains(id, Qt::CaseInsensitive)) {
                m_blockedAny = true;
                m_messages << tr("%1 rolled back on %2, and blocked there so that the next cycle does not apply it "
                                 "again. Unblock it to let the EM service apply it again.")
                                  .arg(id, step.server);
            } else {
                m_messages << tr("%1 rolled back on %2.").arg(id, step.server);
            }
        }
    }
}

void RollbackCommand::done()
{
    const bool cancelled = m_watcher->future().isCanceled() && m_serversDone < m_servers.size();
    QString text;
    if (m_rolledBack == 0 && m_errors == 0)
        text = tr("Nothing was rolled back.");
    else if (m_messages.size() == 1)
        text = m_messages.first();
    else
        text = tr("%n action(s) rolled back", nullptr, m_rolledBack)
            + (m_errors > 0 ? tr("; %n failed", nullptr, m_errors) : QString()) + QLatin1Char('.');
    if (cancelled)
        text += QLatin1Char(' ')
            + tr("Cancelled: %1 of %2 servers were not changed.")
                  .arg(m_servers.size() - m_serversDone)
                  .arg(m_servers.size());
    if (m_errors > 0)
        finish(CommandResult::failure(m_messages.join(QLatin1Char('\n'))));
    else if (cancelled)
        finish(CommandResult::cancelled(text));
    else
        finish(CommandResult::success(text, m_rolledBack == 0));
}

} // namespace em::ui
