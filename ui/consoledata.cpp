#include "consoledata.h"

#include <QHash>

#include "engine/planner.h"
#include "model/buildcatalog.h"
#include "model/clock.h"

namespace em::ui {

ServerRow makeServerRow(const ServerSummary &summary)
{
    return {summary, BuildCatalog::builtin().friendlyName(summary.server.build)};
}

Result<ServerSummary> summaryOf(OrgDirectory &directory, const QString &name)
{
    return directory.serverSummary(name);
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
    for (const PlannedAction &planned : planServer(*org, *server, *catalog, *recorded)) {
        ActionRow row;
        row.action = planned.action;
        if (const Mitigation *m = catalog->findMitigation(planned.action.mitigationId))
            row.mitigationDescription = m->description;
        row.status = statusWithoutApplying(planned, server->name, now);
        // A status the directory holds keeps its time; one only planned has none yet.
        row.recorded = !planned.recorded.actionId.isEmpty() && planned.recorded.status == row.status.status;
        if (!row.recorded)
            row.status.changedAt = QDateTime();
        else if (!planned.recorded.detail.sameAs(row.status.detail))
            row.status = planned.recorded; // what the directory says happened ("rolled back by alice")
        details.actions.append(row);
    }
    return details;
}

} // namespace em::ui
