#include "changeserverscommand.h"

#include "engine/operations/operations.h"

namespace em::ui {

ChangeServersCommand::ChangeServersCommand(const QString &path, const QStringList &servers, const QString &auditAction,
    const QString &title, Operation operation, QObject *parent)
    : OperationCommand(path, title, std::move(operation), servers.size() > 1, parent), m_servers(servers),
      m_auditAction(auditAction)
{ }

ChangeServersCommand *ChangeServersCommand::block(
    const QString &path, const QStringList &servers, const QStringList &ids, QObject *parent)
{
    const QString list = ids.join(QStringLiteral(", "));
    auto *command = new ChangeServersCommand(
        path, servers, QStringLiteral("block"),
        servers.size() == 1 ? tr("Blocking %1 on %2").arg(list, servers.first())
                            : tr("Blocking %1 on %2 servers").arg(list).arg(servers.size()),
        [servers, ids](OrgDirectory &d, ops::Context &c) -> std::shared_ptr<ops::Outcome> {
            return std::make_shared<ops::Outcome>(ops::block(d, servers, ids, c));
        },
        parent);
    if (servers.size() > 1)
        command->setConfirmation({tr("Block on %1 servers").arg(servers.size()),
            tr("Block %1 on these %2 servers? The EM service will skip it there. What is already applied stays in "
               "place until it is rolled back.")
                .arg(list)
                .arg(servers.size()),
            tr("Block")});
    return command;
}

ChangeServersCommand *ChangeServersCommand::unblock(
    const QString &path, const QStringList &servers, const QStringList &ids, QObject *parent)
{
    const QString list = ids.join(QStringLiteral(", "));
    return new ChangeServersCommand(
        path, servers, QStringLiteral("unblock"),
        servers.size() == 1 ? tr("Unblocking %1 on %2").arg(list, servers.first())
                            : tr("Unblocking %1 on %2 servers").arg(list).arg(servers.size()),
        [servers, ids](OrgDirectory &d, ops::Context &c) -> std::shared_ptr<ops::Outcome> {
            return std::make_shared<ops::Outcome>(ops::unblock(d, servers, ids, c));
        },
        parent);
}

ChangeServersCommand *ChangeServersCommand::setEnabled(
    const QString &path, const QStringList &servers, bool enabled, QObject *parent)
{
    ops::ServerChange change;
    change.mitigationsEnabled = enabled;
    QString title;
    if (enabled)
        title = servers.size() == 1 ? tr("Enabling mitigations on %1").arg(servers.first())
                                    : tr("Enabling mitigations on %1 servers").arg(servers.size());
    else
        title = servers.size() == 1 ? tr("Disabling mitigations on %1").arg(servers.first())
                                    : tr("Disabling mitigations on %1 servers").arg(servers.size());
    auto *command = new ChangeServersCommand(
        path, servers, QStringLiteral("set-server"), title,
        [servers, change](OrgDirectory &d, ops::Context &c) -> std::shared_ptr<ops::Outcome> {
            return std::make_shared<ops::Outcome>(ops::setServers(d, servers, change, c));
        },
        parent);
    if (!enabled)
        command->setConfirmation({tr("Turn off mitigations"),
            servers.size() == 1 ? tr("Mitigations will no longer be applied on %1. Mitigations already applied stay in "
                                     "place until they are rolled back.")
                                      .arg(servers.first())
                                : tr("Mitigations will no longer be applied on these %1 servers. Mitigations already "
                                     "applied stay in place until they are rolled back.")
                                      .arg(servers.size()),
            tr("Turn off")});
    return command;
}

ChangeServersCommand *ChangeServersCommand::setProxy(
    const QString &path, const QStringList &servers, const QString &proxy, QObject *parent)
{
    ops::ServerChange change;
    change.internetWebProxy = proxy.trimmed();
    QString title;
    if (proxy.trimmed().isEmpty())
        title = servers.size() == 1 ? tr("Clearing the proxy of %1").arg(servers.first())
                                    : tr("Clearing the proxy of %1 servers").arg(servers.size());
    else
        title = servers.size() == 1 ? tr("Setting the proxy of %1").arg(servers.first())
                                    : tr("Setting the proxy of %1 servers").arg(servers.size());
    return new ChangeServersCommand(
        path, servers, QStringLiteral("set-server"), title,
        [servers, change](OrgDirectory &d, ops::Context &c) -> std::shared_ptr<ops::Outcome> {
            return std::make_shared<ops::Outcome>(ops::setServers(d, servers, change, c));
        },
        parent);
}

} // namespace em::ui
