#include "changeserverscommand.h"

#include <algorithm>

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "engine/planner.h"

namespace em::ui {

namespace {
// Runs in a worker thread, on its own directory connection.
void changeServers(QPromise<ServerChangeStep> &promise, const QString &path, const QStringList &servers,
    const QString &auditAction, const ChangeServersCommand::Change &change)
{
    auto opened = OrgDirectory::open(path);
    if (!opened) {
        promise.addResult(ServerChangeStep {QString(), opened.error().message, std::nullopt});
        return;
    }
    OrgDirectory &directory = **opened;
    const Actor actor = Actor::current();
    promise.setProgressRange(0, int(servers.size()));
    for (int i = 0; i < servers.size(); ++i) {
        if (promise.isCanceled())
            return;
        ServerChangeStep step;
        step.server = servers.at(i);
        auto updated = directory.updateServer(step.server, auditAction, change, actor);
        if (!updated) {
            step.error = updated.error().message;
        } else {
            step.server = updated->name;
            // The same wording as emctl when the change is saved but re-planning fails.
            if (auto planned = refreshPlannedStatuses(directory, updated->name); !planned)
                step.error = ChangeServersCommand::tr("the change is saved, but the statuses of '%1' were not "
                                                      "refreshed: %2")
                                 .arg(updated->name, planned.error().message);
            if (auto summary = summaryOf(directory, updated->name))
                step.row = makeServerRow(*summary);
            else if (step.error.isEmpty())
                step.error = summary.error().message;
        }
        promise.addResult(std::move(step));
        promise.setProgressValue(i + 1);
    }
}

bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

ChangeServersCommand::ChangeServersCommand(const QString &path, const QStringList &servers, const QString &auditAction,
    Change change, Wording wording, QObject *parent)
    : Command(parent), m_path(path), m_servers(servers), m_auditAction(auditAction), m_change(std::move(change)),
      m_title(wording.title), m_wording(std::move(wording))
{ }

ChangeServersCommand::~ChangeServersCommand()
{
    if (m_watcher)
        m_watcher->future().cancel();
}

ChangeServersCommand *ChangeServersCommand::block(
    const QString &path, const QStringList &servers, const QStringList &ids, QObject *parent)
{
    const QString list = ids.join(QStringLiteral(", "));
    Change change = [ids](Server &s) -> Result<void> {
        for (const QString &id : ids) {
            if (!std::any_of(s.mitigationsBlocked.cbegin(), s.mitigationsBlocked.cend(),
                    [&id](const QString &entry) { return sameId(entry, id); }))
                s.mitigationsBlocked.append(id);
        }
        return {};
    };
    return new ChangeServersCommand(path, servers, QStringLiteral("block"), std::move(change),
        {servers.size() == 1 ? tr("Blocking %1 on %2").arg(list, servers.first())
                             : tr("Blocking %1 on %2 servers").arg(list).arg(servers.size()),
            tr("Blocked %1 on %2.").arg(list, QStringLiteral("%1")),
            tr("Blocked %1 on %2 servers.").arg(list, QStringLiteral("%1"))},
        parent);
}

ChangeServersCommand *ChangeServersCommand::unblock(
    const QString &path, const QStringList &servers, const QStringList &ids, QObject *parent)
{
    const QString list = ids.join(QStringLiteral(", "));
    Change change = [ids](Server &s) -> Result<void> {
        for (const QString &id : ids) {
            const QString mitigation = mitigationIdOf(id);
            s.mitigationsBlocked.removeIf(
                [&](const QString &entry) { return sameId(entry, id) || sameId(entry, mitigation); });
        }
        return {};
    };
    return new ChangeServersCommand(path, servers, QStringLiteral("unblock"), std::move(change),
        {servers.size() == 1 ? tr("Unblocking %1 on %2").arg(list, servers.first())
                             : tr("Unblocking %1 on %2 servers").arg(list).arg(servers.size()),
            tr("Unblocked %1 on %2.").arg(list, QStringLiteral("%1")),
            tr("Unblocked %1 on %2 servers.").arg(list, QStringLiteral("%1"))},
        parent);
}

ChangeServersCommand *ChangeServersCommand::setEnabled(
    const QString &path, const QStringList &servers, bool enabled, QObject *parent)
{
    Change change = [enabled](Server &s) -> Result<void> {
        s.mitigationsEnabled = enabled;
        return {};
    };
    Wording wording;
    if (enabled) {
        wording = {servers.size() == 1 ? tr("Enabling mitigations on %1").arg(servers.first())
                                       : tr("Enabling mitigations on %1 servers").arg(servers.size()),
            tr("Mitigations enabled on %1."), tr("Mitigations enabled on %1 servers.")};
    } else {
        wording = {servers.size() == 1 ? tr("Disabling mitigations on %1").arg(servers.first())
                                       : tr("Disabling mitigations on %1 servers").arg(servers.size()),
            tr("Mitigations disabled on %1."), tr("Mitigations disabled on %1 servers.")};
    }
    return new ChangeServersCommand(path, servers, QStringLiteral("set-server"), std::move(change), wording, parent);
}

ChangeServersCommand *ChangeServersCommand::setProxy(
    const QString &path, const QStringList &servers, const QString &proxy, QObject *parent)
{
    const QString url = proxy.trimmed();
    Change change = [url](Server &s) -> Result<void> {
        s.internetWebProxy = url;
        return {};
    };
    Wording wording;
    if (url.isEmpty()) {
        wording = {servers.size() == 1 ? tr("Clearing the proxy of %1").arg(servers.first())
                                       : tr("Clearing the proxy of %1 servers").arg(servers.size()),
            tr("Proxy cleared on %1."), tr("Proxy cleared on %1 servers.")};
    } else {
        wording = {servers.size() == 1 ? tr("Setting the proxy of %1").arg(servers.first())
                                       : tr("Setting the proxy of %1 servers").arg(servers.size()),
            tr("Proxy set to %1 on %2.").arg(url, QStringLiteral("%1")),
            tr("Proxy set to %1 on %2 servers.").arg(url, QStringLiteral("%1"))};
    }
    return new ChangeServersCommand(path, servers, QStringLiteral("set-server"), std::move(change), wording, parent);
}

void ChangeServersCommand::doStart()
{
    m_watcher = new QFutureWatcher<ServerChangeStep>(this);
    connect(m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &ChangeServersCommand::deliver);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ChangeServersCommand::done);
    m_watcher->setFuture(QtConcurrent::run(changeServers, m_path, m_servers, m_auditAction, m_change));
    emit progress(0, int(m_servers.size()), m_title);
}

void ChangeServersCommand::doCancel()
{
    if (m_watcher)
        m_watcher->future().cancel();
}

void ChangeServersCommand::deliver(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const ServerChangeStep step = m_watcher->future().resultAt(i);
        if (step.row)
            emit serverChanged(*step.row);
        if (step.error.isEmpty())
            m_changed << step.server;
        else
            m_failures << (step.server.isEmpty() ? step.error : tr("%1: %2").arg(step.server, step.error));
    }
    const int done = int(m_changed.size() + m_failures.size());
    emit progress(done, int(m_servers.size()), m_title);
}

void ChangeServersCommand::done()
{
    QString changed;
    if (m_changed.size() == 1)
        changed = m_wording.doneOne.arg(m_changed.first());
    else if (m_changed.size() > 1)
        changed = m_wording.doneMany.arg(m_changed.size());
    const bool cancelled = isCancelRequested() && m_changed.size() + m_failures.size() < m_servers.size();
    if (!m_failures.isEmpty()) {
        QStringList lines;
        if (!changed.isEmpty())
            lines << changed;
        lines << m_failures;
        finish(CommandResult::failure(lines.join(QLatin1Char('\n'))));
    } else if (cancelled) {
        const QString left = tr("Cancelled: %1 of %2 servers were not changed.")
                                 .arg(m_servers.size() - m_changed.size())
                                 .arg(m_servers.size());
        finish(CommandResult::cancelled(changed.isEmpty() ? left : changed + QLatin1Char(' ') + left));
    } else {
        finish(CommandResult::success(changed));
    }
}

} // namespace em::ui
