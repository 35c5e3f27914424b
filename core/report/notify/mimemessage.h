#pragma once

// A small MIME builder for the digest mail: RFC 5322 headers (Date,
// Message-ID, From, To, Subject), UTF-8 header text as RFC 2047 encoded words,
// a multipart/alternative body with a text/plain and a text/html part, both
// quoted-printable (RFC 2045), CRLF line endings throughout.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace em {

struct MailMessage {
    QString fromAddress; // checked with checkMailAddress
    QString fromName; // display name ("EM Console"); may be non-ASCII
    QStringList to; // checked addresses
    QString subject;
    QString text; // the plain-text part
    QString html; // the HTML part; empty: a single text/plain body
    QDateTime date; // invalid: now
    QString messageId; // "<...@...>"; empty: a new one in the sender's domain
};

// The whole message, ready for SMTP DATA (curl does the dot-stuffing).
QByteArray buildMimeMessage(const MailMessage &message);

// RFC 2045 quoted-printable of UTF-8 text: lines end with CRLF, none longer
// than 76 characters, trailing blanks encoded, and a '.' or "From " starting
// a line encoded so no relay can take it for an end of data or an mbox line.
QByteArray encodeQuotedPrintable(const QString &text);

// A header's text after "Name: " (`used` characters): as is when it is
// printable ASCII and fits; else RFC 2047 "=?UTF-8?B?...?=" words of at most
// 75 characters, never splitting a character, folded with CRLF SP.
QByteArray encodeHeaderText(const QString &text, int used);

// "Thu, 26 Nov 2026 10:00:00 +0000" (RFC 5322 section 3.3, English names).
QByteArray rfc5322Date(const QDateTime &time);

// "<20261126100000.1f2e3d4c5b6a7988@contoso.com>"
QString newMessageId(const QString &domain);

} // namespace em
