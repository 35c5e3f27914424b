#pragma once

// A server's InternetWebProxy as the fetcher, the connectivity test and the
// directory read it: an HTTP proxy URL, and the hosts that bypass it.

#include <optional>

#include <QStringList>
#include <QUrl>

namespace em {

// "http://proxy.contoso.com:8080" (or "proxy.contoso.com:8080"): the proxy URL;
// nullopt for anything else (other schemes, no host).
std::optional<QUrl> parseProxyUrl(const QString &text);

// Whether `host` is in the bypass list: exact names, "*.contoso.com" suffixes,
// and "<local>" for names without a dot.
bool proxyBypassed(const QString &host, const QStringList &bypassList);

} // namespace em
