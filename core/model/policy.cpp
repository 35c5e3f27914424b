#include "policy.h"

namespace em {

bool mitigationsEffective(bool orgEnabled, bool serverEnabled)
{
    return orgEnabled && serverEnabled;
}

bool isBlocked(const QStringList &blockList, const Action &action)
{
    for (const QString &id : blockList) {
        if (id.compare(action.id, Qt::CaseInsensitive) == 0
            || id.compare(action.mitigationId, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ActionStatus plannedStatus(
    const OrgConfig &org, const Server &server, const Mitigation &mitigation, const Action &action, bool wasApplied)
{
    if (server.isEdge())
        return ActionStatus::NotApplicable; // the EM service does not run on Edge Transport
    if (!mitigation.appliesTo(server.build))
        return wasApplied ? ActionStatus::Obsolete : ActionStatus::NotApplicable;
    if (isBlocked(server.mitigationsBlocked, action))
        return ActionStatus::Blocked;
    if (!mitigationsEffective(org.mitigationsEnabled, server.mitigationsEnabled))
        return ActionStatus::Disabled;
    return ActionStatus::Pending;
}

} // namespace em
