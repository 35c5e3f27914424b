// The org directory on a real PostgreSQL server (a private cluster with TLS,
// pgcluster.h) as an admin reaches it: emctl with a postgresql:// locator,
// `directory init`, passwords only from libpq's sources, the messages for a
// server that is down, a refused login and a failed TLS verification,
// serialization failures run again, and `directory copy` both ways.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "directory/connection.h"
#include "directory/directorycopy.h"
#include "directory/orgdirectory.h"
#include "pgcluster.h"

using namespace em;
using em::test::PostgresCluster;

namespace {
const Actor admin {QStringLiteral("alice"), QStringLiteral("admin-ws")};

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Server mailbox(const QString &name)
{
    Server s;
    s.name = name;
    s.build = *Build::parse(QStringLiteral("15.2.1118.7"));
    return s;
}

#define QVERIFY_OK(expression)                                                                                         \
    do {                                                                                                               \
        const auto &result_ = (expression);                                                                            \
        QVERIFY2(result_, qPrintable(result_ ? QString() : result_.error().message));                                  \
    } while (false)

PostgresCluster::Options withTls()
{
    PostgresCluster::Options options;
    options.tls = true;
    return options;
}
} // namespace

class TestPgDirectory : public QObject
{
    Q_OBJECT

    PostgresCluster m_cluster {withTls()};
    QTemporaryDir m_tmp;

    // emctl as an admin runs it: no PG* variables but those given.
    Run emctl(const QStringList &args, const QMap<QString, QString> &environment = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("PG")) || key == QLatin1String("EM_DIRECTORY"))
                env.remove(key);
        }
        env.insert(QStringLiteral("HOME"), m_tmp.path()); // no ~/.pgpass of the machine
        for (auto it = environment.begin(); it != environment.end(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(EMCTL_PATH), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonArray json(const QString &locator, const QString &verb)
    {
        const Run r
            = emctl({QStringLiteral("--directory"), locator, verb, QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    // What an admin sees of a directory (audit ids and all).
    QByteArray snapshot(const QString &locator)
    {
        QByteArray all;
        for (const char *verb : {"get-server", "get-org", "audit", "events", "trust list"}) {
            const QStringList words = QString::fromLatin1(verb).split(QLatin1Char(' '));
            QStringList args = {QStringLiteral("--directory"), locator};
            args << words << QStringLiteral("--format") << QStringLiteral("json");
            const Run r = emctl(args);
            all += verb;
            all += r.out.toUtf8();
        }
        return all;
    }

    QString newDatabase()
    {
        const QString name = m_cluster.createDatabase();
        if (name.isEmpty())
            qWarning("%s", qPrintable(m_cluster.error()));
        return name;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.ok(), qPrintable(m_cluster.error()));
        QVERIFY(m_tmp.isValid());
    }

    void passwordInTheLocatorIsRefused_data()
    {
        QTest::addColumn<QString>("locator");
        QTest::newRow("user:password@") << QStringLiteral("postgresql://em:Hunter2pw@db.contoso.com/emdir");
        QTest::newRow("?password=") << QStringLiteral("postgresql://em@db.contoso.com/emdir?password=Hunter2pw");
        QTest::newRow("?sslpassword=") << QStringLiteral("postgres:///emdir?host=/run/x&sslpassword=Hunter2pw");
    }
    void passwordInTheLocatorIsRefused()
    {
        QFETCH(QString, locator);
        auto parsed = DirectoryLocator::parse(locator);
        QVERIFY(!parsed);
        QVERIFY2(!parsed.error().message.contains(QLatin1String("Hunter2pw")), qPrintable(parsed.error().message));
        for (const char *where : {"~/.pgpass", "PGPASSFILE", "PGPASSWORD"})
            QVERIFY2(parsed.error().message.contains(QLatin1String(where)), qPrintable(parsed.error().message));
        // emctl refuses it the same, before connecting, and never repeats it.
        const Run r = emctl({QStringLiteral("--directory"), locator, QStringLiteral("get-server")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("~/.pgpass")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Hunter2pw")) && !r.out.contains(QLatin1String("Hunter2pw")),
            qPrintable(r.err));
    }

    void locatorsReadBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("server");
        QTest::newRow("tcp") << QStringLiteral("postgresql://emadmin@db.contoso.com/emdir?sslmode=verify-full")
                             << QStringLiteral("postgresql://emadmin@db.contoso.com/emdir?sslmode=verify-full")
                             << QStringLiteral("db.contoso.com:5432");
        QTest::newRow("port") << QStringLiteral("postgres://emadmin@db.contoso.com:6432/emdir")
                              << QStringLiteral("postgresql://emadmin@db.contoso.com:6432/emdir")
                              << QStringLiteral("db.contoso.com:6432");
        QTest::newRow("socket") << QStringLiteral("postgresql:///emdir?host=/run/postgresql")
                                << QStringLiteral("postgresql:///emdir?host=/run/postgresql")
                                << QStringLiteral("/run/postgresql (Unix socket)");
    }
    void locatorsReadBack()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, server);
        auto parsed = DirectoryLocator::parse(text);
        QVERIFY_OK(parsed);
        QCOMPARE(parsed->kind(), DirectoryLocator::Kind::PostgreSql);
        QCOMPARE(parsed->toString(), canonical);
        QCOMPARE(parsed->serverName(), server);
        QCOMPARE(DirectoryLocator::parse(parsed->toString())->toString(), canonical);
    }

    void emctlInitThenEveryVerbOnPostgres()
    {
        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        const QString locator = m_cluster.locator(db);
        // An empty database is not made a directory by any verb but init.
        Run r = emctl({QStringLiteral("--directory"), locator, QStringLiteral("get-server")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("emctl directory init")), qPrintable(r.err));
        QCOMPARE(m_cluster.psql(db,
                     QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                    " WHERE table_schema = 'public'")),
            QStringLiteral("0"));

        r = emctl({QStringLiteral("--directory"), locator, QStringLiteral("directory"), QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(
                     QStringLiteral("Created the EM Console schema (version %1)").arg(OrgDirectory::schemaVersion)),
            qPrintable(r.out));
        r = emctl({QStringLiteral("--directory"), locator, QStringLiteral("directory"), QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("nothing to do")), qPrintable(r.out + r.err));

        // EM_DIRECTORY, as --directory.
        const QMap<QString, QString> viaEnvironment {{QStringLiteral("EM_DIRECTORY"), locator}};
        r = emctl({QStringLiteral("add-server"), QStringLiteral("EX01"), QStringLiteral("--build"),
                      QStringLiteral("15.2.1118.7")},
            viaEnvironment);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = emctl({QStringLiteral("block"), QStringLiteral("EX01"), QStringLiteral("M1")}, viaEnvironment);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray servers = json(locator, QStringLiteral("get-server"));
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first()[QLatin1String("Name")].toString(), QStringLiteral("EX01"));
        QCOMPARE(servers.first()[QLatin1String("MitigationsBlocked")].toArray(), QJsonArray {QStringLiteral("M1")});
        QCOMPARE(json(locator, QStringLiteral("audit")).size(), 2);
        // The constraints hold on the server's side too.
        QCOMPARE(m_cluster.psql(db, QStringLiteral("SELECT count(*) FROM server_blocked")), QStringLiteral("1"));

        // A newer schema is refused and left alone.
        bool ok = false;
        m_cluster.psql(db, QStringLiteral("UPDATE schema_version SET version = 99"), &ok);
        QVERIFY(ok);
        r = emctl({QStringLiteral("--directory"), locator, QStringLiteral("directory"), QStringLiteral("init")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("newer")) && r.err.contains(QLatin1String("99")), qPrintable(r.err));
        QCOMPARE(m_cluster.psql(db, QStringLiteral("SELECT version FROM schema_version")), QStringLiteral("99"));
    }

    void loginRefusedThenPasswordFromLibpqSources()
    {
        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        bool ok = false;
        m_cluster.psql(db, QStringLiteral("GRANT ALL ON SCHEMA public TO emlogin"), &ok);
        QVERIFY(ok);
        const QString locator = m_cluster.locator(db, QStringLiteral("emlogin"));
        const QStringList init
            = {QStringLiteral("--directory"), locator, QStringLiteral("directory"), QStringLiteral("init")};

        Run r = emctl(init, {{QStringLiteral("PGPASSWORD"), QStringLiteral("not-the-password")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("refused the login")), qPrintable(r.err));
        QVERIFY2(r.err.contains(m_cluster.socketDir()), qPrintable(r.err)); // names the server
        QVERIFY2(r.err.contains(QLatin1String("PGPASSFILE")), qPrintable(r.err)); // and where a password goes
        QVERIFY2(!r.err.contains(QLatin1String("not-the-password")), qPrintable(r.err));

        // PGPASSFILE (the same file format as ~/.pgpass).
        const QString passfile = m_tmp.filePath(QStringLiteral("pgpass"));
        QFile f(passfile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("*:*:*:emlogin:emlogin-secret\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        r = emctl(init, {{QStringLiteral("PGPASSFILE"), passfile}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = emctl({QStringLiteral("--directory"), locator, QStringLiteral("add-server"), QStringLiteral("EX01"),
                      QStringLiteral("--build"), QStringLiteral("15.2.1118.7")},
            {{QStringLiteral("PGPASSWORD"), QStringLiteral("emlogin-secret")}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The audit row names the admin, never a secret.
        const QString audit = m_cluster.psql(db, QStringLiteral("SELECT * FROM audit"));
        QVERIFY(audit.contains(QLatin1String("EX01")));
        QVERIFY(!audit.contains(QLatin1String("emlogin-secret")));
    }

    void tlsVerification()
    {
        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        const QString tcp = QStringLiteral("postgresql://em@localhost:%1/%2?sslmode=verify-full&sslrootcert=%3")
                                .arg(m_cluster.tcpPort())
                                .arg(db);
        Run r = emctl({QStringLiteral("--directory"), tcp.arg(m_cluster.otherCaCertPath()), QStringLiteral("directory"),
            QStringLiteral("init")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("TLS verification")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("localhost:%1").arg(m_cluster.tcpPort())), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("certificate verify failed")), qPrintable(r.err));
        QCOMPARE(m_cluster.psql(db,
                     QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                    " WHERE table_schema = 'public'")),
            QStringLiteral("0"));
        // The right CA: the same database, over TLS.
        r = emctl({QStringLiteral("--directory"), tcp.arg(m_cluster.caCertPath()), QStringLiteral("directory"),
            QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void serializationFailureIsRunAgain()
    {
        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        OrgDirectory::Options options;
        options.initialize = true;
        auto dir = OrgDirectory::open(m_cluster.locator(db), options);
        QVERIFY_OK(dir);
        QVERIFY_OK((*dir)->addServer(mailbox(QStringLiteral("EX01")), admin));

        // Another admin changes the server after this write read it and
        // before it writes: REPEATABLE READ refuses the stale write
        // (40001), and the connection runs the whole write again.
        int attempts = 0;
        auto written = (*dir)->write([&]() -> Result<void> {
            ++attempts;
            auto before = (*dir)->server(QStringLiteral("EX01"));
            if (!before)
                return fail(before.error());
            if (attempts == 1) {
                bool ok = false;
                m_cluster.psql(db,
                    QStringLiteral("UPDATE servers SET internet_web_proxy = 'http://proxy.contoso.com:8080'"
                                   " WHERE name = 'EX01'"),
                    &ok);
                if (!ok)
                    return fail(ErrorCode::Database, m_cluster.error());
            }
            auto changed = (*dir)->updateServer(
                QStringLiteral("EX01"), QStringLiteral("set-server"),
                [](Server &s) -> Result<void> {
                    s.mitigationsEnabled = false;
                    return {};
                },
                admin);
            if (!changed)
                return fail(changed.error());
            return {};
        });
        QVERIFY_OK(written);
        QCOMPARE(attempts, 2);
        QCOMPARE((*dir)->connection().writeRetries(), 1);
        // No lost update: both changes are there.
        auto s = (*dir)->server(QStringLiteral("EX01"));
        QVERIFY_OK(s);
        QCOMPARE(s->mitigationsEnabled, false);
        QCOMPARE(s->internetWebProxy, QStringLiteral("http://proxy.contoso.com:8080"));
    }

    void copyBothWaysIdentical()
    {
        // A directory with a row in every table, on SQLite.
        const QString first = m_tmp.filePath(QStringLiteral("first.db"));
        {
            auto dir = OrgDirectory::open(first);
            QVERIFY_OK(dir);
            for (const char *name : {"EX01", "EX02", "EDGE01"})
                QVERIFY_OK((*dir)->addServer(mailbox(QString::fromLatin1(name)), admin));
            QVERIFY_OK((*dir)->updateServer(
                QStringLiteral("EX02"), QStringLiteral("block"),
                [](Server &s) -> Result<void> {
                    s.mitigationsBlocked = {QStringLiteral("M1"), QStringLiteral("M2")};
                    s.mitigationsEnabled = false;
                    return {};
                },
                admin));
            QVERIFY_OK((*dir)->updateOrg(
                [](OrgConfig &o) -> Result<void> {
                    o.checkInterval = std::chrono::seconds(1800);
                    return {};
                },
                admin));
            Catalog catalog;
            Mitigation m;
            m.id = QStringLiteral("M1");
            m.description = QStringLiteral("Mitigation of CVE-2022-41040");
            m.applicability = {{Product::Exchange2019, Build(15, 2, 0, 0), Build(15, 2, 1118, 15)}};
            Action a;
            a.id = QStringLiteral("M1.1");
            a.mitigationId = m.id;
            a.type = ActionType::UrlRewrite;
            a.scope = ActionScope::Site;
            a.target = QStringLiteral("Default Web Site");
            a.rulesXml = QStringLiteral("<rule name=\"EEMS M1.1\"/>");
            m.actions = {a};
            catalog.mitigations = {m};
            FeedState feed;
            feed.raw = QByteArray("<EOCS/>\0\xff", 9); // bytes, not text
            feed.canonical = "<EOCS></EOCS>";
            feed.sha256 = QStringLiteral("ab");
            feed.signer = QStringLiteral("CN=Signer");
            feed.signingTime = QDateTime(QDate(2026, 11, 20), QTime(10, 0, 7), Qt::UTC);
            QVERIFY_OK((*dir)->acceptFeed(feed, catalog));
            const QDateTime now(QDate(2026, 11, 25), QTime(10, 0, 1), Qt::UTC);
            QVERIFY_OK((*dir)->setActionStatuses(QStringLiteral("EX01"),
                {{QStringLiteral("EX01"), QStringLiteral("M1.1"), ActionStatus::Applied, {}, now, now}}));
            QVERIFY_OK((*dir)->addEvent({0, now, 1005, EventLevel::Information, QStringLiteral("EX01"),
                QStringLiteral("Applied M1.1 — café")}));
            QVERIFY_OK((*dir)->recordFeedAttempt({now, true, QStringLiteral("file"), QStringLiteral("ok")}));
        }
        const QByteArray original = snapshot(first);
        QVERIFY(original.contains("EDGE01"));

        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        const QString pg = m_cluster.locator(db);
        Run r = emctl({QStringLiteral("directory"), QStringLiteral("copy"), QStringLiteral("--from"), first,
            QStringLiteral("--to"), pg});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\d+ rows in \\d+ tables, identical"))),
            qPrintable(r.out));
        QCOMPARE(snapshot(pg), original);

        // And back, into a new file.
        const QString second = m_tmp.filePath(QStringLiteral("second.db"));
        r = emctl({QStringLiteral("directory"), QStringLiteral("copy"), QStringLiteral("--from"), pg,
            QStringLiteral("--to"), second});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("tables, identical")), qPrintable(r.out));
        QCOMPARE(snapshot(second), original);
        {
            auto a = DirectoryConnection::open(*DirectoryLocator::parse(first), {});
            auto b = DirectoryConnection::open(*DirectoryLocator::parse(second), {});
            QVERIFY_OK(a);
            QVERIFY_OK(b);
            auto same = compareDirectories(**a, **b);
            QVERIFY_OK(same);
            QVERIFY(same->rows >= 15);
            QCOMPARE(r.out.contains(QStringLiteral("%1 rows in %2 tables").arg(same->rows).arg(same->tables)), true);
        }

        // New rows on the copy get new ids (the identity went past the copied ones).
        r = emctl({QStringLiteral("--directory"), pg, QStringLiteral("add-server"), QStringLiteral("EX03"),
            QStringLiteral("--build"), QStringLiteral("15.2.1118.7")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A copy never merges: a target that holds a directory is refused, unchanged.
        const QByteArray before = snapshot(pg);
        r = emctl({QStringLiteral("directory"), QStringLiteral("copy"), QStringLiteral("--from"), first,
            QStringLiteral("--to"), pg});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("already holds a directory")), qPrintable(r.err));
        QCOMPARE(snapshot(pg), before);
    }

    void serverDownIsNamed()
    {
        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error()));
        const Run r = emctl({QStringLiteral("--directory"), m_cluster.locator(db), QStringLiteral("get-server")});
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_cluster.socketDir()), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("no server listens on that socket")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPgDirectory)
#include "tst_pgdirectory.moc"
