#include "orgdirectory.h"

#include <atomic>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include "model/clock.h"
#include "model/proxy.h"
#include "model/text.h"
#include "schema.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

std::atomic<int> connectionCounter {0};

// SQLite result codes that mean another connection holds the lock.
bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6");
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(isoTime(time)) : QVariant(QMetaType(QMetaType::QString));
}

// Empty, never NULL: Qt binds a null QString as SQL NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    // Fast path for what isoTime() writes ("2026-11-20T10:00:00Z"): reports
    // read hundreds of thousands of these, and QDateTime::fromString is slow.
    if (text.size() == 20 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')
        && text.at(10) == QLatin1Char('T') && text.at(13) == QLatin1Char(':') && text.at(16) == QLatin1Char(':')
        && text.at(19) == QLatin1Char('Z')) {
        bool digits = true;
        const auto number = [&](qsizetype at, qsizetype length) {
            int n = 0;
            for (qsizetype i = at; i < at + length; ++i) {
                const char16_t c = text.at(i).unicode();
                digits = digits && c >= '0' && c <= '9';
                n = n * 10 + (c - '0');
            }
            return n;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2));
        if (digits && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString joinList(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

// The org settings as audited and stored: property name -> text.
QList<std::pair<QString, QString>> orgProperties(const OrgConfig &o)
{
    return {
        {QStringLiteral("MitigationsEnabled"), boolText(o.mitigationsEnabled)},
        {QStringLiteral("MitigationFeedUrl"), o.feedUrl.toString()},
        {QStringLiteral("TrustProfile"), o.trustProfile},
        {QStringLiteral("CheckInterval"), durationText(o.checkInterval)},
        {QStringLiteral("FirstCheckDelay"), durationText(o.firstCheckDelay)},
        {QStringLiteral("FeedMaxAge"), durationText(o.freshnessMaxAge)},
        {QStringLiteral("RevocationUnknown"),
            o.revocationUnknown == RevocationMode::Fail ? QStringLiteral("Fail") : QStringLiteral("Warn")},
        {QStringLiteral("MaxFeedBytes"), QString::number(o.maxFeedBytes)},
        {QStringLiteral("DiagnosticsUrl"), o.diagnosticsUrl.toString()},
    };
}

void setOrgProperty(OrgConfig &o, const QString &key, const QString &value)
{
    if (key == QLatin1String("MitigationsEnabled")) {
        o.mitigationsEnabled = parseBool(value).value_or(o.mitigationsEnabled);
    } else if (key == QLatin1String("MitigationFeedUrl")) {
        o.feedUrl = QUrl(value);
    } else if (key == QLatin1String("TrustProfile")) {
        o.trustProfile = value;
    } else if (key == QLatin1String("CheckInterval")) {
        o.checkInterval = parseDuration(value).value_or(o.checkInterval);
    } else if (key == QLatin1String("FirstCheckDelay")) {
        o.firstCheckDelay = parseDuration(value).value_or(o.firstCheckDelay);
    } else if (key == QLatin1String("FeedMaxAge")) {
        o.freshnessMaxAge = parseDuration(value).value_or(o.freshnessMaxAge);
    } else if (key == QLatin1String("RevocationUnknown")) {
        o.revocationUnknown = value == QLatin1String("Fail") ? RevocationMode::Fail : RevocationMode::Warn;
    } else if (key == QLatin1String("MaxFeedBytes")) {
        o.maxFeedBytes = value.toLongLong();
    } else if (key == QLatin1String("DiagnosticsUrl")) {
        o.diagnosticsUrl = QUrl(value);
    }
}

// The server settings an admin can change, as audited: property name -> text.
QList<std::pair<QString, QString>> serverProperties(const Server &s)
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

QString applicabilityToText(const QList<ProductRange> &ranges)
{
    QStringList parts;
    for (const ProductRange &r : ranges)
        parts << productKey(r.product) + QLatin1Char(':') + r.min.toString() + QLatin1Char('-') + r.max.toString();
    return parts.join(QLatin1Char(';'));
}

QList<ProductRange> applicabilityFromText(const QString &text)
{
    QList<ProductRange> ranges;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const QStringList bounds = part.mid(colon + 1).split(QLatin1Char('-'));
        if (colon < 0 || bounds.size() != 2)
            continue;
        ranges.append({productFromKey(part.left(colon)), Build::parse(bounds.at(0)).value_or(Build()),
            Build::parse(bounds.at(1)).value_or(Build())});
    }
    return ranges;
}
} // namespace

Actor Actor::current()
{
    Actor actor;
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()))
        actor.who = QString::fromLocal8Bit(pw->pw_name);
#endif
    if (actor.who.isEmpty())
        actor.who = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER", QStringLiteral("unknown")));
    actor.host = QSysInfo::machineHostName();
    return actor;
}

OrgDirectory::OrgDirectory(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{ }

OrgDirectory::~OrgDirectory()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString OrgDirectory::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("EM_DIRECTORY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/emconsole/directory.db");
}

int OrgDirectory::defaultBusyTimeoutMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("EM_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnv >= 0 ? fromEnv : 5000;
}

Result<std::unique_ptr<OrgDirectory>> OrgDirectory::open(const QString &path, Options options)
{
    const auto named = [&path](const QString &cause) {
        return fail(ErrorCode::Database, Text::tr("org directory '%1': %2").arg(path, cause));
    };
    if (path.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("org directory: no path given"));

    QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return named(Text::tr("is a folder, not a database file"));
        // Never open the file ourselves: closing any descriptor of a database
        // file drops every POSIX lock SQLite holds on it in this process (the
        // console and the service open one connection per thread), which lets
        // another process write under them and corrupts the file. SQLite's own
        // first read tells a file that is not a database.
        if (!info.isReadable())
            return named(Text::tr("cannot be read (permission denied)"));
    } else {
        if (!options.createIfMissing)
            return named(Text::tr("does not exist"));
        const QString parent = info.absolutePath();
        if (!QDir().mkpath(parent))
            return named(Text::tr("cannot create the folder '%1'").arg(parent));
        if (!QFileInfo(parent).isWritable())
            return named(Text::tr("the folder '%1' is read-only").arg(parent));
    }

    const QString connection = QStringLiteral("em-directory-%1").arg(connectionCounter.fetch_add(1));
    std::unique_ptr<OrgDirectory> dir(new OrgDirectory(info.absoluteFilePath(), connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid())
            return named(Text::tr("the Qt SQLite driver (QSQLITE) is not installed"));
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open())
            return named(Text::tr("cannot open (%1)").arg(db.lastError().text()));
    }
    if (auto configured = dir->configure(options); !configured)
        return fail(configured.error());
    if (auto migrated = dir->migrate(); !migrated)
        return fail(migrated.error());
    return dir;
}

QSqlDatabase OrgDirectory::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error OrgDirectory::sqlError(const QString &what, const QString &detail) const
{
    return Error(ErrorCode::Database, Text::tr("org directory '%1': %2 failed (%3)").arg(m_path, what, detail));
}

Result<void> OrgDirectory::configure(const Options &)
{
    QSqlQuery q(database());
    // Refuse a newer schema before anything writes to the file.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))) {
        if (q.lastError().text().contains(QLatin1String("not a database")))
            return fail(ErrorCode::Database,
                Text::tr("org directory '%1': is not an EM Console directory (the file is not an SQLite "
                         "database)")
                    .arg(m_path));
        if (isBusy(q.lastError()))
            return fail(ErrorCode::Database,
                Text::tr("org directory '%1': locked by another program beyond the busy timeout").arg(m_path));
        return fail(sqlError(Text::tr("reading the schema"), q.lastError().text()));
    }
    if (q.next()) {
        if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
            return fail(sqlError(Text::tr("reading the schema version"), q.lastError().text()));
        const int version = q.value(0).toInt();
        if (version > schemaVersion) {
            return fail(ErrorCode::Database,
                Text::tr("org directory '%1': written by a newer EM Console (schema version %2; this program "
                         "reads up to %3); it was not changed")
                    .arg(m_path)
                    .arg(version)
                    .arg(schemaVersion));
        }
    } else {
        // Not ours and not empty: refuse rather than add tables to someone else's database.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return fail(sqlError(Text::tr("reading the schema"), q.lastError().text()));
        if (q.value(0).toInt() > 0)
            return fail(ErrorCode::Database,
                Text::tr("org directory '%1': is an SQLite database of another program (no EM Console "
                         "schema); it was not changed")
                    .arg(m_path));
    }
    q.finish();

    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(sqlError(Text::tr("enabling foreign keys"), q.lastError().text()));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()) {
        if (isBusy(q.lastError()))
            return fail(ErrorCode::Database,
                Text::tr("org directory '%1': locked by another program beyond the busy timeout").arg(m_path));
        return fail(sqlError(Text::tr("switching to WAL mode"), q.lastError().text()));
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(sqlError(Text::tr("setting synchronous mode"), q.lastError().text()));
    return {};
}

Result<void> OrgDirectory::migrate()
{
    const auto &steps = schema::migrations();
    // Fast path: already current, no write lock needed.
    {
        QSqlQuery q(database());
        if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next()
            && q.value(0).toInt() == steps.size())
            return {};
    }
    return write([&]() -> Result<void> {
        QSqlQuery q(database());
        int version = 0;
        if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
            version = q.value(0).toInt();
        q.finish();
        for (int step = version; step < steps.size(); ++step) {
            for (const QString &sql : steps.at(step)) {
                if (!q.exec(sql))
                    return fail(
                        sqlError(Text::tr("schema migration to version %1").arg(step + 1), q.lastError().text()));
            }
            q.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
            q.addBindValue(step + 1);
            if (!q.exec())
                return fail(sqlError(Text::tr("recording schema version %1").arg(step + 1), q.lastError().text()));
        }
        return {};
    });
}

Result<void> OrgDirectory::write(const std::function<Result<void>()> &body)
{
    QSqlDatabase db = database();
    {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (isBusy(begin.lastError())) {
                return fail(ErrorCode::Database,
                    Text::tr("org directory '%1': locked by another writer beyond the busy timeout; nothing "
                             "was changed")
                        .arg(m_path));
            }
            return fail(sqlError(Text::tr("starting a transaction"), begin.lastError().text()));
        }
    }
    Result<void> result = body();
    QSqlQuery end(db);
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QString why = end.lastError().text();
        end.exec(QStringLiteral("ROLLBACK"));
        return fail(sqlError(Text::tr("committing"), why));
    }
    return {};
}

namespace {
// Runs a prepared statement; on error names what was being done.
struct Exec {
    QString path;

    Result<void> operator()(QSqlQuery &q, const QString &what) const
    {
        if (q.exec())
            return {};
        return fail(
            ErrorCode::Database, Text::tr("org directory '%1': %2 failed (%3)").arg(path, what, q.lastError().text()));
    }
};

Result<void> insertAudit(QSqlQuery &q, const Exec &exec, const AuditEntry &e)
{
    q.prepare(QStringLiteral("INSERT INTO audit (time, who, host, action, target, property, old_value, new_value)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(isoTime(e.time.isValid() ? e.time : Clock::now()));
    q.addBindValue(notNull(e.who));
    q.addBindValue(notNull(e.host));
    q.addBindValue(notNull(e.action));
    q.addBindValue(notNull(e.target));
    q.addBindValue(notNull(e.property));
    q.addBindValue(notNull(e.oldValue));
    q.addBindValue(notNull(e.newValue));
    return exec(q, Text::tr("writing the audit trail"));
}

Result<void> insertEvent(QSqlQuery &q, const Exec &exec, const Event &e)
{
    q.prepare(QStringLiteral("INSERT INTO events (time, event_id, level, server, message) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(isoTime(e.time.isValid() ? e.time : Clock::now()));
    q.addBindValue(e.eventId);
    q.addBindValue(notNull(eventLevelName(e.level)));
    q.addBindValue(notNull(e.server));
    q.addBindValue(notNull(e.message));
    return exec(q, Text::tr("writing an event"));
}

// Audits every property that differs between two property lists.
Result<void> auditChanges(QSqlQuery &q, const Exec &exec, const QList<std::pair<QString, QString>> &before,
    const QList<std::pair<QString, QString>> &after, const QString &action, const QString &target, const Actor &actor)
{
    const QDateTime now = Clock::now();
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i).second == after.at(i).second)
            continue;
        AuditEntry e {
            0, now, actor.who, actor.host, action, target, before.at(i).first, before.at(i).second, after.at(i).second};
        if (auto r = insertAudit(q, exec, e); !r)
            return r;
    }
    return {};
}

Server serverFromQuery(const QSqlQuery &q)
{
    Server s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.build = Build::parse(q.value(2).toString()).value_or(Build());
    s.role = parseRole(q.value(3).toString()).value_or(ServerRole::Mailbox);
    s.mitigationsEnabled = q.value(4).toInt() != 0;
    s.dataCollectionEnabled = q.value(5).toInt() != 0;
    s.internetWebProxy = q.value(6).toString();
    s.internetWebProxyBypassList = q.value(7).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts);
    s.host = q.value(8).toString();
    s.mitigationsAppliedTime = timeFrom(q.value(9));
    s.lastCheck = timeFrom(q.value(10));
    s.lastResult = q.value(11).toString();
    return s;
}

const QString serverColumns = QStringLiteral(
    "id, name, build, role, mitigations_enabled, data_collection_enabled, internet_web_proxy, proxy_bypass, host,"
    " applied_time, last_check, last_result");
} // namespace

// ---- Organization ----

Result<OrgConfig> OrgDirectory::org()
{
    OrgConfig config;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT key, value FROM org_config")))
        return fail(sqlError(Text::tr("reading the organization settings"), q.lastError().text()));
    while (q.next())
        setOrgProperty(config, q.value(0).toString(), q.value(1).toString());
    return config;
}

Result<OrgConfig> OrgDirectory::updateOrg(const std::function<Result<void>(OrgConfig &)> &change, const Actor &actor)
{
    OrgConfig after;
    const Exec exec {m_path};
    auto written = write([&]() -> Result<void> {
        auto before = org();
        if (!before)
            return fail(before.error());
        after = *before;
        if (auto r = change(after); !r)
            return r;
        const auto oldProps = orgProperties(*before);
        const auto newProps = orgProperties(after);
        QSqlQuery q(database());
        for (qsizetype i = 0; i < newProps.size(); ++i) {
            if (oldProps.at(i).second == newProps.at(i).second)
                continue;
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO org_config (key, value) VALUES (?, ?)"));
            q.addBindValue(newProps.at(i).first);
            q.addBindValue(notNull(newProps.at(i).second));
            if (auto r = exec(q, Text::tr("writing the organization settings")); !r)
                return r;
        }
        return auditChanges(
            q, exec, oldProps, newProps, QStringLiteral("set-org"), QStringLiteral("Organization"), actor);
    });
    if (!written)
        return fail(written.error());
    return after;
}

// ---- Servers ----

Result<QList<Server>> OrgDirectory::servers()
{
    auto summaries = serverSummaries();
    if (!summaries)
        return fail(summaries.error());
    QList<Server> list;
    list.reserve(summaries->size());
    for (const ServerSummary &s : *summaries)
        list.append(s.server);
    return list;
}

Result<QList<ServerSummary>> OrgDirectory::serverSummaries()
{
    QList<ServerSummary> list;
    QHash<qint64, qsizetype> rowOf;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM servers ORDER BY name_key").arg(serverColumns)))
        return fail(sqlError(Text::tr("reading servers"), q.lastError().text()));
    while (q.next()) {
        ServerSummary summary;
        summary.server = serverFromQuery(q);
        rowOf.insert(summary.server.id, list.size());
        list.append(summary);
    }
    if (!q.exec(QStringLiteral("SELECT server_id, entry FROM server_blocked ORDER BY server_id, position")))
        return fail(sqlError(Text::tr("reading block lists"), q.lastError().text()));
    while (q.next()) {
        auto it = rowOf.constFind(q.value(0).toLongLong());
        if (it != rowOf.constEnd())
            list[*it].server.mitigationsBlocked.append(q.value(1).toString());
    }
    if (!q.exec(QStringLiteral("SELECT server_id, action_id, status FROM action_status ORDER BY server_id, action_id")))
        return fail(sqlError(Text::tr("reading action statuses"), q.lastError().text()));
    while (q.next()) {
        auto it = rowOf.constFind(q.value(0).toLongLong());
        if (it == rowOf.constEnd())
            continue;
        ServerSummary &s = list[*it];
        const auto status = parseStatus(q.value(2).toString());
        if (!status)
            continue;
        switch (*status) {
        case ActionStatus::Applied:
            ++s.applied;
            s.server.mitigationsApplied.append(q.value(1).toString());
            break;
        case ActionStatus::Blocked:
            ++s.blocked;
            break;
        case ActionStatus::Failed:
            ++s.failed;
            break;
        case ActionStatus::Pending:
            ++s.pending;
            break;
        case ActionStatus::Obsolete:
            ++s.obsolete;
            break;
        case ActionStatus::NotApplicable:
        case ActionStatus::Disabled:
            break;
        }
    }
    return list;
}

Result<Server> OrgDirectory::server(const QString &name)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM servers WHERE name_key = ?").arg(serverColumns));
    q.addBindValue(notNull(name.toLower()));
    if (!q.exec())
        return fail(sqlError(Text::tr("reading server '%1'").arg(name), q.lastError().text()));
    if (!q.next())
        return fail(ErrorCode::NotFound, Text::tr("server '%1': not found in the org directory").arg(name));
    Server s = serverFromQuery(q);
    q.prepare(QStringLiteral("SELECT entry FROM server_blocked WHERE server_id = ? ORDER BY position"));
    q.addBindValue(s.id);
    if (!q.exec())
        return fail(sqlError(Text::tr("reading the block list of '%1'").arg(name), q.lastError().text()));
    while (q.next())
        s.mitigationsBlocked.append(q.value(0).toString());
    q.prepare(QStringLiteral("SELECT action_id FROM action_status WHERE server_id = ? AND status = 'Applied'"
                             " ORDER BY action_id"));
    q.addBindValue(s.id);
    if (!q.exec())
        return fail(sqlError(Text::tr("reading the applied mitigations of '%1'").arg(name), q.lastError().text()));
    while (q.next())
        s.mitigationsApplied.append(q.value(0).toString());
    return s;
}

namespace {
Result<void> writeServerRow(QSqlQuery &q, const Exec &exec, const Server &s, bool insert)
{
    if (insert) {
        q.prepare(QStringLiteral(
            "INSERT INTO servers (name, name_key, build, build_key, role, mitigations_enabled,"
            " data_collection_enabled, internet_web_proxy, proxy_bypass, host, applied_time, last_check, last_result)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE servers SET name = ?, name_key = ?, build = ?, build_key = ?, role = ?, mitigations_enabled = ?,"
            " data_collection_enabled = ?, internet_web_proxy = ?, proxy_bypass = ?, host = ?, applied_time = ?,"
            " last_check = ?, last_result = ? WHERE id = ?"));
    }
    q.addBindValue(notNull(s.name));
    q.addBindValue(notNull(s.name.toLower()));
    q.addBindValue(notNull(s.build.toString()));
    q.addBindValue(s.build.sortKey());
    q.addBindValue(notNull(roleName(s.role)));
    q.addBindValue(s.mitigationsEnabled ? 1 : 0);
    q.addBindValue(s.dataCollectionEnabled ? 1 : 0);
    q.addBindValue(notNull(s.internetWebProxy));
    q.addBindValue(notNull(joinList(s.internetWebProxyBypassList)));
    q.addBindValue(notNull(s.host));
    q.addBindValue(timeValue(s.mitigationsAppliedTime));
    q.addBindValue(timeValue(s.lastCheck));
    q.addBindValue(notNull(s.lastResult));
    if (!insert)
        q.addBindValue(s.id);
    return exec(q, Text::tr("writing server '%1'").arg(s.name));
}

Result<void> writeBlockList(QSqlQuery &q, const Exec &exec, qint64 serverId, const QStringList &blocked)
{
    q.prepare(QStringLiteral("DELETE FROM server_blocked WHERE server_id = ?"));
    q.addBindValue(serverId);
    if (auto r = exec(q, Text::tr("writing a block list")); !r)
        return r;
    // Prepared once: SQLite parses a statement in tens of microseconds, and a
    // block list is rewritten whole at each change.
    if (!blocked.isEmpty())
        q.prepare(QStringLiteral("INSERT INTO server_blocked (server_id, position, entry) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < blocked.size(); ++i) {
        q.bindValue(0, serverId);
        q.bindValue(1, i);
        q.bindValue(2, blocked.at(i));
        if (auto r = exec(q, Text::tr("writing a block list")); !r)
            return r;
    }
    return {};
}

Result<void> validateServer(const Server &s)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,62}$"));
    if (!namePattern.match(s.name).hasMatch())
        return fail(ErrorCode::InvalidArgument,
            Text::tr("invalid server name '%1': use letters, digits and hyphens (at most 63)").arg(s.name));
    if (s.build.isNull())
        return fail(ErrorCode::InvalidArgument, Text::tr("server '%1': no build given").arg(s.name));
    for (const QString &id : s.mitigationsBlocked) {
        if (!isValidMitigationId(id))
            return fail(ErrorCode::InvalidArgument,
                Text::tr("invalid mitigation ID '%1': expected a mitigation ID such as M1 or an action ID "
                         "such as M1.2")
                    .arg(id));
    }
    if (!s.internetWebProxy.isEmpty()) {
        // Stored as the admin wrote it, with its scheme: the feed is fetched through an HTTP proxy.
        if (!s.internetWebProxy.contains(QLatin1String("://")) || !parseProxyUrl(s.internetWebProxy))
            return fail(ErrorCode::InvalidArgument,
                Text::tr("invalid proxy '%1': expected a URL such as http://proxy.contoso.com:8080")
                    .arg(s.internetWebProxy));
    }
    if (!s.host.isEmpty() && !s.host.startsWith(QLatin1String("dir:")) && s.host != QLatin1String("windows:")
        && !s.host.startsWith(QLatin1String("ssh://")))
        return fail(ErrorCode::InvalidArgument,
            Text::tr("invalid host '%1': expected dir:PATH, windows: or ssh://[USER@]HOST[:PORT]/ROOT").arg(s.host));
    return {};
}
} // namespace

Result<Server> OrgDirectory::addServer(const Server &server, const Actor &actor)
{
    if (auto valid = validateServer(server); !valid)
        return fail(valid.error());
    const Exec exec {m_path};
    Server stored = server;
    auto written = write([&]() -> Result<void> {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT name FROM servers WHERE name_key = ?"));
        q.addBindValue(notNull(server.name.toLower()));
        if (auto r = exec(q, Text::tr("looking up server '%1'").arg(server.name)); !r)
            return r;
        if (q.next())
            return fail(ErrorCode::AlreadyExists,
                Text::tr("server '%1': already registered as '%2' (names are case-insensitive)")
                    .arg(server.name, q.value(0).toString()));
        if (auto r = writeServerRow(q, exec, stored, true); !r)
            return r;
        stored.id = q.lastInsertId().toLongLong();
        if (auto r = writeBlockList(q, exec, stored.id, stored.mitigationsBlocked); !r)
            return r;
        return insertAudit(q, exec,
            {0, Clock::now(), actor.who, actor.host, QStringLiteral("add-server"), server.name,
                QStringLiteral("Version"), QString(), server.build.toString()});
    });
    if (!written)
        return fail(written.error());
    return stored;
}

Result<void> OrgDirectory::removeServer(const QString &name, const Actor &actor)
{
    const Exec exec {m_path};
    return write([&]() -> Result<void> {
        auto existing = server(name);
        if (!existing)
            return fail(existing.error());
        QSqlQuery q(database());
        q.prepare(QStringLiteral("DELETE FROM servers WHERE id = ?"));
        q.addBindValue(existing->id);
        if (auto r = exec(q, Text::tr("removing server '%1'").arg(name)); !r)
            return r;
        return insertAudit(q, exec,
            {0, Clock::now(), actor.who, actor.host, QStringLiteral("remove-server"), existing->name,
                QStringLiteral("Version"), existing->build.toString(), QString()});
    });
}

Result<Server> OrgDirectory::updateServer(
    const QString &name, const QString &action, const std::function<Result<void>(Server &)> &change, const Actor &actor)
{
    const Exec exec {m_path};
    Server after;
    auto written = write([&]() -> Result<void> {
        auto before = server(name);
        if (!before)
            return fail(before.error());
        after = *before;
        if (auto r = change(after); !r)
            return r;
        after.id = before->id;
        if (auto valid = validateServer(after); !valid)
            return valid;
        QSqlQuery q(database());
        if (after.name.toLower() != before->name.toLower()) {
            q.prepare(QStringLiteral("SELECT name FROM servers WHERE name_key = ?"));
            q.addBindValue(notNull(after.name.toLower()));
            if (auto r = exec(q, Text::tr("looking up server '%1'").arg(after.name)); !r)
                return r;
            if (q.next())
                return fail(ErrorCode::AlreadyExists, Text::tr("server '%1': already registered").arg(after.name));
        }
        const auto oldProps = serverProperties(*before);
        const auto newProps = serverProperties(after);
        if (oldProps == newProps)
            return {}; // nothing changed: no write, no audit row
        if (auto r = writeServerRow(q, exec, after, false); !r)
            return r;
        if (before->mitigationsBlocked != after.mitigationsBlocked) {
            if (auto r = writeBlockList(q, exec, after.id, after.mitigationsBlocked); !r)
                return r;
        }
        return auditChanges(q, exec, oldProps, newProps, action, before->name, actor);
    });
    if (!written)
        return fail(written.error());
    return after;
}

// ---- Trust profiles ----

Result<QList<TrustProfile>> OrgDirectory::trustProfiles()
{
    QList<TrustProfile> list {TrustProfile::vendor()};
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT name, anchors_pem, tsa_anchors_pem, intermediates_pem, signer_subject, ekus,"
                               " crls_pem FROM trust_profiles ORDER BY name")))
        return fail(sqlError(Text::tr("reading trust profiles"), q.lastError().text()));
    while (q.next()) {
        TrustProfile p;
        p.name = q.value(0).toString();
        p.anchorsPem = q.value(1).toString().toUtf8();
        p.tsaAnchorsPem = q.value(2).toString().toUtf8();
        p.intermediatesPem = q.value(3).toString().toUtf8();
        p.signerSubject = q.value(4).toString();
        p.requiredEkus = q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        p.crlsPem = q.value(6).toString().toUtf8();
        list.append(p);
    }
    return list;
}

Result<TrustProfile> OrgDirectory::trustProfile(const QString &name)
{
    auto all = trustProfiles();
    if (!all)
        return fail(all.error());
    for (const TrustProfile &p : *all) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return fail(ErrorCode::NotFound, Text::tr("trust profile '%1': not found").arg(name));
}

Result<void> OrgDirectory::addTrustProfile(const TrustProfile &profile, const Actor &actor)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"));
    if (!namePattern.match(profile.name).hasMatch())
        return fail(ErrorCode::InvalidArgument,
            Text::tr("invalid trust profile name '%1': use letters, digits, '.', '_' and '-'").arg(profile.name));
    if (profile.name.compare(QLatin1String("vendor"), Qt::CaseInsensitive) == 0)
        return fail(ErrorCode::AlreadyExists, Text::tr("trust profile 'vendor': built in, cannot be replaced"));
    const Exec exec {m_path};
    return write([&]() -> Result<void> {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT signer_subject FROM trust_profiles WHERE name = ?"));
        q.addBindValue(notNull(profile.name));
        if (auto r = exec(q, Text::tr("looking up trust profile '%1'").arg(profile.name)); !r)
            return r;
        const bool replacing = q.next();
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO trust_profiles (name, anchors_pem, tsa_anchors_pem,"
                                 " intermediates_pem, signer_subject, ekus, crls_pem) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(notNull(profile.name));
        q.addBindValue(notNull(QString::fromUtf8(profile.anchorsPem)));
        q.addBindValue(notNull(QString::fromUtf8(profile.tsaAnchorsPem)));
        q.addBindValue(notNull(QString::fromUtf8(profile.intermediatesPem)));
        q.addBindValue(notNull(profile.signerSubject));
        q.addBindValue(notNull(profile.requiredEkus.join(QLatin1Char(' '))));
        q.addBindValue(notNull(QString::fromUtf8(profile.crlsPem)));
        if (auto r = exec(q, Text::tr("writing trust profile '%1'").arg(profile.name)); !r)
            return r;
        return insertAudit(q, exec,
            {0, Clock::now(), actor.who, actor.host,
                replacing ? QStringLiteral("trust-replace-profile") : QStringLiteral("trust-add-profile"), profile.name,
                QStringLiteral("SignerSubject"), QString(), profile.signerSubject});
    });
}

// ---- Feed and catalog ----

Result<std::optional<FeedState>> OrgDirectory::acceptedFeed()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT raw, canonical, sha256, signer, signing_time, accepted_at, source, profile,"
                               " timestamped FROM feed_state WHERE id = 1")))
        return fail(sqlError(Text::tr("reading the accepted feed"), q.lastError().text()));
    if (!q.next())
        return std::optional<FeedState>();
    FeedState f;
    f.raw = q.value(0).toByteArray();
    f.canonical = q.value(1).toByteArray();
    f.sha256 = q.value(2).toString();
    f.signer = q.value(3).toString();
    f.signingTime = timeFrom(q.value(4));
    f.acceptedAt = timeFrom(q.value(5));
    f.source = q.value(6).toString();
    f.profile = q.value(7).toString();
    f.timestamped = q.value(8).toInt() != 0;
    return std::optional<FeedState>(f);
}

namespace {
// An action from a row of (id, mitigation_id, type, scope, target, description, rules).
Action actionFrom(const QSqlQuery &q)
{
    Action a;
    a.id = q.value(0).toString();
    a.mitigationId = q.value(1).toString();
    a.type = parseActionType(q.value(2).toString()).value_or(ActionType::DoNothing);
    a.scope = parseActionScope(q.value(3).toString()).value_or(ActionScope::Server);
    a.target = q.value(4).toString();
    a.description = q.value(5).toString();
    a.rulesXml = q.value(6).toString();
    return a;
}
} // namespace

Result<Catalog> OrgDirectory::catalog()
{
    Catalog catalog;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT id, description, rollback, applicability FROM catalog_mitigations"
                               " ORDER BY position")))
        return fail(sqlError(Text::tr("reading the catalog"), q.lastError().text()));
    QHash<QString, qsizetype> indexOf;
    while (q.next()) {
        Mitigation m;
        m.id = q.value(0).toString();
        m.description = q.value(1).toString();
        m.rollback = q.value(2).toString();
        m.applicability = applicabilityFromText(q.value(3).toString());
        indexOf.insert(m.id, catalog.mitigations.size());
        catalog.mitigations.append(m);
    }
    if (!q.exec(QStringLiteral("SELECT id, mitigation_id, type, scope, target, description, rules FROM catalog_actions"
                               " ORDER BY position")))
        return fail(sqlError(Text::tr("reading the catalog"), q.lastError().text()));
    while (q.next()) {
        Action a = actionFrom(q);
        auto it = indexOf.constFind(a.mitigationId);
        if (it != indexOf.constEnd())
            catalog.mitigations[*it].actions.append(a);
    }
    if (!q.exec(QStringLiteral("SELECT id, mitigation_id, type, scope, target, description, rules FROM retired_actions"
                               " ORDER BY id")))
        return fail(sqlError(Text::tr("reading the catalog"), q.lastError().text()));
    while (q.next())
        catalog.retired.append(actionFrom(q));
    return catalog;
}

Result<void> OrgDirectory::acceptFeed(const FeedState &feed, const Catalog &catalog)
{
    const Exec exec {m_path};
    return write([&]() -> Result<void> {
        auto current = acceptedFeed();
        if (!current)
            return fail(current.error());
        if (*current && (*current)->signingTime.isValid() && feed.signingTime.isValid()
            && feed.signingTime < (*current)->signingTime) {
            return fail(ErrorCode::Verification,
                Text::tr("feed signed at %1 is older than the accepted feed (signed at %2): refused as a "
                         "possible rollback")
                    .arg(isoTime(feed.signingTime), isoTime((*current)->signingTime)));
        }
        QSqlQuery q(database());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO feed_state (id, raw, canonical, sha256, signer, signing_time,"
                                 " accepted_at, source, profile, timestamped) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(feed.raw);
        q.addBindValue(feed.canonical);
        q.addBindValue(notNull(feed.sha256));
        q.addBindValue(notNull(feed.signer));
        q.addBindValue(timeValue(feed.signingTime));
        q.addBindValue(isoTime(feed.acceptedAt.isValid() ? feed.acceptedAt : Clock::now()));
        q.addBindValue(notNull(feed.source));
        q.addBindValue(notNull(feed.profile));
        q.addBindValue(feed.timestamped ? 1 : 0);
        if (auto r = exec(q, Text::tr("storing the accepted feed")); !r)
            return r;
        // Keep what a server still has in place, for its rollback.
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO retired_actions (id, mitigation_id, type, scope, target, description, rules,"
            " retired_at) SELECT c.id, c.mitigation_id, c.type, c.scope, c.target,"
            " COALESCE(NULLIF(c.description, ''), m.description, ''), c.rules, ?"
            " FROM catalog_actions c LEFT JOIN catalog_mitigations m ON m.id = c.mitigation_id"
            " WHERE c.id IN (SELECT action_id FROM action_status WHERE applied_at IS NOT NULL)"));
        q.addBindValue(isoTime(Clock::now()));
        if (auto r = exec(q, Text::tr("keeping the actions still in place")); !r)
            return r;
        q.prepare(QStringLiteral("DELETE FROM catalog_actions"));
        if (auto r = exec(q, Text::tr("replacing the catalog")); !r)
            return r;
        q.prepare(QStringLiteral("DELETE FROM catalog_mitigations"));
        if (auto r = exec(q, Text::tr("replacing the catalog")); !r)
            return r;
        int position = 0;
        for (const Mitigation &m : catalog.mitigations) {
            q.prepare(QStringLiteral("INSERT INTO catalog_mitigations (id, position, description, rollback,"
                                     " applicability) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(m.id);
            q.addBindValue(position++);
            q.addBindValue(notNull(m.description));
            q.addBindValue(notNull(m.rollback));
            q.addBindValue(notNull(applicabilityToText(m.applicability)));
            if (auto r = exec(q, Text::tr("storing mitigation '%1'").arg(m.id)); !r)
                return r;
            for (const Action &a : m.actions) {
                q.prepare(QStringLiteral("INSERT INTO catalog_actions (id, mitigation_id, position, type, scope,"
                                         " target, description, rules) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
                q.addBindValue(a.id);
                q.addBindValue(m.id);
                q.addBindValue(position++);
                q.addBindValue(notNull(actionTypeName(a.type)));
                q.addBindValue(notNull(actionScopeName(a.scope)));
                q.addBindValue(notNull(a.target));
                q.addBindValue(notNull(a.description));
                q.addBindValue(notNull(a.rulesXml));
                if (auto r = exec(q, Text::tr("storing action '%1'").arg(a.id)); !r)
                    return r;
            }
        }
        // Retired: only what the feed no longer carries and a server still has.
        q.prepare(QStringLiteral("DELETE FROM retired_actions WHERE id IN (SELECT id FROM catalog_actions)"
                                 " OR id NOT IN (SELECT action_id FROM action_status WHERE applied_at IS NOT NULL)"));
        return exec(q, Text::tr("keeping the actions still in place"));
    });
}

Result<std::optional<FeedAttempt>> OrgDirectory::lastFeedAttempt()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT at, ok, source, message FROM feed_attempt WHERE id = 1")))
        return fail(sqlError(Text::tr("reading the last feed attempt"), q.lastError().text()));
    if (!q.next())
        return std::optional<FeedAttempt>();
    return std::optional<FeedAttempt>(
        FeedAttempt {timeFrom(q.value(0)), q.value(1).toInt() != 0, q.value(2).toString(), q.value(3).toString()});
}

Result<void> OrgDirectory::recordFeedAttempt(const FeedAttempt &attempt)
{
    const Exec exec {m_path};
    return write([&]() -> Result<void> {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO feed_attempt (id, at, ok, source, message)"
                                 " VALUES (1, ?, ?, ?, ?)"));
        q.addBindValue(isoTime(attempt.at.isValid() ? attempt.at : Clock::now()));
        q.addBindValue(attempt.ok ? 1 : 0);
        q.addBindValue(notNull(attempt.source));
        q.addBindValue(notNull(attempt.message));
        return exec(q, Text::tr("recording the feed attempt"));
    });
}

// ---- Action statuses ----

Result<QList<ActionStatusRecord>> OrgDirectory::actionStatuses(const QString &server)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT s.name, a.action_id, a.status, a.detail, a.changed_at, a.applied_at"
                                 " FROM action_status a JOIN servers s ON s.id = a.server_id");
    if (!server.isEmpty())
        sql += QStringLiteral(" WHERE s.name_key = ?");
    sql += QStringLiteral(" ORDER BY s.name_key, a.action_id");
    q.prepare(sql);
    if (!server.isEmpty())
        q.addBindValue(notNull(server.toLower()));
    if (!q.exec())
        return fail(sqlError(Text::tr("reading action statuses"), q.lastError().text()));
    QList<ActionStatusRecord> list;
    while (q.next()) {
        ActionStatusRecord r;
        r.server = q.value(0).toString();
        r.actionId = q.value(1).toString();
        r.status = parseStatus(q.value(2).toString()).value_or(ActionStatus::Pending);
        r.detail = q.value(3).toString();
        r.changedAt = timeFrom(q.value(4));
        r.appliedAt = timeFrom(q.value(5));
        list.append(r);
    }
    return list;
}

Result<void> OrgDirectory::mitigationRows(const QString &server, const std::function<bool(const MitigationRow &)> &row)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT s.name, a.action_id, COALESCE(c.type, r.type, ''),"
                                 " COALESCE(NULLIF(c.description, ''), m.description, r.description, ''),"
                                 " a.status, a.detail, a.applied_at"
                                 " FROM action_status a JOIN servers s ON s.id = a.server_id"
                                 " LEFT JOIN catalog_actions c ON c.id = a.action_id"
                                 " LEFT JOIN catalog_mitigations m ON m.id = c.mitigation_id"
                                 " LEFT JOIN retired_actions r ON r.id = a.action_id");
    if (!server.isEmpty())
        sql += QStringLiteral(" WHERE s.name_key = ?");
    sql += QStringLiteral(" ORDER BY s.name_key, a.action_id");
    q.prepare(sql);
    if (!server.isEmpty())
        q.addBindValue(server.toLower());
    if (!q.exec())
        return fail(sqlError(Text::tr("reading the Get-Mitigations report"), q.lastError().text()));
    MitigationRow r;
    while (q.next()) {
        r.server = q.value(0).toString();
        r.id = q.value(1).toString();
        r.type = q.value(2).toString();
        r.description = q.value(3).toString();
        r.status = q.value(4).toString();
        r.detail = q.value(5).toString();
        r.appliedTime = timeFrom(q.value(6));
        if (!row(r))
            break;
    }
    if (q.lastError().isValid())
        return fail(sqlError(Text::tr("reading the Get-Mitigations report"), q.lastError().text()));
    return {};
}

Result<void> OrgDirectory::recordCycle(const CycleRecord &record)
{
    const Exec exec {m_path};
    return write([&]() -> Result<void> {
        auto s = server(record.server);
        if (!s)
            return fail(s.error());
        QSqlQuery q(database());
        q.prepare(QStringLiteral("DELETE FROM action_status WHERE server_id = ?"));
        q.addBindValue(s->id);
        if (auto r = exec(q, Text::tr("recording statuses of '%1'").arg(record.server)); !r)
            return r;
        q.prepare(QStringLiteral("INSERT INTO action_status (server_id, action_id, status, detail, changed_at,"
                                 " applied_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const ActionStatusRecord &st : record.statuses) {
            q.bindValue(0, s->id);
            q.bindValue(1, notNull(st.actionId));
            q.bindValue(2, statusName(st.status));
            q.bindValue(3, notNull(st.detail));
            q.bindValue(4, isoTime(st.changedAt.isValid() ? st.changedAt : record.checkedAt));
            q.bindValue(5, timeValue(st.appliedAt));
            if (auto r = exec(q, Text::tr("recording statuses of '%1'").arg(record.server)); !r)
                return r;
        }
        q.prepare(QStringLiteral("UPDATE servers SET last_check = ?, last_result = ?,"
                                 " applied_time = COALESCE(?, applied_time) WHERE id = ?"));
        q.addBindValue(timeValue(record.checkedAt));
        q.addBindValue(notNull(record.result));
        q.addBindValue(timeValue(record.appliedTime));
        q.addBindValue(s->id);
        if (auto r = exec(q, Text::tr("recording the check of '%1'").arg(record.server)); !r)
            return r;
        for (const Event &e : record.events) {
            if (auto r = insertEvent(q, exec, e); !r)
                return r;
        }
        return {};
    });
}

Result<void> OrgDirectory::setActionStatus(const ActionStatusRecord &record)
{
    return setActionStatuses(record.server, {record});
}

Result<void> OrgDirectory::setActionStatuses(const QString &serverName, const QList<ActionStatusRecord> &records)
{
    if (records.isEmpty())
        return {};
    const Exec exec {m_path};
    return write([&]() -> Result<void> {
        auto s = server(serverName);
        if (!s)
            return fail(s.error());
        QSqlQuery q(database());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO action_status (server_id, action_id, status, detail,"
                                 " changed_at, applied_at) VALUES (?, ?, ?, ?, ?, ?)"));
        const QDateTime now = Clock::now();
        for (const ActionStatusRecord &record : records) {
            q.bindValue(0, s->id);
            q.bindValue(1, notNull(record.actionId));
            q.bindValue(2, statusName(record.status));
            q.bindValue(3, notNull(record.detail));
            q.bindValue(4, isoTime(record.changedAt.isValid() ? record.changedAt : now));
            q.bindValue(5, timeValue(record.appliedAt));
            if (auto r = exec(q, Text::tr("recording the status of %1 on '%2'").arg(record.actionId, serverName)); !r)
                return r;
        }
        return {};
    });
}

// ---- Run requests ----

Result<void> OrgDirectory::requestRun(const Actor &actor)
{
    const Exec exec {m_path};
    return write([&]() -> Result<void> {
        const QDateTime now = Clock::now();
        QSqlQuery q(database());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO org_config (key, value) VALUES ('RunRequestedAt', ?)"));
        q.addBindValue(isoTime(now));
        if (auto r = exec(q, Text::tr("requesting a run")); !r)
            return r;
        return insertAudit(q, exec,
            {0, now, actor.who, actor.host, QStringLiteral("run-now"), QStringLiteral("Organization"),
                QStringLiteral("RunRequestedAt"), QString(), isoTime(now)});
    });
}

Result<std::optional<QDateTime>> OrgDirectory::takeRunRequest()
{
    const Exec exec {m_path};
    std::optional<QDateTime> requested;
    auto written = write([&]() -> Result<void> {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT value FROM org_config WHERE key = 'RunRequestedAt'"));
        if (auto r = exec(q, Text::tr("reading the run request")); !r)
            return r;
        if (!q.next())
            return {};
        requested = timeFrom(q.value(0));
        q.prepare(QStringLiteral("DELETE FROM org_config WHERE key = 'RunRequestedAt'"));
        return exec(q, Text::tr("clearing the run request"));
    });
    if (!written)
        return fail(written.error());
    return requested;
}

// ---- Events and audit ----

Result<void> OrgDirectory::addEvent(const Event &event)
{
    const Exec exec {m_path};
    return write([&]() -> Result<void> {
        QSqlQuery q(database());
        return insertEvent(q, exec, event);
    });
}

Result<QList<Event>> OrgDirectory::events(const EventFilter &filter)
{
    QStringList where;
    QVariantList binds;
    if (!filter.server.isEmpty()) {
        where << QStringLiteral("lower(server) = ?");
        binds << filter.server.toLower();
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("time >= ?");
        binds << isoTime(filter.since);
    }
    if (filter.eventId != 0) {
        where << QStringLiteral("event_id = ?");
        binds << filter.eventId;
    }
    QString sql = QStringLiteral("SELECT id, time, event_id, level, server, message FROM events");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return fail(sqlError(Text::tr("reading events"), q.lastError().text()));
    QList<Event> list;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.time = timeFrom(q.value(1));
        e.eventId = q.value(2).toInt();
        const QString level = q.value(3).toString();
        e.level = level == QLatin1String("Error") ? EventLevel::Error
            : level == QLatin1String("Warning")   ? EventLevel::Warning
                                                  : EventLevel::Information;
        e.server = q.value(4).toString();
        e.message = q.value(5).toString();
        list.prepend(e);
    }
    return list;
}

Result<void> OrgDirectory::addAudit(const AuditEntry &entry)
{
    const Exec exec {m_path};
    return write([&]() -> Result<void> {
        QSqlQuery q(database());
        return insertAudit(q, exec, entry);
    });
}

Result<QList<AuditEntry>> OrgDirectory::audit(const AuditFilter &filter)
{
    QStringList where;
    QVariantList binds;
    if (!filter.target.isEmpty()) {
        where << QStringLiteral("lower(target) = ?");
        binds << filter.target.toLower();
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("time >= ?");
        binds << isoTime(filter.since);
    }
    QString sql
        = QStringLiteral("SELECT id, time, who, host, action, target, property, old_value, new_value FROM audit");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return fail(sqlError(Text::tr("reading the audit trail"), q.lastError().text()));
    QList<AuditEntry> list;
    while (q.next()) {
        list.prepend({q.value(0).toLongLong(), timeFrom(q.value(1)), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
            q.value(8).toString()});
    }
    return list;
}

} // namespace em
