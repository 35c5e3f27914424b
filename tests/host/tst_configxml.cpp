// The text layer under every IIS config edit: decoding that round-trips
// bytes, element positions from QXmlStreamReader, and splices whose inverse
// gives the original text back.

#include <QtTest>

#include "host/configxml.h"

using namespace em;
using namespace em::host;

namespace {
// The message of a failed Result, for QVERIFY2 (never touches error() of a value).
template<typename T>
const char *why(const Result<T> &result)
{
    static QByteArray text;
    text = result ? QByteArray("ok") : result.error().message.toUtf8();
    return text.constData();
}
} // namespace

class TestConfigXml : public QObject
{
    Q_OBJECT

private slots:
    void decodeDetectsStyle_data();
    void decodeDetectsStyle();
    void decodeRefusesWhatCannotRoundTrip_data();
    void decodeRefusesWhatCannotRoundTrip();
    void positionsMatchTheText();
    void malformedNamesLineAndCause();
    void insertThenRemoveIsIdentity_data();
    void insertThenRemoveIsIdentity();
    void expandSelfClosing();
    void attributeEdits();
    void semanticComparison_data();
    void semanticComparison();
    void serializeRoundTrips();
};

void TestConfigXml::decodeDetectsStyle_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("bom");
    QTest::addColumn<QString>("newline");
    QTest::addColumn<QString>("indent");

    QTest::newRow("utf8 bom, lf, 2 spaces")
        << QByteArray("\xEF\xBB\xBF<a>\n  <b>\n    <c/>\n  </b>\n</a>\n") << QByteArray("\xEF\xBB\xBF")
        << QStringLiteral("\n") << QStringLiteral("  ");
    QTest::newRow("no bom, crlf, tabs") << QByteArray("<a>\r\n\t<b>\r\n\t\t<c/>\r\n\t</b>\r\n</a>\r\n") << QByteArray()
                                        << QStringLiteral("\r\n") << QStringLiteral("\t");
    QTest::newRow("4 spaces") << QByteArray("<a>\n    <b>\n        <c/>\n    </b>\n    <d/>\n</a>") << QByteArray()
                              << QStringLiteral("\n") << QStringLiteral("    ");
    QTest::newRow("one line defaults to crlf")
        << QByteArray("<a><b/></a>") << QByteArray() << QStringLiteral("\r\n") << QStringLiteral("    ");
    QTest::newRow("non-ascii kept") << QByteArray("<a>\n  <b v=\"\xC3\xA9t\xC3\xA9\"/>\n</a>") << QByteArray()
                                    << QStringLiteral("\n") << QStringLiteral("  ");
}

void TestConfigXml::decodeDetectsStyle()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, bom);
    QFETCH(QString, newline);
    QFETCH(QString, indent);
    auto config = ConfigText::decode(bytes, QStringLiteral("test"));
    QVERIFY2(config, why(config));
    QCOMPARE(config->bom, bom);
    QCOMPARE(config->newline, newline);
    QCOMPARE(config->indentUnit, indent);
    QCOMPARE(config->encode(), bytes);
}

void TestConfigXml::decodeRefusesWhatCannotRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("cause");
    QTest::newRow("utf-16 le") << QByteArray("\xFF\xFE<\0a\0/\0>\0", 10) << QStringLiteral("UTF-16");
    QTest::newRow("invalid utf-8") << QByteArray("<a v=\"\xC3\x28\"/>") << QStringLiteral("not valid UTF-8");
    QTest::newRow("latin-1 byte") << QByteArray("<a v=\"\xE9\"/>") << QStringLiteral("not valid UTF-8");
}

void TestConfigXml::decodeRefusesWhatCannotRoundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, cause);
    auto config = ConfigText::decode(bytes, QStringLiteral("config file 'x.config'"));
    QVERIFY(!config);
    QCOMPARE(config.error().code, ErrorCode::Format);
    QVERIFY2(config.error().message.contains(QLatin1String("x.config")), qPrintable(config.error().message));
    QVERIFY2(config.error().message.contains(cause), qPrintable(config.error().message));
}

void TestConfigXml::positionsMatchTheText()
{
    // Comments holding tags, '>' in attribute values, CRLF, entities, CDATA.
    const QString text = QStringLiteral("<?xml version=\"1.0\"?>\r\n<!-- <fake a=\"1\"> -->\r\n<configuration>\r\n"
                                        "\t<a x=\"1 &amp; > 2\" y='q'/>\r\n\t<b>t&amp;x<![CDATA[<no>]]></b>\r\n"
                                        "\t<c>\r\n\t\t<d />\r\n\t</c>\r\n</configuration>\r\n");
    auto tree = XmlTree::parse(text);
    QVERIFY2(tree, why(tree));
    QCOMPARE(tree->size(), 5);
    for (int i = 0; i < tree->size(); ++i) {
        const XmlElement &e = tree->at(i);
        QCOMPARE(text.mid(e.begin, 1 + e.name.size()), QLatin1Char('<') + e.name);
        QCOMPARE(text.at(e.startTagEnd - 1), QLatin1Char('>'));
        if (e.selfClosing) {
            QCOMPARE(e.end, e.startTagEnd);
        } else {
            QCOMPARE(text.mid(e.endTagBegin, e.end - e.endTagBegin), QStringLiteral("</%1>").arg(e.name));
        }
    }
    const int a = tree->firstChild(tree->root(), u"a");
    QCOMPARE(tree->at(a).attribute(u"x"), QStringLiteral("1 & > 2"));
    QVERIFY(tree->at(a).selfClosing);
    QCOMPARE(tree->lineIndent(a), QStringLiteral("\t"));
    QVERIFY(tree->startsLine(a));
    const int b = tree->firstChild(tree->root(), u"b");
    QCOMPARE(tree->at(b).text, QStringLiteral("t&x<no>"));
    const int c = tree->firstChild(tree->root(), u"c");
    QVERIFY(tree->endTagStartsLine(c));
    QVERIFY(!tree->endTagStartsLine(b));
    QCOMPARE(tree->lineOf(tree->at(c).begin), 6);
}

void TestConfigXml::malformedNamesLineAndCause()
{
    auto tree = XmlTree::parse(QStringLiteral("<configuration>\n  <a>\n  </b>\n</configuration>\n"));
    QVERIFY(!tree);
    QCOMPARE(tree.error().code, ErrorCode::Format);
    QVERIFY2(tree.error().message.contains(QLatin1String("line 3")), qPrintable(tree.error().message));

    auto dtd = XmlTree::parse(QStringLiteral("<!DOCTYPE x [<!ENTITY e \"boom\">]>\n<x>&e;</x>"));
    QVERIFY(!dtd);
    QVERIFY2(dtd.error().message.contains(QLatin1String("DOCTYPE")), qPrintable(dtd.error().message));
}

void TestConfigXml::insertThenRemoveIsIdentity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where"); // last | first | before
    QTest::newRow("last child, lf") << QStringLiteral("<r>\n  <a />\n  <b />\n</r>\n") << QStringLiteral("last");
    QTest::newRow("last child, crlf") << QStringLiteral("<r>\r\n\t<a />\r\n</r>\r\n") << QStringLiteral("last");
    QTest::newRow("first child") << QStringLiteral("<r>\n  <a />\n  <b />\n</r>\n") << QStringLiteral("first");
    QTest::newRow("before second") << QStringLiteral("<r>\n  <a />\n  <!-- about b -->\n  <b />\n</r>\n")
                                   << QStringLiteral("before");
    QTest::newRow("end tag on a content line") << QStringLiteral("<r>\n  <a /></r>\n") << QStringLiteral("last");
    QTest::newRow("everything on one line") << QStringLiteral("<r><a/><b/></r>") << QStringLiteral("before");
}

void TestConfigXml::insertThenRemoveIsIdentity()
{
    QFETCH(QString, text);
    QFETCH(QString, where);
    auto config = ConfigText::decode(text.toUtf8(), QStringLiteral("t"));
    QVERIFY(config);
    auto tree = XmlTree::parse(text);
    QVERIFY(tree);
    const int root = tree->root();
    const QString indent = childIndent(*tree, root, config->indentUnit);
    const QString element = QStringLiteral("<new x=\"1\" />");
    Splice splice;
    if (where == QLatin1String("last"))
        splice = insertLastChild(*tree, root, element, indent, config->newline);
    else if (where == QLatin1String("first"))
        splice = insertAt(tree->at(root).startTagEnd, element, indent, config->newline);
    else
        splice = insertBefore(*tree, tree->firstChild(root, u"b"), element, indent, config->newline);
    QString edited = text;
    splice.applyTo(edited);
    QVERIFY(edited.contains(config->newline + indent + element));

    auto after = XmlTree::parse(edited);
    QVERIFY2(after, why(after));
    const int added = after->firstChild(after->root(), u"new");
    QVERIFY(added >= 0);
    if (where == QLatin1String("before")) {
        QCOMPARE(after->at(after->root()).children.indexOf(added), 1);
    }
    QString restored = edited;
    removeElement(*after, added).applyTo(restored);
    QCOMPARE(restored, text);
}

void TestConfigXml::expandSelfClosing()
{
    const QString text = QStringLiteral("<r>\n    <rules />\n    <other></other>\n</r>\n");
    auto tree = XmlTree::parse(text);
    QVERIFY(tree);
    const int rules = tree->firstChild(tree->root(), u"rules");
    const int other = tree->firstChild(tree->root(), u"other");
    QVERIFY(needsExpansion(*tree, rules));
    QVERIFY(needsExpansion(*tree, other));
    QVERIFY(!needsExpansion(*tree, tree->root()));
    QString edited = text;
    expandElement(*tree, rules, QStringLiteral("\n")).applyTo(edited);
    QCOMPARE(edited, QStringLiteral("<r>\n    <rules>\n    </rules>\n    <other></other>\n</r>\n"));
    auto after = XmlTree::parse(edited);
    QVERIFY(after);
    QVERIFY(!needsExpansion(*after, after->firstChild(after->root(), u"rules")));
}

void TestConfigXml::attributeEdits()
{
    const QString text
        = QStringLiteral("<r>\n  <add name=\"P1\" queueLength='10' autoStart=\"true\">\n    <x/>\n  </add>\n"
                         "  <add\n     name=\"P2\"\n     managedRuntimeVersion=\"v4.0\" />\n</r>\n");
    auto tree = XmlTree::parse(text);
    QVERIFY(tree);
    const QList<int> adds = tree->childrenNamed(tree->root(), u"add");
    QCOMPARE(adds.size(), 2);

    bool present = false;
    QCOMPARE(rawAttributeValue(*tree, adds[0], QStringLiteral("queueLength"), &present), QStringLiteral("10"));
    QVERIFY(present);
    QString edited = text;
    setAttribute(*tree, adds[0], QStringLiteral("autoStart"), QStringLiteral("false")).applyTo(edited);
    QCOMPARE(edited, QString(text).replace(QLatin1String("autoStart=\"true\""), QLatin1String("autoStart=\"false\"")));

    // Appended after the last attribute, removed exactly.
    edited = text;
    setAttribute(*tree, adds[1], QStringLiteral("autoStart"), QStringLiteral("false")).applyTo(edited);
    QVERIFY(edited.contains(QLatin1String("managedRuntimeVersion=\"v4.0\" autoStart=\"false\" />")));
    auto after = XmlTree::parse(edited);
    QVERIFY(after);
    QCOMPARE(
        after->at(after->childrenNamed(after->root(), u"add")[1]).attribute(u"autoStart"), QStringLiteral("false"));
    removeAttribute(*after, after->childrenNamed(after->root(), u"add")[1], QStringLiteral("autoStart"))
        .applyTo(edited);
    QCOMPARE(edited, text);
}

void TestConfigXml::semanticComparison_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("difference"); // empty: equal

    const QString rule = QStringLiteral("<rule name=\"r\" stopProcessing=\"true\"><match url=\".*\" /><action "
                                        "type=\"AbortRequest\" /></rule>");
    QTest::newRow("same") << rule << rule << QString();
    QTest::newRow("attribute order and whitespace")
        << QStringLiteral("<rule stopProcessing=\"true\"   name='r'>\n   <match url=\".*\"/>\n <!-- note -->\n<action "
                          "type=\"AbortRequest\"></action>\n</rule>")
        << rule << QString();
    QTest::newRow("value differs") << QString(rule).replace(QLatin1String("\".*\""), QLatin1String("\"a.*\"")) << rule
                                   << QStringLiteral("<rule>/<match>: attribute url is 'a.*' (feed: '.*')");
    QTest::newRow("attribute missing") << QString(rule).replace(QLatin1String(" stopProcessing=\"true\""), QString())
                                       << rule << QStringLiteral("attribute stopProcessing is missing");
    QTest::newRow("extra attribute") << QString(rule).replace(
        QLatin1String("<match "), QLatin1String("<match negate=\"true\" "))
                                     << rule << QStringLiteral("attribute negate='true' is not in the feed");
    QTest::newRow("child missing") << QString(rule).replace(QLatin1String("<action type=\"AbortRequest\" />"),
        QString()) << rule << QStringLiteral("element <action> of the feed is missing");
    QTest::newRow("text trimmed") << QStringLiteral("<a> x </a>") << QStringLiteral("<a>x</a>") << QString();
}

void TestConfigXml::semanticComparison()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QFETCH(QString, difference);
    auto a = parseFragment(actual);
    auto e = parseFragment(expected);
    QVERIFY(a && e);
    QCOMPARE(a->size(), 1);
    const QString diff = nodeDifference(a->first(), e->first());
    if (difference.isEmpty())
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    else
        QVERIFY2(diff.contains(difference), qPrintable(diff));
}

void TestConfigXml::serializeRoundTrips()
{
    const QString source = QStringLiteral(
        "<rule name=\"EEMS M1.1 x &amp; &quot;y&quot;\" stopProcessing=\"true\"><match url=\"^a&lt;b\\d+\" />"
        "<conditions logicalGrouping=\"MatchAny\"><add input=\"{HTTP_HOST}\" pattern=\"&#9;tab\" /></conditions>"
        "<action type=\"CustomResponse\" statusCode=\"403\" /></rule>");
    auto nodes = parseFragment(source);
    QVERIFY(nodes);
    const QString text
        = serializeNode(nodes->first(), QStringLiteral("\t\t"), QStringLiteral("\t"), QStringLiteral("\r\n"));
    QVERIFY(text.startsWith(
        QLatin1String("<rule name=\"EEMS M1.1 x &amp; &quot;y&quot;\" stopProcessing=\"true\">\r\n\t\t\t<match ")));
    QVERIFY(text.endsWith(QLatin1String("\r\n\t\t</rule>")));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("[^\\r]\\n"))));
    auto back = parseFragment(text);
    QVERIFY(back);
    QCOMPARE(nodeDifference(back->first(), nodes->first()), QString());
}

QTEST_GUILESS_MAIN(TestConfigXml)
#include "tst_configxml.moc"
