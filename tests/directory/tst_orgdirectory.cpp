// The org directory on both engines, data-driven over the backend: a real
// SQLite file and a database in a private PostgreSQL cluster (pgcluster.h):
// schema, refusals that leave the database unchanged, audit rows, locking and
// the catalog/status tables. What only an SQLite file has (a file that is not
// a database, a folder, an unwritable location, the path locator) is tested
// once, in TestSqliteFile.

#include <memory>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "directory/orgdirectory.h"
#include "directory/postgresdialect.h"
#include "directory/sshknownhostsstore.h"
#include "model/clock.h"
#include "pgcluster.h"

using namespace em;
using em::test::PostgresCluster;

// Inside a write body: a failed step ends the body with its error.
#define QVERIFY_RESULT(expression)                                                                                     \
    if (auto result_ = (expression); !result_)                                                                         \
        return fail(result_.error());

// A Result that must hold a value; the failure shows its message.
#define QVERIFY_OK(expression)                                                                                         \
    do {                                                                                                               \
        const auto &result_ = (expression);                                                                            \
        QVERIFY2(result_, qPrintable(result_ ? QString() : result_.error().message));                                  \
    } while (false)

namespace {
const Actor admin {QStringLiteral("alice"), QStringLiteral("admin-ws")};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Server mailbox(const QString &name, const QString &build = QStringLiteral("15.2.1118.7"))
{
    Server s;
    s.name = name;
    s.build = *Build::parse(build);
    return s;
}

const QString sqlite = QStringLiteral("sqlite");
const QString postgresql = QStringLiteral("postgresql");

// A second, raw connection to the same database, as another program would
// hold it: a file path or a postgresql:// locator.
class RawConnection
{
public:
    explicit RawConnection(const QString &locator) : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        auto parsed = DirectoryLocator::parse(locator);
        QVERIFY(parsed);
        if (parsed->kind() == DirectoryLocator::Kind::PostgreSql) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setConnectOptions(PostgresDialect::connectionString(*parsed));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(parsed->path());
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            QVERIFY(db.open());
        }
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    // Every row of the directory's tables as text, in a fixed order: what
    // "unchanged" compares.
    QString fingerprint()
    {
        QString all;
        for (const char *table : {"schema_version", "org_config", "servers", "server_blocked", "trust_profiles",
                 "feed_state", "catalog_mitigations", "catalog_actions", "action_status", "events", "audit"}) {
            QSqlQuery q(QSqlDatabase::database(m_name));
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))))
                return {};
            all += QLatin1String(table) + QLatin1Char('\n');
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    all += q.value(i).toString() + QLatin1Char('|');
                all += QLatin1Char('\n');
            }
        }
        return all;
    }

private:
    QString m_name;
};

// Turns a current directory back into schema 3 (no Exchange import, sites,
// nodes, leases, notifications, known hosts or cycle journal).
bool toSchemaThree(RawConnection &raw)
{
    // Undone latest first: 8 the cycle journal, 7 known hosts, 6 notifications, 5 service nodes, 4 the
    // Exchange import.
    return raw.exec(QStringLiteral("DROP TABLE cycle_journal"))
        && raw.exec(QStringLiteral("DROP TABLE ssh_known_hosts"))
        && raw.exec(QStringLiteral("DROP TABLE notifications")) && raw.exec(QStringLiteral("DROP TABLE server_leases"))
        && raw.exec(QStringLiteral("ALTER TABLE servers DROP COLUMN site"))
        && raw.exec(QStringLiteral("ALTER TABLE servers DROP COLUMN served_by"))
        && raw.exec(QStringLiteral("ALTER TABLE servers DROP COLUMN served_at"))
        && raw.exec(QStringLiteral("DROP TABLE exchange_import"))
        && raw.exec(QStringLiteral("UPDATE schema_version SET version = 3"));
}

// Turns a current directory back into schema 2 (details as free text).
bool toSchemaTwo(RawConnection &raw)
{
    return toSchemaThree(raw)
        && raw.exec(QStringLiteral("ALTER TABLE action_status ADD COLUMN detail TEXT NOT NULL DEFAULT ''"))
        && raw.exec(QStringLiteral("ALTER TABLE action_status DROP COLUMN detail_code"))
        && raw.exec(QStringLiteral("ALTER TABLE action_status DROP COLUMN detail_args"))
        && raw.exec(QStringLiteral("UPDATE schema_version SET version = 2"));
}
// Where the tests open their directories: new SQLite files in a temporary
// folder and new databases in one private cluster, started on first use.
class Backends
{
public:
    // A new, empty directory location on `backend`; `name` names the file.
    QString fresh(const QString &backend, const QString &name)
    {
        if (backend == sqlite)
            return m_tmp.filePath(name + QStringLiteral(".db"));
        if (!m_cluster)
            m_cluster = std::make_unique<PostgresCluster>();
        if (!m_cluster->ok())
            return {};
        const QString database = m_cluster->createDatabase();
        return database.isEmpty() ? QString() : m_cluster->locator(database);
    }
    [[nodiscard]] QString clusterError() const { return m_cluster ? m_cluster->error() : QString(); }
    QTemporaryDir &tmp() { return m_tmp; }

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<PostgresCluster> m_cluster;
};

// Opens a directory, creating the schema in an empty database as `emctl
// directory init` does (an SQLite file gets it anyway).
Result<std::unique_ptr<OrgDirectory>> openNew(const QString &locator, OrgDirectory::Options options = {})
{
    options.initialize = true;
    return OrgDirectory::open(locator, options);
}
} // namespace

class TestOrgDirectory : public QObject
{
    Q_OBJECT

    // A new location on this row's backend.
    QString fresh(const QString &name)
    {
        QFETCH_GLOBAL(QString, backend);
        const QString locator = m_backends.fresh(backend, name);
        if (locator.isEmpty())
            qWarning("%s", qPrintable(m_backends.clusterError()));
        return locator;
    }
    static bool onSqlite()
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == sqlite;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << sqlite;
        QTest::newRow("postgresql") << postgresql;
    }
    void init() { QVERIFY(m_backends.tmp().isValid()); }
    void cleanup() { Clock::reset(); }

    void createsSchemaWithForeignKeys()
    {
        const QString path = onSqlite() ? m_backends.tmp().filePath(QStringLiteral("new/sub/d.db")) : fresh({});
        auto dir = openNew(path);
        QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
        RawConnection raw(path);
        if (onSqlite())
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), OrgDirectory::schemaVersion);
        // Foreign keys are on for the directory's own connection: deleting a
        // server removes its block list and statuses.
        QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        QVERIFY_OK((*dir)->updateServer(
            QStringLiteral("EX01"), QStringLiteral("block"),
            [](Server &s) -> Result<void> {
                s.mitigationsBlocked = {QStringLiteral("M1")};
                return {};
            },
            admin));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM server_blocked")).toInt(), 1);
        QVERIFY_OK((*dir)->removeServer(QStringLiteral("ex01"), admin));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM server_blocked")).toInt(), 0);
    }

    void reopenKeepsData()
    {
        const QString path = fresh(QStringLiteral("reopen"));
        {
            auto dir = openNew(path);
            QVERIFY(dir);
            QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
            QVERIFY_OK((*dir)->updateOrg(
                [](OrgConfig &o) -> Result<void> {
                    o.mitigationsEnabled = false;
                    o.checkInterval = std::chrono::seconds(1800);
                    return {};
                },
                admin));
        }
        auto dir = OrgDirectory::open(path);
        QVERIFY(dir);
        auto org = (*dir)->org();
        QVERIFY(org);
        QCOMPARE(org->mitigationsEnabled, false);
        QCOMPARE(org->checkInterval.count(), 1800);
        QCOMPARE((*dir)->server(QStringLiteral("EX01"))->build.toString(), QStringLiteral("15.2.1118.7"));
    }

    void refusesForeignDatabaseUnchanged()
    {
        const QString path = fresh(QStringLiteral("other"));
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE photos (id INTEGER)")));
        }
        const QByteArray before = onSqlite() ? fileHash(path) : QByteArray();
        auto dir = openNew(path); // even when told to create the schema
        QVERIFY(!dir);
        QVERIFY2(dir.error().message.contains(QLatin1String("another program")), qPrintable(dir.error().message));
        if (onSqlite()) {
            QCOMPARE(fileHash(path), before);
        } else {
            RawConnection raw(path);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                               " WHERE table_schema = 'public'"))
                         .toInt(),
                1);
        }
    }

    void emptyServerDatabaseNeedsInit()
    {
        // A database on a server may be the wrong one: opening it creates
        // nothing unless told to (emctl directory init); a file is created.
        const QString path = fresh(QStringLiteral("empty"));
        auto dir = OrgDirectory::open(path);
        if (onSqlite()) {
            QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
            return;
        }
        QVERIFY(!dir);
        QVERIFY2(dir.error().message.contains(QLatin1String("emctl directory init")), qPrintable(dir.error().message));
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                           " WHERE table_schema = 'public'"))
                     .toInt(),
            0);
        QVERIFY(openNew(path));
        QVERIFY(OrgDirectory::open(path));
    }

    void upgradesSchemaThreeAddingKnownHosts()
    {
        const QString path = fresh(QStringLiteral("v3"));
        {
            auto dir = openNew(path);
            QVERIFY(dir);
            QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        }
        {
            RawConnection raw(path);
            QVERIFY(toSchemaThree(raw));
        }
        auto dir = OrgDirectory::open(path);
        QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
        QVERIFY((*dir)->server(QStringLiteral("EX01")));
        auto accepted = (*dir)->sshKnownHostsStore().accept(QStringLiteral("EX01"), QStringLiteral("ex01:22"),
            {QStringLiteral("ssh-ed25519"), QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"), {},
                {}},
            admin);
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
        dir->reset();
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), OrgDirectory::schemaVersion);
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT fingerprint FROM ssh_known_hosts WHERE endpoint = 'ex01:22'")).toString(),
            QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"));
    }

    void upgradesSchemaOneKeepingData()
    {
        // A directory as the first release wrote it: schema 1, no retired_actions.
        const QString path = fresh(QStringLiteral("v1"));
        {
            auto dir = openNew(path);
            QVERIFY(dir);
            QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        }
        {
            RawConnection raw(path);
            QVERIFY(toSchemaTwo(raw));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE retired_actions")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = 1")));
        }
        auto dir = OrgDirectory::open(path);
        QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
        QVERIFY((*dir)->server(QStringLiteral("EX01")));
        QVERIFY((*dir)->catalog());
        dir->reset();
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), OrgDirectory::schemaVersion);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM retired_actions")).toInt(), 0);
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE settings = '' AND state = ''")).toInt(),
            1);
    }

    void upgradesSchemaTwoKeepingFreeTextDetails()
    {
        // A directory of schema 2: status details as English text.
        const QString path = fresh(QStringLiteral("v2"));
        {
            auto dir = openNew(path);
            QVERIFY(dir);
            QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        }
        {
            RawConnection raw(path);
            QVERIFY(toSchemaTwo(raw));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO action_status (server_id, action_id, status, detail, changed_at, applied_at) VALUES"
                " (1, 'M1.1', 'Blocked', 'blocked by an administrator', '2026-11-20T10:00:00Z', NULL),"
                " (1, 'M2.1', 'Failed', 'web.config is read-only (50% full)', '2026-11-20T10:00:00Z', NULL),"
                " (1, 'PING1', 'Applied', '', '2026-11-20T10:00:00Z', '2026-11-20T10:00:00Z')")));
        }
        auto dir = OrgDirectory::open(path);
        QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
        auto statuses = (*dir)->actionStatuses(QStringLiteral("EX01"));
        QVERIFY(statuses);
        QCOMPARE(statuses->size(), 3);
        QCOMPARE(statuses->at(0).detail, StatusDetail::text(QStringLiteral("blocked by an administrator")));
        // Read as the same detail as the coded one the planner makes now.
        QVERIFY(statuses->at(0).detail.sameAs(StatusDetail::of(StatusDetail::Code::Blocked)));
        QCOMPARE(statuses->at(1).detail.render(), QStringLiteral("web.config is read-only (50% full)"));
        QVERIFY(statuses->at(2).detail.isEmpty());
        QCOMPARE(statuses->at(2).changedAt, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        dir->reset();
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), OrgDirectory::schemaVersion);
    }

    void statusDetailsRoundTripAsCodes()
    {
        auto dir = openNew(fresh(QStringLiteral("details")));
        QVERIFY(dir);
        QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        const QDateTime now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        const StatusDetail outside
            = StatusDetail::of(StatusDetail::Code::OutsideRange, {QStringLiteral("15.2.1118.7"), QStringLiteral("%2")});
        // The unit separator divides the stored arguments: inside one it is kept as a space.
        const StatusDetail failed
            = StatusDetail::text(QStringLiteral("line 3: ") + QChar(0x1f) + QStringLiteral(" is not allowed"));
        QVERIFY_OK((*dir)->setActionStatuses(QStringLiteral("EX01"),
            {{QStringLiteral("EX01"), QStringLiteral("M1.1"), ActionStatus::NotApplicable, outside, now, {}},
                {QStringLiteral("EX01"), QStringLiteral("M2.1"), ActionStatus::Failed, failed, now, {}},
                {QStringLiteral("EX01"), QStringLiteral("M3.1"), ActionStatus::Pending, {}, now, {}}}));
        auto statuses = (*dir)->actionStatuses(QStringLiteral("EX01"));
        QVERIFY(statuses);
        QCOMPARE(statuses->size(), 3);
        QCOMPARE(statuses->at(0).detail, outside);
        // Arguments are not read as placeholders.
        QCOMPARE(statuses->at(0).detail.render(), QStringLiteral("build 15.2.1118.7 is outside %2"));
        QCOMPARE(statuses->at(1).detail, StatusDetail::text(QStringLiteral("line 3:   is not allowed")));
        QCOMPARE(statuses->at(2).detail, StatusDetail());
        QList<MitigationRow> rows;
        QVERIFY((*dir)->mitigationRows({}, [&rows](const MitigationRow &r) {
            rows << r;
            return true;
        }));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).detail, outside);
    }

    void refusesNewerSchemaUnchanged()
    {
        const QString path = fresh(QStringLiteral("newer"));
        {
            auto dir = openNew(path);
            QVERIFY(dir);
            QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        }
        QString rowsBefore;
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
            if (onSqlite())
                QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            rowsBefore = raw.fingerprint();
        }
        QVERIFY(rowsBefore.contains(QLatin1String("EX01")));
        const QByteArray before = onSqlite() ? fileHash(path) : QByteArray();
        auto dir = openNew(path);
        QVERIFY(!dir);
        QVERIFY2(dir.error().message.contains(QLatin1String("newer")), qPrintable(dir.error().message));
        QVERIFY2(dir.error().message.contains(QLatin1String("99")), qPrintable(dir.error().message));
        if (onSqlite())
            QCOMPARE(fileHash(path), before);
        RawConnection raw(path);
        QCOMPARE(raw.fingerprint(), rowsBefore);
    }

    void lockedBeyondBusyTimeoutChangesNothing()
    {
        const QString path = fresh(QStringLiteral("locked"));
        auto dir = openNew(path, OrgDirectory::Options {200, true, false});
        QVERIFY(dir);
        QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));

        // Another program holds the write lock: SQLite's database lock, or
        // PostgreSQL's lock on the servers table.
        RawConnection other(path);
        if (onSqlite()) {
            QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        } else {
            QVERIFY(other.exec(QStringLiteral("BEGIN")));
            QVERIFY(other.exec(QStringLiteral("LOCK TABLE servers IN EXCLUSIVE MODE")));
        }
        QElapsedTimer timer;
        timer.start();
        auto changed = (*dir)->updateServer(
            QStringLiteral("EX01"), QStringLiteral("set-server"),
            [](Server &s) -> Result<void> {
                s.mitigationsEnabled = false;
                return {};
            },
            admin);
        QVERIFY(!changed);
        QVERIFY(timer.elapsed() >= 150); // it did wait for the busy timeout first
        QVERIFY2(changed.error().message.contains(QLatin1String("locked")), qPrintable(changed.error().message));
        QVERIFY2(
            changed.error().message.contains((*dir)->locator().displayName()), qPrintable(changed.error().message));
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));

        // Reads still work while locked, and nothing changed.
        auto s = (*dir)->server(QStringLiteral("EX01"));
        QVERIFY(s);
        QCOMPARE(s->mitigationsEnabled, true);
        QCOMPARE((*dir)->audit()->size(), 1); // only add-server
    }

    void duplicateNamesAreCaseInsensitive()
    {
        auto dir = openNew(fresh(QStringLiteral("dup")));
        QVERIFY(dir);
        QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        auto again = (*dir)->addServer(mailbox(QStringLiteral("ex01")), admin);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QVERIFY(again.error().message.contains(QLatin1String("EX01")));
        QCOMPARE((*dir)->servers()->size(), 1);
        QCOMPARE((*dir)->server(QStringLiteral("Ex01"))->name, QStringLiteral("EX01"));
    }

    void rejectsInvalidServerSettings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("blocked");
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("bad name") << "EX 01" << QStringList() << ""
                                  << ""
                                  << "invalid server name";
        QTest::newRow("bad id") << "EX01" << QStringList {QStringLiteral("M1;")} << ""
                                << ""
                                << "invalid mitigation ID";
        QTest::newRow("bad proxy") << "EX01" << QStringList() << "proxy:8080"
                                   << ""
                                   << "invalid proxy";
        QTest::newRow("https proxy") << "EX01" << QStringList() << "https://proxy:8443"
                                     << ""
                                     << "invalid proxy";
        QTest::newRow("bad host") << "EX01" << QStringList() << ""
                                  << "ssh:ex01"
                                  << "invalid host";
    }

    void rejectsInvalidServerSettings()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, blocked);
        QFETCH(QString, proxy);
        QFETCH(QString, host);
        QFETCH(QString, messagePart);
        auto dir = openNew(fresh(QStringLiteral("invalid")));
        QVERIFY(dir);
        Server s = mailbox(name);
        s.mitigationsBlocked = blocked;
        s.internetWebProxy = proxy;
        s.host = host;
        auto added = (*dir)->addServer(s, admin);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(added.error().message.contains(messagePart), qPrintable(added.error().message));
        QCOMPARE((*dir)->servers()->size(), 0);
        QCOMPARE((*dir)->audit()->size(), 0);
    }

    void auditRecordsEachChangedSetting()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC));
        auto dir = openNew(fresh(QStringLiteral("audit")));
        QVERIFY(dir);
        QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        QVERIFY_OK((*dir)->updateServer(
            QStringLiteral("EX01"), QStringLiteral("set-server"),
            [](Server &s) -> Result<void> {
                s.mitigationsEnabled = false;
                s.internetWebProxy = QStringLiteral("http://proxy.contoso.com:8080");
                return {};
            },
            admin));
        // A change that changes nothing writes no audit row.
        QVERIFY_OK((*dir)->updateServer(
            QStringLiteral("EX01"), QStringLiteral("set-server"),
            [](Server &s) -> Result<void> {
                s.mitigationsEnabled = false;
                return {};
            },
            admin));
        auto rows = (*dir)->audit(AuditFilter {QStringLiteral("ex01"), {}, 0});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        const AuditEntry &enabled = rows->at(1);
        QCOMPARE(enabled.who, QStringLiteral("alice"));
        QCOMPARE(enabled.host, QStringLiteral("admin-ws"));
        QCOMPARE(enabled.action, QStringLiteral("set-server"));
        QCOMPARE(enabled.target, QStringLiteral("EX01"));
        QCOMPARE(enabled.property, QStringLiteral("MitigationsEnabled"));
        QCOMPARE(enabled.oldValue, QStringLiteral("True"));
        QCOMPARE(enabled.newValue, QStringLiteral("False"));
        QCOMPARE(enabled.time, Clock::now());
        QCOMPARE(rows->at(2).property, QStringLiteral("InternetWebProxy"));
        QCOMPARE(rows->at(2).newValue, QStringLiteral("http://proxy.contoso.com:8080"));
    }

    void auditIsAppendOnly()
    {
        const QString path = fresh(QStringLiteral("appendonly"));
        auto dir = openNew(path);
        QVERIFY(dir);
        QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        RawConnection raw(path);
        QVERIFY(!raw.exec(QStringLiteral("UPDATE audit SET who = 'mallory'")));
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM audit")));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT who FROM audit")).toString(), QStringLiteral("alice"));
    }

    void failedChangeRollsBackEverything()
    {
        auto dir = openNew(fresh(QStringLiteral("rollback")));
        QVERIFY(dir);
        QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX02")), admin));
        // Renaming onto another server's name fails after the change function ran.
        auto renamed = (*dir)->updateServer(
            QStringLiteral("EX01"), QStringLiteral("set-server"),
            [](Server &s) -> Result<void> {
                s.mitigationsEnabled = false;
                s.name = QStringLiteral("ex02");
                return {};
            },
            admin);
        QVERIFY(!renamed);
        QCOMPARE((*dir)->server(QStringLiteral("EX01"))->mitigationsEnabled, true);
        QCOMPARE((*dir)->audit()->size(), 2);
    }

    void catalogAndFeedRoundTrip()
    {
        auto dir = openNew(fresh(QStringLiteral("catalog")));
        QVERIFY(dir);
        Catalog catalog;
        Mitigation m;
        m.id = QStringLiteral("M1");
        m.description = QStringLiteral("Mitigation of CVE-2022-41040 via URL Rewrite configuration");
        m.rollback = QStringLiteral("Remove the rule.");
        m.applicability = {{Product::Exchange2019, Build(15, 2, 0, 0), Build(15, 2, 1118, 15)}};
        Action a;
        a.id = QStringLiteral("M1.1");
        a.mitigationId = m.id;
        a.type = ActionType::UrlRewrite;
        a.scope = ActionScope::Site;
        a.target = QStringLiteral("Default Web Site");
        a.description = QStringLiteral("Block autodiscover PowerShell requests");
        a.rulesXml = QStringLiteral("<rule name=\"EEMS M1.1 PowerShell - inbound\"/>");
        m.actions = {a};
        catalog.mitigations = {m};

        FeedState feed;
        feed.raw = "<EOCS/>";
        feed.canonical = "<EOCS></EOCS>";
        feed.sha256 = QStringLiteral("ab");
        feed.signer = QStringLiteral("CN=Signer");
        feed.signingTime = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        QVERIFY_OK((*dir)->acceptFeed(feed, catalog));
        auto stored = (*dir)->catalog();
        QVERIFY(stored);
        QCOMPARE(stored->mitigations.size(), 1);
        QVERIFY(stored->mitigations.first() == m);
        QCOMPARE((*dir)->acceptedFeed()->value().signingTime, feed.signingTime);

        // Anti-rollback: an older feed is refused and the catalog stays.
        FeedState older = feed;
        older.signingTime = feed.signingTime.addDays(-1);
        auto refused = (*dir)->acceptFeed(older, Catalog {});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("older")));
        QCOMPARE((*dir)->catalog()->mitigations.size(), 1);
    }

    void cycleRecordsAndSummaries()
    {
        auto dir = openNew(fresh(QStringLiteral("cycle")));
        QVERIFY(dir);
        QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        const QDateTime now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        CycleRecord record;
        record.server = QStringLiteral("EX01");
        record.checkedAt = now;
        record.result = QStringLiteral("2 applied, 1 failed");
        record.appliedTime = now;
        record.statuses = {{QStringLiteral("EX01"), QStringLiteral("PING1"), ActionStatus::Applied, {}, now, now},
            {QStringLiteral("EX01"), QStringLiteral("M1.1"), ActionStatus::Applied, {}, now, now},
            {QStringLiteral("EX01"), QStringLiteral("M2.1"), ActionStatus::Failed,
                StatusDetail::text(QStringLiteral("web.config is read-only")), now, {}},
            {QStringLiteral("EX01"), QStringLiteral("M3.1"), ActionStatus::Blocked, {}, now, {}}};
        record.events = {{0, now, EventActionApplied, EventLevel::Information, QStringLiteral("EX01"),
            QStringLiteral("applied M1.1")}};
        QVERIFY_OK((*dir)->recordCycle(record));
        auto summaries = (*dir)->serverSummaries();
        QVERIFY(summaries);
        QCOMPARE(summaries->size(), 1);
        QCOMPARE(summaries->first().counts.applied, 2);
        QCOMPARE(summaries->first().counts.failed, 1);
        QCOMPARE(summaries->first().counts.blocked, 1);
        QCOMPARE(summaries->first().server.mitigationsApplied,
            (QStringList {QStringLiteral("M1.1"), QStringLiteral("PING1")}));
        QCOMPARE(summaries->first().server.lastResult, record.result);
        auto events = (*dir)->events(EventFilter {QStringLiteral("ex01"), {}, EventActionApplied, 0});
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
    }

    void runRequestIsTakenOnce()
    {
        auto dir = openNew(fresh(QStringLiteral("run")));
        QVERIFY(dir);
        QVERIFY(!(*dir)->takeRunRequest()->has_value());
        QVERIFY_OK((*dir)->requestRun(admin));
        QVERIFY((*dir)->takeRunRequest()->has_value());
        QVERIFY(!(*dir)->takeRunRequest()->has_value());
        QCOMPARE((*dir)->audit()->last().action, QStringLiteral("run-now"));
    }

    void nestedWritesCommitOrRollBackTogether()
    {
        auto dir = openNew(fresh(QStringLiteral("nested")));
        QVERIFY(dir);
        // Two stores' writes in one transaction: both land.
        QVERIFY((*dir)->write([&]() -> Result<void> {
            if (auto added = (*dir)->addServer(mailbox(QStringLiteral("EX01")), admin); !added)
                return fail(added.error());
            return (*dir)->addEvent(
                {0, {}, EventCycleFinished, EventLevel::Information, QStringLiteral("EX01"), QStringLiteral("first")});
        }));
        QCOMPARE((*dir)->servers()->size(), 1);
        QCOMPARE((*dir)->events()->size(), 1);

        // A failing inner write undoes the inner writes before it, even when
        // the outer body goes on and reports success.
        auto written = (*dir)->write([&]() -> Result<void> {
            QVERIFY_RESULT((*dir)->addServer(mailbox(QStringLiteral("EX02")), admin));
            auto duplicate = (*dir)->addServer(mailbox(QStringLiteral("ex01")), admin);
            if (duplicate)
                return fail(ErrorCode::InvalidArgument, QStringLiteral("the duplicate was accepted"));
            return {};
        });
        QVERIFY(!written);
        QVERIFY2(
            written.error().message.contains(QLatin1String("it was not changed")), qPrintable(written.error().message));
        QCOMPARE((*dir)->servers()->size(), 1);
        QCOMPARE((*dir)->audit()->size(), 1); // add-server EX01 only

        // A failing outer body undoes every inner write.
        QVERIFY(!(*dir)->write([&]() -> Result<void> {
            QVERIFY_RESULT((*dir)->addServer(mailbox(QStringLiteral("EX03")), admin));
            return fail(ErrorCode::InvalidArgument, QStringLiteral("changed my mind"));
        }));
        QCOMPARE((*dir)->servers()->size(), 1);
    }

private:
    Backends m_backends;
};

// What only a directory in an SQLite file has: a path, a file that may be
// something else, a folder, an unwritable location.
class TestSqliteFile : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_tmp.isValid()); }

    void refusesNotADatabaseUnchanged()
    {
        const QString path = m_tmp.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
        f.close();
        const QByteArray before = fileHash(path);
        auto dir = OrgDirectory::open(path);
        QVERIFY(!dir);
        QVERIFY2(dir.error().message.contains(path), qPrintable(dir.error().message));
        QVERIFY2(
            dir.error().message.contains(QLatin1String("not an SQLite database")), qPrintable(dir.error().message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesUnwritableLocation()
    {
        // /proc refuses new files even for root: a read-only location anywhere.
        auto dir = OrgDirectory::open(QStringLiteral("/proc/em-console-test/d.db"));
        QVERIFY(!dir);
        QVERIFY2(dir.error().message.contains(QLatin1String("/proc/em-console-test")), qPrintable(dir.error().message));
    }

    void refusesFolder()
    {
        auto dir = OrgDirectory::open(m_tmp.path());
        QVERIFY(!dir);
        QVERIFY2(dir.error().message.contains(QLatin1String("folder")), qPrintable(dir.error().message));
    }

    void locatorIsAnAbsolutePath()
    {
        auto empty = DirectoryLocator::parse(QString());
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(empty.error().message.contains(QLatin1String("no path")), qPrintable(empty.error().message));

        auto relative = DirectoryLocator::parse(QStringLiteral("sub/d.db"));
        QVERIFY(relative);
        QCOMPARE(relative->kind(), DirectoryLocator::Kind::SqliteFile);
        QCOMPARE(relative->path(), QDir::current().absoluteFilePath(QStringLiteral("sub/d.db")));
        QCOMPARE(*DirectoryLocator::parse(relative->toString()), *relative);

        qputenv("EM_DIRECTORY", m_tmp.filePath(QStringLiteral("env.db")).toUtf8());
        QCOMPARE(DirectoryLocator::defaultLocator().path(), m_tmp.filePath(QStringLiteral("env.db")));
        qunsetenv("EM_DIRECTORY");
    }

private:
    QTemporaryDir m_tmp;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestOrgDirectory both;
        status |= QTest::qExec(&both, argc, argv);
    }
    {
        TestSqliteFile file;
        status |= QTest::qExec(&file, argc, argv);
    }
    return status;
}

#include "tst_orgdirectory.moc"
