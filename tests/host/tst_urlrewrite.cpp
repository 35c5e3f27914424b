// URL Rewrite actions through ServerHost on dir: hosts: against the real
// Exchange 2019 configuration (tests/fixtures/exchange2019-iis laid out as a
// lab server) and synthetic files in other styles. Every edit must insert
// the rules and change no other byte; rollback must give the original bytes.

#include <QtTest>

#include "hosttestutil.h"
#include "model/clock.h"

using namespace em;
using namespace hosttest;

namespace {
const QString appHostRel = QStringLiteral("Windows/System32/inetsrv/config/applicationHost.config");
const QString frontEnd = QStringLiteral("Program Files/Microsoft/Exchange Server/V15/FrontEnd/HttpProxy/");
const QString clientAccess = QStringLiteral("Program Files/Microsoft/Exchange Server/V15/ClientAccess/");

const QString syntheticAppHost
    = QStringLiteral("<configuration>\r\n"
                     "\t<system.applicationHost>\r\n"
                     "\t\t<applicationPools>\r\n"
                     "\t\t\t<add name=\"ContosoPool\" />\r\n"
                     "\t\t</applicationPools>\r\n"
                     "\t\t<sites>\r\n"
                     "\t\t\t<site name=\"Contoso\" id=\"1\">\r\n"
                     "\t\t\t\t<application path=\"/\" applicationPool=\"ContosoPool\">\r\n"
                     "\t\t\t\t\t<virtualDirectory path=\"/\" physicalPath=\"%SystemDrive%\\inetpub\\contoso\" />\r\n"
                     "\t\t\t\t</application>\r\n"
                     "\t\t\t\t<application path=\"/App\">\r\n"
                     "\t\t\t\t\t<virtualDirectory path=\"/\" physicalPath=\"C:\\INETPUB\\Contoso\\App\" />\r\n"
                     "\t\t\t\t</application>\r\n"
                     "\t\t\t\t<application path=\"/existing\">\r\n"
                     "\t\t\t\t\t<virtualDirectory path=\"/\" physicalPath=\"C:\\inetpub\\contoso\\existing\" />\r\n"
                     "\t\t\t\t</application>\r\n"
                     "\t\t\t\t<application path=\"/empty\">\r\n"
                     "\t\t\t\t\t<virtualDirectory path=\"/\" physicalPath=\"C:\\inetpub\\contoso\\empty\" />\r\n"
                     "\t\t\t\t</application>\r\n"
                     "\t\t\t\t<application path=\"/bare\">\r\n"
                     "\t\t\t\t\t<virtualDirectory path=\"/\" physicalPath=\"C:\\inetpub\\contoso\\bare\" />\r\n"
                     "\t\t\t\t</application>\r\n"
                     "\t\t\t</site>\r\n"
                     "\t\t</sites>\r\n"
                     "\t</system.applicationHost>\r\n"
                     "\t<system.webServer>\r\n"
                     "\t\t<urlCompression />\r\n"
                     "\t</system.webServer>\r\n"
                     "</configuration>\r\n");

// Site root: CRLF, tabs, no BOM, a system.webServer without rewrite.
const QByteArray contosoRoot
    = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<configuration>\r\n"
      "\t<system.webServer>\r\n\t\t<!-- admin: keep -->\r\n\t\t<defaultDocument enabled=\"true\" />\r\n"
      "\t</system.webServer>\r\n\t<appSettings>\r\n\t\t<add key=\"a\" value=\"b\" />\r\n"
      "\t</appSettings>\r\n</configuration>\r\n";
// App: CRLF, tabs, no system.webServer at all.
const QByteArray contosoApp = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<configuration>\r\n\t<appSettings>\r\n"
                              "\t\t<add key=\"x\" value=\"y\" />\r\n\t</appSettings>\r\n</configuration>\r\n";
// An admin's own rewrite rules (LF, 4 spaces, BOM), with <clear />.
const QByteArray contosoExisting
    = "\xEF\xBB\xBF<configuration>\n    <system.webServer>\n        <rewrite>\n"
      "            <rules>\n                <clear />\n"
      "                <rule name=\"Admin HTTPS redirect\" stopProcessing=\"true\">\n"
      "                    <match url=\"(.*)\" />\n"
      "                    <action type=\"Redirect\" url=\"https://{HTTP_HOST}/{R:1}\" />\n"
      "                </rule>\n            </rules>\n            <outboundRules>\n"
      "                <rule name=\"Admin outbound\">\n"
      "                    <match serverVariable=\"RESPONSE_X\" pattern=\".*\" />\n"
      "                    <action type=\"Rewrite\" value=\"\" />\n                </rule>\n"
      "                <preConditions>\n"
      "                    <preCondition name=\"Admin pc\">\n"
      "                        <add input=\"{RESPONSE_STATUS}\" pattern=\"200\" />\n"
      "                    </preCondition>\n                </preConditions>\n"
      "            </outboundRules>\n        </rewrite>\n    </system.webServer>\n"
      "</configuration>\n";
// Empty containers as an admin (or appcmd) leaves them.
const QByteArray contosoEmpty = "<configuration>\n  <system.webServer>\n    <rewrite>\n      <rules />\n"
                                "      <outboundRules></outboundRules>\n    </rewrite>\n  </system.webServer>\n"
                                "</configuration>\n";
const QByteArray contosoBare = "<configuration/>";
} // namespace

class TestUrlRewrite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void applyAtEachScope_data();
    void applyAtEachScope();
    void handRemovedRuleComesBack();
    void everythingRemovedByHandComesBack();
    void outdatedRuleIsReplaced();
    void strayRuleWithTheActionsNameIsRemoved();
    void duplicateIsRemoved();
    void feedFormsCompareByMeaning();
    void twoActionsShareContainers_data();
    void twoActionsShareContainers();
    void synthetic_data();
    void synthetic();
    void caseInsensitivePaths();
    void missingWebConfigIsCreatedAndRemoved();
    void refusedRules_data();
    void refusedRules();
    void failures_data();
    void failures();
    void failedWriteLeavesOriginal_data();
    void failedWriteLeavesOriginal();
    void failedRollbackWriteLeavesAppliedFile();
    void permissionsKept();
    void noBackupsWhenDisabled();
    void nonUrlRewriteConfigFile();
    void oneChangeAtATime();

private:
    QString newLab();
    QString newSyntheticLab();
    std::unique_ptr<ServerHost> open(const QString &root, const HostOptions &options = {});

    QTemporaryDir m_tmp;
    int m_labs = 0;
};

void TestUrlRewrite::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo::exists(fixtureDir() + QStringLiteral("/applicationHost.config")), qPrintable(fixtureDir()));
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
}

void TestUrlRewrite::cleanupTestCase()
{
    Clock::reset();
}

QString TestUrlRewrite::newLab()
{
    const QString root = m_tmp.path() + QStringLiteral("/lab%1").arg(++m_labs);
    LabServerOptions options;
    options.sourceDirectory = fixtureDir();
    options.serverName = QStringLiteral("EX%1").arg(m_labs);
    auto lab = createLabServer(root, options);
    if (!lab)
        qWarning() << lab.error().message;
    return lab ? lab->root : QString();
}

QString TestUrlRewrite::newSyntheticLab()
{
    const QString root = m_tmp.path() + QStringLiteral("/synthetic%1").arg(++m_labs);
    writeBytes(root + QLatin1Char('/') + appHostRel, syntheticAppHost.toUtf8());
    writeBytes(root + QStringLiteral("/inetpub/contoso/web.config"), contosoRoot);
    writeBytes(root + QStringLiteral("/inetpub/contoso/app/web.config"), contosoApp); // "C:\INETPUB\Contoso\App"
    writeBytes(root + QStringLiteral("/inetpub/contoso/existing/web.config"), contosoExisting);
    writeBytes(root + QStringLiteral("/inetpub/contoso/empty/web.config"), contosoEmpty);
    writeBytes(root + QStringLiteral("/inetpub/contoso/bare/web.config"), contosoBare);
    return root;
}

std::unique_ptr<ServerHost> TestUrlRewrite::open(const QString &root, const HostOptions &options)
{
    auto host = ServerHost::create(QStringLiteral("dir:") + root, options);
    if (!host) {
        qWarning() << host.error().message;
        return {};
    }
    return std::move(*host);
}

void TestUrlRewrite::applyAtEachScope_data()
{
    QTest::addColumn<ActionScope>("scope");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file"); // relative to the lab root
    QTest::addColumn<QString>("section"); // where <rewrite> must be
    QTest::addColumn<int>("indent"); // the file's indentation step

    const QString top = QStringLiteral("configuration/system.webServer/rewrite");
    QTest::newRow("Server, global") << ActionScope::Server << QString() << appHostRel << top << 4;
    QTest::newRow("Server, existing location")
        << ActionScope::Server << QStringLiteral("Default Web Site") << appHostRel
        << QStringLiteral("configuration/location[Default Web Site]/system.webServer/rewrite") << 4;
    QTest::newRow("Server, new location")
        << ActionScope::Server << QStringLiteral("Exchange Back End/ecp") << appHostRel
        << QStringLiteral("configuration/location[Exchange Back End/ecp]/system.webServer/rewrite") << 4;
    QTest::newRow("Site Default Web Site") << ActionScope::Site << QStringLiteral("Default Web Site")
                                           << QStringLiteral("inetpub/wwwroot/web.config") << top << 2;
    QTest::newRow("VDir owa (settings only in a location)")
        << ActionScope::VDir << QStringLiteral("Default Web Site/owa") << frontEnd + QStringLiteral("owa/web.config")
        << top << 2;
    QTest::newRow("VDir OWA, other case") << ActionScope::VDir << QStringLiteral("default web site/OWA")
                                          << frontEnd + QStringLiteral("owa/web.config") << top << 2;
    QTest::newRow("VDir ecp (has system.webServer)") << ActionScope::VDir << QStringLiteral("Default Web Site/ecp")
                                                     << frontEnd + QStringLiteral("ecp/web.config") << top << 2;
    QTest::newRow("VDir Autodiscover") << ActionScope::VDir << QStringLiteral("Default Web Site/Autodiscover")
                                       << frontEnd + QStringLiteral("Autodiscover/web.config") << top << 2;
    QTest::newRow("VDir back end owa") << ActionScope::VDir << QStringLiteral("Exchange Back End/owa")
                                       << clientAccess + QStringLiteral("owa/web.config") << top << 2;
    QTest::newRow("VDir back end PowerShell (179 KB)")
        << ActionScope::VDir << QStringLiteral("Exchange Back End/PowerShell")
        << clientAccess + QStringLiteral("PowerShell-Proxy/web.config") << top << 2;
    QTest::newRow("VDir of the back end's root application")
        << ActionScope::VDir << QStringLiteral("Exchange Back End/Exchange")
        << clientAccess + QStringLiteral("owa/web.config") << top << 2;
}

void TestUrlRewrite::applyAtEachScope()
{
    QFETCH(ActionScope, scope);
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFETCH(QString, section);
    QFETCH(int, indent);

    const QString root = newLab();
    QVERIFY(!root.isEmpty());
    auto host = open(root);
    QVERIFY(host);
    const QString path = root + QLatin1Char('/') + file;
    const QByteArray original = readBytes(path);
    QVERIFY(!original.isEmpty());
    const Action action = urlRewrite(QStringLiteral("M1.1"), scope, target, fullRules(QStringLiteral("M1.1")));

    auto configFile = host->configFile(action);
    QVERIFY2(configFile, why(configFile));
    QCOMPARE(QFileInfo(*configFile).canonicalFilePath(), QFileInfo(path).canonicalFilePath());

    auto probe = host->probe(action);
    QVERIFY2(probe, why(probe));
    QCOMPARE(probe->state, ActionState::Absent);

    auto applied = host->apply(action);
    QVERIFY2(applied, why(applied));
    QVERIFY(applied->changed);
    QVERIFY2(applied->summary.contains(QLatin1String("EEMS M1.1 PowerShell - inbound")), qPrintable(applied->summary));
    QVERIFY2(applied->summary.contains(QLatin1String("EEMS M1.1 html - precondition")), qPrintable(applied->summary));
    QVERIFY2(
        applied->summary.contains(QDir::toNativeSeparators(QFileInfo(path).fileName())), qPrintable(applied->summary));

    // The rules are there, each exactly once, in the right element.
    const QByteArray after = readBytes(path);
    QDomDocument doc;
    QVERIFY(doc.setContent(after));
    const QList<QDomElement> inbound
        = elementsNamed(doc, QStringLiteral("rule"), QStringLiteral("EEMS M1.1 PowerShell - inbound"));
    const QList<QDomElement> outbound
        = elementsNamed(doc, QStringLiteral("rule"), QStringLiteral("EEMS M1.1 Server header - outbound"));
    const QList<QDomElement> pre
        = elementsNamed(doc, QStringLiteral("preCondition"), QStringLiteral("EEMS M1.1 html - precondition"));
    QCOMPARE(inbound.size(), 1);
    QCOMPARE(outbound.size(), 1);
    QCOMPARE(pre.size(), 1);
    QCOMPARE(elementPath(inbound.first()), section + QStringLiteral("/rules"));
    QCOMPARE(elementPath(outbound.first()), section + QStringLiteral("/outboundRules"));
    QCOMPARE(elementPath(pre.first()), section + QStringLiteral("/outboundRules/preConditions"));
    QCOMPARE(inbound.first()
                 .firstChildElement(QStringLiteral("conditions"))
                 .firstChildElement()
                 .attribute(QStringLiteral("pattern")),
        QStringLiteral("(?=.*autodiscover)(?=.*powershell)"));

    // Nothing else changed: the old bytes are the new ones minus one inserted span,
    // in the file's own line endings and indentation, and the BOM stays.
    QByteArray inserted;
    QVERIFY2(isSingleInsertion(original, after, &inserted), "the edit changed bytes outside the inserted text");
    QVERIFY(!inserted.contains('\r'));
    QCOMPARE(after.startsWith("\xEF\xBB\xBF"), original.startsWith("\xEF\xBB\xBF"));
    QList<QByteArray> added;
    QVERIFY(onlyLinesAdded(original, after, &added));
    QVERIFY(added.size() >= 20);
    for (const QByteArray &line : std::as_const(added)) {
        const qsizetype spaces = line.size() - QByteArray(line).replace(' ', "").size();
        const QByteArray trimmed = line.trimmed();
        QVERIFY2(trimmed.startsWith('<'), line.constData());
        QVERIFY2(line.startsWith(QByteArray(line.indexOf('<'), ' ')), line.constData());
        QVERIFY2(line.indexOf('<') % indent == 0, line.constData());
        Q_UNUSED(spaces);
    }

    // A backup of the previous file, named after it and the time.
    const QString backup = root + QStringLiteral("/EmConsole/backups/")
        + QDir(root).relativeFilePath(QFileInfo(path).canonicalFilePath()) + QStringLiteral(".20261120T100000000Z.bak");
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    QCOMPARE(readBytes(backup), original);
    const int backups = countFiles(root + QStringLiteral("/EmConsole/backups"));

    probe = host->probe(action);
    QVERIFY2(probe, why(probe));
    QCOMPARE(probe->state, ActionState::InPlace);

    // Idempotent: a second apply writes nothing at all.
    const QDateTime old = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    auto again = host->apply(action);
    QVERIFY2(again, why(again));
    QVERIFY(!again->changed);
    QCOMPARE(readBytes(path), after);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), old);
    QCOMPARE(countFiles(root + QStringLiteral("/EmConsole/backups")), backups);

    // Rollback gives the original bytes back.
    auto rolledBack = host->rollback(action);
    QVERIFY2(rolledBack, why(rolledBack));
    QVERIFY(rolledBack->changed);
    QVERIFY2(rolledBack->summary.contains(QLatin1String("EEMS M1.1 Server header - outbound")),
        qPrintable(rolledBack->summary));
    QCOMPARE(readBytes(path), original);
    probe = host->probe(action);
    QVERIFY2(probe, why(probe));
    QCOMPARE(probe->state, ActionState::Absent);
    auto twice = host->rollback(action);
    QVERIFY2(twice, why(twice));
    QVERIFY(!twice->changed);
    QCOMPARE(readBytes(path), original);
    // The state file no longer remembers containers in that file.
    QVERIFY(!readBytes(root + QStringLiteral("/EmConsole/state.json")).contains("system.webServer"));
}

void TestUrlRewrite::handRemovedRuleComesBack()
{
    const QString root = newLab();
    auto host = open(root);
    QVERIFY(host);
    const QString path = root + QStringLiteral("/inetpub/wwwroot/web.config");
    const QByteArray original = readBytes(path);
    const Action action = urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
        fullRules(QStringLiteral("M1.1")));
    QVERIFY(host->apply(action));
    const QByteArray applied = readBytes(path);

    // An admin deletes the inbound rule in an editor (its lines, nothing else).
    const qsizetype start = applied.lastIndexOf('\n', applied.indexOf("<rule name=\"EEMS M1.1 PowerShell - inbound\""));
    const qsizetype end = applied.indexOf("</rule>", start) + int(qstrlen("</rule>"));
    QByteArray edited = applied;
    edited.remove(start, end - start);
    QVERIFY(writeBytes(path, edited));

    auto probe = host->probe(action);
    QVERIFY2(probe, why(probe));
    QCOMPARE(probe->state, ActionState::Differs);
    QVERIFY2(probe->detail.contains(QLatin1String("rule 'EEMS M1.1 PowerShell - inbound' is missing")),
        qPrintable(probe->detail));

    auto again = host->apply(action);
    QVERIFY2(again, why(again));
    QVERIFY(again->changed);
    QVERIFY2(again->summary.contains(QLatin1String("added rule 'EEMS M1.1 PowerShell - inbound'")),
        qPrintable(again->summary));
    QCOMPARE(readBytes(path), applied); // back where it was, in the same form
    QCOMPARE(host->probe(action)->state, ActionState::InPlace);
    QVERIFY(host->rollback(action));
    QCOMPARE(readBytes(path), original);
}

void TestUrlRewrite::everythingRemovedByHandComesBack()
{
    const QString root = newLab();
    auto host = open(root);
    QVERIFY(host);
    const QString path = root + QLatin1Char('/') + frontEnd + QStringLiteral("owa/web.config");
    const QByteArray original = readBytes(path);
    const Action action = urlRewrite(QStringLiteral("M2.1"), ActionScope::VDir, QStringLiteral("Default Web Site/owa"),
        fullRules(QStringLiteral("M2.1")));
    QVERIFY(host->apply(action));
    const QByteArray applied = readBytes(path);

    // The admin restores the file from before (e.g. from a backup).
    QVERIFY(writeBytes(path, original));
    QCOMPARE(host->probe(action)->state, ActionState::Absent);
    auto again = host->apply(action);
    QVERIFY2(again, why(again));
    QVERIFY(again->changed);
    QCOMPARE(readBytes(path), applied);
    QVERIFY(host->rollback(action));
    QCOMPARE(readBytes(path), original);
}

void TestUrlRewrite::outdatedRuleIsReplaced()
{
    const QString root = newLab();
    auto host = open(root);
    QVERIFY(host);
    const QString path = root + QLatin1Char('/') + appHostRel;
    const QByteArray original = readBytes(path);
    const Action v1 = urlRewrite(QStringLiteral("M1.1"), ActionScope::Server, QStringLiteral("Default Web Site"),
        fullRules(QStringLiteral("M1.1"), QStringLiteral(".*autodiscover\\.json.*Powershell.*")));
    const Action v2 = urlRewrite(QStringLiteral("M1.1"), ActionScope::Server, QStringLiteral("Default Web Site"),
        fullRules(QStringLiteral("M1.1"), QStringLiteral("(?=.*autodiscover)(?=.*powershell)")));
    QVERIFY(host->apply(v1));
    const QByteArray applied = readBytes(path);

    auto probe = host->probe(v2);
    QVERIFY2(probe, why(probe));
    QCOMPARE(probe->state, ActionState::Differs);
    QVERIFY2(probe->detail.contains(QLatin1String(
                 "pattern is '.*autodiscover\\.json.*Powershell.*' (feed: '(?=.*autodiscover)(?=.*powershell)')")),
        qPrintable(probe->detail));

    auto replaced = host->apply(v2);
    QVERIFY2(replaced, why(replaced));
    QVERIFY(replaced->changed);
    QVERIFY2(replaced->summary.contains(QLatin1String("replaced rule 'EEMS M1.1 PowerShell - inbound'")),
        qPrintable(replaced->summary));
    QVERIFY2(replaced->summary.contains(QLatin1String("'.*autodiscover\\.json.*Powershell.*'")),
        qPrintable(replaced->summary));

    const QByteArray after = readBytes(path);
    QVERIFY(!after.contains("autodiscover\\.json"));
    QCOMPARE(after.count("EEMS M1.1 PowerShell - inbound"), 1);
    // Only the pattern's line changed.
    QCOMPARE(after.size() - applied.size(),
        qsizetype(qstrlen("(?=.*autodiscover)(?=.*powershell)"))
            - qsizetype(qstrlen(".*autodiscover\\.json.*Powershell.*")));
    QCOMPARE(host->probe(v2)->state, ActionState::InPlace);
    QVERIFY(host->rollback(v2));
    QCOMPARE(readBytes(path), original);
}

void TestUrlRewrite::strayRuleWithTheActionsNameIsRemoved()
{
    const QString root = newLab();
    auto host = open(root);
    QVERIFY(host);
    const QString path = root + QLatin1Char('/') + clientAccess + QStringLiteral("owa/web.config");
    const QByteArray original = readBytes(path);
    const Action action = urlRewrite(QStringLiteral("M1.1"), ActionScope::VDir, QStringLiteral("Exchange Back End/owa"),
        fullRules(QStringLiteral("M1.1")));
    QVERIFY(host->apply(action));
    const QByteArray applied = readBytes(path);

    // Someone added a rule under the action's name (and one of M1.10, which is not ours).
    QByteArray edited = applied;
    const qsizetype at = edited.indexOf("\n", edited.indexOf("<rules>"));
    edited.insert(at,
        "\n        <rule name=\"EEMS M1.1 extra\"><match url=\"x\" /></rule>"
        "\n        <rule name=\"EEMS M1.10 other action\"><match url=\"y\" /></rule>");
    QVERIFY(writeBytes(path, edited));
    auto probe = host->probe(action);
    QVERIFY2(probe, why(probe));
    QCOMPARE(probe->state, ActionState::Differs);
    QVERIFY2(
        probe->detail.contains(QLatin1String("rule 'EEMS M1.1 extra' is not in the feed")), qPrintable(probe->detail));
    QVERIFY2(!probe->detail.contains(QLatin1String("M1.10")), qPrintable(probe->detail));

    auto repaired = host->apply(action);
    QVERIFY2(repaired, why(repaired));
    QVERIFY2(
        repaired->summary.contains(QLatin1String("removed rule 'EEMS M1.1 extra'")), qPrintable(repaired->summary));
    const QByteArray after = readBytes(path);
    QVERIFY(!after.contains("EEMS M1.1 extra"));
    QVERIFY(after.contains("EEMS M1.10 other action"));
    QCOMPARE(host->probe(action)->state, ActionState::InPlace);
}

void TestUrlRewrite::duplicateIsRemoved()
{
    const QString root = newLab();
    auto host = open(root);
    QVERIFY(host);
    const QString path = root + QStringLiteral("/inetpub/wwwroot/web.config");
    const Action action = urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
        fullRules(QStringLiteral("M1.1")));
    QVERIFY(host->apply(action));
    const QByteArray applied = readBytes(path);
    const qsizetype start = applied.lastIndexOf('\n', applied.indexOf("<rule name=\"EEMS M1.1 PowerShell - inbound\""));
    const qsizetype end = applied.indexOf("</rule>", start) + int(qstrlen("</rule>"));
    QByteArray edited = applied;
    edited.insert(end, applied.mid(start, end - start)); // pasted twice
    QVERIFY(writeBytes(path, edited));
    auto probe = host->probe(action);
    QVERIFY2(probe, why(probe));
    QCOMPARE(probe->state, ActionState::Differs);
    QVERIFY2(probe->detail.contains(QLatin1String("appears 2 times")), qPrintable(probe->detail));
    auto repaired = host->apply(action);
    QVERIFY2(repaired, why(repaired));
    QCOMPARE(readBytes(path), applied);
}

void TestUrlRewrite::feedFormsCompareByMeaning()
{
    // The feed hands over canonical XML (C14N: attributes sorted, empty
    // elements as start/end pairs, other whitespace): the same rules.
    const QString root = newLab();
    auto host = open(root);
    QVERIFY(host);
    const QString path = root + QStringLiteral("/inetpub/wwwroot/web.config");
    const Action pretty = urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
        fullRules(QStringLiteral("M1.1")));
    QString c14n = QStringLiteral(
        "<rule name=\"EEMS M1.1 PowerShell - inbound\" stopProcessing=\"true\"><match url=\".*\"></match>"
        "<conditions logicalGrouping=\"MatchAll\"><add input=\"{UrlDecode:{REQUEST_URI}}\" "
        "pattern=\"(?=.*autodiscover)(?=.*powershell)\"></add></conditions><action "
        "type=\"AbortRequest\"></action></rule>"
        "<outboundRules><preConditions><preCondition name=\"EEMS M1.1 html - precondition\"><add "
        "input=\"{RESPONSE_CONTENT_TYPE}\" pattern=\"^text/html\"></add></preCondition></preConditions>"
        "<rule name=\"EEMS M1.1 Server header - outbound\" preCondition=\"EEMS M1.1 html - precondition\">"
        "<match pattern=\".+\" serverVariable=\"RESPONSE_Server\"></match><action type=\"Rewrite\" value=\"\"></action>"
        "</rule></outboundRules>");
    const Action canonical
        = urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"), c14n);
    QVERIFY(host->apply(pretty));
    const QByteArray applied = readBytes(path);
    QCOMPARE(host->probe(canonical)->state, ActionState::InPlace);
    auto again = host->apply(canonical);
    QVERIFY2(again, why(again));
    QVERIFY(!again->changed);
    QCOMPARE(readBytes(path), applied);
    // With the <rules> wrapper itself, too.
    const Action wrapped = urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
        QStringLiteral("<rules>") + c14n + QStringLiteral("</rules>"));
    QCOMPARE(host->probe(wrapped)->state, ActionState::InPlace);
}

void TestUrlRewrite::twoActionsShareContainers_data()
{
    QTest::addColumn<bool>("firstRolledBackFirst");
    QTest::newRow("roll back in apply order") << true;
    QTest::newRow("roll back in reverse order") << false;
}

void TestUrlRewrite::twoActionsShareContainers()
{
    QFETCH(bool, firstRolledBackFirst);
    const QString root = newLab();
    auto host = open(root);
    QVERIFY(host);
    const QString path = root + QStringLiteral("/inetpub/wwwroot/web.config");
    const QByteArray original = readBytes(path);
    const Action m1 = urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
        fullRules(QStringLiteral("M1.1")));
    const Action m2 = urlRewrite(QStringLiteral("M2.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
        QStringLiteral("<rule name=\"EEMS M2.1 ecp\" stopProcessing=\"true\"><match url=\"^ecp/.*\" />"
                       "<action type=\"CustomResponse\" statusCode=\"403\" /></rule>"));
    QVERIFY(host->apply(m1));
    const QByteArray withM1 = readBytes(path);
    auto applied = host->apply(m2);
    QVERIFY2(applied, why(applied));
    QByteArray inserted;
    QVERIFY(isSingleInsertion(withM1, readBytes(path), &inserted));
    QCOMPARE(readBytes(path).count("EEMS M2.1 ecp"), 1);
    // First in <rules>: before M1.1's rule.
    QVERIFY(readBytes(path).indexOf("EEMS M2.1 ecp") < readBytes(path).indexOf("EEMS M1.1 PowerShell - inbound"));
    QCOMPARE(host->probe(m1)->state, ActionState::InPlace);
    QCOMPARE(host->probe(m2)->state, ActionState::InPlace);

    QVERIFY(host->rollback(firstRolledBackFirst ? m1 : m2));
    QCOMPARE(host->probe(firstRolledBackFirst ? m2 : m1)->state, ActionState::InPlace);
    QVERIFY(host->rollback(firstRolledBackFirst ? m2 : m1));
    QCOMPARE(readBytes(path), original);
}

void TestUrlRewrite::synthetic_data()
{
    QTest::addColumn<ActionScope>("scope");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("newline");
    QTest::addColumn<QString>("indentChar");
    QTest::addColumn<bool>("single"); // one contiguous insertion

    QTest::newRow("applicationHost.config, CRLF, tabs, no BOM")
        << ActionScope::Server << QString() << appHostRel << QStringLiteral("\r\n") << QStringLiteral("\t") << true;
    QTest::newRow("site web.config, CRLF, tabs, no BOM")
        << ActionScope::Site << QStringLiteral("Contoso") << QStringLiteral("inetpub/contoso/web.config")
        << QStringLiteral("\r\n") << QStringLiteral("\t") << true;
    QTest::newRow("no system.webServer at all")
        << ActionScope::VDir << QStringLiteral("Contoso/App") << QStringLiteral("inetpub/contoso/app/web.config")
        << QStringLiteral("\r\n") << QStringLiteral("\t") << true;
    QTest::newRow("an admin's rules and <clear />") << ActionScope::VDir << QStringLiteral("Contoso/existing")
                                                    << QStringLiteral("inetpub/contoso/existing/web.config")
                                                    << QStringLiteral("\n") << QStringLiteral(" ") << false;
    QTest::newRow("<rules /> and empty <outboundRules>")
        << ActionScope::VDir << QStringLiteral("Contoso/empty") << QStringLiteral("inetpub/contoso/empty/web.config")
        << QStringLiteral("\n") << QStringLiteral(" ") << false;
    QTest::newRow("<configuration/>") << ActionScope::VDir << QStringLiteral("Contoso/bare")
                                      << QStringLiteral("inetpub/contoso/bare/web.config") << QStringLiteral("\r\n")
                                      << QStringLiteral(" ") << false;
}

void TestUrlRewrite::synthetic()
{
    QFETCH(ActionScope, scope);
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFETCH(QString, newline);
    QFETCH(QString, indentChar);
    QFETCH(bool, single);

    const QString root = newSyntheticLab();
    auto host = open(root);
    QVERIFY(host);
    const QString path = root + QLatin1Char('/') + file;
    const QByteArray original = readBytes(path);
    const Action action = urlRewrite(QStringLiteral("M7.2"), scope, target, fullRules(QStringLiteral("M7.2")));
    QCOMPARE(host->probe(action)->state, ActionState::Absent);
    auto applied = host->apply(action);
    QVERIFY2(applied, why(applied));
    QVERIFY(applied->changed);
    const QByteArray after = readBytes(path);
    QDomDocument doc;
    QVERIFY(doc.setContent(after));
    QCOMPARE(elementsNamed(doc, QStringLiteral("rule"), QStringLiteral("EEMS M7.2 PowerShell - inbound")).size(), 1);
    QCOMPARE(
        elementsNamed(doc, QStringLiteral("preCondition"), QStringLiteral("EEMS M7.2 html - precondition")).size(), 1);
    QCOMPARE(after.startsWith("\xEF\xBB\xBF"), original.startsWith("\xEF\xBB\xBF"));

    QList<QByteArray> added;
    if (single) {
        QByteArray inserted;
        QVERIFY2(isSingleInsertion(original, after, &inserted), after.constData());
        QVERIFY(onlyLinesAdded(original, after, &added));
    } else if (!original.startsWith("<configuration/>")) {
        // Containers written as `<rules />` are expanded; everything else stays.
        QByteArray expected = original;
        expected.replace("<rules />", "<rules>").replace("<outboundRules></outboundRules>", "<outboundRules>");
        QVERIFY(onlyLinesAdded(expected, after, &added) || onlyLinesAdded(original, after, &added));
    }
    // The file's own line endings and indentation.
    if (newline == QLatin1String("\r\n")) {
        for (qsizetype i = after.indexOf('\n'); i >= 0; i = after.indexOf('\n', i + 1))
            QVERIFY2(i > 0 && after.at(i - 1) == '\r', after.constData());
    } else
        QVERIFY(!after.contains('\r'));
    for (const QByteArray &line : std::as_const(added)) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype lead = line.indexOf('<');
        QVERIFY2(line.left(lead) == QByteArray(lead, indentChar.at(0).toLatin1()), line.constData());
    }
    if (file.endsWith(QLatin1String("existing/web.config"))) {
        // After <clear />, before the admin's rule; the admin's rules untouched.
        const QDomElement rules = elementsNamed(doc, QStringLiteral("rule"), QStringLiteral("Admin HTTPS redirect"))
                                      .first()
                                      .parentNode()
                                      .toElement();
        QStringList order;
        for (QDomElement e = rules.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
            order << (e.tagName() == QLatin1String("clear") ? QStringLiteral("clear")
                                                            : e.attribute(QStringLiteral("name")));
        QCOMPARE(order,
            (QStringList {QStringLiteral("clear"), QStringLiteral("EEMS M7.2 PowerShell - inbound"),
                QStringLiteral("Admin HTTPS redirect")}));
        QDomElement pcs = elementsNamed(doc, QStringLiteral("preCondition"), QStringLiteral("Admin pc"))
                              .first()
                              .parentNode()
                              .toElement();
        QCOMPARE(
            pcs.lastChildElement().attribute(QStringLiteral("name")), QStringLiteral("EEMS M7.2 html - precondition"));
    }
    QCOMPARE(host->probe(action)->state, ActionState::InPlace);
    auto again = host->apply(action);
    QVERIFY2(again, why(again));
    QVERIFY(!again->changed);

    auto rolledBack = host->rollback(action);
    QVERIFY2(rolledBack, why(rolledBack));
    QCOMPARE(readBytes(path), original);
}

void TestUrlRewrite::caseInsensitivePaths()
{
    // applicationHost.config says C:\INETPUB\Contoso\App, the folder is inetpub/contoso/app.
    const QString root = newSyntheticLab();
    auto host = open(root);
    QVERIFY(host);
    const Action action = urlRewrite(
        QStringLiteral("M7.2"), ActionScope::VDir, QStringLiteral("CONTOSO/app"), fullRules(QStringLiteral("M7.2")));
    auto file = host->configFile(action);
    QVERIFY2(file, why(file));
    QCOMPARE(*file, root + QStringLiteral("/inetpub/contoso/app/web.config"));
    auto vdirs = host->virtualDirectories();
    QVERIFY2(vdirs, why(vdirs));
    QCOMPARE(vdirs->size(), 5);
    QCOMPARE(vdirs->at(1).target(), QStringLiteral("Contoso/App"));
    QCOMPARE(vdirs->at(1).localPath, root + QStringLiteral("/inetpub/contoso/app"));
    QVERIFY(vdirs->at(1).exists);
}

void TestUrlRewrite::missingWebConfigIsCreatedAndRemoved()
{
    // The lab has a folder for every vdir; /mapi has no web.config.
    const QString root = newLab();
    auto host = open(root);
    QVERIFY(host);
    const QString dir = root + QLatin1Char('/') + frontEnd + QStringLiteral("mapi");
    QVERIFY(QFileInfo(dir).isDir());
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/web.config")));
    const Action action = urlRewrite(QStringLiteral("M1.1"), ActionScope::VDir, QStringLiteral("Default Web Site/mapi"),
        fullRules(QStringLiteral("M1.1")));
    QCOMPARE(host->probe(action)->state, ActionState::Absent);
    auto applied = host->apply(action);
    QVERIFY2(applied, why(applied));
    const QByteArray created = readBytes(dir + QStringLiteral("/web.config"));
    QVERIFY(created.startsWith("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<configuration>\r\n"));
    QDomDocument doc;
    QVERIFY(doc.setContent(created));
    QCOMPARE(elementsNamed(doc, QStringLiteral("rule"), QStringLiteral("EEMS M1.1 PowerShell - inbound")).size(), 1);
    QCOMPARE(host->probe(action)->state, ActionState::InPlace);
    auto rolledBack = host->rollback(action);
    QVERIFY2(rolledBack, why(rolledBack));
    QVERIFY2(rolledBack->summary.contains(QLatin1String("had created")), qPrintable(rolledBack->summary));
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/web.config")));
}

void TestUrlRewrite::refusedRules_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("message");
    QTest::newRow("name of another action") << QStringLiteral("<rule name=\"EEMS M1.2 x\"><match url=\".*\" /></rule>")
                                            << QStringLiteral("rule name 'EEMS M1.2 x' must start with 'EEMS M1.1'");
    QTest::newRow("not named EEMS") << QStringLiteral("<rule name=\"Block PowerShell\"><match url=\".*\" /></rule>")
                                    << QStringLiteral("rule name 'Block PowerShell' must start with 'EEMS M1.1'");
    QTest::newRow("a longer action id") << QStringLiteral("<rule name=\"EEMS M1.10 x\"><match url=\".*\" /></rule>")
                                        << QStringLiteral("'EEMS M1.10 x' must start with 'EEMS M1.1'");
    QTest::newRow("lower case") << QStringLiteral("<rule name=\"eems M1.1 x\"><match url=\".*\" /></rule>")
                                << QStringLiteral("'eems M1.1 x' must start with 'EEMS M1.1'");
    QTest::newRow("no name") << QStringLiteral("<rule><match url=\".*\" /></rule>") << QStringLiteral("without a name");
    QTest::newRow("precondition of another action")
        << QStringLiteral(
               "<outboundRules><preConditions><preCondition name=\"EEMS M9 p\" /></preConditions></outboundRules>")
        << QStringLiteral("precondition name 'EEMS M9 p' must start with 'EEMS M1.1'");
    QTest::newRow("undefined precondition")
        << QStringLiteral("<outboundRules><rule name=\"EEMS M1.1 o\" preCondition=\"EEMS M1.1 p\"><match "
                          "serverVariable=\"X\" pattern=\".*\" /></rule></outboundRules>")
        << QStringLiteral("uses precondition 'EEMS M1.1 p', which the action does not define");
    QTest::newRow("defined twice") << QStringLiteral("<rule name=\"EEMS M1.1 a\" /><rule name=\"EEMS M1.1 a\" />")
                                   << QStringLiteral("'EEMS M1.1 a' is defined twice");
    QTest::newRow("unsupported element") << QStringLiteral(
        "<rewriteMaps><rewriteMap name=\"EEMS M1.1 m\" /></rewriteMaps>")
                                         << QStringLiteral("<rewriteMaps> is not supported");
    QTest::newRow("malformed") << QStringLiteral("<rule name=\"EEMS M1.1 a\"><match></rule>")
                               << QStringLiteral("malformed XML");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("without rules");
    QTest::newRow("mixed content") << QStringLiteral("<rule name=\"EEMS M1.1 a\">text<match url=\"x\" /></rule>")
                                   << QStringLiteral("holds both text and elements");
}

void TestUrlRewrite::refusedRules()
{
    QFETCH(QString, rules);
    QFETCH(QString, message);
    const QString root = newLab();
    auto host = open(root);
    QVERIFY(host);
    const auto before = snapshot(root);
    const Action action
        = urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"), rules);
    auto applied = host->apply(action);
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(message), qPrintable(applied.error().message));
    QVERIFY2(applied.error().message.contains(QLatin1String("action M1.1")), qPrintable(applied.error().message));
    auto probe = host->probe(action);
    QVERIFY(!probe);
    QCOMPARE(snapshotDifference(before, snapshot(root)), QString());
}

void TestUrlRewrite::failures_data()
{
    QTest::addColumn<QString>("setup"); // what to break in the lab
    QTest::addColumn<ActionScope>("scope");
    QTest::addColumn<QString>("target");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QStringList>("message"); // parts the message must hold

    QTest::newRow("read-only web.config")
        << QStringLiteral("readonly") << ActionScope::Site << QStringLiteral("Default Web Site") << ErrorCode::Io
        << QStringList {QStringLiteral("inetpub/wwwroot/web.config"), QStringLiteral("read-only")};
    QTest::newRow("malformed web.config")
        << QStringLiteral("malformed") << ActionScope::VDir << QStringLiteral("Default Web Site/owa")
        << ErrorCode::Format
        << QStringList {QStringLiteral("HttpProxy/owa/web.config"), QStringLiteral("malformed XML at line 3")};
    QTest::newRow("malformed applicationHost.config")
        << QStringLiteral("malformed-apphost") << ActionScope::Site << QStringLiteral("Default Web Site")
        << ErrorCode::Format << QStringList {QStringLiteral("applicationHost.config"), QStringLiteral("malformed XML")};
    QTest::newRow("site not in applicationHost.config")
        << QString() << ActionScope::Site << QStringLiteral("Contoso Web Site") << ErrorCode::NotFound
        << QStringList {QStringLiteral("site 'Contoso Web Site' is not in applicationHost.config")};
    QTest::newRow("location of an unknown site")
        << QString() << ActionScope::Server << QStringLiteral("Contoso Web Site/owa") << ErrorCode::NotFound
        << QStringList {QStringLiteral("site 'Contoso Web Site' is not in applicationHost.config")};
    QTest::newRow("vdir not in the site")
        << QString() << ActionScope::VDir << QStringLiteral("Default Web Site/owa2") << ErrorCode::NotFound
        << QStringList {QStringLiteral("virtual directory '/owa2' is not in site 'Default Web Site'")};
    QTest::newRow("vdir whose physical path does not exist")
        << QStringLiteral("rm-oab") << ActionScope::VDir << QStringLiteral("Default Web Site/OAB")
        << ErrorCode::NotFound
        << QStringList {
               QStringLiteral(
                   "physical path 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\FrontEnd\\HttpProxy\\OAB'"),
               QStringLiteral("does not exist")};
    QTest::newRow("VDir target without a vdir")
        << QString() << ActionScope::VDir << QStringLiteral("Default Web Site") << ErrorCode::InvalidArgument
        << QStringList {QStringLiteral("must be 'Site Name/vdir path'")};
    QTest::newRow("Site scope without target")
        << QString() << ActionScope::Site << QString() << ErrorCode::InvalidArgument
        << QStringList {QStringLiteral("needs a target")};
    QTest::newRow("corrupt state file") << QStringLiteral("bad-state") << ActionScope::Site
                                        << QStringLiteral("Default Web Site") << ErrorCode::Format
                                        << QStringList {QStringLiteral("state.json"), QStringLiteral("malformed JSON")};
}

void TestUrlRewrite::failures()
{
    QFETCH(QString, setup);
    QFETCH(ActionScope, scope);
    QFETCH(QString, target);
    QFETCH(ErrorCode, code);
    QFETCH(QStringList, message);

    const QString root = newLab();
    auto host = open(root);
    QVERIFY(host);
    if (setup == QLatin1String("readonly")) {
        QVERIFY(QFile::setPermissions(root + QStringLiteral("/inetpub/wwwroot/web.config"),
            QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    } else if (setup == QLatin1String("malformed")) {
        QVERIFY(writeBytes(root + QLatin1Char('/') + frontEnd + QStringLiteral("owa/web.config"),
            "<configuration>\n  <system.webServer>\n  </system.web>\n</configuration>\n"));
    } else if (setup == QLatin1String("malformed-apphost")) {
        QByteArray bytes = readBytes(root + QLatin1Char('/') + appHostRel);
        bytes.replace("</sites>", "</site>");
        QVERIFY(writeBytes(root + QLatin1Char('/') + appHostRel, bytes));
    } else if (setup == QLatin1String("rm-oab")) {
        QVERIFY(QDir(root + QLatin1Char('/') + frontEnd + QStringLiteral("OAB")).removeRecursively());
    } else if (setup == QLatin1String("bad-state")) {
        QVERIFY(writeBytes(root + QStringLiteral("/EmConsole/state.json"), "{\"actions\": {"));
    }
    const auto before = snapshot(root);
    const Action action = urlRewrite(QStringLiteral("M1.1"), scope, target, fullRules(QStringLiteral("M1.1")));
    auto applied = host->apply(action);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, code);
    for (const QString &part : std::as_const(message))
        QVERIFY2(
            applied.error().message.contains(QDir::toNativeSeparators(part)) || applied.error().message.contains(part),
            qPrintable(applied.error().message));
    QCOMPARE(snapshotDifference(before, snapshot(root)), QString());
    if (setup == QLatin1String("readonly")) {
        // Reading still works: the action is simply not there.
        auto probe = host->probe(action);
        QVERIFY2(probe, why(probe));
        QCOMPARE(probe->state, ActionState::Absent);
    } else if (setup != QLatin1String("bad-state")) {
        QVERIFY(!host->probe(action));
    }
}

void TestUrlRewrite::failedWriteLeavesOriginal_data()
{
    QTest::addColumn<QString>("step");
    QTest::newRow("backup cannot be written") << QStringLiteral("backup");
    QTest::newRow("device fails half way") << QStringLiteral("write");
    QTest::newRow("commit fails") << QStringLiteral("commit");
}

void TestUrlRewrite::failedWriteLeavesOriginal()
{
    QFETCH(QString, step);
    const QString root = newLab();
    HostOptions options;
    QStringList calls;
    options.failAt = [&](const QString &s, const QString &path) {
        calls << s + QLatin1Char(':') + QFileInfo(path).fileName();
        return s == step;
    };
    auto host = open(root, options);
    QVERIFY(host);
    const auto before = snapshot(root);
    const Action action = urlRewrite(QStringLiteral("M1.1"), ActionScope::VDir, QStringLiteral("Default Web Site/owa"),
        fullRules(QStringLiteral("M1.1")));
    auto applied = host->apply(action);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, ErrorCode::Io);
    QVERIFY2(applied.error().message.contains(QLatin1String("owa/web.config")), qPrintable(applied.error().message));
    QVERIFY(calls.contains(step + QStringLiteral(":web.config"))
        || calls.contains(step + QStringLiteral(":web.config.20261120T100000000Z.bak")));
    // The config and every other file as before: no partial file, no temporary
    // left behind, no containers remembered that were never written.
    QCOMPARE(snapshotDifference(before, snapshot(root)), QString());

    auto host2 = open(root);
    auto retried = host2->apply(action);
    QVERIFY2(retried, why(retried));
    QVERIFY(retried->changed);
    QVERIFY(host2->rollback(action));
    QCOMPARE(readBytes(root + QLatin1Char('/') + frontEnd + QStringLiteral("owa/web.config")),
        before.value(frontEnd + QStringLiteral("owa/web.config")));
}

void TestUrlRewrite::failedRollbackWriteLeavesAppliedFile()
{
    const QString root = newLab();
    bool failing = false;
    HostOptions options;
    options.failAt = [&](const QString &s, const QString &) { return failing && s == QLatin1String("write"); };
    auto host = open(root, options);
    QVERIFY(host);
    const QString path = root + QStringLiteral("/inetpub/wwwroot/web.config");
    const QByteArray original = readBytes(path);
    const Action action = urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
        fullRules(QStringLiteral("M1.1")));
    QVERIFY(host->apply(action));
    const QByteArray applied = readBytes(path);
    const QByteArray state = readBytes(root + QStringLiteral("/EmConsole/state.json"));
    failing = true;
    QVERIFY(!host->rollback(action));
    QCOMPARE(readBytes(path), applied);
    QCOMPARE(readBytes(root + QStringLiteral("/EmConsole/state.json")), state);
    failing = false;
    QVERIFY(host->rollback(action));
    QCOMPARE(readBytes(path), original);
}

void TestUrlRewrite::permissionsKept()
{
    const QString root = newLab();
    auto host = open(root);
    QVERIFY(host);
    const QString path = root + QStringLiteral("/inetpub/wwwroot/web.config");
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(path, mode));
    const Action action = urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
        fullRules(QStringLiteral("M1.1")));
    QVERIFY(host->apply(action));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser), mode);
    QVERIFY(host->rollback(action));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser), mode);
}

void TestUrlRewrite::noBackupsWhenDisabled()
{
    const QString root = newLab();
    HostOptions options;
    options.keepBackups = false;
    auto host = open(root, options);
    QVERIFY(host);
    const Action action
        = urlRewrite(QStringLiteral("M1.1"), ActionScope::Server, QString(), fullRules(QStringLiteral("M1.1")));
    QVERIFY(host->apply(action));
    QVERIFY(host->rollback(action));
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/EmConsole/backups")));
    QCOMPARE(host->backupDirectory(), root + QStringLiteral("/EmConsole/backups"));
}

void TestUrlRewrite::nonUrlRewriteConfigFile()
{
    const QString root = newLab();
    auto host = open(root);
    QVERIFY(host);
    Action ping;
    ping.id = QStringLiteral("PING1");
    QCOMPARE(host->probe(ping)->state, ActionState::InPlace);
    auto applied = host->apply(ping);
    QVERIFY2(applied, why(applied));
    QVERIFY(!applied->changed);
    QCOMPARE(*host->configFile(ping), QString());
    Action pool;
    pool.id = QStringLiteral("M3.1");
    pool.type = ActionType::DisableAppPool;
    pool.target = QStringLiteral("MSExchangeOWACalendarAppPool");
    QCOMPARE(*host->configFile(pool), root + QLatin1Char('/') + appHostRel);
}

void TestUrlRewrite::oneChangeAtATime()
{
    const QString root = newLab();
    HostOptions options;
    options.processTimeoutMs = 300;
    auto host = open(root, options);
    QVERIFY(host);
    const Action action = urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
        fullRules(QStringLiteral("M1.1")));
    const auto before = snapshot(root);
    {
        // Another process (the service, a console) is changing this server.
        QLockFile other(root + QStringLiteral("/EmConsole/host.lock"));
        QVERIFY(other.tryLock(0));
        auto applied = host->apply(action);
        QVERIFY(!applied);
        QVERIFY2(applied.error().message.contains(QLatin1String("another process is changing this server")),
            qPrintable(applied.error().message));
        QVERIFY2(applied.error().message.contains(QLatin1String("host.lock")), qPrintable(applied.error().message));
        // Reading needs no lock.
        QCOMPARE(host->probe(action)->state, ActionState::Absent);
    }
    QCOMPARE(snapshotDifference(before, snapshot(root)), QString());
    auto applied = host->apply(action);
    QVERIFY2(applied, why(applied));
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/EmConsole/host.lock")));
}

QTEST_GUILESS_MAIN(TestUrlRewrite)
#include "tst_urlrewrite.moc"
