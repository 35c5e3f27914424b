#pragma once

// OpenSSL at the boundary of core/feed: owning pointers, certificate and CRL
// loading, chain verification at a given time, EKU and name checks, CRLs,
// signatures and RFC 3161 timestamp tokens. OpenSSL errors become em::Error
// here and nowhere else. Private to core/feed.

#include <memory>
#include <vector>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include "dsigalgorithms_p.h"
#include "model/error.h"

namespace em::feed_detail {

template<typename T, void (*F)(T *)>
struct OsslDeleter {
    void operator()(T *p) const { F(p); }
};
using X509Ptr = std::unique_ptr<X509, OsslDeleter<X509, X509_free>>;
using X509CrlPtr = std::unique_ptr<X509_CRL, OsslDeleter<X509_CRL, X509_CRL_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OsslDeleter<EVP_PKEY, EVP_PKEY_free>>;
struct X509StackDeleter {
    void operator()(STACK_OF(X509) * s) const;
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

// The OpenSSL error queue as text ("" when empty); empties the queue.
QString takeOpensslErrors();

// Certificates and CRLs. `what` names the source in messages.
Result<std::vector<X509Ptr>> certificatesFromPem(const QByteArray &pem, const QString &what);
Result<X509Ptr> certificateFromDer(const QByteArray &der, const QString &what);
Result<std::vector<X509CrlPtr>> crlsFromData(const QByteArray &pemOrDer, const QString &what);
QByteArray certificateDer(X509 *cert);
QByteArray certificatePem(X509 *cert);

QString nameText(const X509_NAME *name); // "CN=..., O=..., C=US"
QString subjectText(X509 *cert);
QString issuerText(X509 *cert);
QDateTime asn1Time(const ASN1_TIME *time);
bool isSelfSigned(X509 *cert);

// Dotted OIDs of the extended key usage extension; `present` tells whether the
// extension exists at all.
QStringList extendedKeyUsages(X509 *cert, bool *present);
// Every attribute of `expected` ("CN=..., O=...") must equal the subject's.
Result<void> matchSubject(X509 *cert, const QString &expected);
// http(s) URLs of the CRL distribution points.
QStringList crlDistributionUrls(X509 *cert);

// Verifies `leaf` up to one of `anchors` at time `at` (never a root from
// `untrusted`); returns the built chain, leaf first. `what` names the chain.
Result<X509StackPtr> verifyChain(
    X509 *leaf, const QList<X509 *> &untrusted, const QList<X509 *> &anchors, const QDateTime &at, const QString &what);

struct RevocationStatus {
    enum State { Good, Revoked, Unknown } state = Good;
    QStringList unknown; // certificates without usable revocation information
    QString revoked; // the revoked certificate and when
};
// CRL check of every certificate of a verified chain except the trust anchor.
RevocationStatus checkRevocation(STACK_OF(X509) * chain, const QList<X509_CRL *> &crls, const QDateTime &at);

Result<QByteArray> digest(const char *opensslName, const QByteArray &data);
// The same digest computed piece by piece (of canonical octets as C14N
// produces them); result() gives what digest() gives for the concatenation.
class Digester
{
public:
    explicit Digester(const char *opensslName);
    ~Digester();
    Digester(const Digester &) = delete;
    Digester &operator=(const Digester &) = delete;
    void update(const char *data, qsizetype size);
    Result<QByteArray> result(); // once
private:
    const char *m_name;
    EVP_MD_CTX *m_ctx = nullptr;
    bool m_ok = false;
};
Result<void> verifySignature(
    EVP_PKEY *key, const SignatureAlgorithm &algorithm, const QByteArray &data, const QByteArray &signature);
Result<EvpPkeyPtr> privateKeyFromPem(const QByteArray &pem, const QString &what);
Result<QByteArray> signRsaSha256(EVP_PKEY *key, const QByteArray &data);
QString keyDescription(EVP_PKEY *key); // "RSA 2048 bits"
// Minimum strength: RSA 2048 bits, EC 256 bits.
Result<void> checkKeyStrength(EVP_PKEY *key);
// RSA public modulus and exponent, big-endian without leading zeros.
Result<std::pair<QByteArray, QByteArray>> rsaPublicNumbers(EVP_PKEY *key);

// RFC 3161
struct TimestampInfo {
    QDateTime genTime;
    QString tsaSubject;
    QString imprintAlgorithm; // "sha256"
    X509StackPtr chain; // the verified TSA chain, TSA first, anchor last
};
// Verifies a TimeStampToken (CMS SignedData, DER or BER with indefinite
// lengths; attribute certificates allowed in its certificate set): signature,
// message imprint over `signedBytes`, TSA chain to `tsaAnchors` at genTime,
// timeStamping EKU (critical or not), the first ID of the ESS
// signing-certificate attribute (v2 and/or v1) naming the TSA certificate,
// genTime not after `now` (plus a small skew).
Result<TimestampInfo> verifyTimestampToken(const QByteArray &tokenDer, const QByteArray &signedBytes,
    const QList<QByteArray> &extraCertificatesDer, const QList<X509 *> &tsaAnchors, const QDateTime &now);
// A TimeStampReq over SHA-256(`signedBytes`) with a nonce and certReq.
Result<QByteArray> timestampRequest(const QByteArray &signedBytes, quint64 nonce);
struct TimestampToken {
    QByteArray tokenDer; // as the TSA encoded it (DER, or BER with indefinite lengths)
    QList<QByteArray> certificatesDer; // from the token's certificate set
};
// The X.509 certificates of a timestamp token's certificate set (DER); empty
// when the token is not CMS.
QList<QByteArray> timestampTokenCertificates(const QByteArray &tokenDer);
// Extracts the token from a TimeStampResp (DER or BER), checks status, imprint and nonce.
Result<TimestampToken> tokenFromTimestampResponse(
    const QByteArray &responseDer, const QByteArray &signedBytes, quint64 nonce);

} // namespace em::feed_detail
