// Lab servers: the real Exchange 2019 IIS files laid out as on the server's
// system drive (createLabServer, and `emctl lab-server` run as a program).

#include <QtTest>

#include "hosttestutil.h"

using namespace em;
using namespace hosttest;

class TestLabServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filesAtTheirPhysicalPaths_data();
    void filesAtTheirPhysicalPaths();
    void everyVirtualDirectoryHasAFolder();
    void stateFileKnowsTheServices();
    void refusals_data();
    void refusals();
    void badNameLaysOutNothing_data();
    void badNameLaysOutNothing();
    void emctlLabServer();
    void emctlUsageErrors_data();
    void emctlUsageErrors();
    void emctlSetServerRefusesAnEmptyDirHost();

private:
    QTemporaryDir m_tmp;
    QString m_builtin; // a lab from the built-in copy
    QString m_fromFixture; // a lab from tests/fixtures
};

void TestLabServer::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    auto builtin = createLabServer(m_tmp.path() + QStringLiteral("/builtin"));
    QVERIFY2(builtin, why(builtin));
    m_builtin = builtin->root;
    LabServerOptions options;
    options.sourceDirectory = fixtureDir();
    options.serverName = QStringLiteral("EX01");
    auto fixture = createLabServer(m_tmp.path() + QStringLiteral("/fixture"), options);
    QVERIFY2(fixture, why(fixture));
    m_fromFixture = fixture->root;
    QCOMPARE(fixture->locator, QStringLiteral("dir:") + m_fromFixture);
    QCOMPARE(fixture->webConfigs.size(), 8);
}

void TestLabServer::filesAtTheirPhysicalPaths_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ActionScope>("scope");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path"); // where it must be, relative to the root

    const QString fe = QStringLiteral("Program Files/Microsoft/Exchange Server/V15/FrontEnd/HttpProxy/");
    const QString ca = QStringLiteral("Program Files/Microsoft/Exchange Server/V15/ClientAccess/");
    QTest::newRow("applicationHost.config")
        << QStringLiteral("applicationHost.config") << ActionScope::Server << QString()
        << QStringLiteral("Windows/System32/inetsrv/config/applicationHost.config");
    QTest::newRow("Default Web Site") << QStringLiteral("DefaultWebSite_web.config") << ActionScope::Site
                                      << QStringLiteral("Default Web Site")
                                      << QStringLiteral("inetpub/wwwroot/web.config");
    QTest::newRow("owa") << QStringLiteral("DefaultWebSite-OWA_web.config") << ActionScope::VDir
                         << QStringLiteral("Default Web Site/owa") << fe + QStringLiteral("owa/web.config");
    QTest::newRow("ecp") << QStringLiteral("DefaultWebSite-ECP_web.config") << ActionScope::VDir
                         << QStringLiteral("Default Web Site/ecp") << fe + QStringLiteral("ecp/web.config");
    QTest::newRow("EWS") << QStringLiteral("DefaultWebSite-EWS_web.config") << ActionScope::VDir
                         << QStringLiteral("Default Web Site/EWS") << fe + QStringLiteral("EWS/web.config");
    QTest::newRow("Autodiscover (AutoD)")
        << QStringLiteral("DefaultWebSite-AutoD_web.config") << ActionScope::VDir
        << QStringLiteral("Default Web Site/Autodiscover") << fe + QStringLiteral("Autodiscover/web.config");
    QTest::newRow("PowerShell") << QStringLiteral("DefaultWebSite-PowerShell_web.config") << ActionScope::VDir
                                << QStringLiteral("Default Web Site/PowerShell")
                                << fe + QStringLiteral("PowerShell/web.config");
    QTest::newRow("back end owa") << QStringLiteral("ExchangeBackEnd-OWA_web.config") << ActionScope::VDir
                                  << QStringLiteral("Exchange Back End/owa") << ca + QStringLiteral("owa/web.config");
    QTest::newRow("back end PowerShell") << QStringLiteral("ExchangeBackEnd-PowerShell_web.config") << ActionScope::VDir
                                         << QStringLiteral("Exchange Back End/PowerShell")
                                         << ca + QStringLiteral("PowerShell-Proxy/web.config");
}

void TestLabServer::filesAtTheirPhysicalPaths()
{
    QFETCH(QString, fixture);
    QFETCH(ActionScope, scope);
    QFETCH(QString, target);
    QFETCH(QString, path);
    const QByteArray expected = readBytes(fixtureDir() + QLatin1Char('/') + fixture);
    QVERIFY(!expected.isEmpty());
    for (const QString &root : {m_builtin, m_fromFixture}) {
        QCOMPARE(readBytes(root + QLatin1Char('/') + path), expected);
        // The host finds the same file through applicationHost.config.
        auto host = ServerHost::create(QStringLiteral("dir:") + root);
        QVERIFY2(host, why(host));
        auto file
            = (*host)->configFile(urlRewrite(QStringLiteral("M1.1"), scope, target, fullRules(QStringLiteral("M1.1"))));
        QVERIFY2(file, why(file));
        QCOMPARE(*file, root + QLatin1Char('/') + path);
    }
}

void TestLabServer::everyVirtualDirectoryHasAFolder()
{
    auto host = ServerHost::create(QStringLiteral("dir:") + m_builtin);
    QVERIFY(host);
    auto vdirs = (*host)->virtualDirectories();
    QVERIFY2(vdirs, why(vdirs));
    QCOMPARE(vdirs->size(), 34); // 14 in Default Web Site, 20 in Exchange Back End
    for (const VirtualDirectoryInfo &vdir : std::as_const(*vdirs)) {
        QVERIFY2(vdir.exists, qPrintable(vdir.target() + QStringLiteral(" -> ") + vdir.localPath));
        QVERIFY(vdir.localPath.startsWith(m_builtin + QLatin1Char('/')));
    }
    QVERIFY(QFileInfo(m_builtin + QStringLiteral("/Windows/System32/RpcProxy")).isDir()); // %windir%\System32\RpcProxy
    QVERIFY(QFileInfo::exists(m_builtin + QStringLiteral("/EmConsole/LICENSE.CSS-Exchange")));
}

void TestLabServer::stateFileKnowsTheServices()
{
    const QJsonObject state
        = QJsonDocument::fromJson(readBytes(m_fromFixture + QStringLiteral("/EmConsole/state.json"))).object();
    QCOMPARE(state[QStringLiteral("server")].toString(), QStringLiteral("EX01"));
    const QJsonObject services = state[QStringLiteral("services")].toObject();
    QVERIFY(services.size() >= 30);
    QCOMPARE(services[QStringLiteral("MSExchangeTransport")][QStringLiteral("startType")].toString(),
        QStringLiteral("Automatic"));
    QCOMPARE(
        services[QStringLiteral("MSExchangeIMAP4")][QStringLiteral("startType")].toString(), QStringLiteral("Manual"));
    QCOMPARE(
        services[QStringLiteral("MSExchangeIMAP4")][QStringLiteral("state")].toString(), QStringLiteral("Stopped"));
}

void TestLabServer::refusals_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("message");
    QTest::newRow("root not empty") << QStringLiteral("nonempty")
                                    << QStringLiteral("is not empty; choose a new folder");
    QTest::newRow("root is a file") << QStringLiteral("file") << QStringLiteral("exists and is not a folder");
    QTest::newRow("no applicationHost.config in the source")
        << QStringLiteral("nosource") << QStringLiteral("applicationHost.config");
    QTest::newRow("web.config for an unknown site") << QStringLiteral(
        "badsite") << QStringLiteral("lab source 'Contoso-OWA_web.config': no site named like 'Contoso'");
    QTest::newRow("web.config for an unknown vdir")
        << QStringLiteral("badvdir")
        << QStringLiteral("lab source 'DefaultWebSite-Nope_web.config': no virtual directory named like 'Nope' in site "
                          "'Default Web Site'");
}

void TestLabServer::refusals()
{
    QFETCH(QString, setup);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/EX09");
    LabServerOptions options;
    if (setup == QLatin1String("nonempty")) {
        QVERIFY(writeBytes(root + QStringLiteral("/notes.txt"), "mine"));
    } else if (setup == QLatin1String("file")) {
        QVERIFY(writeBytes(root, "a file"));
    } else {
        const QString source = dir.path() + QStringLiteral("/source");
        QVERIFY(QDir().mkpath(source));
        if (setup != QLatin1String("nosource"))
            QVERIFY(QFile::copy(fixtureDir() + QStringLiteral("/applicationHost.config"),
                source + QStringLiteral("/applicationHost.config")));
        QVERIFY(QFile::copy(fixtureDir() + QStringLiteral("/DefaultWebSite_web.config"),
            source + QStringLiteral("/DefaultWebSite_web.config")));
        if (setup == QLatin1String("badsite"))
            QVERIFY(writeBytes(source + QStringLiteral("/Contoso-OWA_web.config"), "<configuration />"));
        if (setup == QLatin1String("badvdir"))
            QVERIFY(writeBytes(source + QStringLiteral("/DefaultWebSite-Nope_web.config"), "<configuration />"));
        options.sourceDirectory = source;
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QByteArray rootBytes = QFileInfo(root).isFile() ? readBytes(root) : QByteArray();
    auto lab = createLabServer(root, options);
    QVERIFY(!lab);
    QVERIFY2(lab.error().message.contains(message), qPrintable(lab.error().message));
    // Nothing left behind: no half-made root, no temporary folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    if (setup == QLatin1String("nonempty"))
        QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList {QStringLiteral("notes.txt")});
    if (setup == QLatin1String("file"))
        QCOMPARE(readBytes(root), rootBytes);
}

void TestLabServer::badNameLaysOutNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("space") << QStringLiteral("EX 01");
    QTest::newRow("underscore") << QStringLiteral("EX_01");
    QTest::newRow("path") << QStringLiteral("../EX01");
    QTest::newRow("leading hyphen") << QStringLiteral("-EX01");
    QTest::newRow("64 characters") << QString(64, QLatin1Char('E'));
}

void TestLabServer::badNameLaysOutNothing()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/new/labs/EX01");
    LabServerOptions options;
    options.serverName = name;
    auto lab = createLabServer(root, options);
    QVERIFY(!lab);
    QCOMPARE(lab.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(lab.error().message,
        QStringLiteral("invalid server name '%1': use letters, digits and hyphens (at most 63)").arg(name));
    // Checked before anything is made, not even the parent folders.
    QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/new")));
}

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run emctl(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("EM_BINARY_DIR") + QStringLiteral("/app/emctl/emctl"), args);
    Run run;
    if (!p.waitForFinished(60000))
        return run;
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}
} // namespace

void TestLabServer::emctlLabServer()
{
    QTemporaryDir dir;
    const QString db = dir.path() + QStringLiteral("/directory.db");
    const QString root = dir.path() + QStringLiteral("/labs/EX01");
    Run run = emctl({QStringLiteral("--directory"), db, QStringLiteral("lab-server"), QStringLiteral("EX01"), root,
        QStringLiteral("--build"), QStringLiteral("15.2.1118.20")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Host                  : dir:") + root), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Registered            : True")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("inetpub/wwwroot/web.config")), qPrintable(run.out));
    QCOMPARE(readBytes(root + QStringLiteral("/inetpub/wwwroot/web.config")),
        readBytes(fixtureDir() + QStringLiteral("/DefaultWebSite_web.config")));

    run = emctl({QStringLiteral("--directory"), db, QStringLiteral("get-server"), QStringLiteral("EX01")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("dir:") + root), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("15.2.1118.20")), qPrintable(run.out));

    run = emctl({QStringLiteral("host"), QStringLiteral("vdirs"), QStringLiteral("dir:") + root,
        QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Default Web Site/owa,MSExchangeOWAAppPool,")), qPrintable(run.out));

    // Registered already: nothing laid out.
    run = emctl({QStringLiteral("--directory"), db, QStringLiteral("lab-server"), QStringLiteral("EX01"),
        dir.path() + QStringLiteral("/labs/EX01b"), QStringLiteral("--build"), QStringLiteral("15.2.1118.20")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("server 'EX01' is already registered")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/labs/EX01b")));

    // Laid out only.
    run = emctl({QStringLiteral("--directory"), db, QStringLiteral("lab-server"), QStringLiteral("EX02"),
        dir.path() + QStringLiteral("/labs/EX02")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Registered            : False")), qPrintable(run.out));
    run = emctl({QStringLiteral("--directory"), db, QStringLiteral("lab-server"), QStringLiteral("EX02"),
        dir.path() + QStringLiteral("/labs/EX02")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("is not empty")), qPrintable(run.err));
}

void TestLabServer::emctlUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing path") << QStringList {QStringLiteral("lab-server"), QStringLiteral("EX01")} << QString();
    QTest::newRow("bad build") << QStringList {QStringLiteral("lab-server"), QStringLiteral("EX01"),
        QStringLiteral("%ROOT%"), QStringLiteral("--build"), QStringLiteral("15.2.x")}
                               << QStringLiteral("15.2.x");
    QTest::newRow("role without build") << QStringList {QStringLiteral("lab-server"), QStringLiteral("EX01"),
        QStringLiteral("%ROOT%"), QStringLiteral("--role"), QStringLiteral("Mailbox")}
                                        << QStringLiteral("--role needs --build");
    QTest::newRow("bad name, with a build") << QStringList {QStringLiteral("lab-server"), QStringLiteral("EX 01"),
        QStringLiteral("%ROOT%"), QStringLiteral("--build"), QStringLiteral("15.2.1118.20")}
                                            << QStringLiteral("invalid server name 'EX 01'");
    QTest::newRow("bad name, lab only") << QStringList {QStringLiteral("lab-server"), QStringLiteral("EX_01"),
        QStringLiteral("%ROOT%")} << QStringLiteral("invalid server name 'EX_01'");
    QTest::newRow("add-server with an empty dir: host") << QStringList {QStringLiteral("add-server"),
        QStringLiteral("EX01"), QStringLiteral("--build"), QStringLiteral("15.2.1118.20"), QStringLiteral("--host"),
        QStringLiteral("dir:")} << QStringLiteral("host locator 'dir:': no path after dir:");
    QTest::newRow("add-server with an unknown host kind") << QStringList {QStringLiteral("add-server"),
        QStringLiteral("EX01"), QStringLiteral("--build"), QStringLiteral("15.2.1118.20"), QStringLiteral("--host"),
        QStringLiteral("smb:EX01")} << QStringLiteral("expected dir:PATH, windows: or ssh://");
}

void TestLabServer::emctlUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/EX01");
    args.replaceInStrings(QStringLiteral("%ROOT%"), root);
    const QString db = dir.path() + QStringLiteral("/d.db");
    Run run = emctl(QStringList {QStringLiteral("--directory"), db} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(root));
    // Nothing registered either.
    run = emctl({QStringLiteral("--directory"), db, QStringLiteral("get-server"), QStringLiteral("--format"),
        QStringLiteral("csv")});
    QVERIFY2(!run.out.contains(QLatin1String("EX")), qPrintable(run.out));
}

void TestLabServer::emctlSetServerRefusesAnEmptyDirHost()
{
    QTemporaryDir dir;
    const QString db = dir.path() + QStringLiteral("/d.db");
    Run run = emctl({QStringLiteral("--directory"), db, QStringLiteral("add-server"), QStringLiteral("EX01"),
        QStringLiteral("--build"), QStringLiteral("15.2.1118.20"), QStringLiteral("--host"),
        QStringLiteral("dir:lab")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(
        run.out.contains(QStringLiteral("dir:") + QDir::currentPath() + QStringLiteral("/lab")), qPrintable(run.out));
    run = emctl({QStringLiteral("--directory"), db, QStringLiteral("set-server"), QStringLiteral("EX01"),
        QStringLiteral("--host"), QStringLiteral("dir:")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("host locator 'dir:': no path after dir:")), qPrintable(run.err));
    run = emctl({QStringLiteral("--directory"), db, QStringLiteral("get-server"), QStringLiteral("EX01")});
    QVERIFY2(
        run.out.contains(QStringLiteral("dir:") + QDir::currentPath() + QStringLiteral("/lab")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestLabServer)
#include "tst_labserver.moc"
