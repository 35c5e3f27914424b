#pragma once

// What the directory records besides settings: the service's events, the admin
// audit trail, per-server action statuses and the accepted feed.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "actionstatus.h"
#include "statusdetail.h"

namespace em {

// Event IDs of the vendor's "MSExchange Mitigation Service" source.
enum EventId : int {
    EventActionApplied = 1005,
    EventCycleFinished = 1006,
    EventActionBlocked = 1007,
    EventError = 1008,
};

enum class EventLevel { Information, Warning, Error };
QString eventLevelName(EventLevel level);

struct Event {
    qint64 id = 0;
    QDateTime time;
    int eventId = EventCycleFinished;
    EventLevel level = EventLevel::Information;
    QString server; // empty for org-wide events (feed fetch)
    QString message;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime time;
    QString who; // OS user
    QString host; // machine the change was made from
    QString action; // "set-server", "block", "rollback", ...
    QString target; // server name, "Organization", profile name
    QString property; // "MitigationsEnabled", "MitigationsBlocked", ...
    QString oldValue;
    QString newValue;
};

struct ActionStatusRecord {
    QString server;
    QString actionId;
    ActionStatus status = ActionStatus::Pending;
    StatusDetail detail; // why: the error for Failed, what differed for a replaced rule, the policy
    QDateTime changedAt; // when the status last changed
    QDateTime appliedAt; // when the action was last applied; valid while its change is in place

    friend bool operator==(const ActionStatusRecord &, const ActionStatusRecord &) = default;
};

// One row of the Get-Mitigations report.
struct MitigationRow {
    QString server;
    QString id; // action ID
    QString type;
    QString description;
    QString status;
    StatusDetail detail;
    QDateTime appliedTime;

    friend bool operator==(const MitigationRow &, const MitigationRow &) = default;
};

// The feed in effect: exactly what was verified, and what it was signed as.
struct FeedState {
    QByteArray raw; // the document as received
    QByteArray canonical; // the canonical bytes that were digested (the catalog is parsed from these)
    QString sha256; // hex SHA-256 of raw
    QString signer; // leaf subject
    QDateTime signingTime; // timestamp genTime, else the EOCS issued attribute
    QDateTime acceptedAt;
    QString source; // URL or file path
    QString profile; // trust profile that verified it
    bool timestamped = false;
};

// The outcome of the last fetch or import attempt, shown in the status bar.
struct FeedAttempt {
    QDateTime at;
    bool ok = false;
    QString source;
    QString message; // why it failed, or "verified"
};

} // namespace em
