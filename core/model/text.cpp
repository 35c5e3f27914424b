#include "text.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "clock.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Text)
};

qint64 unitSeconds(QChar unit)
{
    switch (unit.toLower().unicode()) {
    case 's':
        return 1;
    case 'm':
        return 60;
    case 'h':
        return 3600;
    case 'd':
        return 86400;
    case 'w':
        return 7 * 86400;
    default:
        return 0;
    }
}
} // namespace

Result<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("$true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("$false") || t == QLatin1String("0"))
        return false;
    return fail(ErrorCode::InvalidArgument,
        Text::tr("invalid boolean '%1': expected true, false, $true, $false, 1 or 0").arg(text));
}

QString boolText(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

Result<std::chrono::seconds> parseDuration(const QString &text)
{
    static const QRegularExpression whole(
        QStringLiteral("^(\\d{1,9}[smhdw]?)+$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression part(
        QStringLiteral("(\\d{1,9})([smhdw]?)"), QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    if (!whole.match(t).hasMatch()) {
        return fail(ErrorCode::InvalidArgument,
            Text::tr("invalid duration '%1': expected a number of seconds or a value like 90s, 10m, 1h, 1d").arg(text));
    }
    qint64 total = 0;
    auto it = part.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString unit = m.captured(2);
        total += m.captured(1).toLongLong() * (unit.isEmpty() ? 1 : unitSeconds(unit.at(0)));
    }
    if (total <= 0)
        return fail(ErrorCode::InvalidArgument, Text::tr("invalid duration '%1': must be more than zero").arg(text));
    return std::chrono::seconds(total);
}

QString durationText(std::chrono::seconds duration)
{
    qint64 s = duration.count();
    if (s == 0)
        return QStringLiteral("0s");
    QString out;
    for (auto [unit, size] : {std::pair {'d', 86400LL}, {'h', 3600LL}, {'m', 60LL}, {'s', 1LL}}) {
        if (s >= size) {
            out += QString::number(s / size) + QLatin1Char(unit);
            s %= size;
        }
    }
    return out;
}

Result<QDateTime> parseTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('-'))) {
        auto d = parseDuration(t.mid(1));
        if (!d)
            return fail(ErrorCode::InvalidArgument, Text::tr("invalid time '%1': %2").arg(text, d.error().message));
        return Clock::now().addSecs(-d->count());
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime && !t.endsWith(QLatin1Char('Z')) && !t.contains(QLatin1Char('+')))
            dt.setTimeSpec(Qt::UTC); // times without an offset are UTC, as stored
        return dt.toUTC();
    }
    return fail(ErrorCode::InvalidArgument,
        Text::tr("invalid time '%1': expected ISO 8601 such as 2026-11-20T10:00:00Z, or -1h / -7d").arg(text));
}

QString isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

namespace {
bool needsEscape(char16_t c, bool keepLineFeeds)
{
    if (c == u'\n')
        return !keepLineFeeds;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    switch (c) {
    case 0x061C: // Arabic letter mark
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return true;
    default:
        return (c >= 0x202A && c <= 0x202E) // embeddings and overrides
            || (c >= 0x2066 && c <= 0x2069); // isolates
    }
}
} // namespace

QString displayText(const QString &text, bool keepLineFeeds)
{
    qsizetype i = 0;
    while (i < text.size() && !needsEscape(text.at(i).unicode(), keepLineFeeds))
        ++i;
    if (i == text.size())
        return text;
    QString out = text.left(i);
    out.reserve(text.size() + 16);
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (needsEscape(c, keepLineFeeds))
            out += QStringLiteral("\\u") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
        else
            out += QChar(c);
    }
    return out;
}

} // namespace em
