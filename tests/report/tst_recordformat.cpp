// emctl's record output (core/report/recordformat.h): Format-List text as
// PowerShell prints it, JSON (an array of objects with typed values) and CSV
// (header from the first record, lists joined with "; ", RFC 4180 quoting).

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "report/recordformat.h"

Q_DECLARE_METATYPE(em::Field)

using namespace em;

namespace {
const QDateTime when(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

Record server()
{
    return {{QStringLiteral("Name"), QStringLiteral("EX01"), {}}, {QStringLiteral("MitigationsEnabled"), true, {}},
        {QStringLiteral("MitigationsBlocked"), QStringList {QStringLiteral("M1"), QStringLiteral("M2.1")}, {}},
        {QStringLiteral("LastCheck"), when, {}}};
}
} // namespace

class TestRecordFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatList_data()
    {
        QTest::addColumn<QList<Record>>("records");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QList<Record>() << QString();
        QTest::newRow("one server") << QList<Record> {server()}
                                    << QStringLiteral("\n"
                                                      "Name               : EX01\n"
                                                      "MitigationsEnabled : True\n"
                                                      "MitigationsBlocked : {M1, M2.1}\n"
                                                      "LastCheck          : 2026-11-20T10:00:00Z\n"
                                                      "\n");
        QTest::newRow("false, empty list, null time") << QList<Record> {{{QStringLiteral("On"), false, {}},
            {QStringLiteral("Ids"), QStringList(), {}}, {QStringLiteral("At"), QDateTime(), {}}}}
                                                      << QStringLiteral("\nOn  : False\nIds : {}\nAt  : \n\n");
        QTest::newRow("multi-line value lines up")
            << QList<Record> {{{QStringLiteral("Id"), QStringLiteral("M1"), {}},
                   {QStringLiteral("Detail"), QStringLiteral("first\nsecond"), {}}}}
            << QStringLiteral("\nId     : M1\nDetail : first\n         second\n\n");
        QTest::newRow("text given wins") << QList<Record> {{{QStringLiteral("Build"), QStringLiteral("15.2.1118.7"),
            QStringLiteral("15.2.1118.7 (2019 CU12)")}}}
                                         << QStringLiteral("\nBuild : 15.2.1118.7 (2019 CU12)\n\n");
        QTest::newRow("two records") << QList<Record> {{{QStringLiteral("A"), 1, {}}}, {{QStringLiteral("Bb"), 2, {}}}}
                                     << QStringLiteral("\nA : 1\n\nBb : 2\n\n");
    }

    void formatList()
    {
        QFETCH(QList<Record>, records);
        QFETCH(QString, expected);
        QCOMPARE(em::formatList(records), expected);
        QCOMPARE(formatRecords(records, OutputFormat::Text), expected.toUtf8());
    }

    void formatJson_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("string") << Field {QStringLiteral("v"), QStringLiteral("EX01"), {}}
                                << QJsonValue(QStringLiteral("EX01"));
        QTest::newRow("bool") << Field {QStringLiteral("v"), true, {}} << QJsonValue(true);
        QTest::newRow("integer") << Field {QStringLiteral("v"), qint64(4294967296), {}}
                                 << QJsonValue(qint64(4294967296));
        QTest::newRow("list") << Field {QStringLiteral("v"), QStringList {QStringLiteral("M1"), QStringLiteral("M2")},
            {}} << QJsonValue(QJsonArray {QStringLiteral("M1"), QStringLiteral("M2")});
        QTest::newRow("time") << Field {QStringLiteral("v"), when, {}}
                              << QJsonValue(QStringLiteral("2026-11-20T10:00:00Z"));
        QTest::newRow("null time") << Field {QStringLiteral("v"), QDateTime(), {}} << QJsonValue(QJsonValue::Null);
        QTest::newRow("null") << Field {QStringLiteral("v"), QVariant(), {}} << QJsonValue(QJsonValue::Null);
        QTest::newRow("quotes and newline") << Field {QStringLiteral("v"), QStringLiteral("a \"b\"\nc"), {}}
                                            << QJsonValue(QStringLiteral("a \"b\"\nc"));
    }

    void formatJson()
    {
        QFETCH(Field, field);
        QFETCH(QJsonValue, expected);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(em::formatJson({{field}}), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 1);
        QCOMPARE(doc.array().first().toObject().value(field.name), expected);
    }

    void formatCsv_data()
    {
        QTest::addColumn<QList<Record>>("records");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("none") << QList<Record>() << QByteArray();
        QTest::newRow("one server") << QList<Record> {server()}
                                    << QByteArray("Name,MitigationsEnabled,MitigationsBlocked,LastCheck\r\n"
                                                  "EX01,True,M1; M2.1,2026-11-20T10:00:00Z\r\n");
        QTest::newRow("quoting") << QList<Record> {{{QStringLiteral("Detail"), QStringLiteral("a, \"b\""), {}}}}
                                 << QByteArray("Detail\r\n\"a, \"\"b\"\"\"\r\n");
        QTest::newRow("header from the first record") << QList<Record> {{{QStringLiteral("A"), 1, {}}},
            {{QStringLiteral("A"), 2, {}}}} << QByteArray("A\r\n1\r\n2\r\n");
    }

    void formatCsv()
    {
        QFETCH(QList<Record>, records);
        QFETCH(QByteArray, expected);
        QCOMPARE(em::formatCsv(records), expected);
        QCOMPARE(formatRecords(records, OutputFormat::Csv), expected);
    }

    void parseOutputFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("format"); // -1: refused
        QTest::newRow("text") << QStringLiteral("text") << int(OutputFormat::Text);
        QTest::newRow("list") << QStringLiteral("list") << int(OutputFormat::Text);
        QTest::newRow("json") << QStringLiteral("json") << int(OutputFormat::Json);
        QTest::newRow("csv") << QStringLiteral("csv") << int(OutputFormat::Csv);
        QTest::newRow("upper case") << QStringLiteral("JSON") << -1;
        QTest::newRow("xml") << QStringLiteral("xml") << -1;
    }

    void parseOutputFormat()
    {
        QFETCH(QString, text);
        QFETCH(int, format);
        const auto parsed = em::parseOutputFormat(text);
        if (format < 0) {
            QVERIFY(!parsed);
            QCOMPARE(
                parsed.error().message, QStringLiteral("invalid format '%1': expected text, json or csv").arg(text));
        } else {
            QVERIFY(parsed);
            QCOMPARE(int(*parsed), format);
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordFormat)
#include "tst_recordformat.moc"
