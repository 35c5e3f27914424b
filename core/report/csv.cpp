#include "csv.h"

namespace em::csv {

namespace {
// A cell a spreadsheet would take for a formula (OWASP, CSV injection).
bool startsLikeAFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    const char16_t c = value.front().unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}
} // namespace

QByteArray field(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (startsLikeAFormula(value))
        utf8.prepend('\'');
    bool quote = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' '))
        quote = true;
    if (!quote)
        return utf8;
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

void appendField(QByteArray &out, QStringView value)
{
    if (startsLikeAFormula(value)) {
        out += field(value.toString());
        return;
    }
    // Most report fields are ASCII: checked, quoted and copied in one pass.
    bool quote = !value.isEmpty() && (value.front() == QLatin1Char(' ') || value.back() == QLatin1Char(' '));
    qsizetype quotes = 0;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            out += field(value.toString());
            return;
        }
        if (u == ',' || u == '\r' || u == '\n')
            quote = true;
        else if (u == '"') {
            quote = true;
            ++quotes;
        }
    }
    const qsizetype start = out.size();
    out.resize(start + value.size() + quotes + (quote ? 2 : 0));
    char *p = out.data() + start;
    if (quote)
        *p++ = '"';
    for (const QChar c : value) {
        const char ch = char(c.unicode());
        *p++ = ch;
        if (ch == '"')
            *p++ = '"';
    }
    if (quote)
        *p++ = '"';
}

QByteArray line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(fields.at(i));
    }
    out += "\r\n";
    return out;
}

} // namespace em::csv
