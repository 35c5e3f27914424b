#include "proxy.h"

namespace em {

std::optional<QUrl> parseProxyUrl(const QString &text)
{
    QString t = text.trimmed();
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("http://"));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != QLatin1String("http"))
        return std::nullopt;
    return url;
}

bool proxyBypassed(const QString &host, const QStringList &bypassList)
{
    for (const QString &raw : bypassList) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("<local>") && !host.contains(QLatin1Char('.')))
            return true;
        if (entry.startsWith(QLatin1String("*.")) ? host.endsWith(entry.mid(1), Qt::CaseInsensitive)
                                                  : host.compare(entry, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace em
