#include "historystore.h"

#include <QCoreApplication>
#include <QSqlError>

#include "connection.h"
#include "model/clock.h"
#include "sqlrow.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

using sql::Column;

// events
constexpr Column eventKey {"id"};
constexpr Column eventTime {"time"};
constexpr Column eventId {"event_id"};
constexpr Column eventLevel {"level"};
constexpr Column eventServer {"server"};
constexpr Column eventMessage {"message"};

// audit
constexpr Column auditKey {"id"};
constexpr Column auditTime {"time"};
constexpr Column auditWho {"who"};
constexpr Column auditHost {"host"};
constexpr Column auditAction {"action"};
constexpr Column auditTarget {"target"};
constexpr Column auditProperty {"property"};
constexpr Column auditOldValue {"old_value"};
constexpr Column auditNewValue {"new_value"};

EventLevel levelFrom(const QString &text)
{
    if (text == QLatin1String("Error"))
        return EventLevel::Error;
    if (text == QLatin1String("Warning"))
        return EventLevel::Warning;
    return EventLevel::Information;
}

// " WHERE a AND b ORDER BY id DESC LIMIT n": the newest rows, read newest first.
QString newestFirst(const QStringList &where, int limit)
{
    QString sql;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return sql;
}
} // namespace

Result<void> HistoryStore::addEvent(const Event &e)
{
    const SqlDialect &d = m_connection.dialect();
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("events"));
        QSqlQuery q = m_connection.query();
        q.prepare(sql::insertStatement("events", {eventTime, eventId, eventLevel, eventServer, eventMessage}));
        sql::bind(q, eventTime, d.timeValue(e.time.isValid() ? e.time : Clock::now()));
        sql::bind(q, eventId, e.eventId);
        sql::bind(q, eventLevel, sql::notNull(eventLevelName(e.level)));
        sql::bind(q, eventServer, sql::notNull(e.server));
        sql::bind(q, eventMessage, sql::notNull(e.message));
        return m_connection.exec(q, Text::tr("writing an event"));
    });
}

Result<QList<Event>> HistoryStore::events(const EventFilter &filter)
{
    QStringList where;
    QSqlQuery q = m_connection.query();
    q.setForwardOnly(true);
    if (!filter.server.isEmpty())
        where << QStringLiteral("lower(server) = :server");
    if (filter.since.isValid())
        where << QStringLiteral("time >= :since");
    if (filter.eventId != 0)
        where << QStringLiteral("event_id = :event_id");
    q.prepare(QStringLiteral("SELECT %1 FROM events")
                  .arg(sql::columnList({eventKey, eventTime, eventId, eventLevel, eventServer, eventMessage}))
        + newestFirst(where, filter.limit));
    if (!filter.server.isEmpty())
        q.bindValue(QStringLiteral(":server"), filter.server.toLower());
    if (filter.since.isValid())
        q.bindValue(QStringLiteral(":since"), m_connection.dialect().timeValue(filter.since));
    if (filter.eventId != 0)
        q.bindValue(QStringLiteral(":event_id"), filter.eventId);
    if (auto r = m_connection.exec(q, Text::tr("reading events")); !r)
        return fail(r.error());
    QList<Event> list;
    const sql::Row row(q, m_connection.dialect());
    while (q.next()) {
        Event e;
        e.id = row.integer(eventKey);
        e.time = row.time(eventTime);
        e.eventId = int(row.integer(eventId));
        e.level = levelFrom(row.text(eventLevel));
        e.server = row.text(eventServer);
        e.message = row.text(eventMessage);
        list.prepend(e);
    }
    return list;
}

Result<void> HistoryStore::addAudit(const AuditEntry &e)
{
    const SqlDialect &d = m_connection.dialect();
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("audit"));
        QSqlQuery q = m_connection.query();
        q.prepare(sql::insertStatement("audit",
            {auditTime, auditWho, auditHost, auditAction, auditTarget, auditProperty, auditOldValue, auditNewValue}));
        sql::bind(q, auditTime, d.timeValue(e.time.isValid() ? e.time : Clock::now()));
        sql::bind(q, auditWho, sql::notNull(e.who));
        sql::bind(q, auditHost, sql::notNull(e.host));
        sql::bind(q, auditAction, sql::notNull(e.action));
        sql::bind(q, auditTarget, sql::notNull(e.target));
        sql::bind(q, auditProperty, sql::notNull(e.property));
        sql::bind(q, auditOldValue, sql::notNull(e.oldValue));
        sql::bind(q, auditNewValue, sql::notNull(e.newValue));
        return m_connection.exec(q, Text::tr("writing the audit trail"));
    });
}

Result<void> HistoryStore::auditChanges(const AuditedProperties &before, const AuditedProperties &after,
    const QString &action, const QString &target, const Actor &actor)
{
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("audit"));
        const QDateTime now = Clock::now();
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before.at(i).second == after.at(i).second)
                continue;
            const AuditEntry e {0, now, actor.who, actor.host, action, target, before.at(i).first, before.at(i).second,
                after.at(i).second};
            if (auto r = addAudit(e); !r)
                return r;
        }
        return {};
    });
}

Result<QList<AuditEntry>> HistoryStore::audit(const AuditFilter &filter)
{
    QStringList where;
    if (!filter.target.isEmpty())
        where << QStringLiteral("lower(target) = :target");
    if (filter.since.isValid())
        where << QStringLiteral("time >= :since");
    QSqlQuery q = m_connection.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit")
                  .arg(sql::columnList({auditKey, auditTime, auditWho, auditHost, auditAction, auditTarget,
                      auditProperty, auditOldValue, auditNewValue}))
        + newestFirst(where, filter.limit));
    if (!filter.target.isEmpty())
        q.bindValue(QStringLiteral(":target"), filter.target.toLower());
    if (filter.since.isValid())
        q.bindValue(QStringLiteral(":since"), m_connection.dialect().timeValue(filter.since));
    if (auto r = m_connection.exec(q, Text::tr("reading the audit trail")); !r)
        return fail(r.error());
    QList<AuditEntry> list;
    const sql::Row row(q, m_connection.dialect());
    while (q.next()) {
        list.prepend(
            {row.integer(auditKey), row.time(auditTime), row.text(auditWho), row.text(auditHost), row.text(auditAction),
                row.text(auditTarget), row.text(auditProperty), row.text(auditOldValue), row.text(auditNewValue)});
    }
    return list;
}

} // namespace em
