#include "diagnostics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "directory/orgdirectory.h"
#include "model/buildcatalog.h"
#include "model/clock.h"
#include "model/text.h"

namespace em {

QByteArray diagnosticPayload(
    const Server &server, const QList<ActionStatusRecord> &statuses, const QDateTime &generatedAt)
{
    QJsonObject counts;
    QJsonArray errors;
    QJsonArray actions;
    for (const ActionStatusRecord &s : statuses) {
        const QString status = statusName(s.status);
        counts.insert(status, counts.value(status).toInt() + 1);
        actions.append(QJsonObject {{QStringLiteral("id"), s.actionId}, {QStringLiteral("status"), status}});
        if (s.status == ActionStatus::Failed)
            errors.append(
                QJsonObject {{QStringLiteral("id"), s.actionId}, {QStringLiteral("error"), s.detail.sourceText()}});
    }
    const QJsonObject root {
        {QStringLiteral("schema"), QStringLiteral("emconsole.diagnostics/1")},
        {QStringLiteral("generatedAt"), isoTime(generatedAt)},
        {QStringLiteral("server"), server.name},
        {QStringLiteral("build"), server.build.toString()},
        {QStringLiteral("product"), BuildCatalog::builtin().friendlyName(server.build)},
        {QStringLiteral("role"), roleName(server.role)},
        {QStringLiteral("mitigationsEnabled"), server.mitigationsEnabled},
        {QStringLiteral("lastCheck"), isoTime(server.lastCheck)},
        {QStringLiteral("lastResult"), server.lastResult},
        {QStringLiteral("statusCounts"), counts},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("errors"), errors},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool sendsDiagnostics(const OrgConfig &org, const Server &server)
{
    return server.dataCollectionEnabled && org.diagnosticsUrl.isValid() && !org.diagnosticsUrl.isEmpty();
}

Result<QByteArray> diagnosticPayloadFor(OrgDirectory &directory, const QString &name)
{
    auto server = directory.server(name);
    if (!server)
        return fail(server.error());
    auto statuses = directory.actionStatuses(server->name);
    if (!statuses)
        return fail(statuses.error());
    return diagnosticPayload(*server, *statuses, Clock::now());
}

} // namespace em
