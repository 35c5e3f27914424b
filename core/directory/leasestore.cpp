#include "leasestore.h"

#include <QCoreApplication>

#include "connection.h"
#include "historystore.h"
#include "model/actor.h"
#include "model/clock.h"
#include "sqlrow.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

using sql::Column;

constexpr Column serverKey {"id"};
constexpr Column serverNameKey {"name_key"};
constexpr Column serverName {"name"};
constexpr Column serverSite {"site"};
constexpr Column servedBy {"served_by"};
constexpr Column servedAt {"served_at"};

// server_leases: at most one lease per server
constexpr Column leaseServer {"server_id"};
constexpr Column leaseNode {"node"};
constexpr Column leaseExpires {"expires_at"};
constexpr Column leaseLive {"live"}; // alias: the lease has not expired
} // namespace

LeaseStore::LeaseStore(DirectoryConnection &connection, HistoryStore &history)
    : m_connection(connection), m_history(history)
{ }

Result<qint64> LeaseStore::serverId(const QString &server)
{
    QSqlQuery q = m_connection.query();
    q.prepare(QStringLiteral("SELECT id FROM servers WHERE name_key = :name_key"));
    sql::bind(q, serverNameKey, sql::notNull(server.toLower()));
    if (auto r = m_connection.exec(q, Text::tr("looking up server '%1'").arg(server)); !r)
        return fail(r.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, Text::tr("server '%1': not found in the org directory").arg(server));
    return sql::Row(q, m_connection.dialect()).integer(serverKey);
}

Result<bool> LeaseStore::claim(const QString &server, const QString &node, int seconds)
{
    const SqlDialect &d = m_connection.dialect();
    bool held = false;
    auto written = m_connection.write([&]() -> Result<void> {
        held = false;
        auto id = serverId(server);
        if (!id)
            return fail(id.error());
        QSqlQuery q = m_connection.query();
        q.prepare(QStringLiteral("SELECT node, CASE WHEN expires_at > %1 THEN 1 ELSE 0 END AS live"
                                 " FROM server_leases WHERE server_id = :server_id")
                      .arg(d.currentTime(0)));
        sql::bind(q, leaseServer, *id);
        if (auto r = m_connection.exec(q, Text::tr("reading the lease on '%1'").arg(server)); !r)
            return r;
        if (q.next()) {
            const sql::Row row(q, d);
            if (row.integer(leaseLive) != 0 && row.text(leaseNode) != node)
                return {}; // another node's, still valid
            q.prepare(QStringLiteral("DELETE FROM server_leases WHERE server_id = :server_id"));
            sql::bind(q, leaseServer, *id);
            if (auto r = m_connection.exec(q, Text::tr("taking over the lease on '%1'").arg(server)); !r)
                return r;
        }
        // Two nodes that both found no lease: one insert waits for the
        // other and fails on the key; the write runs again and finds the
        // other's lease.
        q.prepare(QStringLiteral("INSERT INTO server_leases (server_id, node, claimed_at, expires_at)"
                                 " VALUES (:server_id, :node, %1, %2)")
                      .arg(d.currentTime(0), d.currentTime(seconds)));
        sql::bind(q, leaseServer, *id);
        sql::bind(q, leaseNode, node);
        if (auto r = m_connection.exec(q, Text::tr("claiming the lease on '%1'").arg(server)); !r)
            return r;
        held = true;
        return {};
    });
    if (!written)
        return fail(written.error());
    return held;
}

Result<void> LeaseStore::release(const QString &node)
{
    return m_connection.write([&]() -> Result<void> {
        QSqlQuery q = m_connection.query();
        q.prepare(QStringLiteral("DELETE FROM server_leases WHERE node = :node"));
        sql::bind(q, leaseNode, node);
        return m_connection.exec(q, Text::tr("giving up the leases of %1").arg(node));
    });
}

Result<void> LeaseStore::markServed(const QString &server, const QString &node)
{
    return m_connection.write([&]() -> Result<void> {
        QSqlQuery q = m_connection.query();
        q.prepare(QStringLiteral("UPDATE servers SET served_by = :served_by, served_at = %1 WHERE name_key = :name_key")
                      .arg(m_connection.dialect().currentTime(0)));
        sql::bind(q, servedBy, node);
        sql::bind(q, serverNameKey, sql::notNull(server.toLower()));
        if (auto r = m_connection.exec(q, Text::tr("recording who served '%1'").arg(server)); !r)
            return r;
        m_connection.noteChange(QStringLiteral("server:") + server);
        return {};
    });
}

Result<ServerServing> LeaseStore::serving(const QString &server)
{
    const SqlDialect &d = m_connection.dialect();
    QSqlQuery q = m_connection.query();
    q.prepare(QStringLiteral("SELECT s.site, s.served_by, s.served_at, l.node, l.expires_at FROM servers s"
                             " LEFT JOIN server_leases l ON l.server_id = s.id AND l.expires_at > %1"
                             " WHERE s.name_key = :name_key")
                  .arg(d.currentTime(0)));
    sql::bind(q, serverNameKey, sql::notNull(server.toLower()));
    if (auto r = m_connection.exec(q, Text::tr("reading how '%1' is served").arg(server)); !r)
        return fail(r.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, Text::tr("server '%1': not found in the org directory").arg(server));
    const sql::Row row(q, d);
    return ServerServing {
        row.text(serverSite), row.text(servedBy), row.time(servedAt), row.text(leaseNode), row.time(leaseExpires)};
}

Result<QStringList> LeaseStore::serversOfSite(const QString &site)
{
    QSqlQuery q = m_connection.query();
    q.prepare(QStringLiteral("SELECT name, site FROM servers ORDER BY name_key"));
    if (auto r = m_connection.exec(q, Text::tr("reading the sites of the servers")); !r)
        return fail(r.error());
    QStringList names;
    const sql::Row row(q, m_connection.dialect());
    while (q.next()) {
        if (row.text(serverSite).compare(site, Qt::CaseInsensitive) == 0)
            names << row.text(serverName);
    }
    return names;
}

Result<bool> LeaseStore::setSite(const QString &server, const QString &site, const Actor &actor, const QString &action)
{
    bool changed = false;
    auto written = m_connection.write([&]() -> Result<void> {
        auto before = serving(server);
        if (!before)
            return fail(before.error());
        if (before->site == site)
            return {};
        changed = true;
        QSqlQuery q = m_connection.query();
        q.prepare(QStringLiteral("UPDATE servers SET site = :site WHERE name_key = :name_key"));
        sql::bind(q, serverSite, sql::notNull(site));
        sql::bind(q, serverNameKey, sql::notNull(server.toLower()));
        if (auto r = m_connection.exec(q, Text::tr("setting the site of '%1'").arg(server)); !r)
            return r;
        m_connection.noteChange(QStringLiteral("server:") + server);
        return m_history.addAudit(
            {0, Clock::now(), actor.who, actor.host, action, server, QStringLiteral("Site"), before->site, site});
    });
    if (!written)
        return fail(written.error());
    return changed;
}

} // namespace em
