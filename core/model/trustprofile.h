#pragma once

// A trust profile: which roots a feed signer and its timestamp authority must
// chain to, and which signer name and EKUs are expected.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace em {

struct TrustProfile {
    QString name;
    QByteArray anchorsPem; // roots for the signer chain
    QByteArray tsaAnchorsPem; // roots for RFC 3161 timestamp authorities
    QByteArray intermediatesPem; // untrusted intermediates offered to chain building
    QString signerSubject; // "CN=..., O=..."; every attribute given must match the leaf subject
    QStringList requiredEkus; // dotted OIDs the leaf must carry
    QByteArray crlsPem; // CRLs configured for revocation checks (optional)
    bool builtin = false;

    // The vendor profile: Microsoft Root Certificate Authority 2011 for the
    // signer, Root Certificate Authority 2010 for the timestamp authority.
    static TrustProfile vendor();
};

} // namespace em
