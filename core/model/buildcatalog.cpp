#include "buildcatalog.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(BuildCatalog)
};
} // namespace

QString BuildInfo::name() const
{
    QString text = product + QLatin1Char(' ') + cumulativeUpdate;
    if (!securityUpdate.isEmpty())
        text += QLatin1Char(' ') + securityUpdate;
    return text;
}

const BuildCatalog &BuildCatalog::builtin()
{
    static const BuildCatalog catalog = [] {
        QFile file(QStringLiteral(":/em/data/exchange-builds.csv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("build catalogue resource missing");
        auto parsed = fromCsv(file.readAll());
        if (!parsed)
            qFatal("build catalogue resource invalid: %s", qPrintable(parsed.error().message));
        return *parsed;
    }();
    return catalog;
}

Result<BuildCatalog> BuildCatalog::fromCsv(const QByteArray &csv)
{
    BuildCatalog catalog;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() != 4)
            return fail(ErrorCode::Format, QStringLiteral("build catalogue line %1: expected 4 fields").arg(i + 1));
        auto build = Build::parse(fields.at(3));
        if (!build)
            return fail(build.error().wrapped(QStringLiteral("build catalogue line %1").arg(i + 1)));
        catalog.m_entries.push_back({fields.at(0), fields.at(1), fields.at(2), *build});
    }
    std::sort(catalog.m_entries.begin(), catalog.m_entries.end(),
        [](const BuildInfo &a, const BuildInfo &b) { return a.build < b.build; });
    return catalog;
}

std::optional<BuildInfo> BuildCatalog::exact(const Build &build) const
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), build,
        [](const BuildInfo &info, const Build &b) { return info.build < b; });
    if (it != m_entries.end() && it->build == build)
        return *it;
    return std::nullopt;
}

bool BuildCatalog::isNewerThanKnown(const Build &build) const
{
    const Product product = build.product();
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->build.product() == product)
            return build > it->build;
    }
    return false;
}

QString BuildCatalog::friendlyName(const Build &build) const
{
    if (auto info = exact(build))
        return info->name();
    const Product product = build.product();
    if (product == Product::Unknown)
        return Text::tr("Unknown product");
    if (isNewerThanKnown(build))
        return productDisplayName(product) + Text::tr(" (newer than known)");
    // The closest catalogued build below this one, same product and CU line.
    const BuildInfo *below = nullptr;
    for (const BuildInfo &info : m_entries) {
        if (info.build.product() == product && info.build < build)
            below = &info;
    }
    if (below && below->build.buildNumber() == build.buildNumber())
        return productDisplayName(product) + QLatin1Char(' ') + below->cumulativeUpdate
            + Text::tr(" (unlisted update)");
    return productDisplayName(product) + Text::tr(" (unlisted build)");
}

} // namespace em
