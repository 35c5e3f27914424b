// ssh: hosts end to end against a real OpenSSH server (the fixture's sshd on
// 127.0.0.1) and lab servers laid out from the real Exchange 2019 IIS files
// as the remote drive: URL Rewrite apply and byte-exact rollback with the
// same results as dir: on the same lab, services and app pools through the
// stand-in sc.exe / appcmd.exe over SSH with the same calls as windows:,
// the cycle over ssh: servers with one that never answers, a connection
// cut in the middle of an upload, a full disk on the server (a small
// tmpfs), and links under the remote root.

#include <sys/mount.h>
#include <sys/statvfs.h>

#include <QtTest>

#include "../engine/enginefixture.h"
#include "engine/cycle.h"
#include "host/sshhost.h"
#include "hosttestutil.h"
#include "sshdfixture.h"

using namespace em;
using namespace em::host;
using namespace em::test;
using namespace hosttest;
using namespace sshtest;

namespace {
Action serverAction(const QString &id, ActionType type, const QString &target)
{
    Action a;
    a.id = id;
    a.mitigationId = mitigationIdOf(id);
    a.type = type;
    a.scope = ActionScope::Server;
    a.target = target;
    return a;
}

// The lab's config files (not EM Console's own state and backups).
QMap<QString, QByteArray> configFiles(const QString &root)
{
    QMap<QString, QByteArray> files = snapshot(root);
    for (auto it = files.begin(); it != files.end();) {
        if (it.key().startsWith(QLatin1String("EmConsole/")) || it.key().startsWith(QLatin1String("ProgramData/")))
            it = files.erase(it);
        else
            ++it;
    }
    return files;
}

const QString appHostRel = QStringLiteral("Windows/System32/inetsrv/config/applicationHost.config");

// Why a server failed in a cycle: its own error, or that of its first failed action.
QString failureOf(const ServerOutcome &server)
{
    if (!server.error.isEmpty())
        return server.error;
    for (const ActionOutcome &action : server.actions) {
        if (action.status.status == ActionStatus::Failed)
            return action.status.detail.render();
    }
    return {};
}
} // namespace

class TestSshHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void rewriteApplyAndRollbackMatchDir();
    void servicesAndPoolsAsOnWindows();
    void cycleOverSshWithAServerThatNeverAnswers();
    void unknownHostKeyInTheCycleNamesTheServer();
    void connectionCutMidUploadLeavesTheOldFile();
    void fullDiskOnTheServer();
    void linksUnderTheRemoteRootAreRefused();

private:
    QString newLab(const QString &name);
    // Stand-in tools for one server: wrappers that give sc.sh and appcmd.sh
    // their own state folder (as sshd passes no environment of ours).
    QString stubState(const QString &name);
    HostOptions sshOptions(const QString &stubs = {}) const;
    std::unique_ptr<ServerHost> sshHost(const QString &root, const HostOptions &options);

    QTemporaryDir m_tmp;
    std::unique_ptr<SshdFixture> m_sshd;
    std::shared_ptr<InMemoryKnownHosts> m_known;
    QString m_stubs;
};

void TestSshHost::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_sshd = std::make_unique<SshdFixture>(m_tmp.filePath(QStringLiteral("sshd")));
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    m_known = std::make_shared<InMemoryKnownHosts>();
    m_known->accept(m_sshd->endpoint(),
        SshHostKey {QStringLiteral("ssh-ed25519"), m_sshd->hostKeyFingerprint(), QStringLiteral("test"), {}});
    m_stubs = m_tmp.filePath(QStringLiteral("stubs"));
    QVERIFY(QDir().mkpath(m_stubs));
    const QString source = qEnvironmentVariable("EM_SOURCE_DIR") + QStringLiteral("/tests/host/stubs/");
    for (const char *name : {"sc.sh", "appcmd.sh"}) {
        const QString to = m_stubs + QLatin1Char('/') + QLatin1String(name);
        QVERIFY(QFile::copy(source + QLatin1String(name), to));
        QVERIFY(QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::ExeOwner));
    }
}

void TestSshHost::cleanupTestCase()
{
    m_sshd.reset();
}

QString TestSshHost::newLab(const QString &name)
{
    const QString root = m_tmp.filePath(QStringLiteral("labs/") + name);
    auto lab = createLabServer(root, LabServerOptions {fixtureDir(), name});
    if (!lab) {
        qWarning() << lab.error().message;
        return {};
    }
    return lab->root;
}

QString TestSshHost::stubState(const QString &name)
{
    const QString state = m_stubs + QStringLiteral("/state-") + name;
    QDir().mkpath(state + QStringLiteral("/services"));
    QDir().mkpath(state + QStringLiteral("/pools"));
    for (const char *tool : {"sc", "appcmd"}) {
        const QString wrapper = m_stubs + QStringLiteral("/%1-%2.sh").arg(QLatin1String(tool), name);
        writeBytes(wrapper,
            // One call at a time per state folder (a cycle works on servers in parallel).
            QStringLiteral("#!/bin/sh\nEM_STUB_STATE='%1' exec flock '%1/lock' '%2/%3.sh' \"$@\"\n")
                .arg(state, m_stubs, QLatin1String(tool))
                .toUtf8());
        QFile::setPermissions(wrapper, QFile::permissions(wrapper) | QFileDevice::ExeOwner);
    }
    return state;
}

HostOptions TestSshHost::sshOptions(const QString &stubs) const
{
    HostOptions o;
    o.knownHosts = m_known;
    o.sshIdentityFiles = {m_sshd->clientKey()};
    o.connectTimeoutMs = 10000;
    o.networkTimeoutMs = 10000;
    o.processTimeoutMs = 10000;
    if (!stubs.isEmpty()) {
        o.scPath = m_stubs + QStringLiteral("/sc-%1.sh").arg(stubs);
        o.appcmdPath = m_stubs + QStringLiteral("/appcmd-%1.sh").arg(stubs);
    }
    return o;
}

std::unique_ptr<ServerHost> TestSshHost::sshHost(const QString &root, const HostOptions &options)
{
    auto host = ServerHost::create(m_sshd->locator(root), options);
    if (!host) {
        qWarning() << host.error().message;
        return {};
    }
    return std::move(*host);
}

void TestSshHost::rewriteApplyAndRollbackMatchDir()
{
    // The same lab twice: one reached as dir:, one over SSH.
    const QString dirRoot = newLab(QStringLiteral("RWDIR"));
    const QString sshRoot = newLab(QStringLiteral("RWSSH"));
    QVERIFY(!dirRoot.isEmpty() && !sshRoot.isEmpty());
    const QMap<QString, QByteArray> original = configFiles(sshRoot);
    QCOMPARE(configFiles(dirRoot), original);

    auto dir = ServerHost::create(QStringLiteral("dir:") + dirRoot);
    QVERIFY2(dir, why(dir));
    auto ssh = sshHost(sshRoot, sshOptions());
    QVERIFY(ssh);
    QCOMPARE(ssh->locator(), m_sshd->locator(sshRoot));

    const QList<Action> actions {
        urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
            fullRules(QStringLiteral("M1.1"))),
        urlRewrite(QStringLiteral("M2.1"), ActionScope::VDir, QStringLiteral("Default Web Site/owa"),
            fullRules(QStringLiteral("M2.1"))),
        urlRewrite(QStringLiteral("M5.1"), ActionScope::Server, QString(), fullRules(QStringLiteral("M5.1"))),
        urlRewrite(QStringLiteral("M6.1"), ActionScope::Server, QStringLiteral("Default Web Site/ecp"),
            fullRules(QStringLiteral("M6.1"))),
        urlRewrite(QStringLiteral("M7.1"), ActionScope::VDir, QStringLiteral("Default Web Site/Autodiscover"),
            fullRules(QStringLiteral("M7.1"))),
    };
    for (const Action &action : actions) {
        auto viaDir = (*dir)->apply(action);
        auto viaSsh = ssh->apply(action);
        QVERIFY2(viaDir, why(viaDir));
        QVERIFY2(viaSsh, why(viaSsh));
        QVERIFY(viaSsh->changed);
        QCOMPARE(viaSsh->summary, viaDir->summary.replace(dirRoot, sshRoot));
        auto probe = ssh->probe(action);
        QVERIFY2(probe, why(probe));
        QCOMPARE(probe->state, ActionState::InPlace);
    }
    // Byte for byte the same edits.
    const QMap<QString, QByteArray> appliedDir = configFiles(dirRoot);
    const QMap<QString, QByteArray> appliedSsh = configFiles(sshRoot);
    QVERIFY2(appliedSsh == appliedDir, qPrintable(snapshotDifference(appliedDir, appliedSsh)));
    QVERIFY(appliedSsh != original);
    // Backups on the server, and no temporary file anywhere.
    QVERIFY(!QDir(sshRoot + QStringLiteral("/ProgramData/EmConsole/host/backups")).isEmpty());
    for (const QString &path : snapshot(sshRoot).keys())
        QVERIFY2(
            !path.contains(QLatin1String(".emtmp-")) && !path.endsWith(QLatin1String("host.lock")), qPrintable(path));

    // Applying again writes nothing.
    const QMap<QString, QByteArray> all = snapshot(sshRoot);
    for (const Action &action : actions) {
        auto again = ssh->apply(action);
        QVERIFY2(again, why(again));
        QVERIFY(!again->changed);
    }
    QVERIFY2(snapshot(sshRoot) == all, qPrintable(snapshotDifference(all, snapshot(sshRoot))));

    // Rollback, in another order: the original bytes, as on dir:.
    for (qsizetype i = actions.size() - 1; i >= 0; --i) {
        const Action &action = actions.at((i + 2) % actions.size());
        auto viaDir = (*dir)->rollback(action);
        auto viaSsh = ssh->rollback(action);
        QVERIFY2(viaDir, why(viaDir));
        QVERIFY2(viaSsh, why(viaSsh));
        QVERIFY(viaSsh->changed);
    }
    QVERIFY2(configFiles(sshRoot) == original, qPrintable(snapshotDifference(original, configFiles(sshRoot))));
    QVERIFY2(configFiles(dirRoot) == original, qPrintable(snapshotDifference(original, configFiles(dirRoot))));
}

void TestSshHost::servicesAndPoolsAsOnWindows()
{
    // windows: (local tools) and ssh: (the same tools over SSH) side by side.
    const QString winRoot = newLab(QStringLiteral("SVCWIN"));
    const QString sshRoot = newLab(QStringLiteral("SVCSSH"));
    QVERIFY(!winRoot.isEmpty() && !sshRoot.isEmpty());
    const QString winState = stubState(QStringLiteral("SVCWIN"));
    const QString sshState = stubState(QStringLiteral("SVCSSH"));
    for (const QString &state : {winState, sshState}) {
        writeBytes(state + QStringLiteral("/services/msexchangeimap4"), "MSExchangeIMAP4 DEMAND_START RUNNING\n");
        writeBytes(state + QStringLiteral("/pools/msexchangeowacalendarapppool"),
            "MSExchangeOWACalendarAppPool true Started\n");
    }
    HostOptions winOptions = sshOptions(QStringLiteral("SVCWIN"));
    winOptions.systemDrive = winRoot;
    auto win = ServerHost::create(QStringLiteral("windows:"), winOptions);
    QVERIFY2(win, why(win));
    auto ssh = sshHost(sshRoot, sshOptions(QStringLiteral("SVCSSH")));
    QVERIFY(ssh);

    const Action service
        = serverAction(QStringLiteral("M4.1"), ActionType::DisableService, QStringLiteral("MSExchangeIMAP4"));
    const Action pool = serverAction(
        QStringLiteral("M3.1"), ActionType::DisableAppPool, QStringLiteral("MSExchangeOWACalendarAppPool"));
    for (const Action &action : {service, pool}) {
        auto onWin = (*win)->apply(action);
        auto onSsh = ssh->apply(action);
        QVERIFY2(onWin, why(onWin));
        QVERIFY2(onSsh, why(onSsh));
        QCOMPARE(onSsh->summary, onWin->summary);
        QCOMPARE(ssh->probe(action)->state, ActionState::InPlace);
        QCOMPARE((*win)->probe(action)->state, ActionState::InPlace);
    }
    QCOMPARE(readBytes(sshState + QStringLiteral("/services/msexchangeimap4")),
        QByteArray("MSExchangeIMAP4 DISABLED STOPPED\n"));
    QCOMPARE(readBytes(sshState + QStringLiteral("/pools/msexchangeowacalendarapppool")),
        QByteArray("MSExchangeOWACalendarAppPool false Stopped\n"));
    QCOMPARE(ssh->serviceStatus(QStringLiteral("MSExchangeIMAP4"))->startType, ServiceStartType::Disabled);
    QCOMPARE((*win)->serviceStatus(QStringLiteral("MSExchangeIMAP4"))->startType, ServiceStartType::Disabled);
    for (const Action &action : {pool, service}) {
        auto onWin = (*win)->rollback(action);
        auto onSsh = ssh->rollback(action);
        QVERIFY2(onWin, why(onWin));
        QVERIFY2(onSsh, why(onSsh));
        QCOMPARE(onSsh->summary, onWin->summary);
    }
    QCOMPARE(readBytes(sshState + QStringLiteral("/services/msexchangeimap4")),
        QByteArray("MSExchangeIMAP4 DEMAND_START RUNNING\n"));
    QCOMPARE(readBytes(sshState + QStringLiteral("/pools/msexchangeowacalendarapppool")),
        QByteArray("MSExchangeOWACalendarAppPool true Started\n"));
    // The very same tool calls, in the same order.
    QCOMPARE(QString::fromUtf8(readBytes(sshState + QStringLiteral("/calls.log"))).split(QLatin1Char('\n')),
        QString::fromUtf8(readBytes(winState + QStringLiteral("/calls.log"))).split(QLatin1Char('\n')));
    QVERIFY(!readBytes(sshState + QStringLiteral("/calls.log")).isEmpty());
    // An unknown service: the tool's own message, named.
    auto unknown = ssh->serviceStatus(QStringLiteral("MSExchangeIMAP5"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("service 'MSExchangeIMAP5': sc.exe qc failed "
                                                             "(OpenService 1060)")),
        qPrintable(unknown.error().message));
}

void TestSshHost::cycleOverSshWithAServerThatNeverAnswers()
{
    auto directory = OrgDirectory::open(m_tmp.filePath(QStringLiteral("cycle/directory.db")));
    QVERIFY2(directory, why(directory));
    QVERIFY(acceptCatalog(**directory, testCatalog(), QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC)));
    const QString state = stubState(QStringLiteral("CYCLE"));
    // The Exchange 2019 Mailbox services, as sc.exe would report them.
    writeBytes(state + QStringLiteral("/services/msexchangeimap4"), "MSExchangeIMAP4 DEMAND_START STOPPED\n");
    writeBytes(
        state + QStringLiteral("/pools/msexchangeowacalendarapppool"), "MSExchangeOWACalendarAppPool true Started\n");
    StalledServer stalled;
    QStringList roots;
    for (const char *name : {"EX01", "EX02", "EX03"}) {
        const QString server = QString::fromLatin1(name);
        Server s;
        s.name = server;
        s.build = *Build::parse(QStringLiteral("15.2.1118.7"));
        s.role = ServerRole::Mailbox;
        if (server == QLatin1String("EX02")) {
            s.host = QStringLiteral("ssh://root@127.0.0.1:%1/C:/").arg(stalled.port());
        } else {
            roots << newLab(server);
            s.host = m_sshd->locator(roots.last());
        }
        auto added = (*directory)->addServer(s, admin);
        QVERIFY2(added, why(added));
    }
    CycleOptions options;
    options.hostOptions = sshOptions(QStringLiteral("CYCLE"));
    options.hostOptions.connectTimeoutMs = 2000;
    options.workers = 2;
    options.writeLog = false;
    QElapsedTimer timer;
    timer.start();
    auto report = runCycle(**directory, options);
    QVERIFY2(report, why(report));
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));

    QCOMPARE(report->servers.size(), 3);
    for (const ServerOutcome &server : report->servers) {
        if (server.server == QLatin1String("EX02")) {
            const QString error = failureOf(server);
            QVERIFY2(error.contains(QStringLiteral("no answer within 2 s")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(stalled.port())), qPrintable(error));
            continue;
        }
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
        for (const ActionOutcome &action : server.actions)
            QVERIFY2(action.status.status == ActionStatus::Applied,
                qPrintable(server.server + QLatin1Char(' ') + action.status.actionId + QLatin1Char(' ')
                    + statusName(action.status.status) + QLatin1Char(' ') + action.status.detail.render()));
    }
    for (const QString &root : std::as_const(roots)) {
        bool ok = false;
        QCOMPARE(countNamed(readBytes(root + QStringLiteral("/inetpub/wwwroot/web.config")),
                     QStringLiteral("EEMS M1.1 PowerShell - inbound"), &ok),
            1);
        QVERIFY(ok);
        QCOMPARE(countNamed(readBytes(root + QLatin1Char('/') + appHostRel),
                     QStringLiteral("EEMS M5.1 Server - inbound"), &ok),
            1);
    }
    QCOMPARE(readBytes(state + QStringLiteral("/services/msexchangeimap4")),
        QByteArray("MSExchangeIMAP4 DISABLED STOPPED\n"));

    // The next cycle changes nothing on the servers that answer.
    const QMap<QString, QByteArray> before = snapshot(roots.first());
    auto second = runCycle(**directory, options);
    QVERIFY2(second, why(second));
    for (const ServerOutcome &server : second->servers) {
        if (server.server != QLatin1String("EX02"))
            QVERIFY2(!server.changed, qPrintable(server.server));
    }
    QVERIFY2(snapshot(roots.first()) == before, qPrintable(snapshotDifference(before, snapshot(roots.first()))));
}

void TestSshHost::unknownHostKeyInTheCycleNamesTheServer()
{
    auto directory = OrgDirectory::open(m_tmp.filePath(QStringLiteral("unknown/directory.db")));
    QVERIFY2(directory, why(directory));
    QVERIFY(acceptCatalog(**directory, testCatalog(), QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC)));
    const QString root = newLab(QStringLiteral("EX11"));
    Server s;
    s.name = QStringLiteral("EX11");
    s.build = *Build::parse(QStringLiteral("15.2.1118.7"));
    s.host = m_sshd->locator(root);
    QVERIFY((*directory)->addServer(s, admin));
    const QMap<QString, QByteArray> before = snapshot(root);
    CycleOptions options;
    options.hostOptions = sshOptions();
    options.hostOptions.knownHosts = std::make_shared<InMemoryKnownHosts>(); // nothing accepted
    options.writeLog = false;
    auto report = runCycle(**directory, options);
    QVERIFY2(report, why(report));
    QCOMPARE(report->servers.size(), 1);
    const QString error = failureOf(report->servers.first());
    QVERIFY2(error.contains(QStringLiteral("emctl ssh-trust EX11 --fingerprint %1").arg(m_sshd->hostKeyFingerprint())),
        qPrintable(error));
    QVERIFY2(snapshot(root) == before, "nothing changed on the server");
}

void TestSshHost::connectionCutMidUploadLeavesTheOldFile()
{
    const QString root = newLab(QStringLiteral("CUT"));
    QVERIFY(!root.isEmpty());
    const QString appHost = root + QLatin1Char('/') + appHostRel;
    const QByteArray original = readBytes(appHost);
    QVERIFY(original.size() > 100000);
    const Action action
        = urlRewrite(QStringLiteral("M5.1"), ActionScope::Server, QString(), fullRules(QStringLiteral("M5.1")));

    // Half of applicationHost.config is on its way when every sshd session
    // (the one serving us included) is killed.
    HostOptions options = sshOptions();
    int cuts = 0;
    options.failAt = [&](const QString &step, const QString &path) {
        if (step == QLatin1String("write") && path.endsWith(QLatin1String("applicationHost.config"))) {
            ++cuts;
            m_sshd->killSessions();
        }
        return false;
    };
    auto host = sshHost(root, options);
    QVERIFY(host);
    auto applied = host->apply(action);
    QCOMPARE(cuts, 1);
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(QStringLiteral("the connection was lost"))
            || applied.error().message.contains(QStringLiteral("the server ended the SFTP session")),
        qPrintable(applied.error().message));
    QVERIFY2(applied.error().message.contains(QStringLiteral("the file was left as it was")),
        qPrintable(applied.error().message));
    // The old file, whole; the temporary upload (part of the new one) beside it.
    QCOMPARE(readBytes(appHost), original);
    const QStringList leftovers
        = QDir(QFileInfo(appHost).path()).entryList({QStringLiteral("applicationHost.config.emtmp-*")}, QDir::Files);
    QCOMPARE(leftovers.size(), 1);
    QVERIFY(QFileInfo(QFileInfo(appHost).path() + QLatin1Char('/') + leftovers.first()).size() < original.size() * 2);
    // The host is done with: its connection is gone.
    auto after = host->probe(action);
    QVERIFY(!after);
    host.reset();

    // The next cycle (a new connection) writes it, and cleans the leftover.
    auto next = sshHost(root, sshOptions());
    QVERIFY(next);
    auto again = next->apply(action);
    QVERIFY2(again, why(again));
    QVERIFY(again->changed);
    QVERIFY(QDir(QFileInfo(appHost).path())
                .entryList({QStringLiteral("applicationHost.config.emtmp-*")}, QDir::Files)
                .isEmpty());
    bool ok = false;
    QCOMPARE(countNamed(readBytes(appHost), QStringLiteral("EEMS M5.1 PowerShell - inbound"), &ok), 1);
    QVERIFY(ok);
    QVERIFY(next->rollback(action));
    QCOMPARE(readBytes(appHost), original);
}

void TestSshHost::fullDiskOnTheServer()
{
    // A 1 MiB file system holds the lab, nearly full.
    const QString mountPoint = m_tmp.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(mountPoint));
    const QByteArray target = QFile::encodeName(mountPoint);
    QVERIFY2(::mount("tmpfs", target.constData(), "tmpfs", 0, "size=1m,mode=0755") == 0,
        qPrintable(QStringLiteral("mounting a 1 MiB tmpfs on %1 failed (%2): the test needs root, as in CI")
                       .arg(mountPoint, QString::fromLocal8Bit(std::strerror(errno)))));
    struct Unmount {
        QByteArray path;
        ~Unmount() { ::umount2(path.constData(), MNT_DETACH); }
    } unmount {target};
    const QString root = mountPoint + QStringLiteral("/EX21");
    auto lab = createLabServer(root, LabServerOptions {fixtureDir(), QStringLiteral("EX21")});
    QVERIFY2(lab, why(lab));
    const QString appHost = root + QLatin1Char('/') + appHostRel;
    const QByteArray original = readBytes(appHost);
    // Leave ~60 KiB: less than applicationHost.config (~175 KB) needs.
    struct statvfs fs {
    };
    QCOMPARE(::statvfs(target.constData(), &fs), 0);
    const qint64 free = qint64(fs.f_bavail) * qint64(fs.f_frsize);
    QVERIFY(free > 64 * 1024);
    QVERIFY(writeBytes(mountPoint + QStringLiteral("/filler"), QByteArray(free - 60 * 1024, 'f')));
    const QMap<QString, QByteArray> before = snapshot(root);

    const Action action
        = urlRewrite(QStringLiteral("M5.1"), ActionScope::Server, QString(), fullRules(QStringLiteral("M5.1")));
    for (const bool backups : {true, false}) {
        HostOptions options = sshOptions();
        options.keepBackups = backups;
        auto host = sshHost(root, options);
        QVERIFY(host);
        auto applied = host->apply(action);
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, ErrorCode::Io);
        QVERIFY2(applied.error().message.contains(QStringLiteral("the server's disk is full (")),
            qPrintable(applied.error().message));
        QVERIFY2(applied.error().message.contains(backups ? QStringLiteral("cannot write the backup")
                                                          : QStringLiteral("the file was left as it was")),
            qPrintable(applied.error().message));
        // Nothing half-written stays: the file, no temporary, no backup.
        QCOMPARE(readBytes(appHost), original);
        QMap<QString, QByteArray> now = snapshot(root);
        now.remove(QStringLiteral("ProgramData/EmConsole/host/state.json"));
        QMap<QString, QByteArray> expected = before;
        expected.remove(QStringLiteral("ProgramData/EmConsole/host/state.json"));
        QVERIFY2(now == expected, qPrintable(snapshotDifference(expected, now)));
    }
}

void TestSshHost::linksUnderTheRemoteRootAreRefused()
{
    const QString root = newLab(QStringLiteral("LINK"));
    QVERIFY(!root.isEmpty());
    // inetpub/wwwroot is a link to a folder outside the root.
    const QString outside = m_tmp.filePath(QStringLiteral("outside-wwwroot"));
    QVERIFY(QDir().rename(root + QStringLiteral("/inetpub/wwwroot"), outside));
    QVERIFY(QFile::link(outside, root + QStringLiteral("/inetpub/wwwroot")));
    const QMap<QString, QByteArray> outsideBefore = snapshot(outside);
    auto host = sshHost(root, sshOptions());
    QVERIFY(host);
    const Action action = urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
        fullRules(QStringLiteral("M1.1")));
    auto probed = host->probe(action);
    QVERIFY(!probed);
    QVERIFY2(
        probed.error().message.contains(QStringLiteral("'inetpub/wwwroot' is a symbolic link; refusing to follow it")),
        qPrintable(probed.error().message));
    auto applied = host->apply(action);
    QVERIFY(!applied);
    QVERIFY2(
        applied.error().message.contains(QStringLiteral("'inetpub/wwwroot' is a symbolic link; refusing to follow it")),
        qPrintable(applied.error().message));
    QVERIFY2(snapshot(outside) == outsideBefore, qPrintable(snapshotDifference(outsideBefore, snapshot(outside))));
    // applicationHost.config itself a link: the host refuses it, naming it.
    const QString appHost = root + QLatin1Char('/') + appHostRel;
    QVERIFY(QDir().rename(appHost, outside + QStringLiteral("/applicationHost.config")));
    QVERIFY(QFile::link(outside + QStringLiteral("/applicationHost.config"), appHost));
    auto server = urlRewrite(QStringLiteral("M5.1"), ActionScope::Server, QString(), fullRules(QStringLiteral("M5.1")));
    auto refused = host->apply(server);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("'Windows/System32/inetsrv/config/applicationHost.config' is a symbolic link")),
        qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestSshHost)
#include "tst_sshhost.moc"
