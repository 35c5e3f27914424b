// The EOCS catalog parser on canonical octets, and the properties that the
// reader of the canonical form never disagrees with QXmlStreamReader's parse,
// and that the two-thread parses (in halves, and streamed as C14N produces the
// octets) never disagree with the sequential one.

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

    // The reader of the canonical form accepts only what QXmlStreamReader
    // accepts, and gives the same catalog; parseCatalog is QXmlStreamReader's
    // parse, message for message.
    const auto reference = em::eocs_detail::parseWithStreamReader(canonical, sequential);
    if (const auto fast = em::eocs_detail::parseCanonicalForm(canonical, sequential)) {
        emfuzz::check(reference.has_value(), "the canonical form's reader accepts only what QXmlStreamReader accepts");
        emfuzz::check(fast->catalog.mitigations == reference->catalog.mitigations
                && fast->catalog.version == reference->catalog.version && fast->issued == reference->issued,
            "the canonical form's reader gives QXmlStreamReader's catalog");
    }
    emfuzz::check(parsed.has_value() == reference.has_value(), "parseCatalog accepts what QXmlStreamReader accepts");
    if (parsed) {
        emfuzz::check(parsed->catalog.mitigations == reference->catalog.mitigations
                && parsed->catalog.version == reference->catalog.version && parsed->issued == reference->issued,
            "parseCatalog gives QXmlStreamReader's catalog");
    } else {
        emfuzz::check(parsed.error().message == reference.error().message, "parseCatalog refuses as QXmlStreamReader");
    }

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
