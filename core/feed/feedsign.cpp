#include "feedsign.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include "crypto_p.h"
#include "eocsparser.h"
#include "xmldsig_p.h"

namespace em {

using namespace feed_detail;

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedSign)
};
} // namespace

Result<SignedFeed> signFeed(const QByteArray &document, const SigningInput &input)
{
    auto key = privateKeyFromPem(input.keyPem, Text::tr("signing key"));
    if (!key)
        return fail(key.error());
    auto certs = certificatesFromPem(input.certificatePem, Text::tr("signer certificate"));
    if (!certs)
        return fail(certs.error());
    if (certs->size() != 1)
        return fail(ErrorCode::InvalidArgument,
            Text::tr("signer certificate: the file holds %1 certificates; give the signer alone and the "
                     "intermediates with --chain")
                .arg(certs->size()));
    X509 *leaf = certs->front().get();
    std::vector<X509Ptr> chain;
    if (!input.chainPem.trimmed().isEmpty()) {
        auto parsed = certificatesFromPem(input.chainPem, Text::tr("certificate chain"));
        if (!parsed)
            return fail(parsed.error());
        chain = std::move(*parsed);
    }
    if (X509_check_private_key(leaf, key->get()) != 1) {
        takeOpensslErrors();
        return fail(ErrorCode::InvalidArgument,
            Text::tr("the signing key does not belong to certificate '%1'").arg(subjectText(leaf)));
    }
    if (EVP_PKEY_get_base_id(key->get()) != EVP_PKEY_RSA)
        return fail(ErrorCode::InvalidArgument,
            Text::tr("the feed profile signs with rsa-sha256; the key is %1").arg(keyDescription(key->get())));
    if (auto strong = checkKeyStrength(key->get()); !strong)
        return fail(ErrorCode::InvalidArgument, Text::tr("signing key: %1").arg(strong.error().message));
    auto numbers = rsaPublicNumbers(X509_get0_pubkey(leaf));
    if (!numbers)
        return fail(numbers.error());

    SignatureMaterial material;
    material.certificates << certificateDer(leaf);
    for (const X509Ptr &c : chain) {
        if (X509_cmp(c.get(), leaf) != 0)
            material.certificates << certificateDer(c.get());
    }
    material.rsaModulus = numbers->first;
    material.rsaExponent = numbers->second;
    EVP_PKEY *signingKey = key->get();
    material.sign = [signingKey](const QByteArray &data) { return signRsaSha256(signingKey, data); };
    material.sha256 = [](const QByteArray &data) { return digest("SHA256", data); };

    auto enveloped = signEnveloped(document, input.maxBytes, material);
    if (!enveloped)
        return fail(enveloped.error());
    if (auto catalog = parseCatalog(enveloped->canonicalDocument); !catalog)
        return fail(
            ErrorCode::Format, Text::tr("not a valid EOCS feed, nothing signed: %1").arg(catalog.error().message));

    // What is written must verify: re-read it the way a verifier does.
    auto reread = readSignedDocument(enveloped->document, input.maxBytes);
    if (!reread)
        return fail(ErrorCode::Verification,
            Text::tr("the signed document does not read back: %1").arg(reread.error().message));
    auto hash = digest("SHA256", reread->canonicalDocument);
    if (!hash || *hash != reread->digestValue || reread->canonicalDocument != enveloped->canonicalDocument)
        return fail(ErrorCode::Verification, Text::tr("the signed document does not read back: digest differs"));
    if (auto v = verifySignature(
            X509_get0_pubkey(leaf), signatureAlgorithms[0], reread->canonicalSignedInfo, reread->signatureValue);
        !v)
        return fail(
            ErrorCode::Verification, Text::tr("the signed document does not read back: %1").arg(v.error().message));
    return SignedFeed {enveloped->document, enveloped->signatureValue};
}

Result<TimestampRequest> makeTimestampRequest(const QByteArray &signatureValue)
{
    TimestampRequest request;
    unsigned char random[8];
    if (RAND_bytes(random, sizeof random) != 1)
        return fail(ErrorCode::Verification, Text::tr("no random nonce available: %1").arg(takeOpensslErrors()));
    for (unsigned char b : random)
        request.nonce = (request.nonce << 8) | b;
    request.nonce &= 0x7fffffffffffffffULL;
    auto der = timestampRequest(signatureValue, request.nonce);
    if (!der)
        return fail(der.error());
    request.der = *der;
    return request;
}

Result<QByteArray> addTimestamp(
    const SignedFeed &signedFeed, const TimestampRequest &request, const QByteArray &responseDer, qint64 maxBytes)
{
    auto token = tokenFromTimestampResponse(responseDer, signedFeed.signatureValue, request.nonce);
    if (!token)
        return fail(token.error());
    return addTimestampObject(signedFeed.document, maxBytes, token->tokenDer, token->certificatesDer);
}

} // namespace em
