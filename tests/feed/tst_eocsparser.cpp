// The EOCS catalog parser on its own: every normative form of docs/feed-format.md,
// each refusal with its reason, the limits, and agreement with docs/eocs.xsd
// (validated by xmllint) on the documented samples.

#include <limits>
#include <thread>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "feed/eocsparser.h"
#include "testpki.h"

using namespace em;

namespace {
QByteArray feedWith(const QByteArray &configs, const QByteArray &rootAttributes = "version=\"1.0.4\"")
{
    return "<EOCS " + rootAttributes + ">" + configs + "</EOCS>";
}

QByteArray action(const QByteArray &attributes, const QByteArray &content = {})
{
    return "<Config id=\"M1\" desc=\"d\"><ActionList><Action " + attributes + ">" + content
        + "</Action></ActionList></Config>";
}

CatalogLimits sequentially(CatalogLimits limits = {})
{
    limits.parallelFromBytes = std::numeric_limits<qsizetype>::max();
    return limits;
}

CatalogLimits inHalves(CatalogLimits limits = {})
{
    limits.parallelFromBytes = 0;
    return limits;
}

QString difference(const Result<ParsedCatalog> &one, const Result<ParsedCatalog> &two, const QString &how)
{
    if (bool(one) != bool(two))
        return QStringLiteral("sequential %1, %2 %3")
            .arg(one ? QStringLiteral("parses") : one.error().message, how,
                two ? QStringLiteral("parses") : two.error().message);
    if (!one)
        return one.error().message == two.error().message
            ? QString()
            : QStringLiteral("%1: '%2' vs '%3'").arg(how, one.error().message, two.error().message);
    if (one->issued != two->issued || one->catalog.version != two->catalog.version
        || one->catalog.mitigations != two->catalog.mitigations)
        return QStringLiteral("%1: the catalogs differ").arg(how);
    return {};
}

// How the streamed parse is tried: octets appended `append` at a time,
// handed to the head `block` at a time, cut where the two threads end
// together (Balanced, as the verifier does), or from `headShare` of the
// document, or not at all (`cut` false).
struct Streaming {
    qsizetype append;
    qsizetype block;
    CatalogStreamOptions::Cut mode;
    double headShare;
    bool cut;
};
constexpr auto balanced = CatalogStreamOptions::Cut::Balanced;
constexpr auto share = CatalogStreamOptions::Cut::Share;
constexpr Streaming streamings[] = {
    {1, 1, share, 0.5, true}, // every octet on its own, cut where parseInHalves cuts
    {7, 5, share, 0.0, true}, // cut before the first top-level <Config> there is (an empty head: never stands)
    {5, 50, share, 0.2, true},
    {4096, 64 * 1024, share, 0.5, true},
    {3, 1000, share, 0.75, false}, // no cut: the head is the whole
    {4096, 64 * 1024, balanced, 0, true}, // as C14N writes and the verifier hands over
    {13, 200, balanced, 0, true},
};

Result<ParsedCatalog> streamed(const QByteArray &doc, CatalogLimits limits, const Streaming &how, bool *stood)
{
    CatalogStreamOptions options;
    options.expectedBytes = doc.size();
    options.cut = how.mode;
    options.headShare = how.headShare;
    options.blockBytes = how.block;
    limits.parallelFromBytes = how.cut ? 0 : std::numeric_limits<qsizetype>::max();
    return eocs_detail::parseStreamed(doc, limits, options, how.append, stood);
}

// parseCatalog with the two-thread parse forced, and the streamed parse in
// every way it can be handed its octets, give what the sequential parse
// gives: the same catalog, or the same error.
QString disagreement(const QByteArray &doc, const CatalogLimits &limits = {})
{
    const auto one = parseCatalog(doc, sequentially(limits));
    // The reader of the canonical form gives QXmlStreamReader's catalog, or stands aside.
    QString d = difference(eocs_detail::parseWithStreamReader(doc, limits), one, QStringLiteral("read canonically"));
    if (const auto canonical = eocs_detail::parseCanonicalForm(doc, limits); d.isEmpty() && canonical)
        d = difference(one, canonical, QStringLiteral("the canonical form's reader alone"));
    if (d.isEmpty())
        d = difference(one, parseCatalog(doc, inHalves(limits)), QStringLiteral("in halves"));
    for (const Streaming &how : streamings) {
        if (!d.isEmpty())
            break;
        // Single octets only for small documents (a 600-Config catalog takes seconds).
        if (how.append == 1 && doc.size() > 64 * 1024)
            continue;
        bool stood = false;
        d = difference(one, streamed(doc, limits, how, &stood),
            QStringLiteral("streamed (append %1, blocks of %2, %3)")
                .arg(how.append)
                .arg(how.block)
                .arg(!how.cut                  ? QStringLiteral("no cut")
                        : how.mode == balanced ? QStringLiteral("balanced cut")
                                               : QStringLiteral("cut from %1").arg(how.headShare)));
        if (d.isEmpty() && stood && !one)
            d = QStringLiteral("the streamed parts stood for a refusal");
    }
    return d;
}

QByteArray numberedConfig(int i)
{
    const QByteArray id = "C" + QByteArray::number(i);
    return "\n<Config id=\"" + id + "\" desc=\"config " + QByteArray::number(i)
        + "\"><Applicability><Product name=\"Exchange2019\" min=\"15.2.0.0\" max=\"15.2.1748.99\"/></Applicability>"
          "<Rollback>Remove it.</Rollback><ActionList><Action id=\""
        + id + ".1\" type=\"UrlRewrite\" scope=\"Site\" target=\"Default Web Site\"><rules><rule name=\"EEMS " + id
        + ".1 block\"><match url=\"&lt;Config .*\"></match><action type=\"AbortRequest\"></action></rule></rules>"
          "</Action><Action id=\""
        + id + ".2\" type=\"DisableService\" scope=\"Server\" target=\"MSExchangeIMAP4\"/></ActionList></Config>";
}

QByteArray numberedConfigs(int from, int to)
{
    QByteArray out;
    for (int i = from; i < to; ++i)
        out += numberedConfig(i);
    return out;
}

const QByteArray inbound = "<rules><rule name=\"EEMS M1.1 block\" stopProcessing=\"true\"><match url=\".*\"></match>"
                           "<action type=\"AbortRequest\"></action></rule></rules>";
} // namespace

class TestEocsParser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    bool schemaAccepts(const QByteArray &doc, QString *error)
    {
        const QString file = m_tmp.filePath(QStringLiteral("doc.xml"));
        testpki::writeFile(file, doc);
        const QString xsd = QString::fromLocal8Bit(qgetenv("EM_SOURCE_DIR")) + QStringLiteral("/docs/eocs.xsd");
        return !testpki::run(QStringLiteral("xmllint"),
            {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"), xsd, file}, error)
                    .isNull();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!qgetenv("EM_SOURCE_DIR").isEmpty(), "EM_SOURCE_DIR is set by the test runner");
    }

    void sampleParses()
    {
        auto parsed = parseCatalog(testpki::sampleFeed(QStringLiteral("2026-11-20T10:00:00Z")).mid(39));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->issued, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        QCOMPARE(parsed->catalog.mitigations.size(), 5);
        const Mitigation &m1 = parsed->catalog.mitigations.at(1);
        QCOMPARE(m1.applicability.size(), 2);
        QCOMPARE(m1.applicability[0].product, Product::Exchange2019);
        QCOMPARE(m1.applicability[0].max, Build(15, 2, 1118, 15));
        QVERIFY(m1.appliesTo(Build(15, 2, 1118, 7)));
        QVERIFY(!m1.appliesTo(Build(15, 2, 1118, 20)));
        QVERIFY(parsed->catalog.mitigations.at(0).applicability.isEmpty());
    }

    void rulesAreTheExactSignedText()
    {
        // Characters outside the BMP before <rules> must not shift the slice.
        const QByteArray rules = "<rule name=\"EEMS M1.1 caf\xc3\xa9 \xf0\x9f\x94\x92\" stopProcessing=\"true\">"
                                 "<match url=\"^a&amp;b$\"></match><action type=\"AbortRequest\"></action></rule>";
        const QByteArray doc
            = feedWith("<Config id=\"M1\" desc=\"\xf0\x9f\x94\x92 lock \xc3\xa9t\xc3\xa9\"><ActionList>"
                       "<Action id=\"M1.1\" type=\"UrlRewrite\" scope=\"Server\" desc=\"x\"><rules>"
                + rules + "</rules></Action></ActionList></Config>");
        auto parsed = parseCatalog(doc);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->catalog.findAction(QStringLiteral("M1.1"))->rulesXml, QString::fromUtf8(rules));
    }

    void accepted_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::newRow("PING1 as the vendor sends it")
            << feedWith("<Config id=\"PING1\" desc=\"EEMS Heartbeat probe.\"><ActionList><Action type=\"DoNothing\" "
                        "scope=\"Server\" desc=\"Ping\"><Value>DoNothing</Value></Action></ActionList></Config>");
        QTest::newRow("DisableService") << feedWith(action("id=\"M1.1\" type=\"DisableService\" scope=\"Server\" "
                                                           "target=\"MSExchangeIMAP4\" desc=\"x\""));
        QTest::newRow("DisableAppPool") << feedWith(action("id=\"M1.1\" type=\"DisableAppPool\" scope=\"Server\" "
                                                           "target=\"MSExchangeOWACalendarAppPool\""));
        QTest::newRow("UrlRewrite Server")
            << feedWith(action("id=\"M1.1\" type=\"UrlRewrite\" scope=\"Server\"", inbound));
        QTest::newRow("UrlRewrite Server location") << feedWith(
            action("id=\"M1.1\" type=\"UrlRewrite\" scope=\"Server\" target=\"Default Web Site\"", inbound));
        QTest::newRow("UrlRewrite Server vdir location") << feedWith(
            action("id=\"M1.1\" type=\"UrlRewrite\" scope=\"Server\" target=\"Default Web Site/owa\"", inbound));
        QTest::newRow("UrlRewrite VDir") << feedWith(action("id=\"M1.1\" type=\"UrlRewrite\" scope=\"VDir\" "
                                                            "target=\"Default Web Site/owa\"",
            inbound));
        QTest::newRow("issued with an offset")
            << feedWith(action("id=\"M1.1\" type=\"DisableService\" scope=\"Server\" "
                               "target=\"W3SVC\""),
                   "version=\"1\" issued=\"2026-11-20T11:00:00+01:00\"");
    }

    void accepted()
    {
        QFETCH(QByteArray, doc);
        auto parsed = parseCatalog(doc);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        const QString disagrees = disagreement(doc);
        QVERIFY2(disagrees.isEmpty(), qPrintable(disagrees));
        QString error;
        QVERIFY2(schemaAccepts(doc, &error), qPrintable(error));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("schemaRefuses"); // the XSD can express this rule too
        // Canonical octets have no XML declaration; one may not make the
        // reader decode them otherwise than the text the rules are cut from.
        QTest::newRow("encoding other than UTF-8") << ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
            + feedWith(action("id=\"M1.1\" type=\"DisableService\" scope=\"Server\" target=\"W3SVC\"")))
                                                   << "encoding 'ISO-8859-1' is not allowed" << false;
        QTest::newRow("DOCTYPE") << QByteArray("<!DOCTYPE EOCS [<!ENTITY x \"y\">]><EOCS version=\"1\"/>")
                                 << "a DOCTYPE is not allowed" << false;
        QTest::newRow("comment") << feedWith("<!-- x -->"
            + action("id=\"M1.1\" type=\"DisableService\" scope=\"Server\" "
                     "target=\"W3SVC\""))
                                 << "comments are not allowed" << false;
        QTest::newRow("processing instruction")
            << feedWith("<?x y?>" + action("id=\"M1.1\" type=\"DisableService\" scope=\"Server\" target=\"W3SVC\""))
            << "processing instruction 'x'" << false;
        QTest::newRow("namespace") << QByteArray("<EOCS xmlns=\"urn:x\" version=\"1\"/>") << "namespaces are not used"
                                   << true;
        QTest::newRow("no version") << QByteArray("<EOCS><Config/></EOCS>") << "no version attribute" << true;
        QTest::newRow("bad issued") << feedWith({}, "version=\"1\" issued=\"yesterday\"") << "issued 'yesterday'"
                                    << true;
        QTest::newRow("issued without zone")
            << feedWith({}, "version=\"1\" issued=\"2026-11-20T10:00:00\"") << "with a zone" << false;
        QTest::newRow("empty feed") << feedWith({}) << "holds no <Config>" << true;
        QTest::newRow("unknown element") << feedWith("<Mitigation/>") << "unknown element <Mitigation> in <EOCS>"
                                         << true;
        QTest::newRow("unknown attribute")
            << feedWith("<Config id=\"M1\" enabled=\"true\"/>") << "unknown attribute 'enabled' on <Config>" << true;
        QTest::newRow("bad mitigation id") << feedWith("<Config id=\"M-1\"/>") << "Config id 'M-1'" << true;
        QTest::newRow("duplicate Config")
            << feedWith(action("id=\"M1.1\" type=\"DisableService\" scope=\"Server\" target=\"W3SVC\"")
                   + action("id=\"M1.2\" type=\"DisableService\" scope=\"Server\" target=\"W3SVC\""))
            << "Config id 'M1' appears twice" << false;
        QTest::newRow("no actions") << feedWith("<Config id=\"M1\"><ActionList></ActionList></Config>")
                                    << "has no actions" << true;
        QTest::newRow("action id of another mitigation")
            << feedWith(action("id=\"M2.1\" type=\"DisableService\" scope=\"Server\" target=\"W3SVC\""))
            << "action id 'M2.1' must be 'M1.<number>'" << false;
        QTest::newRow("unknown type") << feedWith(action("id=\"M1.1\" type=\"RunScript\" scope=\"Server\""))
                                      << "unknown action type 'RunScript'" << true;
        QTest::newRow("unknown scope") << feedWith(
            action("id=\"M1.1\" type=\"DisableService\" scope=\"Forest\" target=\"x\""))
                                       << "unknown action scope 'Forest'" << true;
        QTest::newRow("service without target")
            << feedWith(action("id=\"M1.1\" type=\"DisableService\" scope=\"Server\""))
            << "needs a target (the service name)" << false;
        QTest::newRow("service at site scope")
            << feedWith(action("id=\"M1.1\" type=\"DisableService\" scope=\"Site\" target=\"W3SVC\""))
            << "DisableService has scope Server" << false;
        QTest::newRow("Server location with a bad path")
            << feedWith(action("id=\"M1.1\" type=\"UrlRewrite\" scope=\"Server\" target=\"/owa\"", inbound))
            << "a Server-scoped UrlRewrite target is a location path" << false;
        QTest::newRow("UrlRewrite without rules")
            << feedWith(action("id=\"M1.1\" type=\"UrlRewrite\" scope=\"Server\"")) << "UrlRewrite needs <rules>"
            << false;
        QTest::newRow("VDir without slash")
            << feedWith(action("id=\"M1.1\" type=\"UrlRewrite\" scope=\"VDir\" target=\"owa\"", inbound))
            << "scope VDir needs 'Site/vdir'" << false;
        QTest::newRow("rule name without prefix") << feedWith(action("id=\"M1.1\" type=\"UrlRewrite\" scope=\"Server\"",
            "<rules><rule name=\"Block\"><match url=\".*\"></match></rule></rules>"))
                                                  << "rule name 'Block' must start with 'EEMS M1.1'" << false;
        QTest::newRow("rule name of another action")
            << feedWith(action("id=\"M1.1\" type=\"UrlRewrite\" scope=\"Server\"",
                   "<rules><rule name=\"EEMS M1.10 x\"><match url=\".*\"></match></rule></rules>"))
            << "must start with 'EEMS M1.1'" << false;
        QTest::newRow("script element in rules") << feedWith(action("id=\"M1.1\" type=\"UrlRewrite\" scope=\"Server\"",
            "<rules><rule name=\"EEMS M1.1 x\"><exec cmd=\"x\"></exec></rule></rules>"))
                                                 << "<exec> is not an IIS URL Rewrite element" << false;
        QTest::newRow("text in rules") << feedWith(action(
            "id=\"M1.1\" type=\"UrlRewrite\" scope=\"Server\"", "<rules>x<rule name=\"EEMS M1.1 x\"></rule></rules>"))
                                       << "unexpected text in <rules>" << false;
        QTest::newRow("Value on a service action") << feedWith(
            action("id=\"M1.1\" type=\"DisableService\" scope=\"Server\" target=\"W3SVC\"", "<Value>x</Value>"))
                                                   << "<Value> belongs to DoNothing actions only" << false;
        QTest::newRow("text in Config") << feedWith("<Config id=\"M1\">text</Config>") << "unexpected text in <Config>"
                                        << true;
        QTest::newRow("unknown product") << feedWith(
            "<Config id=\"M1\"><Applicability><Product name=\"Exchange2007\" min=\"8.0.0.0\" max=\"8.3.0.0\"/>"
            "</Applicability></Config>") << "unknown product 'Exchange2007'"
                                         << true;
        QTest::newRow("max below min") << feedWith(
            "<Config id=\"M1\"><Applicability><Product name=\"Exchange2019\" min=\"15.2.1118.0\" "
            "max=\"15.2.986.5\"/></Applicability><ActionList><Action id=\"M1.1\" type=\"DisableService\" "
            "scope=\"Server\" target=\"W3SVC\"/></ActionList></Config>")
                                       << "max 15.2.986.5 is below min 15.2.1118.0" << false;
        QTest::newRow("content after the root") << QByteArray(feedWith(action("id=\"M1.1\" type=\"DisableService\" "
                                                                              "scope=\"Server\" target=\"W3SVC\""))
            + "<EOCS/>") << "not well-formed" << true;
    }

    void refused()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, message);
        QFETCH(bool, schemaRefuses);
        auto parsed = parseCatalog(doc);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Format);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.startsWith(QLatin1String("catalog line ")));
        const QString disagrees = disagreement(doc);
        QVERIFY2(disagrees.isEmpty(), qPrintable(disagrees));
        if (schemaRefuses) {
            QString error;
            QVERIFY2(!schemaAccepts(doc, &error), "the XSD accepts what the parser refuses");
        }
    }

    void canonicalForm_data()
    {
        // Documents in and out of the form C14N writes; the reader of that
        // form reads the first kind and stands aside for the second, where
        // QXmlStreamReader's parse gives the result (a catalog or a refusal).
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<bool>("readCanonically");
        QTest::addColumn<bool>("parses");
        const QByteArray service = "id=\"M1.1\" type=\"DisableService\" scope=\"Server\" target=\"W3SVC\"";
        const auto withDesc = [&](const QByteArray &desc) {
            return feedWith("<Config desc=\"" + desc + "\" id=\"M1\"><ActionList><Action " + service
                + "></Action></ActionList></Config>");
        };
        const auto withRollback = [&](const QByteArray &text) {
            return feedWith("<Config id=\"M1\"><Rollback>" + text + "</Rollback><ActionList><Action " + service
                + "></Action></ActionList></Config>");
        };
        QTest::newRow("canonical") << withDesc("d") << true << true;
        QTest::newRow("references C14N writes")
            << feedWith("<Config desc=\"a &amp; b &lt; c &quot;d&quot; > e\" "
                        "id=\"M1\"><Rollback>x &amp; y &lt; z &gt; w \"q\"</Rollback>"
                        "<ActionList><Action "
                   + service + "></Action></ActionList></Config>")
            << true << true;
        QTest::newRow("characters beyond ASCII")
            << withDesc("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x94\x92") << true << true;
        QTest::newRow("empty-element tags") << feedWith(action(service)) << true << true;
        QTest::newRow("whitespace after the root") << withDesc("d") + "\n \n" << true << true;
        QTest::newRow("tab and line feed in text") << withRollback("a\tb\nc") << true << true;
        // Valid XML, not as C14N writes it: QXmlStreamReader reads it.
        QTest::newRow("single quotes") << feedWith(
            "<Config desc='d' id=\"M1\"><ActionList><Action " + service + "></Action></ActionList></Config>")
                                       << false << true;
        QTest::newRow("space around =") << feedWith(
            "<Config desc = \"d\" id=\"M1\"><ActionList><Action " + service + "></Action></ActionList></Config>")
                                        << false << true;
        QTest::newRow("two spaces between attributes") << feedWith(
            "<Config desc=\"d\"  id=\"M1\"><ActionList><Action " + service + "></Action></ActionList></Config>")
                                                       << false << true;
        QTest::newRow("space before >") << feedWith(
            "<Config desc=\"d\" id=\"M1\" ><ActionList><Action " + service + "></Action></ActionList></Config>")
                                        << false << true;
        QTest::newRow("space in an end tag") << feedWith(
            "<Config desc=\"d\" id=\"M1\"><ActionList><Action " + service + "></Action></ActionList ></Config>")
                                             << false << true;
        QTest::newRow("character reference") << withDesc("&#65;&#x42;") << false << true;
        QTest::newRow("line feed reference in a value") << withDesc("a&#xA;b") << false << true;
        QTest::newRow("carriage return reference in text") << withRollback("a&#xD;b") << false << true;
        QTest::newRow("&apos;") << withDesc("it&apos;s") << false << true;
        QTest::newRow("tab in a value (normalised to a space)") << withDesc("a\tb") << false << true;
        QTest::newRow("line feed in a value") << withDesc("a\nb") << false << true;
        QTest::newRow("carriage return in text") << withRollback("a\r\nb") << false << true;
        QTest::newRow("> in text") << withRollback("a > b") << false << true;
        QTest::newRow("CDATA section") << withRollback("<![CDATA[x]]>") << false << true;
        QTest::newRow("XML declaration") << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + withDesc("d") << false
                                         << true;
        QTest::newRow("byte order mark") << "\xef\xbb\xbf" + withDesc("d") << false << true;
        QTest::newRow("whitespace before the root") << "\n" + withDesc("d") << true << true;
        QTest::newRow("C1 control character") << withDesc("a\xc2\x85"
                                                          "b")
                                              << false << true;
        QTest::newRow("non-ASCII element name") << feedWith(
            "<Config id=\"M1\"><ActionList><Action " + service + "></Action></ActionList><Caf\xc3\xa9/></Config>")
                                                << false << false;
        // Refused by both.
        QTest::newRow("namespace prefix") << feedWith("<x:Config xmlns:x=\"urn:x\" id=\"M1\"/>") << false << false;
        QTest::newRow("xmlns attribute") << feedWith("<Config xmlns=\"urn:x\" id=\"M1\"/>") << false << false;
        QTest::newRow("attribute twice") << withDesc("d\" desc=\"e") << false << false;
        QTest::newRow("mismatched end tag")
            << feedWith("<Config id=\"M1\"><ActionList><Action " + service + "></Action></Actionlist></Config>")
            << false << false;
        QTest::newRow("undeclared entity") << withDesc("&x;") << false << false;
        QTest::newRow("& alone") << withDesc("a & b") << false << false;
        QTest::newRow("< in a value") << withDesc("a < b") << false << false;
        QTest::newRow("]]> in text") << withRollback("a ]]> b") << false << false;
        QTest::newRow("invalid UTF-8") << withDesc("a\xff") << false << false;
        QTest::newRow("overlong UTF-8") << withDesc("a\xc0\xaf"
                                                    "b")
                                        << false << false;
        QTest::newRow("truncated UTF-8") << withDesc("a\xe2\x82") << false << false;
        QTest::newRow("encoded surrogate") << withDesc("a\xed\xa0\x80") << false << false;
        QTest::newRow("U+FFFE") << withDesc("a\xef\xbf\xbe") << false << false;
        QTest::newRow("beyond U+10FFFF") << withDesc("a\xf4\x90\x80\x80") << false << false;
        QTest::newRow("control character") << withDesc("a\x01") << false << false;
        QTest::newRow("NUL in text") << withRollback(QByteArray("a\0b", 3)) << false << false;
        QTest::newRow("unclosed root") << withDesc("d").chopped(7) << false << false;
        QTest::newRow("text before the root") << "x" + withDesc("d") << false << false;
        QTest::newRow("comment after the root") << withDesc("d") + "<!-- x -->" << false << false;
        QTest::newRow("text after the root") << withDesc("d") + "x" << false << false;
        QTest::newRow("a second root") << withDesc("d") + "<EOCS/>" << false << false;
        QTest::newRow("end tag at the top") << "</EOCS>" + withDesc("d") << false << false;
        QTest::newRow("empty") << QByteArray() << false << false;
    }

    void canonicalForm()
    {
        QFETCH(QByteArray, doc);
        QFETCH(bool, readCanonically);
        QFETCH(bool, parses);
        const auto reference = eocs_detail::parseWithStreamReader(doc);
        QCOMPARE(bool(reference), parses);
        const auto canonical = eocs_detail::parseCanonicalForm(doc);
        QCOMPARE(bool(canonical), readCanonically);
        const QString disagrees = disagreement(doc);
        QVERIFY2(disagrees.isEmpty(), qPrintable(disagrees));
    }

    void canonicalFormReadsC14nOutput()
    {
        // The canonical form of a sample feed, made by libxml2's C14N (xmllint --c14n, as make-seeds.sh makes it).
        const QString file = QString::fromLocal8Bit(qgetenv("EM_SOURCE_DIR"))
            + QStringLiteral("/tests/fuzz/seeds/catalog/canonical.xml");
        QFile seed(file);
        QVERIFY2(seed.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray doc = seed.readAll();
        const auto canonical = eocs_detail::parseCanonicalForm(doc);
        QVERIFY2(canonical, canonical ? "" : qPrintable(canonical.error().message));
        QVERIFY(canonical->catalog.mitigations.size() > 1);
        const QString disagrees = disagreement(doc);
        QVERIFY2(disagrees.isEmpty(), qPrintable(disagrees));
    }

    void limits()
    {
        QByteArray deep = "<rules>";
        for (int i = 0; i < 40; ++i)
            deep += "<rule name=\"EEMS M1.1 x\">";
        for (int i = 0; i < 40; ++i)
            deep += "</rule>";
        deep += "</rules>";
        auto parsed = parseCatalog(feedWith(action("id=\"M1.1\" type=\"UrlRewrite\" scope=\"Server\"", deep)));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(QLatin1String("nested deeper than 32 levels")),
            qPrintable(parsed.error().message));

        QByteArray many;
        for (int i = 0; i < 200; ++i)
            many += "<Config id=\"M" + QByteArray::number(i) + "\"><ActionList><Action id=\"M" + QByteArray::number(i)
                + ".1\" type=\"DisableService\" scope=\"Server\" target=\"W3SVC\"/></ActionList></Config>";
        CatalogLimits small;
        small.maxElements = 500;
        parsed = parseCatalog(feedWith(many), small);
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.contains(QLatin1String("more than 500 elements")));
        QVERIFY(parseCatalog(feedWith(many)));

        parsed = parseCatalog(
            feedWith(action("id=\"M1.1\" type=\"DisableService\" scope=\"Server\" target=\"W3SVC\" desc=\""
                + QByteArray(9000, 'a') + "\"")));
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.contains(QLatin1String("longer than 8192 characters")));

        parsed
            = parseCatalog(feedWith("<Config id=\"M1\"><Rollback>" + QByteArray(70000, 'a') + "</Rollback></Config>"));
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.contains(QLatin1String("text of <Rollback> is longer than 65536 characters")));
    }

    void halves_data()
    {
        // A document cut before the first "<Config" at or after offset `cut`
        // of `middle`: the head is 20 numbered Configs before it, the tail 20
        // after; whitespace pads the shorter side so that the middle of the
        // document is exactly there.
        QTest::addColumn<QByteArray>("middle");
        QTest::addColumn<int>("cut");
        QTest::addColumn<int>("maxElements");
        QTest::addColumn<bool>("inHalves"); // parseInHalves gives the catalog
        QTest::addColumn<QString>("refusal"); // of the sequential parse; empty: it parses

        const int noLimit = CatalogLimits().maxElements;
        QTest::newRow("between two Configs") << numberedConfig(100) << 0 << noLimit << true << QString();
        QTest::newRow("in a comment") << QByteArray("<!-- <Config id=\"X1\"> -->") << 0 << noLimit << false
                                      << QStringLiteral("comments are not allowed");
        QTest::newRow("in a CDATA section") << QByteArray("<![CDATA[ <Config id=\"X1\"> ]]>") << 0 << noLimit << false
                                            << QStringLiteral("unexpected text in <EOCS>");
        QTest::newRow("nested in an ActionList")
            << QByteArray("<Config id=\"N1\"><ActionList><Config id=\"X1\"/></ActionList></Config>") << 1 << noLimit
            << false << QStringLiteral("unknown element <Config> in <ActionList> of 'N1'");
        QTest::newRow("in an attribute value") << QByteArray("<Config id=\"N1\" desc=\"a <Config b\"/>") << 1 << noLimit
                                               << false << QStringLiteral("not well-formed");
        QTest::newRow("after the root element") << QByteArray("</EOCS><EOCS version=\"2\"><Config id=\"X1\"/>") << 0
                                                << noLimit << false << QStringLiteral("not well-formed");
        QTest::newRow("in a DOCTYPE-like text") << QByteArray("<!DOCTYPE x [ <!ENTITY e \"<Config id='X1'/>\"> ]>") << 0
                                                << noLimit << false << QStringLiteral("a DOCTYPE is not allowed");
        QTest::newRow("a Config ID of the head again")
            << numberedConfig(3) << 0 << noLimit << false << QStringLiteral("Config id 'C3' appears twice");
        // 41 Configs of 11 elements and the root: 452; each half alone is under 300.
        QTest::newRow("more elements than allowed only together")
            << numberedConfig(100) << 0 << 300 << false << QStringLiteral("more than 300 elements");
        QTest::newRow("content after the end, in the tail")
            << numberedConfig(100) << 0 << noLimit << false << QStringLiteral("not well-formed");
    }

    void halves()
    {
        QFETCH(QByteArray, middle);
        QFETCH(int, cut);
        QFETCH(int, maxElements);
        QFETCH(bool, inHalves);
        QFETCH(QString, refusal);
        const QByteArray root = "<EOCS version=\"1.0.4\" issued=\"2026-11-20T10:00:00Z\">";
        const QByteArray head = root + numberedConfigs(0, 20);
        const bool trailing = qstrcmp(QTest::currentDataTag(), "content after the end, in the tail") == 0;
        const QByteArray tail = numberedConfigs(20, 40) + "\n</EOCS>\n" + QByteArray(trailing ? "<x/>" : "");
        const qsizetype before = head.size() + cut;
        const qsizetype after = middle.size() - cut + tail.size();
        const QByteArray padding(std::max<qsizetype>(after - before, 0), ' ');
        const QByteArray doc = root + padding + head.mid(root.size()) + middle
            + QByteArray(std::max<qsizetype>(before - after, 0), ' ') + tail;
        // The document is cut where this row means it to be.
        const qsizetype middleAt = head.size() + padding.size();
        QCOMPARE(doc.mid(middleAt, middle.size()), middle);
        QCOMPARE(doc.indexOf("<Config", doc.size() / 2), middleAt + middle.indexOf("<Config", cut));

        CatalogLimits limits;
        limits.maxElements = maxElements;
        const auto sequential = parseCatalog(doc, sequentially(limits));
        if (refusal.isEmpty()) {
            QVERIFY2(sequential, sequential ? "" : qPrintable(sequential.error().message));
            QCOMPARE(sequential->catalog.mitigations.size(), 41);
        } else {
            QVERIFY(!sequential);
            QVERIFY2(sequential.error().message.contains(refusal), qPrintable(sequential.error().message));
        }
        const auto halves = eocs_detail::parseInHalves(doc, limits);
        QCOMPARE(halves.has_value(), inHalves);
        // Streamed and cut at the same place: the parts stand exactly when the halves do.
        for (const Streaming &how : {streamings[0], streamings[3]}) {
            bool stood = false;
            const auto s = streamed(doc, limits, how, &stood);
            QCOMPARE(stood, inHalves);
            QCOMPARE(bool(s), refusal.isEmpty());
        }
        const QString disagrees = disagreement(doc, limits);
        QVERIFY2(disagrees.isEmpty(), qPrintable(disagrees));
    }

    void streamedCatalogStands()
    {
        // A large catalog, streamed as the verifier streams it, is given by
        // the streamed head and tail (not by the sequential fallback).
        const QByteArray doc = feedWith(numberedConfigs(0, 600));
        for (const Streaming &how : {streamings[2], streamings[3], streamings[4], streamings[5], streamings[6]}) {
            bool stood = false;
            const auto s = streamed(doc, {}, how, &stood);
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
            QVERIFY(stood);
            QCOMPARE(s->catalog.mitigations.size(), 600);
            QCOMPARE(s->catalog.findAction(QStringLiteral("C599.1"))->rulesXml.left(27),
                QStringLiteral("<rule name=\"EEMS C599.1 blo"));
        }
        // What the parser cannot know from the head alone: content after the
        // root that arrives after the head's end is refused, not ignored.
        bool stood = true;
        const auto after = streamed(feedWith(numberedConfigs(0, 3)) + "<x/>", {}, {1, 1, share, 0.75, false}, &stood);
        QVERIFY(!after);
        QVERIFY(!stood);
    }

    void streamAbandoned()
    {
        // The producer gives up half-way (C14N failed): the head's parse ends
        // instead of waiting for octets that will not come.
        const QByteArray doc = feedWith(numberedConfigs(0, 50));
        CatalogStreamOptions options;
        options.expectedBytes = doc.size();
        options.blockBytes = 100;
        CatalogStream stream({}, options);
        std::thread producer([&] {
            stream.append(doc.constData(), doc.size() / 2);
            stream.abandon();
            stream.parseTail();
        });
        stream.parseHead();
        producer.join();
        QVERIFY(!stream.result());
        QVERIFY(!stream.stood());
    }

    void largeCatalogInHalves()
    {
        // The size the default limits parse on two threads.
        const QByteArray doc = feedWith(numberedConfigs(0, 600));
        QVERIFY(doc.size() >= CatalogLimits().parallelFromBytes);
        const auto halves = eocs_detail::parseInHalves(doc, {});
        QVERIFY(halves);
        QCOMPARE(halves->catalog.mitigations.size(), 600);
        QCOMPARE(halves->catalog.mitigations.at(599).id, QStringLiteral("C599"));
        QCOMPARE(halves->catalog.findAction(QStringLiteral("C599.1"))->rulesXml.left(27),
            QStringLiteral("<rule name=\"EEMS C599.1 blo"));
        const QString disagrees = disagreement(doc);
        QVERIFY2(disagrees.isEmpty(), qPrintable(disagrees));
    }

    void entityReferencesAreRefused()
    {
        // Canonical octets never carry one; the parser still refuses the token.
        auto parsed = parseCatalog(feedWith("<Config id=\"M1\" desc=\"&x;\"/>"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(QLatin1String("not well-formed"))
                || parsed.error().message.contains(QLatin1String("entity reference")),
            qPrintable(parsed.error().message));
    }

    void documentedExamplesValidate()
    {
        // The normative examples of docs/feed-format.md, extracted from the document itself.
        QFile md(QString::fromLocal8Bit(qgetenv("EM_SOURCE_DIR")) + QStringLiteral("/docs/feed-format.md"));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QByteArray text = md.readAll();
        int examples = 0;
        qsizetype pos = 0;
        while ((pos = text.indexOf("```xml eocs-example\n", pos)) >= 0) {
            const qsizetype start = pos + 20;
            const qsizetype end = text.indexOf("```", start);
            QVERIFY(end > start);
            const QByteArray doc = text.mid(start, end - start);
            auto parsed = parseCatalog(doc);
            QVERIFY2(parsed,
                parsed ? "" : qPrintable(parsed.error().message + QStringLiteral("\n") + QString::fromUtf8(doc)));
            QString error;
            QVERIFY2(schemaAccepts(doc, &error), qPrintable(error));
            ++examples;
            pos = end;
        }
        QVERIFY(examples >= 3);
    }
};

QTEST_GUILESS_MAIN(TestEocsParser)
#include "tst_eocsparser.moc"
