#include "mimemessage.h"

#include <algorithm>

#include <QLocale>
#include <QRandomGenerator>

namespace em {

namespace {
constexpr int headerLineLimit = 78; // RFC 5322 section 2.1.1: SHOULD
constexpr int qpLineLimit = 76; // RFC 2045 section 6.7 (5)
constexpr int encodedWordLimit = 75; // RFC 2047 section 2
constexpr char encodedWordPrefix[] = "=?UTF-8?B?";
constexpr int encodedWordOverhead = 12; // prefix (10) + "?=" (2)

QByteArray hexByte(uchar c)
{
    return QByteArray(1, '=') + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
}

bool isPrintableAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 32 && c.unicode() < 127; });
}

// Header text is one line: line breaks and tabs become spaces.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 32 || c.unicode() == 127)
            c = QLatin1Char(' ');
    }
    return text;
}

QString randomHex()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
}

// "EM Console" <a@b> with the name quoted, or encoded when it is not ASCII.
QByteArray mailbox(const QString &name, const QString &address, int used)
{
    if (name.isEmpty())
        return address.toLatin1();
    QByteArray display;
    if (isPrintableAscii(name)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        display = '"' + quoted.toLatin1() + '"';
    } else {
        display = encodeHeaderText(oneLine(name), used);
    }
    return display + " <" + address.toLatin1() + '>';
}

// Addresses separated by ", ", folded before one that would pass the limit.
QByteArray addressList(const QStringList &addresses, int used)
{
    QByteArray out;
    int line = used;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QByteArray a = addresses.at(i).toLatin1();
        if (i > 0) {
            out += ',';
            ++line;
            if (line + 1 + a.size() > headerLineLimit) {
                out += "\r\n";
                line = 0;
            }
            out += ' ';
            ++line;
        }
        out += a;
        line += int(a.size());
    }
    return out;
}

QByteArray part(const QByteArray &contentType, const QString &body)
{
    return "Content-Type: " + contentType
        + "; charset=UTF-8\r\n"
          "Content-Transfer-Encoding: quoted-printable\r\n"
          "\r\n"
        + encodeQuotedPrintable(body) + "\r\n";
}
} // namespace

QByteArray encodeQuotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    QByteArray out;
    for (qsizetype li = 0; li < lines.size(); ++li) {
        const QByteArray &line = lines.at(li);
        QByteArray current;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line.at(i));
            const bool lastOfLine = i == line.size() - 1;
            const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !lastOfLine);
            // At the start of an output line, '.' and "From " are encoded.
            const auto startsBadly = [&] { return c == '.' || (c == 'F' && line.mid(i, 5) == "From "); };
            QByteArray token = literal && !(current.isEmpty() && startsBadly()) ? QByteArray(1, char(c)) : hexByte(c);
            if (current.size() + token.size() > qpLineLimit - 1) {
                out += current + "=\r\n";
                current.clear();
                if (literal && startsBadly())
                    token = hexByte(c);
            }
            current += token;
        }
        out += current;
        if (li < lines.size() - 1)
            out += "\r\n";
    }
    return out;
}

QByteArray encodeHeaderText(const QString &text, int used)
{
    if (isPrintableAscii(text) && !text.contains(QLatin1String("=?")) && used + text.size() <= headerLineLimit)
        return text.toLatin1();
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    int line = used;
    qsizetype i = 0;
    while (i < utf8.size()) {
        if (!out.isEmpty()) {
            out += "\r\n ";
            line = 1;
        }
        const int room = std::max(4, std::min(encodedWordLimit, headerLineLimit - line) - encodedWordOverhead);
        qsizetype take = std::min<qsizetype>((room / 4) * 3, utf8.size() - i);
        // Never split a UTF-8 sequence: back up to the start of a character.
        while (take > 0 && i + take < utf8.size() && (uchar(utf8.at(i + take)) & 0xC0) == 0x80)
            --take;
        if (take == 0)
            take = 1; // unreachable for valid UTF-8 (a character is at most 4 bytes)
        const QByteArray word = QByteArray(encodedWordPrefix) + utf8.mid(i, take).toBase64() + "?=";
        out += word;
        line += int(word.size());
        i += take;
    }
    return out;
}

QByteArray rfc5322Date(const QDateTime &time)
{
    const QDateTime utc = (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC();
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}

QString newMessageId(const QString &domain)
{
    return QStringLiteral("<%1.%2@%3>")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")), randomHex(), domain);
}

QByteArray buildMimeMessage(const MailMessage &message)
{
    const QString domain = message.fromAddress.section(QLatin1Char('@'), -1);
    const QString messageId = message.messageId.isEmpty() ? newMessageId(domain) : message.messageId;
    QByteArray out;
    out += "Date: " + rfc5322Date(message.date) + "\r\n";
    out += "From: " + mailbox(message.fromName, message.fromAddress, 6) + "\r\n";
    out += "To: " + addressList(message.to, 4) + "\r\n";
    out += "Subject: " + encodeHeaderText(oneLine(message.subject), 9) + "\r\n";
    out += "Message-ID: " + messageId.toLatin1() + "\r\n";
    // An automatic message (RFC 3834): no out-of-office or other auto-replies.
    out += "Auto-Submitted: auto-generated\r\n";
    out += "X-Auto-Response-Suppress: All\r\n";
    out += "MIME-Version: 1.0\r\n";
    if (message.html.isEmpty()) {
        out += part("text/plain", message.text);
        return out;
    }
    // "=_" cannot occur in quoted-printable text, so the boundary never does.
    const QByteArray boundary = "=_emconsole_" + randomHex().toLatin1() + randomHex().toLatin1();
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    out += "This is a message in MIME format: a plain-text and an HTML version.\r\n";
    out += "--" + boundary + "\r\n";
    out += part("text/plain", message.text);
    out += "--" + boundary + "\r\n";
    out += part("text/html", message.html);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace em
