#pragma once

// The per-server status of each action (what Get-Mitigations reports) and
// what a cycle records in one transaction: statuses, the server's check and
// the cycle's events.

#include <functional>

#include <QHash>
#include <QList>
#include <QStringList>

#include "model/records.h"
#include "model/server.h"
#include "model/statuscounts.h"

namespace em {

class DirectoryConnection;
class HistoryStore;
class ServerStore;

// A whole cycle's outcome for one server, recorded in one transaction.
struct CycleRecord {
    QString server;
    QList<ActionStatusRecord> statuses; // replaces the server's statuses
    QDateTime checkedAt;
    QString result; // LastResult
    QDateTime appliedTime; // MitigationsAppliedTime; null keeps the stored one
    QList<Event> events;
};

// What a server's statuses add up to.
struct ServerStatusTally {
    StatusCounts counts;
    QStringList applied; // MitigationsApplied: the action IDs in status Applied, in ID order
};

class StatusStore
{
public:
    StatusStore(DirectoryConnection &connection, ServerStore &servers, HistoryStore &history)
        : m_connection(connection), m_servers(servers), m_history(history)
    { }

    // Of one server (by name) or of all, in server and action order.
    Result<QList<ActionStatusRecord>> actionStatuses(const QString &server = {});
    // The tally of every server that has statuses, by server row id.
    Result<QHash<qint64, ServerStatusTally>> tallies();
    // The tally of one server.
    Result<ServerStatusTally> tally(qint64 serverId);

    Result<void> recordCycle(const CycleRecord &record);
    // Several status changes of one server outside a cycle (rollback,
    // re-plan), in one transaction.
    Result<void> setActionStatuses(const QString &server, const QList<ActionStatusRecord> &records);

    // The Get-Mitigations rows of one server (or all), streamed in server and
    // action order; `row` returns false to stop early.
    Result<void> mitigationRows(const QString &server, const std::function<bool(const MitigationRow &)> &row);

private:
    DirectoryConnection &m_connection;
    ServerStore &m_servers;
    HistoryStore &m_history;
};

} // namespace em
