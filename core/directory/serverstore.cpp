#include "serverstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include "connection.h"
#include "historystore.h"
#include "model/clock.h"
#include "model/text.h"
#include "sqlrow.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

using sql::Column;

// servers
constexpr Column serverKey {"id"};
constexpr Column serverName {"name"};
constexpr Column serverNameKey {"name_key"}; // lower-case name: names are unique case-insensitively
constexpr Column serverBuild {"build"};
constexpr Column serverBuildKey {"build_key"}; // Build::sortKey(), to sort and compare builds in SQL
constexpr Column serverRole {"role"};
constexpr Column serverEnabled {"mitigations_enabled"};
constexpr Column serverDataCollection {"data_collection_enabled"};
constexpr Column serverProxy {"internet_web_proxy"};
constexpr Column serverProxyBypass {"proxy_bypass"};
constexpr Column serverHost {"host"};
constexpr Column serverAppliedTime {"applied_time"};
constexpr Column serverLastCheck {"last_check"};
constexpr Column serverLastResult {"last_result"};

// server_blocked: one row per block-list entry, in the admin's order
constexpr Column blockedServer {"server_id"};
constexpr Column blockedPosition {"position"};
constexpr Column blockedEntry {"entry"};

QString joinList(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

QString selectServers(const SqlDialect &dialect)
{
    const auto time = [&dialect](const sql::Column &column) {
        return dialect.timeAsText(column.text()) + QStringLiteral(" AS ") + column.text();
    };
    return QStringLiteral("SELECT %1, %2, %3, %4 FROM servers")
        .arg(sql::columnList({serverKey, serverName, serverBuild, serverRole, serverEnabled, serverDataCollection,
                 serverProxy, serverProxyBypass, serverHost}),
            time(serverAppliedTime), time(serverLastCheck), serverLastResult.text());
}

Server serverFrom(const sql::Row &row)
{
    Server s;
    s.id = row.integer(serverKey);
    s.name = row.text(serverName);
    s.build = Build::parse(row.text(serverBuild)).value_or(Build());
    s.role = parseRole(row.text(serverRole)).value_or(ServerRole::Mailbox);
    s.mitigationsEnabled = row.flag(serverEnabled);
    s.dataCollectionEnabled = row.flag(serverDataCollection);
    s.internetWebProxy = row.text(serverProxy);
    s.internetWebProxyBypassList = row.text(serverProxyBypass).split(QStringLiteral(", "), Qt::SkipEmptyParts);
    s.host = row.text(serverHost);
    s.mitigationsAppliedTime = row.time(serverAppliedTime);
    s.lastCheck = row.time(serverLastCheck);
    s.lastResult = row.text(serverLastResult);
    return s;
}

} // namespace

AuditedProperties auditedProperties(const Server &s)
{
    return {
        {QStringLiteral("Name"), s.name},
        {QStringLiteral("Version"), s.build.toString()},
        {QStringLiteral("Role"), roleName(s.role)},
        {QStringLiteral("MitigationsEnabled"), boolText(s.mitigationsEnabled)},
        {QStringLiteral("MitigationsBlocked"), joinList(s.mitigationsBlocked)},
        {QStringLiteral("DataCollectionEnabled"), boolText(s.dataCollectionEnabled)},
        {QStringLiteral("InternetWebProxy"), s.internetWebProxy},
        {QStringLiteral("InternetWebProxyBypassList"), joinList(s.internetWebProxyBypassList)},
        {QStringLiteral("Host"), s.host},
    };
}

Result<QList<Server>> ServerStore::servers()
{
    QList<Server> list;
    QHash<qint64, qsizetype> rowOf;
    QSqlQuery q = m_connection.query();
    q.setForwardOnly(true);
    if (auto r = m_connection.exec(q, selectServers(m_connection.dialect()) + QStringLiteral(" ORDER BY name_key"),
            Text::tr("reading servers"));
        !r)
        return fail(r.error());
    {
        const sql::Row row(q, m_connection.dialect());
        while (q.next()) {
            list.append(serverFrom(row));
            rowOf.insert(list.last().id, list.size() - 1);
        }
    }
    const QString blocked = QStringLiteral("SELECT %1 FROM server_blocked ORDER BY server_id, position")
                                .arg(sql::columnList({blockedServer, blockedEntry}));
    if (auto r = m_connection.exec(q, blocked, Text::tr("reading block lists")); !r)
        return fail(r.error());
    const sql::Row row(q, m_connection.dialect());
    while (q.next()) {
        auto it = rowOf.constFind(row.integer(blockedServer));
        if (it != rowOf.constEnd())
            list[*it].mitigationsBlocked.append(row.text(blockedEntry));
    }
    return list;
}

Result<Server> ServerStore::server(const QString &name)
{
    QSqlQuery q = m_connection.query();
    q.prepare(selectServers(m_connection.dialect()) + QStringLiteral(" WHERE name_key = :name_key"));
    sql::bind(q, serverNameKey, sql::notNull(name.toLower()));
    if (auto r = m_connection.exec(q, Text::tr("reading server '%1'").arg(name)); !r)
        return fail(r.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, Text::tr("server '%1': not found in the org directory").arg(name));
    Server s = serverFrom(sql::Row(q, m_connection.dialect()));
    q.prepare(QStringLiteral("SELECT %1 FROM server_blocked WHERE server_id = :server_id ORDER BY position")
                  .arg(blockedEntry.text()));
    sql::bind(q, blockedServer, s.id);
    if (auto r = m_connection.exec(q, Text::tr("reading the block list of '%1'").arg(name)); !r)
        return fail(r.error());
    const sql::Row row(q, m_connection.dialect());
    while (q.next())
        s.mitigationsBlocked.append(row.text(blockedEntry));
    return s;
}

Result<std::optional<QString>> ServerStore::registeredName(const QString &name)
{
    QSqlQuery q = m_connection.query();
    q.prepare(QStringLiteral("SELECT %1 FROM servers WHERE name_key = :name_key").arg(serverName.text()));
    sql::bind(q, serverNameKey, sql::notNull(name.toLower()));
    if (auto r = m_connection.exec(q, Text::tr("looking up server '%1'").arg(name)); !r)
        return fail(r.error());
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(sql::Row(q, m_connection.dialect()).text(serverName));
}

Result<void> ServerStore::writeRow(QSqlQuery &q, Server &s, bool insert)
{
    const SqlDialect &d = m_connection.dialect();
    if (insert) {
        q.prepare(sql::insertStatement("servers",
                      {serverName, serverNameKey, serverBuild, serverBuildKey, serverRole, serverEnabled,
                          serverDataCollection, serverProxy, serverProxyBypass, serverHost, serverAppliedTime,
                          serverLastCheck, serverLastResult})
            + QStringLiteral(" RETURNING ") + serverKey.text());
    } else {
        q.prepare(QStringLiteral(
            "UPDATE servers SET name = :name, name_key = :name_key, build = :build, build_key = :build_key,"
            " role = :role, mitigations_enabled = :mitigations_enabled,"
            " data_collection_enabled = :data_collection_enabled, internet_web_proxy = :internet_web_proxy,"
            " proxy_bypass = :proxy_bypass, host = :host, applied_time = :applied_time, last_check = :last_check,"
            " last_result = :last_result WHERE id = :id"));
        sql::bind(q, serverKey, s.id);
    }
    sql::bind(q, serverName, sql::notNull(s.name));
    sql::bind(q, serverNameKey, sql::notNull(s.name.toLower()));
    sql::bind(q, serverBuild, sql::notNull(s.build.toString()));
    sql::bind(q, serverBuildKey, s.build.sortKey());
    sql::bind(q, serverRole, sql::notNull(roleName(s.role)));
    sql::bind(q, serverEnabled, d.boolValue(s.mitigationsEnabled));
    sql::bind(q, serverDataCollection, d.boolValue(s.dataCollectionEnabled));
    sql::bind(q, serverProxy, sql::notNull(s.internetWebProxy));
    sql::bind(q, serverProxyBypass, sql::notNull(joinList(s.internetWebProxyBypassList)));
    sql::bind(q, serverHost, sql::notNull(s.host));
    sql::bind(q, serverAppliedTime, d.timeValue(s.mitigationsAppliedTime));
    sql::bind(q, serverLastCheck, d.timeValue(s.lastCheck));
    sql::bind(q, serverLastResult, sql::notNull(s.lastResult));
    if (auto r = m_connection.exec(q, Text::tr("writing server '%1'").arg(s.name)); !r)
        return r;
    if (insert) {
        if (!q.next())
            return fail(m_connection.named(Text::tr("writing server '%1' gave no row id").arg(s.name)));
        s.id = sql::Row(q, d).integer(serverKey);
    }
    return {};
}

Result<void> ServerStore::writeBlockList(QSqlQuery &q, qint64 serverId, const QStringList &blocked)
{
    q.prepare(QStringLiteral("DELETE FROM server_blocked WHERE server_id = :server_id"));
    sql::bind(q, blockedServer, serverId);
    if (auto r = m_connection.exec(q, Text::tr("writing a block list")); !r)
        return r;
    // Prepared once: SQLite parses a statement in tens of microseconds, and a
    // block list is rewritten whole at each change.
    if (!blocked.isEmpty())
        q.prepare(sql::insertStatement("server_blocked", {blockedServer, blockedPosition, blockedEntry}));
    for (qsizetype i = 0; i < blocked.size(); ++i) {
        sql::bind(q, blockedServer, serverId);
        sql::bind(q, blockedPosition, i);
        sql::bind(q, blockedEntry, blocked.at(i));
        if (auto r = m_connection.exec(q, Text::tr("writing a block list")); !r)
            return r;
    }
    return {};
}

Result<Server> ServerStore::addServer(const Server &server, const Actor &actor, ServerAudit audit)
{
    if (auto valid = server.validate(); !valid)
        return fail(valid.error());
    Server stored = server;
    auto written = m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("server:") + server.name);
        auto taken = registeredName(server.name);
        if (!taken)
            return fail(taken.error());
        if (*taken)
            return fail(ErrorCode::AlreadyExists,
                Text::tr("server '%1': already registered as '%2' (names are case-insensitive)")
                    .arg(server.name, **taken));
        QSqlQuery q = m_connection.query();
        if (auto r = writeRow(q, stored, true); !r)
            return r;
        if (auto r = writeBlockList(q, stored.id, stored.mitigationsBlocked); !r)
            return r;
        if (audit == ServerAudit::ByCaller)
            return {};
        return m_history.addAudit({0, Clock::now(), actor.who, actor.host, QStringLiteral("add-server"), server.name,
            QStringLiteral("Version"), QString(), server.build.toString()});
    });
    if (!written)
        return fail(written.error());
    return stored;
}

Result<void> ServerStore::removeServer(const QString &name, const Actor &actor)
{
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("server:") + name);
        auto existing = server(name);
        if (!existing)
            return fail(existing.error());
        QSqlQuery q = m_connection.query();
        q.prepare(QStringLiteral("DELETE FROM servers WHERE id = :id"));
        sql::bind(q, serverKey, existing->id);
        if (auto r = m_connection.exec(q, Text::tr("removing server '%1'").arg(name)); !r)
            return r;
        return m_history.addAudit({0, Clock::now(), actor.who, actor.host, QStringLiteral("remove-server"),
            existing->name, QStringLiteral("Version"), existing->build.toString(), QString()});
    });
}

Result<Server> ServerStore::updateServer(const QString &name, const QString &action,
    const std::function<Result<void>(Server &)> &change, const Actor &actor, ServerAudit audit)
{
    Server after;
    auto written = m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("server:") + name);
        auto before = server(name);
        if (!before)
            return fail(before.error());
        after = *before;
        if (auto r = change(after); !r)
            return r;
        after.id = before->id;
        if (auto valid = after.validate(); !valid)
            return valid;
        if (after.name.toLower() != before->name.toLower()) {
            auto taken = registeredName(after.name);
            if (!taken)
                return fail(taken.error());
            if (*taken)
                return fail(ErrorCode::AlreadyExists, Text::tr("server '%1': already registered").arg(after.name));
        }
        const AuditedProperties oldProps = auditedProperties(*before);
        const AuditedProperties newProps = auditedProperties(after);
        if (oldProps == newProps)
            return {}; // nothing changed: no write, no audit row
        QSqlQuery q = m_connection.query();
        if (auto r = writeRow(q, after, false); !r)
            return r;
        if (before->mitigationsBlocked != after.mitigationsBlocked) {
            if (auto r = writeBlockList(q, after.id, after.mitigationsBlocked); !r)
                return r;
        }
        if (audit == ServerAudit::ByCaller)
            return {};
        return m_history.auditChanges(oldProps, newProps, action, before->name, actor);
    });
    if (!written)
        return fail(written.error());
    return after;
}

Result<void> ServerStore::recordCheck(
    const Server &server, const QDateTime &checkedAt, const QString &result, const QDateTime &appliedTime)
{
    const SqlDialect &d = m_connection.dialect();
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("server:") + server.name);
        QSqlQuery q = m_connection.query();
        q.prepare(QStringLiteral("UPDATE servers SET last_check = :last_check, last_result = :last_result,"
                                 " applied_time = COALESCE(:applied_time, applied_time) WHERE id = :id"));
        sql::bind(q, serverLastCheck, d.timeValue(checkedAt));
        sql::bind(q, serverLastResult, sql::notNull(result));
        sql::bind(q, serverAppliedTime, d.timeValue(appliedTime));
        sql::bind(q, serverKey, server.id);
        return m_connection.exec(q, Text::tr("recording the check of '%1'").arg(server.name));
    });
}

} // namespace em
