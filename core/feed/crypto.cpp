#include "crypto_p.h"

#include <cstring>
#include <ctime>
#include <optional>

#include <QCoreApplication>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509v3.h>

namespace em::feed_detail {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedCrypto)
};

using BioPtr = std::unique_ptr<BIO, OsslDeleter<BIO, BIO_free_all>>;
using X509StorePtr = std::unique_ptr<X509_STORE, OsslDeleter<X509_STORE, X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OsslDeleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OsslDeleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using TstInfoPtr = std::unique_ptr<TS_TST_INFO, OsslDeleter<TS_TST_INFO, TS_TST_INFO_free>>;
using TsReqPtr = std::unique_ptr<TS_REQ, OsslDeleter<TS_REQ, TS_REQ_free>>;
using StatusInfoPtr = std::unique_ptr<TS_STATUS_INFO, OsslDeleter<TS_STATUS_INFO, TS_STATUS_INFO_free>>;
using TsImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, OsslDeleter<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, OsslDeleter<ASN1_INTEGER, ASN1_INTEGER_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OsslDeleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OsslDeleter<BIGNUM, BN_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OsslDeleter<ECDSA_SIG, ECDSA_SIG_free>>;
using EkuPtr = std::unique_ptr<EXTENDED_KEY_USAGE, OsslDeleter<EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free>>;
using EssV1Ptr = std::unique_ptr<ESS_SIGNING_CERT, OsslDeleter<ESS_SIGNING_CERT, ESS_SIGNING_CERT_free>>;
using EssV2Ptr = std::unique_ptr<ESS_SIGNING_CERT_V2, OsslDeleter<ESS_SIGNING_CERT_V2, ESS_SIGNING_CERT_V2_free>>;

constexpr char anyEku[] = "2.5.29.37.0";
constexpr char timeStampingEku[] = "1.3.6.1.5.5.7.3.8";
constexpr int maxChainDepth = 8;
constexpr qint64 allowedClockSkewSecs = 300;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

QString objectText(const ASN1_OBJECT *obj)
{
    char buf[128];
    const int n = OBJ_obj2txt(buf, sizeof buf, obj, 1);
    return n > 0 ? QString::fromLatin1(buf, std::min<int>(n, int(sizeof buf) - 1)) : QString();
}

time_t toTimeT(const QDateTime &time)
{
    return time_t(time.toSecsSinceEpoch());
}

QString withOpenssl(const QString &message)
{
    const QString detail = takeOpensslErrors();
    return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

// The certificates and anchors as a store and a verification context at `at`.
struct VerifyContext {
    X509StorePtr store;
    X509StoreCtxPtr ctx;
    STACK_OF(X509) *untrusted = nullptr;
    ~VerifyContext() { sk_X509_free(untrusted); }
};

std::unique_ptr<VerifyContext> makeVerifyContext(
    X509 *leaf, const QList<X509 *> &untrusted, const QList<X509 *> &anchors, const QDateTime &at)
{
    auto v = std::make_unique<VerifyContext>();
    v->store.reset(X509_STORE_new());
    v->ctx.reset(X509_STORE_CTX_new());
    v->untrusted = sk_X509_new_null();
    if (!v->store || !v->ctx || !v->untrusted)
        return nullptr;
    for (X509 *anchor : anchors) {
        if (X509_STORE_add_cert(v->store.get(), anchor) != 1)
            ERR_clear_error(); // a duplicate anchor is not an error
    }
    for (X509 *cert : untrusted)
        sk_X509_push(v->untrusted, cert);
    if (X509_STORE_CTX_init(v->ctx.get(), v->store.get(), leaf, v->untrusted) != 1)
        return nullptr;
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(v->ctx.get());
    X509_VERIFY_PARAM_set_time(param, toTimeT(at));
    X509_VERIFY_PARAM_set_depth(param, maxChainDepth);
    return v;
}

QString verifyErrorText(int error)
{
    return QString::fromUtf8(X509_verify_cert_error_string(error));
}
} // namespace

void X509StackDeleter::operator()(STACK_OF(X509) * s) const
{
    sk_X509_pop_free(s, X509_free);
}

QString takeOpensslErrors()
{
    QStringList parts;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        const char *reason = ERR_reason_error_string(code);
        parts << (reason ? QString::fromUtf8(reason) : QString::fromUtf8(buf));
    }
    parts.removeDuplicates();
    return parts.join(QStringLiteral("; "));
}

Result<std::vector<X509Ptr>> certificatesFromPem(const QByteArray &pem, const QString &what)
{
    ERR_clear_error();
    std::vector<X509Ptr> certs;
    if (pem.trimmed().isEmpty())
        return certs;
    BioPtr bio = memoryBio(pem);
    while (true) {
        X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
        if (!cert)
            break;
        certs.push_back(X509Ptr(cert));
    }
    const unsigned long last = ERR_peek_last_error();
    if (ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE)
        ERR_clear_error(); // the normal end of the input
    const QString errors = takeOpensslErrors();
    if (!errors.isEmpty())
        return fail(ErrorCode::Format, Text::tr("%1: not a valid PEM certificate (%2)").arg(what, errors));
    if (certs.empty())
        return fail(ErrorCode::Format, Text::tr("%1: no PEM certificate found").arg(what));
    return certs;
}

Result<X509Ptr> certificateFromDer(const QByteArray &der, const QString &what)
{
    ERR_clear_error();
    const unsigned char *p = bytes(der);
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    if (!cert)
        return fail(ErrorCode::Format, withOpenssl(Text::tr("%1: not a valid DER certificate").arg(what)));
    if (p != bytes(der) + der.size())
        return fail(ErrorCode::Format, Text::tr("%1: unexpected bytes after the certificate").arg(what));
    return cert;
}

Result<std::vector<X509CrlPtr>> crlsFromData(const QByteArray &data, const QString &what)
{
    ERR_clear_error();
    std::vector<X509CrlPtr> crls;
    if (data.trimmed().isEmpty())
        return crls;
    if (data.contains("-----BEGIN")) {
        BioPtr bio = memoryBio(data);
        while (X509_CRL *crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr))
            crls.push_back(X509CrlPtr(crl));
        const unsigned long last = ERR_peek_last_error();
        if (ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE)
            ERR_clear_error();
        const QString errors = takeOpensslErrors();
        if (!errors.isEmpty() || crls.empty())
            return fail(ErrorCode::Format,
                Text::tr("%1: not a valid PEM CRL (%2)")
                    .arg(what, errors.isEmpty() ? Text::tr("no CRL found") : errors));
        return crls;
    }
    const unsigned char *p = bytes(data);
    X509_CRL *crl = d2i_X509_CRL(nullptr, &p, long(data.size()));
    if (!crl)
        return fail(ErrorCode::Format, withOpenssl(Text::tr("%1: not a valid DER CRL").arg(what)));
    crls.push_back(X509CrlPtr(crl));
    return crls;
}

QByteArray certificateDer(X509 *cert)
{
    unsigned char *out = nullptr;
    const int n = i2d_X509(cert, &out);
    if (n <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), n);
    OPENSSL_free(out);
    return der;
}

QByteArray certificatePem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioContents(bio.get());
}

QString nameText(const X509_NAME *name)
{
    if (!name)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    const unsigned long flags = (ASN1_STRFLGS_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) | XN_FLAG_SEP_CPLUS_SPC | XN_FLAG_DN_REV
        | XN_FLAG_FN_SN | XN_FLAG_DUMP_UNKNOWN_FIELDS;
    X509_NAME_print_ex(bio.get(), name, 0, flags);
    return QString::fromUtf8(bioContents(bio.get()));
}

QString subjectText(X509 *cert)
{
    return nameText(X509_get_subject_name(cert));
}

QString issuerText(X509 *cert)
{
    return nameText(X509_get_issuer_name(cert));
}

QDateTime asn1Time(const ASN1_TIME *time)
{
    struct tm tm {
    };
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(
        QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

bool isSelfSigned(X509 *cert)
{
    return X509_self_signed(cert, 0) == 1;
}

QStringList extendedKeyUsages(X509 *cert, bool *present)
{
    int critical = -1;
    EkuPtr eku(static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(cert, NID_ext_key_usage, &critical, nullptr)));
    if (present)
        *present = critical >= 0;
    QStringList oids;
    if (!eku)
        return oids;
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku.get()); ++i)
        oids << objectText(sk_ASN1_OBJECT_value(eku.get(), i));
    return oids;
}

Result<void> matchSubject(X509 *cert, const QString &expected)
{
    // "CN=Microsoft Exchange XML Signing, O=Microsoft Corporation"; a backslash escapes a comma.
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QChar c = expected.at(i);
        if (c == QLatin1Char('\\') && i + 1 < expected.size()) {
            current += expected.at(++i);
        } else if (c == QLatin1Char(',')) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    const X509_NAME *subject = X509_get_subject_name(cert);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(ErrorCode::InvalidArgument,
                Text::tr("expected signer name '%1': '%2' is not ATTRIBUTE=value").arg(expected, part));
        const QString attribute = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        const int nid = OBJ_txt2nid(attribute.toLatin1().constData());
        if (nid == NID_undef)
            return fail(ErrorCode::InvalidArgument,
                Text::tr("expected signer name '%1': unknown attribute '%2'").arg(expected, attribute));
        QStringList found;
        bool matched = false;
        for (int idx = X509_NAME_get_index_by_NID(subject, nid, -1); idx >= 0;
             idx = X509_NAME_get_index_by_NID(subject, nid, idx)) {
            const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, idx));
            unsigned char *utf8 = nullptr;
            const int n = ASN1_STRING_to_UTF8(&utf8, data);
            if (n < 0)
                continue;
            const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
            OPENSSL_free(utf8);
            found << text;
            if (text == value)
                matched = true;
        }
        if (!matched) {
            return fail(ErrorCode::Verification,
                found.isEmpty() ? Text::tr("signer '%1' has no %2 attribute; expected %2=%3")
                                      .arg(subjectText(cert), attribute, value)
                                : Text::tr("signer '%1' has %2=%3; expected %2=%4")
                                      .arg(subjectText(cert), attribute, found.join(QStringLiteral(" + ")), value));
        }
    }
    return {};
}

QStringList crlDistributionUrls(X509 *cert)
{
    QStringList urls;
    auto *points
        = static_cast<STACK_OF(DIST_POINT) *>(X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
    if (!points)
        return urls;
    for (int i = 0; i < sk_DIST_POINT_num(points); ++i) {
        DIST_POINT *dp = sk_DIST_POINT_value(points, i);
        if (!dp->distpoint || dp->distpoint->type != 0)
            continue;
        GENERAL_NAMES *names = dp->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            GENERAL_NAME *name = sk_GENERAL_NAME_value(names, j);
            if (name->type != GEN_URI)
                continue;
            const ASN1_IA5STRING *uri = name->d.uniformResourceIdentifier;
            const QString url = QString::fromLatin1(
                reinterpret_cast<const char *>(ASN1_STRING_get0_data(uri)), ASN1_STRING_length(uri));
            if (url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://")))
                urls << url;
        }
    }
    sk_DIST_POINT_pop_free(points, DIST_POINT_free);
    return urls;
}

Result<X509StackPtr> verifyChain(
    X509 *leaf, const QList<X509 *> &untrusted, const QList<X509 *> &anchors, const QDateTime &at, const QString &what)
{
    ERR_clear_error();
    if (anchors.isEmpty())
        return fail(ErrorCode::Verification, Text::tr("%1: no trust anchor configured").arg(what));
    auto v = makeVerifyContext(leaf, untrusted, anchors, at);
    if (!v)
        return fail(ErrorCode::Verification, withOpenssl(Text::tr("%1: cannot set up verification").arg(what)));
    // No purpose is set: OpenSSL 3.0 has none for code signing. The caller
    // checks the EKUs itself, after this verification succeeded.
    const int rc = X509_verify_cert(v->ctx.get());
    if (rc <= 0) {
        const int error = X509_STORE_CTX_get_error(v->ctx.get());
        X509 *current = X509_STORE_CTX_get_current_cert(v->ctx.get());
        const QString who = current ? subjectText(current) : subjectText(leaf);
        takeOpensslErrors();
        QString reason = verifyErrorText(error);
        switch (error) {
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
            reason = Text::tr("self-signed certificate '%1' comes from the document and is not a trust anchor of "
                              "the profile")
                         .arg(who);
            break;
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
            reason = Text::tr("no trust anchor of the profile issued '%1' (issuer '%2')")
                         .arg(who, current ? issuerText(current) : QString());
            break;
        case X509_V_ERR_CERT_HAS_EXPIRED:
            reason = Text::tr("certificate '%1' expired on %2 (validated at %3)")
                         .arg(who, current ? asn1Time(X509_get0_notAfter(current)).toString(Qt::ISODate) : QString(),
                             at.toString(Qt::ISODate));
            break;
        case X509_V_ERR_CERT_NOT_YET_VALID:
            reason = Text::tr("certificate '%1' is not valid before %2 (validated at %3)")
                         .arg(who, current ? asn1Time(X509_get0_notBefore(current)).toString(Qt::ISODate) : QString(),
                             at.toString(Qt::ISODate));
            break;
        default:
            reason = Text::tr("certificate '%1': %2").arg(who, reason);
            break;
        }
        return fail(ErrorCode::Verification, Text::tr("%1: %2").arg(what, reason));
    }
    X509StackPtr chain(X509_STORE_CTX_get1_chain(v->ctx.get()));
    if (!chain || sk_X509_num(chain.get()) < 1)
        return fail(ErrorCode::Verification, Text::tr("%1: no chain built").arg(what));
    // The top of the chain must be one of the configured anchors, never a
    // certificate that came with the document.
    X509 *top = sk_X509_value(chain.get(), sk_X509_num(chain.get()) - 1);
    bool anchored = false;
    for (X509 *anchor : anchors) {
        if (X509_cmp(anchor, top) == 0)
            anchored = true;
    }
    if (!anchored)
        return fail(ErrorCode::Verification,
            Text::tr("%1: chain ends at '%2', which is not a trust anchor of the profile").arg(what, subjectText(top)));
    return chain;
}

namespace {
struct RevocationWalk {
    RevocationStatus status;
    int anchorDepth = -1;
};

int revocationCallback(int ok, X509_STORE_CTX *ctx)
{
    auto *walk = static_cast<RevocationWalk *>(X509_STORE_CTX_get_app_data(ctx));
    if (ok)
        return 1;
    const int error = X509_STORE_CTX_get_error(ctx);
    const int depth = X509_STORE_CTX_get_error_depth(ctx);
    X509 *cert = X509_STORE_CTX_get_current_cert(ctx);
    const QString who = cert ? subjectText(cert) : QString();
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        // Validity was checked at the signing time by the chain check.
        return 1;
    case X509_V_ERR_UNABLE_TO_GET_CRL:
    case X509_V_ERR_CRL_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
    case X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER:
    case X509_V_ERR_CRL_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE:
    case X509_V_ERR_DIFFERENT_CRL_SCOPE:
    case X509_V_ERR_KEYUSAGE_NO_CRL_SIGN:
    case X509_V_ERR_ERROR_IN_CRL_LAST_UPDATE_FIELD:
    case X509_V_ERR_ERROR_IN_CRL_NEXT_UPDATE_FIELD:
        if (depth != walk->anchorDepth)
            walk->status.unknown << Text::tr("'%1' (%2)").arg(who, verifyErrorText(error));
        return 1;
    case X509_V_ERR_CERT_REVOKED:
        walk->status.revoked = Text::tr("certificate '%1' is revoked").arg(who);
        return 0;
    default:
        walk->status.unknown << Text::tr("'%1' (%2)").arg(who, verifyErrorText(error));
        return 1;
    }
}
} // namespace

RevocationStatus checkRevocation(STACK_OF(X509) * chain, const QList<X509_CRL *> &crls, const QDateTime &at)
{
    ERR_clear_error();
    RevocationWalk walk;
    const int n = sk_X509_num(chain);
    if (n < 1) {
        walk.status.state = RevocationStatus::Unknown;
        return walk.status;
    }
    QList<X509 *> untrusted;
    for (int i = 1; i < n - 1; ++i)
        untrusted << sk_X509_value(chain, i);
    X509 *anchor = sk_X509_value(chain, n - 1);
    auto v = makeVerifyContext(sk_X509_value(chain, 0), untrusted, {anchor}, at);
    if (!v) {
        walk.status.state = RevocationStatus::Unknown;
        walk.status.unknown << withOpenssl(Text::tr("cannot set up the CRL check"));
        return walk.status;
    }
    walk.anchorDepth = n - 1;
    STACK_OF(X509_CRL) *crlStack = sk_X509_CRL_new_null();
    for (X509_CRL *crl : crls)
        sk_X509_CRL_push(crlStack, crl);
    X509_STORE_CTX_set0_crls(v->ctx.get(), crlStack);
    X509_VERIFY_PARAM_set_flags(
        X509_STORE_CTX_get0_param(v->ctx.get()), X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
    X509_STORE_CTX_set_verify_cb(v->ctx.get(), revocationCallback);
    X509_STORE_CTX_set_app_data(v->ctx.get(), &walk);
    const int rc = X509_verify_cert(v->ctx.get());
    v.reset();
    sk_X509_CRL_free(crlStack);
    takeOpensslErrors();
    if (!walk.status.revoked.isEmpty())
        walk.status.state = RevocationStatus::Revoked;
    else if (!walk.status.unknown.isEmpty() || rc <= 0)
        walk.status.state = RevocationStatus::Unknown;
    else
        walk.status.state = RevocationStatus::Good;
    return walk.status;
}

Result<QByteArray> digest(const char *opensslName, const QByteArray &data)
{
    Digester digester(opensslName);
    digester.update(data.constData(), data.size());
    return digester.result();
}

Digester::Digester(const char *opensslName) : m_name(opensslName)
{
    ERR_clear_error();
    const EVP_MD *md = EVP_get_digestbyname(opensslName);
    m_ctx = EVP_MD_CTX_new();
    m_ok = md && m_ctx && EVP_DigestInit_ex(m_ctx, md, nullptr) == 1;
}

Digester::~Digester()
{
    EVP_MD_CTX_free(m_ctx);
}

void Digester::update(const char *data, qsizetype size)
{
    m_ok = m_ok && EVP_DigestUpdate(m_ctx, data, size_t(size)) == 1;
}

Result<QByteArray> Digester::result()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    m_ok = m_ok && EVP_DigestFinal_ex(m_ctx, out, &size) == 1;
    if (!m_ok)
        return fail(ErrorCode::Verification, withOpenssl(Text::tr("digest %1 unavailable").arg(QLatin1String(m_name))));
    return QByteArray(reinterpret_cast<const char *>(out), int(size));
}

QString keyDescription(EVP_PKEY *key)
{
    const int id = EVP_PKEY_get_base_id(key);
    const QString type = id == EVP_PKEY_RSA ? QStringLiteral("RSA")
        : id == EVP_PKEY_EC                 ? QStringLiteral("EC")
                                            : QString::fromLatin1(OBJ_nid2sn(id));
    return Text::tr("%1 %2 bits").arg(type).arg(EVP_PKEY_get_bits(key));
}

Result<void> checkKeyStrength(EVP_PKEY *key)
{
    const int id = EVP_PKEY_get_base_id(key);
    const int bits = EVP_PKEY_get_bits(key);
    if ((id == EVP_PKEY_RSA && bits >= 2048) || (id == EVP_PKEY_EC && bits >= 256))
        return {};
    if (id != EVP_PKEY_RSA && id != EVP_PKEY_EC)
        return fail(ErrorCode::Verification,
            Text::tr("key type %1 is not supported (RSA or EC only)").arg(keyDescription(key)));
    return fail(ErrorCode::Verification,
        Text::tr("key %1 is too weak (minimum RSA 2048 or EC 256 bits)").arg(keyDescription(key)));
}

Result<void> verifySignature(
    EVP_PKEY *key, const SignatureAlgorithm &algorithm, const QByteArray &data, const QByteArray &signature)
{
    ERR_clear_error();
    const int id = EVP_PKEY_get_base_id(key);
    const bool keyMatches
        = (algorithm.key == KeyKind::Rsa && id == EVP_PKEY_RSA) || (algorithm.key == KeyKind::Ec && id == EVP_PKEY_EC);
    if (!keyMatches)
        return fail(ErrorCode::Verification,
            Text::tr("the signing certificate's key (%1) does not fit signature method %2")
                .arg(keyDescription(key), QLatin1String(algorithm.name)));
    QByteArray sig = signature;
    if (algorithm.key == KeyKind::Ec) {
        // XML Signature carries ECDSA as r || s; OpenSSL wants DER.
        const int half = (EVP_PKEY_get_bits(key) + 7) / 8;
        if (signature.size() != 2 * half)
            return fail(ErrorCode::Verification,
                Text::tr("ECDSA SignatureValue is %1 bytes; expected %2").arg(signature.size()).arg(2 * half));
        EcdsaSigPtr ecdsa(ECDSA_SIG_new());
        BIGNUM *r = BN_bin2bn(bytes(signature), half, nullptr);
        BIGNUM *s = BN_bin2bn(bytes(signature) + half, half, nullptr);
        if (!ecdsa || !r || !s || ECDSA_SIG_set0(ecdsa.get(), r, s) != 1) {
            BN_free(r);
            BN_free(s);
            return fail(ErrorCode::Verification, withOpenssl(Text::tr("cannot decode the ECDSA SignatureValue")));
        }
        unsigned char *der = nullptr;
        const int n = i2d_ECDSA_SIG(ecdsa.get(), &der);
        if (n <= 0)
            return fail(ErrorCode::Verification, withOpenssl(Text::tr("cannot encode the ECDSA signature")));
        sig = QByteArray(reinterpret_cast<const char *>(der), n);
        OPENSSL_free(der);
    }
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), &pctx, algorithm.digest, nullptr, nullptr, key, nullptr) != 1)
        return fail(ErrorCode::Verification, withOpenssl(Text::tr("cannot set up signature verification")));
    if (algorithm.key == KeyKind::Rsa && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
        return fail(ErrorCode::Verification, withOpenssl(Text::tr("cannot set RSA PKCS#1 v1.5 padding")));
    const int rc = EVP_DigestVerify(ctx.get(), bytes(sig), size_t(sig.size()), bytes(data), size_t(data.size()));
    takeOpensslErrors();
    if (rc != 1)
        return fail(ErrorCode::Verification,
            Text::tr("SignatureValue does not verify with the key of the signing certificate (%1, %2)")
                .arg(QLatin1String(algorithm.name), keyDescription(key)));
    return {};
}

Result<EvpPkeyPtr> privateKeyFromPem(const QByteArray &pem, const QString &what)
{
    ERR_clear_error();
    BioPtr bio = memoryBio(pem);
    EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return fail(ErrorCode::Format, withOpenssl(Text::tr("%1: not an unencrypted PEM private key").arg(what)));
    return key;
}

Result<QByteArray> signRsaSha256(EVP_PKEY *key, const QByteArray &data)
{
    ERR_clear_error();
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), &pctx, "SHA256", nullptr, nullptr, key, nullptr) != 1
        || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
        return fail(ErrorCode::Verification, withOpenssl(Text::tr("cannot set up RSA-SHA256 signing")));
    size_t size = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &size, bytes(data), size_t(data.size())) != 1)
        return fail(ErrorCode::Verification, withOpenssl(Text::tr("signing failed")));
    QByteArray sig(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(
            ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &size, bytes(data), size_t(data.size()))
        != 1)
        return fail(ErrorCode::Verification, withOpenssl(Text::tr("signing failed")));
    sig.truncate(qsizetype(size));
    return sig;
}

Result<std::pair<QByteArray, QByteArray>> rsaPublicNumbers(EVP_PKEY *key)
{
    ERR_clear_error();
    BIGNUM *n = nullptr;
    BIGNUM *e = nullptr;
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA || EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &n) != 1
        || EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &e) != 1) {
        BN_free(n);
        BN_free(e);
        return fail(ErrorCode::Verification, withOpenssl(Text::tr("not an RSA key")));
    }
    BignumPtr nOwner(n), eOwner(e);
    QByteArray modulus(BN_num_bytes(n), Qt::Uninitialized);
    QByteArray exponent(BN_num_bytes(e), Qt::Uninitialized);
    BN_bn2bin(n, reinterpret_cast<unsigned char *>(modulus.data()));
    BN_bn2bin(e, reinterpret_cast<unsigned char *>(exponent.data()));
    return std::pair {modulus, exponent};
}

// ---- RFC 3161 ----

namespace {
const char *digestNameForNid(int nid, const char **shortName)
{
    switch (nid) {
    case NID_sha256:
        *shortName = "sha256";
        return "SHA256";
    case NID_sha384:
        *shortName = "sha384";
        return "SHA384";
    case NID_sha512:
        *shortName = "sha512";
        return "SHA512";
    default:
        return nullptr;
    }
}

QByteArray asn1OctetBytes(const ASN1_STRING *s)
{
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
}

// One element of a DER encoding (definite lengths only).
struct DerElement {
    int tag = 0;
    int xclass = 0;
    const unsigned char *begin = nullptr; // identifier octet
    const unsigned char *content = nullptr;
    const unsigned char *end = nullptr;
    [[nodiscard]] bool is(int universalTag) const { return xclass == V_ASN1_UNIVERSAL && tag == universalTag; }
    [[nodiscard]] long size() const { return long(end - begin); }
};

// Reads the consecutive elements of a DER range one by one.
class DerReader
{
public:
    DerReader(const unsigned char *begin, const unsigned char *end) : m_p(begin), m_end(end) { }
    explicit DerReader(const DerElement &e) : m_p(e.content), m_end(e.end) { }
    [[nodiscard]] bool atEnd() const { return m_p >= m_end; }
    std::optional<DerElement> peek() const
    {
        if (m_p >= m_end)
            return std::nullopt;
        DerElement e;
        e.begin = m_p;
        const unsigned char *p = m_p;
        long length = 0;
        const int rc = ASN1_get_object(&p, &length, &e.tag, &e.xclass, long(m_end - m_p));
        if ((rc & 0x80) || (rc & 0x01)) // an error, or an indefinite length
            return std::nullopt;
        e.content = p;
        e.end = p + length;
        return e;
    }
    std::optional<DerElement> next()
    {
        auto e = peek();
        if (e)
            m_p = e->end;
        return e;
    }

private:
    const unsigned char *m_p;
    const unsigned char *m_end;
};

struct OpensslFree {
    void operator()(unsigned char *p) const { OPENSSL_free(p); }
};
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OsslDeleter<GENERAL_NAMES, GENERAL_NAMES_free>>;
using X509AlgorPtr = std::unique_ptr<X509_ALGOR, OsslDeleter<X509_ALGOR, X509_ALGOR_free>>;

// The first certificate identifier of an ESS signing-certificate attribute.
struct FirstCertId {
    QString label; // "ESSCertIDv2" or "ESSCertID"
    const char *digestName = nullptr; // OpenSSL name: "SHA256"
    QString hashName; // "SHA-256"
    QByteArray hash;
    GeneralNamesPtr issuer; // issuerSerial, when present
    Asn1IntegerPtr serial;
};

QString serialText(const ASN1_INTEGER *serial)
{
    BignumPtr bn(ASN1_INTEGER_to_BN(serial, nullptr));
    char *hex = bn ? BN_bn2hex(bn.get()) : nullptr;
    const QString text = hex ? QString::fromLatin1(hex) : QString();
    OPENSSL_free(hex);
    return text;
}

QString generalNamesText(const GENERAL_NAMES *names)
{
    QStringList parts;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        parts << (name->type == GEN_DIRNAME ? nameText(name->d.dirn)
                                            : Text::tr("(a name that is not a directory name)"));
    }
    return parts.join(QStringLiteral("; "));
}

// Reads the first ESSCertIDv2 (or ESSCertID) of a SigningCertificateV2 (or
// SigningCertificate) attribute value. OpenSSL 3.0 keeps these structures
// opaque, so the value is decoded by OpenSSL (BER allowed), re-encoded as DER
// and walked here.
Result<FirstCertId> firstCertId(const ASN1_STRING *value, bool v2)
{
    FirstCertId id;
    id.label = v2 ? QStringLiteral("ESSCertIDv2") : QStringLiteral("ESSCertID");
    const QString malformed = Text::tr("timestamp token: malformed signing-certificate attribute (%1)").arg(id.label);
    const unsigned char *p = ASN1_STRING_get0_data(value);
    unsigned char *der = nullptr;
    int derSize = -1;
    if (v2) {
        EssV2Ptr decoded(d2i_ESS_SIGNING_CERT_V2(nullptr, &p, ASN1_STRING_length(value)));
        derSize = decoded ? i2d_ESS_SIGNING_CERT_V2(decoded.get(), &der) : -1;
    } else {
        EssV1Ptr decoded(d2i_ESS_SIGNING_CERT(nullptr, &p, ASN1_STRING_length(value)));
        derSize = decoded ? i2d_ESS_SIGNING_CERT(decoded.get(), &der) : -1;
    }
    if (derSize <= 0)
        return fail(ErrorCode::Verification, withOpenssl(malformed));
    std::unique_ptr<unsigned char, OpensslFree> owner(der);
    DerReader top(der, der + derSize);
    const auto attribute = top.next();
    const auto certs = attribute ? DerReader(*attribute).next() : std::nullopt;
    const auto first = certs ? DerReader(*certs).next() : std::nullopt;
    if (!certs || !first)
        return fail(ErrorCode::Verification,
            Text::tr("timestamp token: the signing-certificate attribute lists no certificate"));
    DerReader fields(*first);
    id.digestName = v2 ? "SHA256" : "SHA1";
    auto field = fields.next();
    if (v2 && field && field->is(V_ASN1_SEQUENCE)) {
        const unsigned char *a = field->begin;
        X509AlgorPtr algorithm(d2i_X509_ALGOR(nullptr, &a, field->size()));
        const ASN1_OBJECT *oid = nullptr;
        if (algorithm)
            X509_ALGOR_get0(&oid, nullptr, nullptr, algorithm.get());
        const char *shortName = nullptr;
        id.digestName = oid ? digestNameForNid(OBJ_obj2nid(oid), &shortName) : nullptr;
        if (!id.digestName)
            return fail(ErrorCode::Verification,
                Text::tr("timestamp token: the first %1 uses hash algorithm %2 (sha256, sha384 or sha512 expected)")
                    .arg(id.label, oid ? objectText(oid) : Text::tr("(unreadable)")));
        field = fields.next();
    }
    id.hashName = QString::fromLatin1(id.digestName).insert(3, QLatin1Char('-'));
    if (!field || !field->is(V_ASN1_OCTET_STRING))
        return fail(ErrorCode::Verification, malformed);
    id.hash = QByteArray(reinterpret_cast<const char *>(field->content), qsizetype(field->end - field->content));
    field = fields.next();
    if (field) {
        DerReader issuerSerial(*field);
        const auto names = issuerSerial.next();
        const auto serial = issuerSerial.next();
        if (!field->is(V_ASN1_SEQUENCE) || !names || !serial)
            return fail(ErrorCode::Verification, malformed);
        const unsigned char *n = names->begin;
        const unsigned char *s = serial->begin;
        id.issuer.reset(d2i_GENERAL_NAMES(nullptr, &n, names->size()));
        id.serial.reset(d2i_ASN1_INTEGER(nullptr, &s, serial->size()));
        if (!id.issuer || !id.serial)
            return fail(ErrorCode::Verification, withOpenssl(malformed));
    }
    return id;
}

// The first identifier of the signing-certificate attribute must name the TSA
// certificate: its hash, and its issuerSerial when present. Further
// identifiers may name certificates that are not in the token (RFC 5035), so
// they are not looked up; OpenSSL 3.0's OSSL_ESS_check_signing_certs would
// demand them and refuse the vendor's tokens.
Result<void> checkFirstCertId(const FirstCertId &id, X509 *tsa, const QList<X509 *> &known)
{
    const QByteArray tsaDer = certificateDer(tsa);
    auto tsaHash = digest(id.digestName, tsaDer);
    if (!tsaHash)
        return fail(tsaHash.error());
    const QString tsaName = subjectText(tsa);
    if (*tsaHash != id.hash) {
        for (X509 *other : known) {
            auto otherHash = digest(id.digestName, certificateDer(other));
            if (otherHash && *otherHash == id.hash && X509_cmp(other, tsa) != 0)
                return fail(ErrorCode::Verification,
                    Text::tr("timestamp token: the first %1 of the signing-certificate attribute names certificate "
                             "'%2', not the TSA certificate '%3'")
                        .arg(id.label, subjectText(other), tsaName));
        }
        return fail(ErrorCode::Verification,
            Text::tr("timestamp token: the %1 hash in the first %2 of the signing-certificate attribute does not "
                     "match the TSA certificate '%3'")
                .arg(id.hashName, id.label, tsaName));
    }
    if (!id.serial)
        return {};
    bool issuerMatches = sk_GENERAL_NAME_num(id.issuer.get()) == 1;
    if (issuerMatches) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(id.issuer.get(), 0);
        issuerMatches = name->type == GEN_DIRNAME && X509_NAME_cmp(name->d.dirn, X509_get_issuer_name(tsa)) == 0;
    }
    if (!issuerMatches || ASN1_INTEGER_cmp(id.serial.get(), X509_get0_serialNumber(tsa)) != 0)
        return fail(ErrorCode::Verification,
            Text::tr("timestamp token: the issuerSerial of the first %1 of the signing-certificate attribute "
                     "(issuer '%2', serial %3) does not match the TSA certificate '%4' (issuer '%5', serial %6)")
                .arg(id.label, generalNamesText(id.issuer.get()), serialText(id.serial.get()), tsaName, issuerText(tsa),
                    serialText(X509_get0_serialNumber(tsa))));
    return {};
}

// The signing-certificate attribute (v2, v1, or both: each is checked).
Result<void> checkEssSigningCertificate(CMS_SignerInfo *si, X509 *tsa, const QList<X509 *> &known)
{
    const auto *v2 = static_cast<ASN1_STRING *>(
        CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_id_smime_aa_signingCertificateV2), -3, V_ASN1_SEQUENCE));
    const auto *v1 = static_cast<ASN1_STRING *>(
        CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_id_smime_aa_signingCertificate), -3, V_ASN1_SEQUENCE));
    if (!v1 && !v2)
        return fail(ErrorCode::Verification,
            Text::tr("timestamp token has no ESS signing-certificate attribute (RFC 3161 requires one)"));
    for (const auto &[value, isV2] : {std::pair {v2, true}, std::pair {v1, false}}) {
        if (!value)
            continue;
        auto id = firstCertId(value, isV2);
        if (!id)
            return fail(id.error());
        if (auto checked = checkFirstCertId(*id, tsa, known); !checked)
            return checked;
    }
    return {};
}
} // namespace

Result<TimestampInfo> verifyTimestampToken(const QByteArray &tokenDer, const QByteArray &signedBytes,
    const QList<QByteArray> &extraCertificatesDer, const QList<X509 *> &tsaAnchors, const QDateTime &now)
{
    ERR_clear_error();
    const unsigned char *p = bytes(tokenDer);
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(tokenDer.size())));
    if (!cms)
        return fail(ErrorCode::Verification, withOpenssl(Text::tr("timestamp token is not a CMS structure")));
    if (p != bytes(tokenDer) + tokenDer.size())
        return fail(ErrorCode::Verification, Text::tr("timestamp token has unexpected bytes after it"));
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return fail(ErrorCode::Verification, Text::tr("timestamp token is not CMS SignedData"));
    if (OBJ_obj2nid(CMS_get0_eContentType(cms.get())) != NID_id_smime_ct_TSTInfo)
        return fail(ErrorCode::Verification,
            Text::tr("timestamp token content type is %1, not id-ct-TSTInfo")
                .arg(objectText(CMS_get0_eContentType(cms.get()))));
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signerInfos) != 1)
        return fail(ErrorCode::Verification,
            Text::tr("timestamp token has %1 signers; expected exactly one").arg(sk_CMS_SignerInfo_num(signerInfos)));

    std::vector<X509Ptr> extraOwned;
    X509StackPtr extra(sk_X509_new_null());
    for (const QByteArray &der : extraCertificatesDer) {
        auto cert = certificateFromDer(der, Text::tr("timestamp certificate"));
        if (!cert)
            return fail(cert.error());
        X509_up_ref(cert->get());
        sk_X509_push(extra.get(), cert->get());
        extraOwned.push_back(std::move(*cert));
    }

    // The token's signature and message digest; the TSA chain is verified
    // below with the profile's anchors at genTime, not by CMS_verify.
    std::unique_ptr<BIO, OsslDeleter<BIO, BIO_free_all>> content(BIO_new(BIO_s_mem()));
    if (CMS_verify(cms.get(), extra.get(), nullptr, nullptr, content.get(), CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY)
        != 1)
        return fail(ErrorCode::Verification, withOpenssl(Text::tr("timestamp token signature does not verify")));
    STACK_OF(X509) *signers = CMS_get0_signers(cms.get());
    const int signerCount = sk_X509_num(signers);
    X509 *tsaCert = signerCount == 1 ? sk_X509_value(signers, 0) : nullptr;
    if (tsaCert)
        X509_up_ref(tsaCert);
    X509Ptr tsa(tsaCert);
    sk_X509_free(signers);
    if (!tsa)
        return fail(ErrorCode::Verification, Text::tr("timestamp token: TSA certificate not found"));

    const QByteArray tstDer = bioContents(content.get());
    const unsigned char *q = bytes(tstDer);
    TstInfoPtr tst(d2i_TS_TST_INFO(nullptr, &q, long(tstDer.size())));
    if (!tst || q != bytes(tstDer) + tstDer.size())
        return fail(ErrorCode::Verification, withOpenssl(Text::tr("timestamp token: malformed TSTInfo")));
    if (TS_TST_INFO_get_version(tst.get()) != 1)
        return fail(ErrorCode::Verification,
            Text::tr("timestamp token: TSTInfo version %1; expected 1").arg(TS_TST_INFO_get_version(tst.get())));

    TS_MSG_IMPRINT *imprint = TS_TST_INFO_get_msg_imprint(tst.get());
    const ASN1_OBJECT *algObj = nullptr;
    X509_ALGOR_get0(&algObj, nullptr, nullptr, TS_MSG_IMPRINT_get_algo(imprint));
    const char *shortName = nullptr;
    const char *mdName = digestNameForNid(OBJ_obj2nid(algObj), &shortName);
    if (!mdName)
        return fail(ErrorCode::Verification,
            Text::tr("timestamp token: message imprint algorithm %1 is not allowed (sha256, sha384, sha512)")
                .arg(objectText(algObj)));
    auto expected = digest(mdName, signedBytes);
    if (!expected)
        return fail(expected.error());
    if (asn1OctetBytes(TS_MSG_IMPRINT_get_msg(imprint)) != *expected)
        return fail(ErrorCode::Verification,
            Text::tr("timestamp token: message imprint is not the %1 of the SignatureValue (the token belongs "
                     "to another signature)")
                .arg(QLatin1String(shortName)));

    TimestampInfo info;
    info.genTime = asn1Time(TS_TST_INFO_get_time(tst.get()));
    info.tsaSubject = subjectText(tsa.get());
    info.imprintAlgorithm = QLatin1String(shortName);
    if (!info.genTime.isValid())
        return fail(ErrorCode::Verification, Text::tr("timestamp token: genTime cannot be read"));
    if (info.genTime > now.addSecs(allowedClockSkewSecs))
        return fail(ErrorCode::Verification,
            Text::tr("timestamp genTime %1 is in the future (now %2)")
                .arg(info.genTime.toString(Qt::ISODate), now.toString(Qt::ISODate)));

    // TSA chain to the profile's timestamp anchors, at genTime.
    QList<X509 *> untrusted;
    X509StackPtr tokenCerts(CMS_get1_certs(cms.get())); // X.509 only; attribute certificates are skipped
    for (int i = 0; tokenCerts && i < sk_X509_num(tokenCerts.get()); ++i)
        untrusted << sk_X509_value(tokenCerts.get(), i);
    for (int i = 0; i < sk_X509_num(extra.get()); ++i)
        untrusted << sk_X509_value(extra.get(), i);
    auto chain = verifyChain(tsa.get(), untrusted, tsaAnchors, info.genTime, Text::tr("TSA chain"));
    if (!chain)
        return fail(chain.error());

    // OpenSSL's timestamp purpose demands a critical EKU; real TSAs often
    // mark it non-critical. Check the OID ourselves, after the chain.
    bool present = false;
    const QStringList ekus = extendedKeyUsages(tsa.get(), &present);
    if (!ekus.contains(QLatin1String(timeStampingEku)))
        return fail(ErrorCode::Verification,
            Text::tr("TSA certificate '%1' lacks the timeStamping EKU (1.3.6.1.5.5.7.3.8)").arg(info.tsaSubject));
    for (int i = 1; i < sk_X509_num(chain->get()); ++i) {
        X509 *ca = sk_X509_value(chain->get(), i);
        bool caHasEku = false;
        const QStringList caEkus = extendedKeyUsages(ca, &caHasEku);
        if (caHasEku && !caEkus.contains(QLatin1String(timeStampingEku)) && !caEkus.contains(QLatin1String(anyEku)))
            return fail(ErrorCode::Verification,
                Text::tr("TSA issuer '%1' restricts its EKUs and does not allow timeStamping").arg(subjectText(ca)));
    }
    QList<X509 *> known = untrusted;
    for (int i = 0; i < sk_X509_num(chain->get()); ++i)
        known << sk_X509_value(chain->get(), i);
    if (auto ess = checkEssSigningCertificate(sk_CMS_SignerInfo_value(signerInfos, 0), tsa.get(), known); !ess)
        return fail(ess.error());
    info.chain = std::move(*chain);
    return info;
}

QList<QByteArray> timestampTokenCertificates(const QByteArray &tokenDer)
{
    ERR_clear_error();
    QList<QByteArray> out;
    const unsigned char *p = bytes(tokenDer);
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(tokenDer.size())));
    X509StackPtr certs(cms ? CMS_get1_certs(cms.get()) : nullptr);
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i)
        out << certificateDer(sk_X509_value(certs.get(), i));
    takeOpensslErrors();
    return out;
}

Result<QByteArray> timestampRequest(const QByteArray &signedBytes, quint64 nonce)
{
    ERR_clear_error();
    auto hash = digest("SHA256", signedBytes);
    if (!hash)
        return fail(hash.error());
    TsReqPtr req(TS_REQ_new());
    TsImprintPtr imprint(TS_MSG_IMPRINT_new());
    X509_ALGOR *algo = X509_ALGOR_new();
    Asn1IntegerPtr n(ASN1_INTEGER_new());
    bool ok = req && imprint && algo && n;
    ok = ok && X509_ALGOR_set0(algo, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) == 1;
    ok = ok && TS_MSG_IMPRINT_set_algo(imprint.get(), algo) == 1;
    ok = ok
        && TS_MSG_IMPRINT_set_msg(imprint.get(), reinterpret_cast<unsigned char *>(hash->data()), int(hash->size()))
            == 1;
    ok = ok && TS_REQ_set_version(req.get(), 1) == 1 && TS_REQ_set_msg_imprint(req.get(), imprint.get()) == 1;
    ok = ok && ASN1_INTEGER_set_uint64(n.get(), nonce) == 1 && TS_REQ_set_nonce(req.get(), n.get()) == 1;
    ok = ok && TS_REQ_set_cert_req(req.get(), 1) == 1;
    X509_ALGOR_free(algo); // TS_MSG_IMPRINT_set_algo copies it
    unsigned char *der = nullptr;
    const int size = ok ? i2d_TS_REQ(req.get(), &der) : -1;
    if (size <= 0)
        return fail(ErrorCode::Verification, withOpenssl(Text::tr("cannot build the timestamp request")));
    QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}

Result<TimestampToken> tokenFromTimestampResponse(
    const QByteArray &responseDer, const QByteArray &signedBytes, quint64 nonce)
{
    ERR_clear_error();
    // TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken ContentInfo OPTIONAL }, in BER
    // (the vendor's TSA uses indefinite lengths). Walked here rather than
    // with d2i_TS_RESP, whose PKCS7 token parser rejects certificate sets
    // with attribute certificates.
    const unsigned char *p = bytes(responseDer);
    const unsigned char *end = p + responseDer.size();
    long length = 0;
    int tag = 0;
    int xclass = 0;
    const int rc = ASN1_get_object(&p, &length, &tag, &xclass, long(end - p));
    if ((rc & 0x80) || tag != V_ASN1_SEQUENCE || xclass != V_ASN1_UNIVERSAL || !(rc & V_ASN1_CONSTRUCTED))
        return fail(ErrorCode::Network, Text::tr("timestamp response is not a TimeStampResp"));
    const bool indefinite = rc & 0x01;
    const unsigned char *seqEnd = indefinite ? end : p + length;
    StatusInfoPtr status(d2i_TS_STATUS_INFO(nullptr, &p, long(seqEnd - p)));
    if (!status)
        return fail(ErrorCode::Network, withOpenssl(Text::tr("timestamp response: malformed status")));
    const long statusValue = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status.get()));
    if (statusValue != 0 && statusValue != 1)
        return fail(
            ErrorCode::Network, Text::tr("timestamp authority refused the request (PKIStatus %1)").arg(statusValue));
    if (p >= seqEnd || (indefinite && seqEnd - p >= 2 && p[0] == 0 && p[1] == 0))
        return fail(ErrorCode::Network, Text::tr("timestamp response carries no token"));
    const unsigned char *tokenStart = p;
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(seqEnd - p)));
    if (!cms)
        return fail(ErrorCode::Network, withOpenssl(Text::tr("timestamp response: the token is not CMS")));
    // Nothing but the end of the response after the token.
    const bool ends = indefinite ? (end - p == 2 && p[0] == 0 && p[1] == 0) : p == seqEnd;
    if (!ends)
        return fail(ErrorCode::Network, Text::tr("timestamp response has unexpected bytes after the token"));
    TimestampToken token;
    token.tokenDer = QByteArray(reinterpret_cast<const char *>(tokenStart), qsizetype(p - tokenStart));

    std::unique_ptr<BIO, OsslDeleter<BIO, BIO_free_all>> content(BIO_new(BIO_s_mem()));
    if (CMS_verify(cms.get(), nullptr, nullptr, nullptr, content.get(), CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) != 1)
        return fail(ErrorCode::Network, withOpenssl(Text::tr("timestamp response: token signature does not verify")));
    const QByteArray tstDer = bioContents(content.get());
    const unsigned char *q = bytes(tstDer);
    TstInfoPtr tst(d2i_TS_TST_INFO(nullptr, &q, long(tstDer.size())));
    if (!tst)
        return fail(ErrorCode::Network, withOpenssl(Text::tr("timestamp response: malformed TSTInfo")));
    auto hash = digest("SHA256", signedBytes);
    if (!hash)
        return fail(hash.error());
    if (asn1OctetBytes(TS_MSG_IMPRINT_get_msg(TS_TST_INFO_get_msg_imprint(tst.get()))) != *hash)
        return fail(ErrorCode::Network, Text::tr("timestamp response: the token covers other data"));
    const ASN1_INTEGER *tokenNonce = TS_TST_INFO_get_nonce(tst.get());
    uint64_t got = 0;
    if (!tokenNonce || ASN1_INTEGER_get_uint64(&got, tokenNonce) != 1 || got != nonce)
        return fail(ErrorCode::Network, Text::tr("timestamp response: nonce does not match the request"));
    X509StackPtr certs(CMS_get1_certs(cms.get()));
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i)
        token.certificatesDer << certificateDer(sk_X509_value(certs.get(), i));
    takeOpensslErrors();
    return token;
}

} // namespace em::feed_detail
