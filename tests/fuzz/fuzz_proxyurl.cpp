// InternetWebProxy values and bypass lists: the first line is the proxy, the
// rest the bypass entries matched against a host name taken from the input.

#include <cstddef>
#include <cstdint>

#include <QStringList>

#include "fuzzcommon.h"
#include "model/proxy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList lines = text.split(QLatin1Char('\n'));
    const QString proxyText = lines.takeFirst();
    if (const auto proxy = em::parseProxyUrl(proxyText)) {
        emfuzz::check(!proxy->host().isEmpty(), "an accepted proxy has a host");
        emfuzz::check(proxy->isValid(), "an accepted proxy is a valid URL");
    }
    const QString host = lines.isEmpty() ? QStringLiteral("officeclient.microsoft.com") : lines.takeFirst();
    em::proxyBypassed(host, lines);
    return 0;
}
