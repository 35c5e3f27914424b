#include "demopki.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

#include "crypto_p.h"
#include "model/clock.h"

namespace em {

using namespace feed_detail;

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoPki)
};

using BioPtr = std::unique_ptr<BIO, OsslDeleter<BIO, BIO_free_all>>;
using CrlPtr = std::unique_ptr<X509_CRL, OsslDeleter<X509_CRL, X509_CRL_free>>;
using NamePtr = std::unique_ptr<X509_NAME, OsslDeleter<X509_NAME, X509_NAME_free>>;

constexpr char vendorFeedSigningEku[] = "1.3.6.1.4.1.311.76.57.1.11";
constexpr char codeSigningEku[] = "1.3.6.1.5.5.7.3.3";

em::Unexpected<Error> opensslFailure(const QString &what)
{
    const QString detail = takeOpensslErrors();
    return fail(ErrorCode::Io,
        detail.isEmpty() ? Text::tr("demo PKI: %1 failed").arg(what)
                         : Text::tr("demo PKI: %1 failed: %2").arg(what, detail));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(n));
}

Result<EvpPkeyPtr> newRsaKey(int bits)
{
    EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
    if (!key)
        return opensslFailure(Text::tr("generating an RSA key of %1 bits").arg(bits));
    return key;
}

Result<QByteArray> keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return opensslFailure(Text::tr("writing a private key"));
    return bioBytes(bio.get());
}

Result<NamePtr> makeName(const QString &commonName, const QString &organization)
{
    NamePtr name(X509_NAME_new());
    const QByteArray cn = commonName.toUtf8();
    const QByteArray o = organization.toUtf8();
    // X.509 order, most general first: printed as "CN=..., O=..." (RFC 2253), as the vendor's signer.
    if (!name
        || X509_NAME_add_entry_by_txt(name.get(), "O", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(o.constData()), int(o.size()), -1, 0)
            != 1
        || X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0)
            != 1)
        return opensslFailure(Text::tr("building the name '%1'").arg(commonName));
    return name;
}

Result<void> addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return opensslFailure(Text::tr("building the extension %1").arg(QString::fromLatin1(OBJ_nid2sn(nid))));
    const int added = X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
    if (added != 1)
        return opensslFailure(Text::tr("adding the extension %1").arg(QString::fromLatin1(OBJ_nid2sn(nid))));
    return {};
}

Result<void> setRandomSerial(X509 *cert)
{
    std::unique_ptr<BIGNUM, OsslDeleter<BIGNUM, BN_free>> bn(BN_new());
    if (!bn || BN_rand(bn.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)))
        return opensslFailure(Text::tr("choosing a serial number"));
    return {};
}

struct Issued {
    X509Ptr cert;
    EvpPkeyPtr key;
};

// A certificate for a new key: self-signed when `issuer` is null.
Result<Issued> issue(const QString &commonName, const DemoPkiOptions &options, int validityDays, const Issued *issuer,
    const QList<std::pair<int, const char *>> &extensions)
{
    auto key = newRsaKey(options.rsaBits);
    if (!key)
        return fail(key.error());
    X509Ptr cert(X509_new());
    auto name = makeName(commonName, options.organization);
    if (!name)
        return fail(name.error());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return opensslFailure(Text::tr("creating the certificate '%1'").arg(commonName));
    if (auto r = setRandomSerial(cert.get()); !r)
        return fail(r.error());
    // Valid from a day ago, so a clock a little behind does not refuse it.
    time_t now = time_t(Clock::now().toSecsSinceEpoch());
    if (!X509_time_adj_ex(X509_getm_notBefore(cert.get()), -1, 0, &now)
        || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), validityDays, 0, &now)
        || X509_set_subject_name(cert.get(), name->get()) != 1
        || X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer->cert.get()) : name->get()) != 1
        || X509_set_pubkey(cert.get(), key->get()) != 1)
        return opensslFailure(Text::tr("filling the certificate '%1'").arg(commonName));
    X509 *issuerCert = issuer ? issuer->cert.get() : nullptr;
    for (const auto &[nid, value] : extensions) {
        if (auto r = addExtension(cert.get(), issuerCert, nid, value); !r)
            return fail(r.error());
    }
    EVP_PKEY *signingKey = issuer ? issuer->key.get() : key->get();
    if (X509_sign(cert.get(), signingKey, EVP_sha256()) <= 0)
        return opensslFailure(Text::tr("signing the certificate '%1'").arg(commonName));
    return Issued {std::move(cert), std::move(*key)};
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Text::tr("demo PKI file '%1': %2").arg(path, file.errorString()));
    return file.read(1024 * 1024);
}

Result<void> writeFile(const QString &path, const QByteArray &bytes, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            ErrorCode::Io, Text::tr("demo PKI file '%1': cannot be written (%2)").arg(path, file.errorString()));
    // Set before the key is written: the temporary file never holds it readable by others.
    if (secret && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return fail(ErrorCode::Io, Text::tr("demo PKI file '%1': cannot restrict its permissions").arg(path));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, Text::tr("demo PKI file '%1': write failed (%2)").arg(path, file.errorString()));
    return {};
}

// Whether the stored files make a usable PKI: parse, key matches, signer valid for a while yet.
Result<DemoPki> loadDemoPki(const QString &folder)
{
    const QDir dir(folder);
    DemoPki pki;
    const std::pair<QString, QByteArray *> files[] = {{QStringLiteral("root.pem"), &pki.rootCertificatePem},
        {QStringLiteral("root.key"), &pki.rootKeyPem}, {QStringLiteral("signer.pem"), &pki.signerCertificatePem},
        {QStringLiteral("signer.key"), &pki.signerKeyPem}};
    for (const auto &[name, target] : files) {
        auto bytes = readSmallFile(dir.filePath(name));
        if (!bytes)
            return fail(bytes.error());
        *target = *bytes;
    }
    auto roots = certificatesFromPem(pki.rootCertificatePem, dir.filePath(QStringLiteral("root.pem")));
    auto signers = certificatesFromPem(pki.signerCertificatePem, dir.filePath(QStringLiteral("signer.pem")));
    if (!roots)
        return fail(roots.error());
    if (!signers)
        return fail(signers.error());
    auto rootKey = privateKeyFromPem(pki.rootKeyPem, dir.filePath(QStringLiteral("root.key")));
    auto signerKey = privateKeyFromPem(pki.signerKeyPem, dir.filePath(QStringLiteral("signer.key")));
    if (!rootKey)
        return fail(rootKey.error());
    if (!signerKey)
        return fail(signerKey.error());
    X509 *root = roots->front().get();
    X509 *signer = signers->front().get();
    if (X509_check_private_key(root, rootKey->get()) != 1 || X509_check_private_key(signer, signerKey->get()) != 1) {
        takeOpensslErrors();
        return fail(
            ErrorCode::Verification, Text::tr("demo PKI in '%1': a key does not match its certificate").arg(folder));
    }
    const QDateTime until = asn1Time(X509_get0_notAfter(signer));
    if (!until.isValid() || until < Clock::now().addDays(30))
        return fail(ErrorCode::Verification, Text::tr("demo PKI in '%1': the signer expires soon").arg(folder));
    pki.rootSubject = subjectText(root);
    pki.signerSubject = subjectText(signer);
    return pki;
}
} // namespace

QStringList DemoPki::signerEkus()
{
    return {QString::fromLatin1(codeSigningEku), QString::fromLatin1(vendorFeedSigningEku)};
}

Result<DemoPki> generateDemoPki(const DemoPkiOptions &options)
{
    if (options.rsaBits < 2048)
        return fail(ErrorCode::InvalidArgument,
            Text::tr("demo PKI: RSA keys of %1 bits are too weak; use 2048 or more").arg(options.rsaBits));
    auto root = issue(options.rootName, options, options.rootValidityDays, nullptr,
        {{NID_basic_constraints, "critical,CA:TRUE"}, {NID_key_usage, "critical,keyCertSign,cRLSign"},
            {NID_subject_key_identifier, "hash"}});
    if (!root)
        return fail(root.error());
    const QByteArray eku = QByteArrayLiteral("codeSigning,") + vendorFeedSigningEku;
    auto signer = issue(options.signerName, options, options.signerValidityDays, &*root,
        {{NID_basic_constraints, "critical,CA:FALSE"}, {NID_key_usage, "critical,digitalSignature"},
            {NID_ext_key_usage, eku.constData()}, {NID_subject_key_identifier, "hash"},
            {NID_authority_key_identifier, "keyid:always"}});
    if (!signer)
        return fail(signer.error());

    DemoPki pki;
    pki.rootCertificatePem = certificatePem(root->cert.get());
    pki.signerCertificatePem = certificatePem(signer->cert.get());
    auto rootKey = keyPem(root->key.get());
    auto signerKey = keyPem(signer->key.get());
    if (!rootKey)
        return fail(rootKey.error());
    if (!signerKey)
        return fail(signerKey.error());
    pki.rootKeyPem = *rootKey;
    pki.signerKeyPem = *signerKey;
    pki.rootSubject = subjectText(root->cert.get());
    pki.signerSubject = subjectText(signer->cert.get());
    return pki;
}

Result<QByteArray> demoRootCrl(const DemoPki &pki, int days)
{
    auto roots = certificatesFromPem(pki.rootCertificatePem, Text::tr("demo root certificate"));
    if (!roots)
        return fail(roots.error());
    auto key = privateKeyFromPem(pki.rootKeyPem, Text::tr("demo root key"));
    if (!key)
        return fail(key.error());
    X509 *root = roots->front().get();
    CrlPtr crl(X509_CRL_new());
    time_t now = time_t(Clock::now().toSecsSinceEpoch());
    std::unique_ptr<ASN1_TIME, OsslDeleter<ASN1_TIME, ASN1_TIME_free>> last(X509_time_adj_ex(nullptr, 0, -3600, &now));
    std::unique_ptr<ASN1_TIME, OsslDeleter<ASN1_TIME, ASN1_TIME_free>> next(X509_time_adj_ex(nullptr, days, 0, &now));
    std::unique_ptr<ASN1_INTEGER, OsslDeleter<ASN1_INTEGER, ASN1_INTEGER_free>> number(ASN1_INTEGER_new());
    if (!crl || !last || !next || !number || X509_CRL_set_version(crl.get(), 1) != 1
        || X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(root)) != 1
        || X509_CRL_set1_lastUpdate(crl.get(), last.get()) != 1 || X509_CRL_set1_nextUpdate(crl.get(), next.get()) != 1
        || ASN1_INTEGER_set_int64(number.get(), qint64(now)) != 1
        || X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, 0) != 1)
        return opensslFailure(Text::tr("building the CRL of the demo root"));
    X509_CRL_sort(crl.get());
    if (X509_CRL_sign(crl.get(), key->get(), EVP_sha256()) <= 0)
        return opensslFailure(Text::tr("signing the CRL of the demo root"));
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509_CRL(bio.get(), crl.get()) != 1)
        return opensslFailure(Text::tr("writing the CRL of the demo root"));
    return bioBytes(bio.get());
}

Result<DemoPki> loadOrCreateDemoPki(const QString &folder, const DemoPkiOptions &options)
{
    if (auto stored = loadDemoPki(folder))
        return stored;
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, Text::tr("demo PKI folder '%1': cannot be created").arg(folder));
    auto pki = generateDemoPki(options);
    if (!pki)
        return pki;
    const QDir dir(folder);
    // Keys first: a certificate without its key is never left as the newest file.
    const std::tuple<QString, const QByteArray *, bool> files[] = {{QStringLiteral("root.key"), &pki->rootKeyPem, true},
        {QStringLiteral("signer.key"), &pki->signerKeyPem, true},
        {QStringLiteral("root.pem"), &pki->rootCertificatePem, false},
        {QStringLiteral("signer.pem"), &pki->signerCertificatePem, false}};
    for (const auto &[name, bytes, secret] : files) {
        if (auto written = writeFile(dir.filePath(name), *bytes, secret); !written)
            return fail(written.error());
    }
    return pki;
}

} // namespace em
