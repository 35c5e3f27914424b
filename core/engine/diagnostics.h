#pragma once

// Diagnostic data: when a server's DataCollectionEnabled is true and the
// organization has a diagnostics URL, the service posts a small JSON summary
// of that server's mitigation state. Off by default; `emctl diagnostics
// preview NAME` prints exactly what would be sent.

#include <QByteArray>
#include <QList>

#include "model/records.h"
#include "model/server.h"

namespace em {

class OrgDirectory;

// The summary of one server: name, build, product, enablement, statuses and
// the errors of failed actions. Nothing else leaves the organization.
QByteArray diagnosticPayload(
    const Server &server, const QList<ActionStatusRecord> &statuses, const QDateTime &generatedAt);

// Whether the service sends diagnostics for this server (and where).
bool sendsDiagnostics(const OrgConfig &org, const Server &server);

// The payload for a server as stored in the directory now.
Result<QByteArray> diagnosticPayloadFor(OrgDirectory &directory, const QString &server);

} // namespace em
