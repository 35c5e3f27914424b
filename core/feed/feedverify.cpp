#include "feedverify.h"

#include <condition_variable>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/x509v3.h>

#include "crypto_p.h"
#include "eocsparser.h"
#include "model/clock.h"
#include "model/text.h"
#include "xmldsig_p.h"

namespace em {

using namespace feed_detail;

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedVerify)
};

constexpr char anyEku[] = "2.5.29.37.0";
constexpr qint64 allowedClockSkewSecs = 300;

struct CheckName {
    Check check;
    const char *key;
};
constexpr CheckName checkNames[] = {
    {Check::Size, "size"},
    {Check::Structure, "structure"},
    {Check::Algorithms, "algorithms"},
    {Check::Digest, "digest"},
    {Check::Signature, "signature"},
    {Check::Chain, "chain"},
    {Check::Eku, "eku"},
    {Check::SignerName, "signer"},
    {Check::Revocation, "revocation"},
    {Check::Timestamp, "timestamp"},
    {Check::Catalog, "catalog"},
    {Check::Freshness, "freshness"},
};

QString checkTitle(Check check)
{
    switch (check) {
    case Check::Size:
        return Text::tr("Size");
    case Check::Structure:
        return Text::tr("Structure");
    case Check::Algorithms:
        return Text::tr("Algorithms");
    case Check::Digest:
        return Text::tr("Digest");
    case Check::Signature:
        return Text::tr("Signature");
    case Check::Chain:
        return Text::tr("Chain");
    case Check::Eku:
        return Text::tr("EKU");
    case Check::SignerName:
        return Text::tr("Signer name");
    case Check::Revocation:
        return Text::tr("Revocation");
    case Check::Timestamp:
        return Text::tr("Timestamp");
    case Check::Catalog:
        return Text::tr("Catalog");
    case Check::Freshness:
        return Text::tr("Freshness");
    }
    return {};
}

QString ageText(qint64 seconds)
{
    if (seconds < 3600)
        return Text::tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return Text::tr("%n hour(s)", nullptr, int(seconds / 3600));
    return Text::tr("%n day(s)", nullptr, int(seconds / 86400));
}

// What a trust profile (and the options' CRLs) holds, parsed.
struct TrustMaterial {
    Result<std::vector<X509Ptr>> anchors;
    Result<std::vector<X509Ptr>> intermediates;
    Result<std::vector<X509Ptr>> tsaAnchors;
    std::vector<X509CrlPtr> crls;
    QStringList crlProblems; // the CRLs that could not be read, in order
};

std::shared_ptr<const TrustMaterial> parseTrustMaterial(const TrustProfile &profile, const VerifyOptions &options)
{
    auto m = std::make_shared<TrustMaterial>(TrustMaterial {
        certificatesFromPem(profile.anchorsPem, Text::tr("anchors of profile '%1'").arg(profile.name)),
        certificatesFromPem(profile.intermediatesPem, Text::tr("intermediates of profile '%1'").arg(profile.name)),
        certificatesFromPem(profile.tsaAnchorsPem, Text::tr("timestamp anchors of profile '%1'").arg(profile.name)),
        {},
        {},
    });
    const auto addCrls = [&](const QByteArray &data, const QString &what) {
        auto parsed = crlsFromData(data, what);
        if (!parsed) {
            m->crlProblems << parsed.error().message;
            return;
        }
        for (X509CrlPtr &c : *parsed)
            m->crls.push_back(std::move(c));
    };
    addCrls(profile.crlsPem, Text::tr("CRLs of profile '%1'").arg(profile.name));
    for (qsizetype i = 0; i < options.crls.size(); ++i)
        addCrls(options.crls.at(i), Text::tr("CRL %1").arg(i + 1));
    return m;
}

// The trust material of a profile is parsed once and reused as long as the
// profile's bytes (and the options' CRLs) stay the same: the service verifies
// every hour with the same profile. Keyed by every byte it is parsed from and
// the profile's name (which the messages carry); material with an unreadable
// CRL is not kept, so its message is made anew each time. The certificates
// and CRLs are only read once parsed (OpenSSL locks its own caches in them),
// so verifications on several threads share them.
std::shared_ptr<const TrustMaterial> trustMaterial(const TrustProfile &profile, const VerifyOptions &options)
{
    QByteArray key;
    const auto add = [&key](const QByteArray &part) { key += QByteArray::number(part.size()) + ':' + part; };
    add(profile.name.toUtf8());
    add(profile.anchorsPem);
    add(profile.intermediatesPem);
    add(profile.tsaAnchorsPem);
    add(profile.crlsPem);
    for (const QByteArray &crl : options.crls)
        add(crl);

    struct Cache {
        std::mutex mutex;
        std::list<std::pair<QByteArray, std::shared_ptr<const TrustMaterial>>> entries; // most recent first
    };
    // Never destroyed: OpenSSL's exit handler may run before a static's destructor.
    static Cache *const cache = new Cache;
    constexpr std::size_t kept = 4;
    {
        const std::lock_guard lock(cache->mutex);
        for (auto it = cache->entries.begin(); it != cache->entries.end(); ++it) {
            if (it->first == key) {
                cache->entries.splice(cache->entries.begin(), cache->entries, it);
                return it->second;
            }
        }
    }
    std::shared_ptr<const TrustMaterial> material = parseTrustMaterial(profile, options);
    if (material->crlProblems.isEmpty()) {
        const std::lock_guard lock(cache->mutex);
        cache->entries.emplace_front(std::move(key), material);
        if (cache->entries.size() > kept)
            cache->entries.pop_back();
    }
    return material;
}

// Runs the checks in dependency order and fills the report.
class Verifier
{
public:
    Verifier(const QByteArray &document, const TrustProfile &profile, const VerifyOptions &options)
        : m_document(document), m_profile(profile), m_options(options)
    {
        m_now = options.at.isValid() ? options.at.toUTC() : Clock::now();
        for (const CheckName &c : checkNames)
            m_report.checks.append(FeedCheck {QLatin1String(c.key), checkTitle(c.check), CheckOutcome::NotChecked, {}});
    }

    FeedVerification run();

private:
    FeedCheck &at(Check check) { return m_report.checks[qsizetype(check)]; }
    void pass(Check check, const QString &detail) { set(check, CheckOutcome::Passed, detail); }
    void warn(Check check, const QString &detail)
    {
        set(check, CheckOutcome::Warning, detail);
        m_report.warnings << checkTitle(check) + QStringLiteral(": ") + detail;
    }
    bool failCheck(Check check, const QString &detail)
    {
        set(check, CheckOutcome::Failed, detail);
        if (m_report.failure.isEmpty())
            m_report.failure = checkTitle(check) + QStringLiteral(": ") + detail;
        return false;
    }
    void set(Check check, CheckOutcome outcome, const QString &detail)
    {
        at(check).outcome = outcome;
        at(check).detail = detail;
    }

    FeedVerification runSequential();
    std::optional<FeedVerification> runConcurrent();
    void hashDocument();
    FeedVerification reportReadFailure(const CheckFailure &failure);
    void passRead();
    FeedVerification finish(bool ok);

    bool digestMatches(const Result<QByteArray> &computed) const;
    bool checkDigest(const Result<QByteArray> &computed, const QByteArray &canonical);
    bool checkCredentials();
    bool checkSignature();
    bool checkTimestamp();
    bool checkChain();
    bool checkEku();
    bool checkSignerName();
    bool checkRevocationStatus();
    bool checkCatalog(Result<ParsedCatalog> parsed);
    void checkFreshness();

    QByteArray m_document;
    const TrustProfile &m_profile;
    VerifyOptions m_options;
    QDateTime m_now;
    FeedVerification m_report;
    std::shared_ptr<const TrustMaterial> m_trust;
    SignedDocument m_signed;
    std::vector<X509Ptr> m_certificates; // KeyInfo, document order
    X509 *m_leaf = nullptr;
    X509StackPtr m_chain;
    X509StackPtr m_tsaChain; // when the feed carries a valid timestamp
    QDateTime m_issued;
};

FeedVerification Verifier::run()
{
    // Also with one core (the threads then take turns), so that the
    // two-thread path is the one tested everywhere.
    if (m_options.threads == VerifyOptions::Threads::Concurrent) {
        if (auto report = runConcurrent())
            return *std::move(report);
    }
    return runSequential();
}

FeedVerification Verifier::runSequential()
{
    hashDocument();
    m_trust = trustMaterial(m_profile, m_options);
    SignedDocumentReader reader;
    if (auto read = reader.read(m_document, m_options.maxBytes); !read)
        return reportReadFailure(read.error());
    m_signed = reader.document();
    QByteArray canonical;
    auto canonicalized
        = reader.canonicalizeDocument([&](const char *data, qsizetype size) { canonical.append(data, size); });
    reader.release();
    if (!canonicalized)
        return reportReadFailure(canonicalized.error());
    passRead();
    const DigestAlgorithm *dig = findDigestAlgorithm(m_signed.digestMethodUri);
    bool ok = checkDigest(digest(dig->digest, canonical), canonical);
    ok = ok && checkCredentials();
    CatalogLimits oneThread;
    oneThread.parallelFromBytes = std::numeric_limits<qsizetype>::max();
    // Only octets that are authenticated reach the catalog.
    ok = ok && checkCatalog(parseCatalog(canonical, oneThread));
    return finish(ok);
}

// The same checks on two threads. A worker parses the document with libxml2,
// checks its structure, canonicalizes it into the digest and into the catalog
// stream, frees the tree (on the thread that built it) and parses the end of
// the catalog; meanwhile this thread hashes the document as received, checks
// the signature, timestamp, chain, EKU, signer and revocation (none of which
// depends on the body), then parses the catalog as its octets come. The
// report is then put together in check order, as runSequential() makes it:
// when the digest fails, nothing checked after it is reported, and the
// catalog is kept only when every check passed.
std::optional<FeedVerification> Verifier::runConcurrent()
{
    CatalogStreamOptions streamOptions;
    streamOptions.expectedBytes = m_document.size();
    struct Shared {
        explicit Shared(const CatalogStreamOptions &options) : stream({}, options) { }
        SignedDocumentReader reader;
        std::mutex mutex;
        std::condition_variable readDone;
        bool read = false;
        em::Expected<void, CheckFailure> readResult;
        std::optional<CheckFailure> canonicalFailure;
        std::optional<Result<QByteArray>> computed;
        CatalogStream stream;
    } shared(streamOptions);

    const auto produce = [this, &shared] {
        auto read = shared.reader.read(m_document, m_options.maxBytes);
        {
            const std::lock_guard lock(shared.mutex);
            shared.readResult = read;
            shared.read = true;
        }
        shared.readDone.notify_one();
        if (!read) {
            shared.stream.abandon();
            return;
        }
        Digester digester(findDigestAlgorithm(shared.reader.document().digestMethodUri)->digest);
        auto canonicalized = shared.reader.canonicalizeDocument([&](const char *data, qsizetype size) {
            digester.update(data, size);
            shared.stream.append(data, size);
        });
        shared.reader.release();
        if (!canonicalized) {
            shared.canonicalFailure = canonicalized.error();
            shared.stream.abandon();
            return;
        }
        shared.computed = digester.result();
        shared.stream.finish();
        shared.stream.parseTail();
    };
    std::thread worker;
    try {
        worker = std::thread(produce);
    } catch (const std::system_error &) {
        return std::nullopt; // no thread to be had: everything on this one
    }
    struct Joiner {
        std::thread &thread;
        ~Joiner()
        {
            if (thread.joinable())
                thread.join();
        }
    } joiner {worker};

    hashDocument();
    m_trust = trustMaterial(m_profile, m_options);
    {
        std::unique_lock lock(shared.mutex);
        shared.readDone.wait(lock, [&] { return shared.read; });
    }
    if (!shared.readResult) {
        shared.stream.stopHead();
        return reportReadFailure(shared.readResult.error());
    }
    m_signed = shared.reader.document(); // the worker only reads it from now on
    const FeedVerification beforeRead = m_report;
    passRead();
    const FeedVerification beforeDigest = m_report;
    // Checked before the digest is known; reported as if after it.
    const bool credentials = checkCredentials();
    if (credentials)
        shared.stream.parseHead();
    else
        shared.stream.stopHead();
    worker.join();

    if (shared.canonicalFailure) {
        m_report = beforeRead;
        return reportReadFailure(*shared.canonicalFailure);
    }
    const QByteArray canonical = shared.stream.octets();
    const Result<QByteArray> &computed = *shared.computed;
    if (!digestMatches(computed)) {
        m_report = beforeDigest;
        checkDigest(computed, canonical);
        return finish(false);
    }
    bool ok = checkDigest(computed, canonical) && credentials;
    ok = ok && checkCatalog(shared.stream.result());
    return finish(ok);
}

void Verifier::hashDocument()
{
    if (auto hash = digest("SHA256", m_document))
        m_report.sha256 = QString::fromLatin1(hash->toHex());
}

FeedVerification Verifier::reportReadFailure(const CheckFailure &failure)
{
    for (Check c : {Check::Size, Check::Structure, Check::Algorithms}) {
        if (c == failure.check)
            break;
        pass(c,
            c == Check::Size ? Text::tr("%1 bytes (limit %2)").arg(m_document.size()).arg(m_options.maxBytes)
                             : Text::tr("passed"));
    }
    failCheck(failure.check, failure.message);
    return finish(false);
}

void Verifier::passRead()
{
    pass(Check::Size, Text::tr("%1 bytes (limit %2)").arg(m_document.size()).arg(m_options.maxBytes));
    pass(Check::Structure,
        Text::tr("EOCS root, one enveloped Signature as its last child, one Reference URI=\"\", "
                 "%n certificate(s) in KeyInfo",
            nullptr, int(m_signed.certificates.size())));
    const SignatureAlgorithm *sig = findSignatureAlgorithm(m_signed.signatureMethodUri);
    const DigestAlgorithm *dig = findDigestAlgorithm(m_signed.digestMethodUri);
    pass(Check::Algorithms,
        Text::tr("%1, %2, %3")
            .arg(m_signed.canonicalizationUri == QLatin1String(c14n10Uri) ? QStringLiteral("c14n 1.0")
                                                                          : QStringLiteral("exc-c14n"),
                QLatin1String(sig->name), QLatin1String(dig->name)));
}

FeedVerification Verifier::finish(bool ok)
{
    if (ok)
        checkFreshness();
    m_report.verified = m_report.failure.isEmpty();
    if (!m_report.verified)
        m_report.catalog = {};
    return m_report;
}

bool Verifier::digestMatches(const Result<QByteArray> &computed) const
{
    return computed && computed->size() == m_signed.digestValue.size()
        && CRYPTO_memcmp(computed->constData(), m_signed.digestValue.constData(), size_t(computed->size())) == 0;
}

bool Verifier::checkDigest(const Result<QByteArray> &computed, const QByteArray &canonical)
{
    const DigestAlgorithm *dig = findDigestAlgorithm(m_signed.digestMethodUri);
    if (!computed)
        return failCheck(Check::Digest, computed.error().message);
    if (!digestMatches(computed))
        return failCheck(Check::Digest,
            Text::tr("the document was changed after signing: the %1 of its canonical "
                     "form does not match DigestValue")
                .arg(QLatin1String(dig->name)));
    pass(Check::Digest,
        Text::tr("%1 of %2 canonical bytes matches DigestValue").arg(QLatin1String(dig->name)).arg(canonical.size()));
    m_report.canonical = canonical;
    return true;
}

bool Verifier::checkCredentials()
{
    bool ok = checkSignature();
    // The timestamp decides the time the chain is validated at.
    ok = ok && checkTimestamp();
    ok = ok && checkChain();
    ok = ok && checkEku();
    ok = ok && checkSignerName();
    return ok && checkRevocationStatus();
}

bool Verifier::checkSignature()
{
    for (qsizetype i = 0; i < m_signed.certificates.size(); ++i) {
        auto cert = certificateFromDer(m_signed.certificates.at(i), Text::tr("KeyInfo certificate %1").arg(i + 1));
        if (!cert)
            return failCheck(Check::Signature, cert.error().message);
        m_certificates.push_back(std::move(*cert));
    }
    // The signing certificate is the one that issued none of the others.
    QList<X509 *> leaves;
    for (const X509Ptr &c : m_certificates) {
        bool issuesOther = false;
        for (const X509Ptr &d : m_certificates) {
            if (c.get() != d.get() && X509_check_issued(c.get(), d.get()) == X509_V_OK)
                issuesOther = true;
        }
        if (!issuesOther && !isSelfSigned(c.get()))
            leaves << c.get();
    }
    if (leaves.size() != 1) {
        QStringList names;
        for (X509 *l : leaves)
            names << QLatin1Char('\'') + subjectText(l) + QLatin1Char('\'');
        return failCheck(Check::Signature,
            leaves.isEmpty() ? Text::tr("KeyInfo holds no end-entity certificate to verify the signature with")
                             : Text::tr("KeyInfo holds %1 unrelated end-entity certificates (%2); the signer is "
                                        "ambiguous")
                                   .arg(leaves.size())
                                   .arg(names.join(QStringLiteral(", "))));
    }
    m_leaf = leaves.first();
    m_report.signerSubject = subjectText(m_leaf);
    m_report.signerIssuer = issuerText(m_leaf);
    EVP_PKEY *key = X509_get0_pubkey(m_leaf);
    if (!key)
        return failCheck(Check::Signature, Text::tr("the signing certificate's key cannot be read"));
    if (auto strong = checkKeyStrength(key); !strong)
        return failCheck(Check::Signature,
            Text::tr("signing certificate '%1': %2").arg(m_report.signerSubject, strong.error().message));
    if (m_signed.hasRsaKeyValue) {
        auto numbers = rsaPublicNumbers(key);
        auto strip = [](QByteArray b) {
            while (b.size() > 1 && b.at(0) == '\0')
                b.remove(0, 1);
            return b;
        };
        if (!numbers || strip(m_signed.rsaModulus) != numbers->first || strip(m_signed.rsaExponent) != numbers->second)
            return failCheck(Check::Signature,
                Text::tr("KeyValue does not match the key of the signing certificate '%1'")
                    .arg(m_report.signerSubject));
    }
    const SignatureAlgorithm *sig = findSignatureAlgorithm(m_signed.signatureMethodUri);
    if (auto v = verifySignature(key, *sig, m_signed.canonicalSignedInfo, m_signed.signatureValue); !v)
        return failCheck(Check::Signature, v.error().message);
    pass(Check::Signature,
        Text::tr("%1 by '%2' (%3)").arg(QLatin1String(sig->name), m_report.signerSubject, keyDescription(key)));
    return true;
}

bool Verifier::checkTimestamp()
{
    m_report.validatedAt = m_now;
    if (!m_signed.hasTimestamp) {
        set(Check::Timestamp, CheckOutcome::NotApplicable,
            Text::tr("no RFC 3161 countersignature: the chain is validated at %1").arg(isoTime(m_now)));
        return true;
    }
    const auto &anchors = m_trust->tsaAnchors;
    if (!anchors || anchors->empty())
        return failCheck(Check::Timestamp,
            Text::tr("trust profile '%1' has no timestamp anchors, so the countersignature cannot be "
                     "validated (add one with trust add-profile --tsa-anchor)")
                .arg(m_profile.name));
    QList<X509 *> anchorList;
    for (const X509Ptr &a : *anchors)
        anchorList << a.get();
    auto info = verifyTimestampToken(
        m_signed.timestampToken, m_signed.signatureValue, m_signed.timestampCertificates, anchorList, m_now);
    if (!info)
        return failCheck(Check::Timestamp, info.error().message);
    m_report.timestamped = true;
    m_tsaChain = std::move(info->chain);
    m_report.tsaSubject = info->tsaSubject;
    m_report.signingTime = info->genTime;
    m_report.validatedAt = info->genTime;
    pass(Check::Timestamp,
        Text::tr("genTime %1 by '%2' (%3 imprint of the SignatureValue)")
            .arg(isoTime(info->genTime), info->tsaSubject, info->imprintAlgorithm));
    return true;
}

bool Verifier::checkChain()
{
    const auto &anchors = m_trust->anchors;
    if (!anchors || anchors->empty())
        return failCheck(Check::Chain, Text::tr("trust profile '%1' has no trust anchor").arg(m_profile.name));
    const auto &intermediates = m_trust->intermediates;
    QList<X509 *> anchorList;
    QList<X509 *> untrusted;
    for (const X509Ptr &a : *anchors)
        anchorList << a.get();
    for (const X509Ptr &c : m_certificates) {
        if (c.get() != m_leaf)
            untrusted << c.get();
    }
    if (intermediates) {
        for (const X509Ptr &c : *intermediates)
            untrusted << c.get();
    }
    auto chain = verifyChain(m_leaf, untrusted, anchorList, m_report.validatedAt,
        Text::tr("signer chain (profile '%1')").arg(m_profile.name));
    if (!chain)
        return failCheck(Check::Chain, chain.error().message);
    m_chain = std::move(*chain);
    QStringList names;
    for (int i = 0; i < sk_X509_num(m_chain.get()); ++i)
        names << QLatin1Char('\'') + subjectText(sk_X509_value(m_chain.get(), i)) + QLatin1Char('\'');
    pass(Check::Chain,
        Text::tr("%1 (validated at %2%3)")
            .arg(names.join(QStringLiteral(" -> ")), isoTime(m_report.validatedAt),
                m_report.timestamped ? Text::tr(", the timestamp's genTime") : QString()));
    return true;
}

bool Verifier::checkEku()
{
    if (m_profile.requiredEkus.isEmpty())
        return failCheck(Check::Eku,
            Text::tr("trust profile '%1' requires no EKU; refusing to accept any certificate "
                     "of its anchors")
                .arg(m_profile.name));
    bool present = false;
    const QStringList ekus = extendedKeyUsages(m_leaf, &present);
    QStringList missing;
    for (const QString &oid : m_profile.requiredEkus) {
        if (!ekus.contains(oid))
            missing << oid;
    }
    if (!missing.isEmpty())
        return failCheck(Check::Eku,
            present
                ? Text::tr("signer '%1' lacks EKU %2 (it has %3)")
                      .arg(m_report.signerSubject, missing.join(QStringLiteral(", ")), ekus.join(QStringLiteral(", ")))
                : Text::tr("signer '%1' has no extended key usage; %2 required")
                      .arg(m_report.signerSubject, missing.join(QStringLiteral(", "))));
    const uint32_t keyUsage = X509_get_key_usage(m_leaf);
    if (keyUsage != UINT32_MAX && !(keyUsage & KU_DIGITAL_SIGNATURE))
        return failCheck(
            Check::Eku, Text::tr("signer '%1' key usage does not allow digitalSignature").arg(m_report.signerSubject));
    // An issuing CA that restricts its EKUs must allow the required ones.
    for (int i = 1; i < sk_X509_num(m_chain.get()); ++i) {
        X509 *ca = sk_X509_value(m_chain.get(), i);
        bool caHasEku = false;
        const QStringList caEkus = extendedKeyUsages(ca, &caHasEku);
        if (!caHasEku || caEkus.contains(QLatin1String(anyEku)))
            continue;
        for (const QString &oid : m_profile.requiredEkus) {
            if (!caEkus.contains(oid))
                return failCheck(Check::Eku,
                    Text::tr("issuer '%1' restricts its EKUs and does not allow %2").arg(subjectText(ca), oid));
        }
    }
    pass(Check::Eku, m_profile.requiredEkus.join(QStringLiteral(", ")));
    return true;
}

bool Verifier::checkSignerName()
{
    if (m_profile.signerSubject.trimmed().isEmpty()) {
        warn(Check::SignerName,
            Text::tr("trust profile '%1' names no expected signer; '%2' is accepted")
                .arg(m_profile.name, m_report.signerSubject));
        return true;
    }
    if (auto match = matchSubject(m_leaf, m_profile.signerSubject); !match)
        return failCheck(Check::SignerName, match.error().message);
    pass(Check::SignerName, m_profile.signerSubject);
    return true;
}

bool Verifier::checkRevocationStatus()
{
    const QStringList &problems = m_trust->crlProblems;
    QList<X509_CRL *> list;
    for (const X509CrlPtr &c : m_trust->crls)
        list << c.get();
    // The signer's chain, and the TSA's: a revoked TSA could date a signature
    // into a signer certificate's validity.
    RevocationStatus status = checkRevocation(m_chain.get(), list, m_now);
    if (m_tsaChain && status.state != RevocationStatus::Revoked) {
        const RevocationStatus tsa = checkRevocation(m_tsaChain.get(), list, m_now);
        status.unknown += tsa.unknown;
        status.revoked = tsa.revoked;
        if (tsa.state != RevocationStatus::Good)
            status.state = tsa.state;
    }
    if (status.state == RevocationStatus::Revoked)
        return failCheck(Check::Revocation, status.revoked);
    if (status.state == RevocationStatus::Good && problems.isEmpty()) {
        pass(Check::Revocation,
            m_tsaChain ? Text::tr("signer and TSA chains not revoked (%n CRL(s) checked)", nullptr, int(list.size()))
                       : Text::tr("not revoked (%n CRL(s) checked)", nullptr, int(list.size())));
        return true;
    }
    const QString detail
        = Text::tr("revocation status unknown: %1").arg((problems + status.unknown).join(QStringLiteral("; ")));
    if (m_options.revocationUnknown == RevocationMode::Fail)
        return failCheck(
            Check::Revocation, detail + Text::tr(" (the organization requires it: RevocationUnknown=Fail)"));
    warn(Check::Revocation, detail);
    return true;
}

bool Verifier::checkCatalog(Result<ParsedCatalog> parsed)
{
    if (!parsed)
        return failCheck(Check::Catalog, parsed.error().message);
    m_report.catalog = std::move(parsed->catalog);
    m_issued = parsed->issued;
    if (!m_report.timestamped && m_issued.isValid()) {
        if (m_issued > m_now.addSecs(allowedClockSkewSecs))
            return failCheck(
                Check::Catalog, Text::tr("issued %1 is in the future (now %2)").arg(isoTime(m_issued), isoTime(m_now)));
        m_report.signingTime = m_issued;
    }
    const qsizetype actions = m_report.catalog.allActions().size();
    pass(Check::Catalog,
        Text::tr("EOCS %1: %n mitigation(s)", nullptr, int(m_report.catalog.mitigations.size()))
                .arg(m_report.catalog.version)
            + Text::tr(", %n action(s)", nullptr, int(actions)));
    return true;
}

void Verifier::checkFreshness()
{
    if (!m_report.signingTime.isValid()) {
        warn(Check::Freshness,
            Text::tr("the feed carries no signing time (no timestamp, no issued attribute): its "
                     "age and rollback cannot be checked"));
        return;
    }
    const qint64 age = m_report.signingTime.secsTo(m_now);
    const QString source = m_report.timestamped ? Text::tr("timestamp") : Text::tr("issued attribute");
    if (age > qint64(m_options.freshnessMaxAge.count())) {
        warn(Check::Freshness,
            Text::tr("signed %1 ago (%2, %3), older than the %4 limit")
                .arg(ageText(age), isoTime(m_report.signingTime), source, durationText(m_options.freshnessMaxAge)));
        return;
    }
    pass(Check::Freshness,
        Text::tr("signed %1 ago (%2, %3)")
            .arg(ageText(std::max<qint64>(age, 0)), isoTime(m_report.signingTime), source));
}
} // namespace

QString checkOutcomeText(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return Text::tr("pass");
    case CheckOutcome::Failed:
        return Text::tr("FAIL");
    case CheckOutcome::Warning:
        return Text::tr("warn");
    case CheckOutcome::NotApplicable:
        return Text::tr("n/a");
    case CheckOutcome::NotChecked:
        return Text::tr("-");
    }
    return {};
}

VerifyOptions VerifyOptions::fromOrg(const OrgConfig &org)
{
    VerifyOptions o;
    o.maxBytes = org.maxFeedBytes;
    o.revocationUnknown = org.revocationUnknown;
    o.freshnessMaxAge = org.freshnessMaxAge;
    return o;
}

const FeedCheck *FeedVerification::check(const QString &key) const
{
    for (const FeedCheck &c : checks) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

FeedVerification verifyFeedReport(const QByteArray &document, const TrustProfile &profile, const VerifyOptions &options)
{
    return Verifier(document, profile, options).run();
}

Result<FeedVerification> verifyFeed(
    const QByteArray &document, const TrustProfile &profile, const VerifyOptions &options)
{
    FeedVerification report = verifyFeedReport(document, profile, options);
    if (!report.verified)
        return fail(ErrorCode::Verification, Text::tr("feed refused: %1").arg(report.failure));
    return report;
}

QStringList feedCrlUrls(const QByteArray &document, const TrustProfile &profile, qint64 maxBytes)
{
    QStringList urls;
    std::vector<X509Ptr> certs;
    auto signedDoc = readSignedDocument(document, maxBytes);
    if (!signedDoc)
        return urls;
    // The signer's chain (KeyInfo), and the TSA's (the token and the Object).
    const QList<QByteArray> ders = signedDoc->certificates + signedDoc->timestampCertificates
        + (signedDoc->hasTimestamp ? timestampTokenCertificates(signedDoc->timestampToken) : QList<QByteArray>());
    for (const QByteArray &der : ders) {
        if (auto c = certificateFromDer(der, QString()))
            certs.push_back(std::move(*c));
    }
    for (const QByteArray &pem : {profile.intermediatesPem, profile.tsaAnchorsPem}) {
        if (auto more = certificatesFromPem(pem, QString())) {
            for (X509Ptr &c : *more)
                certs.push_back(std::move(c));
        }
    }
    for (const X509Ptr &c : certs) {
        if (!isSelfSigned(c.get()))
            urls += crlDistributionUrls(c.get());
    }
    takeOpensslErrors();
    urls.removeDuplicates();
    return urls;
}

} // namespace em
