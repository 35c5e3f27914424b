// The EOCS catalog parser on canonical octets, and the property that the
// two-thread parse never disagrees with the sequential one.

#include <cstddef>
#include <cstdint>

#include "feed/eocsparser.h"
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray canonical(reinterpret_cast<const char *>(data), qsizetype(size));
    em::CatalogLimits sequential;
    sequential.parallelFromBytes = std::numeric_limits<qsizetype>::max();
    const auto parsed = em::parseCatalog(canonical, sequential);

    em::CatalogLimits halves = sequential;
    halves.parallelFromBytes = 0;
    if (const auto split = em::eocs_detail::parseInHalves(canonical, halves)) {
        emfuzz::check(parsed.has_value(), "the halves accept only what the sequential parse accepts");
        emfuzz::check(split->catalog.mitigations.size() == parsed->catalog.mitigations.size(),
            "the halves find the same mitigations");
        emfuzz::check(split->issued == parsed->issued, "the halves read the same issued time");
    }
    return 0;
}
