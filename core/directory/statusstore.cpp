#include "statusstore.h"

#include <QCoreApplication>
#include <QSqlError>

#include "connection.h"
#include "historystore.h"
#include "model/clock.h"
#include "serverstore.h"
#include "sqlrow.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

using sql::Column;

// action_status
constexpr Column statusServer {"server_id"};
constexpr Column statusAction {"action_id"};
constexpr Column statusText {"status"};
constexpr Column statusDetail {"detail"};
constexpr Column statusChangedAt {"changed_at"};
constexpr Column statusAppliedAt {"applied_at"};

// Aliases of the report and status queries.
constexpr Column serverNameAlias {"server_name"};
constexpr Column actionTypeAlias {"action_type"};
constexpr Column descriptionAlias {"action_description"};

const QString statusColumns
    = sql::columnList({statusServer, statusAction, statusText, statusDetail, statusChangedAt, statusAppliedAt});
} // namespace

Result<QList<ActionStatusRecord>> StatusStore::actionStatuses(const QString &server)
{
    QSqlQuery q = m_connection.query();
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT s.name AS server_name, a.action_id, a.status, a.detail, a.changed_at,"
                                 " a.applied_at FROM action_status a JOIN servers s ON s.id = a.server_id");
    if (!server.isEmpty())
        sql += QStringLiteral(" WHERE s.name_key = :name_key");
    sql += QStringLiteral(" ORDER BY s.name_key, a.action_id");
    q.prepare(sql);
    if (!server.isEmpty())
        q.bindValue(QStringLiteral(":name_key"), sql::notNull(server.toLower()));
    if (auto r = m_connection.exec(q, Text::tr("reading action statuses")); !r)
        return fail(r.error());
    QList<ActionStatusRecord> list;
    const sql::Row row(q, m_connection.dialect());
    while (q.next()) {
        ActionStatusRecord r;
        r.server = row.text(serverNameAlias);
        r.actionId = row.text(statusAction);
        r.status = parseStatus(row.text(statusText)).value_or(ActionStatus::Pending);
        r.detail = row.text(statusDetail);
        r.changedAt = row.time(statusChangedAt);
        r.appliedAt = row.time(statusAppliedAt);
        list.append(r);
    }
    return list;
}

Result<QHash<qint64, ServerStatusTally>> StatusStore::tallies()
{
    QSqlQuery q = m_connection.query();
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM action_status ORDER BY server_id, action_id")
                            .arg(sql::columnList({statusServer, statusAction, statusText}));
    if (auto r = m_connection.exec(q, sql, Text::tr("reading action statuses")); !r)
        return fail(r.error());
    QHash<qint64, ServerStatusTally> byServer;
    const sql::Row row(q, m_connection.dialect());
    while (q.next()) {
        const auto status = parseStatus(row.text(statusText));
        if (!status)
            continue;
        ServerStatusTally &tally = byServer[row.integer(statusServer)];
        tally.counts.add(*status);
        if (*status == ActionStatus::Applied)
            tally.applied.append(row.text(statusAction));
    }
    return byServer;
}

Result<ServerStatusTally> StatusStore::tally(qint64 serverId)
{
    QSqlQuery q = m_connection.query();
    q.prepare(QStringLiteral("SELECT %1 FROM action_status WHERE server_id = :server_id ORDER BY action_id")
                  .arg(sql::columnList({statusAction, statusText})));
    sql::bind(q, statusServer, serverId);
    if (auto r = m_connection.exec(q, Text::tr("reading action statuses")); !r)
        return fail(r.error());
    ServerStatusTally tally;
    const sql::Row row(q, m_connection.dialect());
    while (q.next()) {
        const auto status = parseStatus(row.text(statusText));
        if (!status)
            continue;
        tally.counts.add(*status);
        if (*status == ActionStatus::Applied)
            tally.applied.append(row.text(statusAction));
    }
    return tally;
}

Result<void> StatusStore::mitigationRows(const QString &server, const std::function<bool(const MitigationRow &)> &row)
{
    QSqlQuery q = m_connection.query();
    q.setForwardOnly(true);
    // A retired action (no longer in the feed, still in place) is described by
    // the definition the directory kept.
    QString sql
        = QStringLiteral("SELECT s.name AS server_name, a.action_id, COALESCE(c.type, r.type, '') AS action_type,"
                         " COALESCE(NULLIF(c.description, ''), m.description, r.description, '')"
                         " AS action_description, a.status, a.detail, a.applied_at"
                         " FROM action_status a JOIN servers s ON s.id = a.server_id"
                         " LEFT JOIN catalog_actions c ON c.id = a.action_id"
                         " LEFT JOIN catalog_mitigations m ON m.id = c.mitigation_id"
                         " LEFT JOIN retired_actions r ON r.id = a.action_id");
    if (!server.isEmpty())
        sql += QStringLiteral(" WHERE s.name_key = :name_key");
    sql += QStringLiteral(" ORDER BY s.name_key, a.action_id");
    q.prepare(sql);
    if (!server.isEmpty())
        q.bindValue(QStringLiteral(":name_key"), server.toLower());
    const QString what = Text::tr("reading the Get-Mitigations report");
    if (auto r = m_connection.exec(q, what); !r)
        return r;
    const sql::Row read(q, m_connection.dialect());
    MitigationRow r;
    while (q.next()) {
        r.server = read.text(serverNameAlias);
        r.id = read.text(statusAction);
        r.type = read.text(actionTypeAlias);
        r.description = read.text(descriptionAlias);
        r.status = read.text(statusText);
        r.detail = read.text(statusDetail);
        r.appliedTime = read.time(statusAppliedAt);
        if (!row(r))
            break;
    }
    if (q.lastError().isValid())
        return fail(m_connection.error(what, q.lastError()));
    return {};
}

Result<void> StatusStore::recordCycle(const CycleRecord &record)
{
    const SqlDialect &d = m_connection.dialect();
    return m_connection.write([&]() -> Result<void> {
        auto s = m_servers.server(record.server);
        if (!s)
            return fail(s.error());
        const QString what = Text::tr("recording statuses of '%1'").arg(record.server);
        QSqlQuery q = m_connection.query();
        q.prepare(QStringLiteral("DELETE FROM action_status WHERE server_id = :server_id"));
        sql::bind(q, statusServer, s->id);
        if (auto r = m_connection.exec(q, what); !r)
            return r;
        q.prepare(QStringLiteral("INSERT INTO action_status (%1) VALUES (:server_id, :action_id, :status, :detail,"
                                 " :changed_at, :applied_at)")
                      .arg(statusColumns));
        for (const ActionStatusRecord &st : record.statuses) {
            sql::bind(q, statusServer, s->id);
            sql::bind(q, statusAction, sql::notNull(st.actionId));
            sql::bind(q, statusText, statusName(st.status));
            sql::bind(q, statusDetail, sql::notNull(st.detail));
            sql::bind(q, statusChangedAt, d.timeValue(st.changedAt.isValid() ? st.changedAt : record.checkedAt));
            sql::bind(q, statusAppliedAt, d.timeValue(st.appliedAt));
            if (auto r = m_connection.exec(q, what); !r)
                return r;
        }
        if (auto r = m_servers.recordCheck(*s, record.checkedAt, record.result, record.appliedTime); !r)
            return r;
        for (const Event &e : record.events) {
            if (auto r = m_history.addEvent(e); !r)
                return r;
        }
        return {};
    });
}

Result<void> StatusStore::setActionStatuses(const QString &serverName, const QList<ActionStatusRecord> &records)
{
    if (records.isEmpty())
        return {};
    const SqlDialect &d = m_connection.dialect();
    return m_connection.write([&]() -> Result<void> {
        auto s = m_servers.server(serverName);
        if (!s)
            return fail(s.error());
        QSqlQuery q = m_connection.query();
        q.prepare(d.upsert(QStringLiteral("action_status"),
            sql::columnNames({statusServer, statusAction, statusText, statusDetail, statusChangedAt, statusAppliedAt}),
            sql::columnNames({statusServer, statusAction})));
        const QDateTime now = Clock::now();
        for (const ActionStatusRecord &record : records) {
            sql::bind(q, statusServer, s->id);
            sql::bind(q, statusAction, sql::notNull(record.actionId));
            sql::bind(q, statusText, statusName(record.status));
            sql::bind(q, statusDetail, sql::notNull(record.detail));
            sql::bind(q, statusChangedAt, d.timeValue(record.changedAt.isValid() ? record.changedAt : now));
            sql::bind(q, statusAppliedAt, d.timeValue(record.appliedAt));
            if (auto r
                = m_connection.exec(q, Text::tr("recording the status of %1 on '%2'").arg(record.actionId, serverName));
                !r)
                return r;
        }
        return {};
    });
}

} // namespace em
