// The CliXml reader on its own: the real Export-Clixml files of Exchange 2016,
// every element of the format (primitives, containers, member sets, type
// name and object references, PowerShell's _xHHHH_ string escapes), the
// encodings PowerShell writes, and the refusals with their line and column.

#include <QTest>

#include "exchange/clixml.h"
#include "exchangetestutil.h"

using namespace em;
using namespace em::clixml;
using exchangetest::fixture;
using exchangetest::objs;

namespace {
QString refusal(const QByteArray &bytes, const Limits &limits = {})
{
    auto document = parse(bytes, limits);
    return document ? QStringLiteral("(parsed)") : document.error().message;
}

const Value *prop(const Document &document, const Value &value, const char *name)
{
    return document.object(value).property(QLatin1String(name));
}
} // namespace

class TestCliXml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!qgetenv("EM_SOURCE_DIR").isEmpty(), "EM_SOURCE_DIR is set by the test runner"); }

    void realTwoServerExport()
    {
        const QByteArray bytes = fixture(QStringLiteral("GetExchangeServer-E2016-PING1.xml"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF<Objs"));
        auto document = parse(bytes);
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        QCOMPARE(document->values.size(), 2);
        const Value &first = document->values.at(0);
        const Value &second = document->values.at(1);
        QVERIFY(first.isObject());
        QCOMPARE(first.position.line, 2);
        QCOMPARE(first.position.column, 3);
        const Object &server = document->object(first);
        QCOMPARE(
            server.typeNames.first(), QStringLiteral("Microsoft.Exchange.Data.Directory.Management.ExchangeServer"));
        QCOMPARE(server.typeNames.size(), 6);
        QVERIFY(server.isA(QLatin1String("Microsoft.Exchange.Data.Directory.ADObject")));
        QCOMPARE(server.toString, QStringLiteral("E2k16-1"));
        // The second server names its type list by <TNRef RefId="0"/>.
        QCOMPARE(document->object(second).typeNames, server.typeNames);
        QCOMPARE(prop(*document, second, "Name")->text, QStringLiteral("E2k16-2"));

        const Value *version = server.property(QLatin1String("AdminDisplayVersion"));
        QVERIFY(version && version->isObject());
        QCOMPARE(document->object(*version).toString, QStringLiteral("Version 15.1 (Build 2507.18)"));
        QCOMPARE(prop(*document, *version, "Build")->integer(), 2507);
        QVERIFY(prop(*document, *version, "FilePatchLevelDescription")->isNil());

        // An enum: its ToString and the wrapped <I32>.
        const Value *role = server.property(QLatin1String("serverrole"));
        QVERIFY(role);
        QCOMPARE(document->object(*role).toString, QStringLiteral("Mailbox"));
        QCOMPARE(document->object(*role).base->integer(), 2);

        const Value *applied = server.property(QLatin1String("MitigationsApplied"));
        QCOMPARE(int(document->object(*applied).container), int(Container::List));
        QCOMPARE(document->object(*applied).items.size(), 1);
        QCOMPARE(document->object(*applied).items.first().text, QStringLiteral("PING1"));
        QVERIFY(server.property(QLatin1String("MitigationsBlocked"))->isNil());
        QCOMPARE(server.property(QLatin1String("MitigationsAppliedTime"))->dateTime(),
            QDateTime(QDate(2023, 1, 5), QTime(12, 8, 37, 617), Qt::UTC));

        // <Ref N="Id" RefId="20"/> is the Identity object itself.
        const Value *identity = server.property(QLatin1String("Identity"));
        const Value *id = server.property(QLatin1String("Id"));
        QCOMPARE(id->tag, QStringLiteral("Ref"));
        QCOMPARE(id->object, identity->object);
        // The second server's <Ref N="OrganizationId" RefId="24"/> names an object of the first.
        const Value *orgId = prop(*document, second, "OrganizationId");
        QCOMPARE(orgId->object, server.property(QLatin1String("OrganizationId"))->object);

        // Extended members (<MS>) are properties too.
        QCOMPARE(server.property(QLatin1String("PSComputerName"))->text, QStringLiteral("e2k16-1.contoso.lab"));
        QVERIFY(!server.property(QLatin1String("NoSuchProperty")));
    }

    void realExportsParse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("objects");
        QTest::newRow("one server") << "GetExchangeServer-E2016.xml" << 25;
        QTest::newRow("two servers") << "GetExchangeServer-E2016-PING1.xml" << 51;
        QTest::newRow("organization") << "GetOrganizationConfig-E2016.xml" << 41;
    }

    void realExportsParse()
    {
        QFETCH(QString, file);
        QFETCH(int, objects);
        const QByteArray bytes = fixture(file);
        QVERIFY(!bytes.isEmpty());
        auto document = parse(bytes);
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        // One Object per <Obj> of the file.
        QCOMPARE(document->objects.size(), objects);
        QCOMPARE(bytes.count("<Obj "), qsizetype(objects));

        // The same document as Windows PowerShell writes it (UTF-16LE with a
        // BOM), and big-endian, read the same.
        for (const bool bigEndian : {false, true}) {
            auto utf16 = parse(exchangetest::toUtf16(bytes, bigEndian));
            QVERIFY2(utf16, utf16 ? "" : qPrintable(utf16.error().message));
            QCOMPARE(utf16->objects.size(), objects);
            QCOMPARE(utf16->objects.first().toString, document->objects.first().toString);
            QCOMPARE(utf16->objects.last().position.line, document->objects.last().position.line);
        }
    }

    void primitives_data()
    {
        QTest::addColumn<QByteArray>("element");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("typed"); // bool, qint64, double, QDateTime, or invalid

        QTest::newRow("string") << QByteArray("<S>EX01</S>") << "EX01" << QVariant();
        QTest::newRow("empty string") << QByteArray("<S />") << "" << QVariant();
        QTest::newRow("string keeps white space") << QByteArray("<S>  a b  </S>") << "  a b  " << QVariant();
        QTest::newRow("escaped line break") << QByteArray("<S>one_x000D__x000A_two</S>") << "one\r\ntwo" << QVariant();
        QTest::newRow("escaped underscore") << QByteArray("<S>a_x005F_x0041_b</S>") << "a_x0041_b" << QVariant();
        QTest::newRow("escape outside the BMP")
            << QByteArray("<S>_x0001F512_</S>") << QStringLiteral("\U0001F512") << QVariant();
        QTest::newRow("surrogate pair escapes")
            << QByteArray("<S>_xD83D__xDD12_</S>") << QStringLiteral("\U0001F512") << QVariant();
        QTest::newRow("not an escape") << QByteArray("<S>_x12_ _xZZZZ_ _x0041</S>") << "_x12_ _xZZZZ_ _x0041"
                                       << QVariant();
        QTest::newRow("character reference") << QByteArray("<S>a&amp;b&#x41;</S>") << "a&bA" << QVariant();
        QTest::newRow("CDATA") << QByteArray("<S><![CDATA[<x>]]></S>") << "<x>" << QVariant();
        QTest::newRow("uri") << QByteArray("<URI>http://proxy:8080/_x0041_</URI>") << "http://proxy:8080/A"
                             << QVariant();
        QTest::newRow("true") << QByteArray("<B>true</B>") << "true" << QVariant(true);
        QTest::newRow("false") << QByteArray("<B>false</B>") << "false" << QVariant(false);
        QTest::newRow("bool as 1") << QByteArray("<B> 1 </B>") << " 1 " << QVariant(true);
        QTest::newRow("I32") << QByteArray("<I32>-2147483648</I32>") << "-2147483648"
                             << QVariant(qint64(-2147483648LL));
        QTest::newRow("U32") << QByteArray("<U32>4294967295</U32>") << "4294967295" << QVariant(qint64(4294967295LL));
        QTest::newRow("I64") << QByteArray("<I64>9223372036854775807</I64>") << "9223372036854775807"
                             << QVariant(std::numeric_limits<qint64>::max());
        QTest::newRow("byte") << QByteArray("<By>255</By>") << "255" << QVariant(qint64(255));
        QTest::newRow("char") << QByteArray("<C>65</C>") << "65" << QVariant(qint64(65));
        QTest::newRow("double") << QByteArray("<Db>1.5E+3</Db>") << "1.5E+3" << QVariant(1500.0);
        QTest::newRow("double infinity") << QByteArray("<Db>-INF</Db>") << "-INF"
                                         << QVariant(-std::numeric_limits<double>::infinity());
        QTest::newRow("decimal") << QByteArray("<D>12.50</D>") << "12.50" << QVariant(12.5);
        QTest::newRow("date UTC, 7 digits")
            << QByteArray("<DT>2023-01-05T12:08:37.6177687Z</DT>") << "2023-01-05T12:08:37.6177687Z"
            << QVariant(QDateTime(QDate(2023, 1, 5), QTime(12, 8, 37, 617), Qt::UTC));
        QTest::newRow("date with offset")
            << QByteArray("<DT>2021-09-28T12:20:23-05:00</DT>") << "2021-09-28T12:20:23-05:00"
            << QVariant(QDateTime(QDate(2021, 9, 28), QTime(17, 20, 23), Qt::UTC));
        QTest::newRow("guid") << QByteArray("<G>59ce2f71-eaa2-4ddf-a4fa-f25069d0b324</G>")
                              << "59ce2f71-eaa2-4ddf-a4fa-f25069d0b324" << QVariant();
        QTest::newRow("version") << QByteArray("<Version>15.1.2507.18</Version>") << "15.1.2507.18" << QVariant();
        QTest::newRow("timespan") << QByteArray("<TS>PT1H30M</TS>") << "PT1H30M" << QVariant();
        QTest::newRow("byte array") << QByteArray("<BA>AAEAAAD/////</BA>") << "AAEAAAD/////" << QVariant();
        QTest::newRow("unknown type kept as text") << QByteArray("<Fancy>x_x0041_</Fancy>") << "x_x0041_" << QVariant();
    }

    void primitives()
    {
        QFETCH(QByteArray, element);
        QFETCH(QString, text);
        QFETCH(QVariant, typed);
        auto document = parse(objs(element));
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        QCOMPARE(document->values.size(), 1);
        const Value &value = document->values.first();
        QCOMPARE(int(value.kind), int(Kind::Primitive));
        QCOMPARE(value.text, text);
        switch (typed.typeId()) {
        case QMetaType::Bool:
            QCOMPARE(value.boolean(), typed.toBool());
            QVERIFY(!value.integer());
            break;
        case QMetaType::LongLong:
            QCOMPARE(value.integer(), typed.toLongLong());
            QCOMPARE(value.number(), double(typed.toLongLong()));
            QVERIFY(!value.boolean());
            break;
        case QMetaType::Double:
            QCOMPARE(value.number(), typed.toDouble());
            QVERIFY(!value.integer());
            break;
        case QMetaType::QDateTime:
            QCOMPARE(value.dateTime(), typed.toDateTime());
            QVERIFY(!value.number());
            break;
        default:
            QVERIFY(!value.boolean() && !value.integer() && !value.number() && !value.dateTime().isValid());
        }
    }

    void containers()
    {
        const QByteArray body = R"(
<Obj RefId="0"><TN RefId="0"><T>System.Collections.Hashtable</T><T>System.Object</T></TN>
  <DCT>
    <En><S N="Key">a</S><I32 N="Value">1</I32></En>
    <En><S N="Key">b_x005F_</S><Nil N="Value" /></En>
  </DCT>
</Obj>
<Obj RefId="1"><TN RefId="1"><T>System.Collections.Stack</T></TN><STK><S>x</S><Ref RefId="0" /></STK></Obj>
<Obj RefId="2"><TNRef RefId="1" /><QUE /></Obj>
<Obj RefId="3"><IE><Nil /><B>true</B></IE></Obj>
<Obj RefId="4"><S>wrapped</S><MS><S N="Note">n</S><MS N="Inner"><I32 N="Depth">2</I32></MS></MS></Obj>
<Obj RefId="5"><Obj RefId="6"><ToString>inner</ToString></Obj><Props><Ref N="Self" RefId="5" /></Props></Obj>
<Ref RefId="4" />
<Nil />)";
        auto document = parse(objs(body));
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        QCOMPARE(document->values.size(), 8);
        const Object &table = document->object(document->values.at(0));
        QCOMPARE(int(table.container), int(Container::Dictionary));
        QCOMPARE(table.entries.size(), 2);
        QCOMPARE(table.entries.at(0).first.text, QStringLiteral("a"));
        QCOMPARE(table.entries.at(0).second.integer(), 1);
        QCOMPARE(table.entries.at(1).first.text, QStringLiteral("b_"));
        QVERIFY(table.entries.at(1).second.isNil());

        const Object &stack = document->object(document->values.at(1));
        QCOMPARE(int(stack.container), int(Container::Stack));
        QCOMPARE(stack.items.size(), 2);
        QCOMPARE(stack.items.at(1).object, document->values.at(0).object);
        const Object &queue = document->object(document->values.at(2));
        QCOMPARE(int(queue.container), int(Container::Queue));
        QCOMPARE(queue.typeNames, QStringList {QStringLiteral("System.Collections.Stack")});
        QVERIFY(queue.items.isEmpty());
        const Object &enumerable = document->object(document->values.at(3));
        QCOMPARE(int(enumerable.container), int(Container::Enumerable));
        QVERIFY(enumerable.items.at(0).isNil());
        QVERIFY(enumerable.typeNames.isEmpty());

        const Object &wrapped = document->object(document->values.at(4));
        QCOMPARE(wrapped.base->text, QStringLiteral("wrapped"));
        QCOMPARE(wrapped.property(QLatin1String("Note"))->text, QStringLiteral("n"));
        const Value *inner = wrapped.property(QLatin1String("Inner"));
        QCOMPARE(inner->tag, QStringLiteral("MS"));
        QCOMPARE(document->object(*inner).property(QLatin1String("Depth"))->integer(), 2);

        // A nested <Obj> as the value, and a <Ref> to the object that holds it.
        const Object &outer = document->object(document->values.at(5));
        QCOMPARE(document->object(*outer.base).toString, QStringLiteral("inner"));
        QCOMPARE(outer.property(QLatin1String("Self"))->object, document->values.at(5).object);
        QCOMPARE(document->values.at(6).object, document->values.at(4).object);
        QVERIFY(document->values.at(7).isNil());
    }

    void deserializedTypeNames()
    {
        auto document
            = parse(objs("<Obj RefId=\"0\"><TN RefId=\"0\"><T>Selected.Deserialized.A.B</T><T /></TN></Obj>"));
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        const Object &object = document->objects.first();
        QCOMPARE(object.typeNames.size(), 1); // an empty <T/> is dropped, as PowerShell does
        QVERIFY(object.isA(QStringLiteral("A.B")));
        QVERIFY(object.isA(QLatin1String("A.B")));
        QVERIFY(!object.isA(QLatin1String("B")));
        QVERIFY(!object.hasToString);
    }

    void escapedNamesAndTypeNames()
    {
        auto document = parse(objs("<Obj><TN RefId=\"0\"><T>My_x002E_Type</T></TN><ToString>a_x0009_b</ToString>"
                                   "<Props><S N=\"Odd_x0020_Name\">v</S></Props></Obj>"));
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        const Object &object = document->objects.first();
        QCOMPARE(object.typeNames.first(), QStringLiteral("My.Type"));
        QCOMPARE(object.toString, QStringLiteral("a\tb"));
        QCOMPARE(object.property(QLatin1String("Odd Name"))->text, QStringLiteral("v"));
    }

    void decodeString_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("plain") << "EX01"
                               << "EX01";
        QTest::newRow("upper-case X") << "_X0041_"
                                      << "A";
        QTest::newRow("lower-case hex") << "_x00e9_" << QStringLiteral("\u00e9");
        QTest::newRow("NUL") << "a_x0000_b" << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
        QTest::newRow("adjacent") << "_x0041__x0042_"
                                  << "AB";
        QTest::newRow("past U+10FFFF stays") << "_x00110000_"
                                             << "_x00110000_";
        QTest::newRow("too short") << "_x004_"
                                   << "_x004_";
        QTest::newRow("at the end") << "a_x"
                                    << "a_x";
    }

    void decodeString()
    {
        QFETCH(QString, encoded);
        QFETCH(QString, decoded);
        QCOMPARE(clixml::decodeString(encoded), decoded);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("refusal"); // empty: parses, and the string reads "Zürich"

        const QByteArray utf8 = objs("<S>Z\xC3\xBCrich</S>");
        QTest::newRow("UTF-8") << utf8 << "";
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + utf8) << "";
        QTest::newRow("UTF-8 declared") << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + utf8) << "";
        QTest::newRow("UTF-16LE with BOM") << exchangetest::toUtf16(utf8) << "";
        QTest::newRow("UTF-16BE with BOM") << exchangetest::toUtf16(utf8, true) << "";
        QTest::newRow("UTF-16LE without BOM") << exchangetest::toUtf16(utf8, false, false) << "";
        QTest::newRow("UTF-16 declared") << exchangetest::toUtf16("<?xml version=\"1.0\" encoding=\"utf-16\"?>" + utf8)
                                         << "";
        QTest::newRow("Windows-1252 bytes")
            << objs("\n<S>Z\xFCrich</S>") << "line 2, column 5: not valid UTF-8 (byte 0xfc at offset 85)";
        QTest::newRow("declared Latin-1")
            << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + utf8)
            << "line 1, column 44: the XML declaration names the encoding 'ISO-8859-1', but the file is UTF-8";
        QTest::newRow("declared UTF-16, is UTF-8")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + utf8)
            << "the XML declaration names the encoding 'UTF-16', but the file is UTF-8";
        QTest::newRow("declared UTF-8, is UTF-16")
            << exchangetest::toUtf16("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + utf8)
            << "the XML declaration names the encoding 'UTF-8', but the file is UTF-16LE";
        QTest::newRow("overlong UTF-8") << objs("<S>\xC0\xAF</S>") << "not valid UTF-8 (byte 0xc0";
        QTest::newRow("UTF-8 surrogate") << objs("<S>\xED\xA0\x80</S>") << "not valid UTF-8 (byte 0xed";
        QTest::newRow("UTF-32") << QByteArray("\xFF\xFE\x00\x00<\x00\x00\x00", 8) << "UTF-32 is not supported";
        QTest::newRow("UTF-16 unpaired surrogate") << QByteArray(exchangetest::toUtf16(objs("<S>a").chopped(7))
            + QByteArray("\x00\xD8", 2) + exchangetest::toUtf16("</S></Objs>", false, false))
                                                   << "not valid UTF-16LE: an unpaired surrogate 0xd800";
        QTest::newRow("UTF-16 odd length")
            << QByteArray(exchangetest::toUtf16(utf8) + "x") << "not valid UTF-16LE: an odd number of bytes";
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, refusal);
        auto document = parse(bytes);
        if (refusal.isEmpty()) {
            QVERIFY2(document, document ? "" : qPrintable(document.error().message));
            QCOMPARE(document->values.first().text, QStringLiteral("Z\u00fcrich"));
        } else {
            QVERIFY(!document);
            QVERIFY2(document.error().message.contains(refusal), qPrintable(document.error().message));
            QCOMPARE(int(document.error().code), int(ErrorCode::Format));
        }
    }

    void commentsAndInstructionsAreIgnored()
    {
        auto document = parse(objs("<!-- exported by hand --><?pi x?><S>a</S>"));
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        QCOMPARE(document->values.size(), 1);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");

        QTest::newRow("not XML") << QByteArray("Name : EX01\n") << "line 1, column 2: not well-formed XML";
        QTest::newRow("empty file") << QByteArray() << "the file is empty";
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << "the file is empty";
        QTest::newRow("another root") << QByteArray(
            "<Objects xmlns=\"http://schemas.microsoft.com/powershell/2004/04\"/>")
                                      << "line 1, column 1: the root element is <Objects>, not <Objs>";
        QTest::newRow("no namespace") << QByteArray("<Objs Version=\"1.1.0.1\"><S>a</S></Objs>")
                                      << "line 1, column 1: element <Objs> is not in the PowerShell namespace";
        QTest::newRow("foreign element") << objs("\n  <x:S xmlns:x=\"urn:other\">a</x:S>")
                                         << "line 2, column 3: element <x:S> is not in the PowerShell namespace";
        QTest::newRow("text in Props") << objs("\n<Obj><Props>oops</Props></Obj>")
                                       << "line 2, column 18: unexpected text in <Props>";
        QTest::newRow("property without name")
            << objs("\n<Obj><Props><S>a</S></Props></Obj>")
            << "line 2, column 13: <S> in <Props> has no property name (N attribute)";
        QTest::newRow("element in a string")
            << objs("\n<S>a<B>true</B></S>") << "line 2, column 5: <S> may only hold text; found <B>";
        QTest::newRow("Nil with content") << objs("<Nil><S/></Nil>") << "<Nil> may not hold <S>";
        QTest::newRow("structural tag as a value")
            << objs("\n  <Props />") << "line 2, column 3: <Props> is not a value and is not allowed here";
        QTest::newRow("two type name lists") << objs("\n<Obj><TN RefId=\"0\"><T>A</T></TN><TNRef RefId=\"0\"/></Obj>")
                                             << "line 2, column 33: <Obj> holds <TNRef> twice";
        QTest::newRow("two values") << objs("\n<Obj><I32>1</I32><LST/></Obj>")
                                    << "line 2, column 18: <Obj> holds a second value <LST>";
        QTest::newRow("T outside TN") << objs("\n<Obj><TN><S>a</S></TN></Obj>")
                                      << "line 2, column 10: <TN> may only hold <T>; found <S>";
        QTest::newRow("En without a value") << objs("\n<Obj><DCT><En><S N=\"Key\">a</S></En></DCT></Obj>")
                                            << "line 2, column 11: <En> needs a Key and a Value";
        QTest::newRow("En with a stranger") << objs("\n<Obj><DCT><En><S N=\"Kee\">a</S></En></DCT></Obj>")
                                            << "line 2, column 15: <En> holds <S N=\"Kee\">";
        QTest::newRow("DCT without En") << objs("\n<Obj><DCT><S>a</S></DCT></Obj>")
                                        << "line 2, column 11: <DCT> may only hold <En>; found <S>";
        QTest::newRow("Ref to an unknown RefId")
            << objs("\n<Obj RefId=\"0\" />\n  <Ref N=\"Id\" RefId=\"7\" />")
            << "line 3, column 3: <Ref> names RefId '7', which no earlier <Obj> has";
        QTest::newRow("Ref before its Obj") << objs("\n<Ref RefId=\"0\" /><Obj RefId=\"0\" />")
                                            << "line 2, column 1: <Ref> names RefId '0', which no earlier <Obj> has";
        QTest::newRow("TNRef to an undefined TN")
            << objs("\n<Obj RefId=\"0\">\n    <TNRef RefId=\"3\" />\n</Obj>")
            << "line 3, column 5: <TNRef> names RefId '3', which no earlier <TN> has";
        QTest::newRow("RefId given twice") << objs("\n<Obj RefId=\"0\" />\n<Obj RefId=\"0\" />")
                                           << "line 3, column 1: RefId '0' is given to two objects";
        QTest::newRow("TN RefId given twice")
            << objs("\n<Obj><TN RefId=\"0\"><T>A</T></TN></Obj>\n<Obj><TN RefId=\"0\"><T>B</T></TN></Obj>")
            << "line 3, column 6: RefId '0' is given to two type name lists (<TN>)";
        QTest::newRow("bad boolean") << objs("\n  <Obj><Props><B N=\"MitigationsEnabled\">yes</B></Props></Obj>")
                                     << "line 2, column 15: <B> 'MitigationsEnabled': 'yes' is not true or false";
        QTest::newRow("I32 overflow") << objs("<I32>2147483648</I32>")
                                      << "<I32>: '2147483648' is not an integer from -2147483648 to 2147483647";
        QTest::newRow("negative unsigned") << objs("<U32>-1</U32>") << "'-1' is not an integer from 0 to 4294967295";
        QTest::newRow("empty integer") << objs("<I64/>") << "<I64>: '' is not an integer";
        QTest::newRow("bad date") << objs("<DT>2023-02-30T10:00:00Z</DT>") << "'2023-02-30T10:00:00Z' is not a date";
        QTest::newRow("bad guid") << objs("<G>not-a-guid</G>") << "'not-a-guid' is not a GUID";
        QTest::newRow("bad double") << objs("<Db>1,5</Db>") << "'1,5' is not a number";
        QTest::newRow("bad version") << objs("<Version>1</Version>") << "'1' is not a version";
        QTest::newRow("bad duration") << objs("<TS>1 hour</TS>") << "'1 hour' is not a duration";
        QTest::newRow("DOCTYPE") << QByteArray("<!DOCTYPE Objs [<!ENTITY x \"y\">]>\n" + objs("<S>&x;</S>"))
                                 << "line 1, column 34: a DOCTYPE is not allowed";
        QTest::newRow("undeclared entity") << objs("<S>&x;</S>") << "not well-formed XML: Entity 'x' not declared.";
        QTest::newRow("content after Objs") << QByteArray(objs("") + "<Objs/>") << "not well-formed XML";
        QTest::newRow("truncated") << QByteArray(objs("\n<Obj RefId=\"0\"><Props>\n<S N=\"Name\">EX").chopped(7))
                                   << "line 3, column 15: the file ends early (truncated)";
        QTest::newRow("control character") << objs("<S>a\x01</S>") << "not well-formed XML";
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString got = refusal(bytes);
        QVERIFY2(got.contains(message), qPrintable(QStringLiteral("got: ") + got));
    }

    void limits()
    {
        // 10,000 nested <Obj>: refused at the 100th (depth 101 with <Objs>),
        // without recursing further.
        const QByteArray deep = objs("\n" + QByteArray("<Obj>").repeated(10000) + QByteArray("</Obj>").repeated(10000));
        QCOMPARE(refusal(deep), QStringLiteral("line 2, column 496: elements nested deeper than 100 levels"));

        // A million and one elements (the root included): refused at the last.
        const QByteArray many = objs("\n" + QByteArray("<Nil/>").repeated(1'000'000));
        QCOMPARE(refusal(many), QStringLiteral("line 2, column 5999995: more than 1000000 elements"));

        Limits small;
        small.maxBytes = 100;
        QCOMPARE(refusal(objs(QByteArray(100, ' ')), small),
            QStringLiteral("the file is larger than the limit of 100 bytes"));
        small = {};
        small.maxTextLength = 10;
        QVERIFY(refusal(objs("<S>0123456789</S>"), small) == QStringLiteral("(parsed)"));
        QCOMPARE(refusal(objs("\n<S>0123456789A</S>"), small),
            QStringLiteral("line 2, column 1: text of <S> is longer than 10 characters"));
        QCOMPARE(refusal(objs("\n<S N=\"0123456789A\"/>"), small),
            QStringLiteral("line 2, column 1: attribute 'N' of <S> is longer than 10 characters"));
        small = {};
        small.maxDepth = 3;
        QVERIFY(refusal(objs("<Obj><Props /></Obj>"), small) == QStringLiteral("(parsed)"));
        QVERIFY(
            refusal(objs("<Obj><Props><S N=\"a\"/></Props></Obj>"), small).contains(QLatin1String("deeper than 3")));
    }

    void truncatedRealExport()
    {
        // A real export cut in the middle, as a copy interrupted.
        const QByteArray bytes = fixture(QStringLiteral("GetExchangeServer-E2016-PING1.xml"));
        const QByteArray cut = bytes.left(100000);
        const QString text = QString::fromUtf8(cut.mid(3));
        const qsizetype lastBreak = text.lastIndexOf(QLatin1Char('\n'));
        const QString expected = QStringLiteral("line %1, column %2: the file ends early (truncated)")
                                     .arg(text.count(QLatin1Char('\n')) + 1)
                                     .arg(text.size() - lastBreak);
        const QString got = refusal(cut);
        QVERIFY2(got.startsWith(expected), qPrintable(got));
    }
};

QTEST_GUILESS_MAIN(TestCliXml)
#include "tst_clixml.moc"
