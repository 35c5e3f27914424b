// The MIME builder: quoted-printable (RFC 2045), RFC 2047 encoded words,
// RFC 5322 dates and headers. Decoding here is independent of the encoder
// (Python's email package decodes the same messages in tst_smtp).

#include <QRegularExpression>
#include <QtTest>

#include "report/notify/mimemessage.h"

using namespace em;

namespace {
// RFC 2045 section 6.7 decoding, written from the RFC, for the round trips.
QByteArray decodeQuotedPrintable(const QByteArray &qp)
{
    QByteArray out;
    const QList<QByteArray> lines = qp.split('\n');
    for (qsizetype li = 0; li < lines.size(); ++li) {
        QByteArray line = lines.at(li);
        if (line.endsWith('\r'))
            line.chop(1);
        bool soft = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.at(i) == '=') {
                if (i == line.size() - 1) {
                    soft = true;
                    break;
                }
                out += char(line.mid(i + 1, 2).toInt(nullptr, 16));
                i += 2;
            } else {
                out += line.at(i);
            }
        }
        if (!soft && li < lines.size() - 1)
            out += '\n';
    }
    return out;
}

QString decodeEncodedWords(const QByteArray &header)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QByteArray bytes;
    auto it = word.globalMatch(QString::fromLatin1(header));
    while (it.hasNext())
        bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}
} // namespace

class TestMime : public QObject
{
    Q_OBJECT

private slots:
    void quotedPrintable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ascii") << "Hello" << QByteArray("Hello");
        QTest::newRow("utf8") << QStringLiteral("été") << QByteArray("=C3=A9t=C3=A9");
        QTest::newRow("equals") << "a=b" << QByteArray("a=3Db");
        QTest::newRow("lines") << "a\nb\r\nc" << QByteArray("a\r\nb\r\nc");
        QTest::newRow("trailing space") << "a \nb\t" << QByteArray("a=20\r\nb=09");
        QTest::newRow("dot line") << "x\n.\n..y" << QByteArray("x\r\n=2E\r\n=2E.y");
        QTest::newRow("from line") << "From here\nFromage" << QByteArray("=46rom here\r\nFromage");
        QTest::newRow("controls") << QStringLiteral("a\x01\x7f") << QByteArray("a=01=7F");
    }

    void quotedPrintable()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(encodeQuotedPrintable(text), expected);
    }

    void quotedPrintableLongLines()
    {
        QString text;
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("é abc. ");
        text += QLatin1Char('\n') + QString(300, QLatin1Char('x')) + QLatin1Char('\n');
        text += QString(75, QLatin1Char('y')) + QStringLiteral(".From z\n");
        const QByteArray qp = encodeQuotedPrintable(text);
        for (const QByteArray &line : qp.split('\n')) {
            QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR
            QVERIFY2(!line.startsWith('.'), line.constData());
            QVERIFY2(!line.startsWith("From "), line.constData());
            QVERIFY2(!line.endsWith(" \r") && !line.endsWith("\t\r"), line.constData());
            for (char c : line)
                QVERIFY(uchar(c) < 128);
        }
        QByteArray normalized = text.toUtf8();
        QCOMPARE(decodeQuotedPrintable(qp), normalized);
    }

    void headerText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("french") << QStringLiteral("EM Console : 2 en échec, 1 appliquée");
        QTest::newRow("long") << QStringLiteral("Résumé ").repeated(30);
        QTest::newRow("four byte") << QStringLiteral("🛡️ mitigation ").repeated(12);
        QTest::newRow("looks encoded") << QStringLiteral("=?UTF-8?B?eA==?= literal");
        QTest::newRow("long ascii") << QStringLiteral("word ").repeated(30);
    }

    void headerText()
    {
        QFETCH(QString, text);
        const QByteArray header = encodeHeaderText(text, 9);
        const QList<QByteArray> lines = header.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (line.endsWith('\r'))
                line.chop(1);
            QVERIFY2((i == 0 ? 9 : 0) + line.size() <= 78, line.constData());
            if (i > 0)
                QVERIFY(line.startsWith(' '));
            for (const QByteArray &w : line.trimmed().split(' ')) {
                QVERIFY2(w.size() <= 75, w.constData());
                QVERIFY2(w.startsWith("=?UTF-8?B?") && w.endsWith("?="), w.constData());
                // Each word decodes alone to whole characters (RFC 2047 section 5 (3)).
                const QByteArray bytes = QByteArray::fromBase64(w.mid(10, w.size() - 12));
                QVERIFY2(QString::fromUtf8(bytes).toUtf8() == bytes, w.constData());
            }
        }
        QCOMPARE(decodeEncodedWords(header), text);
    }

    void plainHeaderStaysPlain()
    {
        QCOMPARE(encodeHeaderText(QStringLiteral("EM Console: 1 failed"), 9), QByteArray("EM Console: 1 failed"));
    }

    void date()
    {
        // Whatever the default locale: English names, +0000.
        QLocale::setDefault(QLocale(QLocale::French));
        const QDateTime t(QDate(2026, 11, 26), QTime(9, 5, 7), Qt::UTC);
        QCOMPARE(rfc5322Date(t), QByteArray("Thu, 26 Nov 2026 09:05:07 +0000"));
        QCOMPARE(rfc5322Date(t.toOffsetFromUtc(3600)), QByteArray("Thu, 26 Nov 2026 09:05:07 +0000"));
        QLocale::setDefault(QLocale::c());
    }

    void message()
    {
        MailMessage m;
        m.fromAddress = QStringLiteral("em@contoso.com");
        m.fromName = QStringLiteral("EM Console");
        m.to = {QStringLiteral("secops@contoso.com"), QStringLiteral("exadmins@contoso.com")};
        m.subject = QStringLiteral("EM Console : 1 en échec\r\nBcc: evil@example.com");
        m.text = QStringLiteral("Échec\n");
        m.html = QStringLiteral("<p>Échec</p>\n");
        m.date = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
        const QByteArray mime = buildMimeMessage(m);
        const qsizetype headerEnd = mime.indexOf("\r\n\r\n");
        QVERIFY(headerEnd > 0);
        const QByteArray headers = mime.left(headerEnd);
        QVERIFY(headers.startsWith("Date: Thu, 26 Nov 2026 10:00:00 +0000\r\n"));
        QVERIFY(headers.contains("\r\nFrom: \"EM Console\" <em@contoso.com>\r\n"));
        QVERIFY(headers.contains("\r\nTo: secops@contoso.com, exadmins@contoso.com\r\n"));
        QVERIFY(headers.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(headers.contains("\r\nAuto-Submitted: auto-generated\r\n"));
        static const QRegularExpression messageId(
            QStringLiteral("\r\nMessage-ID: <\\d{14}\\.[0-9a-f]{16}@contoso\\.com>\r\n"));
        QVERIFY2(messageId.match(QString::fromLatin1(headers)).hasMatch(), headers.constData());
        // The line break in the subject cannot start a header of its own.
        QVERIFY(!headers.contains("\nBcc:"));
        const qsizetype subjectAt = headers.indexOf("Subject: ");
        const QByteArray subject = headers.mid(subjectAt + 9, headers.indexOf("\r\nMessage-ID") - subjectAt - 9);
        QCOMPARE(decodeEncodedWords(subject), QStringLiteral("EM Console : 1 en échec  Bcc: evil@example.com"));
        // Every line is 7-bit and within 998 characters; the boundary is declared and closed.
        for (const QByteArray &line : mime.split('\n')) {
            QVERIFY(line.size() <= 998);
            for (char c : line)
                QVERIFY(uchar(c) < 128);
        }
        static const QRegularExpression boundaryRe(QStringLiteral("boundary=\"([^\"]+)\""));
        const QByteArray boundary = boundaryRe.match(QString::fromLatin1(headers)).captured(1).toLatin1();
        QVERIFY(boundary.startsWith("=_emconsole_"));
        QCOMPARE(mime.count("\r\n--" + boundary + "\r\n"), 2);
        QVERIFY(mime.endsWith("\r\n--" + boundary + "--\r\n"));
        QVERIFY(mime.contains("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: "
                              "quoted-printable\r\n\r\n=C3=89chec\r\n"));
        QVERIFY(mime.contains("Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: "
                              "quoted-printable\r\n\r\n<p>=C3=89chec</p>\r\n"));
    }

    void nonAsciiSenderName()
    {
        MailMessage m;
        m.fromAddress = QStringLiteral("em@contoso.com");
        m.fromName = QStringLiteral("Sécurité \"EM\"");
        m.to = {QStringLiteral("a@contoso.com")};
        m.text = QStringLiteral("x");
        const QByteArray mime = buildMimeMessage(m);
        const qsizetype at = mime.indexOf("From: ");
        const QByteArray from = mime.mid(at, mime.indexOf("\r\nTo:") - at);
        QVERIFY2(from.endsWith(" <em@contoso.com>"), from.constData());
        QCOMPARE(decodeEncodedWords(from), QStringLiteral("Sécurité \"EM\""));
        // A single part without HTML.
        QVERIFY(!mime.contains("multipart"));
        QVERIFY(mime.contains("Content-Type: text/plain; charset=UTF-8"));
    }

    void manyRecipientsFold()
    {
        MailMessage m;
        m.fromAddress = QStringLiteral("em@contoso.com");
        for (int i = 0; i < 12; ++i)
            m.to << QStringLiteral("exchange-admin-%1@contoso.com").arg(i);
        m.text = QStringLiteral("x");
        const QByteArray mime = buildMimeMessage(m);
        const qsizetype at = mime.indexOf("\r\nTo: ") + 2;
        const QByteArray to = mime.mid(at, mime.indexOf("\r\nSubject:") - at);
        for (const QByteArray &line : to.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData());
        QByteArray unfolded = to;
        unfolded.replace("\r\n", "");
        QCOMPARE(unfolded.count('@'), 12);
        QVERIFY(unfolded.contains("exchange-admin-0@contoso.com, exchange-admin-1@contoso.com"));
    }
};

QTEST_GUILESS_MAIN(TestMime)
#include "tst_mime.moc"
