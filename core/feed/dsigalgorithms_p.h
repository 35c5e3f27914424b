#pragma once

// The XML Signature algorithm identifiers this product accepts: the vendor
// profile (c14n 1.0, enveloped, rsa-sha256, sha256) and a short allow-list of
// stronger relatives. Everything else is refused by name.

#include <QString>

namespace em::feed_detail {

inline constexpr char dsigNamespace[] = "http://www.w3.org/2000/09/xmldsig#";
inline constexpr char c14n10Uri[] = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
inline constexpr char excC14nUri[] = "http://www.w3.org/2001/10/xml-exc-c14n#";
inline constexpr char envelopedUri[] = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
inline constexpr char rsaSha256Uri[] = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
inline constexpr char sha256Uri[] = "http://www.w3.org/2001/04/xmlenc#sha256";
inline constexpr char timestampFormat[] = "cms-timestamp-message";
inline constexpr char timestampObjectId[] = "ts-countersig";
// The vendor's CounterSignature element is in this namespace, not in XML-DSig's.
inline constexpr char timestampNamespace[] = "http://schemas.microsoft.com/xmldsig/timestamp/2003";

enum class KeyKind { Rsa, Ec };

struct SignatureAlgorithm {
    const char *uri;
    const char *name; // short name for messages: "rsa-sha256"
    KeyKind key;
    const char *digest; // OpenSSL digest name
};

inline constexpr SignatureAlgorithm signatureAlgorithms[] = {
    {rsaSha256Uri, "rsa-sha256", KeyKind::Rsa, "SHA256"},
    {"http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "rsa-sha384", KeyKind::Rsa, "SHA384"},
    {"http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "rsa-sha512", KeyKind::Rsa, "SHA512"},
    {"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "ecdsa-sha256", KeyKind::Ec, "SHA256"},
    {"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", "ecdsa-sha384", KeyKind::Ec, "SHA384"},
};

struct DigestAlgorithm {
    const char *uri;
    const char *name; // "sha256"
    const char *digest; // OpenSSL digest name
    int size;
};

inline constexpr DigestAlgorithm digestAlgorithms[] = {
    {sha256Uri, "sha256", "SHA256", 32},
    {"http://www.w3.org/2001/04/xmldsig-more#sha384", "sha384", "SHA384", 48},
    {"http://www.w3.org/2001/04/xmlenc#sha512", "sha512", "SHA512", 64},
};

inline const SignatureAlgorithm *findSignatureAlgorithm(const QString &uri)
{
    for (const auto &a : signatureAlgorithms) {
        if (uri == QLatin1String(a.uri))
            return &a;
    }
    return nullptr;
}

inline const DigestAlgorithm *findDigestAlgorithm(const QString &uri)
{
    for (const auto &a : digestAlgorithms) {
        if (uri == QLatin1String(a.uri))
            return &a;
    }
    return nullptr;
}

inline bool isCanonicalizationUri(const QString &uri)
{
    return uri == QLatin1String(c14n10Uri) || uri == QLatin1String(excC14nUri);
}

} // namespace em::feed_detail
