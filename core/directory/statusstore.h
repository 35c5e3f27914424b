#pragma once

// The per-server status of each action (what Get-Mitigations reports) and
// what a cycle records in one transaction: statuses, the server's check and
// the cycle's events.

#include <functional>
#include <optional>

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

// The cycle's journal entry of one server: written before the cycle touches
// the server's host, removed when its outcome is recorded. An entry found at
// the start of a cycle means changes may be in place that were never
// recorded (the outcome could not be written, or the process ended).
struct CycleIntent {
    QString server;
    QDateTime startedAt; // when the first cycle that left it unrecorded started
    QStringList actions; // the action IDs the cycle(s) may have changed on the host
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

    // Replaces the statuses, records the check and the events, and removes the
    // server's journal entry, in one transaction.
    Result<void> recordCycle(const CycleRecord &record);
    // The journal entry of a server, if one is left.
    Result<std::optional<CycleIntent>> intent(const QString &server);
    // Writes (replaces) the journal entry of a server.
    Result<void> recordIntent(const CycleIntent &intent);
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
