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
constexpr Column statusDetailCode {"detail_code"}; // StatusDetail::codeName()
constexpr Column statusDetailArgs {"detail_args"}; // its arguments, see encodeArgs
constexpr Column statusChangedAt {"changed_at"};
constexpr Column statusAppliedAt {"applied_at"};

// cycle_journal
constexpr Column journalServer {"server_id"};
constexpr Column journalStartedAt {"started_at"};
constexpr Column journalActions {"actions"}; // action IDs, comma-separated (IDs have no commas)

// Aliases of the report and status queries.
constexpr Column serverNameAlias {"server_name"};
constexpr Column actionTypeAlias {"action_type"};
constexpr Column descriptionAlias {"action_description"};

const QStringList statusColumns = sql::columnNames(
    {statusServer, statusAction, statusText, statusDetailCode, statusDetailArgs, statusChangedAt, statusAppliedAt});

// The arguments as one text, separated by U+001F (the unit separator, which
// no status text has: one inside an argument is stored as a space). Free text
// (the code "text") is stored as written.
const QChar argSeparator(0x1f);

QString encodeArgs(const QStringList &args)
{
    QStringList clean = args;
    for (QString &arg : clean)
        arg.replace(argSeparator, QLatin1Char(' '));
    return clean.join(argSeparator);
}

StatusDetail detailFrom(const sql::Row &row)
{
    StatusDetail detail;
    detail.code = StatusDetail::codeFromName(row.text(statusDetailCode));
    const QString args = row.text(statusDetailArgs);
    if (!args.isEmpty())
        detail.args = args.split(argSeparator);
    return detail;
}

// Counts the row's status; an action in status Applied is in MitigationsApplied.
void addToTally(ServerStatusTally &tally, const sql::Row &row)
{
    const auto status = parseStatus(row.text(statusText));
    if (!status)
        return;
    tally.counts.add(*status);
    if (*status == ActionStatus::Applied)
        tally.applied.append(row.text(statusAction));
}

void bindStatus(
    QSqlQuery &q, const SqlDialect &d, qint64 serverId, const ActionStatusRecord &status, const QDateTime &defaultTime)
{
    sql::bind(q, statusServer, serverId);
    sql::bind(q, statusAction, sql::notNull(status.actionId));
    sql::bind(q, statusText, statusName(status.status));
    sql::bind(q, statusDetailCode, sql::notNull(status.detail.codeName()));
    sql::bind(q, statusDetailArgs, sql::notNull(encodeArgs(status.detail.args)));
    sql::bind(q, statusChangedAt, d.timeValue(status.changedAt.isValid() ? status.changedAt : defaultTime));
    sql::bind(q, statusAppliedAt, d.timeValue(status.appliedAt));
}
} // namespace

Result<QList<ActionStatusRecord>> StatusStore::actionStatuses(const QString &server)
{
    QSqlQuery q = m_connection.query();
    q.setForwardOnly(true);
    QString sql
        = QStringLiteral("SELECT s.name AS server_name, a.action_id, a.status, a.detail_code, a.detail_args,"
                         " a.changed_at, a.applied_at FROM action_status a JOIN servers s ON s.id = a.server_id");
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
        r.detail = detailFrom(row);
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
    while (q.next())
        addToTally(byServer[row.integer(statusServer)], row);
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
    while (q.next())
        addToTally(tally, row);
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
                         " AS action_description, a.status, a.detail_code, a.detail_args, %1 AS applied_at"
                         " FROM action_status a JOIN servers s ON s.id = a.server_id"
                         " LEFT JOIN catalog_actions c ON c.id = a.action_id"
                         " LEFT JOIN catalog_mitigations m ON m.id = c.mitigation_id"
                         " LEFT JOIN retired_actions r ON r.id = a.action_id")
              .arg(m_connection.dialect().timeAsText(QStringLiteral("a.applied_at")));
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
        r.detail = detailFrom(read);
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
        m_connection.noteChange(QStringLiteral("server:") + record.server);
        auto s = m_servers.server(record.server);
        if (!s)
            return fail(s.error());
        const QString what = Text::tr("recording statuses of '%1'").arg(record.server);
        QSqlQuery q = m_connection.query();
        q.prepare(QStringLiteral("DELETE FROM action_status WHERE server_id = :server_id"));
        sql::bind(q, statusServer, s->id);
        if (auto r = m_connection.exec(q, what); !r)
            return r;
        q.prepare(sql::insertStatement("action_status",
            {statusServer, statusAction, statusText, statusDetailCode, statusDetailArgs, statusChangedAt,
                statusAppliedAt}));
        for (const ActionStatusRecord &st : record.statuses) {
            bindStatus(q, d, s->id, st, record.checkedAt);
            if (auto r = m_connection.exec(q, what); !r)
                return r;
        }
        if (auto r = m_servers.recordCheck(*s, record.checkedAt, record.result, record.appliedTime); !r)
            return r;
        for (const Event &e : record.events) {
            if (auto r = m_history.addEvent(e); !r)
                return r;
        }
        q.prepare(QStringLiteral("DELETE FROM cycle_journal WHERE server_id = :server_id"));
        sql::bind(q, journalServer, s->id);
        return m_connection.exec(q, what);
    });
}

Result<std::optional<CycleIntent>> StatusStore::intent(const QString &serverName)
{
    auto s = m_servers.server(serverName);
    if (!s)
        return fail(s.error());
    QSqlQuery q = m_connection.query();
    q.prepare(QStringLiteral("SELECT %1 FROM cycle_journal WHERE server_id = :server_id")
                  .arg(sql::columnList({journalStartedAt, journalActions})));
    sql::bind(q, journalServer, s->id);
    if (auto r = m_connection.exec(q, Text::tr("reading the cycle journal of '%1'").arg(s->name)); !r)
        return fail(r.error());
    if (!q.next())
        return std::optional<CycleIntent>();
    const sql::Row row(q, m_connection.dialect());
    CycleIntent intent;
    intent.server = s->name;
    intent.startedAt = row.time(journalStartedAt);
    const QString actions = row.text(journalActions);
    if (!actions.isEmpty())
        intent.actions = actions.split(QLatin1Char(','));
    return std::optional<CycleIntent>(intent);
}

Result<void> StatusStore::recordIntent(const CycleIntent &intent)
{
    const SqlDialect &d = m_connection.dialect();
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("server:") + intent.server);
        auto s = m_servers.server(intent.server);
        if (!s)
            return fail(s.error());
        QSqlQuery q = m_connection.query();
        q.prepare(d.upsert(QStringLiteral("cycle_journal"),
            sql::columnNames({journalServer, journalStartedAt, journalActions}), sql::columnNames({journalServer})));
        sql::bind(q, journalServer, s->id);
        sql::bind(q, journalStartedAt, d.timeValue(intent.startedAt));
        sql::bind(q, journalActions, sql::notNull(intent.actions.join(QLatin1Char(','))));
        return m_connection.exec(q, Text::tr("recording what the cycle is about to change on '%1'").arg(s->name));
    });
}

Result<void> StatusStore::setActionStatuses(const QString &serverName, const QList<ActionStatusRecord> &records)
{
    if (records.isEmpty())
        return {};
    const SqlDialect &d = m_connection.dialect();
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("server:") + serverName);
        auto s = m_servers.server(serverName);
        if (!s)
            return fail(s.error());
        QSqlQuery q = m_connection.query();
        q.prepare(
            d.upsert(QStringLiteral("action_status"), statusColumns, sql::columnNames({statusServer, statusAction})));
        const QDateTime now = Clock::now();
        for (const ActionStatusRecord &record : records) {
            bindStatus(q, d, s->id, record, now);
            if (auto r
                = m_connection.exec(q, Text::tr("recording the status of %1 on '%2'").arg(record.actionId, serverName));
                !r)
                return r;
        }
        return {};
    });
}

} // namespace em
