#pragma once

// A test PKI generated with the OpenSSL API into a directory: roots,
// intermediates, feed signers good and bad, CRLs, timestamp authorities, a
// TLS server certificate; plus helpers to make RFC 3161 tokens (with the
// `openssl ts -reply` command, or built with the CMS API in the vendor's form
// and every variation of it) and sample EOCS documents.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "model/trustprofile.h"

namespace testpki {

struct Cert {
    QByteArray certPem;
    QByteArray keyPem;
    QString certPath;
    QString keyPath;
    QString subject; // "CN=..., O=..."
};

struct CertSpec {
    CertSpec(QString commonName, QString organization, bool ca, int rsaBits, qint64 notBeforeDays, qint64 notAfterDays,
        QString keyUsage = {}, QString extendedKeyUsage = {}, QString subjectAltName = {},
        QString crlDistributionPoint = {})
        : commonName(std::move(commonName)), organization(std::move(organization)), ca(ca), rsaBits(rsaBits),
          notBeforeDays(notBeforeDays), notAfterDays(notAfterDays), keyUsage(std::move(keyUsage)),
          extendedKeyUsage(std::move(extendedKeyUsage)), subjectAltName(std::move(subjectAltName)),
          crlDistributionPoint(std::move(crlDistributionPoint))
    { }
    QString commonName;
    QString organization; // empty: "EM Test"
    bool ca = false;
    int rsaBits = 2048; // 0: EC P-256
    qint64 notBeforeDays = -1; // relative to now
    qint64 notAfterDays = 365;
    QString keyUsage; // OpenSSL syntax, e.g. "critical,digitalSignature"
    QString extendedKeyUsage; // e.g. "codeSigning,1.3.6.1.4.1.55555.7.1" ("critical,timeStamping")
    QString subjectAltName;
    QString crlDistributionPoint; // URI
};

class Pki
{
public:
    // Generates everything into `dir` (which must exist).
    explicit Pki(const QString &dir);

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString dir() const { return m_dir; }

    // A certificate issued by `issuer` (nullptr: self-signed), written as NAME.pem / NAME.key.
    Cert issue(const QString &name, const CertSpec &spec, const Cert *issuer);
    // A CRL of `issuer` revoking `revoked`; written as NAME.crl.pem.
    QByteArray crl(const QString &name, const Cert &issuer, const QList<const Cert *> &revoked,
        qint64 lastUpdateDays = -1, qint64 nextUpdateDays = 7);

    // The profile of the test signer: anchors root, TSA anchors tsaRoot, code
    // signing + the test EKU, subject CN=EM Test Feed Signing, O=EM Test.
    [[nodiscard]] em::TrustProfile profile() const;

    Cert root, intermediate, signer, signerNoEku, signerExpired, signerRevoked, signerWeak, signerEc;
    Cert otherRoot, otherSigner, forgedRoot, forgedSigner;
    Cert tsaRoot, tsa, tsaNonCritical, tsaNoEku, otherTsaRoot, otherTsa;
    Cert tlsRoot, tlsServer;
    QByteArray rootCrlPem, intermediateCrlPem, tsaRootCrlPem;
    QString chainPath; // intermediate.pem

    static constexpr char testEku[] = "1.3.6.1.4.1.55555.7.1";
    static constexpr char signerName[] = "EM Test Feed Signing";

private:
    QString m_dir;
    QString m_error;
    QSet<QString> m_keysTaken; // names whose key came from the key cache in this PKI
};

QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &data);

// Runs a program; returns stdout, or a null array (and `error`) on failure.
QByteArray run(const QString &program, const QStringList &args, QString *error, const QByteArray &input = {},
    int timeoutMs = 60000);

// An RFC 3161 TimeStampResp from `openssl ts -reply` for a request (DER).
QByteArray opensslTsReply(const Pki &pki, const Cert &tsa, const QByteArray &requestDer, QString *error);

// What the test TSA puts in its tokens, built with OpenSSL's CMS API. Each
// property of the vendor's real tokens can be switched on alone; vendor()
// switches on all of them.
struct TsaOptions {
    // Which certificate the first ID of the signing-certificate attribute names.
    enum class FirstId {
        Tsa, // the TSA certificate: hash and issuerSerial
        TsaWithoutIssuerSerial, // the TSA certificate, hash only
        OtherCertificate, // `other` (hash and issuerSerial)
        WrongHash, // the TSA's issuerSerial with a hash that is no certificate's
        WrongIssuerSerial, // the TSA's hash with `other`'s issuerSerial
    };
    const Cert *tsa = nullptr; // signs the token
    QList<const Cert *> certificates; // X.509 certificates in the token (when the request asks for them)
    bool berIndefinite = false; // BER with indefinite lengths (CMS streaming), the response too
    bool attributeCertificate = false; // an AttributeCertificate v2 in the certificate set
    QList<const Cert *> furtherIds; // further ESSCertIDv2 after the first, naming these (not put in the token)
    FirstId firstId = FirstId::Tsa;
    const Cert *other = nullptr; // for OtherCertificate and WrongIssuerSerial
    bool signingCertificateV1 = false; // ESS signingCertificate (SHA-1 ESSCertID) instead of v2
    bool bothVersions = false; // ESS signingCertificate and signingCertificateV2, both with the IDs
    int essHashNid = 0; // ESSCertIDv2 hash: 0 for SHA-256 left out (the default), else written (NID_sha384...)
    QDateTime genTime; // null: now

    // A plain DER token from `tsa` carrying `tsa` and `tsaRoot`.
    static TsaOptions plain(const Cert &tsa, const Cert &tsaRoot);
    // Every property of the vendor's tokens: BER indefinite lengths, an
    // attribute certificate, a non-critical timeStamping EKU (tsaNonCritical),
    // two further ESSCertIDv2 naming certificates not in the token.
    static TsaOptions vendor(const Pki &pki);
};

// A TimeStampToken over `imprint` (a SHA-256 hash) with `nonce` (none when 0).
QByteArray timestampToken(const TsaOptions &options, const QByteArray &imprint, quint64 nonce);
// A granted TimeStampResp with such a token over SHA-256(`signedBytes`).
QByteArray cmsTimestampResponse(const TsaOptions &options, const QByteArray &signedBytes, quint64 nonce);
// The answer to a TimeStampReq (DER), as a TSA gives it: the request's
// imprint and nonce, the certificates only when it asks for them.
QByteArray timestampReply(const TsaOptions &options, const QByteArray &requestDer, QString *error);

// A sample EOCS feed with all four action types (PING1, M1 UrlRewrite Site,
// M2 UrlRewrite VDir outbound, M3 DisableAppPool, M4 DisableService).
QByteArray sampleFeed(const QString &issued = {});

} // namespace testpki
