// The org directory on real SQLite files: schema, refusals that leave the file
// unchanged, audit rows, locking and the catalog/status tables.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "directory/orgdirectory.h"
#include "model/clock.h"

using namespace em;

// Inside a write body: a failed step ends the body with its error.
#define QVERIFY_RESULT(expression)                                                                                     \
    if (auto result_ = (expression); !result_)                                                                         \
        return fail(result_.error());

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

// A second, raw connection to the same file, as another program would hold it.
class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(db.open());
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

private:
    QString m_name;
};
// Turns a current directory back into schema 2 (details as free text).
bool toSchemaTwo(RawConnection &raw)
{
    return raw.exec(QStringLiteral("DROP TABLE cycle_journal")) // version 4
        && raw.exec(QStringLiteral("ALTER TABLE action_status ADD COLUMN detail TEXT NOT NULL DEFAULT ''"))
        && raw.exec(QStringLiteral("ALTER TABLE action_status DROP COLUMN detail_code"))
        && raw.exec(QStringLiteral("ALTER TABLE action_status DROP COLUMN detail_args"))
        && raw.exec(QStringLiteral("UPDATE schema_version SET version = 2"));
}
} // namespace

class TestOrgDirectory : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_tmp.isValid()); }
    void cleanup() { Clock::reset(); }

    void createsSchemaWithWalAndForeignKeys()
    {
        const QString path = m_tmp.filePath(QStringLiteral("new/sub/d.db"));
        auto dir = OrgDirectory::open(path);
        QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), OrgDirectory::schemaVersion);
        // Foreign keys are on for the directory's own connection: deleting a
        // server removes its block list and statuses.
        QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        QVERIFY((*dir)->updateServer(
            QStringLiteral("EX01"), QStringLiteral("block"),
            [](Server &s) -> Result<void> {
                s.mitigationsBlocked = {QStringLiteral("M1")};
                return {};
            },
            admin));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM server_blocked")).toInt(), 1);
        QVERIFY((*dir)->removeServer(QStringLiteral("ex01"), admin));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM server_blocked")).toInt(), 0);
    }

    void reopenKeepsData()
    {
        const QString path = m_tmp.filePath(QStringLiteral("reopen.db"));
        {
            auto dir = OrgDirectory::open(path);
            QVERIFY(dir);
            QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
            QVERIFY((*dir)->updateOrg(
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

    void refusesForeignSqliteDatabaseUnchanged()
    {
        const QString path = m_tmp.filePath(QStringLiteral("other.db"));
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE photos (id INTEGER)")));
        }
        const QByteArray before = fileHash(path);
        auto dir = OrgDirectory::open(path);
        QVERIFY(!dir);
        QVERIFY2(dir.error().message.contains(QLatin1String("another program")), qPrintable(dir.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void upgradesSchemaOneKeepingData()
    {
        // A directory as the first release wrote it: schema 1, no retired_actions.
        const QString path = m_tmp.filePath(QStringLiteral("v1.db"));
        {
            auto dir = OrgDirectory::open(path);
            QVERIFY(dir);
            QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
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
    }

    void upgradesSchemaTwoKeepingFreeTextDetails()
    {
        // A directory of schema 2: status details as English text.
        const QString path = m_tmp.filePath(QStringLiteral("v2.db"));
        {
            auto dir = OrgDirectory::open(path);
            QVERIFY(dir);
            QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
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
        auto dir = OrgDirectory::open(m_tmp.filePath(QStringLiteral("details.db")));
        QVERIFY(dir);
        QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        const QDateTime now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        const StatusDetail outside
            = StatusDetail::of(StatusDetail::Code::OutsideRange, {QStringLiteral("15.2.1118.7"), QStringLiteral("%2")});
        // The unit separator divides the stored arguments: inside one it is kept as a space.
        const StatusDetail failed
            = StatusDetail::text(QStringLiteral("line 3: ") + QChar(0x1f) + QStringLiteral(" is not allowed"));
        QVERIFY((*dir)->setActionStatuses(QStringLiteral("EX01"),
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
        const QString path = m_tmp.filePath(QStringLiteral("newer.db"));
        {
            auto dir = OrgDirectory::open(path);
            QVERIFY(dir);
            QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        }
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        auto dir = OrgDirectory::open(path);
        QVERIFY(!dir);
        QVERIFY2(dir.error().message.contains(QLatin1String("newer")), qPrintable(dir.error().message));
        QVERIFY2(dir.error().message.contains(QLatin1String("99")), qPrintable(dir.error().message));
        QCOMPARE(fileHash(path), before);
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

    void lockedBeyondBusyTimeoutChangesNothing()
    {
        const QString path = m_tmp.filePath(QStringLiteral("locked.db"));
        auto dir = OrgDirectory::open(path, OrgDirectory::Options {200, true});
        QVERIFY(dir);
        QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));

        RawConnection other(path);
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
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
        QVERIFY2(changed.error().message.contains(path), qPrintable(changed.error().message));
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));

        // Reads still work while locked, and nothing changed.
        auto s = (*dir)->server(QStringLiteral("EX01"));
        QVERIFY(s);
        QCOMPARE(s->mitigationsEnabled, true);
        QCOMPARE((*dir)->audit()->size(), 1); // only add-server
    }

    void duplicateNamesAreCaseInsensitive()
    {
        auto dir = OrgDirectory::open(m_tmp.filePath(QStringLiteral("dup.db")));
        QVERIFY(dir);
        QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
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
        auto dir = OrgDirectory::open(m_tmp.filePath(QStringLiteral("invalid.db")));
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
        auto dir = OrgDirectory::open(m_tmp.filePath(QStringLiteral("audit.db")));
        QVERIFY(dir);
        QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        QVERIFY((*dir)->updateServer(
            QStringLiteral("EX01"), QStringLiteral("set-server"),
            [](Server &s) -> Result<void> {
                s.mitigationsEnabled = false;
                s.internetWebProxy = QStringLiteral("http://proxy.contoso.com:8080");
                return {};
            },
            admin));
        // A change that changes nothing writes no audit row.
        QVERIFY((*dir)->updateServer(
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
        const QString path = m_tmp.filePath(QStringLiteral("appendonly.db"));
        auto dir = OrgDirectory::open(path);
        QVERIFY(dir);
        QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        RawConnection raw(path);
        QVERIFY(!raw.exec(QStringLiteral("UPDATE audit SET who = 'mallory'")));
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM audit")));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT who FROM audit")).toString(), QStringLiteral("alice"));
    }

    void failedChangeRollsBackEverything()
    {
        auto dir = OrgDirectory::open(m_tmp.filePath(QStringLiteral("rollback.db")));
        QVERIFY(dir);
        QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
        QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX02")), admin));
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
        auto dir = OrgDirectory::open(m_tmp.filePath(QStringLiteral("catalog.db")));
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
        QVERIFY((*dir)->acceptFeed(feed, catalog));
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
        auto dir = OrgDirectory::open(m_tmp.filePath(QStringLiteral("cycle.db")));
        QVERIFY(dir);
        QVERIFY((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));
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
        QVERIFY((*dir)->recordCycle(record));
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
        auto dir = OrgDirectory::open(m_tmp.filePath(QStringLiteral("run.db")));
        QVERIFY(dir);
        QVERIFY(!(*dir)->takeRunRequest()->has_value());
        QVERIFY((*dir)->requestRun(admin));
        QVERIFY((*dir)->takeRunRequest()->has_value());
        QVERIFY(!(*dir)->takeRunRequest()->has_value());
        QCOMPARE((*dir)->audit()->last().action, QStringLiteral("run-now"));
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

    void nestedWritesCommitOrRollBackTogether()
    {
        auto dir = OrgDirectory::open(m_tmp.filePath(QStringLiteral("nested.db")));
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
        QVERIFY2(written.error().message.contains(QLatin1String("it was not changed")),
            qPrintable(written.error().message));
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
    QTemporaryDir m_tmp;
};

QTEST_GUILESS_MAIN(TestOrgDirectory)
#include "tst_orgdirectory.moc"
