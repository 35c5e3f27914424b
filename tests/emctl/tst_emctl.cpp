// emctl administration verbs run as a real process against a real directory
// file: output formats, exit codes, bad input that changes nothing, and two
// concurrent processes that lose no update.

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "faults.h"

namespace {
QStringList L(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestEmctl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;

    Run emctl(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EM_DIRECTORY"), m_db);
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(EMCTL_PATH), args);
        if (!p.waitForFinished(60000))
            return {};
        return {
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonArray json(const QStringList &args)
    {
        const Run r = emctl(QStringList(args) << QStringLiteral("--format") << QStringLiteral("json"));
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    // Everything an admin can see of the directory: servers, org and audit.
    QByteArray snapshot()
    {
        QByteArray all;
        for (const QString &verb : {QStringLiteral("get-server"), QStringLiteral("get-org"), QStringLiteral("audit")})
            all += QJsonDocument(json({verb})).toJson();
        return all;
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        static int n = 0;
        m_db = m_tmp.filePath(QStringLiteral("org%1.db").arg(++n));
    }

    void addAndShowServer()
    {
        Run r = emctl({QStringLiteral("add-server"), QStringLiteral("EX01"), QStringLiteral("--build"),
            QStringLiteral("15.2.1118.7"), QStringLiteral("--host"), QStringLiteral("dir:/srv/lab/EX01")});
        QCOMPARE(r.exitCode, 0);
        // The first verb that writes creates the directory, and says so.
        QCOMPARE(r.err, QStringLiteral("emctl: created a new org directory at %1\n").arg(m_db));

        r = emctl({QStringLiteral("get-server"), QStringLiteral("ex01")});
        QCOMPARE(r.exitCode, 0);
        // Format-List: names padded to one column, " : ", one record per block.
        QVERIFY2(r.out.contains(QLatin1String("\nName                       : EX01\n")), qPrintable(r.out));
        QVERIFY(
            r.out.contains(QLatin1String("Version                    : 15.2.1118.7 (Exchange Server 2019 CU12)\n")));
        QVERIFY(r.out.contains(QLatin1String("MitigationsEnabled         : True\n")));
        QVERIFY(r.out.contains(QLatin1String("MitigationsBlocked         : {}\n")));
        QVERIFY(r.out.contains(QLatin1String("Host                       : dir:/srv/lab/EX01\n")));

        const QJsonArray servers = json({QStringLiteral("get-server")});
        QCOMPARE(servers.size(), 1);
        const QJsonObject ex01 = servers.first().toObject();
        QCOMPARE(ex01.value(QStringLiteral("Name")).toString(), QStringLiteral("EX01"));
        QCOMPARE(ex01.value(QStringLiteral("Version")).toString(), QStringLiteral("15.2.1118.7"));
        QCOMPARE(ex01.value(QStringLiteral("MitigationsEnabled")).toBool(), true);
        QVERIFY(ex01.value(QStringLiteral("MitigationsBlocked")).isArray());
    }

    void buildForms()
    {
        QCOMPARE(emctl({QStringLiteral("add-server"), QStringLiteral("EX01"), QStringLiteral("--build"),
                           QStringLiteral("15.02.1118.020")})
                     .exitCode,
            0);
        QCOMPARE(emctl({QStringLiteral("add-server"), QStringLiteral("EX02"), QStringLiteral("--build"),
                           QStringLiteral("Version 15.2 (Build 2562.17)"), QStringLiteral("--role"),
                           QStringLiteral("EdgeTransport")})
                     .exitCode,
            0);
        const QJsonArray servers = json({QStringLiteral("get-server")});
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.at(0).toObject().value(QStringLiteral("VersionName")).toString(),
            QStringLiteral("Exchange Server 2019 CU12 Nov22SU"));
        QCOMPARE(servers.at(1).toObject().value(QStringLiteral("Role")).toString(), QStringLiteral("EdgeTransport"));
        QCOMPARE(servers.at(1).toObject().value(QStringLiteral("VersionName")).toString(),
            QStringLiteral("Exchange Server SE RTM"));
    }

    void settingsBlockListAndAudit()
    {
        QCOMPARE(emctl({QStringLiteral("add-server"), QStringLiteral("EX01"), QStringLiteral("--build"),
                           QStringLiteral("15.2.1118.7")})
                     .exitCode,
            0);
        QCOMPARE(emctl({QStringLiteral("set-server"), QStringLiteral("EX01"), QStringLiteral("--mitigations-enabled"),
                           QStringLiteral("$false"), QStringLiteral("--internet-web-proxy"),
                           QStringLiteral("http://proxy.contoso.com:8080")})
                     .exitCode,
            0);
        QCOMPARE(emctl({QStringLiteral("block"), QStringLiteral("EX01"), QStringLiteral("M1"), QStringLiteral("M2.1")})
                     .exitCode,
            0);
        QCOMPARE(emctl({QStringLiteral("block"), QStringLiteral("EX01"), QStringLiteral("m1")}).exitCode, 0); // already
        QCOMPARE(emctl({QStringLiteral("unblock"), QStringLiteral("EX01"), QStringLiteral("M1")}).exitCode, 0);
        QCOMPARE(emctl({QStringLiteral("set-org"), QStringLiteral("--mitigations-enabled"), QStringLiteral("false"),
                           QStringLiteral("--interval"), QStringLiteral("30m")})
                     .exitCode,
            0);

        const QJsonObject ex01 = json({QStringLiteral("get-server"), QStringLiteral("EX01")}).first().toObject();
        QCOMPARE(ex01.value(QStringLiteral("MitigationsEnabled")).toBool(), false);
        QCOMPARE(
            ex01.value(QStringLiteral("InternetWebProxy")).toString(), QStringLiteral("http://proxy.contoso.com:8080"));
        QCOMPARE(ex01.value(QStringLiteral("MitigationsBlocked")).toArray(), QJsonArray {QStringLiteral("M2.1")});
        const QJsonObject org = json({QStringLiteral("get-org")}).first().toObject();
        QCOMPARE(org.value(QStringLiteral("MitigationsEnabled")).toBool(), false);
        QCOMPARE(org.value(QStringLiteral("CheckInterval")).toString(), QStringLiteral("30m"));

        // Clearing the block list with an empty value.
        QCOMPARE(emctl({QStringLiteral("set-server"), QStringLiteral("EX01"), QStringLiteral("--mitigations-blocked"),
                           QString()})
                     .exitCode,
            0);
        QCOMPARE(json({QStringLiteral("get-server"), QStringLiteral("EX01")})
                     .first()
                     .toObject()
                     .value(QStringLiteral("MitigationsBlocked"))
                     .toArray()
                     .size(),
            0);

        const QJsonArray audit = json({QStringLiteral("audit"), QStringLiteral("--identity"), QStringLiteral("EX01")});
        QStringList actions;
        for (const auto &row : audit)
            actions << row.toObject().value(QStringLiteral("Action")).toString() + QLatin1Char(':')
                    + row.toObject().value(QStringLiteral("Property")).toString();
        // The repeated block of M1 changed nothing and left no row.
        QCOMPARE(actions,
            (QStringList {QStringLiteral("add-server:Version"), QStringLiteral("set-server:MitigationsEnabled"),
                QStringLiteral("set-server:InternetWebProxy"), QStringLiteral("block:MitigationsBlocked"),
                QStringLiteral("unblock:MitigationsBlocked"), QStringLiteral("set-server:MitigationsBlocked")}));
        const QJsonObject blockRow = audit.at(3).toObject();
        QCOMPARE(blockRow.value(QStringLiteral("OldValue")).toString(), QString());
        QCOMPARE(blockRow.value(QStringLiteral("NewValue")).toString(), QStringLiteral("M1, M2.1"));
        QVERIFY(!blockRow.value(QStringLiteral("Caller")).toString().isEmpty());
        QVERIFY(!blockRow.value(QStringLiteral("Host")).toString().isEmpty());

        const Run orgAudit
            = emctl({QStringLiteral("audit"), QStringLiteral("--identity"), QStringLiteral("Organization")});
        QVERIFY(orgAudit.out.contains(
            QLatin1String("Property       : CheckInterval\nOldValue       : 1h\nNewValue       : 30m")));

        const Run events = emctl({QStringLiteral("events")});
        QCOMPARE(events.exitCode, 0);
        QCOMPARE(events.out, QString());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        QTest::newRow("invalid build") << L({"add-server", "EX09", "--build", "15.2.1118"}) << 2
                                       << "invalid build '15.2.1118'";
        QTest::newRow("invalid build on set")
            << L({"set-server", "EX01", "--build", "Version 15"}) << 2 << "invalid build 'Version 15'";
        QTest::newRow("unknown server") << L({"set-server", "EX99", "--mitigations-enabled", "false"}) << 1
                                        << "server 'EX99': not found";
        QTest::newRow("unknown server block") << L({"block", "EX99", "M1"}) << 1 << "server 'EX99': not found";
        QTest::newRow("unknown server get") << L({"get-server", "EX99"}) << 1 << "server 'EX99': not found";
        QTest::newRow("duplicate name") << L({"add-server", "ex01", "--build", "15.2.1118.7"}) << 1
                                        << "server 'ex01': already registered as 'EX01'";
        QTest::newRow("invalid boolean") << L({"set-server", "EX01", "--mitigations-enabled", "yes"}) << 2
                                         << "invalid boolean 'yes'";
        QTest::newRow("invalid org boolean")
            << L({"set-org", "--mitigations-enabled", "2"}) << 2 << "invalid boolean '2'";
        QTest::newRow("invalid id") << L({"block", "EX01", "M1;DROP"}) << 2 << "invalid mitigation ID 'M1;DROP'";
        QTest::newRow("invalid id in list")
            << L({"set-server", "EX01", "--mitigations-blocked", "M1,2M"}) << 2 << "invalid mitigation ID '2M'";
        QTest::newRow("invalid duration") << L({"set-org", "--interval", "soon"}) << 2 << "invalid duration 'soon'";
        QTest::newRow("invalid feed url") << L({"set-org", "--feed-url", "http://example.com/feed"}) << 2
                                          << "invalid feed URL 'http://example.com/feed'";
        QTest::newRow("invalid proxy") << L({"set-server", "EX01", "--internet-web-proxy", "proxy:8080"}) << 2
                                       << "invalid proxy 'proxy:8080'";
        QTest::newRow("missing build") << L({"add-server", "EX09"}) << 2 << "--build is required";
        QTest::newRow("unknown verb") << L({"frobnicate"}) << 2 << "unknown verb 'frobnicate'";
        QTest::newRow("unknown option") << L({"get-server", "--colour"}) << 2 << "Unknown option 'colour'";
        QTest::newRow("missing argument") << L({"block", "EX01"}) << 2 << "missing argument";
        QTest::newRow("invalid format") << L({"get-server", "--format", "xml"}) << 2 << "invalid format 'xml'";
        QTest::newRow("invalid role") << L({"add-server", "EX09", "--build", "15.2.1118.7", "--role", "Hub"}) << 2
                                      << "invalid role 'Hub'";
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QCOMPARE(emctl({QStringLiteral("add-server"), QStringLiteral("EX01"), QStringLiteral("--build"),
                           QStringLiteral("15.2.1118.7")})
                     .exitCode,
            0);
        const QByteArray before = snapshot();
        const Run r = emctl(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(QStringLiteral("emctl: ") + message), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QCOMPARE(snapshot(), before);
    }

    void notADatabase()
    {
        const QString path = m_tmp.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Quarterly notes\n");
        f.close();
        const QByteArray before = fileHash(path);
        const Run r = emctl({QStringLiteral("--directory"), path, QStringLiteral("set-org"),
            QStringLiteral("--mitigations-enabled"), QStringLiteral("false")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
            QStringLiteral("emctl: org directory '%1': is not an EM Console directory (the file is not an "
                           "SQLite database)\n")
                .arg(path));
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyLocation()
    {
        // A verb that writes (one that reads creates nothing, see readVerbsNeverCreateADirectory).
        const Run r = emctl({QStringLiteral("set-org"), QStringLiteral("--interval"), QStringLiteral("1h"),
            QStringLiteral("--directory"), QStringLiteral("/proc/em-console/d.db")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.startsWith(QLatin1String("emctl: org directory '/proc/em-console/d.db': cannot create the folder")),
            qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void lockedByAnotherWriter()
    {
        QCOMPARE(emctl({QStringLiteral("add-server"), QStringLiteral("EX01"), QStringLiteral("--build"),
                           QStringLiteral("15.2.1118.7")})
                     .exitCode,
            0);
        const QByteArray before = snapshot();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QProcessEnvironment env;
            env.insert(QStringLiteral("EM_BUSY_TIMEOUT_MS"), QStringLiteral("300"));
            const Run r = emctl({QStringLiteral("block"), QStringLiteral("EX01"), QStringLiteral("M1")}, env);
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.err,
                QStringLiteral("emctl: org directory '%1': locked by another writer beyond the busy "
                               "timeout; it was not changed\n")
                    .arg(m_db));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QCOMPARE(snapshot(), before);
    }

    void newerSchemaRefused()
    {
        QCOMPARE(emctl({QStringLiteral("set-org"), QStringLiteral("--interval"), QStringLiteral("1h")}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QByteArray before = fileHash(m_db);
        const Run r = emctl({QStringLiteral("set-org"), QStringLiteral("--mitigations-enabled"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("written by a newer EM Console (schema version 99")), qPrintable(r.err));
        QCOMPARE(fileHash(m_db), before);
    }

    void helpAndVersion()
    {
        Run r = emctl({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *verb : {"add-server", "remove-server", "get-server", "set-server", "block", "unblock",
                 "get-org", "set-org", "audit", "events"})
            QVERIFY2(r.out.contains(QLatin1String("\n  ") + QLatin1String(verb) + QLatin1Char(' ')), verb);
        r = emctl({QStringLiteral("set-server"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Usage: emctl set-server NAME")));
        r = emctl({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("emctl ")));
        r = emctl({});
        QCOMPARE(r.exitCode, 2);
    }

    void removeServerKeepsAudit()
    {
        QCOMPARE(emctl({QStringLiteral("add-server"), QStringLiteral("EX01"), QStringLiteral("--build"),
                           QStringLiteral("15.2.1118.7")})
                     .exitCode,
            0);
        QCOMPARE(emctl({QStringLiteral("remove-server"), QStringLiteral("ex01")}).exitCode, 0);
        QCOMPARE(json({QStringLiteral("get-server")}).size(), 0);
        const QJsonArray audit = json({QStringLiteral("audit"), QStringLiteral("--identity"), QStringLiteral("EX01")});
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(1).toObject().value(QStringLiteral("Action")).toString(), QStringLiteral("remove-server"));
        const Run again = emctl({QStringLiteral("remove-server"), QStringLiteral("EX01")});
        QCOMPARE(again.exitCode, 1);
    }

    void concurrentWritersLoseNothing()
    {
        QCOMPARE(emctl({QStringLiteral("add-server"), QStringLiteral("EX01"), QStringLiteral("--build"),
                           QStringLiteral("15.2.1118.7")})
                     .exitCode,
            0);
        QCOMPARE(emctl({QStringLiteral("add-server"), QStringLiteral("EX02"), QStringLiteral("--build"),
                           QStringLiteral("15.2.1118.7")})
                     .exitCode,
            0);
        // Two shells, each running 25 emctl processes back to back: both block
        // IDs on the same server (a read-modify-write of one list) and flip a
        // setting of their own server, all at the same time.
        const int n = 25;
        const auto loop = [&](const QString &prefix, const QString &own) {
            return QStringLiteral("for i in $(seq 1 %1); do \"%2\" block EX01 %3$i || exit 1; "
                                  "\"%2\" set-server %4 --mitigations-enabled $((i % 2)) || exit 1; done")
                .arg(n)
                .arg(QStringLiteral(EMCTL_PATH), prefix, own);
        };
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EM_DIRECTORY"), m_db);
        QProcess a, b;
        a.setProcessEnvironment(env);
        b.setProcessEnvironment(env);
        a.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), loop(QStringLiteral("A"), QStringLiteral("EX01"))});
        b.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), loop(QStringLiteral("B"), QStringLiteral("EX02"))});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());

        const QJsonArray blocked = json({QStringLiteral("get-server"), QStringLiteral("EX01")})
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("MitigationsBlocked"))
                                       .toArray();
        QCOMPARE(blocked.size(), 2 * n);
        for (int i = 1; i <= n; ++i) {
            QVERIFY(blocked.contains(QStringLiteral("A%1").arg(i)));
            QVERIFY(blocked.contains(QStringLiteral("B%1").arg(i)));
        }
        int blockRows = 0, setRows = 0;
        for (const auto &row : json({QStringLiteral("audit")})) {
            const QString action = row.toObject().value(QStringLiteral("Action")).toString();
            blockRows += action == QLatin1String("block");
            setRows += action == QLatin1String("set-server");
        }
        QCOMPARE(blockRows, 2 * n);
        // Each set-server changes the value (odd/even), except the first on a
        // server that starts True with i=1 -> 1 (True): no change, no row.
        QCOMPARE(setRows, 2 * (n - 1));
        // n = 25 is odd: the last value written was 1 (True).
        const QJsonArray servers = json({QStringLiteral("get-server")});
        QCOMPARE(servers.at(0).toObject().value(QStringLiteral("MitigationsEnabled")).toBool(), true);
        QCOMPARE(servers.at(1).toObject().value(QStringLiteral("MitigationsEnabled")).toBool(), true);
    }
    // ---- Reports and input (issue 12, section 4) ----

    void emptyDirectoryIsAUsageError()
    {
        const Run r = emctl({QStringLiteral("--directory"), QString(), QStringLiteral("get-org")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("emctl: --directory: no org directory given (the value is empty)\n")),
            qPrintable(r.err));
        // Nor after the verb, nor with a verb that writes.
        QCOMPARE(emctl({QStringLiteral("set-org"), QStringLiteral("--mitigations-enabled"), QStringLiteral("false"),
                           QStringLiteral("--directory=")})
                     .exitCode,
            2);
        QVERIFY(!QFileInfo::exists(m_db));
    }

    // A mistyped --directory on a verb that only reads creates nothing; a verb
    // that writes creates the directory and says so on stderr, once.
    void readVerbsNeverCreateADirectory_data()
    {
        QTest::addColumn<QStringList>("verb");
        QTest::newRow("get-org") << QStringList {QStringLiteral("get-org")};
        QTest::newRow("get-server") << QStringList {QStringLiteral("get-server")};
        QTest::newRow("events") << QStringList {QStringLiteral("events")};
        QTest::newRow("audit") << QStringList {QStringLiteral("audit")};
        QTest::newRow("get-mitigations") << QStringList {QStringLiteral("get-mitigations")};
        QTest::newRow("feed show") << QStringList {QStringLiteral("feed"), QStringLiteral("show")};
        QTest::newRow("run --dry-run") << QStringList {QStringLiteral("run"), QStringLiteral("--dry-run")};
    }

    void readVerbsNeverCreateADirectory()
    {
        QFETCH(QStringList, verb);
        const QString folder
            = m_tmp.filePath(QStringLiteral("typo%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        const QString path = folder + QStringLiteral("/sub/org.db");
        const Run r = emctl(QStringList {QStringLiteral("--directory"), path} + verb);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QStringLiteral("emctl: org directory '%1': does not exist\n").arg(path));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void writeVerbsCreateADirectoryAndSaySo()
    {
        const QString path = m_tmp.filePath(QStringLiteral("new/sub/org.db"));
        Run r = emctl({QStringLiteral("--directory"), path, QStringLiteral("add-server"), QStringLiteral("EX01"),
            QStringLiteral("--build"), QStringLiteral("15.2.1118.7")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QStringLiteral("emctl: created a new org directory at %1\n").arg(path));
        QVERIFY(QFileInfo(path).isFile());
        r = emctl({QStringLiteral("--directory"), path, QStringLiteral("set-org"), QStringLiteral("--interval"),
            QStringLiteral("1h")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
    }

    // An empty file is not an organization: a read verb refuses it and leaves it empty.
    void zeroByteFileIsNotAnOrganization()
    {
        const QString path = m_tmp.filePath(QStringLiteral("empty.db"));
        QVERIFY(QFile(path).open(QIODevice::WriteOnly));
        QCOMPARE(QFileInfo(path).size(), 0);
        for (const QString &verb : {QStringLiteral("get-org"), QStringLiteral("get-server")}) {
            const Run r = emctl({QStringLiteral("--directory"), path, verb});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.err,
                QStringLiteral("emctl: org directory '%1': is empty: it holds no org directory yet; it was not "
                               "changed\n")
                    .arg(path));
        }
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    // get-mitigations --export-csv to /dev/full and to a full file system:
    // exit 1 with the cause, the previous report untouched.
    void exportCsvFailuresAreReported()
    {
        QCOMPARE(emctl({QStringLiteral("add-server"), QStringLiteral("EX01"), QStringLiteral("--build"),
                           QStringLiteral("15.2.1118.7")})
                     .exitCode,
            0);
        Run r = emctl({QStringLiteral("get-mitigations"), QStringLiteral("--export-csv"), QStringLiteral("/dev/full")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QLatin1String("emctl: CSV file '/dev/full': cannot be written (No space left on "
                                                "device)")),
            qPrintable(r.err));
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists() && !QFileInfo(QStringLiteral("/dev/full")).isFile());

        em::test::SmallTmpfs disk(m_tmp.filePath(QStringLiteral("disk")), 128);
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        const QString report = disk.filePath(QStringLiteral("report.csv"));
        r = emctl({QStringLiteral("get-mitigations"), QStringLiteral("--export-csv"), report});
        QCOMPARE(r.exitCode, 0);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray previous = f.readAll();
        f.close();
        QVERIFY(previous.startsWith("Server,"));
        QVERIFY(disk.fill());
        r = emctl({QStringLiteral("get-mitigations"), QStringLiteral("--export-csv"), report});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("No space left on device")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("the previous file is untouched")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), previous);
    }

    // Standard output that cannot be written is a failure too.
    void fullStandardOutputFails()
    {
        QCOMPARE(emctl({QStringLiteral("add-server"), QStringLiteral("EX01"), QStringLiteral("--build"),
                           QStringLiteral("15.2.1118.7")})
                     .exitCode,
            0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EM_DIRECTORY"), m_db);
        p.setProcessEnvironment(env);
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(EMCTL_PATH), {QStringLiteral("get-server")});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QCOMPARE(err, QStringLiteral("emctl: standard output: cannot be written (No space left on device)\n"));
    }
};

QTEST_GUILESS_MAIN(TestEmctl)
#include "tst_emctl.moc"
