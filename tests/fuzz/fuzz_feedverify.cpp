// The whole feed verification on any document: hardened parse, C14N,
// structure and algorithm checks, digest, signature, chain, timestamp and
// catalog, with a fixed lab trust profile and a fixed time so runs repeat.

#include <cstddef>
#include <cstdint>


#include "feed/feedverify.h"
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray document(reinterpret_cast<const char *>(data), qsizetype(size));
    em::VerifyOptions options;
    options.at = QDateTime(QDate(2027, 5, 2), QTime(0, 0), Qt::UTC);
    const em::FeedVerification report = em::verifyFeedReport(document, emfuzz::labProfile(), options);
    emfuzz::check(report.verified == report.failure.isEmpty(), "verified exactly when no failure is reported");
    emfuzz::check(!report.verified || !report.canonical.isEmpty(), "a verified feed keeps its canonical octets");
    return 0;
}
