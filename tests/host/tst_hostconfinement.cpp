// A host never leaves its root and never hangs: hostile lab servers (links
// out of the root, FIFOs, devices, huge and deeply nested files) are refused
// with a message naming the file and the cause, with nothing written on
// either side; a FIFO on one server fails that server alone in a real cycle;
// waits (the host lock, a tool) end on cancel.

#include <QCryptographicHash>
#include <QtTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "directory/orgdirectory.h"
#include "engine/cycle.h"
#include "hosttestutil.h"
#include "model/clock.h"

using namespace em;
using namespace hosttest;

namespace {
const QString appHostRel = QStringLiteral("Windows/System32/inetsrv/config/applicationHost.config");
const QString siteConfig = QStringLiteral("inetpub/wwwroot/web.config");
const QString owaConfig
    = QStringLiteral("Program Files/Microsoft/Exchange Server/V15/FrontEnd/HttpProxy/owa/web.config");

Action siteAction()
{
    return urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
        fullRules(QStringLiteral("M1.1")));
}

Action makeAction(const QString &kind)
{
    if (kind == QLatin1String("vdir"))
        return urlRewrite(QStringLiteral("M2.1"), ActionScope::VDir, QStringLiteral("Default Web Site/owa"),
            fullRules(QStringLiteral("M2.1")));
    if (kind == QLatin1String("server"))
        return urlRewrite(QStringLiteral("M5.1"), ActionScope::Server, QString(), fullRules(QStringLiteral("M5.1")));
    if (kind == QLatin1String("service")) {
        Action a;
        a.id = QStringLiteral("M4.1");
        a.mitigationId = QStringLiteral("M4");
        a.type = ActionType::DisableService;
        a.scope = ActionScope::Server;
        a.target = QStringLiteral("MSExchangeIMAP4");
        return a;
    }
    if (kind == QLatin1String("pool")) {
        Action a;
        a.id = QStringLiteral("M3.1");
        a.mitigationId = QStringLiteral("M3");
        a.type = ActionType::DisableAppPool;
        a.scope = ActionScope::Server;
        a.target = QStringLiteral("MSExchangeOWACalendarAppPool");
        return a;
    }
    return siteAction();
}

// Moves `relative` out of the root into `outside` and puts a link in its place.
bool linkOut(const QString &root, const QString &relative, const QString &outside)
{
    const QString inside = root + QLatin1Char('/') + relative;
    const QString moved = outside + QLatin1Char('/') + QFileInfo(relative).fileName();
    return QDir().rename(inside, moved) && QFile::link(moved, inside);
}

QString nested(int depth)
{
    QString text;
    text.reserve(depth * 7);
    for (int i = 0; i < depth; ++i)
        text += QStringLiteral("<a>");
    for (int i = 0; i < depth; ++i)
        text += QStringLiteral("</a>");
    return text;
}
} // namespace

class TestHostConfinement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void linksAreNotFollowed_data();
    void linksAreNotFollowed();
    void specialConfigFiles_data();
    void specialConfigFiles();
    void deviceAsWebConfig();
    void oversizedFiles_data();
    void oversizedFiles();
    void deepNesting_data();
    void deepNesting();
    void brokenServerFailsAloneInACycle_data();
    void brokenServerFailsAloneInACycle();
    void lockWaitEndsOnCancel();
    void cycleCancelEndsAHostWait();
    void toolEndsOnCancel();
    void parseLocators_data();
    void parseLocators();

private:
    QString newLab(const QString &name = QStringLiteral("EX01"));
    std::unique_ptr<OrgDirectory> newDirectory(); // with a catalog holding siteAction()
    QString addServer(OrgDirectory &directory, const QString &name); // a lab server; its root
    QString newOutside();

    QTemporaryDir m_tmp;
    int m_count = 0;
};

void TestHostConfinement::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
}

void TestHostConfinement::cleanupTestCase()
{
    Clock::reset();
}

QString TestHostConfinement::newLab(const QString &name)
{
    LabServerOptions options;
    options.sourceDirectory = fixtureDir();
    options.serverName = name;
    auto lab = createLabServer(m_tmp.filePath(QStringLiteral("lab%1/%2").arg(++m_count).arg(name)), options);
    if (!lab)
        qWarning() << lab.error().message;
    return lab ? lab->root : QString();
}

QString TestHostConfinement::newOutside()
{
    const QString outside = m_tmp.filePath(QStringLiteral("outside%1").arg(++m_count));
    return QDir().mkpath(outside) ? outside : QString();
}

std::unique_ptr<OrgDirectory> TestHostConfinement::newDirectory()
{
    auto directory = OrgDirectory::open(m_tmp.filePath(QStringLiteral("dir%1/directory.db").arg(++m_count)));
    if (!directory) {
        qWarning() << directory.error().message;
        return {};
    }
    // A catalog with one Site-scope URL Rewrite action, as accepted from a feed.
    Catalog catalog;
    catalog.version = QStringLiteral("1.0.4");
    Mitigation m1;
    m1.id = QStringLiteral("M1");
    m1.description = QStringLiteral("Block PowerShell over Autodiscover");
    m1.rollback = QStringLiteral("Remove the rules by hand.");
    m1.actions = {siteAction()};
    catalog.mitigations = {m1};
    FeedState feed;
    feed.raw = "<EOCS version=\"1.0.4\"/>";
    feed.canonical = feed.raw;
    feed.sha256 = QString::fromLatin1(QCryptographicHash::hash(feed.raw, QCryptographicHash::Sha256).toHex());
    feed.signer = QStringLiteral("CN=Host Test Signer");
    feed.signingTime = Clock::now();
    feed.source = QStringLiteral("host test");
    feed.profile = QStringLiteral("test");
    if (auto accepted = (*directory)->acceptFeed(feed, catalog); !accepted) {
        qWarning() << accepted.error().message;
        return {};
    }
    return std::move(*directory);
}

QString TestHostConfinement::addServer(OrgDirectory &directory, const QString &name)
{
    const QString root = newLab(name);
    Server server;
    server.name = name;
    server.build = *Build::parse(QStringLiteral("15.2.1118.7"));
    server.host = QStringLiteral("dir:") + root;
    auto added = directory.addServer(server, Actor {QStringLiteral("alice"), QStringLiteral("admin-ws")});
    if (!added) {
        qWarning() << added.error().message;
        return {};
    }
    return root;
}

void TestHostConfinement::linksAreNotFollowed_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("host"); // dir or windows
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("named"); // the link the message names

    QTest::newRow("web.config links to a file outside")
        << QStringLiteral("file-link") << QStringLiteral("dir") << QStringLiteral("site") << siteConfig;
    QTest::newRow("web.config is a dangling link")
        << QStringLiteral("dangling") << QStringLiteral("dir") << QStringLiteral("site") << siteConfig;
    QTest::newRow("inetpub/wwwroot links to a folder outside")
        << QStringLiteral("wwwroot") << QStringLiteral("dir") << QStringLiteral("site")
        << QStringLiteral("inetpub/wwwroot");
    QTest::newRow("Program Files links outside (vdir)") << QStringLiteral("program-files") << QStringLiteral("dir")
                                                        << QStringLiteral("vdir") << QStringLiteral("Program Files");
    QTest::newRow("applicationHost.config links outside")
        << QStringLiteral("apphost") << QStringLiteral("dir") << QStringLiteral("server") << appHostRel;
    QTest::newRow("applicationHost.config links outside (app pool)")
        << QStringLiteral("apphost") << QStringLiteral("dir") << QStringLiteral("pool") << appHostRel;
    QTest::newRow("EmConsole/state.json links outside")
        << QStringLiteral("state") << QStringLiteral("dir") << QStringLiteral("service")
        << QStringLiteral("EmConsole/state.json");
    QTest::newRow("EmConsole/state.json links outside (rewrite)")
        << QStringLiteral("state") << QStringLiteral("dir") << QStringLiteral("site")
        << QStringLiteral("EmConsole/state.json");
    QTest::newRow("EmConsole/backups links outside") << QStringLiteral("backups") << QStringLiteral("dir")
                                                     << QStringLiteral("site") << QStringLiteral("EmConsole/backups");
    QTest::newRow("EmConsole links outside") << QStringLiteral("emconsole") << QStringLiteral("dir")
                                             << QStringLiteral("site") << QStringLiteral("EmConsole");
    QTest::newRow("host.lock is a dangling link") << QStringLiteral("lock") << QStringLiteral("dir")
                                                  << QStringLiteral("service") << QStringLiteral("EmConsole/host.lock");
    QTest::newRow("windows: ProgramData links outside") << QStringLiteral("programdata") << QStringLiteral("windows")
                                                        << QStringLiteral("site") << QStringLiteral("ProgramData");
}

void TestHostConfinement::linksAreNotFollowed()
{
    QFETCH(QString, setup);
    QFETCH(QString, host);
    QFETCH(QString, action);
    QFETCH(QString, named);
    const QString root = newLab();
    const QString outside = newOutside();
    QVERIFY(!root.isEmpty() && !outside.isEmpty());
    if (setup == QLatin1String("file-link")) {
        QVERIFY(linkOut(root, siteConfig, outside));
    } else if (setup == QLatin1String("dangling")) {
        QVERIFY(QFile::remove(root + QLatin1Char('/') + siteConfig));
        QVERIFY(QFile::link(outside + QStringLiteral("/new-web.config"), root + QLatin1Char('/') + siteConfig));
    } else if (setup == QLatin1String("wwwroot")) {
        QVERIFY(linkOut(root, QStringLiteral("inetpub/wwwroot"), outside));
    } else if (setup == QLatin1String("program-files")) {
        QVERIFY(linkOut(root, QStringLiteral("Program Files"), outside));
    } else if (setup == QLatin1String("apphost")) {
        QVERIFY(linkOut(root, appHostRel, outside));
    } else if (setup == QLatin1String("state")) {
        QVERIFY(linkOut(root, QStringLiteral("EmConsole/state.json"), outside));
    } else if (setup == QLatin1String("backups")) {
        QVERIFY(QDir().mkpath(outside + QStringLiteral("/backups")));
        QVERIFY(QFile::link(outside + QStringLiteral("/backups"), root + QStringLiteral("/EmConsole/backups")));
    } else if (setup == QLatin1String("emconsole")) {
        QVERIFY(linkOut(root, QStringLiteral("EmConsole"), outside));
    } else if (setup == QLatin1String("lock")) {
        QVERIFY(QFile::link(outside + QStringLiteral("/host.lock"), root + QStringLiteral("/EmConsole/host.lock")));
    } else if (setup == QLatin1String("programdata")) {
        QVERIFY(QDir().mkpath(outside + QStringLiteral("/ProgramData")));
        QVERIFY(QFile::link(outside + QStringLiteral("/ProgramData"), root + QStringLiteral("/ProgramData")));
    }

    HostOptions options;
    options.systemDrive = root;
    auto created = ServerHost::create(
        host == QLatin1String("dir") ? QStringLiteral("dir:") + root : QStringLiteral("windows:"), options);
    QVERIFY2(created, why(created));
    ServerHost &server = **created;
    const auto rootBefore = snapshot(root);
    const auto outsideBefore = snapshot(outside);
    const QString expected = QStringLiteral("'%1' is a symbolic link; refusing to follow it").arg(named);

    const Action a = makeAction(action);
    auto applied = server.apply(a);
    QVERIFY2(!applied, qPrintable(applied ? applied->summary : QString()));
    QVERIFY2(applied.error().message.contains(expected), qPrintable(applied.error().message));
    QCOMPARE(snapshotDifference(outsideBefore, snapshot(outside)), QString());
    QCOMPARE(snapshotDifference(rootBefore, snapshot(root)), QString());

    // Rollback finds nothing to take back, and writes nothing on either side either.
    auto rolledBack = server.rollback(a);
    QVERIFY(!rolledBack || !rolledBack->changed);
    QCOMPARE(snapshotDifference(outsideBefore, snapshot(outside)), QString());
    QCOMPARE(snapshotDifference(rootBefore, snapshot(root)), QString());
    QVERIFY(!QFileInfo::exists(outside + QStringLiteral("/new-web.config")));
    QVERIFY(!QFileInfo::exists(outside + QStringLiteral("/host.lock")));
}

void TestHostConfinement::specialConfigFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("action");
    QTest::newRow("FIFO as web.config") << siteConfig << QStringLiteral("site");
    QTest::newRow("FIFO as a vdir's web.config") << owaConfig << QStringLiteral("vdir");
    QTest::newRow("FIFO as applicationHost.config") << appHostRel << QStringLiteral("site");
    QTest::newRow("FIFO as applicationHost.config (app pool)") << appHostRel << QStringLiteral("pool");
    QTest::newRow("FIFO as state.json") << QStringLiteral("EmConsole/state.json") << QStringLiteral("service");
}

void TestHostConfinement::specialConfigFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, action);
    const QString root = newLab();
    const QString path = root + QLatin1Char('/') + file;
    QVERIFY(QFile::remove(path));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
    const FifoWatchdog watchdog(path);
    auto host = ServerHost::create(QStringLiteral("dir:") + root);
    QVERIFY2(host, why(host));
    const auto before = snapshot(root);
    const QString expected
        = QStringLiteral("'%1' is a FIFO (named pipe), not a regular file; refusing to open it").arg(file);
    auto probe = (*host)->probe(makeAction(action));
    QVERIFY(!probe);
    QVERIFY2(probe.error().message.contains(expected), qPrintable(probe.error().message));
    auto applied = (*host)->apply(makeAction(action));
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(expected), qPrintable(applied.error().message));
    QCOMPARE(snapshotDifference(before, snapshot(root)), QString());
}

void TestHostConfinement::deviceAsWebConfig()
{
    // /dev/zero as web.config: a device node of its own, since a link to
    // /dev/zero is refused as a link anyway.
    const QString root = newLab();
    const QString path = root + QLatin1Char('/') + siteConfig;
    QVERIFY(QFile::remove(path));
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0644, makedev(1, 5)) != 0) {
        // tst_fileaccess checks the same refusal on /dev/zero itself.
        qInfo("mknod is not permitted here (%s); refusal of devices is checked in tst_fileaccess", strerror(errno));
        return;
    }
    auto host = ServerHost::create(QStringLiteral("dir:") + root);
    QVERIFY2(host, why(host));
    auto applied = (*host)->apply(siteAction());
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(
                 QStringLiteral("'%1' is a device, not a regular file; refusing to open it").arg(siteConfig)),
        qPrintable(applied.error().message));
}

void TestHostConfinement::oversizedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("limit");
    QTest::newRow("web.config of 200 MB")
        << siteConfig << qint64(200'000'000) << QStringLiteral("site") << QStringLiteral("16 MiB");
    QTest::newRow("web.config just over 16 MiB")
        << siteConfig << qint64(16 * 1024 * 1024 + 1) << QStringLiteral("site") << QStringLiteral("16 MiB");
    QTest::newRow("applicationHost.config of 200 MB")
        << appHostRel << qint64(200'000'000) << QStringLiteral("server") << QStringLiteral("16 MiB");
    QTest::newRow("state.json over 1 MiB") << QStringLiteral("EmConsole/state.json") << qint64(1024 * 1024 + 1)
                                           << QStringLiteral("service") << QStringLiteral("1 MiB");
}

void TestHostConfinement::oversizedFiles()
{
    QFETCH(QString, file);
    QFETCH(qint64, size);
    QFETCH(QString, action);
    QFETCH(QString, limit);
    const QString root = newLab();
    // Valid content padded with spaces (sparse past the end: no disk used).
    QFile f(root + QLatin1Char('/') + file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(f.size()));
    QVERIFY(f.write(" "));
    QVERIFY(f.resize(size));
    f.close();
    auto host = ServerHost::create(QStringLiteral("dir:") + root);
    QVERIFY2(host, why(host));
    const auto before = snapshot(root);
    auto applied = (*host)->apply(makeAction(action));
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(
                 QStringLiteral("'%1' is %2 bytes, more than the %3 such a file may have; refusing to read it")
                     .arg(file)
                     .arg(size)
                     .arg(limit)),
        qPrintable(applied.error().message));
    QCOMPARE(snapshotDifference(before, snapshot(root)), QString());
}

void TestHostConfinement::deepNesting_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("in the web.config") << QStringLiteral("file");
    QTest::newRow("in the rules to apply") << QStringLiteral("rules");
    QTest::newRow("in applicationHost.config") << QStringLiteral("apphost");
}

void TestHostConfinement::deepNesting()
{
    QFETCH(QString, where);
    const QString root = newLab();
    const QString deep = nested(50000);
    Action action = siteAction();
    if (where == QLatin1String("file")) {
        // The action's own rule in the file holds content 50,000 deep.
        QByteArray bytes = readBytes(root + QLatin1Char('/') + siteConfig);
        const QByteArray rule = "<system.webServer><rewrite><rules><rule name=\"EEMS M1.1 PowerShell - inbound\">"
            + deep.toUtf8() + "</rule></rules></rewrite></system.webServer>";
        bytes.replace("</configuration>", rule + "</configuration>");
        QVERIFY(writeBytes(root + QLatin1Char('/') + siteConfig, bytes));
    } else if (where == QLatin1String("rules")) {
        action.rulesXml = QStringLiteral("<rule name=\"EEMS M1.1 deep\">") + deep + QStringLiteral("</rule>");
    } else {
        QByteArray bytes = readBytes(root + QLatin1Char('/') + appHostRel);
        bytes.replace("</configuration>", deep.toUtf8() + "</configuration>");
        QVERIFY(writeBytes(root + QLatin1Char('/') + appHostRel, bytes));
    }
    auto host = ServerHost::create(QStringLiteral("dir:") + root);
    QVERIFY2(host, why(host));
    const auto before = snapshot(root);
    auto probe = (*host)->probe(action);
    QVERIFY(!probe);
    QVERIFY2(probe.error().message.contains(QLatin1String("elements nested more than 100 deep")),
        qPrintable(probe.error().message));
    auto applied = (*host)->apply(action);
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(QLatin1String("elements nested more than 100 deep")),
        qPrintable(applied.error().message));
    QVERIFY2(applied.error().message.contains(where == QLatin1String("rules") ? QStringLiteral("action M1.1")
                     : where == QLatin1String("file")                         ? QStringLiteral("web.config")
                                                      : QStringLiteral("applicationHost.config")),
        qPrintable(applied.error().message));
    auto rolledBack = (*host)->rollback(action);
    QVERIFY(!rolledBack || !rolledBack->changed);
    QCOMPARE(snapshotDifference(before, snapshot(root)), QString());
}

void TestHostConfinement::brokenServerFailsAloneInACycle_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");
    QTest::newRow("FIFO as web.config")
        << siteConfig << QStringLiteral("fifo")
        << QStringLiteral("'%1' is a FIFO (named pipe), not a regular file; refusing to open it").arg(siteConfig);
    QTest::newRow("FIFO as applicationHost.config")
        << appHostRel << QStringLiteral("fifo")
        << QStringLiteral("'%1' is a FIFO (named pipe), not a regular file; refusing to open it").arg(appHostRel);
    QTest::newRow("rule nested 50,000 deep in web.config")
        << siteConfig << QStringLiteral("deep") << QStringLiteral("elements nested more than 100 deep");
}

void TestHostConfinement::brokenServerFailsAloneInACycle()
{
    QFETCH(QString, file);
    QFETCH(QString, setup);
    QFETCH(QString, expected);
    auto directory = newDirectory();
    QVERIFY(directory);
    QStringList roots;
    for (const QString &name : {QStringLiteral("EX01"), QStringLiteral("EX02")}) {
        roots << addServer(*directory, name);
        QVERIFY(!roots.last().isEmpty());
    }
    const QString broken = roots.first() + QLatin1Char('/') + file;
    std::optional<FifoWatchdog> watchdog;
    if (setup == QLatin1String("fifo")) {
        QVERIFY(QFile::remove(broken));
        QCOMPARE(::mkfifo(QFile::encodeName(broken).constData(), 0644), 0);
        watchdog.emplace(broken);
    } else {
        QByteArray bytes = readBytes(broken);
        bytes.replace("</configuration>",
            "<system.webServer><rewrite><rules><rule name=\"EEMS M1.1 PowerShell - inbound\">" + nested(50000).toUtf8()
                + "</rule></rules></rewrite></system.webServer></configuration>");
        QVERIFY(writeBytes(broken, bytes));
    }

    CycleOptions options;
    options.writeLog = false;
    auto report = runCycle(*directory, options);
    QVERIFY2(report, why(report));
    QCOMPARE(report->servers.size(), 2);
    for (const ServerOutcome &server : std::as_const(report->servers)) {
        QCOMPARE(server.actions.size(), 1);
        const ActionStatusRecord &status = server.actions.first().status;
        if (server.server == QLatin1String("EX01")) {
            QCOMPARE(status.status, ActionStatus::Failed);
            QVERIFY2(status.detail.render().contains(expected), qPrintable(status.detail.render()));
        } else {
            QVERIFY2(status.status == ActionStatus::Applied, qPrintable(status.detail.render()));
        }
    }
    QVERIFY(readBytes(roots.at(1) + QLatin1Char('/') + siteConfig).contains("EEMS M1.1 PowerShell - inbound"));
}

void TestHostConfinement::lockWaitEndsOnCancel()
{
    const QString root = newLab();
    std::atomic<bool> cancel {false};
    HostOptions options;
    options.processTimeoutMs = 600000;
    options.cancel = &cancel;
    auto host = ServerHost::create(QStringLiteral("dir:") + root, options);
    QVERIFY2(host, why(host));
    // Another process (the service, a console) is changing this server.
    QLockFile other(root + QStringLiteral("/EmConsole/host.lock"));
    QVERIFY(other.tryLock(0));
    const auto before = snapshot(root);
    Result<ApplyResult> applied;
    {
        const DelayedCancel canceller(cancel);
        applied = (*host)->apply(siteAction());
    }
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, ErrorCode::Cancelled);
    QVERIFY2(applied.error().message.contains(QLatin1String("host.lock")), qPrintable(applied.error().message));
    QCOMPARE(snapshotDifference(before, snapshot(root)), QString());
}

void TestHostConfinement::cycleCancelEndsAHostWait()
{
    // The service's cancel (set on SIGTERM) reaches a host waiting for its lock.
    auto directory = newDirectory();
    QVERIFY(directory);
    const QString root = addServer(*directory, QStringLiteral("EX01"));
    QVERIFY(!root.isEmpty());
    QLockFile other(root + QStringLiteral("/EmConsole/host.lock"));
    QVERIFY(other.tryLock(0));
    std::atomic<bool> cancel {false};
    CycleOptions options;
    options.writeLog = false;
    options.cancel = &cancel;
    options.hostOptions.processTimeoutMs = 600000;
    Result<CycleReport> report;
    {
        const DelayedCancel canceller(cancel);
        report = runCycle(*directory, options);
    }
    QVERIFY2(report, why(report));
    QCOMPARE(report->servers.size(), 1);
    const ActionStatusRecord &status = report->servers.first().actions.first().status;
    QCOMPARE(status.status, ActionStatus::Failed);
    QVERIFY2(status.detail.render().contains(QLatin1String("cancelled"))
            && status.detail.render().contains(QLatin1String("host.lock")),
        qPrintable(status.detail.render()));
}

void TestHostConfinement::toolEndsOnCancel()
{
    // sc.exe that never answers, on a windows: host with a ten-minute limit.
    const QString root = newLab();
    const QString stubs = m_tmp.filePath(QStringLiteral("stubs%1").arg(++m_count));
    QVERIFY(QDir().mkpath(stubs + QStringLiteral("/state/services")));
    const QString sc = stubs + QStringLiteral("/sc.sh");
    QVERIFY(QFile::copy(qEnvironmentVariable("EM_SOURCE_DIR") + QStringLiteral("/tests/host/stubs/sc.sh"), sc));
    QVERIFY(QFile::setPermissions(sc, QFile::permissions(sc) | QFileDevice::ExeOwner | QFileDevice::ExeUser));
    qputenv("EM_STUB_STATE", QFile::encodeName(stubs + QStringLiteral("/state")));
    QVERIFY(writeBytes(
        stubs + QStringLiteral("/state/services/msexchangeimap4"), "MSExchangeIMAP4 DEMAND_START STOPPED\n"));
    QVERIFY(writeBytes(stubs + QStringLiteral("/state/hang-qc"), "x"));

    std::atomic<bool> cancel {false};
    HostOptions options;
    options.scPath = sc;
    options.systemDrive = root;
    options.processTimeoutMs = 600000;
    options.cancel = &cancel;
    auto host = ServerHost::create(QStringLiteral("windows:"), options);
    QVERIFY2(host, why(host));
    Result<ApplyResult> applied;
    {
        const DelayedCancel canceller(cancel);
        applied = (*host)->apply(makeAction(QStringLiteral("service")));
    }
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, ErrorCode::Cancelled);
    QVERIFY2(applied.error().message.contains(QLatin1String("sc.sh qc MSExchangeIMAP4 was cancelled")),
        qPrintable(applied.error().message));
    QCOMPARE(readBytes(stubs + QStringLiteral("/state/services/msexchangeimap4")),
        QByteArray("MSExchangeIMAP4 DEMAND_START STOPPED\n"));
}

void TestHostConfinement::parseLocators_data()
{
    QTest::addColumn<QString>("locator");
    QTest::addColumn<QString>("result"); // empty: refused
    QTest::addColumn<QString>("message");
    QTest::newRow("dir: without a path") << QStringLiteral("dir:") << QString()
                                         << QStringLiteral("host locator 'dir:': no path after dir:");
    QTest::newRow("dir: with blanks") << QStringLiteral("dir:  ") << QString()
                                      << QStringLiteral("host locator 'dir:  ': no path after dir:");
    QTest::newRow("DIR: without a path") << QStringLiteral("DIR:") << QString() << QStringLiteral("no path after dir:");
    QTest::newRow("unknown kind") << QStringLiteral("ssh:ex01") << QString()
                                  << QStringLiteral(
                                         "host locator 'ssh:ex01': unknown kind; expected dir:PATH or windows:");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("unknown kind");
    QTest::newRow("absolute") << QStringLiteral("dir:/srv/lab/../lab/EX01/") << QStringLiteral("dir:/srv/lab/EX01")
                              << QString();
    QTest::newRow("relative") << QStringLiteral("dir:labs/EX01") << QStringLiteral("dir:%CWD%/labs/EX01") << QString();
    QTest::newRow("windows:") << QStringLiteral("Windows:") << QStringLiteral("windows:") << QString();
}

void TestHostConfinement::parseLocators()
{
    QFETCH(QString, locator);
    QFETCH(QString, result);
    QFETCH(QString, message);
    auto parsed = parseHostLocator(locator);
    if (result.isEmpty()) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
        auto host = ServerHost::create(locator);
        QVERIFY(!host);
        QVERIFY2(host.error().message.contains(message), qPrintable(host.error().message));
    } else {
        QVERIFY2(parsed, why(parsed));
        QCOMPARE(*parsed, QString(result).replace(QLatin1String("%CWD%"), QDir::currentPath()));
    }
}

QTEST_GUILESS_MAIN(TestHostConfinement)
#include "tst_hostconfinement.moc"
