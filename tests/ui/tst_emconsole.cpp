// The emconsole program through QProcess: --screenshot renders the loaded
// window to a PNG and exits 0, an unreadable directory exits 1 with the core's
// message and writes nothing, --demo builds the demo organization in the
// per-user data folder of a fresh account and reuses it at the next start, and
// bad arguments are usage errors (exit 2).

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "directory/orgdirectory.h"
#include "uifixture.h"

using namespace em;

class TestEmconsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    struct Run {
        int exitCode = -1;
        QString stdErr;
    };

    // `withoutDisplay`: no platform chosen and no display, as over ssh.
    Run run(const QStringList &arguments, bool withoutDisplay = false)
    {
        QProcess process;
        process.setProgram(qEnvironmentVariable("EM_BINARY_DIR") + QStringLiteral("/app/emconsole/emconsole"));
        process.setArguments(arguments);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (withoutDisplay) {
            for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
                env.remove(QString::fromLatin1(name));
        }
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("EM_BINARY_DIR"));
    }

    void screenshotWritesThePng()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("fixture.db"));
        QVERIFY(test::UiFixture::build(dir));
        const QString png = m_tmp.filePath(QStringLiteral("servers.png"));
        const Run r = run({QStringLiteral("--directory"), dir, QStringLiteral("--screenshot"), png,
            QStringLiteral("--size"), QStringLiteral("1000x700"), QStringLiteral("--select"), QStringLiteral("EX01"),
            QStringLiteral("--language"), QStringLiteral("fr")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 700));
    }

    void helpAndScreenshotNeedNoDisplay()
    {
        Run r = run({QStringLiteral("--help")}, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        r = run({QStringLiteral("--version")}, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        const QString dir = m_tmp.filePath(QStringLiteral("nodisplay.db"));
        QVERIFY(test::UiFixture::build(dir));
        const QString png = m_tmp.filePath(QStringLiteral("nodisplay.png"));
        r = run({QStringLiteral("--directory"), dir, QStringLiteral("--screenshot"), png}, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        QVERIFY(!QImage(png).isNull());
    }

    void unreadableDirectoryFailsAndWritesNothing()
    {
        const QString bad = m_tmp.filePath(QStringLiteral("notes.db"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("meeting notes, not a directory");
        file.close();
        const QString png = m_tmp.filePath(QStringLiteral("bad.png"));
        const Run r = run({QStringLiteral("--directory"), bad, QStringLiteral("--screenshot"), png});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stdErr.contains(QStringLiteral("emconsole: org directory '%1': is not an EM Console directory (the "
                                                  "file is not an SQLite database)")
                                       .arg(bad)),
            qPrintable(r.stdErr));
        QVERIFY(!QFile::exists(png));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("meeting notes, not a directory"));
    }

    void demoFromAFreshAccount()
    {
        // A user who never ran the console: the demo goes to the per-user data folder.
        const QString root = m_tmp.filePath(QStringLiteral("data/emconsole/demo"));
        QVERIFY(!QFile::exists(root));
        const QString png = m_tmp.filePath(QStringLiteral("demo.png"));
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        QVERIFY(!QImage(png).isNull());
        const QString path = root + QStringLiteral("/directory.db");
        QByteArray rootCertificate;
        {
            auto dir = OrgDirectory::open(path, {OrgDirectory::defaultBusyTimeoutMs(), false});
            QVERIFY(dir);
            QCOMPARE((*dir)->servers()->size(), 8);
            QSet<ActionStatus> seen;
            const QList<ActionStatusRecord> records = (*dir)->actionStatuses().value();
            for (const ActionStatusRecord &record : records)
                seen.insert(record.status);
            QCOMPARE(seen.size(), 6); // Applied, Blocked, Failed, NotApplicable, Disabled, Obsolete
            QVERIFY(
                (*dir)->removeServer(QStringLiteral("EX19-MBX03"), Actor {QStringLiteral("t"), QStringLiteral("h")}));
            QFile certificate(root + QStringLiteral("/pki/root.pem"));
            QVERIFY(certificate.open(QIODevice::ReadOnly));
            rootCertificate = certificate.readAll();
        }
        // The second start opens the same demo: the admin's changes and the demo CA stay.
        const Run again = run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
        QVERIFY2(again.exitCode == 0, qPrintable(again.stdErr));
        auto dir = OrgDirectory::open(path, {OrgDirectory::defaultBusyTimeoutMs(), false});
        QCOMPARE((*dir)->servers()->size(), 7);
        QFile certificate(root + QStringLiteral("/pki/root.pem"));
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        QCOMPARE(certificate.readAll(), rootCertificate);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("language") << QStringList {QStringLiteral("--language"), QStringLiteral("de")}
                                  << QStringLiteral("emconsole: invalid language 'de': expected en or fr");
        QTest::newRow("tab") << QStringList {QStringLiteral("--tab"), QStringLiteral("reports")}
                             << QStringLiteral("emconsole: invalid tab 'reports': expected one of servers, dashboard, "
                                               "catalog, events, audit");
        QTest::newRow("demo and directory") << QStringList {QStringLiteral("--demo"), QStringLiteral("--directory"),
            QStringLiteral("x.db")} << QStringLiteral("emconsole: --demo and --directory cannot be used together");
        QTest::newRow("size") << QStringList {QStringLiteral("--size"), QStringLiteral("big")}
                              << QStringLiteral(
                                     "emconsole: invalid size 'big': expected WIDTHxHEIGHT, such as 1320x860");
        QTest::newRow("positional") << QStringList {QStringLiteral("extra")}
                                    << QStringLiteral("emconsole: unexpected argument 'extra'");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stdErr.contains(message), qPrintable(r.stdErr));
    }
};

QTEST_GUILESS_MAIN(TestEmconsole)
#include "tst_emconsole.moc"
