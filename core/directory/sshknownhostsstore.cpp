#include "sshknownhostsstore.h"

#include <QCoreApplication>
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

constexpr Column endpointColumn {"endpoint"};
constexpr Column keyTypeColumn {"key_type"};
constexpr Column fingerprintColumn {"fingerprint"};
constexpr Column acceptedByColumn {"accepted_by"};
constexpr Column acceptedAtColumn {"accepted_at"};

QString columns()
{
    return sql::columnList({endpointColumn, keyTypeColumn, fingerprintColumn, acceptedByColumn, acceptedAtColumn});
}

SshKnownHost knownHostFrom(const sql::Row &row)
{
    SshKnownHost known;
    known.endpoint = row.text(endpointColumn);
    known.key.type = row.text(keyTypeColumn);
    known.key.fingerprint = row.text(fingerprintColumn);
    known.key.acceptedBy = row.text(acceptedByColumn);
    known.key.acceptedAt = row.time(acceptedAtColumn);
    return known;
}
} // namespace

Result<QList<SshKnownHost>> SshKnownHostsStore::all()
{
    QSqlQuery q = m_connection.query();
    q.setForwardOnly(true);
    if (auto r = m_connection.exec(q,
            QStringLiteral("SELECT %1 FROM ssh_known_hosts ORDER BY endpoint, key_type").arg(columns()),
            Text::tr("reading the accepted SSH host keys"));
        !r)
        return fail(r.error());
    QList<SshKnownHost> keys;
    const sql::Row row(q, m_connection.dialect());
    while (q.next())
        keys << knownHostFrom(row);
    return keys;
}

Result<QList<SshHostKey>> SshKnownHostsStore::accepted(const QString &endpoint)
{
    QSqlQuery q = m_connection.query();
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM ssh_known_hosts WHERE endpoint = :endpoint ORDER BY key_type").arg(columns()));
    sql::bind(q, endpointColumn, endpoint.toLower());
    if (auto r = m_connection.exec(q, Text::tr("reading the accepted SSH host keys of %1").arg(endpoint)); !r)
        return fail(r.error());
    QList<SshHostKey> keys;
    const sql::Row row(q, m_connection.dialect());
    while (q.next())
        keys << knownHostFrom(row).key;
    return keys;
}

Result<void> SshKnownHostsStore::accept(
    const QString &server, const QString &endpoint, const SshHostKey &key, const Actor &actor)
{
    if (!isSshFingerprint(key.fingerprint))
        return fail(ErrorCode::InvalidArgument,
            Text::tr("'%1' is not an SSH host key fingerprint: expected SHA256: and 43 characters of base64, as "
                     "ssh-keygen -l prints it")
                .arg(key.fingerprint));
    if (key.type.isEmpty() || endpoint.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("an SSH host key needs its type and the server's endpoint"));
    const SqlDialect &d = m_connection.dialect();
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("ssh-known-hosts"));
        auto before = accepted(endpoint);
        if (!before)
            return fail(before.error());
        QString old;
        for (const SshHostKey &k : std::as_const(*before)) {
            if (k.type == key.type)
                old = k.fingerprint;
        }
        const QDateTime now = Clock::now();
        QSqlQuery q = m_connection.query();
        q.prepare(d.upsert(QStringLiteral("ssh_known_hosts"),
            sql::columnNames({endpointColumn, keyTypeColumn, fingerprintColumn, acceptedByColumn, acceptedAtColumn}),
            sql::columnNames({endpointColumn, keyTypeColumn})));
        sql::bind(q, endpointColumn, endpoint.toLower());
        sql::bind(q, keyTypeColumn, key.type);
        sql::bind(q, fingerprintColumn, key.fingerprint);
        sql::bind(q, acceptedByColumn, sql::notNull(actor.who));
        sql::bind(q, acceptedAtColumn, d.timeValue(now));
        if (auto r = m_connection.exec(q, Text::tr("accepting the SSH host key of %1").arg(endpoint)); !r)
            return r;
        return m_history.addAudit({0, now, actor.who, actor.host, QStringLiteral("ssh-trust"), server,
            QStringLiteral("SshHostKey %1 %2").arg(endpoint.toLower(), key.type), old, key.fingerprint});
    });
}

Result<std::shared_ptr<const SshKnownHosts>> SshKnownHostsStore::snapshot()
{
    auto keys = all();
    if (!keys)
        return fail(keys.error());
    auto known = std::make_shared<InMemoryKnownHosts>();
    for (const SshKnownHost &k : std::as_const(*keys))
        known->accept(k.endpoint, k.key);
    return std::shared_ptr<const SshKnownHosts>(std::move(known));
}

} // namespace em
