// The whole feed verification on any document: hardened parse, C14N,
// structure and algorithm checks, digest, signature, chain, timestamp and
// catalog, with a fixed lab trust profile and a fixed time so runs repeat;
// on two threads (the default) and on one, which must report the same.

#include <cstddef>
#include <cstdint>

#include "feed/feedverify.h"
#include "fuzzcommon.h"

namespace {
bool sameReport(const em::FeedVerification &a, const em::FeedVerification &b)
{
    if (a.checks.size() != b.checks.size())
        return false;
    for (qsizetype i = 0; i < a.checks.size(); ++i) {
        if (a.checks[i].key != b.checks[i].key || a.checks[i].outcome != b.checks[i].outcome
            || a.checks[i].detail != b.checks[i].detail)
            return false;
    }
    return a.verified == b.verified && a.failure == b.failure && a.warnings == b.warnings
        && a.catalog.version == b.catalog.version && a.catalog.mitigations == b.catalog.mitigations
        && a.canonical == b.canonical && a.sha256 == b.sha256 && a.signerSubject == b.signerSubject
        && a.signerIssuer == b.signerIssuer && a.signingTime == b.signingTime && a.timestamped == b.timestamped
        && a.tsaSubject == b.tsaSubject && a.validatedAt == b.validatedAt;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray document(reinterpret_cast<const char *>(data), qsizetype(size));
    em::VerifyOptions options;
    options.at = QDateTime(QDate(2027, 5, 2), QTime(0, 0), Qt::UTC);
    const em::FeedVerification report = em::verifyFeedReport(document, emfuzz::labProfile(), options);
    emfuzz::check(report.verified == report.failure.isEmpty(), "verified exactly when no failure is reported");
    emfuzz::check(!report.verified || !report.canonical.isEmpty(), "a verified feed keeps its canonical octets");
    options.threads = em::VerifyOptions::Threads::Sequential;
    emfuzz::check(sameReport(report, em::verifyFeedReport(document, emfuzz::labProfile(), options)),
        "the two-thread report is the one-thread report, to the last message");
    return 0;
}
