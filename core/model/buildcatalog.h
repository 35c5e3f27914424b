#pragma once

// The catalogue of released Exchange builds (resources/data/exchange-builds.csv,
// compiled in), so a version shows as "Exchange Server 2019 CU12 Nov22SU".

#include <optional>
#include <vector>

#include <QString>

#include "build.h"

namespace em {

struct BuildInfo {
    QString product; // "Exchange Server 2019"
    QString cumulativeUpdate; // "CU12", "RTM"
    QString securityUpdate; // "Nov22SU" or empty
    Build build;

    [[nodiscard]] QString name() const;
};

class BuildCatalog
{
public:
    // The catalogue compiled into the program.
    static const BuildCatalog &builtin();
    static Result<BuildCatalog> fromCsv(const QByteArray &csv);

    [[nodiscard]] std::optional<BuildInfo> exact(const Build &build) const;
    // True when the build is above every catalogued build of its product.
    [[nodiscard]] bool isNewerThanKnown(const Build &build) const;
    // "Exchange Server 2019 CU12 Nov22SU"; for builds not listed, the closest
    // known update below it, or "newer than known" past the catalogue.
    [[nodiscard]] QString friendlyName(const Build &build) const;
    [[nodiscard]] const std::vector<BuildInfo> &entries() const { return m_entries; }

private:
    std::vector<BuildInfo> m_entries; // sorted by build
};

} // namespace em
