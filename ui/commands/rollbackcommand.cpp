#include "rollbackcommand.h"

#include <QMessageBox>

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
{
    const QString list = ids.join(QStringLiteral(", "));
    const QString where = servers.size() == 1 ? servers.first() : tr("the %1 selected servers").arg(servers.size());
    setConfirmation({servers.size() == 1 ? tr("Roll back %1 on %2").arg(list, servers.first())
                                         : tr("Roll back %1 on %2 servers").arg(list).arg(servers.size()),
        tr("EM Console removes exactly what %1 added on %2 and restores what it disabled.\n\n"
           "An action that is still due is also added to the server's block list, so that the next "
           "cycle does not apply it again; unblock it to let the EM service apply it again.")
            .arg(list, where),
        tr("Roll back")});
}

void RollbackCommand::showResult(const CommandResult &result)
{
    if (!result.ok() || m_messages.isEmpty()) {
        OperationCommand::showResult(result); // failures: the error dialog lists every line
        return;
    }
    QMessageBox *box = information(
        tr("Rollback done"), m_messages.join(QLatin1Char('\n')), QStringLiteral("rollbackResultMessageBox"));
    if (m_blockedAny)
        box->setInformativeText(tr("Blocked actions stay in the server's block list until you unblock them."));
}

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
