#include "planner.h"

#include <QHash>

#include "directory/orgdirectory.h"
#include "model/clock.h"
#include "model/policy.h"

namespace em {

namespace {
using Code = StatusDetail::Code;

// Why the policy gives an action the status it gives.
StatusDetail policyDetail(
    const OrgConfig &org, const Server &server, const Mitigation &m, ActionStatus policy, bool inPlace)
{
    switch (policy) {
    case ActionStatus::NotApplicable:
        if (server.isEdge())
            return StatusDetail::of(Code::EdgeTransport);
        return StatusDetail::of(Code::OutsideRange, {server.build.toString(), m.applicabilityText()});
    case ActionStatus::Obsolete:
        return StatusDetail::of(Code::ObsoleteInPlace, {server.build.toString(), m.applicabilityText()});
    case ActionStatus::Blocked:
        return StatusDetail::of(inPlace ? Code::InPlaceBlocked : Code::Blocked);
    case ActionStatus::Disabled:
        if (!org.mitigationsEnabled)
            return StatusDetail::of(inPlace ? Code::InPlaceDisabledForOrg : Code::DisabledForOrg);
        return StatusDetail::of(inPlace ? Code::InPlaceDisabledOnServer : Code::DisabledOnServer);
    default:
        return {};
    }
}

// What is in place stays Applied whatever stops further changes (DESIGN
// section 10): disabling mitigations or blocking an action does not remove
// its change. Obsolete ones (outside the build range, or gone from the feed)
// must be rolled back and are reported as such.
ActionStatus reportedStatus(ActionStatus policy, bool inPlace)
{
    const bool stopped = policy == ActionStatus::Blocked || policy == ActionStatus::Disabled;
    return inPlace && stopped ? ActionStatus::Applied : policy;
}
} // namespace

QList<PlannedAction> planServer(
    const OrgConfig &org, const Server &server, const Catalog &catalog, const QList<ActionStatusRecord> &recorded)
{
    QHash<QString, ActionStatusRecord> byId;
    for (const ActionStatusRecord &r : recorded)
        byId.insert(r.actionId.toLower(), r);

    QList<PlannedAction> plan;
    for (const Mitigation &m : catalog.mitigations) {
        for (const Action &a : m.actions) {
            PlannedAction p;
            p.action = a;
            p.recorded = byId.take(a.id.toLower());
            p.inPlace = p.recorded.appliedAt.isValid();
            p.policy = plannedStatus(org, server, m, a, p.inPlace);
            p.status = reportedStatus(p.policy, p.inPlace);
            p.detail = policyDetail(org, server, m, p.policy, p.inPlace);
            plan.append(p);
        }
    }
    // Applied earlier, gone from the feed: must be rolled back by an admin. The
    // directory keeps the definition of such actions (Catalog::retired); an
    // action applied before it did is known by its ID only.
    QHash<QString, const Action *> retired;
    for (const Action &a : catalog.retired)
        retired.insert(a.id.toLower(), &a);
    for (const ActionStatusRecord &r : std::as_const(byId)) {
        if (!r.appliedAt.isValid())
            continue;
        PlannedAction p;
        if (const Action *definition = retired.value(r.actionId.toLower()))
            p.action = *definition;
        p.action.id = r.actionId;
        p.action.mitigationId = mitigationIdOf(r.actionId);
        p.recorded = r;
        p.inPlace = true;
        p.policy = p.status = ActionStatus::Obsolete;
        p.detail = StatusDetail::of(StatusDetail::Code::RetiredInPlace);
        plan.append(p);
    }
    return plan;
}

ActionStatusRecord statusWithoutApplying(const PlannedAction &planned, const QString &server, const QDateTime &now)
{
    ActionStatusRecord r;
    r.server = server;
    r.actionId = planned.action.id;
    r.appliedAt = planned.recorded.appliedAt;
    if (planned.status == ActionStatus::Pending
        && (planned.recorded.status == ActionStatus::Applied || planned.recorded.status == ActionStatus::Failed)
        && !planned.recorded.actionId.isEmpty()) {
        r.status = planned.recorded.status;
        r.detail = planned.recorded.detail;
    } else {
        r.status = planned.status;
        r.detail = planned.status == ActionStatus::Pending ? StatusDetail::of(Code::Due) : planned.detail;
    }
    const bool same = !planned.recorded.actionId.isEmpty() && planned.recorded.status == r.status
        && planned.recorded.detail.sameAs(r.detail);
    r.changedAt = same ? planned.recorded.changedAt : now;
    return r;
}

Result<ServerPlanInputs> readPlanInputs(OrgDirectory &directory, const QString &serverName)
{
    ServerPlanInputs inputs;
    auto server = directory.server(serverName);
    if (!server)
        return fail(server.error());
    inputs.server = *server;
    auto org = directory.org();
    if (!org)
        return fail(org.error());
    inputs.org = *org;
    auto catalog = directory.catalog();
    if (!catalog)
        return fail(catalog.error());
    inputs.catalog = *catalog;
    auto recorded = directory.actionStatuses(server->name);
    if (!recorded)
        return fail(recorded.error());
    inputs.recorded = *recorded;
    return inputs;
}

Result<void> refreshPlannedStatuses(OrgDirectory &directory, const QString &serverName)
{
    auto inputs = readPlanInputs(directory, serverName);
    if (!inputs)
        return fail(inputs.error());
    const Server *server = &inputs->server;
    const QDateTime now = Clock::now();
    QList<ActionStatusRecord> changed;
    for (const PlannedAction &p : inputs->plan()) {
        const ActionStatusRecord next = statusWithoutApplying(p, server->name, now);
        // A detail kept as free text from before details were coded is
        // rewritten coded, keeping its time (statusWithoutApplying did).
        if (!p.recorded.actionId.isEmpty() && p.recorded.status == next.status && p.recorded.detail == next.detail)
            continue;
        changed << next;
    }
    return directory.setActionStatuses(server->name, changed);
}

} // namespace em
