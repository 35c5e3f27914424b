// The EM service and the cycle as real emctl processes: the service loop
// (delay, interval, run requests, clean stop on SIGTERM), a run killed at
// random moments (every config file is always either the old or the new one),
// and admins changing settings while the service runs (nothing lost).

#include <csignal>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "enginefixture.h"
#include "feed/feedsign.h"
#include "testpki.h"

using namespace em;
using namespace em::test;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<testpki::Pki> m_pki;
    QString m_feedPath;
    int m_serial = 0;

    QProcessEnvironment env(const QString &dirPath)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("EM_DIRECTORY"), dirPath);
        return e;
    }

    Run emctl(const QString &dirPath, const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(env(dirPath));
        p.start(QStringLiteral(EMCTL_PATH), args);
        if (!p.waitForFinished(120000))
            return {};
        return {
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // A fresh directory trusting the test PKI, whose feed URL is the signed
    // feed file, with `servers` lab servers; returns the directory path.
    QString makeOrg(int servers, QStringList *roots = nullptr)
    {
        const QString base = m_tmp.filePath(QStringLiteral("org%1").arg(++m_serial));
        const QString path = base + QStringLiteral("/directory.db");
        auto dir = OrgDirectory::open(path);
        if (!dir)
            return {};
        TrustProfile profile = m_pki->profile();
        profile.name = QStringLiteral("test");
        if (!(*dir)->addTrustProfile(profile, admin))
            return {};
        const bool orgOk = bool((*dir)->updateOrg(
            [&](OrgConfig &o) -> Result<void> {
                o.trustProfile = profile.name;
                o.feedUrl = QUrl::fromLocalFile(m_feedPath);
                o.firstCheckDelay = std::chrono::seconds(1);
                o.checkInterval = std::chrono::seconds(2);
                return {};
            },
            admin));
        if (!orgOk)
            return {};
        for (int i = 1; i <= servers; ++i) {
            const QString name = QStringLiteral("EX%1").arg(i, 2, 10, QLatin1Char('0'));
            auto lab = createLabServer(base + QLatin1Char('/') + name, LabServerOptions {{}, name});
            if (!lab)
                return {};
            Server s;
            s.name = name;
            s.build = Build(15, 2, 1118, 7);
            s.host = lab->locator;
            if (!(*dir)->addServer(s, admin))
                return {};
            if (roots)
                *roots << lab->root;
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QDir().mkpath(m_tmp.filePath(QStringLiteral("pki")));
        m_pki = std::make_unique<testpki::Pki>(m_tmp.filePath(QStringLiteral("pki")));
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
        SigningInput input;
        input.keyPem = m_pki->signer.keyPem;
        input.certificatePem = m_pki->signer.certPem;
        input.chainPem = m_pki->intermediate.certPem;
        auto signedFeed = signFeed(serviceFeedXml, input);
        QVERIFY2(signedFeed, qPrintable(signedFeed ? QString() : signedFeed.error().message));
        m_feedPath = m_tmp.filePath(QStringLiteral("feed.xml"));
        QVERIFY(writeFile(m_feedPath, signedFeed->document));
    }

    void onceFetchesVerifiesAndApplies()
    {
        QStringList roots;
        const QString dirPath = makeOrg(2, &roots);
        QVERIFY(!dirPath.isEmpty());
        const Run r = emctl(dirPath, {QStringLiteral("service"), QStringLiteral("--once")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("feed accepted")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("[EX01] Success: 4 applied, 4 changed")));
        QVERIFY(r.out.contains(QLatin1String("[EX02] Success: 4 applied, 4 changed")));
        for (const QString &root : roots)
            QCOMPARE(countNamed(readFile(root + QLatin1Char('/') + siteWebConfig),
                         QStringLiteral("EEMS M1.1 PowerShell - inbound")),
                1);
    }

    void runIsAuditedDryRunIsNot()
    {
        const QString dirPath = makeOrg(2);
        QVERIFY(!dirPath.isEmpty());
        QCOMPARE(emctl(dirPath, {QStringLiteral("feed"), QStringLiteral("fetch")}).exitCode, 0);
        QCOMPARE(emctl(dirPath, {QStringLiteral("run"), QStringLiteral("--dry-run")}).exitCode, 0);
        QCOMPARE(
            emctl(dirPath, {QStringLiteral("run"), QStringLiteral("--identity"), QStringLiteral("ex02")}).exitCode, 0);
        auto dir = OrgDirectory::open(dirPath);
        QVERIFY(dir);
        const auto audit = (*dir)->audit();
        QStringList runs;
        for (const AuditEntry &e : *audit) {
            if (e.action == QLatin1String("run"))
                runs << e.target + QLatin1Char(' ') + e.newValue;
        }
        QCOMPARE(runs, QStringList {QStringLiteral("EX02 Success: 4 applied, 4 changed")});
    }

    // The reported scenario: mitigations turned off (or an action blocked)
    // after a run; get-server and Get-Mitigations still list what is in place
    // until an admin rolls it back.
    void getServerListsWhatIsInPlace_data()
    {
        QTest::addColumn<QStringList>("stop");
        QTest::addColumn<QString>("stoppedDetail");
        QTest::newRow("org off") << QStringList {QStringLiteral("set-org"), QStringLiteral("--mitigations-enabled"),
            QStringLiteral("false")}
                                 << QStringLiteral("mitigations are disabled for the organization");
        QTest::newRow("server off") << QStringList {QStringLiteral("set-server"), QStringLiteral("EX01"),
            QStringLiteral("--mitigations-enabled"), QStringLiteral("false")}
                                    << QStringLiteral("mitigations are disabled on this server");
        QTest::newRow("blocked") << QStringList {QStringLiteral("block"), QStringLiteral("EX01"), QStringLiteral("M1")}
                                 << QStringLiteral("blocked by an administrator");
    }

    void getServerListsWhatIsInPlace()
    {
        QFETCH(QStringList, stop);
        QFETCH(QString, stoppedDetail);
        QStringList roots;
        const QString dirPath = makeOrg(1, &roots);
        QVERIFY(!dirPath.isEmpty());
        const QString site = roots.first() + QLatin1Char('/') + siteWebConfig;
        QCOMPARE(emctl(dirPath, {QStringLiteral("feed"), QStringLiteral("fetch")}).exitCode, 0);
        QCOMPARE(emctl(dirPath, {QStringLiteral("run")}).exitCode, 0);
        const QString all = QStringLiteral("MitigationsApplied         : {M1.1, M2.1, M3.1, PING1}\n");
        Run r = emctl(dirPath, {QStringLiteral("get-server"), QStringLiteral("EX01")});
        QVERIFY2(r.out.contains(all), qPrintable(r.out));

        r = emctl(dirPath, stop);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = emctl(dirPath, {QStringLiteral("run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(countNamed(readFile(site), QStringLiteral("EEMS M1.1 PowerShell - inbound")), 1);
        r = emctl(dirPath, {QStringLiteral("get-server"), QStringLiteral("EX01")});
        QVERIFY2(r.out.contains(all), qPrintable(r.out));
        r = emctl(dirPath,
            {QStringLiteral("get-mitigations"), QStringLiteral("--identity"), QStringLiteral("EX01"),
                QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 4);
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            QCOMPARE(o.value(QStringLiteral("Status")).toString(), QStringLiteral("Applied"));
        }
        const QString m11Detail = rows.first().toObject().value(QStringLiteral("Detail")).toString();
        QCOMPARE(rows.first().toObject().value(QStringLiteral("ID")).toString(), QStringLiteral("M1.1"));
        QVERIFY2(m11Detail.startsWith(QStringLiteral("still in place; ") + stoppedDetail), qPrintable(m11Detail));
        QVERIFY2(m11Detail.contains(QLatin1String("which stops further changes")), qPrintable(m11Detail));

        r = emctl(dirPath, {QStringLiteral("rollback"), QStringLiteral("EX01"), QStringLiteral("M1.1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(countNamed(readFile(site), QStringLiteral("EEMS M1.1 PowerShell - inbound")), 0);
        QCOMPARE(emctl(dirPath, {QStringLiteral("run")}).exitCode, 0);
        r = emctl(dirPath, {QStringLiteral("get-server"), QStringLiteral("EX01")});
        QVERIFY2(
            r.out.contains(QLatin1String("MitigationsApplied         : {M2.1, M3.1, PING1}\n")), qPrintable(r.out));
    }

    void loopRunsEveryIntervalAndStopsOnSigterm()
    {
        const QString dirPath = makeOrg(1);
        QVERIFY(!dirPath.isEmpty());
        QProcess service;
        service.setProcessEnvironment(env(dirPath));
        service.start(QStringLiteral(EMCTL_PATH), {QStringLiteral("service")});
        QVERIFY(service.waitForStarted());
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        // first check after 1 s, then every 2 s (+ at most 0.2 s jitter)
        while (out.count("[EX01] Success") < 3 && timer.elapsed() < 30000) {
            service.waitForReadyRead(500);
            out += service.readAllStandardOutput();
        }
        QCOMPARE(out.count("[EX01] Success"), 3);
        QVERIFY2(timer.elapsed() >= 4000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(out.contains("first check in 1s"));
        ::kill(pid_t(service.processId()), SIGTERM);
        QVERIFY(service.waitForFinished(30000));
        out += service.readAllStandardOutput();
        QCOMPARE(service.exitStatus(), QProcess::NormalExit);
        QCOMPARE(service.exitCode(), 0);
        QVERIFY2(out.trimmed().endsWith("EM service stopped"), out.constData());
        // Three cycles ran: three event 1006 for the server.
        auto dir = OrgDirectory::open(dirPath);
        QVERIFY(dir);
        QVERIFY((*dir)->events(EventFilter {QStringLiteral("EX01"), {}, EventCycleFinished, 0})->size() >= 3);
    }

    void runRequestIsServedWithinThePoll()
    {
        const QString dirPath = makeOrg(1);
        {
            auto dir = OrgDirectory::open(dirPath);
            QVERIFY((*dir)->updateOrg(
                [](OrgConfig &o) -> Result<void> {
                    o.firstCheckDelay = std::chrono::hours(1);
                    o.checkInterval = std::chrono::hours(1);
                    return {};
                },
                admin));
        }
        QProcess service;
        service.setProcessEnvironment(env(dirPath));
        service.start(QStringLiteral(EMCTL_PATH),
            {QStringLiteral("service"), QStringLiteral("--request-poll"), QStringLiteral("1")});
        QVERIFY(service.waitForStarted());
        QByteArray out;
        while (!out.contains("first check in 1h") && service.waitForReadyRead(10000))
            out += service.readAllStandardOutput();
        QVERIFY2(out.contains("first check in 1h"), out.constData());
        {
            auto dir = OrgDirectory::open(dirPath);
            QVERIFY((*dir)->requestRun(admin)); // what the console's Run now does
        }
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("[EX01] Success") && timer.elapsed() < 20000) {
            service.waitForReadyRead(500);
            out += service.readAllStandardOutput();
        }
        QVERIFY2(out.contains("check started (run requested at"), out.constData());
        QVERIFY2(out.contains("[EX01] Success: 4 applied"), out.constData());
        ::kill(pid_t(service.processId()), SIGINT);
        QVERIFY(service.waitForFinished(30000));
        QCOMPARE(service.exitCode(), 0);
    }

    void killedRunLeavesOldOrNewFiles()
    {
        // The reference: what a complete run writes.
        QStringList refRoots;
        const QString refDir = makeOrg(1, &refRoots);
        const auto before = configHashes(refRoots.first());
        QCOMPARE(emctl(refDir, {QStringLiteral("service"), QStringLiteral("--once")}).exitCode, 0);
        const auto after = configHashes(refRoots.first());
        QVERIFY(before != after);

        QStringList roots;
        const QString dirPath = makeOrg(6, &roots);
        QVERIFY(!dirPath.isEmpty());
        QCOMPARE(emctl(dirPath, {QStringLiteral("feed"), QStringLiteral("fetch")}).exitCode, 0);
        // Keep pristine copies: each round starts from the original files (the
        // directory then says Applied and the run puts the rules back, as after
        // an admin's hand edit).
        for (const QString &root : roots)
            QVERIFY(QProcess::execute(
                        QStringLiteral("cp"), {QStringLiteral("-a"), root, root + QStringLiteral(".pristine")})
                == 0);
        const auto restore = [&] {
            for (const QString &root : roots) {
                QDir(root).removeRecursively();
                if (QProcess::execute(
                        QStringLiteral("cp"), {QStringLiteral("-a"), root + QStringLiteral(".pristine"), root})
                    != 0)
                    return false;
            }
            return true;
        };
        QElapsedTimer whole;
        whole.start();
        QCOMPARE(emctl(dirPath, {QStringLiteral("run")}).exitCode, 0);
        const qint64 fullRun = std::max<qint64>(whole.elapsed(), 50);
        for (const QString &root : roots)
            QCOMPARE(configHashes(root), after);

        int killedMidway = 0;
        int leftTemporaries = 0;
        // 25 kills; the asan preset runs 4 (EM_TEST_KILL_ROUNDS): each round
        // there costs about ten seconds, and the 25 run in the ci preset.
        const int rounds = qEnvironmentVariableIntValue("EM_TEST_KILL_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("EM_TEST_KILL_ROUNDS")
            : 25;
        for (int round = 0; round < rounds; ++round) {
            QVERIFY(restore());
            QProcess run;
            run.setProcessEnvironment(env(dirPath));
            run.start(QStringLiteral(EMCTL_PATH), {QStringLiteral("run")});
            QVERIFY(run.waitForStarted());
            QTest::qSleep(int(QRandomGenerator::global()->bounded(fullRun + 20)));
            ::kill(pid_t(run.processId()), SIGKILL);
            run.waitForFinished(10000);
            bool someNew = false, someOld = false;
            for (const QString &root : roots) {
                const auto now = configHashes(root);
                for (auto it = now.begin(); it != now.end(); ++it) {
                    if (!before.contains(it.key()))
                        continue; // a QSaveFile temporary left by the kill, never the config itself
                    const bool isOld = it.value() == before.value(it.key());
                    const bool isNew = it.value() == after.value(it.key());
                    QVERIFY2(isOld || isNew,
                        qPrintable(QStringLiteral("round %1: %2 is neither the old nor the new file")
                                       .arg(round)
                                       .arg(root + QLatin1Char('/') + it.key())));
                    someNew = someNew || (isNew && !isOld);
                    someOld = someOld || (isOld && !isNew);
                }
                for (const QString &config : {siteWebConfig, owaWebConfig, appHostConfig}) {
                    bool wellFormed = false;
                    countNamed(readFile(root + QLatin1Char('/') + config), QString(), &wellFormed);
                    QVERIFY(wellFormed);
                }
            }
            killedMidway += someNew && someOld;
            // The directory is intact and the next run completes the work.
            const Run completed = emctl(dirPath, {QStringLiteral("run")});
            QVERIFY2(completed.exitCode == 0, qPrintable(completed.err + completed.out));
            for (const QString &root : roots) {
                // Every config is the new one. A kill in the middle of a
                // write can leave that write's temporary (web.config.XXXXXX,
                // never in place of the config) and the next run does not
                // remove it (a known defect, counted below): it is the only
                // other file allowed.
                auto now = configHashes(root);
                for (auto it = now.begin(); it != now.end();) {
                    static const QRegularExpression temporary(QStringLiteral("^(.*)\\.[A-Za-z0-9]{6}$"));
                    const auto m = temporary.match(it.key());
                    if (!after.contains(it.key()) && m.hasMatch() && after.contains(m.captured(1))) {
                        ++leftTemporaries;
                        it = now.erase(it);
                    } else {
                        ++it;
                    }
                }
                QCOMPARE(now, after);
            }
        }
        qInfo("%d temporaries of killed writes were left next to their configs", leftTemporaries);
        qInfo("%d of %d kills landed between the first and the last file change", killedMidway, rounds);
        QVERIFY(killedMidway > 0); // the kills did hit runs in progress
    }

    void adminsAndServiceLoseNothing()
    {
        const QString dirPath = makeOrg(3);
        QVERIFY(!dirPath.isEmpty());
        QProcess service;
        service.setProcessEnvironment(env(dirPath));
        // A check every 2 s while an admin flips settings 40 times.
        service.start(QStringLiteral(EMCTL_PATH), {QStringLiteral("service")});
        QVERIFY(service.waitForStarted());
        const int n = 20;
        for (int i = 0; i < n; ++i) {
            const QString server = QStringLiteral("EX0%1").arg(1 + i % 3);
            QCOMPARE(emctl(dirPath, {QStringLiteral("block"), server, QStringLiteral("M%1").arg(10 + i)}).exitCode, 0);
            QCOMPARE(emctl(dirPath,
                         {QStringLiteral("set-server"), server, QStringLiteral("--mitigations-enabled"),
                             i % 2 ? QStringLiteral("true") : QStringLiteral("false")})
                         .exitCode,
                0);
            QTest::qSleep(100);
        }
        QTest::qSleep(2500); // at least one more check after the last change
        ::kill(pid_t(service.processId()), SIGTERM);
        QVERIFY(service.waitForFinished(30000));
        QCOMPARE(service.exitCode(), 0);

        // The file survived the service and the admins writing at once.
        QProcess check;
        check.start(QStringLiteral("sqlite3"), {dirPath, QStringLiteral("PRAGMA integrity_check")});
        QVERIFY(check.waitForFinished(30000));
        QCOMPARE(check.readAllStandardOutput().trimmed(), QByteArray("ok"));
        auto dir = OrgDirectory::open(dirPath);
        QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
        const auto audit = (*dir)->audit();
        int blocks = 0, sets = 0;
        for (const AuditEntry &e : *audit) {
            blocks += e.action == QLatin1String("block");
            sets += e.action == QLatin1String("set-server") && e.property == QLatin1String("MitigationsEnabled");
        }
        QCOMPARE(blocks, n);
        QVERIFY(sets >= n - 3); // the first change per server may repeat the stored value
        const auto servers = (*dir)->servers();
        int blockedTotal = 0;
        for (const Server &s : *servers) {
            blockedTotal += int(s.mitigationsBlocked.size());
            // Every action of the catalog has a status recorded for every server.
            QCOMPARE((*dir)->actionStatuses(s.name)->size(), 4);
        }
        QCOMPARE(blockedTotal, n);
        QVERIFY((*dir)->events(EventFilter {{}, {}, EventCycleFinished, 0})->size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
