#pragma once

// The demo organization's own small PKI, made with the OpenSSL 3 API: a root
// "EM Console Demo Root" and a feed signer "EM Console Demo Feed Signing"
// issued by it, with the EKUs the vendor's signer carries (code signing and
// 1.3.6.1.4.1.311.76.57.1.11), so the demo feed goes through the real
// verifier exactly as a vendor feed does. Tests use it for throw-away signers.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "model/error.h"

namespace em {

struct DemoPkiOptions {
    QString rootName = QStringLiteral("EM Console Demo Root");
    QString signerName = QStringLiteral("EM Console Demo Feed Signing");
    QString organization = QStringLiteral("EM Console Demo");
    int rsaBits = 3072;
    int rootValidityDays = 3650;
    int signerValidityDays = 825;
};

struct DemoPki {
    QByteArray rootCertificatePem;
    QByteArray rootKeyPem; // unencrypted PKCS#8
    QByteArray signerCertificatePem;
    QByteArray signerKeyPem; // unencrypted PKCS#8
    QString rootSubject; // "CN=EM Console Demo Root, O=EM Console Demo"
    QString signerSubject;

    // Code signing and the vendor's feed-signing OID, as a trust profile requires them.
    static QStringList signerEkus();
};

// A fresh root and signer.
Result<DemoPki> generateDemoPki(const DemoPkiOptions &options = {});

// An empty CRL of the root (nothing revoked), valid for `days` from now, PEM.
Result<QByteArray> demoRootCrl(const DemoPki &pki, int days);

// The PKI kept in FOLDER (root.pem, root.key, signer.pem, signer.key): read
// when it is there and the signer is valid for at least 30 more days,
// otherwise generated and written there (keys readable by the owner only).
Result<DemoPki> loadOrCreateDemoPki(const QString &folder, const DemoPkiOptions &options = {});

} // namespace em
