#include "testpki.h"

#include <memory>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryFile>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace testpki {

namespace {
template<typename T, void (*F)(T *)>
struct Free {
    void operator()(T *p) const { F(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Free<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Free<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

KeyPtr loadKey(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

// The RSA key of `name`. Generating RSA keys is most of a PKI's making (a
// second or more per key on a busy CI machine, several under the
// sanitizers, twenty keys per PKI), so each role's key is generated once per
// build tree and kept in EM_TEST_KEY_CACHE as NAME-rsaBITS.pem; the next
// test program takes it from there. Certificates, serials and CRLs are made
// anew by every PKI. A name asked for twice in one PKI gets a fresh key.
KeyPtr rsaKey(const QString &name, int bits, QSet<QString> *taken)
{
    const QString path = QStringLiteral(EM_TEST_KEY_CACHE "/%1-rsa%2.pem").arg(name).arg(bits);
    if (!taken->contains(name)) {
        taken->insert(name);
        QFile cached(path);
        if (cached.open(QIODevice::ReadOnly)) {
            KeyPtr key = loadKey(cached.readAll());
            if (key && EVP_PKEY_is_a(key.get(), "RSA") && EVP_PKEY_get_bits(key.get()) == bits)
                return key;
        }
    }
    KeyPtr key(EVP_RSA_gen(unsigned(bits)));
    if (!key)
        return key;
    // Written under a temporary name then renamed: a test program reading
    // the cache at the same moment sees a whole key or none.
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (QDir().mkpath(QStringLiteral(EM_TEST_KEY_CACHE))
        && PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(bioBytes(bio.get()));
            file.commit();
        }
    }
    return key;
}

CertPtr loadCert(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

bool addExt(X509 *cert, X509 *issuer, int nid, const QString &value)
{
    if (value.isEmpty())
        return true;
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.toLatin1().constData());
    if (!ext)
        return false;
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
    return true;
}

QByteArray derLength(qsizetype n)
{
    if (n < 0x80)
        return QByteArray(1, char(n));
    QByteArray bytes;
    while (n > 0) {
        bytes.prepend(char(n & 0xff));
        n >>= 8;
    }
    return QByteArray(1, char(0x80 | bytes.size())) + bytes;
}

QByteArray tlv(unsigned char identifier, const QByteArray &content)
{
    return QByteArray(1, char(identifier)) + derLength(content.size()) + content;
}

QByteArray fromOpenssl(unsigned char *der, int size)
{
    QByteArray out = size > 0 ? QByteArray(reinterpret_cast<const char *>(der), size) : QByteArray();
    OPENSSL_free(der);
    return out;
}

QByteArray nameDer(const X509_NAME *name)
{
    unsigned char *der = nullptr;
    const int n = i2d_X509_NAME(name, &der);
    return fromOpenssl(der, n);
}

QByteArray integerDer(const ASN1_INTEGER *value)
{
    unsigned char *der = nullptr;
    const int n = i2d_ASN1_INTEGER(value, &der);
    return fromOpenssl(der, n);
}

QByteArray objectDer(const char *oid)
{
    ASN1_OBJECT *obj = OBJ_txt2obj(oid, 0); // a dotted OID or a name
    unsigned char *der = nullptr;
    const int n = i2d_ASN1_OBJECT(obj, &der);
    ASN1_OBJECT_free(obj);
    return fromOpenssl(der, n);
}

QByteArray certificateHash(const EVP_MD *md, X509 *cert)
{
    unsigned char *der = nullptr;
    const int n = i2d_X509(cert, &der);
    unsigned char hash[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(der, size_t(n), hash, &size, md, nullptr);
    OPENSSL_free(der);
    return QByteArray(reinterpret_cast<const char *>(hash), int(size));
}

QByteArray generalizedTime(const QDateTime &time)
{
    return tlv(0x18, time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss'Z'")).toLatin1());
}

// GeneralNames holding one directoryName ([4], explicit: Name is a CHOICE).
QByteArray directoryName(const X509_NAME *name)
{
    return tlv(0x30, tlv(0xA4, nameDer(name)));
}

// IssuerSerial ::= SEQUENCE { issuer GeneralNames, serialNumber CertificateSerialNumber }
QByteArray issuerSerial(X509 *cert)
{
    return tlv(0x30, directoryName(X509_get_issuer_name(cert)) + integerDer(X509_get0_serialNumber(cert)));
}

// ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash, issuerSerial OPTIONAL },
// or ESSCertID (SHA-1, no algorithm). `algorithm` is empty for the default.
QByteArray essCertId(const QByteArray &algorithm, const QByteArray &hash, const QByteArray &issuerSerialDer)
{
    return tlv(0x30, algorithm + tlv(0x04, hash) + issuerSerialDer);
}

// SigningCertificateV2 (or SigningCertificate with `v1`): the first ID as
// the options say, then the further IDs.
QByteArray signingCertificate(const TsaOptions &o, bool v1)
{
    const EVP_MD *md = v1 ? EVP_sha1() : o.essHashNid ? EVP_get_digestbynid(o.essHashNid) : EVP_sha256();
    const QByteArray alg = v1 || !o.essHashNid
        ? QByteArray()
        : tlv(0x30, objectDer(OBJ_nid2sn(o.essHashNid)) + (o.essHashNid == NID_sha256 ? QByteArray() : tlv(0x05, {})));
    const auto essCertId = [&alg](const QByteArray &hash, const QByteArray &issuerSerialDer) {
        return testpki::essCertId(alg, hash, issuerSerialDer);
    };
    CertPtr tsa = loadCert(o.tsa->certPem);
    CertPtr other = o.other ? loadCert(o.other->certPem) : nullptr;
    QByteArray first;
    switch (o.firstId) {
    case TsaOptions::FirstId::Tsa:
        first = essCertId(certificateHash(md, tsa.get()), issuerSerial(tsa.get()));
        break;
    case TsaOptions::FirstId::TsaWithoutIssuerSerial:
        first = essCertId(certificateHash(md, tsa.get()), {});
        break;
    case TsaOptions::FirstId::OtherCertificate:
        first = essCertId(certificateHash(md, other.get()), issuerSerial(other.get()));
        break;
    case TsaOptions::FirstId::WrongHash: {
        QByteArray hash = certificateHash(md, tsa.get());
        hash[0] = char(hash[0] ^ 0x5a);
        first = essCertId(hash, issuerSerial(tsa.get()));
        break;
    }
    case TsaOptions::FirstId::WrongIssuerSerial:
        first = essCertId(certificateHash(md, tsa.get()), issuerSerial(other.get()));
        break;
    }
    QByteArray ids = first;
    for (const Cert *further : o.furtherIds) {
        CertPtr c = loadCert(further->certPem);
        ids += essCertId(certificateHash(md, c.get()), issuerSerial(c.get()));
    }
    return tlv(0x30, tlv(0x30, ids));
}

// An AttributeCertificate (RFC 5755) for `holder`, issued and signed by it:
// a role attribute, valid for a year.
QByteArray attributeCertificate(const Cert &holder)
{
    CertPtr cert = loadCert(holder.certPem);
    KeyPtr key = loadKey(holder.keyPem);
    const QByteArray algorithm = tlv(0x30, objectDer("1.2.840.113549.1.1.11") + tlv(0x05, {})); // sha256WithRSA
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray role = tlv(0x30,
        objectDer("2.5.4.72") // id-at-role
            + tlv(0x31, tlv(0x30, tlv(0xA1, tlv(0x86, "urn:example:em-test:timestamping")))));
    const QByteArray info = tlv(0x30,
        tlv(0x02, QByteArray(1, '\x01')) // v2
            + tlv(0x30,
                tlv(0xA0,
                    directoryName(X509_get_issuer_name(cert.get())) // holder: baseCertificateID
                        + integerDer(X509_get0_serialNumber(cert.get()))))
            + tlv(0xA0, directoryName(X509_get_subject_name(cert.get()))) // issuer: v2Form
            + algorithm + tlv(0x02, QByteArray(1, '\x07'))
            + tlv(0x30, generalizedTime(now.addDays(-1)) + generalizedTime(now.addDays(365))) + tlv(0x30, role));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t size = 0;
    QByteArray signature;
    const auto *data = reinterpret_cast<const unsigned char *>(info.constData());
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key.get()) == 1
        && EVP_DigestSign(ctx, nullptr, &size, data, size_t(info.size())) == 1) {
        signature.resize(qsizetype(size));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &size, data, size_t(info.size()))
            != 1)
            signature.clear();
        signature.truncate(qsizetype(size));
    }
    EVP_MD_CTX_free(ctx);
    if (signature.isEmpty())
        return {};
    return tlv(0x30, info + algorithm + tlv(0x03, QByteArray(1, '\0') + signature));
}

// A SignedData whose certificate set holds only `attributeCert` (as [2],
// AttributeCertificateV2). OpenSSL 3.0 has no call to add an attribute
// certificate, so this skeleton is read with d2i_CMS_ContentInfo and the CMS
// API completes it: eContentType, signer, attributes, certificates, content.
CMS_ContentInfo *signedDataWithAttributeCertificate(const QByteArray &attributeCert)
{
    QByteArray tagged = attributeCert;
    tagged[0] = char(0xA2); // [2] IMPLICIT, constructed
    // version 4: the certificate set holds a version 2 attribute certificate (RFC 5652, 5.1).
    const QByteArray signedData = tlv(0x30,
        tlv(0x02, QByteArray(1, '\x04')) + tlv(0x31, {}) + tlv(0x30, objectDer("1.2.840.113549.1.7.1"))
            + tlv(0xA0, tagged) + tlv(0x31, {}));
    const QByteArray contentInfo = tlv(0x30, objectDer("1.2.840.113549.1.7.2") + tlv(0xA0, signedData));
    const auto *p = reinterpret_cast<const unsigned char *>(contentInfo.constData());
    return d2i_CMS_ContentInfo(nullptr, &p, long(contentInfo.size()));
}

QByteArray tstInfo(const TsaOptions &o, int imprintNid, const QByteArray &imprint, quint64 nonce)
{
    TS_TST_INFO *tst = TS_TST_INFO_new();
    TS_TST_INFO_set_version(tst, 1);
    ASN1_OBJECT *policy = OBJ_txt2obj("1.2.3.4.1", 1);
    TS_TST_INFO_set_policy_id(tst, policy);
    ASN1_OBJECT_free(policy);
    TS_MSG_IMPRINT *msg = TS_MSG_IMPRINT_new();
    X509_ALGOR *algo = X509_ALGOR_new();
    X509_ALGOR_set0(algo, OBJ_nid2obj(imprintNid), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(msg, algo);
    X509_ALGOR_free(algo);
    QByteArray hash = imprint;
    TS_MSG_IMPRINT_set_msg(msg, reinterpret_cast<unsigned char *>(hash.data()), int(hash.size()));
    TS_TST_INFO_set_msg_imprint(tst, msg);
    TS_MSG_IMPRINT_free(msg);
    ASN1_INTEGER *serial = ASN1_INTEGER_new();
    ASN1_INTEGER_set(serial, 42);
    TS_TST_INFO_set_serial(tst, serial);
    ASN1_INTEGER_free(serial);
    const QDateTime genTime = o.genTime.isValid() ? o.genTime : QDateTime::currentDateTimeUtc();
    ASN1_GENERALIZEDTIME *time = ASN1_GENERALIZEDTIME_set(nullptr, time_t(genTime.toSecsSinceEpoch()));
    TS_TST_INFO_set_time(tst, time);
    ASN1_GENERALIZEDTIME_free(time);
    if (nonce != 0) {
        ASN1_INTEGER *n = ASN1_INTEGER_new();
        ASN1_INTEGER_set_uint64(n, nonce);
        TS_TST_INFO_set_nonce(tst, n);
        ASN1_INTEGER_free(n);
    }
    unsigned char *der = nullptr;
    const int size = i2d_TS_TST_INFO(tst, &der);
    TS_TST_INFO_free(tst);
    return fromOpenssl(der, size);
}

QByteArray buildToken(
    const TsaOptions &o, int imprintNid, const QByteArray &imprint, quint64 nonce, bool withCertificates)
{
    if (!o.tsa)
        return {};
    KeyPtr key = loadKey(o.tsa->keyPem);
    CertPtr cert = loadCert(o.tsa->certPem);
    const QByteArray content = tstInfo(o, imprintNid, imprint, nonce);
    const unsigned int flags
        = CMS_PARTIAL | CMS_BINARY | CMS_NOSMIMECAP | CMS_NOCERTS | (o.berIndefinite ? CMS_STREAM : 0);
    CMS_ContentInfo *cms = nullptr;
    if (o.attributeCertificate) {
        cms = signedDataWithAttributeCertificate(attributeCertificate(*o.tsa));
        if (cms)
            CMS_set_detached(cms, 0);
    } else {
        cms = CMS_sign(nullptr, nullptr, nullptr, nullptr, flags);
    }
    if (!cms)
        return {};
    std::unique_ptr<CMS_ContentInfo, Free<CMS_ContentInfo, CMS_ContentInfo_free>> owner(cms);
    CMS_set1_eContentType(cms, OBJ_nid2obj(NID_id_smime_ct_TSTInfo));
    CMS_SignerInfo *si = CMS_add1_signer(cms, cert.get(), key.get(), EVP_sha256(), flags);
    if (!si)
        return {};
    const bool v1 = o.signingCertificateV1 || o.bothVersions;
    const bool v2 = !o.signingCertificateV1 || o.bothVersions;
    for (const auto &[on, isV1] : {std::pair {v2, false}, std::pair {v1, true}}) {
        if (!on)
            continue;
        const QByteArray ess = signingCertificate(o, isV1);
        // OpenSSL must read back what the test TSA claims to be a valid attribute.
        const auto *p = reinterpret_cast<const unsigned char *>(ess.constData());
        void *parsed = isV1 ? static_cast<void *>(d2i_ESS_SIGNING_CERT(nullptr, &p, long(ess.size())))
                            : static_cast<void *>(d2i_ESS_SIGNING_CERT_V2(nullptr, &p, long(ess.size())));
        if (!parsed)
            return {};
        if (isV1)
            ESS_SIGNING_CERT_free(static_cast<ESS_SIGNING_CERT *>(parsed));
        else
            ESS_SIGNING_CERT_V2_free(static_cast<ESS_SIGNING_CERT_V2 *>(parsed));
        CMS_signed_add1_attr_by_NID(si,
            isV1 ? NID_id_smime_aa_signingCertificate : NID_id_smime_aa_signingCertificateV2, V_ASN1_SEQUENCE,
            ess.constData(), int(ess.size()));
    }
    for (const Cert *c : o.certificates) {
        if (!withCertificates)
            break;
        CertPtr x = loadCert(c->certPem);
        CMS_add1_cert(cms, x.get());
    }
    BioPtr in(BIO_new_mem_buf(content.constData(), int(content.size())));
    if (o.berIndefinite) {
        // Streaming: OpenSSL writes the ContentInfo, SignedData, the
        // encapsulated content and its OCTET STRING with indefinite lengths.
        BioPtr out(BIO_new(BIO_s_mem()));
        if (i2d_CMS_bio_stream(out.get(), cms, in.get(), CMS_STREAM | CMS_BINARY) != 1)
            return {};
        return bioBytes(out.get());
    }
    if (CMS_final(cms, in.get(), nullptr, CMS_BINARY) != 1)
        return {};
    unsigned char *der = nullptr;
    const int size = i2d_CMS_ContentInfo(cms, &der);
    return fromOpenssl(der, size);
}

QByteArray response(const TsaOptions &o, const QByteArray &token)
{
    if (token.isEmpty())
        return {};
    const QByteArray granted = tlv(0x30, tlv(0x02, QByteArray(1, '\0')));
    if (o.berIndefinite)
        return QByteArray("\x30\x80", 2) + granted + token + QByteArray(2, '\0');
    return tlv(0x30, granted + token);
}
} // namespace

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

QByteArray run(const QString &program, const QStringList &args, QString *error, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        if (error)
            *error = program + QStringLiteral(": cannot start: ") + p.errorString();
        return {};
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": exit ")
                + QString::number(p.exitCode()) + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError())
                + QString::fromUtf8(p.readAllStandardOutput());
        return {};
    }
    QByteArray out = p.readAllStandardOutput();
    if (out.isNull())
        out = QByteArray("");
    return out;
}

Pki::Pki(const QString &dir) : m_dir(dir)
{
    const QString codeSigning = QStringLiteral("codeSigning,") + QLatin1String(testEku);
    const QString leafUsage = QStringLiteral("critical,digitalSignature");
    const QString caUsage = QStringLiteral("critical,keyCertSign,cRLSign");
    root = issue(
        QStringLiteral("root"), {QStringLiteral("EM Test Root"), {}, true, 2048, -1000, 3650, caUsage}, nullptr);
    intermediate = issue(QStringLiteral("intermediate"),
        {QStringLiteral("EM Test Signing CA"), {}, true, 2048, -1000, 1825, caUsage}, &root);
    signer = issue(QStringLiteral("signer"),
        {QLatin1String(signerName), {}, false, 2048, -1, 365, leafUsage, codeSigning}, &intermediate);
    signerNoEku = issue(QStringLiteral("signer-no-eku"),
        {QLatin1String(signerName), {}, false, 2048, -1, 365, leafUsage, QStringLiteral("codeSigning")}, &intermediate);
    signerExpired = issue(QStringLiteral("signer-expired"),
        {QLatin1String(signerName), {}, false, 2048, -400, -10, leafUsage, codeSigning}, &intermediate);
    signerRevoked = issue(QStringLiteral("signer-revoked"),
        {QLatin1String(signerName), {}, false, 2048, -1, 365, leafUsage, codeSigning}, &intermediate);
    signerWeak = issue(QStringLiteral("signer-weak"),
        {QLatin1String(signerName), {}, false, 1024, -1, 365, leafUsage, codeSigning}, &intermediate);
    signerEc = issue(QStringLiteral("signer-ec"),
        {QLatin1String(signerName), {}, false, 0, -1, 365, leafUsage, codeSigning}, &intermediate);
    otherRoot = issue(QStringLiteral("other-root"),
        {QStringLiteral("Other Root"), QStringLiteral("Other Org"), true, 2048, -30, 3650, caUsage}, nullptr);
    otherSigner = issue(QStringLiteral("other-signer"),
        {QLatin1String(signerName), {}, false, 2048, -1, 365, leafUsage, codeSigning}, &otherRoot);
    // Same name as the real root, different key: a root that exists only in the document.
    forgedRoot = issue(
        QStringLiteral("forged-root"), {QStringLiteral("EM Test Root"), {}, true, 2048, -1000, 3650, caUsage}, nullptr);
    forgedSigner = issue(QStringLiteral("forged-signer"),
        {QLatin1String(signerName), {}, false, 2048, -1, 365, leafUsage, codeSigning}, &forgedRoot);
    tsaRoot = issue(QStringLiteral("tsa-root"),
        {QStringLiteral("EM Test TSA Root"), {}, true, 2048, -1000, 3650, caUsage}, nullptr);
    tsa = issue(QStringLiteral("tsa"),
        {QStringLiteral("EM Test TSA"), {}, false, 2048, -1, 730, leafUsage, QStringLiteral("critical,timeStamping")},
        &tsaRoot);
    tsaNonCritical = issue(QStringLiteral("tsa-noncritical"),
        {QStringLiteral("EM Test TSA NC"), {}, false, 2048, -1, 730, leafUsage, QStringLiteral("timeStamping")},
        &tsaRoot);
    tsaNoEku = issue(QStringLiteral("tsa-no-eku"),
        {QStringLiteral("EM Test TSA No EKU"), {}, false, 2048, -1, 730, leafUsage, QString()}, &tsaRoot);
    otherTsaRoot = issue(QStringLiteral("other-tsa-root"),
        {QStringLiteral("Other TSA Root"), QStringLiteral("Other Org"), true, 2048, -30, 3650, caUsage}, nullptr);
    otherTsa = issue(QStringLiteral("other-tsa"),
        {QStringLiteral("Other TSA"), QStringLiteral("Other Org"), false, 2048, -1, 730, leafUsage,
            QStringLiteral("critical,timeStamping")},
        &otherTsaRoot);
    tlsRoot = issue(QStringLiteral("tls-root"),
        {QStringLiteral("EM Test Inspection Root"), {}, true, 0, -30, 3650, caUsage}, nullptr);
    tlsServer = issue(QStringLiteral("tls-server"),
        {QStringLiteral("localhost"), {}, false, 0, -1, 365, QStringLiteral("critical,digitalSignature"),
            QStringLiteral("serverAuth"), QStringLiteral("DNS:localhost,IP:127.0.0.1")},
        &tlsRoot);
    rootCrlPem = crl(QStringLiteral("root"), root, {});
    intermediateCrlPem = crl(QStringLiteral("intermediate"), intermediate, {&signerRevoked});
    tsaRootCrlPem = crl(QStringLiteral("tsa-root"), tsaRoot, {});
    chainPath = intermediate.certPath;
    writeFile(m_dir + QStringLiteral("/tsa-chain.pem"), tsa.certPem + tsaRoot.certPem);
}

Cert Pki::issue(const QString &name, const CertSpec &spec, const Cert *issuer)
{
    Cert out;
    if (!m_error.isEmpty())
        return out;
    KeyPtr key(spec.rsaBits > 0 ? rsaKey(name, spec.rsaBits, &m_keysTaken) : KeyPtr(EVP_EC_gen("P-256")));
    CertPtr cert(X509_new());
    KeyPtr issuerKey = issuer ? loadKey(issuer->keyPem) : nullptr;
    CertPtr issuerCert = issuer ? loadCert(issuer->certPem) : nullptr;
    if (!key || !cert || (issuer && (!issuerKey || !issuerCert))) {
        m_error = QStringLiteral("cannot create key or certificate for ") + name;
        return out;
    }
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), long(spec.notBeforeDays * 86400));
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(spec.notAfterDays * 86400));
    const QString organization = spec.organization.isEmpty() ? QStringLiteral("EM Test") : spec.organization;
    X509_NAME *subject = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>(organization.toUtf8().constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>(spec.commonName.toUtf8().constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuerCert.get()) : subject);
    X509_set_pubkey(cert.get(), key.get());
    X509 *issuerX = issuer ? issuerCert.get() : cert.get();
    bool ok = addExt(cert.get(), issuerX, NID_basic_constraints,
        spec.ca ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("CA:FALSE"));
    ok = ok && addExt(cert.get(), issuerX, NID_key_usage, spec.keyUsage);
    ok = ok && addExt(cert.get(), issuerX, NID_ext_key_usage, spec.extendedKeyUsage);
    ok = ok && addExt(cert.get(), issuerX, NID_subject_key_identifier, QStringLiteral("hash"));
    if (issuer)
        ok = ok && addExt(cert.get(), issuerX, NID_authority_key_identifier, QStringLiteral("keyid:always"));
    ok = ok && addExt(cert.get(), issuerX, NID_subject_alt_name, spec.subjectAltName);
    if (!spec.crlDistributionPoint.isEmpty())
        ok = ok
            && addExt(
                cert.get(), issuerX, NID_crl_distribution_points, QStringLiteral("URI:") + spec.crlDistributionPoint);
    if (!ok || X509_sign(cert.get(), issuer ? issuerKey.get() : key.get(), EVP_sha256()) <= 0) {
        m_error = QStringLiteral("cannot sign certificate ") + name;
        ERR_print_errors_fp(stderr);
        return out;
    }
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certBio.get(), cert.get());
    PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    out.certPem = bioBytes(certBio.get());
    out.keyPem = bioBytes(keyBio.get());
    out.certPath = m_dir + QLatin1Char('/') + name + QStringLiteral(".pem");
    out.keyPath = m_dir + QLatin1Char('/') + name + QStringLiteral(".key");
    out.subject = QStringLiteral("CN=%1, O=%2").arg(spec.commonName, organization);
    if (!writeFile(out.certPath, out.certPem) || !writeFile(out.keyPath, out.keyPem))
        m_error = QStringLiteral("cannot write ") + out.certPath;
    return out;
}

QByteArray Pki::crl(const QString &name, const Cert &issuer, const QList<const Cert *> &revoked, qint64 lastUpdateDays,
    qint64 nextUpdateDays)
{
    KeyPtr key = loadKey(issuer.keyPem);
    CertPtr issuerCert = loadCert(issuer.certPem);
    X509_CRL *crl = X509_CRL_new();
    X509_CRL_set_version(crl, 1);
    X509_CRL_set_issuer_name(crl, X509_get_subject_name(issuerCert.get()));
    ASN1_TIME *last = X509_gmtime_adj(nullptr, long(lastUpdateDays * 86400));
    ASN1_TIME *next = X509_gmtime_adj(nullptr, long(nextUpdateDays * 86400));
    X509_CRL_set1_lastUpdate(crl, last);
    X509_CRL_set1_nextUpdate(crl, next);
    for (const Cert *r : revoked) {
        CertPtr c = loadCert(r->certPem);
        X509_REVOKED *entry = X509_REVOKED_new();
        X509_REVOKED_set_serialNumber(entry, X509_get_serialNumber(c.get()));
        X509_REVOKED_set_revocationDate(entry, last);
        X509_CRL_add0_revoked(crl, entry);
    }
    ASN1_TIME_free(last);
    ASN1_TIME_free(next);
    X509_CRL_sort(crl);
    X509_CRL_sign(crl, key.get(), EVP_sha256());
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509_CRL(bio.get(), crl);
    X509_CRL_free(crl);
    const QByteArray pem = bioBytes(bio.get());
    writeFile(m_dir + QLatin1Char('/') + name + QStringLiteral(".crl.pem"), pem);
    return pem;
}

em::TrustProfile Pki::profile() const
{
    em::TrustProfile p;
    p.name = QStringLiteral("test");
    p.anchorsPem = root.certPem;
    p.tsaAnchorsPem = tsaRoot.certPem;
    p.signerSubject = QStringLiteral("CN=%1, O=EM Test").arg(QLatin1String(signerName));
    p.requiredEkus = {QStringLiteral("1.3.6.1.5.5.7.3.3"), QLatin1String(testEku)};
    return p;
}

QByteArray opensslTsReply(const Pki &pki, const Cert &tsa, const QByteArray &requestDer, QString *error)
{
    const QString dir = pki.dir();
    const QString config = QStringLiteral("[ tsa ]\n"
                                          "default_tsa = tsa_config1\n"
                                          "[ tsa_config1 ]\n"
                                          "serial = %1/tsaserial\n"
                                          "crypto_device = builtin\n"
                                          "signer_cert = %2\n"
                                          "certs = %1/tsa-chain.pem\n"
                                          "signer_key = %3\n"
                                          "signer_digest = sha256\n"
                                          "default_policy = 1.2.3.4.1\n"
                                          "other_policies = 1.2.3.4.5.6\n"
                                          "digests = sha256, sha384, sha512\n"
                                          "accuracy = secs:1, millisecs:500, microsecs:100\n"
                                          "clock_precision_digits = 0\n"
                                          "ordering = yes\n"
                                          "tsa_name = yes\n"
                                          "ess_cert_id_chain = no\n"
                                          "ess_cert_id_alg = sha256\n")
                               .arg(dir, tsa.certPath, tsa.keyPath);
    QTemporaryFile cfg(dir + QStringLiteral("/tsaXXXXXX.cnf"));
    QTemporaryFile query(dir + QStringLiteral("/reqXXXXXX.tsq"));
    if (!cfg.open() || !query.open())
        return {};
    cfg.write(config.toUtf8());
    cfg.flush();
    query.write(requestDer);
    query.flush();
    const QString serial = dir + QStringLiteral("/tsaserial");
    if (!QFile::exists(serial))
        writeFile(serial, "01\n");
    const QString out = query.fileName() + QStringLiteral(".tsr");
    if (run(QStringLiteral("openssl"),
            {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"), cfg.fileName(),
                QStringLiteral("-queryfile"), query.fileName(), QStringLiteral("-out"), out},
            error)
            .isNull())
        return {};
    const QByteArray response = readFile(out);
    QFile::remove(out);
    return response;
}

TsaOptions TsaOptions::plain(const Cert &tsa, const Cert &tsaRoot)
{
    TsaOptions o;
    o.tsa = &tsa;
    o.certificates = {&tsa, &tsaRoot};
    return o;
}

TsaOptions TsaOptions::vendor(const Pki &pki)
{
    TsaOptions o = plain(pki.tsaNonCritical, pki.tsaRoot);
    o.berIndefinite = true;
    o.attributeCertificate = true;
    o.furtherIds = {&pki.otherTsa, &pki.otherTsaRoot};
    return o;
}

QByteArray timestampToken(const TsaOptions &options, const QByteArray &imprint, quint64 nonce)
{
    return buildToken(options, NID_sha256, imprint, nonce, true);
}

QByteArray cmsTimestampResponse(const TsaOptions &options, const QByteArray &signedBytes, quint64 nonce)
{
    unsigned char hash[32];
    SHA256(reinterpret_cast<const unsigned char *>(signedBytes.constData()), size_t(signedBytes.size()), hash);
    return response(options, timestampToken(options, QByteArray(reinterpret_cast<const char *>(hash), 32), nonce));
}

QByteArray timestampReply(const TsaOptions &options, const QByteArray &requestDer, QString *error)
{
    const auto *p = reinterpret_cast<const unsigned char *>(requestDer.constData());
    TS_REQ *req = d2i_TS_REQ(nullptr, &p, long(requestDer.size()));
    if (!req) {
        if (error)
            *error = QStringLiteral("not a TimeStampReq");
        return {};
    }
    TS_MSG_IMPRINT *imprint = TS_REQ_get_msg_imprint(req);
    const ASN1_OBJECT *algorithm = nullptr;
    X509_ALGOR_get0(&algorithm, nullptr, nullptr, TS_MSG_IMPRINT_get_algo(imprint));
    const ASN1_OCTET_STRING *hash = TS_MSG_IMPRINT_get_msg(imprint);
    const QByteArray hashBytes(reinterpret_cast<const char *>(ASN1_STRING_get0_data(hash)), ASN1_STRING_length(hash));
    uint64_t nonce = 0;
    const ASN1_INTEGER *n = TS_REQ_get_nonce(req);
    if (n)
        ASN1_INTEGER_get_uint64(&nonce, n);
    const bool certReq = TS_REQ_get_cert_req(req) != 0;
    const int nid = OBJ_obj2nid(algorithm);
    TS_REQ_free(req);
    const QByteArray reply = response(options, buildToken(options, nid, hashBytes, nonce, certReq));
    if (reply.isEmpty() && error)
        *error = QStringLiteral("cannot build the timestamp token");
    return reply;
}

QByteArray sampleFeed(const QString &issued)
{
    const QString issuedAttr = issued.isEmpty() ? QString() : QStringLiteral(" issued=\"%1\"").arg(issued);
    return QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<EOCS version=\"1.0.4\"%1>\n"
        "  <Config id=\"PING1\" desc=\"EEMS Heartbeat probe. Does not modify any exchange settings.\">\n"
        "    <ActionList>\n"
        "      <Action type=\"DoNothing\" scope=\"Server\" desc=\"Ping mitigation action. Does not modify any "
        "exchange settings.\"><Value>DoNothing</Value></Action>\n"
        "    </ActionList>\n"
        "  </Config>\n"
        "  <Config id=\"M1\" desc=\"Mitigation of CVE-2022-41040 via URL Rewrite configuration\">\n"
        "    <Applicability>\n"
        "      <Product name=\"Exchange2019\" min=\"15.2.0.0\" max=\"15.2.1118.15\"/>\n"
        "      <Product name=\"Exchange2016\" min=\"15.1.0.0\" max=\"15.1.2507.13\"/>\n"
        "    </Applicability>\n"
        "    <Rollback>Remove the rule \"EEMS M1.1 PowerShell - inbound\" from the IIS URL Rewrite module in "
        "Default Web Site.</Rollback>\n"
        "    <ActionList>\n"
        "      <Action id=\"M1.1\" type=\"UrlRewrite\" scope=\"Site\" target=\"Default Web Site\" desc=\"Block "
        "autodiscover PowerShell requests\">\n"
        "        <rules>\n"
        "          <rule name=\"EEMS M1.1 PowerShell - inbound\" stopProcessing=\"true\">\n"
        "            <match url=\".*\" />\n"
        "            <conditions><add input=\"{UrlDecode:{REQUEST_URI}}\" "
        "pattern=\"(?=.*autodiscover)(?=.*powershell)\" /></conditions>\n"
        "            <action type=\"AbortRequest\" />\n"
        "          </rule>\n"
        "        </rules>\n"
        "      </Action>\n"
        "    </ActionList>\n"
        "  </Config>\n"
        "  <Config id=\"M2\" desc=\"Remove a response header from OWA (été ✓)\">\n"
        "    <ActionList>\n"
        "      <Action id=\"M2.1\" type=\"UrlRewrite\" scope=\"VDir\" target=\"Default Web Site/owa\" "
        "desc=\"Outbound rule\">\n"
        "        <rules>\n"
        "          <outboundRules>\n"
        "            <preConditions>\n"
        "              <preCondition name=\"EEMS M2.1 html - precondition\"><add "
        "input=\"{RESPONSE_CONTENT_TYPE}\" pattern=\"^text/html\" /></preCondition>\n"
        "            </preConditions>\n"
        "            <rule name=\"EEMS M2.1 header - outbound\" preCondition=\"EEMS M2.1 html - "
        "precondition\">\n"
        "              <match serverVariable=\"RESPONSE_X_Test\" pattern=\".*\" />\n"
        "              <action type=\"Rewrite\" value=\"\" />\n"
        "            </rule>\n"
        "          </outboundRules>\n"
        "        </rules>\n"
        "      </Action>\n"
        "    </ActionList>\n"
        "  </Config>\n"
        "  <Config id=\"M3\" desc=\"Disable the OWA calendar app pool\">\n"
        "    <ActionList>\n"
        "      <Action id=\"M3.1\" type=\"DisableAppPool\" scope=\"Server\" "
        "target=\"MSExchangeOWACalendarAppPool\" desc=\"Stop and disable the app pool\"/>\n"
        "    </ActionList>\n"
        "  </Config>\n"
        "  <Config id=\"M4\" desc=\"Disable IMAP4\">\n"
        "    <ActionList>\n"
        "      <Action id=\"M4.1\" type=\"DisableService\" scope=\"Server\" target=\"MSExchangeIMAP4\" "
        "desc=\"Stop and disable IMAP4\"/>\n"
        "    </ActionList>\n"
        "  </Config>\n"
        "</EOCS>\n")
        .arg(issuedAttr)
        .toUtf8();
}

} // namespace testpki
