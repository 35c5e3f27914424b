#pragma once

// An Exchange build number (15.2.1118.20), parsed from the forms admins paste
// and compared numerically.

#include <compare>

#include <QMetaType>
#include <QString>

#include "error.h"

namespace em {

enum class Product { Unknown, Exchange2013, Exchange2016, Exchange2019, ExchangeSE };

class Build
{
public:
    Build() = default;
    Build(int major, int minor, int build, int revision);

    // Accepts "15.2.1118.20", "15.02.1118.020" (ExSetup file version) and
    // "Version 15.2 (Build 1118.20)" (AdminDisplayVersion).
    static Result<Build> parse(const QString &text);

    [[nodiscard]] bool isNull() const { return m_major == 0 && m_minor == 0 && m_build == 0 && m_revision == 0; }
    [[nodiscard]] int majorVersion() const { return m_major; }
    [[nodiscard]] int minorVersion() const { return m_minor; }
    [[nodiscard]] int buildNumber() const { return m_build; }
    [[nodiscard]] int revision() const { return m_revision; }

    [[nodiscard]] QString toString() const; // canonical "15.2.1118.20"
    [[nodiscard]] Product product() const;
    // A single comparable number, for sort roles and SQL.
    [[nodiscard]] qint64 sortKey() const;

    friend auto operator<=>(const Build &, const Build &) = default;
    friend bool operator==(const Build &, const Build &) = default;

private:
    int m_major = 0;
    int m_minor = 0;
    int m_build = 0;
    int m_revision = 0;
};

// "Exchange2019" style names as used in feed Applicability, and display names.
QString productKey(Product product);
QString productDisplayName(Product product);
Product productFromKey(const QString &key);

} // namespace em

Q_DECLARE_METATYPE(em::Build)
