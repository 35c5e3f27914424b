#include "trustconfig.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <openssl/x509v3.h>

#include "crypto_p.h"

namespace em {

using namespace feed_detail;

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TrustConfig)
};

constexpr char codeSigningEku[] = "1.3.6.1.5.5.7.3.3";

Result<void> checkCertificates(const QByteArray &pem, const QString &what, bool required, bool mustBeCa)
{
    if (pem.trimmed().isEmpty()) {
        if (required)
            return fail(ErrorCode::InvalidArgument, Text::tr("%1: required").arg(what));
        return {};
    }
    auto certs = certificatesFromPem(pem, what);
    if (!certs)
        return fail(ErrorCode::InvalidArgument, certs.error().message);
    for (const X509Ptr &c : *certs) {
        if (mustBeCa && X509_check_ca(c.get()) == 0)
            return fail(ErrorCode::InvalidArgument,
                Text::tr("%1: '%2' is not a CA certificate").arg(what, subjectText(c.get())));
    }
    return {};
}
} // namespace

Result<TrustProfile> makeTrustProfile(const TrustProfileInput &input)
{
    TrustProfile p;
    p.name = input.name;
    if (auto r = checkCertificates(input.anchorsPem, Text::tr("trust anchors"), true, true); !r)
        return fail(r.error());
    if (auto r = checkCertificates(input.tsaAnchorsPem, Text::tr("timestamp anchors"), false, true); !r)
        return fail(r.error());
    if (auto r = checkCertificates(input.intermediatesPem, Text::tr("intermediates"), false, true); !r)
        return fail(r.error());
    if (!input.crlsPem.trimmed().isEmpty()) {
        auto crls = crlsFromData(input.crlsPem, Text::tr("CRLs"));
        if (!crls)
            return fail(ErrorCode::InvalidArgument, crls.error().message);
    }
    static const QRegularExpression oidPattern(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]*)){1,30}$"));
    for (const QString &oid : input.requiredEkus) {
        if (!oidPattern.match(oid).hasMatch())
            return fail(ErrorCode::InvalidArgument,
                Text::tr("EKU '%1' is not a dotted OID such as 1.3.6.1.5.5.7.3.3").arg(oid));
    }
    if (!input.signerSubject.trimmed().isEmpty()) {
        // Check the syntax against a throwaway certificate with an empty subject.
        X509Ptr probe(X509_new());
        auto match = matchSubject(probe.get(), input.signerSubject);
        if (!match && match.error().code == ErrorCode::InvalidArgument)
            return fail(match.error());
    }
    p.anchorsPem = input.anchorsPem;
    p.tsaAnchorsPem = input.tsaAnchorsPem;
    p.intermediatesPem = input.intermediatesPem;
    p.signerSubject = input.signerSubject.trimmed();
    p.requiredEkus = input.requiredEkus.isEmpty() ? QStringList {QLatin1String(codeSigningEku)} : input.requiredEkus;
    p.requiredEkus.removeDuplicates();
    p.crlsPem = input.crlsPem;
    takeOpensslErrors();
    return p;
}

QList<CertificateSummary> describeCertificates(const QByteArray &pem)
{
    QList<CertificateSummary> list;
    auto certs = certificatesFromPem(pem, QString());
    if (!certs)
        return list;
    for (const X509Ptr &c : *certs) {
        CertificateSummary s;
        s.subject = subjectText(c.get());
        s.issuer = issuerText(c.get());
        s.notBefore = asn1Time(X509_get0_notBefore(c.get()));
        s.notAfter = asn1Time(X509_get0_notAfter(c.get()));
        s.selfSigned = isSelfSigned(c.get());
        if (auto hash = digest("SHA256", certificateDer(c.get())))
            s.sha256 = QString::fromLatin1(hash->toHex());
        list << s;
    }
    takeOpensslErrors();
    return list;
}

} // namespace em
