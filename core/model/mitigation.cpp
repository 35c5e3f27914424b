#include "mitigation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Mitigation)
};

struct TypeName {
    ActionType type;
    const char *name;
};
constexpr TypeName typeNames[] = {{ActionType::DoNothing, "DoNothing"}, {ActionType::UrlRewrite, "UrlRewrite"},
    {ActionType::DisableService, "DisableService"}, {ActionType::DisableAppPool, "DisableAppPool"}};

struct ScopeName {
    ActionScope scope;
    const char *name;
};
constexpr ScopeName scopeNames[]
    = {{ActionScope::Server, "Server"}, {ActionScope::Site, "Site"}, {ActionScope::VDir, "VDir"}};
} // namespace

QString actionTypeName(ActionType type)
{
    for (const auto &entry : typeNames) {
        if (entry.type == type)
            return QLatin1String(entry.name);
    }
    return {};
}

Result<ActionType> parseActionType(const QString &text)
{
    for (const auto &entry : typeNames) {
        if (text == QLatin1String(entry.name))
            return entry.type;
    }
    return fail(ErrorCode::Format,
        Text::tr("unknown action type '%1': expected DoNothing, UrlRewrite, DisableService or DisableAppPool")
            .arg(text));
}

QString actionScopeName(ActionScope scope)
{
    for (const auto &entry : scopeNames) {
        if (entry.scope == scope)
            return QLatin1String(entry.name);
    }
    return {};
}

Result<ActionScope> parseActionScope(const QString &text)
{
    for (const auto &entry : scopeNames) {
        if (text == QLatin1String(entry.name))
            return entry.scope;
    }
    return fail(ErrorCode::Format, Text::tr("unknown action scope '%1': expected Server, Site or VDir").arg(text));
}

bool runsMitigationService(const Build &build)
{
    switch (build.product()) {
    case Product::Exchange2016:
        return build >= Build(15, 1, 2375, 7); // 2016 CU22
    case Product::Exchange2019:
    case Product::ExchangeSE:
        return build >= Build(15, 2, 986, 5); // 2019 CU11
    case Product::Exchange2013:
    case Product::Unknown:
        break;
    }
    return false;
}

bool Mitigation::appliesTo(const Build &build) const
{
    if (applicability.isEmpty())
        return runsMitigationService(build);
    for (const ProductRange &range : applicability) {
        if (range.product == build.product() && range.min <= build && build <= range.max)
            return true;
    }
    return false;
}

QString Mitigation::applicabilityText() const
{
    if (applicability.isEmpty())
        return Text::tr("every build that runs the EM service");
    QStringList parts;
    for (const ProductRange &range : applicability) {
        parts << Text::tr("%1 %2 to %3")
                     .arg(productDisplayName(range.product), range.min.toString(), range.max.toString());
    }
    return parts.join(QStringLiteral("; "));
}

const Mitigation *Catalog::findMitigation(const QString &id) const
{
    for (const Mitigation &m : mitigations) {
        if (m.id.compare(id, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

const Action *Catalog::findAction(const QString &actionId) const
{
    for (const Mitigation &m : mitigations) {
        for (const Action &a : m.actions) {
            if (a.id.compare(actionId, Qt::CaseInsensitive) == 0)
                return &a;
        }
    }
    return nullptr;
}

QList<Action> Catalog::allActions() const
{
    QList<Action> result;
    for (const Mitigation &m : mitigations)
        result += m.actions;
    return result;
}

bool isValidMitigationId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9]{0,31}(\\.[0-9]{1,4})?$"));
    return pattern.match(id).hasMatch();
}

Result<void> checkMitigationId(const QString &id)
{
    if (isValidMitigationId(id))
        return {};
    return fail(ErrorCode::InvalidArgument,
        Text::tr("invalid mitigation ID '%1': expected a mitigation ID such as M1 or an action ID such as M1.2")
            .arg(id));
}

QString mitigationIdOf(const QString &id)
{
    const qsizetype dot = id.indexOf(QLatin1Char('.'));
    return dot < 0 ? id : id.left(dot);
}

} // namespace em
