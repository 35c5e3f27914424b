#include "cyclecommand.h"

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
