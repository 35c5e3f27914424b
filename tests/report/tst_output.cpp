// Reports and text output (issue 12, section 4): CSV cells a spreadsheet
// would run as formulas are neutralised (OWASP), text output shows control
// characters and bidi controls escaped while JSON keeps them, and a file
// written through OutputFile is complete or not written at all: a full disk
// (a real small tmpfs) or a device that refuses bytes (/dev/full) is an error
// with its cause, and the previous file stays as it was.

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "faults.h"
#include "model/records.h"
#include "model/text.h"
#include "report/csv.h"
#include "report/mitigationreport.h"
#include "report/outputfile.h"
#include "report/recordformat.h"

using namespace em;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Entries of a folder (a QSaveFile temporary left behind shows here).
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}
} // namespace

class TestOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private slots:
    void csvFormulaCellsAreNeutralised_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\";\"fix\")")
                           << QByteArray("\"'=HYPERLINK(\"\"http://x\"\";\"\"fix\"\")\"");
        QTest::newRow("+") << QStringLiteral("+1+cmd|' /C calc'!A0") << QByteArray("'+1+cmd|' /C calc'!A0");
        QTest::newRow("-") << QStringLiteral("-2+3") << QByteArray("'-2+3");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
        QTest::newRow("CR") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("non-ASCII after =") << QStringLiteral("=Ü") << QByteArray("'=\xC3\x9C");
        QTest::newRow("= later is plain") << QStringLiteral("a=b") << QByteArray("a=b");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("time") << QStringLiteral("2026-11-20T10:00:00Z") << QByteArray("2026-11-20T10:00:00Z");
    }

    void csvFormulaCellsAreNeutralised()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, cell);
        QCOMPARE(csv::field(value), cell);
        QByteArray appended;
        csv::appendField(appended, value);
        QCOMPARE(appended, cell);
    }

    // The report a feed description reaches: every path into a CSV.
    void csvReportAndRecordsNeutraliseFeedText()
    {
        MitigationRow row;
        row.server = QStringLiteral("EX01");
        row.id = QStringLiteral("M1.1");
        row.type = QStringLiteral("UrlRewrite");
        row.description = QStringLiteral("=cmd|'/C calc'!A0");
        row.status = QStringLiteral("Applied");
        QByteArray out;
        appendMitigationCsv(out, row);
        QVERIFY2(out.startsWith("EX01,M1.1,UrlRewrite,'=cmd|'/C calc'!A0,Applied,"), out.constData());

        const QList<Record> records {{{QStringLiteral("Name"), QStringLiteral("@EX01"), QString()},
            {QStringLiteral("Description"), QStringLiteral("-1+1"), QString()}}};
        QCOMPARE(formatCsv(records), QByteArray("Name,Description\r\n'@EX01,'-1+1\r\n"));
        // JSON keeps the value as it is.
        const QJsonObject o = QJsonDocument::fromJson(formatJson(records)).array().first().toObject();
        QCOMPARE(o.value(QStringLiteral("Name")).toString(), QStringLiteral("@EX01"));
    }

    void displayTextEscapesControls_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("RLO") << QStringLiteral("EX01\u202Egpj.exe") << QStringLiteral("EX01\\u202Egpj.exe");
        QTest::newRow("isolates and marks")
            << QStringLiteral("a\u2066b\u2069c\u200Fd\u061C") << QStringLiteral("a\\u2066b\\u2069c\\u200Fd\\u061C");
        QTest::newRow("CR forging a line")
            << QStringLiteral("ok\rStatus : Applied") << QStringLiteral("ok\\u000DStatus : Applied");
        QTest::newRow("escape sequence") << QStringLiteral("\x1B[2Jx") << QStringLiteral("\\u001B[2Jx");
        QTest::newRow("NUL, DEL, C1") << QString::fromUtf16(u"a\u0000b\u007Fc\u0085", 6)
                                      << QStringLiteral("a\\u0000b\\u007Fc\\u0085");
        QTest::newRow("LF") << QStringLiteral("one\ntwo") << QStringLiteral("one\\u000Atwo");
        QTest::newRow("plain, paths and accents")
            << QStringLiteral("C:\\inetpub\\wwwroot — Ünïcode") << QStringLiteral("C:\\inetpub\\wwwroot — Ünïcode");
    }

    void displayTextEscapesControls()
    {
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QCOMPARE(displayText(value), shown);
    }

    // Format-List: a value cannot forge a line of its own or reverse a name;
    // JSON is unchanged.
    void formatListShowsControlsEscaped()
    {
        const QString name = QStringLiteral("EX01\u202E10XE");
        const QList<Record> records {{{QStringLiteral("Name"), name, QString()},
            {QStringLiteral("Description"), QStringLiteral("Turn off IMAP4\rStatus      : Applied"), QString()},
            {QStringLiteral("Detail"), QStringLiteral("first\nsecond"), QString()}}};
        const QString text = formatList(records);
        QVERIFY2(text.contains(QLatin1String("Name        : EX01\\u202E10XE\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Description : Turn off IMAP4\\u000DStatus      : Applied\n")),
            qPrintable(text));
        QVERIFY(!text.contains(QChar(0x202E)));
        QVERIFY(!text.contains(QLatin1Char('\r')));
        // Multi-line values keep lining up under the first line.
        QVERIFY2(text.contains(QLatin1String("Detail      : first\n              second\n")), qPrintable(text));
        const QJsonObject o = QJsonDocument::fromJson(formatJson(records)).array().first().toObject();
        QCOMPARE(o.value(QStringLiteral("Name")).toString(), name);
    }

    // A device that takes no byte (/dev/full's major and minor, made in the
    // test folder so that nothing outside it can be replaced): written in
    // place, the failure reported with its cause, and the node left a device.
    void outputToAFullDeviceFails()
    {
        const QString node = m_tmp.filePath(QStringLiteral("full"));
        QVERIFY2(::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0,
            "mknod needs root (CAP_MKNOD), as in the CI container");
        auto written = writeOutputFile(node, QStringLiteral("CSV file"), QByteArray(100000, 'x'));
        QVERIFY(!written);
        QVERIFY2(written.error().message.startsWith(QStringLiteral("CSV file '%1': cannot be written (").arg(node)),
            qPrintable(written.error().message));
        QVERIFY2(written.error().message.contains(QLatin1String("No space left on device")),
            qPrintable(written.error().message));
        struct stat st {
        };
        QCOMPARE(::stat(QFile::encodeName(node).constData(), &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
        QCOMPARE(entries(m_tmp.path()), QStringList {QStringLiteral("full")});
        QVERIFY(QFile::remove(node));

        // The real /dev/full: the same, and it stays the device it is.
        written = writeOutputFile(QStringLiteral("/dev/full"), QStringLiteral("output"), QByteArray("x"));
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QLatin1String("No space left on device")),
            qPrintable(written.error().message));
        QCOMPARE(::stat("/dev/full", &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
    }

    // A full file system: the write fails with its cause, the previous report
    // is untouched and no temporary file is left.
    void outputOnAFullDiskKeepsThePreviousFile()
    {
        test::SmallTmpfs disk(m_tmp.filePath(QStringLiteral("disk")), 256);
        QVERIFY2(disk.ok(), qPrintable(disk.error()));
        const QString report = disk.filePath(QStringLiteral("report.csv"));
        const QByteArray previous = "Server,ID\r\nEX01,M1.1\r\n";
        QVERIFY(writeAll(report, previous));
        QVERIFY(disk.fill());

        // A small report (what a write buffer would hold until the commit).
        auto small = writeOutputFile(report, QStringLiteral("CSV file"), QByteArray("Server,ID\r\nEX02,M2.1\r\n"));
        QVERIFY(!small);
        QVERIFY2(small.error().message.contains(QLatin1String("No space left on device")),
            qPrintable(small.error().message));
        QCOMPARE(readAll(report), previous);

        OutputFile file(report, QStringLiteral("CSV file"));
        QVERIFY(file.open());
        Result<void> done;
        for (int i = 0; i < 64 && done; ++i)
            done = file.write(QByteArray(16 * 1024, 'y'));
        if (done)
            done = file.commit();
        QVERIFY(!done);
        QVERIFY2(
            done.error().message.contains(QLatin1String("No space left on device")), qPrintable(done.error().message));
        QVERIFY2(done.error().message.endsWith(QLatin1String("; the previous file is untouched")),
            qPrintable(done.error().message));
        QCOMPARE(readAll(report), previous);
        QCOMPARE(entries(disk.path()), (QStringList {QStringLiteral(".filler"), QStringLiteral("report.csv")}));

        // A new file on the full disk: nothing is left.
        disk.unfill();
        QVERIFY(disk.fill());
        auto written = writeOutputFile(
            disk.filePath(QStringLiteral("new.csv")), QStringLiteral("CSV file"), QByteArray(64 * 1024, 'z'));
        QVERIFY(!written);
        QVERIFY2(written.error().message.endsWith(QLatin1String("; no file was written")),
            qPrintable(written.error().message));
        QVERIFY(!QFileInfo::exists(disk.filePath(QStringLiteral("new.csv"))));
    }

    void outputRefusesFoldersAndNoReaderPipes()
    {
        auto written = writeOutputFile(m_tmp.path(), QStringLiteral("CSV file"), QByteArray("x"));
        QVERIFY(!written);
        QCOMPARE(written.error().message, QStringLiteral("CSV file '%1' is a folder").arg(m_tmp.path()));

        const QString fifo = m_tmp.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        written = writeOutputFile(fifo, QStringLiteral("output"), QByteArray("x")); // returns at once
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QLatin1String("no program reads from this pipe")),
            qPrintable(written.error().message));
        QVERIFY(QFile::remove(fifo));

        written = writeOutputFile(QString(), QStringLiteral("output"), QByteArray("x"));
        QVERIFY(!written);
        QCOMPARE(written.error().message, QStringLiteral("output: no file name given"));
    }
};

QTEST_GUILESS_MAIN(TestOutput)
#include "tst_output.moc"
