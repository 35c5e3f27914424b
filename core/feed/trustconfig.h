#pragma once

// Building and describing trust profiles from PEM files: what `emctl trust
// add-profile` and the console's trust dialog validate before anything is
// stored, and what `trust list` shows of each certificate.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "model/error.h"
#include "model/trustprofile.h"

namespace em {

struct TrustProfileInput {
    QString name;
    QByteArray anchorsPem; // required: the roots the signer must chain to
    QByteArray tsaAnchorsPem; // roots of the timestamp authorities (optional)
    QByteArray intermediatesPem; // optional
    QString signerSubject; // "CN=..., O=..." (optional)
    QStringList requiredEkus; // dotted OIDs; empty: code signing (1.3.6.1.5.5.7.3.3)
    QByteArray crlsPem; // optional
};

// Checks every PEM parses, anchors are CA certificates, OIDs and the subject
// are well formed. Does not store anything.
Result<TrustProfile> makeTrustProfile(const TrustProfileInput &input);

struct CertificateSummary {
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // hex fingerprint of the DER
    bool selfSigned = false;
};

// Unreadable PEM yields an empty list.
QList<CertificateSummary> describeCertificates(const QByteArray &pem);

} // namespace em
