// The cycle against real lab servers (real Exchange 2019 IIS files edited in
// place) and a real directory file: statuses for every policy combination,
// idempotence, drift repair, failures that stop nothing else, obsolete
// actions, rollback, dry runs, events and the run log.

#include <future>

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include "directory/leasestore.h"
#include "directory/statusstore.h"
#include "engine/cycle.h"
#include "engine/operations/operations.h"
#include "engine/planner.h"
#include "engine/rollback.h"
#include "enginefixture.h"
#include "faults.h"
#include "host/fileaccess.h"

using namespace em;
using namespace em::test;

Q_DECLARE_METATYPE(em::ActionStatus)

class TestCycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<OrgDirectory> m_dir;
    QString m_dirPath;
    int m_serial = 0;

    // A lab server registered in the directory; returns its root.
    QString addLabServer(const QString &name, const QString &build = QStringLiteral("15.2.1118.7"),
        ServerRole role = ServerRole::Mailbox)
    {
        const QString root = m_tmp.filePath(QStringLiteral("labs%1/%2").arg(m_serial).arg(name));
        auto lab = createLabServer(root, LabServerOptions {{}, name});
        if (!lab) {
            qWarning() << lab.error().message;
            return {};
        }
        Server s;
        s.name = name;
        s.build = *Build::parse(build);
        s.role = role;
        s.host = lab->locator;
        if (!m_dir->addServer(s, admin))
            return {};
        return lab->root;
    }

    QHash<QString, ActionStatusRecord> statusesOf(const QString &server)
    {
        QHash<QString, ActionStatusRecord> map;
        const auto records = m_dir->actionStatuses(server);
        for (const ActionStatusRecord &r : *records)
            map.insert(r.actionId, r);
        return map;
    }

    Result<CycleReport> run(const QString &identity = {}, bool dryRun = false)
    {
        CycleOptions options;
        options.identity = identity;
        options.dryRun = dryRun;
        return runCycle(*m_dir, options);
    }

    // Reopens the test's directory (or a new one at `path`, given the test
    // catalog) with a short busy timeout, as $EM_BUSY_TIMEOUT_MS would.
    void reopen(const QString &path = {}, int busyTimeoutMs = 200)
    {
        m_dir.reset();
        const bool fresh = !path.isEmpty();
        if (fresh)
            m_dirPath = path;
        auto dir = OrgDirectory::open(m_dirPath, {busyTimeoutMs, true});
        QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
        m_dir = std::move(*dir);
        if (fresh)
            QVERIFY(acceptCatalog(*m_dir, testCatalog(), QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC)));
    }

    // A cycle on a thread of its own with its own directory connection (as
    // the service runs it), so that the test can act while it works.
    std::future<Result<CycleReport>> runInBackground(
        const std::function<void(int, int, const QString &)> &progress = {})
    {
        const QString path = m_dirPath;
        return std::async(std::launch::async, [path, progress]() -> Result<CycleReport> {
            auto dir = OrgDirectory::open(path, {200, false});
            if (!dir)
                return fail(dir.error());
            CycleOptions options;
            options.progress = progress;
            return runCycle(**dir, options);
        });
    }

    // Until the cycle has written its intent for `server` to the journal:
    // from then on it may touch the server's host.
    bool waitForIntent(const QString &server)
    {
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            if (auto intent = m_dir->statusStore().intent(server); intent && *intent)
                return true;
            QThread::msleep(10);
        }
        return false;
    }

    // Holds the lock a host takes to change a server: the cycle's host work
    // waits for it (after its intent is written) until it is released.
    static std::unique_ptr<host::FileLock> holdHostLock(const QString &root)
    {
        auto files = host::localFileAccess(root);
        if (!files->makeDirectories(QStringLiteral("EmConsole")))
            return nullptr;
        auto lock = files->tryLock(QStringLiteral("EmConsole/host.lock"));
        return lock ? std::move(*lock) : nullptr;
    }

    int eventCount(const QString &server, int id)
    {
        return int(m_dir->events(EventFilter {server, {}, id, 0})->size());
    }

    void setServer(const QString &name, const std::function<void(Server &)> &change)
    {
        QVERIFY(m_dir->updateServer(
            name, QStringLiteral("set-server"),
            [&](Server &s) -> Result<void> {
                change(s);
                return {};
            },
            admin));
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        ++m_serial;
        m_dir.reset();
        m_dirPath = m_tmp.filePath(QStringLiteral("dir%1/directory.db").arg(m_serial));
        auto dir = OrgDirectory::open(m_dirPath);
        QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
        m_dir = std::move(*dir);
        QVERIFY(acceptCatalog(*m_dir, testCatalog(), QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC)));
    }

    void cleanup()
    {
        m_dir.reset();
        Clock::reset();
    }

    void firstCycleAppliesEverythingDue()
    {
        const QString root = addLabServer(QStringLiteral("EX01"));
        QVERIFY(!root.isEmpty());
        const QByteArray siteBefore = readFile(root + QLatin1Char('/') + siteWebConfig);
        QVERIFY(!siteBefore.isEmpty());

        auto report = run();
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->servers.size(), 1);
        const auto st = statusesOf(QStringLiteral("EX01"));
        for (const char *id : {"PING1", "M1.1", "M2.1", "M3.1", "M4.1", "M5.1"}) {
            const QString key = QString::fromLatin1(id);
            QVERIFY2(st.contains(key), id);
            QVERIFY2(st.value(key).status == ActionStatus::Applied,
                qPrintable(key + QStringLiteral(": ") + statusName(st.value(key).status) + QLatin1Char(' ')
                    + st.value(key).detail.render()));
            QVERIFY(st.value(key).appliedAt.isValid());
        }

        // The rules are in the real files, once each, and the files still parse.
        bool ok = false;
        QCOMPARE(countNamed(readFile(root + QLatin1Char('/') + siteWebConfig),
                     QStringLiteral("EEMS M1.1 PowerShell - inbound"), &ok),
            1);
        QVERIFY(ok);
        QCOMPARE(countNamed(readFile(root + QLatin1Char('/') + owaWebConfig),
                     QStringLiteral("EEMS M2.1 OWA header - outbound"), &ok),
            1);
        QVERIFY(ok);
        QCOMPARE(countNamed(readFile(root + QLatin1Char('/') + appHostConfig),
                     QStringLiteral("EEMS M5.1 Server - inbound"), &ok),
            1);
        QVERIFY(ok);

        // The service and app pool are disabled on the host.
        auto host = ServerHost::create(QStringLiteral("dir:") + root);
        QVERIFY(host);
        QCOMPARE((*host)->serviceStatus(QStringLiteral("MSExchangeIMAP4"))->startType, ServiceStartType::Disabled);
        QCOMPARE((*host)->serviceStatus(QStringLiteral("MSExchangeIMAP4"))->state, RunState::Stopped);
        QCOMPARE((*host)->appPoolStatus(QStringLiteral("MSExchangeOWACalendarAppPool"))->autoStart, false);

        // Server record, events and log.
        const Server ex01 = *m_dir->server(QStringLiteral("EX01"));
        QCOMPARE(ex01.mitigationsApplied.size(), 6);
        QVERIFY(ex01.mitigationsAppliedTime.isValid());
        QVERIFY(ex01.lastCheck.isValid());
        QVERIFY2(ex01.lastResult.startsWith(QLatin1String("Success: 6 applied")), qPrintable(ex01.lastResult));
        QCOMPARE(m_dir->events(EventFilter {QStringLiteral("EX01"), {}, EventActionApplied, 0})->size(), 6);
        QCOMPARE(m_dir->events(EventFilter {QStringLiteral("EX01"), {}, EventCycleFinished, 0})->size(), 1);
        QVERIFY(QFileInfo(report->logFile).isFile());
        QVERIFY(report->logFile.startsWith(
            QFileInfo(m_dirPath).absolutePath() + QStringLiteral("/Logging/MitigationService/")));
        const QByteArray log = readFile(report->logFile);
        QVERIFY(log.contains("[EX01] Success: 6 applied"));
        QVERIFY(log.contains("M1.1 Applied"));
    }

    void secondCycleChangesNothing()
    {
        const QString root = addLabServer(QStringLiteral("EX01"));
        QVERIFY(run());
        const auto hashes = configHashes(root);
        const auto mtimes = QFileInfo(root + QLatin1Char('/') + siteWebConfig).lastModified();
        const int backups = QDir(root + QStringLiteral("/EmConsole/backups")).entryList(QDir::Files).size()
            + int(QDirIterator(root + QStringLiteral("/EmConsole/backups"), QDir::Files, QDirIterator::Subdirectories)
                      .hasNext());
        const auto before = statusesOf(QStringLiteral("EX01"));

        auto report = run();
        QVERIFY(report);
        QCOMPARE(configHashes(root), hashes);
        QCOMPARE(QFileInfo(root + QLatin1Char('/') + siteWebConfig).lastModified(), mtimes);
        QCOMPARE(QDir(root + QStringLiteral("/EmConsole/backups")).entryList(QDir::Files).size()
                + int(
                    QDirIterator(root + QStringLiteral("/EmConsole/backups"), QDir::Files, QDirIterator::Subdirectories)
                        .hasNext()),
            backups);
        QVERIFY2(report->servers.first().result.endsWith(QLatin1String("no change")),
            qPrintable(report->servers.first().result));
        QVERIFY(!report->servers.first().changed);
        const auto after = statusesOf(QStringLiteral("EX01"));
        for (auto it = before.begin(); it != before.end(); ++it) {
            QCOMPARE(after.value(it.key()).status, it->status);
            QCOMPARE(after.value(it.key()).changedAt, it->changedAt);
            QCOMPARE(after.value(it.key()).appliedAt, it->appliedAt);
        }
        QCOMPARE(m_dir->events(EventFilter {QStringLiteral("EX01"), {}, EventActionApplied, 0})->size(), 6);
    }

    void ruleRemovedByHandComesBack()
    {
        const QString root = addLabServer(QStringLiteral("EX01"));
        const QString site = root + QLatin1Char('/') + siteWebConfig;
        const QByteArray original = readFile(site);
        QVERIFY(run());
        const QByteArray applied = readFile(site);
        QVERIFY(applied != original);

        QVERIFY(writeFile(site, original)); // an admin removes the rule by hand
        auto report = run();
        QVERIFY(report);
        QCOMPARE(readFile(site), applied);
        const ActionStatusRecord m11 = statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1"));
        QCOMPARE(m11.status, ActionStatus::Applied);
        QVERIFY2(
            m11.detail.render().contains(QLatin1String("removed outside EM Console")), qPrintable(m11.detail.render()));
        QCOMPARE(m_dir->events(EventFilter {QStringLiteral("EX01"), {}, EventActionApplied, 0})->size(), 7);
    }

    void statuses_data()
    {
        QTest::addColumn<bool>("orgEnabled");
        QTest::addColumn<bool>("serverEnabled");
        QTest::addColumn<QStringList>("blocked");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("build");
        QTest::addColumn<ActionStatus>("ping");
        QTest::addColumn<ActionStatus>("m1");
        QTest::addColumn<ActionStatus>("m4");

        const QStringList none;
        const QString mbx = QStringLiteral("Mailbox");
        const QString edge = QStringLiteral("EdgeTransport");
        const QString cu12 = QStringLiteral("15.2.1118.7"); // in M1's range
        const QString cu13 = QStringLiteral("15.2.1258.12"); // above M1's range
        const QString e2016 = QStringLiteral("15.1.2507.6"); // CU23, in range
        const QString e2013 = QStringLiteral("15.0.1497.2"); // no EM service
        using S = ActionStatus;

        QTest::newRow("all on") << true << true << none << mbx << cu12 << S::Applied << S::Applied << S::Applied;
        QTest::newRow("2016 CU23") << true << true << none << mbx << e2016 << S::Applied << S::Applied << S::Applied;
        QTest::newRow("build above M1") << true << true << none << mbx << cu13 << S::Applied << S::NotApplicable
                                        << S::Applied;
        QTest::newRow("2013") << true << true << none << mbx << e2013 << S::NotApplicable << S::NotApplicable
                              << S::NotApplicable;
        QTest::newRow("org off") << false << true << none << mbx << cu12 << S::Disabled << S::Disabled << S::Disabled;
        QTest::newRow("server off") << true << false << none << mbx << cu12 << S::Disabled << S::Disabled
                                    << S::Disabled;
        QTest::newRow("both off") << false << false << none << mbx << cu12 << S::Disabled << S::Disabled << S::Disabled;
        QTest::newRow("block M1") << true << true << QStringList {QStringLiteral("M1")} << mbx << cu12 << S::Applied
                                  << S::Blocked << S::Applied;
        QTest::newRow("block M4.1") << true << true << QStringList {QStringLiteral("M4.1")} << mbx << cu12 << S::Applied
                                    << S::Applied << S::Blocked;
        QTest::newRow("block while org off") << false << true << QStringList {QStringLiteral("M1")} << mbx << cu12
                                             << S::Disabled << S::Blocked << S::Disabled;
        QTest::newRow("edge") << true << true << none << edge << cu12 << S::NotApplicable << S::NotApplicable
                              << S::NotApplicable;
        QTest::newRow("edge blocked") << true << true << QStringList {QStringLiteral("M1")} << edge << cu12
                                      << S::NotApplicable << S::NotApplicable << S::NotApplicable;
    }

    void statuses()
    {
        QFETCH(bool, orgEnabled);
        QFETCH(bool, serverEnabled);
        QFETCH(QStringList, blocked);
        QFETCH(QString, role);
        QFETCH(QString, build);
        QFETCH(ActionStatus, ping);
        QFETCH(ActionStatus, m1);
        QFETCH(ActionStatus, m4);

        const QString root = addLabServer(QStringLiteral("EX01"), build, *parseRole(role));
        QVERIFY(!root.isEmpty());
        const auto pristine = configHashes(root);
        QVERIFY(m_dir->updateOrg(
            [&](OrgConfig &o) -> Result<void> {
                o.mitigationsEnabled = orgEnabled;
                return {};
            },
            admin));
        setServer(QStringLiteral("EX01"), [&](Server &s) {
            s.mitigationsEnabled = serverEnabled;
            s.mitigationsBlocked = blocked;
        });
        QVERIFY(run());
        const auto st = statusesOf(QStringLiteral("EX01"));
        QCOMPARE(st.value(QStringLiteral("PING1")).status, ping);
        QCOMPARE(st.value(QStringLiteral("M1.1")).status, m1);
        QCOMPARE(st.value(QStringLiteral("M4.1")).status, m4);
        // Nothing that is not Applied touched a file.
        if (m1 != ActionStatus::Applied && st.value(QStringLiteral("M2.1")).status != ActionStatus::Applied)
            QCOMPARE(configHashes(root), pristine);
        // Blocked actions are reported with event 1007.
        const int blockedEvents
            = m_dir->events(EventFilter {QStringLiteral("EX01"), {}, EventActionBlocked, 0})->size();
        QCOMPARE(blockedEvents > 0, m1 == ActionStatus::Blocked || m4 == ActionStatus::Blocked);
    }

    void oneFailureStopsNothingElse()
    {
        const QString good = addLabServer(QStringLiteral("EX01"));
        const QString readOnly = addLabServer(QStringLiteral("EX02"));
        const QString malformed = addLabServer(QStringLiteral("EX03"));
        QVERIFY(!good.isEmpty() && !readOnly.isEmpty() && !malformed.isEmpty());
        // EX02: the site's web.config is read-only.
        QVERIFY(QFile::setPermissions(
            readOnly + QLatin1Char('/') + siteWebConfig, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        // EX03: the OWA web.config is not XML any more.
        const QString broken = malformed + QLatin1Char('/') + owaWebConfig;
        QByteArray bytes = readFile(broken);
        bytes.replace("</configuration>", "</configuratio");
        QVERIFY(writeFile(broken, bytes));
        // EX04: registered without any host.
        Server noHost;
        noHost.name = QStringLiteral("EX04");
        noHost.build = Build(15, 2, 1118, 7);
        QVERIFY(m_dir->addServer(noHost, admin));

        const auto readOnlyBefore = configHashes(readOnly);
        auto report = run();
        QVERIFY(report);
        QCOMPARE(report->servers.size(), 4);

        auto st = statusesOf(QStringLiteral("EX01"));
        QCOMPARE(st.value(QStringLiteral("M1.1")).status, ActionStatus::Applied);
        QCOMPARE(st.value(QStringLiteral("M2.1")).status, ActionStatus::Applied);

        st = statusesOf(QStringLiteral("EX02"));
        QCOMPARE(st.value(QStringLiteral("M1.1")).status, ActionStatus::Failed);
        QVERIFY2(st.value(QStringLiteral("M1.1")).detail.render().contains(QLatin1String("read-only")),
            qPrintable(st.value(QStringLiteral("M1.1")).detail.render()));
        QVERIFY(st.value(QStringLiteral("M1.1")).detail.render().contains(QLatin1String("web.config")));
        QCOMPARE(st.value(QStringLiteral("M2.1")).status, ActionStatus::Applied);
        QCOMPARE(st.value(QStringLiteral("M4.1")).status, ActionStatus::Applied);
        QCOMPARE(readFile(readOnly + QLatin1Char('/') + siteWebConfig).size() > 0, true);
        QCOMPARE(configHashes(readOnly).value(siteWebConfig), readOnlyBefore.value(siteWebConfig));

        st = statusesOf(QStringLiteral("EX03"));
        QCOMPARE(st.value(QStringLiteral("M2.1")).status, ActionStatus::Failed);
        QVERIFY(!st.value(QStringLiteral("M2.1")).detail.isEmpty());
        QCOMPARE(st.value(QStringLiteral("M1.1")).status, ActionStatus::Applied);
        QCOMPARE(readFile(broken), bytes); // left as it was

        st = statusesOf(QStringLiteral("EX04"));
        QCOMPARE(st.value(QStringLiteral("PING1")).status, ActionStatus::Applied);
        QCOMPARE(st.value(QStringLiteral("M1.1")).status, ActionStatus::Failed);
        QVERIFY(st.value(QStringLiteral("M1.1")).detail.render().contains(QLatin1String("no host")));

        // Event 1008 for each failure, naming the server.
        const auto errors = *m_dir->events(EventFilter {{}, {}, EventError, 0});
        QVERIFY(errors.size() >= 3);
        QStringList servers;
        for (const Event &e : errors)
            servers << e.server;
        QVERIFY(servers.contains(QStringLiteral("EX02")));
        QVERIFY(servers.contains(QStringLiteral("EX03")));
        QVERIFY(servers.contains(QStringLiteral("EX04")));
        QVERIFY(!servers.contains(QStringLiteral("EX01")));
        QVERIFY(m_dir->server(QStringLiteral("EX02"))->lastResult.startsWith(QLatin1String("Failed")));
        QCOMPARE(report->failedServers(), 3);
    }

    void missingSiteFails()
    {
        Catalog c = testCatalog();
        c.mitigations[1].actions[0].target = QStringLiteral("No Such Site");
        QVERIFY(acceptCatalog(*m_dir, c, QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC)));
        addLabServer(QStringLiteral("EX01"));
        QVERIFY(run());
        const ActionStatusRecord m11 = statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1"));
        QCOMPARE(m11.status, ActionStatus::Failed);
        QVERIFY2(m11.detail.render().contains(QLatin1String("No Such Site")), qPrintable(m11.detail.render()));
        QCOMPARE(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M2.1")).status, ActionStatus::Applied);
    }

    void updatedBuildMakesActionObsoleteAndRollbackRestoresBytes()
    {
        const QString root = addLabServer(QStringLiteral("EX01"));
        const QString site = root + QLatin1Char('/') + siteWebConfig;
        const QByteArray original = readFile(site);
        QVERIFY(run());
        setServer(QStringLiteral("EX01"), [](Server &s) { s.build = Build(15, 2, 1118, 20); }); // Nov22SU
        QVERIFY(run());
        ActionStatusRecord m11 = statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1"));
        QCOMPARE(m11.status, ActionStatus::Obsolete);
        QVERIFY(m11.detail.render().contains(QLatin1String("roll back")));
        QVERIFY(!m_dir->server(QStringLiteral("EX01"))->mitigationsApplied.contains(QStringLiteral("M1.1")));
        QVERIFY(readFile(site) != original); // server-side rules stay until removed

        auto rolled = rollbackAction(*m_dir, QStringLiteral("EX01"), QStringLiteral("M1.1"), admin);
        QVERIFY2(rolled, qPrintable(rolled ? QString() : rolled.error().message));
        QCOMPARE(rolled->rolledBack, QStringList {QStringLiteral("M1.1")});
        QVERIFY(rolled->blocked.isEmpty()); // not due any more: no need to block
        QCOMPARE(readFile(site), original);
        m11 = statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1"));
        QCOMPARE(m11.status, ActionStatus::NotApplicable);
        QVERIFY(!m11.appliedAt.isValid());
        QVERIFY(run()); // stays rolled back
        QCOMPARE(readFile(site), original);
    }

    void actionsDroppedFromTheFeedCanBeRolledBack()
    {
        const QString root = addLabServer(QStringLiteral("EX01"));
        const auto pristine = configHashes(root);
        auto host = *ServerHost::create(QStringLiteral("dir:") + root);
        const auto imapBefore = *host->serviceStatus(QStringLiteral("MSExchangeIMAP4"));
        QVERIFY(run());
        QCOMPARE(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1")).status, ActionStatus::Applied);
        QCOMPARE(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M4.1")).status, ActionStatus::Applied);

        // A newer feed without M1 and M4.
        Catalog newer = testCatalog();
        newer.mitigations.removeIf(
            [](const Mitigation &m) { return m.id == QLatin1String("M1") || m.id == QLatin1String("M4"); });
        QVERIFY(acceptCatalog(*m_dir, newer, QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC)));
        QVERIFY(run());
        for (const QString &id : {QStringLiteral("M1.1"), QStringLiteral("M4.1")}) {
            const ActionStatusRecord r = statusesOf(QStringLiteral("EX01")).value(id);
            QCOMPARE(r.status, ActionStatus::Obsolete);
            QVERIFY2(r.detail.render().contains(QLatin1String("no longer in the feed")), qPrintable(r.detail.render()));
        }
        QVERIFY(configHashes(root).value(siteWebConfig) != pristine.value(siteWebConfig));
        // The report still names what they are.
        QHash<QString, MitigationRow> rows;
        QVERIFY(m_dir->mitigationRows(QStringLiteral("EX01"), [&](const MitigationRow &r) {
            rows.insert(r.id, r);
            return true;
        }));
        QCOMPARE(rows.value(QStringLiteral("M1.1")).type, QStringLiteral("UrlRewrite"));
        QCOMPARE(rows.value(QStringLiteral("M4.1")).type, QStringLiteral("DisableService"));

        // Rolled back from the kept definitions: the files and the service as they were.
        auto rolled = rollbackAction(*m_dir, QStringLiteral("EX01"), QStringLiteral("M1"), admin);
        QVERIFY2(rolled, qPrintable(rolled ? QString() : rolled.error().message));
        QCOMPARE(rolled->rolledBack, QStringList {QStringLiteral("M1.1")});
        rolled = rollbackAction(*m_dir, QStringLiteral("EX01"), QStringLiteral("M4.1"), admin);
        QVERIFY2(rolled, qPrintable(rolled ? QString() : rolled.error().message));
        QCOMPARE(configHashes(root).value(siteWebConfig), pristine.value(siteWebConfig));
        QCOMPARE(host->serviceStatus(QStringLiteral("MSExchangeIMAP4"))->startType, imapBefore.startType);
        QVERIFY(!statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1")).appliedAt.isValid());

        // Once no server has them in place, the next feed forgets them, and
        // the next cycle drops their rows.
        QVERIFY(run());
        QVERIFY(!statusesOf(QStringLiteral("EX01")).contains(QStringLiteral("M1.1")));
        QVERIFY(acceptCatalog(*m_dir, newer, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)));
        QVERIFY(m_dir->catalog()->retired.isEmpty());
    }

    void droppedActionWithoutDefinitionIsRefusedUntouched()
    {
        // An action applied before the directory kept definitions (schema 1):
        // the rollback is refused, and nothing changes.
        const QString root = addLabServer(QStringLiteral("EX01"));
        QVERIFY(run());
        Catalog newer = testCatalog();
        newer.mitigations.removeIf([](const Mitigation &m) { return m.id == QLatin1String("M1"); });
        QVERIFY(acceptCatalog(*m_dir, newer, QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC)));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(m_dirPath);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM retired_actions")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(run());
        const auto before = configHashes(root);
        const ActionStatusRecord recorded = statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1"));
        QCOMPARE(recorded.status, ActionStatus::Obsolete);

        auto rolled = rollbackAction(*m_dir, QStringLiteral("EX01"), QStringLiteral("M1.1"), admin);
        QVERIFY(!rolled);
        QCOMPARE(rolled.error().code, ErrorCode::NotFound);
        QVERIFY2(rolled.error().message.contains(QLatin1String("M1.1 is no longer in the accepted feed")),
            qPrintable(rolled.error().message));
        QCOMPARE(configHashes(root), before);
        const ActionStatusRecord after = statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1"));
        QCOMPARE(after.status, ActionStatus::Obsolete);
        QCOMPARE(after.appliedAt, recorded.appliedAt);
    }

    void rollbackOfDueActionBlocksIt()
    {
        const QString root = addLabServer(QStringLiteral("EX01"));
        const auto pristine = configHashes(root);
        const auto imapBefore
            = *(*ServerHost::create(QStringLiteral("dir:") + root))->serviceStatus(QStringLiteral("MSExchangeIMAP4"));
        QVERIFY(run());
        for (const QString &id : {QStringLiteral("M1"), QStringLiteral("M2.1"), QStringLiteral("M5.1")}) {
            auto rolled = rollbackAction(*m_dir, QStringLiteral("ex01"), id, admin);
            QVERIFY2(rolled, qPrintable(rolled ? QString() : rolled.error().message));
        }
        QCOMPARE(configHashes(root).value(siteWebConfig), pristine.value(siteWebConfig));
        QCOMPARE(configHashes(root).value(owaWebConfig), pristine.value(owaWebConfig));
        QCOMPARE(configHashes(root).value(appHostConfig) == pristine.value(appHostConfig), false); // M3.1 autoStart
        const Server ex01 = *m_dir->server(QStringLiteral("EX01"));
        QCOMPARE(ex01.mitigationsBlocked,
            (QStringList {QStringLiteral("M1.1"), QStringLiteral("M2.1"), QStringLiteral("M5.1")}));
        // The next cycle leaves them alone.
        QVERIFY(run());
        QCOMPARE(configHashes(root).value(siteWebConfig), pristine.value(siteWebConfig));
        QCOMPARE(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1")).status, ActionStatus::Blocked);
        // Rolling back M3 and M4 gives the pristine applicationHost.config and service back.
        QVERIFY(rollbackAction(*m_dir, QStringLiteral("EX01"), QStringLiteral("M3.1"), admin));
        QVERIFY(rollbackAction(*m_dir, QStringLiteral("EX01"), QStringLiteral("M4"), admin));
        QCOMPARE(configHashes(root), pristine);
        auto host = ServerHost::create(ex01.host);
        QCOMPARE((*host)->serviceStatus(QStringLiteral("MSExchangeIMAP4"))->startType, imapBefore.startType);
        QCOMPARE((*host)->serviceStatus(QStringLiteral("MSExchangeIMAP4"))->state, imapBefore.state);

        int rollbackRows = 0;
        const auto audit = m_dir->audit();
        for (const AuditEntry &e : *audit)
            rollbackRows += e.action == QLatin1String("rollback") && e.property != QLatin1String("MitigationsBlocked");
        QCOMPARE(rollbackRows, 5);

        auto nothing = rollbackAction(*m_dir, QStringLiteral("EX01"), QStringLiteral("M1.1"), admin);
        QVERIFY(!nothing);
        QVERIFY(nothing.error().message.contains(QLatin1String("not applied")));
    }

    void dryRunChangesNothing()
    {
        const QString root = addLabServer(QStringLiteral("EX01"));
        const auto pristine = configHashes(root);
        auto report = run({}, true);
        QVERIFY(report);
        QCOMPARE(configHashes(root), pristine);
        QVERIFY(report->logFile.isEmpty());
        QVERIFY(m_dir->actionStatuses(QStringLiteral("EX01"))->isEmpty());
        QVERIFY(m_dir->events()->isEmpty());
        int wouldApply = 0;
        for (const ActionOutcome &a : report->servers.first().actions)
            wouldApply += a.change.startsWith(QLatin1String("would apply"));
        QCOMPARE(wouldApply, 5); // every action but the heartbeat touches the host
    }

    void outdatedRuleIsReplaced()
    {
        const QString root = addLabServer(QStringLiteral("EX01"));
        QVERIFY(run());
        Catalog c = testCatalog();
        c.mitigations[1].actions[0].rulesXml.replace(QStringLiteral("AbortRequest"), QStringLiteral("CustomResponse"));
        QVERIFY(acceptCatalog(*m_dir, c, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)));
        QVERIFY(run());
        const ActionStatusRecord m11 = statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1"));
        QCOMPARE(m11.status, ActionStatus::Applied);
        const QByteArray site = readFile(root + QLatin1Char('/') + siteWebConfig);
        QVERIFY(site.contains("CustomResponse"));
        QCOMPARE(countNamed(site, QStringLiteral("EEMS M1.1 PowerShell - inbound")), 1);
        const auto applied = *m_dir->events(EventFilter {QStringLiteral("EX01"), {}, EventActionApplied, 0});
        QVERIFY2(applied.last().message.contains(QLatin1String("M1.1")), qPrintable(applied.last().message));
        QVERIFY2(applied.last().message.contains(QLatin1String("differ"))
                || applied.last().message.contains(QLatin1String("replace")),
            qPrintable(applied.last().message));
    }

    void cancelFinishesTheServerInProgress()
    {
        addLabServer(QStringLiteral("EX01"));
        addLabServer(QStringLiteral("EX02"));
        addLabServer(QStringLiteral("EX03"));
        std::atomic<bool> cancel {false};
        CycleOptions options;
        options.cancel = &cancel;
        options.progress = [&](int done, int, const QString &) {
            if (done == 1)
                cancel = true; // asked to stop while EX02 starts
        };
        auto report = runCycle(*m_dir, options);
        QVERIFY(report);
        QVERIFY(report->cancelled);
        QCOMPARE(report->servers.size(), 2); // EX01 and the one in progress
        QCOMPARE(statusesOf(QStringLiteral("EX02")).value(QStringLiteral("M1.1")).status, ActionStatus::Applied);
        QVERIFY(statusesOf(QStringLiteral("EX03")).isEmpty());
    }

    void freeTextDetailOfAnOlderDirectoryKeepsItsTime()
    {
        // A directory written before details were coded holds English text;
        // the cycle records the coded detail, and the status keeps its time.
        addLabServer(QStringLiteral("EX01"));
        setServer(QStringLiteral("EX01"), [](Server &s) { s.mitigationsBlocked = {QStringLiteral("M2")}; });
        const QDateTime then(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        Clock::setFixed(then);
        QVERIFY(run());
        ActionStatusRecord m21 = statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M2.1"));
        QCOMPARE(m21.detail, StatusDetail::of(StatusDetail::Code::Blocked));
        m21.detail = StatusDetail::text(QStringLiteral("blocked by an administrator"));
        QVERIFY(m_dir->setActionStatus(m21));

        Clock::setFixed(then.addDays(1));
        QVERIFY(run());
        const ActionStatusRecord after = statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M2.1"));
        QCOMPARE(after.detail, StatusDetail::of(StatusDetail::Code::Blocked));
        QCOMPARE(after.changedAt, then);
    }

    void refreshShowsBlockAtOnce()
    {
        addLabServer(QStringLiteral("EX01"));
        QVERIFY(run());
        setServer(QStringLiteral("EX01"), [](Server &s) { s.mitigationsBlocked = {QStringLiteral("M2")}; });
        QVERIFY(refreshPlannedStatuses(*m_dir, QStringLiteral("EX01")));
        // M2.1 is in place: Applied, and the detail says the block stops further changes.
        const ActionStatusRecord m21 = statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M2.1"));
        QCOMPARE(m21.status, ActionStatus::Applied);
        QCOMPARE(m21.detail, StatusDetail::of(StatusDetail::Code::InPlaceBlocked));
        QCOMPARE(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1")).status, ActionStatus::Applied);
        QVERIFY(m_dir->server(QStringLiteral("EX01"))->mitigationsApplied.contains(QStringLiteral("M2.1")));
    }

    // What get-server, Get-Mitigations, the server's counts and the cycle
    // report say is applied on a server: one list, all four the same.
    void appliedEverywhereIs(const QStringList &expected)
    {
        const Server server = *m_dir->server(QStringLiteral("EX01"));
        QCOMPARE(server.mitigationsApplied, expected);
        QStringList report;
        QVERIFY(m_dir->mitigationRows(QStringLiteral("EX01"), [&report](const MitigationRow &r) {
            if (r.status == statusName(ActionStatus::Applied))
                report << r.id;
            return true;
        }));
        QCOMPARE(report, expected);
        QCOMPARE(m_dir->serverSummary(QStringLiteral("EX01"))->counts.applied, int(expected.size()));
        QCOMPARE(m_dir->serverSummaries()->first().counts.applied, int(expected.size()));
        QCOMPARE(m_dir->serverSummaries()->first().server.mitigationsApplied, expected);
    }

    void stoppedActionsStayInMitigationsApplied_data()
    {
        QTest::addColumn<QString>("stop");
        QTest::addColumn<StatusDetail>("detail");
        QTest::addColumn<QStringList>("stopped"); // the actions the switch or block stops
        QTest::addColumn<ActionStatus>("afterRollback"); // M1.1 once rolled back
        const QStringList all = {QStringLiteral("M1.1"), QStringLiteral("M2.1"), QStringLiteral("M3.1"),
            QStringLiteral("M4.1"), QStringLiteral("M5.1"), QStringLiteral("PING1")};
        QTest::newRow("org off") << "org" << StatusDetail::of(StatusDetail::Code::InPlaceDisabledForOrg) << all
                                 << ActionStatus::Disabled;
        QTest::newRow("server off") << "server" << StatusDetail::of(StatusDetail::Code::InPlaceDisabledOnServer) << all
                                    << ActionStatus::Disabled;
        QTest::newRow("blocked, not rolled back") << "block" << StatusDetail::of(StatusDetail::Code::InPlaceBlocked)
                                                  << QStringList {QStringLiteral("M1.1")} << ActionStatus::Blocked;
    }

    void stoppedActionsStayInMitigationsApplied()
    {
        QFETCH(QString, stop);
        QFETCH(StatusDetail, detail);
        QFETCH(QStringList, stopped);
        QFETCH(ActionStatus, afterRollback);
        const QString root = addLabServer(QStringLiteral("EX01"));
        const QString site = root + QLatin1Char('/') + siteWebConfig;
        const QString rule = QStringLiteral("EEMS M1.1 PowerShell - inbound");
        QVERIFY(run());
        const QStringList applied = m_dir->server(QStringLiteral("EX01"))->mitigationsApplied;
        QCOMPARE(applied.size(), 6);

        if (stop == QLatin1String("org")) {
            QVERIFY(m_dir->updateOrg(
                [](OrgConfig &o) -> Result<void> {
                    o.mitigationsEnabled = false;
                    return {};
                },
                admin));
        } else if (stop == QLatin1String("server")) {
            setServer(QStringLiteral("EX01"), [](Server &s) { s.mitigationsEnabled = false; });
        } else {
            setServer(QStringLiteral("EX01"), [](Server &s) { s.mitigationsBlocked = {QStringLiteral("M1")}; });
        }
        auto report = run();
        QVERIFY(report);
        QCOMPARE(report->counts().applied, 6);
        QCOMPARE(countNamed(readFile(site), rule), 1); // the change is still on the server
        appliedEverywhereIs(applied);
        const auto st = statusesOf(QStringLiteral("EX01"));
        for (const QString &id : applied) {
            QCOMPARE(st.value(id).status, ActionStatus::Applied);
            if (stopped.contains(id)) {
                QCOMPARE(st.value(id).detail, detail);
                QVERIFY2(st.value(id).detail.render().contains(QLatin1String("stops further changes")),
                    qPrintable(st.value(id).detail.render()));
            } else {
                QVERIFY(st.value(id).detail != detail);
            }
        }
        // A blocked action is still skipped, and said so.
        QCOMPARE(m_dir->events(EventFilter {QStringLiteral("EX01"), {}, EventActionBlocked, 0})->size(),
            stop == QLatin1String("block") ? 1 : 0);

        // Only a rollback takes it off the list; the next cycle leaves it off.
        auto rolled = rollbackAction(*m_dir, QStringLiteral("EX01"), QStringLiteral("M1.1"), admin);
        QVERIFY2(rolled, qPrintable(rolled ? QString() : rolled.error().message));
        QVERIFY(rolled->blocked.isEmpty()); // the policy already stops it
        QCOMPARE(countNamed(readFile(site), rule), 0);
        QStringList rest = applied;
        rest.removeOne(QStringLiteral("M1.1"));
        appliedEverywhereIs(rest);
        QCOMPARE(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1")).status, afterRollback);
        QVERIFY(run());
        appliedEverywhereIs(rest);
        QCOMPARE(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1")).status, afterRollback);
        QCOMPARE(countNamed(readFile(site), rule), 0);
    }
    // ---- What was done is what is recorded (issue 12, section 3) ----

    // A directory locked by another writer when the cycle starts: no server
    // is touched, since the cycle cannot record what it is about to do.
    void lockedDirectoryLeavesEveryServerUntouched()
    {
        const QString root1 = addLabServer(QStringLiteral("EX01"));
        const QString root2 = addLabServer(QStringLiteral("EX02"));
        reopen();
        const auto before1 = configHashes(root1);
        const auto before2 = configHashes(root2);
        test::DirectoryWriteLock writer(m_dirPath);
        QVERIFY2(writer.held(), qPrintable(writer.error()));

        auto report = run();
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->servers.size(), 2);
        for (const ServerOutcome &s : report->servers) {
            QVERIFY(s.directoryFailed);
            QVERIFY(!s.unrecorded);
            QVERIFY2(s.error.startsWith(s.server
                         + QStringLiteral(" was not touched: the org directory could not "
                                          "record what the cycle was about to change")),
                qPrintable(s.error));
            QVERIFY2(s.error.contains(QLatin1String("locked by another writer")), qPrintable(s.error));
        }
        QCOMPARE(report->directoryFailures(), 2);
        QCOMPARE(configHashes(root1), before1);
        QCOMPARE(configHashes(root2), before2);
        auto host = ServerHost::create(QStringLiteral("dir:") + root1);
        QVERIFY(host);
        QVERIFY((*host)->serviceStatus(QStringLiteral("MSExchangeIMAP4"))->startType != ServiceStartType::Disabled);
        // The run log (not in the directory) says so.
        QVERIFY2(report->logError.isEmpty(), qPrintable(report->logError));
        QVERIFY(readFile(report->logFile).contains("NOT RECORDED: EX01 was not touched"));

        writer.release();
        QVERIFY(run());
        QCOMPARE(eventCount(QStringLiteral("EX01"), EventActionApplied), 6);
        QCOMPARE(eventCount(QStringLiteral("EX02"), EventActionApplied), 6);
    }

    // The outcome cannot be written (another writer holds the directory when
    // the host work is done): the report names what was changed on which
    // server and that the directory could not record it; the next cycle finds
    // the changes in place and records them with their 1005 events.
    void unrecordedChangesAreReportedAndReconciled_data()
    {
        QTest::addColumn<bool>("fullDisk");
        QTest::newRow("locked by another writer") << false;
        QTest::newRow("disk full") << true;
    }

    void unrecordedChangesAreReportedAndReconciled()
    {
        QFETCH(bool, fullDisk);
        std::unique_ptr<test::SmallTmpfs> disk;
        if (fullDisk) {
            disk = std::make_unique<test::SmallTmpfs>(m_tmp.filePath(QStringLiteral("disk%1").arg(m_serial)), 4096);
            QVERIFY2(disk->ok(), qPrintable(disk->error()));
            reopen(disk->filePath(QStringLiteral("directory.db")));
        } else {
            reopen();
        }
        const QString root = addLabServer(QStringLiteral("EX01"));
        const QString site = root + QLatin1Char('/') + siteWebConfig;
        const QString rule = QStringLiteral("EEMS M1.1 PowerShell - inbound");
        auto hostLock = holdHostLock(root);
        QVERIFY(hostLock);

        auto cycle = runInBackground();
        QVERIFY(waitForIntent(QStringLiteral("EX01")));
        std::unique_ptr<test::DirectoryWriteLock> writer;
        if (fullDisk) {
            QVERIFY(disk->fill());
        } else {
            writer = std::make_unique<test::DirectoryWriteLock>(m_dirPath);
            QVERIFY2(writer->held(), qPrintable(writer->error()));
        }
        hostLock.reset(); // the host work goes on, and its outcome cannot be written
        auto report = cycle.get();
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        const ServerOutcome &out = report->servers.first();
        QVERIFY(out.directoryFailed);
        QVERIFY(out.unrecorded);
        QCOMPARE(report->unrecordedServers(), QStringList {QStringLiteral("EX01")});
        QVERIFY2(out.error.startsWith(QLatin1String("changed on EX01 but not recorded in the org directory: M1.1: "
                                                    "added rule 'EEMS M1.1 PowerShell - inbound'")),
            qPrintable(out.error));
        for (const char *id : {"M2.1: ", "M3.1: ", "M4.1: ", "M5.1: "})
            QVERIFY2(out.error.contains(QLatin1String(id)), id);
        QVERIFY2(out.error.contains(fullDisk ? QLatin1String("full") : QLatin1String("locked by another writer")),
            qPrintable(out.error));
        QVERIFY2(out.error.endsWith(QLatin1String("The next cycle finds these changes in place and records them.")),
            qPrintable(out.error));
        QVERIFY(!out.error.contains(QLatin1String("nothing was changed")));
        QCOMPARE(countNamed(readFile(site), rule), 1); // the change is made
        if (fullDisk) {
            // The run log is next to the directory, on the same full disk: said, not swallowed.
            QVERIFY2(report->logError.startsWith(QLatin1String("the run log could not be written: ")),
                qPrintable(report->logError));
            QVERIFY2(report->logError.contains(QLatin1String("No space left on device")), qPrintable(report->logError));
            QVERIFY(report->logFile.isEmpty());
            disk->unfill();
        } else {
            QVERIFY2(report->logError.isEmpty(), qPrintable(report->logError));
            const QByteArray log = readFile(report->logFile);
            QVERIFY2(log.contains("NOT RECORDED: changed on EX01 but not recorded"), log.constData());
            writer->release();
        }
        QCOMPARE(eventCount(QStringLiteral("EX01"), EventActionApplied), 0);
        QVERIFY(m_dir->server(QStringLiteral("EX01"))->mitigationsApplied.isEmpty());
        const auto hashes = configHashes(root);

        // The next cycle changes nothing on the host and records what it finds.
        report = run();
        QVERIFY(report);
        QVERIFY(!report->servers.first().directoryFailed);
        QCOMPARE(configHashes(root), hashes);
        const auto applied = *m_dir->events(EventFilter {QStringLiteral("EX01"), {}, EventActionApplied, 0});
        QCOMPARE(applied.size(), 6);
        int found = 0;
        for (const Event &e : applied)
            found += e.message.contains(QLatin1String("found in place; the cycle of"));
        QCOMPARE(found, 5); // every host action; the heartbeat is recorded as usual
        QCOMPARE(m_dir->server(QStringLiteral("EX01"))->mitigationsApplied.size(), 6);
        QVERIFY(!*m_dir->statusStore().intent(QStringLiteral("EX01")));
        // Nothing more to reconcile after that.
        QVERIFY(run());
        QCOMPARE(eventCount(QStringLiteral("EX01"), EventActionApplied), 6);
    }

    // A block, a server switch or the org switch committed by an admin while
    // the cycle runs holds for every server the cycle has not reached yet.
    void changeDuringTheCycleHoldsForServersNotReached_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<ActionStatus>("status"); // of M1.1 on EX02 and EX03
        QTest::newRow("block M1") << "block" << ActionStatus::Blocked;
        QTest::newRow("server switch off") << "server" << ActionStatus::Disabled;
        QTest::newRow("org switch off") << "org" << ActionStatus::Disabled;
    }

    void changeDuringTheCycleHoldsForServersNotReached()
    {
        QFETCH(QString, change);
        QFETCH(ActionStatus, status);
        QStringList roots;
        for (const char *name : {"EX01", "EX02", "EX03"})
            roots << addLabServer(QString::fromLatin1(name));
        const QByteArray site2 = readFile(roots.at(1) + QLatin1Char('/') + siteWebConfig);
        const QByteArray site3 = readFile(roots.at(2) + QLatin1Char('/') + siteWebConfig);
        const QString rule = QStringLiteral("EEMS M1.1 PowerShell - inbound");

        // Another admin, on a connection of their own, as EX02 is taken up.
        auto other = OrgDirectory::open(m_dirPath);
        QVERIFY(other);
        bool changed = false;
        CycleOptions options;
        options.progress = [&](int done, int, const QString &server) {
            if (done != 1 || server != QLatin1String("EX02"))
                return;
            for (const QString &name : {QStringLiteral("EX02"), QStringLiteral("EX03")}) {
                if (change == QLatin1String("org"))
                    break;
                changed = bool((*other)->updateServer(
                    name, QStringLiteral("set-server"),
                    [&](Server &s) -> Result<void> {
                        if (change == QLatin1String("block"))
                            s.mitigationsBlocked = {QStringLiteral("M1")};
                        else
                            s.mitigationsEnabled = false;
                        return {};
                    },
                    admin));
            }
            if (change == QLatin1String("org")) {
                changed = bool((*other)->updateOrg(
                    [](OrgConfig &o) -> Result<void> {
                        o.mitigationsEnabled = false;
                        return {};
                    },
                    admin));
            }
        };
        auto report = runCycle(*m_dir, options);
        QVERIFY(report);
        QVERIFY(changed);
        QCOMPARE(report->servers.size(), 3);
        QCOMPARE(countNamed(readFile(roots.at(0) + QLatin1Char('/') + siteWebConfig), rule), 1);
        QCOMPARE(readFile(roots.at(1) + QLatin1Char('/') + siteWebConfig), site2);
        QCOMPARE(readFile(roots.at(2) + QLatin1Char('/') + siteWebConfig), site3);
        for (const QString &name : {QStringLiteral("EX02"), QStringLiteral("EX03")}) {
            QCOMPARE(statusesOf(name).value(QStringLiteral("M1.1")).status, status);
            QVERIFY(!m_dir->server(name)->mitigationsApplied.contains(QStringLiteral("M1.1")));
        }
        QCOMPARE(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1")).status, ActionStatus::Applied);
    }

    // A block committed while the server's host is being changed comes too
    // late to stop the change; the outcome is recorded as the policy now
    // says: in place (MitigationsApplied lists it), stopped from now on.
    void blockWhileTheHostIsChangedIsRecordedInPlace()
    {
        const QString root = addLabServer(QStringLiteral("EX01"));
        reopen();
        auto hostLock = holdHostLock(root);
        QVERIFY(hostLock);
        auto cycle = runInBackground();
        QVERIFY(waitForIntent(QStringLiteral("EX01")));
        setServer(QStringLiteral("EX01"), [](Server &s) { s.mitigationsBlocked = {QStringLiteral("M1")}; });
        hostLock.reset();
        auto report = cycle.get();
        QVERIFY(report);
        QVERIFY(!report->servers.first().directoryFailed);
        QCOMPARE(countNamed(readFile(root + QLatin1Char('/') + siteWebConfig),
                     QStringLiteral("EEMS M1.1 PowerShell - inbound")),
            1);
        const ActionStatusRecord m11 = statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1"));
        QCOMPARE(m11.status, ActionStatus::Applied);
        QCOMPARE(m11.detail, StatusDetail::of(StatusDetail::Code::InPlaceBlocked));
        QVERIFY(m_dir->server(QStringLiteral("EX01"))->mitigationsApplied.contains(QStringLiteral("M1.1")));
    }

    // The run log goes through a confined file access: a link on its way is
    // refused and reported, nothing is written where it points.
    void runLogNeverFollowsALink()
    {
        addLabServer(QStringLiteral("EX01"));
        const QString elsewhere = m_tmp.filePath(QStringLiteral("elsewhere%1").arg(m_serial));
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QFile::link(elsewhere, QFileInfo(m_dirPath).absolutePath() + QStringLiteral("/Logging")));
        auto report = run();
        QVERIFY(report);
        QVERIFY(report->logFile.isEmpty());
        QVERIFY2(report->logError.startsWith(QLatin1String("the run log could not be written: ")),
            qPrintable(report->logError));
        QVERIFY2(report->logError.contains(QLatin1String("symbolic link")), qPrintable(report->logError));
        QVERIFY(QDir(elsewhere).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
    }

    // An admin's run claims each server as a service node does: a server a
    // node holds a lease on is left alone (a warning for the whole
    // organization, a refusal when named), and the run gives its own leases
    // up when it ends.
    void adminRunLeavesANodesServersAlone()
    {
        addLabServer(QStringLiteral("EX01"));
        addLabServer(QStringLiteral("EX02"));
        LeaseStore leases(m_dir->connection(), m_dir->historyStore());
        QCOMPARE(*leases.claim(QStringLiteral("EX01"), QStringLiteral("node-a"), 600), true);

        ops::Context context(admin);
        const ops::RunOutcome whole = ops::runNow(*m_dir, ops::RunRequest {}, context);
        QVERIFY2(whole.ok(), qPrintable(whole.refused.isEmpty() ? QString() : whole.refused.first().error.message));
        QCOMPARE(whole.report.servers.size(), 1);
        QCOMPARE(whole.report.servers.first().server, QStringLiteral("EX02"));
        QCOMPARE(whole.warnings.size(), 1);
        QVERIFY2(whole.warnings.first().startsWith(QLatin1String("EX01 (node-a, until ")),
            qPrintable(whole.warnings.first()));
        QVERIFY(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1")).status != ActionStatus::Applied);
        QCOMPARE(leases.serving(QStringLiteral("EX02"))->servedBy, QStringLiteral("alice@admin-ws (run)"));
        QCOMPARE(leases.serving(QStringLiteral("EX02"))->leaseNode, QString()); // given up at the end
        QCOMPARE(leases.serving(QStringLiteral("EX01"))->leaseNode, QStringLiteral("node-a"));

        ops::RunRequest named;
        named.servers = {QStringLiteral("EX01")};
        const ops::RunOutcome refused = ops::runNow(*m_dir, named, context);
        QCOMPARE(refused.refused.size(), 1);
        QCOMPARE(refused.refused.first().target, QStringLiteral("EX01"));

        QVERIFY(leases.release(QStringLiteral("node-a")));
        const ops::RunOutcome after = ops::runNow(*m_dir, named, context);
        QVERIFY(after.ok());
        QCOMPARE(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1")).status, ActionStatus::Applied);
    }

    // A rollback leaves a server alone while a service node holds its lease
    // (it would undo what the node is applying), and gives up its own lease.
    void rollbackLeavesANodesServerAlone()
    {
        addLabServer(QStringLiteral("EX01"));
        QVERIFY(run());
        QCOMPARE(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1")).status, ActionStatus::Applied);
        LeaseStore leases(m_dir->connection(), m_dir->historyStore());
        QCOMPARE(*leases.claim(QStringLiteral("EX01"), QStringLiteral("node-a"), 600), true);

        ops::Context context(admin);
        const QStringList servers {QStringLiteral("EX01")};
        const QStringList ids {QStringLiteral("M1.1")};
        const ops::RollbackResult refused = ops::rollback(*m_dir, servers, ids, context);
        QCOMPARE(refused.refused.size(), 1);
        QCOMPARE(refused.refused.first().target, QStringLiteral("EX01"));
        QVERIFY2(refused.refused.first().error.message.startsWith(QLatin1String("EX01 (node-a, until ")),
            qPrintable(refused.refused.first().error.message));
        QCOMPARE(refused.rolledBack, 0);
        QCOMPARE(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1")).status, ActionStatus::Applied);
        QCOMPARE(leases.serving(QStringLiteral("EX01"))->leaseNode, QStringLiteral("node-a"));

        QVERIFY(leases.release(QStringLiteral("node-a")));
        const ops::RollbackResult done = ops::rollback(*m_dir, servers, ids, context);
        QVERIFY2(done.ok(), qPrintable(done.refused.isEmpty() ? QString() : done.refused.first().error.message));
        QCOMPARE(done.rolledBack, 1);
        QVERIFY(statusesOf(QStringLiteral("EX01")).value(QStringLiteral("M1.1")).status != ActionStatus::Applied);
        QCOMPARE(leases.serving(QStringLiteral("EX01"))->leaseNode, QString()); // given up at the end
    }

    // $EM_LOG_DIRECTORY (the packaged service's /var/log/emconsole) takes the
    // logs in its MitigationService/ folder; a link there is still refused.
    void runLogGoesToTheLogDirectoryOfTheEnvironment()
    {
        addLabServer(QStringLiteral("EX01"));
        const QString logs = m_tmp.filePath(QStringLiteral("logs%1").arg(m_serial));
        QVERIFY(QDir().mkpath(logs));
        qputenv("EM_LOG_DIRECTORY", QFile::encodeName(logs));
        const auto restore = qScopeGuard([] { qunsetenv("EM_LOG_DIRECTORY"); });
        auto report = run();
        QVERIFY(report);
        QVERIFY2(report->logFile.startsWith(logs + QStringLiteral("/MitigationService/MitigationService_")),
            qPrintable(report->logFile + report->logError));
        QVERIFY(readFile(report->logFile).contains("M1.1 Applied"));
        QVERIFY(!QFileInfo::exists(QFileInfo(m_dirPath).absolutePath() + QStringLiteral("/Logging")));

        QVERIFY(QDir(logs + QStringLiteral("/MitigationService")).removeRecursively());
        const QString elsewhere = m_tmp.filePath(QStringLiteral("elsewhere-env%1").arg(m_serial));
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QFile::link(elsewhere, logs + QStringLiteral("/MitigationService")));
        report = run();
        QVERIFY(report);
        QVERIFY(report->logFile.isEmpty());
        QVERIFY2(report->logError.contains(QLatin1String("symbolic link")), qPrintable(report->logError));
        QVERIFY(QDir(elsewhere).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
    }

    // Two runs in the same second keep two logs.
    void runLogOfTheSameSecondIsKept()
    {
        addLabServer(QStringLiteral("EX01"));
        Clock::setFixed(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
        auto first = run();
        auto second = run();
        QVERIFY(first && second);
        QVERIFY(!first->logFile.isEmpty());
        QVERIFY(second->logFile != first->logFile);
        QVERIFY(readFile(first->logFile).contains("M1.1 Applied: added rule"));
        QVERIFY(readFile(second->logFile).contains("M1.1 Applied"));
    }
};

QTEST_GUILESS_MAIN(TestCycle)
#include "tst_cycle.moc"
