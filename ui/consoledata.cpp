#include "consoledata.h"

#include <QHash>

#include "engine/planner.h"
#include "model/buildcatalog.h"
#include "model/clock.h"
#include "model/recordtext.h"

namespace em::ui {

bool sameRow(const ServerRow &a, const ServerRow &b)
{
    const Server &x = a.summary.server;
    const Server &y = b.summary.server;
    return a.summary.applied == b.summary.applied && a.summary.blocked == b.summary.blocked
        && a.summary.failed == b.summary.failed && a.summary.pending == b.summary.pending
        && a.summary.obsolete == b.summary.obsolete && x.id == y.id && x.name == y.name && x.build == y.build
        && x.role == y.role && x.mitigationsEnabled == y.mitigationsEnabled
        && x.mitigationsBlocked == y.mitigationsBlocked && x.mitigationsApplied == y.mitigationsApplied
        && x.mitigationsAppliedTime == y.mitigationsAppliedTime && x.dataCollectionEnabled == y.dataCollectionEnabled
        && x.internetWebProxy == y.internetWebProxy && x.internetWebProxyBypassList == y.internetWebProxyBypassList
        && x.host == y.host && x.lastCheck == y.lastCheck && x.lastResult == y.lastResult;
}

ServerRow makeServerRow(const ServerSummary &summary)
{
    return {summary, BuildCatalog::builtin().friendlyName(summary.server.build)};
}

Result<ServerSummary> summaryOf(OrgDirectory &directory, const QString &name)
{
    auto server = directory.server(name);
    if (!server)
        return fail(server.error());
    auto statuses = directory.actionStatuses(server->name);
    if (!statuses)
        return fail(statuses.error());
    ServerSummary summary;
    summary.server = *server;
    // The same counts as OrgDirectory::serverSummaries.
    for (const ActionStatusRecord &r : *statuses) {
        switch (r.status) {
        case ActionStatus::Applied:
            ++summary.applied;
            break;
        case ActionStatus::Blocked:
            ++summary.blocked;
            break;
        case ActionStatus::Failed:
            ++summary.failed;
            break;
        case ActionStatus::Pending:
            ++summary.pending;
            break;
        case ActionStatus::Obsolete:
            ++summary.obsolete;
            break;
        case ActionStatus::NotApplicable:
        case ActionStatus::Disabled:
            break;
        }
    }
    return summary;
}

Result<ServerDetails> detailsOf(OrgDirectory &directory, const QString &name)
{
    auto inputs = readPlanInputs(directory, name);
    if (!inputs)
        return fail(inputs.error());
    const OrgConfig *org = &inputs->org;
    const Server *server = &inputs->server;
    const Catalog *catalog = &inputs->catalog;
    const QList<ActionStatusRecord> *recorded = &inputs->recorded;

    ServerDetails details;
    details.server = *server;
    const QDateTime now = Clock::now();
    // The plan in the directory's language (English) tells whether a status is
    // the one recorded; the one shown is in the console's language.
    QList<ActionStatusRecord> asRecorded;
    {
        const RecordTextScope recordText;
        for (const PlannedAction &planned : planServer(*org, *server, *catalog, *recorded))
            asRecorded << statusWithoutApplying(planned, server->name, now);
    }
    const QList<PlannedAction> plan = planServer(*org, *server, *catalog, *recorded);
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const PlannedAction &planned = plan.at(i);
        ActionRow row;
        row.action = planned.action;
        if (const Mitigation *m = catalog->findMitigation(planned.action.mitigationId))
            row.mitigationDescription = m->description;
        row.status = statusWithoutApplying(planned, server->name, now);
        // A status the directory holds keeps its time; one only planned has none yet.
        const ActionStatusRecord &english = asRecorded.at(i);
        row.recorded = !planned.recorded.actionId.isEmpty() && planned.recorded.status == english.status;
        if (!row.recorded)
            row.status.changedAt = QDateTime();
        else if (planned.recorded.detail == english.detail)
            row.status.changedAt = english.changedAt; // the planner's words, in the console's language
        else
            row.status = planned.recorded; // what the directory says happened ("rolled back by alice")
        details.actions.append(row);
    }
    return details;
}

} // namespace em::ui
