// The EOCS catalog parser on canonical octets, and the property that the
// two-thread parses (in halves, and streamed as C14N produces the octets)
// never disagree with the sequential one.

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

    // Streamed in small pieces, cut at the middle and where the threads end together.
    for (const auto cut : {em::CatalogStreamOptions::Cut::Share, em::CatalogStreamOptions::Cut::Balanced}) {
        em::CatalogStreamOptions options;
        options.expectedBytes = canonical.size();
        options.cut = cut;
        options.blockBytes = 7;
        const auto streamed = em::eocs_detail::parseStreamed(canonical, halves, options, 5);
        emfuzz::check(streamed.has_value() == parsed.has_value(), "streamed, the same octets parse or not");
        if (parsed) {
            emfuzz::check(streamed->catalog.mitigations == parsed->catalog.mitigations
                    && streamed->catalog.version == parsed->catalog.version && streamed->issued == parsed->issued,
                "streamed, the same catalog");
        } else {
            emfuzz::check(streamed.error().message == parsed.error().message, "streamed, the same refusal");
        }
    }
    return 0;
}
