#pragma once

// Fixtures of the exchange tests: the CliXml files under tests/fixtures/exchange-clixml.

#include <QFile>
#include <QString>

namespace exchangetest {

inline QString fixturePath(const QString &name)
{
    return qEnvironmentVariable("EM_SOURCE_DIR") + QStringLiteral("/tests/fixtures/exchange-clixml/") + name;
}

// The file's bytes; empty (and the test then fails on it) when it cannot be read.
inline QByteArray fixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The same document as Windows PowerShell's Export-Clixml writes it by default:
// UTF-16 little-endian with a BOM (or big-endian, for the reader's sake).
inline QByteArray toUtf16(const QByteArray &utf8, bool bigEndian = false, bool bom = true)
{
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QByteArray out;
    if (bom)
        out += bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char hi = char(u >> 8), lo = char(u & 0xFF);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

// A CliXml document around `body`, as Export-Clixml writes it.
inline QByteArray objs(const QByteArray &body)
{
    return "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">" + body + "</Objs>";
}

} // namespace exchangetest
