#pragma once

// The plan of one server: what status each action of the accepted catalog is
// due, from policy, block list, role and build, and what was recorded before.
// Pure: no host and no directory access, so the console can show the effect of
// a switch at once and the cycle can apply what is due.

#include <QList>

#include "model/actionstatus.h"
#include "model/mitigation.h"
#include "model/records.h"
#include "model/server.h"

namespace em {

class OrgDirectory;

struct PlannedAction {
    Action action;
    // What the policy says about changes: Pending (due, to be probed and
    // applied), Blocked, Disabled, NotApplicable or Obsolete.
    ActionStatus policy = ActionStatus::Pending;
    // The status to report. The policy's, except for an action in place that
    // the block list or a MitigationsEnabled switch stops: Applied, because
    // its change is on the server (MitigationsApplied lists it), with a
    // detail that says the policy stops further changes.
    ActionStatus status = ActionStatus::Pending;
    StatusDetail detail;
    bool inPlace = false; // applied earlier and not rolled back (per the recorded state)
    ActionStatusRecord recorded; // the previous record, if any (actionId empty otherwise)
};

// Plans every action of the catalog for the server, plus recorded actions that
// are no longer in the catalog but still in place (Obsolete).
QList<PlannedAction> planServer(
    const OrgConfig &org, const Server &server, const Catalog &catalog, const QList<ActionStatusRecord> &recorded);

// The status to record for a planned action without touching the host: policy
// outcomes (Blocked, Disabled, NotApplicable, Obsolete) at once; a due action
// keeps its Applied/Failed record, otherwise Pending.
ActionStatusRecord statusWithoutApplying(const PlannedAction &planned, const QString &server, const QDateTime &now);

// Everything the plan of one server stands on, as the directory has it now.
struct ServerPlanInputs {
    OrgConfig org;
    Server server;
    Catalog catalog;
    QList<ActionStatusRecord> recorded;

    [[nodiscard]] QList<PlannedAction> plan() const { return planServer(org, server, catalog, recorded); }
};
Result<ServerPlanInputs> readPlanInputs(OrgDirectory &directory, const QString &server);

// Re-plans one server after a settings change (block, unblock, enable) and
// records the new statuses, so the console and Get-Mitigations show the effect
// before the next cycle. Does not apply or remove anything.
Result<void> refreshPlannedStatuses(OrgDirectory &directory, const QString &server);

} // namespace em
