#pragma once

// The directory's history: the service's events (the vendor's "MSExchange
// Mitigation Service" log) and the append-only admin audit trail.

#include <utility>

#include <QDateTime>
#include <QList>
#include <QString>

#include "model/actor.h"
#include "model/records.h"

namespace em {

class DirectoryConnection;

struct EventFilter {
    QString server;
    QDateTime since;
    int eventId = 0; // 0: any
    int limit = 0; // 0: all, newest last
};

struct AuditFilter {
    QString target;
    QDateTime since;
    int limit = 0;
};

// Settings as audited: property name -> text, in a fixed order.
using AuditedProperties = QList<std::pair<QString, QString>>;

class HistoryStore
{
public:
    explicit HistoryStore(DirectoryConnection &connection) : m_connection(connection) { }

    Result<void> addEvent(const Event &event);
    Result<QList<Event>> events(const EventFilter &filter = {});

    Result<void> addAudit(const AuditEntry &entry);
    // One audit row per property whose text differs between `before` and
    // `after` (the same properties in the same order), in one transaction.
    Result<void> auditChanges(const AuditedProperties &before, const AuditedProperties &after, const QString &action,
        const QString &target, const Actor &actor);
    Result<QList<AuditEntry>> audit(const AuditFilter &filter = {});

private:
    DirectoryConnection &m_connection;
};

} // namespace em
