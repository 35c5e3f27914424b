#include "rollbackcommand.h"

#include "engine/operations/operations.h"

namespace em::ui {

namespace {
QString titleOf(const QStringList &servers, const QStringList &ids)
{
    const QString list = ids.join(QStringLiteral(", "));
    return servers.size() == 1 ? RollbackCommand::tr("Rolling back %1 on %2").arg(list, servers.first())
                               : RollbackCommand::tr("Rolling back %1 on %2 servers").arg(list).arg(servers.size());
}
} // namespace

RollbackCommand::RollbackCommand(
    const QString &path, const QStringList &servers, const QStringList &ids, QObject *parent)
    : OperationCommand(
        path, titleOf(servers, ids),
        [servers, ids](OrgDirectory &d, ops::Context &c) -> std::shared_ptr<ops::Outcome> {
            return std::make_shared<ops::RollbackResult>(ops::rollback(d, servers, ids, c));
        },
        servers.size() > 1, parent)
{ }

CommandResult RollbackCommand::resultOf(const ops::Outcome &outcome)
{
    const auto &rolled = static_cast<const ops::RollbackResult &>(outcome);
    m_messages = rolled.lines();
    m_blockedAny = rolled.blocked > 0;
    CommandResult result = commandResultOf(outcome);
    if (result.ok() && rolled.rolledBack == 0)
        result.attention = true; // nothing was in place
    return result;
}

} // namespace em::ui
