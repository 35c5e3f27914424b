#pragma once

// libxml2 at the boundary of core/feed: the hardened parse of an EOCS document
// (no DTD, no entities, no comments or processing instructions), the strict
// structure of its enveloped XML Signature, C14N of the signed octets with
// libxml2, and building the Signature element when signing. Private to core/feed.

#include <functional>
#include <memory>

#include <QByteArray>
#include <QList>
#include <QString>

#include "model/error.h"

namespace em::feed_detail {

// The checks of a feed verification, in the order they are reported.
enum class Check {
    Size,
    Structure,
    Algorithms,
    Digest,
    Signature,
    Chain,
    Eku,
    SignerName,
    Revocation,
    Timestamp,
    Catalog,
    Freshness,
};

struct CheckFailure {
    Check check;
    QString message;
};

// What the Signature of an EOCS document says, and the octets it covers.
struct SignedDocument {
    QByteArray canonicalDocument; // the document without its Signature, canonicalized: the digested octets
    QByteArray canonicalSignedInfo;
    QString canonicalizationUri;
    QString signatureMethodUri;
    QString referenceC14nUri;
    QString digestMethodUri;
    QByteArray digestValue;
    QByteArray signatureValue;
    QList<QByteArray> certificates; // KeyInfo X509Certificate, DER, document order
    bool hasRsaKeyValue = false;
    QByteArray rsaModulus;
    QByteArray rsaExponent;
    bool hasTimestamp = false;
    QByteArray timestampToken; // DER
    QList<QByteArray> timestampCertificates; // DER, from the Object's X509Data
    QString algorithmProblem; // the first refused algorithm, reported after the structure
};

// Receives canonical octets as libxml2 produces them.
using OctetSink = std::function<void(const char *data, qsizetype size)>;

// Reads a signed EOCS document in two steps, so that the canonical octets of
// the document can be digested (and parsed) while they are produced. read()
// checks the size, the structure and the algorithm identifiers and
// canonicalizes SignedInfo; canonicalizeDocument() then hands the canonical
// octets of the document without its Signature to a sink. The libxml2 tree
// lives from read() to release() (or the reader's end); one thread at a time.
class SignedDocumentReader
{
public:
    SignedDocumentReader();
    ~SignedDocumentReader();
    SignedDocumentReader(const SignedDocumentReader &) = delete;
    SignedDocumentReader &operator=(const SignedDocumentReader &) = delete;

    // Fails with the check that failed (Size, Structure, Algorithms, or
    // Signature when SignedInfo cannot be canonicalized).
    em::Expected<void, CheckFailure> read(const QByteArray &document, qint64 maxBytes);
    // After a successful read(): all but canonicalDocument, which stays empty.
    [[nodiscard]] const SignedDocument &document() const { return m_out; }
    // After a successful read(), before release(); fails with Check::Digest.
    // On failure the sink may have had part of the octets.
    em::Expected<void, CheckFailure> canonicalizeDocument(const OctetSink &sink);
    // Frees the libxml2 tree (on the thread that parsed it, so that glibc
    // gets the blocks back into the arena they came from).
    void release();

private:
    struct Tree;
    std::unique_ptr<Tree> m_tree;
    SignedDocument m_out;
};

// Both steps at once: fails with the check that failed (Size, Structure,
// Algorithms, Signature or Digest).
em::Expected<SignedDocument, CheckFailure> readSignedDocument(const QByteArray &document, qint64 maxBytes);

struct SignatureMaterial {
    QList<QByteArray> certificates; // DER, leaf first
    QByteArray rsaModulus;
    QByteArray rsaExponent;
    // Signs the canonical SignedInfo (rsa-sha256); returns the raw signature.
    std::function<Result<QByteArray>(const QByteArray &)> sign;
    std::function<Result<QByteArray>(const QByteArray &)> sha256;
};

struct EnvelopedResult {
    QByteArray document;
    QByteArray canonicalDocument;
    QByteArray signatureValue;
};

// Adds the vendor-profile Signature as the last child of EOCS. The input must
// be an unsigned EOCS document.
Result<EnvelopedResult> signEnveloped(const QByteArray &document, qint64 maxBytes, const SignatureMaterial &material);

// Adds <Object Id="ts-countersig"> with the TSA certificates and the token to
// the Signature of a signed document (the signed octets do not change).
Result<QByteArray> addTimestampObject(const QByteArray &signedDocument, qint64 maxBytes, const QByteArray &tokenDer,
    const QList<QByteArray> &certificatesDer);

} // namespace em::feed_detail
