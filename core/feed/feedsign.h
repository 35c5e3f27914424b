#pragma once

// Signing an EOCS document in exactly the vendor profile (DESIGN section 4):
// enveloped Signature as the last child of EOCS, C14N 1.0, rsa-sha256 over
// SHA-256, KeyInfo with the RSA key value and the certificate chain, and an
// optional RFC 3161 countersignature in <Object Id="ts-countersig">.
//
// Timestamping is two steps around an asynchronous request: sign, build the
// TimeStampReq over the SignatureValue, send it (FeedFetcher with a POST
// body), then add the TSA's response to the signed document.

#include <QByteArray>

#include "model/error.h"

namespace em {

struct SigningInput {
    QByteArray keyPem; // unencrypted RSA private key (2048 bits or more)
    QByteArray certificatePem; // the signer certificate, matching the key
    QByteArray chainPem; // intermediates (and optionally the root) to carry in KeyInfo
    qint64 maxBytes = 4 * 1024 * 1024;
};

struct SignedFeed {
    QByteArray document;
    QByteArray signatureValue; // decoded, what a timestamp covers
};

// Refuses a document that is not a valid EOCS feed (the catalog parser runs
// over the canonical octets it signs), is already signed, or whose key does
// not match the certificate.
Result<SignedFeed> signFeed(const QByteArray &document, const SigningInput &input);

struct TimestampRequest {
    QByteArray der; // application/timestamp-query body
    quint64 nonce = 0;
};
Result<TimestampRequest> makeTimestampRequest(const QByteArray &signatureValue);

// Checks the TSA's response (status, imprint over the SignatureValue, nonce)
// and adds the countersignature to the signed document.
Result<QByteArray> addTimestamp(const SignedFeed &signedFeed, const TimestampRequest &request,
    const QByteArray &responseDer, qint64 maxBytes = 4 * 1024 * 1024);

} // namespace em
