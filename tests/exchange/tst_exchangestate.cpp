// A real organization's state from Export-Clixml files: the real Exchange
// 2016 exports (PING1 applied on two servers, one server with empty lists,
// Get-OrganizationConfig), hand-written ones in the same form (a block list,
// a proxy, an Edge server, a build newer than the catalogue, a remote
// session's export), and hostile or broken files, each refused whole with the
// file, the line and the cause.

#include <QTemporaryDir>
#include <QTest>

#include "directory/historystore.h"
#include "directory/leasestore.h"
#include "directory/orgdirectory.h"
#include "engine/operations/operations.h"
#include "exchange/exchangestate.h"
#include "exchangetestutil.h"
#include "model/buildcatalog.h"

using namespace em;
using exchangetest::fixture;
using exchangetest::fixturePath;
using exchangetest::objs;

namespace {
ExchangeState imported(const QString &file)
{
    auto state = parseExchangeExport(fixture(file), file);
    if (!state)
        qWarning("%s", qPrintable(state.error().message));
    return state ? *std::move(state) : ExchangeState();
}

// A Get-ExchangeServer object in four lines: <Obj> and its type, the name,
// version and role, `extra` (more properties), the end.
QByteArray server(const QByteArray &name, const QByteArray &extra = {},
    const QByteArray &version = "<S N=\"AdminDisplayVersion\">Version 15.2 (Build 1544.4)</S>")
{
    return "\n<Obj><TN><T>Microsoft.Exchange.Data.Directory.Management.ExchangeServer</T></TN><ToString>" + name
        + "</ToString>\n<Props><S N=\"Name\">" + name + "</S>" + version + "<S N=\"ServerRole\">Mailbox</S>\n" + extra
        + "\n</Props></Obj>";
}

QByteArray organization(const QByteArray &props)
{
    return "\n<Obj><TN><T>Microsoft.Exchange.Data.Directory.Management.OrganizationConfig</T></TN>"
           "<ToString>Contoso</ToString>\n<Props>"
        + props + "</Props></Obj>";
}

QString refusal(const QByteArray &bytes, const QString &file = QStringLiteral("hostile.xml"))
{
    auto state = parseExchangeExport(bytes, file);
    return state ? QStringLiteral("(parsed)") : state.error().message;
}
} // namespace

class TestExchangeState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!qgetenv("EM_SOURCE_DIR").isEmpty(), "EM_SOURCE_DIR is set by the test runner"); }

    void pingAppliedOnTwoServers()
    {
        const ExchangeState state = imported(QStringLiteral("GetExchangeServer-E2016-PING1.xml"));
        QCOMPARE(state.servers.size(), 2);
        QVERIFY(!state.organization);
        QVERIFY(state.ignored.isEmpty());
        const ExchangeServerState &one = state.servers.at(0);
        QCOMPARE(one.name, QStringLiteral("E2k16-1"));
        QCOMPARE(one.build, Build(15, 1, 2507, 18));
        QCOMPARE(one.role, ServerRole::Mailbox);
        QCOMPARE(one.serverRole, QStringLiteral("Mailbox"));
        QCOMPARE(one.mitigationsEnabled, true);
        QCOMPARE(one.mitigationsApplied, QStringList {QStringLiteral("PING1")});
        QVERIFY(one.mitigationsBlocked.isEmpty());
        QCOMPARE(one.mitigationsAppliedTime, QDateTime(QDate(2023, 1, 5), QTime(12, 8, 37, 617), Qt::UTC));
        QCOMPARE(one.dataCollectionEnabled, true);
        QVERIFY(one.internetWebProxy.isEmpty());
        QCOMPARE(one.site, QStringLiteral("Default-First-Site-Name"));
        const ExchangeServerState &two = state.servers.at(1);
        QCOMPARE(two.name, QStringLiteral("E2k16-2"));
        QCOMPARE(two.mitigationsApplied, QStringList {QStringLiteral("PING1")});
        QCOMPARE(two.mitigationsAppliedTime, QDateTime(QDate(2023, 1, 5), QTime(12, 8, 36, 121), Qt::UTC));
        QCOMPARE(two.dataCollectionEnabled, false);
        QCOMPARE(state.server(u"e2K16-2"), &state.servers.at(1));
        QVERIFY(!state.server(u"E2k16-3"));
    }

    void singleServerWithEmptyLists()
    {
        const ExchangeState state = imported(QStringLiteral("GetExchangeServer-E2016.xml"));
        QCOMPARE(state.servers.size(), 1);
        const ExchangeServerState &solo = state.servers.first();
        QCOMPARE(solo.name, QStringLiteral("SOLO-E16A"));
        QCOMPARE(solo.build, Build(15, 1, 2375, 7));
        QCOMPARE(solo.mitigationsEnabled, true);
        QVERIFY(solo.mitigationsApplied.isEmpty());
        QVERIFY(solo.mitigationsBlocked.isEmpty());
        QVERIFY(solo.mitigationsAppliedTime.isNull()); // not in this export
        QCOMPARE(solo.dataCollectionEnabled, false);
        QCOMPARE(solo.site, QStringLiteral("Default-First-Site-Name"));
    }

    void organizationConfig()
    {
        const ExchangeState state = imported(QStringLiteral("GetOrganizationConfig-E2016.xml"));
        QVERIFY(state.servers.isEmpty());
        QVERIFY(state.organization);
        QCOMPARE(state.organization->name, QStringLiteral("SoloORG"));
        QCOMPARE(state.organization->mitigationsEnabled, true);
    }

    void windowsPowerShellEncoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("PING1") << "GetExchangeServer-E2016-PING1.xml";
        QTest::newRow("organization") << "GetOrganizationConfig-E2016.xml";
    }

    void windowsPowerShellEncoding()
    {
        // Windows PowerShell's Export-Clixml writes UTF-16LE with a BOM by default.
        QFETCH(QString, file);
        auto utf16 = parseExchangeExport(exchangetest::toUtf16(fixture(file)), file);
        QVERIFY2(utf16, utf16 ? "" : qPrintable(utf16.error().message));
        QCOMPARE(*utf16, imported(file));
    }

    void blockListProxyEdgeAndNewBuild()
    {
        const ExchangeState state = imported(QStringLiteral("GetExchangeServer-E2019-handwritten.xml"));
        QCOMPARE(state.servers.size(), 3);
        const ExchangeServerState &ex = state.servers.at(0);
        QCOMPARE(ex.name, QStringLiteral("EX19-01"));
        QCOMPARE(ex.build, Build(15, 2, 1544, 4));
        QCOMPARE(ex.mitigationsBlocked, (QStringList {QStringLiteral("M1"), QStringLiteral("M2.1")}));
        QCOMPARE(ex.mitigationsApplied, (QStringList {QStringLiteral("PING1"), QStringLiteral("M3.1")}));
        QCOMPARE(ex.internetWebProxy, QStringLiteral("http://proxy.contoso.com:8080/"));
        QCOMPARE(ex.site, QStringLiteral("Paris-DC1"));
        QCOMPARE(ex.dataCollectionEnabled, true);

        const ExchangeServerState &next = state.servers.at(1);
        QCOMPARE(next.build, Build(15, 2, 9999, 1));
        QVERIFY(BuildCatalog::builtin().isNewerThanKnown(next.build)); // kept all the same
        QCOMPARE(next.mitigationsEnabled, false);
        QVERIFY(next.mitigationsBlocked.isEmpty());

        const ExchangeServerState &edge = state.servers.at(2);
        QCOMPARE(edge.name, QStringLiteral("EDGE01"));
        QCOMPARE(edge.role, ServerRole::EdgeTransport);
        QCOMPARE(edge.serverRole, QStringLiteral("Edge"));
        QVERIFY(edge.site.isEmpty()); // Nil
    }

    void remoteSessionExport()
    {
        // Deserialized. type names, values as strings, a combined 2013 role,
        // and no EM properties at all (not guessed).
        const ExchangeState state = imported(QStringLiteral("GetExchangeServer-E2013-remote-handwritten.xml"));
        QCOMPARE(state.servers.size(), 1);
        const ExchangeServerState &ex = state.servers.first();
        QCOMPARE(ex.name, QStringLiteral("EX13-01"));
        QCOMPARE(ex.build, Build(15, 0, 1497, 2));
        QCOMPARE(ex.role, ServerRole::Mailbox);
        QCOMPARE(ex.serverRole, QStringLiteral("Mailbox, ClientAccess"));
        QVERIFY(!ex.mitigationsEnabled);
        QVERIFY(!ex.dataCollectionEnabled);
        QCOMPARE(ex.site, QStringLiteral("Lyon-HQ"));
    }

    void roles_data()
    {
        QTest::addColumn<QByteArray>("role");
        QTest::addColumn<int>("expected");
        QTest::newRow("Mailbox") << QByteArray("<S N=\"ServerRole\">Mailbox</S>") << int(ServerRole::Mailbox);
        QTest::newRow("Edge") << QByteArray("<S N=\"ServerRole\">Edge</S>") << int(ServerRole::EdgeTransport);
        QTest::newRow("2013 combined") << QByteArray("<S N=\"ServerRole\">Mailbox, ClientAccess</S>")
                                       << int(ServerRole::Mailbox);
        QTest::newRow("enum with Edge") << QByteArray(
            "<Obj N=\"ServerRole\"><ToString>Edge</ToString><I32>64</I32></Obj>")
                                        << int(ServerRole::EdgeTransport);
        QTest::newRow("enum number only")
            << QByteArray("<Obj N=\"ServerRole\"><I32>64</I32></Obj>") << int(ServerRole::EdgeTransport);
        QTest::newRow("no role, IsEdgeServer")
            << QByteArray("<B N=\"IsEdgeServer\">true</B>") << int(ServerRole::EdgeTransport);
        QTest::newRow("no role, not Edge") << QByteArray("<B N=\"IsEdgeServer\">false</B>") << int(ServerRole::Mailbox);
    }

    void roles()
    {
        QFETCH(QByteArray, role);
        QFETCH(int, expected);
        const QByteArray doc = objs("<Obj><TN><T>Microsoft.Exchange.Data.Directory.Management.ExchangeServer</T></TN>"
                                    "<Props><S N=\"Name\">EX01</S><S N=\"AdminDisplayVersion\">15.2.1544.4</S>"
            + role + "</Props></Obj>");
        auto state = parseExchangeExport(doc, QStringLiteral("roles.xml"));
        QVERIFY2(state, state ? "" : qPrintable(state.error().message));
        QCOMPARE(int(state->servers.first().role), expected);
    }

    void serversAndOrganizationInOneFile()
    {
        const QByteArray doc = objs(server("EX01", "<B N=\"MitigationsEnabled\">false</B>") + "\n<S>a stray string</S>"
            + "\n<Obj><TN><T>Deserialized.System.Diagnostics.Process</T></TN></Obj>"
            + organization("<B N=\"MitigationsEnabled\">false</B><S N=\"Name\">Contoso</S>"));
        auto state = parseExchangeExport(doc, QStringLiteral("all.xml"));
        QVERIFY2(state, state ? "" : qPrintable(state.error().message));
        QCOMPARE(state->servers.size(), 1);
        QCOMPARE(state->servers.first().mitigationsEnabled, false);
        QVERIFY(state->organization);
        QCOMPARE(state->organization->mitigationsEnabled, false);
        QCOMPARE(state->ignored,
            (QStringList {
                QStringLiteral("line 6: <S>"), QStringLiteral("line 7: Deserialized.System.Diagnostics.Process")}));
    }

    void manyOtherObjects()
    {
        // 200,000 objects of as many types beside one server: read, and
        // reported in a few lines.
        QByteArray others;
        for (int i = 0; i < 200'000; ++i)
            others
                += "<Obj RefId=\"x" + QByteArray::number(i) + "\"><TN><T>T" + QByteArray::number(i) + "</T></TN></Obj>";
        auto state = parseExchangeExport(objs(server("EX01") + "\n" + others), QStringLiteral("many.xml"));
        QVERIFY2(state, state ? "" : qPrintable(state.error().message));
        QCOMPARE(state->servers.size(), 1);
        QCOMPARE(state->ignored.size(), 101);
        QCOMPARE(state->ignored.at(99), QStringLiteral("line 6: T99"));
        QCOMPARE(state->ignored.last(), QStringLiteral("and 199900 more"));

        const QString got = refusal(objs(others));
        QVERIFY2(
            got.startsWith(QLatin1String("hostile.xml: no Get-ExchangeServer or Get-OrganizationConfig object "
                                         "(found: T0, T1, T2, T3, T4, T5, T6, T7, T8, T9 and 199990 other types)")),
            qPrintable(got.left(300)));
    }

    void sameObjectTwice()
    {
        // $s, $s | Export-Clixml writes the second as a <Ref>: one server.
        const QByteArray doc = objs(server("EX01").replace("<Obj>", "<Obj RefId=\"0\">") + "\n<Ref RefId=\"0\" />");
        auto state = parseExchangeExport(doc, QStringLiteral("twice.xml"));
        QVERIFY2(state, state ? "" : qPrintable(state.error().message));
        QCOMPARE(state->servers.size(), 1);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");

        // Hostile files.
        QTest::newRow("DOCTYPE") << QByteArray(
            "<!DOCTYPE Objs [<!ENTITY big \"xxxxxxxxxx\">]>\n" + objs(server("&big;")))
                                 << "hostile.xml: line 1, column 45: a DOCTYPE is not allowed";
        QTest::newRow("10,000-deep nesting")
            << objs("\n" + QByteArray("<Obj N=\"p\"><Props>").repeated(5000)
                   + QByteArray("</Props></Obj>").repeated(5000))
            << "hostile.xml: line 2, column 894: elements nested deeper than 100 levels";
        QTest::newRow("a million elements") << objs(server("EX01") + "\n" + QByteArray("<Nil />").repeated(1'000'000))
                                            << "hostile.xml: line 6, column 6999938: more than 1000000 elements";
        QTest::newRow("truncated") << objs(server("EX01")).chopped(20)
                                   << "hostile.xml: line 5, column 2: the file ends early (truncated)";
        QTest::newRow("bad encoding") << objs(server("Z\xFCrich"))
                                      << "hostile.xml: line 2, column 92: not valid UTF-8 (byte 0xfc at offset 172)";
        QTest::newRow("Ref to an unknown RefId") << objs(server("EX01", "<Ref N=\"Site\" RefId=\"42\" />"))
                                                 << "hostile.xml: line 4, column 1: <Ref> names RefId '42', "
                                                    "which no earlier <Obj> has";
        QTest::newRow("TNRef to an undefined TN")
            << objs(server("EX01", "<Obj N=\"Site\"><TNRef RefId=\"9\" /><ToString>s</ToString></Obj>"))
            << "hostile.xml: line 4, column 15: <TNRef> names RefId '9', which no earlier <TN> has";
        QTest::newRow("an entity bomb without DTD")
            << objs(server("&lol9;")) << "hostile.xml: line 2, column 97: not well-formed XML";

        // Exchange objects that cannot be registered.
        QTest::newRow("no Exchange object") << objs("\n<Obj><TN><T>System.Diagnostics.Process</T></TN></Obj>\n<S>x</S>")
                                            << "hostile.xml: no Get-ExchangeServer or Get-OrganizationConfig object "
                                               "(found: System.Diagnostics.Process, <S>)";
        QTest::newRow("no object at all") << objs("")
                                          << "hostile.xml: no Get-ExchangeServer or Get-OrganizationConfig object "
                                             "(found: the file holds no object)";
        QTest::newRow("not a build")
            << objs(server("EX01", {}, "<S N=\"AdminDisplayVersion\">Version 16.0 (Build 1.1)</S>"))
            << "hostile.xml: line 3, column 28: server 'EX01': AdminDisplayVersion: invalid build "
               "'Version 16.0 (Build 1.1)': major version 16 is not Exchange 2013 or later (15)";
        QTest::newRow("no AdminDisplayVersion")
            << objs(server("EX01", {}, "<Nil N=\"AdminDisplayVersion\" />"))
            << "hostile.xml: line 2, column 1: server 'EX01': no AdminDisplayVersion (export every property: "
               "Get-ExchangeServer | Export-Clixml FILE)";
        QTest::newRow("no name") << objs(server(""))
                                 << "hostile.xml: line 2, column 1: an ExchangeServer object has no Name";
        QTest::newRow("a name twice") << objs(server("EX01") + server("ex01"))
                                      << "hostile.xml: line 6, column 1: server 'ex01' appears twice (first at line 2)";
        QTest::newRow("two organizations")
            << objs(organization({}) + organization({}))
            << "hostile.xml: line 4, column 1: a second organization configuration (the first is at line 2)";
        QTest::newRow("no role") << objs(server("EX01").replace("<S N=\"ServerRole\">Mailbox</S>", ""))
                                 << "hostile.xml: line 2, column 1: server 'EX01': no ServerRole";
        QTest::newRow("MitigationsEnabled not a boolean")
            << objs(server("EX01", "<I32 N=\"MitigationsEnabled\">1</I32>"))
            << "hostile.xml: line 4, column 1: server 'EX01': MitigationsEnabled is <I32> '1', not True or False";
        QTest::newRow("MitigationsEnabled string")
            << objs(server("EX01", "<S N=\"MitigationsEnabled\">Maybe</S>"))
            << "hostile.xml: line 4, column 1: server 'EX01': MitigationsEnabled is <S> 'Maybe', not True or False";
        QTest::newRow("organization switch not a boolean")
            << objs(organization("<S N=\"MitigationsEnabled\">yes</S>"))
            << "hostile.xml: line 3, column 8: the organization configuration: MitigationsEnabled is <S> 'yes', "
               "not True or False";
        QTest::newRow("MitigationsBlocked not a list")
            << objs(server("EX01", "<Obj N=\"MitigationsBlocked\"><TN><T>X.Y</T></TN><ToString>M1</ToString></Obj>"))
            << "hostile.xml: line 4, column 1: server 'EX01': MitigationsBlocked is X.Y, not a list";
        QTest::newRow("MitigationsBlocked a table")
            << objs(server("EX01", "<Obj N=\"MitigationsBlocked\"><DCT /></Obj>"))
            << "hostile.xml: line 4, column 1: server 'EX01': MitigationsBlocked is <Obj>, not a list";
        QTest::newRow("Nil in a list") << objs(
            server("EX01", "<Obj N=\"MitigationsApplied\"><LST><S>M1</S><Nil /></LST></Obj>"))
                                       << "hostile.xml: line 4, column 43: server 'EX01': MitigationsApplied holds an "
                                          "empty (Nil) item";
        QTest::newRow("applied time not a time")
            << objs(server("EX01", "<S N=\"MitigationsAppliedTime\">yesterday</S>"))
            << "hostile.xml: line 4, column 1: server 'EX01': MitigationsAppliedTime is <S> 'yesterday', not a date "
               "and time";
        QTest::newRow("bad CliXml value") << objs(server("EX01", "\n<B N=\"DataCollectionEnabled\">on</B>"))
                                          << "hostile.xml: line 5, column 1: <B> 'DataCollectionEnabled': 'on' is not "
                                             "true or false";
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString got = refusal(bytes);
        QVERIFY2(got.startsWith(message), qPrintable(QStringLiteral("got: ") + got));
        QCOMPARE(int(parseExchangeExport(bytes, QStringLiteral("hostile.xml")).error().code), int(ErrorCode::Format));
    }

    void truncatedRealExportNamesTheFile()
    {
        const QString file = QStringLiteral("GetExchangeServer-E2016-PING1.xml");
        const QString got = refusal(fixture(file).left(150000), file);
        QVERIFY2(got.startsWith(file + QStringLiteral(": line ")), qPrintable(got));
        QVERIFY2(got.contains(QLatin1String("the file ends early (truncated)")), qPrintable(got));
    }

    void stringsInAServer()
    {
        // Through a remote session booleans and times can arrive as strings.
        const QByteArray doc = objs(server("EX01",
            "<S N=\"MitigationsEnabled\">False</S><S N=\"MitigationsAppliedTime\">2024-11-20T10:15:02Z</S>"
            "<S N=\"MitigationsBlocked\">M1</S><URI N=\"InternetWebProxy\"> http://p:3128/ </URI>"));
        auto state = parseExchangeExport(doc, QStringLiteral("strings.xml"));
        QVERIFY2(state, state ? "" : qPrintable(state.error().message));
        const ExchangeServerState &s = state->servers.first();
        QCOMPARE(s.mitigationsEnabled, false);
        QCOMPARE(s.mitigationsAppliedTime, QDateTime(QDate(2024, 11, 20), QTime(10, 15, 2), Qt::UTC));
        QCOMPARE(s.mitigationsBlocked, QStringList {QStringLiteral("M1")});
        QCOMPARE(s.internetWebProxy, QStringLiteral("http://p:3128/"));
    }

    void jsonRoundTrip()
    {
        ExchangeState all;
        for (const char *file :
            {"GetExchangeServer-E2016-PING1.xml", "GetExchangeServer-E2016.xml", "GetOrganizationConfig-E2016.xml",
                "GetExchangeServer-E2019-handwritten.xml", "GetExchangeServer-E2013-remote-handwritten.xml"})
            all.merge(imported(QString::fromLatin1(file)));
        QCOMPARE(all.servers.size(), 7);
        QVERIFY(all.organization);
        all.ignored.clear(); // not kept
        const QByteArray json = exchangeStateToJson(all);
        auto back = exchangeStateFromJson(json);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(*back, all);
        QCOMPARE(exchangeStateToJson(*back), json);
    }

    void jsonRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{") << "Exchange state: not a JSON object";
        QTest::newRow("another format") << QByteArray(R"({"format":2,"servers":[]})")
                                        << "Exchange state: unknown format 2";
        QTest::newRow("no servers") << QByteArray(R"({"format":1})") << "Exchange state: 'servers' is not a list";
        QTest::newRow("no name") << QByteArray(R"({"format":1,"servers":[{"build":"15.2.1.1","role":"Mailbox"}]})")
                                 << "Exchange state: a server has no name";
        QTest::newRow("bad build") << QByteArray(
            R"({"format":1,"servers":[{"name":"A","build":"x","role":"Mailbox"}]})")
                                   << "Exchange state: server 'A': invalid build 'x'";
        QTest::newRow("bad role") << QByteArray(
            R"({"format":1,"servers":[{"name":"A","build":"15.2.1.1","role":"Hub"}]})")
                                  << "Exchange state: server 'A': invalid role 'Hub'";
        QTest::newRow("bad list") << QByteArray(
            R"({"format":1,"servers":[{"name":"A","build":"15.2.1.1","role":"Mailbox",)"
            R"("mitigationsBlocked":[1]}]})")
                                  << "Exchange state: 'mitigationsBlocked' holds an item that is not a string";
        QTest::newRow("bad switch") << QByteArray(
            R"({"format":1,"servers":[],"organization":{"mitigationsEnabled":"yes"}})")
                                    << "Exchange state: 'organization.mitigationsEnabled' is not true, false or null";
        QTest::newRow("twice") << QByteArray(
            R"({"format":1,"servers":[{"name":"A","build":"15.2.1.1","role":"Mailbox"},)"
            R"({"name":"a","build":"15.2.1.1","role":"Mailbox"}]})")
                               << "Exchange state: server 'a' appears twice";
    }

    void jsonRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto state = exchangeStateFromJson(json);
        QVERIFY(!state);
        QVERIFY2(state.error().message.startsWith(message), qPrintable(state.error().message));
    }

    void merge()
    {
        ExchangeState state = imported(QStringLiteral("GetExchangeServer-E2016-PING1.xml"));
        ExchangeState later;
        ExchangeServerState again = state.servers.at(1);
        again.name = QStringLiteral("E2K16-2");
        again.mitigationsBlocked = {QStringLiteral("M1")};
        later.servers = {again};
        later.organization = ExchangeOrganizationState {QStringLiteral("Contoso"), false};
        state.merge(later);
        QCOMPARE(state.servers.size(), 2);
        QCOMPARE(state.servers.at(1), again);
        QCOMPARE(state.organization->mitigationsEnabled, false);
        state.merge(imported(QStringLiteral("GetExchangeServer-E2016.xml")));
        QCOMPARE(state.servers.size(), 3);
        QCOMPARE(state.organization->name, QStringLiteral("Contoso")); // the later file had none
    }

    void importedServerKeepsTheDirectorysOwnFields()
    {
        const ExchangeState state = imported(QStringLiteral("GetExchangeServer-E2019-handwritten.xml"));
        Server existing;
        existing.id = 7;
        existing.name = QStringLiteral("ex19-01");
        existing.host = QStringLiteral("dir:/srv/lab/EX19-01");
        existing.lastResult = QStringLiteral("ok");
        existing.mitigationsEnabled = false;
        const Server s = importedServer(state.servers.first(), existing);
        QCOMPARE(s.id, 7);
        QCOMPARE(s.host, QStringLiteral("dir:/srv/lab/EX19-01"));
        QCOMPARE(s.lastResult, QStringLiteral("ok"));
        QCOMPARE(s.name, QStringLiteral("EX19-01"));
        QCOMPARE(s.build, Build(15, 2, 1544, 4));
        QVERIFY(s.mitigationsEnabled);
        QCOMPARE(s.mitigationsBlocked, (QStringList {QStringLiteral("M1"), QStringLiteral("M2.1")}));
        QCOMPARE(s.mitigationsApplied, (QStringList {QStringLiteral("PING1"), QStringLiteral("M3.1")}));
        QCOMPARE(s.mitigationsAppliedTime, QDateTime(QDate(2024, 11, 20), QTime(10, 15, 2, 123), Qt::UTC));
        QVERIFY(s.dataCollectionEnabled);
        QCOMPARE(s.internetWebProxy, QStringLiteral("http://proxy.contoso.com:8080/"));

        const Server edge = importedServer(state.servers.at(2));
        QCOMPARE(edge.role, ServerRole::EdgeTransport);
        QVERIFY(edge.host.isEmpty());

        // A build without the EM service reports no mitigation settings: the
        // directory's stay.
        const ExchangeState old = imported(QStringLiteral("GetExchangeServer-E2013-remote-handwritten.xml"));
        existing.mitigationsBlocked = {QStringLiteral("M4")};
        const Server ex13 = importedServer(old.servers.first(), existing);
        QCOMPARE(ex13.build, Build(15, 0, 1497, 2));
        QVERIFY(!ex13.mitigationsEnabled);
        QCOMPARE(ex13.mitigationsBlocked, QStringList {QStringLiteral("M4")});
    }

    // The import takes each server's AD site from the export (a service node
    // may serve one site), audited as the import; the same export again
    // changes nothing, and an export without a site keeps the directory's.
    void importSetsEachServersSite()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        auto dir = OrgDirectory::open(tmp.filePath(QStringLiteral("directory.db")));
        QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
        ops::Context context(Actor {QStringLiteral("CONTOSO\\admin"), QStringLiteral("ADMIN01")});
        const QString file = fixturePath(QStringLiteral("GetExchangeServer-E2016.xml"));
        const ops::Outcome first = ops::importExchange(**dir, {file}, context);
        QVERIFY2(first.refused.isEmpty(), qPrintable(first.messages.join(QLatin1Char('\n'))));
        LeaseStore leases((*dir)->connection(), (*dir)->historyStore());
        const auto serving = leases.serving(QStringLiteral("SOLO-E16A"));
        QVERIFY2(serving, qPrintable(serving ? QString() : serving.error().message));
        QCOMPARE(serving->site, QStringLiteral("Default-First-Site-Name"));
        const auto siteRows = [&] {
            int n = 0;
            const auto audit = (*dir)->audit();
            for (const AuditEntry &e : *audit)
                n += e.property == QLatin1String("Site") && e.action == QLatin1String("exchange-import");
            return n;
        };
        QCOMPARE(siteRows(), 1);

        const ops::Outcome again = ops::importExchange(**dir, {file}, context);
        QVERIFY2(again.messages.join(QLatin1Char('\n')).contains(QLatin1String("0 updated, 1 unchanged")),
            qPrintable(again.messages.join(QLatin1Char('\n'))));
        QCOMPARE(siteRows(), 1);

        // An admin moves it; an export without a site leaves that alone.
        QVERIFY(leases.setSite(QStringLiteral("SOLO-E16A"), QStringLiteral("Paris"), context.actor));
        const QString noSite = tmp.filePath(QStringLiteral("nosite.xml"));
        QByteArray bytes = fixture(QStringLiteral("GetExchangeServer-E2016.xml"));
        QCOMPARE(bytes.count("<Obj N=\"Site\""), 1);
        bytes.replace("<Obj N=\"Site\"", "<Obj N=\"NoSite\""); // its type names stay for later objects
        QFile out(noSite);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        out.close();
        const ops::Outcome without = ops::importExchange(**dir, {noSite}, context);
        QVERIFY2(without.refused.isEmpty(),
            qPrintable(without.refused.isEmpty() ? QString() : without.refused.first().error.message));
        QCOMPARE(leases.serving(QStringLiteral("SOLO-E16A"))->site, QStringLiteral("Paris"));
    }
};

QTEST_GUILESS_MAIN(TestExchangeState)
#include "tst_exchangestate.moc"
