#pragma once

// The enablement policy of the vendor documentation as one function, and the
// status an action is due before the engine applies anything.

#include "actionstatus.h"
#include "mitigation.h"
#include "server.h"

namespace em {

// org true + server true: applied automatically; any false: not applied.
bool mitigationsEffective(bool orgEnabled, bool serverEnabled);

// Whether the block list names the action or its mitigation (case-insensitive, as Exchange).
bool isBlocked(const QStringList &blockList, const Action &action);

// What the action should be on this server now. `wasApplied` says whether the
// engine applied it earlier and has not rolled it back. Returns Pending for an
// action that is due; the engine turns Pending into Applied or Failed.
ActionStatus plannedStatus(
    const OrgConfig &org, const Server &server, const Mitigation &mitigation, const Action &action, bool wasApplied);

} // namespace em
