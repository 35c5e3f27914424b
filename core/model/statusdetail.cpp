#include "statusdetail.h"

#include <QCoreApplication>

namespace em {

namespace {
struct CodeInfo {
    StatusDetail::Code code;
    const char *name; // as stored
    const char *source; // English, with %1.. for the arguments
};

// The texts are those the planner and the cycle wrote before details were
// coded, word for word, so reports read the same (the in-place ones came with
// MitigationsApplied listing what is in place).
constexpr CodeInfo codes[] = {
    {StatusDetail::Code::Due, "due", QT_TRANSLATE_NOOP("StatusDetail", "due at the next cycle")},
    {StatusDetail::Code::EdgeTransport, "edge", QT_TRANSLATE_NOOP("StatusDetail", "not applicable (Edge Transport)")},
    {StatusDetail::Code::OutsideRange, "outside-range", QT_TRANSLATE_NOOP("StatusDetail", "build %1 is outside %2")},
    {StatusDetail::Code::ObsoleteInPlace, "obsolete-in-place",
        QT_TRANSLATE_NOOP("StatusDetail", "build %1 is outside %2; still in place: roll back to remove")},
    {StatusDetail::Code::RetiredInPlace, "retired-in-place",
        QT_TRANSLATE_NOOP("StatusDetail", "no longer in the feed; still in place: roll back to remove")},
    {StatusDetail::Code::Blocked, "blocked", QT_TRANSLATE_NOOP("StatusDetail", "blocked by an administrator")},
    {StatusDetail::Code::DisabledForOrg, "disabled-org",
        QT_TRANSLATE_NOOP("StatusDetail", "mitigations are disabled for the organization")},
    {StatusDetail::Code::DisabledOnServer, "disabled-server",
        QT_TRANSLATE_NOOP("StatusDetail", "mitigations are disabled on this server")},
    {StatusDetail::Code::InPlaceBlocked, "in-place-blocked",
        QT_TRANSLATE_NOOP("StatusDetail",
            "still in place; blocked by an administrator, which stops further changes: roll back to remove")},
    {StatusDetail::Code::InPlaceDisabledForOrg, "in-place-disabled-org",
        QT_TRANSLATE_NOOP("StatusDetail",
            "still in place; mitigations are disabled for the organization, which stops further changes: roll back "
            "to remove")},
    {StatusDetail::Code::InPlaceDisabledOnServer, "in-place-disabled-server",
        QT_TRANSLATE_NOOP("StatusDetail",
            "still in place; mitigations are disabled on this server, which stops further changes: roll back to "
            "remove")},
    {StatusDetail::Code::PutBack, "put-back",
        QT_TRANSLATE_NOOP("StatusDetail", "was removed outside EM Console; put back: %1")},
    {StatusDetail::Code::NotInEffect, "not-in-effect",
        QT_TRANSLATE_NOOP("StatusDetail", "applied, but the server does not show it in effect (%1)")},
    {StatusDetail::Code::WouldApply, "would-apply", QT_TRANSLATE_NOOP("StatusDetail", "would apply %1")},
    {StatusDetail::Code::WouldReplace, "would-replace", QT_TRANSLATE_NOOP("StatusDetail", "would replace %1: %2")},
    {StatusDetail::Code::RolledBack, "rolled-back", QT_TRANSLATE_NOOP("StatusDetail", "rolled back by %1")},
    {StatusDetail::Code::RolledBackAndBlocked, "rolled-back-blocked",
        QT_TRANSLATE_NOOP("StatusDetail", "rolled back by %1 and blocked so the next cycle does not apply it again")},
};

const CodeInfo *infoOf(StatusDetail::Code code)
{
    for (const CodeInfo &info : codes) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

// Replaces %1..%9 in one pass, so an argument that contains "%2" stays as it is.
QString substitute(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1) >= QLatin1Char('1')
            && pattern.at(i + 1) <= QLatin1Char('9')) {
            const qsizetype n = pattern.at(i + 1).unicode() - '1';
            out += args.value(n);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

// Free text is shown as written; an unknown code shows its arguments.
QString plain(const QStringList &args)
{
    return args.join(QLatin1Char(' '));
}
} // namespace

StatusDetail StatusDetail::text(const QString &text)
{
    if (text.isEmpty())
        return {};
    return {Code::Text, {text}};
}

QString StatusDetail::render() const
{
    if (const CodeInfo *info = infoOf(code))
        return substitute(QCoreApplication::translate("StatusDetail", info->source), args);
    return plain(args);
}

QString StatusDetail::sourceText() const
{
    if (const CodeInfo *info = infoOf(code))
        return substitute(QString::fromUtf8(info->source), args);
    return plain(args);
}

bool StatusDetail::sameAs(const StatusDetail &other) const
{
    if (*this == other)
        return true;
    // Also when an argument stored empty reads back as none.
    const bool comparable = code == other.code || code == Code::Text || other.code == Code::Text;
    return comparable && sourceText() == other.sourceText();
}

QString StatusDetail::codeName() const
{
    if (code == Code::None)
        return {};
    if (code == Code::Text)
        return QStringLiteral("text");
    const CodeInfo *info = infoOf(code);
    return info ? QString::fromLatin1(info->name) : QString();
}

StatusDetail::Code StatusDetail::codeFromName(const QString &name)
{
    if (name.isEmpty())
        return Code::None;
    for (const CodeInfo &info : codes) {
        if (name == QLatin1String(info.name))
            return info.code;
    }
    return Code::Text;
}

} // namespace em
