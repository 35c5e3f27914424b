#pragma once

// Verification of a signed EOCS feed (DESIGN section 4): size, hardened parse,
// the strict enveloped-signature profile, digest over the libxml2-canonical
// document, SignatureValue, the signer chain to the trust profile's anchors
// (at the RFC 3161 genTime when a valid countersignature exists), EKUs, signer
// name, revocation, and the catalog parsed from the exact digested octets.
//
// verifyFeedReport() runs every check it can and reports each one, so
// `emctl feed verify` and the console can say "verified, or why not".

#include <chrono>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "model/mitigation.h"
#include "model/server.h"
#include "model/trustprofile.h"

namespace em {

enum class CheckOutcome {
    Passed,
    Failed,
    Warning, // accepted, but an admin should know (revocation unknown in warn mode, old feed)
    NotApplicable, // nothing to check (no countersignature)
    NotChecked, // an earlier check failed
};
QString checkOutcomeText(CheckOutcome outcome); // "pass", "FAIL", "warn", "n/a", "-"

struct FeedCheck {
    QString key; // stable: "size", "structure", "algorithms", "digest", "signature", "chain", "eku",
                 // "signer", "revocation", "timestamp", "catalog", "freshness"
    QString title; // translated: "Structure"
    CheckOutcome outcome = CheckOutcome::NotChecked;
    QString detail;
};

struct VerifyOptions {
    QDateTime at; // the verification time; null: Clock::now()
    qint64 maxBytes = 4 * 1024 * 1024;
    RevocationMode revocationUnknown = RevocationMode::Warn;
    QList<QByteArray> crls; // CRLs besides the profile's (PEM or DER), e.g. fetched from CDP URLs
    std::chrono::seconds freshnessMaxAge {7 * 24 * 3600};
    // Concurrent: a second thread parses the document, canonicalizes and
    // digests it and parses the end of the catalog, while the calling thread
    // checks the certificates and parses the catalog as the canonical octets
    // come. Sequential: every check in order on the calling thread. The
    // report is the same, to the last message (tests compare both).
    enum class Threads { Concurrent, Sequential };
    Threads threads = Threads::Concurrent;

    static VerifyOptions fromOrg(const OrgConfig &org);
};

struct FeedVerification {
    QList<FeedCheck> checks; // every check, in report order
    bool verified = false; // no check failed
    QString failure; // the first failure: "Digest: the document was changed after signing"
    QStringList warnings;

    Catalog catalog; // only when verified
    QByteArray canonical; // the digested octets the catalog was parsed from
    QString sha256; // hex SHA-256 of the document as received
    QString signerSubject;
    QString signerIssuer;
    QDateTime signingTime; // the timestamp's genTime, else the EOCS issued attribute; null when neither
    bool timestamped = false;
    QString tsaSubject;
    QDateTime validatedAt; // the time the signer chain was validated at

    [[nodiscard]] const FeedCheck *check(const QString &key) const;
};

// Every check, even after a failure (the rest read "not checked").
FeedVerification verifyFeedReport(
    const QByteArray &document, const TrustProfile &profile, const VerifyOptions &options);
// The verified feed, or ErrorCode::Verification with the first failure.
Result<FeedVerification> verifyFeed(
    const QByteArray &document, const TrustProfile &profile, const VerifyOptions &options);

// The http(s) CRL distribution points of the document's certificates (the
// signer's chain and the timestamp authority's) and the profile's
// intermediates, to fetch before verifying (through the same proxy).
QStringList feedCrlUrls(const QByteArray &document, const TrustProfile &profile, qint64 maxBytes);

} // namespace em
