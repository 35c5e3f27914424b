// Several EM service nodes on one PostgreSQL directory (a private cluster,
// pgcluster.h), as real emctl processes: leases keep two nodes off one
// server, a node killed with SIGKILL loses its servers when its leases
// expire, and two nodes with two admins writing at the same time lose no
// update and apply each action on each server exactly once.

#include <csignal>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "directory/leasestore.h"
#include "enginefixture.h"
#include "feed/feedsign.h"
#include "pgcluster.h"
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

class TestServiceNodes : public QObject
{
    Q_OBJECT

    PostgresCluster m_cluster;
    QTemporaryDir m_tmp;
    std::unique_ptr<testpki::Pki> m_pki;
    QString m_feedPath;
    int m_serial = 0;

    QProcessEnvironment env(const QString &locator)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("EM_DIRECTORY"), locator);
        return e;
    }

    Run emctl(const QString &locator, const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(env(locator));
        p.start(QStringLiteral(EMCTL_PATH), args);
        if (!p.waitForFinished(120000))
            return {};
        return {
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    std::unique_ptr<QProcess> startNode(const QString &locator, const QString &node, int leaseSeconds)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env(locator));
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(EMCTL_PATH),
            {QStringLiteral("service"), QStringLiteral("--node"), node, QStringLiteral("--lease"),
                QString::number(leaseSeconds), QStringLiteral("--request-poll"), QStringLiteral("1")});
        return p;
    }

    // A PostgreSQL directory trusting the test PKI, whose feed is the signed
    // file, with `servers` lab servers; returns its database name.
    QString makeOrg(int servers)
    {
        const QString db = m_cluster.createDatabase();
        if (db.isEmpty())
            return {};
        OrgDirectory::Options options;
        options.initialize = true;
        auto dir = OrgDirectory::open(m_cluster.locator(db), options);
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
        const QString base = m_tmp.filePath(QStringLiteral("org%1").arg(++m_serial));
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
        }
        return db;
    }

    // Waits until `sql` prints `expected` (polled every 200 ms), at most `ms`.
    bool waitFor(const QString &db, const QString &sql, const QString &expected, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            if (m_cluster.psql(db, sql) == expected)
                return true;
            QTest::qWait(200);
        }
        return m_cluster.psql(db, sql) == expected;
    }

    static void stopNode(QProcess &p)
    {
        if (p.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(p.processId()), SIGTERM);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.ok(), qPrintable(m_cluster.error()));
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

    void leaseKeepsOtherNodesOffUntilItExpires()
    {
        const QString db = m_cluster.createDatabase();
        QVERIFY(!db.isEmpty());
        OrgDirectory::Options options;
        options.initialize = true;
        auto a = OrgDirectory::open(m_cluster.locator(db), options);
        QVERIFY(a);
        auto b = OrgDirectory::open(m_cluster.locator(db));
        QVERIFY(b);
        Server s;
        s.name = QStringLiteral("EX01");
        s.build = Build(15, 2, 1118, 7);
        QVERIFY((*a)->addServer(s, admin));
        LeaseStore leasesA((*a)->connection(), (*a)->historyStore());
        LeaseStore leasesB((*b)->connection(), (*b)->historyStore());

        QCOMPARE(*leasesA.claim(QStringLiteral("EX01"), QStringLiteral("node-a"), 2), true);
        QCOMPARE(*leasesB.claim(QStringLiteral("ex01"), QStringLiteral("node-b"), 2), false);
        QCOMPARE(*leasesA.claim(QStringLiteral("EX01"), QStringLiteral("node-a"), 2), true); // renewed
        QCOMPARE(leasesB.serving(QStringLiteral("EX01"))->leaseNode, QStringLiteral("node-a"));
        // On the database's clock: expired after 2 s, whatever this machine's clock says.
        QTest::qWait(3100);
        QCOMPARE(leasesB.serving(QStringLiteral("EX01"))->leaseNode, QString());
        QCOMPARE(*leasesB.claim(QStringLiteral("EX01"), QStringLiteral("node-b"), 60), true);
        QCOMPARE(*leasesA.claim(QStringLiteral("EX01"), QStringLiteral("node-a"), 60), false);
        QVERIFY(leasesB.release(QStringLiteral("node-b")));
        QCOMPARE(*leasesA.claim(QStringLiteral("EX01"), QStringLiteral("node-a"), 60), true);
        auto unknown = leasesA.claim(QStringLiteral("EX99"), QStringLiteral("node-a"), 60);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QLatin1String("EX99")));
    }

    // On a new account there is no data folder yet: the run log of a
    // directory on a database server goes to one made then (the service did
    // all its work, then exited 1 because the log could not be written).
    void runLogOnANewAccount()
    {
        const QString db = makeOrg(1);
        QVERIFY(!db.isEmpty());
        const QString home = m_tmp.filePath(QStringLiteral("new-account%1").arg(++m_serial));
        QVERIFY(QDir().mkpath(home));
        QProcess p;
        QProcessEnvironment e = env(m_cluster.locator(db));
        e.insert(QStringLiteral("HOME"), home);
        e.remove(QStringLiteral("XDG_DATA_HOME"));
        e.remove(QStringLiteral("EM_LOG_DIRECTORY"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(EMCTL_PATH), {QStringLiteral("service"), QStringLiteral("--once")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QDir logs(home + QStringLiteral("/.local/share/emconsole/Logging/MitigationService"));
        QCOMPARE(logs.entryList(QDir::Files).size(), 1);
    }

    void killedNodeIsTakenOverAfterItsLeases()
    {
        const QString db = makeOrg(4);
        QVERIFY(!db.isEmpty());
        const QString locator = m_cluster.locator(db);
        const int lease = 4;
        auto a = startNode(locator, QStringLiteral("node-a"), lease);
        QVERIFY(a->waitForStarted());
        const QString servedByA = QStringLiteral("SELECT count(*) FROM servers WHERE served_by = 'node-a'");
        QVERIFY2(waitFor(db, servedByA, QStringLiteral("4"), 60000), a->readAll().constData());
        ::kill(pid_t(a->processId()), SIGKILL);
        QVERIFY(a->waitForFinished(10000));
        // What node-a held when it died: nobody may serve those servers before this.
        const QString heldUntil = m_cluster.psql(db,
            QStringLiteral("SELECT to_char(max(expires_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')"
                           " FROM server_leases WHERE node = 'node-a'"));
        QVERIFY(!heldUntil.isEmpty());

        QElapsedTimer timer;
        timer.start();
        auto b = startNode(locator, QStringLiteral("node-b"), lease);
        QVERIFY(b->waitForStarted());
        const QString servedByB = QStringLiteral("SELECT count(*) FROM servers WHERE served_by = 'node-b'");
        // One lease period, plus the service's start delay and interval (1 s, 2 s) and a cycle.
        QVERIFY2(waitFor(db, servedByB, QStringLiteral("4"), (lease + 8) * 1000), b->readAll().constData());
        QVERIFY(timer.elapsed() <= (lease + 8) * 1000);
        QCOMPARE(
            m_cluster.psql(db, QStringLiteral("SELECT count(*) FROM servers WHERE served_at < '%1+00'").arg(heldUntil)),
            QStringLiteral("0"));
        // get-server says who served it, and when.
        const Run r = emctl(locator,
            {QStringLiteral("get-server"), QStringLiteral("EX01"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject ex01 = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(ex01[QLatin1String("ServedBy")].toString(), QStringLiteral("node-b"));
        QVERIFY(!ex01[QLatin1String("ServedAt")].toString().isEmpty());
        stopNode(*b);
        QCOMPARE(b->exitCode(), 0);
        // A node that stops cleanly gives its servers up at once.
        QCOMPARE(m_cluster.psql(db, QStringLiteral("SELECT count(*) FROM server_leases WHERE node = 'node-b'")),
            QStringLiteral("0"));
    }

    void twoNodesTwoAdminsFiftyServers()
    {
        // 50 servers; the asan preset runs 20 (EM_TEST_NODE_SERVERS): every
        // emctl process there costs several times as much, and the 50 run in
        // the ci preset.
        const int servers = qEnvironmentVariableIntValue("EM_TEST_NODE_SERVERS") > 0
            ? qEnvironmentVariableIntValue("EM_TEST_NODE_SERVERS")
            : 50;
        const QString db = makeOrg(servers);
        QVERIFY(!db.isEmpty());
        const QString locator = m_cluster.locator(db);
        auto a = startNode(locator, QStringLiteral("node-a"), 120);
        auto b = startNode(locator, QStringLiteral("node-b"), 120);
        QVERIFY(a->waitForStarted());
        QVERIFY(b->waitForStarted());

        // Two admins, 100 changes each, while the nodes apply: one sets the
        // proxy of every server twice, the other blocks an ID on every server
        // and sets its site.
        const auto adminScript = [&](int which) {
            QStringList lines;
            for (int round = 1; round <= 2; ++round) {
                for (int i = 1; i <= servers; ++i) {
                    const QString name = QStringLiteral("EX%1").arg(i, 2, 10, QLatin1Char('0'));
                    if (which == 1)
                        lines << QStringLiteral("\"$EMCTL\" set-server %1 --internet-web-proxy http://proxy%2:8080 "
                                                "|| exit 1")
                                     .arg(name)
                                     .arg(round);
                    else if (round == 1)
                        lines << QStringLiteral("\"$EMCTL\" block %1 M9 || exit 1").arg(name);
                    else
                        lines << QStringLiteral("\"$EMCTL\" set-server %1 --site %2 || exit 1")
                                     .arg(name, i % 2 ? QStringLiteral("Paris") : QStringLiteral("Lyon"));
                }
            }
            return lines.join(QLatin1Char('\n'));
        };
        QProcess admin1, admin2;
        for (QProcess *p : {&admin1, &admin2}) {
            QProcessEnvironment e = env(locator);
            e.insert(QStringLiteral("EMCTL"), QStringLiteral(EMCTL_PATH));
            p->setProcessEnvironment(e);
            p->setProcessChannelMode(QProcess::MergedChannels);
        }
        admin1.start(QStringLiteral("sh"), {QStringLiteral("-c"), adminScript(1)});
        admin2.start(QStringLiteral("sh"), {QStringLiteral("-c"), adminScript(2)});
        QVERIFY(admin1.waitForFinished(300000));
        QVERIFY(admin2.waitForFinished(300000));
        QVERIFY2(admin1.exitCode() == 0, admin1.readAll().constData());
        QVERIFY2(admin2.exitCode() == 0, admin2.readAll().constData());

        // Every server served once the admins are done.
        QVERIFY2(waitFor(db, QStringLiteral("SELECT count(*) FROM servers WHERE served_by <> ''"),
                     QString::number(servers), 120000),
            (a->readAll() + b->readAll()).constData());
        stopNode(*a);
        stopNode(*b);
        QCOMPARE(a->exitCode(), 0);
        QCOMPARE(b->exitCode(), 0);

        // No lost update.
        QCOMPARE(m_cluster.psql(db,
                     QStringLiteral("SELECT count(*) FROM servers WHERE internet_web_proxy = 'http://proxy2:8080'")),
            QString::number(servers));
        QCOMPARE(m_cluster.psql(db, QStringLiteral("SELECT count(*) FROM server_blocked WHERE entry = 'M9'")),
            QString::number(servers));
        QCOMPARE(m_cluster.psql(db, QStringLiteral("SELECT count(*) FROM servers WHERE site = 'Paris'")),
            QString::number(servers / 2));
        // Every audit row present: 50 add-server, 100 proxy, 50 block, 50 site.
        QCOMPARE(m_cluster.psql(db, QStringLiteral("SELECT count(*) FROM audit WHERE property = 'InternetWebProxy'")),
            QString::number(2 * servers));
        QCOMPARE(m_cluster.psql(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'block'")),
            QString::number(servers));
        QCOMPARE(m_cluster.psql(db, QStringLiteral("SELECT count(*) FROM audit WHERE property = 'Site'")),
            QString::number(servers));
        // Each action applied exactly once on each server (event 1005): no
        // server was worked on by both nodes at once.
        QCOMPARE(m_cluster.psql(db,
                     QStringLiteral("SELECT server || ' ' || message || ' x' || count(*) FROM events"
                                    " WHERE event_id = 1005 GROUP BY server, message HAVING count(*) > 1")),
            QString());
        const QString perServer = m_cluster.psql(
            db, QStringLiteral("SELECT DISTINCT count(*) FROM events WHERE event_id = 1005 GROUP BY server"));
        QVERIFY2(!perServer.contains(QLatin1Char('\n')) && perServer.toInt() >= 3, qPrintable(perServer));
        QCOMPARE(m_cluster.psql(db, QStringLiteral("SELECT count(*) FROM events WHERE event_id = 1005")),
            QString::number(servers * perServer.toInt()));
        // The constraints held: no lease or block entry of a server that is not there.
        QCOMPARE(m_cluster.psql(db,
                     QStringLiteral("SELECT count(*) FROM server_blocked b LEFT JOIN servers s ON s.id = b.server_id"
                                    " WHERE s.id IS NULL")),
            QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestServiceNodes)
#include "tst_servicenodes.moc"
