// RFC 4180 CSV as the exports write it (core/report/csv.h): a field is quoted
// when it holds a comma, a quote, CR or LF, or starts or ends with a space;
// quotes are doubled; lines end with CRLF; UTF-8 without a BOM. field() and
// the export's appendField() write the same bytes.

#include <QTest>

#include "report/csv.h"

using namespace em;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("EX01") << QByteArray("EX01");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("comma") << QStringLiteral("M1, M2") << QByteArray("\"M1, M2\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
        QTest::newRow("LF") << QStringLiteral("line\nbreak") << QByteArray("\"line\nbreak\"");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
        QTest::newRow("leading space") << QStringLiteral(" lead") << QByteArray("\" lead\"");
        QTest::newRow("trailing space") << QStringLiteral("trail ") << QByteArray("\"trail \"");
        QTest::newRow("inner space") << QStringLiteral("Default Web Site") << QByteArray("Default Web Site");
        QTest::newRow("semicolon") << QStringLiteral("M1; M2") << QByteArray("M1; M2");
        QTest::newRow("UTF-8") << QStringLiteral("Atténuation") << QByteArray("Att\xc3\xa9nuation");
        QTest::newRow("UTF-8 with comma") << QStringLiteral("é,ü") << QByteArray("\"\xc3\xa9,\xc3\xbc\"");
        QTest::newRow("UTF-8 with quote") << QStringLiteral("«\"»") << QByteArray("\"\xc2\xab\"\"\xc2\xbb\"");
    }

    void field()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(csv::field(value), expected);
        QByteArray appended("x,");
        csv::appendField(appended, value);
        QCOMPARE(appended, QByteArray("x,") + expected);
    }

    void line_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("one") << QStringList {QStringLiteral("a")} << QByteArray("a\r\n");
        QTest::newRow("empty fields") << QStringList {QString(), QString()} << QByteArray(",\r\n");
        QTest::newRow("quoted among plain") << QStringList {QStringLiteral("EX01"), QStringLiteral("M1.1"),
            QStringLiteral("failed: a, b")} << QByteArray("EX01,M1.1,\"failed: a, b\"\r\n");
        QTest::newRow("multi-line field")
            << QStringList {QStringLiteral("x"), QStringLiteral("1\n2")} << QByteArray("x,\"1\n2\"\r\n");
    }

    void line()
    {
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, expected);
        QCOMPARE(csv::line(fields), expected);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
