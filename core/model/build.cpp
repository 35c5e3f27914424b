#include "build.h"

#include <cstdio>

#include <QCoreApplication>
#include <QRegularExpression>

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Build)
};
} // namespace

Build::Build(int major, int minor, int build, int revision)
    : m_major(major), m_minor(minor), m_build(build), m_revision(revision)
{ }

Result<Build> Build::parse(const QString &text)
{
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,6})\\.(\\d{1,6})$"));
    static const QRegularExpression display(
        QStringLiteral("^Version\\s+(\\d{1,3})\\.(\\d{1,3})\\s+\\(Build\\s+(\\d{1,6})\\.(\\d{1,6})\\)$"),
        QRegularExpression::CaseInsensitiveOption);

    const QString trimmed = text.trimmed();
    auto match = dotted.match(trimmed);
    if (!match.hasMatch())
        match = display.match(trimmed);
    if (!match.hasMatch()) {
        return fail(ErrorCode::InvalidArgument,
            Text::tr("invalid build '%1': expected 15.x.build.revision such as 15.2.1118.20, "
                     "or 'Version 15.2 (Build 1118.20)'")
                .arg(text));
    }
    Build b(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
    if (b.m_major != 15) {
        return fail(ErrorCode::InvalidArgument,
            Text::tr("invalid build '%1': major version %2 is not Exchange 2013 or later (15)")
                .arg(text)
                .arg(b.m_major));
    }
    return b;
}

QString Build::toString() const
{
    // The same text as "%1.%2.%3.%4".arg(...), without four passes of
    // QString::arg: the console's filter formats every server's build per key.
    char text[64];
    const int n = std::snprintf(text, sizeof text, "%d.%d.%d.%d", m_major, m_minor, m_build, m_revision);
    return QString::fromLatin1(text, n);
}

Product Build::product() const
{
    if (m_major != 15)
        return Product::Unknown;
    switch (m_minor) {
    case 0:
        return Product::Exchange2013;
    case 1:
        return Product::Exchange2016;
    case 2:
        return m_build >= 2562 ? Product::ExchangeSE : Product::Exchange2019;
    default:
        return Product::Unknown;
    }
}

qint64 Build::sortKey() const
{
    return (qint64(m_major) << 48) | (qint64(m_minor) << 40) | (qint64(m_build) << 20) | qint64(m_revision);
}

QString productKey(Product product)
{
    switch (product) {
    case Product::Exchange2013:
        return QStringLiteral("Exchange2013");
    case Product::Exchange2016:
        return QStringLiteral("Exchange2016");
    case Product::Exchange2019:
        return QStringLiteral("Exchange2019");
    case Product::ExchangeSE:
        return QStringLiteral("ExchangeSE");
    case Product::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

QString productDisplayName(Product product)
{
    switch (product) {
    case Product::Exchange2013:
        return QStringLiteral("Exchange Server 2013");
    case Product::Exchange2016:
        return QStringLiteral("Exchange Server 2016");
    case Product::Exchange2019:
        return QStringLiteral("Exchange Server 2019");
    case Product::ExchangeSE:
        return QStringLiteral("Exchange Server SE");
    case Product::Unknown:
        break;
    }
    return Text::tr("Unknown product");
}

Product productFromKey(const QString &key)
{
    for (Product p : {Product::Exchange2013, Product::Exchange2016, Product::Exchange2019, Product::ExchangeSE}) {
        if (key.compare(productKey(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return Product::Unknown;
}

} // namespace em
