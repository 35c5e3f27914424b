// emctl verbs for the signed feed, trust profiles and the connectivity test.

#include <QCoreApplication>
#include <QFileInfo>
#include <QSslCertificate>

#include "cli.h"
#include "engine/operations/operations.h"
#include "feed/eocsparser.h"
#include "feed/feedfetcher.h"
#include "feed/feedsign.h"
#include "feed/feedverify.h"
#include "feed/localfile.h"
#include "feed/trustconfig.h"
#include "model/clock.h"
#include "model/text.h"
#include "report/connectivity.h"
#include "report/outputfile.h"

namespace em::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(emctl)
};

Result<void> writeOutput(const QString &path, const QByteArray &data)
{
    return writeOutputFile(path, Text::tr("output"), data);
}

// Runs the application's event loop until the fetcher finishes. emctl's
// verbs run before the loop starts, so this is the main loop, not a nested one.
void waitFor(FeedFetcher &fetcher)
{
    if (!fetcher.isRunning())
        return;
    QObject::connect(&fetcher, &FeedFetcher::finished, &fetcher, [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
}

Result<QList<QSslCertificate>> tlsCaOption(const QCommandLineParser &p)
{
    QList<QSslCertificate> certs;
    if (!p.isSet(QStringLiteral("tls-ca-file")))
        return certs;
    const QString path = p.value(QStringLiteral("tls-ca-file"));
    auto data = readLocalFile(path, Text::tr("TLS CA file"), maxPemFileBytes);
    if (!data)
        return fail(data.error());
    certs = QSslCertificate::fromData(*data, QSsl::Pem);
    if (certs.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("TLS CA file '%1': no PEM certificate found").arg(path));
    return certs;
}

QCommandLineOption crlOptionDefinition()
{
    return valueOption("crl", Text::tr("A CRL file (PEM or DER) to check revocation with; repeatable."), "FILE");
}

// The files of the repeatable --crl option, read.
Result<QList<QByteArray>> crlOption(const QCommandLineParser &p)
{
    QList<QByteArray> crls;
    for (const QString &path : p.values(QStringLiteral("crl"))) {
        auto crl = readLocalFile(path, Text::tr("CRL"), maxCrlFileBytes);
        if (!crl)
            return fail(crl.error());
        crls << *crl;
    }
    return crls;
}

// ---- feed sign ----

int feedSign(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("IN"), Text::tr("The unsigned EOCS document."));
    p.addPositionalArgument(QStringLiteral("OUT"), Text::tr("Where the signed document is written."));
    p.addOption(valueOption("key", Text::tr("The signer's RSA private key (PEM)."), "KEY"));
    p.addOption(valueOption("cert", Text::tr("The signer's certificate (PEM)."), "CERT"));
    p.addOption(valueOption("chain", Text::tr("Intermediate certificates to include in KeyInfo (PEM)."), "PEM"));
    p.addOption(valueOption("tsa", Text::tr("RFC 3161 timestamp authority URL (http: or https:)."), "URL"));
    p.addOption(valueOption("tls-ca-file", Text::tr("Also trust these roots for an https: TSA (PEM)."), "PEM"));
    if (!cli.parse(p, args, 2, 2))
        return cli.parseExitCode();
    if (!p.isSet(QStringLiteral("key")) || !p.isSet(QStringLiteral("cert")))
        return cli.usage(Text::tr("--key and --cert are required"));
    QUrl tsaUrl;
    if (p.isSet(QStringLiteral("tsa"))) {
        tsaUrl = QUrl(p.value(QStringLiteral("tsa")), QUrl::StrictMode);
        if (!tsaUrl.isValid()
            || (tsaUrl.scheme() != QLatin1String("http") && tsaUrl.scheme() != QLatin1String("https")))
            return cli.usage(
                Text::tr("invalid TSA URL '%1': expected an http: or https: URL").arg(p.value(QStringLiteral("tsa"))));
    }
    auto tlsCa = tlsCaOption(p);
    if (!tlsCa)
        return cli.usage(tlsCa.error().message);
    const QString in = p.positionalArguments().at(0);
    const QString out = p.positionalArguments().at(1);
    SigningInput input;
    auto document = readLocalFile(in, Text::tr("input"), input.maxBytes);
    auto key = readLocalFile(p.value(QStringLiteral("key")), Text::tr("key"), maxPemFileBytes);
    auto cert = readLocalFile(p.value(QStringLiteral("cert")), Text::tr("certificate"), maxPemFileBytes);
    for (const auto *r : {&document, &key, &cert}) {
        if (!*r)
            return cli.failed(r->error());
    }
    input.keyPem = *key;
    input.certificatePem = *cert;
    if (p.isSet(QStringLiteral("chain"))) {
        auto chain = readLocalFile(p.value(QStringLiteral("chain")), Text::tr("chain"), maxPemFileBytes);
        if (!chain)
            return cli.failed(chain.error());
        input.chainPem = *chain;
    }
    auto signedFeed = signFeed(*document, input);
    if (!signedFeed)
        return cli.failed(signedFeed.error().wrapped(Text::tr("cannot sign '%1'").arg(in)));
    QByteArray result = signedFeed->document;
    if (tsaUrl.isValid()) {
        auto request = makeTimestampRequest(signedFeed->signatureValue);
        if (!request)
            return cli.failed(request.error());
        FetchRequest fetch;
        fetch.url = tsaUrl;
        fetch.postBody = request->der;
        fetch.contentType = "application/timestamp-query";
        fetch.allowedSchemes = {QStringLiteral("http"), QStringLiteral("https")};
        fetch.maxBytes = 1024 * 1024;
        fetch.totalTimeout = std::chrono::milliseconds(60000);
        fetch.extraCaCertificates = *tlsCa;
        FeedFetcher fetcher;
        fetcher.start(fetch);
        waitFor(fetcher);
        if (!fetcher.result())
            return cli.failed(
                fetcher.result().error().wrapped(Text::tr("timestamp authority %1").arg(tsaUrl.toDisplayString())));
        auto stamped = addTimestamp(*signedFeed, *request, fetcher.result()->body);
        if (!stamped)
            return cli.failed(
                stamped.error().wrapped(Text::tr("timestamp authority %1").arg(tsaUrl.toDisplayString())));
        result = *stamped;
    }
    if (auto w = writeOutput(out, result); !w)
        return cli.failed(w.error());
    cli.print(tsaUrl.isValid()
            ? Text::tr("Signed %1 -> %2 (timestamped by %3)\n").arg(in, out, tsaUrl.toDisplayString())
            : Text::tr("Signed %1 -> %2\n").arg(in, out));
    return ExitOk;
}

// ---- feed verify ----

QList<Record> checkRecords(const FeedVerification &report)
{
    QList<Record> records;
    for (const FeedCheck &c : report.checks) {
        records << Record {{QStringLiteral("Check"), c.key, {}},
            {QStringLiteral("Result"), checkOutcomeText(c.outcome), {}}, {QStringLiteral("Detail"), c.detail, {}}};
    }
    return records;
}

void printReport(Cli &cli, const FeedVerification &report)
{
    if (cli.format() != OutputFormat::Text) {
        cli.printRecords(checkRecords(report));
        return;
    }
    qsizetype width = 0;
    for (const FeedCheck &c : report.checks)
        width = std::max(width, c.title.size());
    QString text;
    for (const FeedCheck &c : report.checks)
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(c.title.leftJustified(width), checkOutcomeText(c.outcome).leftJustified(4), c.detail);
    text += report.verified ? Text::tr("Result: verified\n") : Text::tr("Result: refused: %1\n").arg(report.failure);
    cli.print(text);
}

Result<TrustProfile> profileFor(Cli &cli, const QString &name)
{
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return fail(ErrorCode::Database, QString());
    QString profileName = name;
    if (profileName.isEmpty()) {
        auto org = dir->org();
        if (!org)
            return fail(org.error());
        profileName = org->trustProfile;
    }
    return dir->trustProfile(profileName);
}

int feedVerify(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The signed EOCS document."));
    p.addOption(valueOption("profile", Text::tr("Trust profile (default: the organization's)."), "NAME"));
    p.addOption(valueOption("at", Text::tr("Verify as of this time (ISO 8601, or -1h, -7d)."), "TIME"));
    p.addOption(crlOptionDefinition());
    if (!cli.parse(p, args, 1, 1))
        return cli.parseExitCode();
    VerifyOptions options;
    if (p.isSet(QStringLiteral("at"))) {
        auto at = parseTime(p.value(QStringLiteral("at")));
        if (!at)
            return cli.usage(at.error().message);
        options.at = *at;
    }
    auto crls = crlOption(p);
    if (!crls)
        return cli.failed(crls.error());
    options.crls = *crls;
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    auto org = dir->org();
    if (!org)
        return cli.failed(org.error());
    const VerifyOptions fromOrg = VerifyOptions::fromOrg(*org);
    options.maxBytes = fromOrg.maxBytes;
    options.revocationUnknown = fromOrg.revocationUnknown;
    options.freshnessMaxAge = fromOrg.freshnessMaxAge;
    auto profile = profileFor(cli, p.value(QStringLiteral("profile")));
    if (!profile)
        return cli.failed(profile.error());
    auto document = readLocalFile(p.positionalArguments().first(), Text::tr("feed"), options.maxBytes);
    if (!document)
        return cli.failed(document.error());
    const FeedVerification report = verifyFeedReport(*document, *profile, options);
    printReport(cli, report);
    return report.verified ? ExitOk : ExitFailed;
}

// ---- feed fetch / import / show ----

// The verification report of a refused document, then what the operation says.
int printFeedOutcome(Cli &cli, const ops::FeedOutcome &outcome)
{
    if (!outcome.accepted && outcome.verification && !outcome.verification->checks.isEmpty())
        printReport(cli, *outcome.verification);
    return printOutcome(cli, outcome);
}

Result<std::pair<QString, QStringList>> proxyFor(Cli &cli, const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("proxy")))
        return std::pair {p.value(QStringLiteral("proxy")), QStringList()};
    if (!p.isSet(QStringLiteral("identity")))
        return std::pair {QString(), QStringList()};
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return fail(ErrorCode::Database, QString());
    auto server = dir->server(p.value(QStringLiteral("identity")));
    if (!server)
        return fail(server.error());
    return std::pair {server->internetWebProxy, server->internetWebProxyBypassList};
}

int feedFetch(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(
        valueOption("url", Text::tr("Fetch from this URL (https: or file:) instead of the organization's."), "URL"));
    p.addOption(valueOption("identity", Text::tr("Fetch through this server's InternetWebProxy."), "NAME"));
    p.addOption(valueOption("proxy", Text::tr("Fetch through this proxy (http://host:port)."), "URL"));
    p.addOption(
        valueOption("tls-ca-file", Text::tr("Also trust these TLS roots (PEM), e.g. of an inspecting proxy."), "PEM"));
    p.addOption(
        {QStringLiteral("no-crl-fetch"), Text::tr("Do not fetch the CRLs the signer's certificates point to.")});
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    FeedUpdateRequest request;
    if (p.isSet(QStringLiteral("url"))) {
        request.url = QUrl(p.value(QStringLiteral("url")), QUrl::StrictMode);
        if (!request.url.isValid()
            || (request.url.scheme() != QLatin1String("https") && request.url.scheme() != QLatin1String("file")))
            return cli.usage(
                Text::tr("invalid feed URL '%1': expected an https: or file: URL").arg(p.value(QStringLiteral("url"))));
    }
    auto tlsCa = tlsCaOption(p);
    if (!tlsCa)
        return cli.usage(tlsCa.error().message);
    request.extraCaCertificates = *tlsCa;
    request.fetchCrls = !p.isSet(QStringLiteral("no-crl-fetch"));
    auto proxy = proxyFor(cli, p);
    if (!proxy)
        return proxy.error().message.isEmpty() ? int(ExitFailed) : cli.failed(proxy.error());
    request.proxy = proxy->first;
    request.proxyBypass = proxy->second;
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    ops::Context context {Actor::current()};
    return printFeedOutcome(cli, ops::fetchFeed(*dir, request, context));
}

int feedImport(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The signed EOCS document."));
    p.addOption(crlOptionDefinition());
    if (!cli.parse(p, args, 1, 1))
        return cli.parseExitCode();
    FeedAcceptOptions options;
    auto crls = crlOption(p);
    if (!crls)
        return cli.failed(crls.error());
    options.crls = *crls;
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    ops::Context context {Actor::current()};
    return printFeedOutcome(cli, ops::importFeed(*dir, p.positionalArguments().first(), options, context));
}

int feedShow(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    auto status = feedStatus(*dir);
    if (!status)
        return cli.failed(status.error());
    auto catalog = dir->catalog();
    if (!catalog)
        return cli.failed(catalog.error());
    auto accepted = dir->acceptedFeed();
    if (!accepted)
        return cli.failed(accepted.error());
    // The EOCS version is not kept in the catalog tables; read it from the stored canonical octets.
    QString version;
    if (*accepted) {
        if (auto parsed = parseCatalog((*accepted)->canonical))
            version = parsed->catalog.version;
    }
    const FeedStatus &s = *status;
    QList<Record> records;
    if (cli.format() != OutputFormat::Csv) {
        records << Record {
            {QStringLiteral("Status"), s.summary, {}},
            {QStringLiteral("Signer"), s.signer, {}},
            {QStringLiteral("SigningTime"), s.signingTime, {}},
            {QStringLiteral("Timestamped"), s.timestamped, {}},
            {QStringLiteral("AcceptedAt"), s.acceptedAt, {}},
            {QStringLiteral("Age"),
                s.ageSeconds >= 0 ? durationText(std::chrono::seconds(s.ageSeconds / 60 * 60)) : QString(), {}},
            {QStringLiteral("Stale"), s.stale, {}},
            {QStringLiteral("Source"), s.source, {}},
            {QStringLiteral("TrustProfile"), s.profile, {}},
            {QStringLiteral("SHA256"), s.sha256, {}},
            {QStringLiteral("Version"), version, {}},
            {QStringLiteral("Mitigations"), qint64(s.mitigations), {}},
            {QStringLiteral("Actions"), qint64(s.actions), {}},
            {QStringLiteral("LastAttempt"), s.lastAttempt ? s.lastAttempt->at : QDateTime(), {}},
            {QStringLiteral("LastAttemptResult"), s.lastAttempt ? s.lastAttempt->message : QString(), {}},
        };
    }
    for (const Mitigation &m : catalog->mitigations) {
        for (const Action &a : m.actions) {
            records << Record {{QStringLiteral("Id"), a.id, {}}, {QStringLiteral("Mitigation"), m.id, {}},
                {QStringLiteral("Type"), actionTypeName(a.type), {}},
                {QStringLiteral("Scope"), actionScopeName(a.scope), {}}, {QStringLiteral("Target"), a.target, {}},
                {QStringLiteral("Description"), a.description.isEmpty() ? m.description : a.description, {}},
                {QStringLiteral("Applicability"), m.applicabilityText(), {}},
                {QStringLiteral("Rollback"), m.rollback, {}}};
        }
    }
    cli.printRecords(records);
    return ExitOk;
}

// ---- trust ----

QStringList certificateLines(const QByteArray &pem)
{
    QStringList lines;
    const QDateTime now = Clock::now();
    for (const CertificateSummary &c : describeCertificates(pem)) {
        lines << (c.notAfter < now ? Text::tr("%1 (expired %2)") : Text::tr("%1 (valid until %2)"))
                     .arg(c.subject, c.notAfter.date().toString(Qt::ISODate));
    }
    return lines;
}

int printProfiles(Cli &cli, const QString &only)
{
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    auto org = dir->org();
    auto profiles = dir->trustProfiles();
    if (!org)
        return cli.failed(org.error());
    if (!profiles)
        return cli.failed(profiles.error());
    QList<Record> records;
    for (const TrustProfile &t : *profiles) {
        if (!only.isEmpty() && t.name.compare(only, Qt::CaseInsensitive) != 0)
            continue;
        records << Record {{QStringLiteral("Name"), t.name, {}},
            {QStringLiteral("InUse"), t.name.compare(org->trustProfile, Qt::CaseInsensitive) == 0, {}},
            {QStringLiteral("BuiltIn"), t.builtin, {}}, {QStringLiteral("SignerSubject"), t.signerSubject, {}},
            {QStringLiteral("RequiredEkus"), t.requiredEkus, {}},
            {QStringLiteral("Anchors"), certificateLines(t.anchorsPem), {}},
            {QStringLiteral("TimestampAnchors"), certificateLines(t.tsaAnchorsPem), {}},
            {QStringLiteral("Intermediates"), certificateLines(t.intermediatesPem), {}},
            {QStringLiteral("Crls"), qint64(t.crlsPem.count("-----BEGIN X509 CRL-----")), {}}};
    }
    cli.printRecords(records);
    return ExitOk;
}

int trustList(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    return printProfiles(cli, {});
}

int trustAddProfile(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Profile name."));
    p.addOption(valueOption("anchor", Text::tr("Root certificates the signer must chain to (PEM)."), "PEM"));
    p.addOption(valueOption("tsa-anchor", Text::tr("Root certificates of the timestamp authorities (PEM)."), "PEM"));
    p.addOption(valueOption("intermediate", Text::tr("Intermediate certificates (PEM)."), "PEM"));
    p.addOption(valueOption(
        "signer-subject", Text::tr("Expected signer name, e.g. \"CN=Contoso Feed Signing, O=Contoso\"."), "DN"));
    p.addOption(valueOption(
        "eku", Text::tr("A required EKU OID (repeatable; default code signing 1.3.6.1.5.5.7.3.3)."), "OID"));
    p.addOption(valueOption("crl", Text::tr("CRLs of the chain (PEM)."), "PEM"));
    if (!cli.parse(p, args, 1, 1))
        return cli.parseExitCode();
    if (!p.isSet(QStringLiteral("anchor")))
        return cli.usage(Text::tr("--anchor is required"));
    TrustProfileInput input;
    input.name = p.positionalArguments().first();
    const auto load
        = [&](const char *option, QByteArray &target, const QString &what, qint64 maxBytes) -> Result<void> {
        if (!p.isSet(QString::fromLatin1(option)))
            return {};
        for (const QString &path : p.values(QString::fromLatin1(option))) {
            auto data = readLocalFile(path, what, maxBytes);
            if (!data)
                return fail(data.error());
            target += *data;
            if (!target.endsWith('\n'))
                target += '\n';
        }
        return {};
    };
    for (auto r : {load("anchor", input.anchorsPem, Text::tr("anchor"), maxPemFileBytes),
             load("tsa-anchor", input.tsaAnchorsPem, Text::tr("timestamp anchor"), maxPemFileBytes),
             load("intermediate", input.intermediatesPem, Text::tr("intermediate"), maxPemFileBytes),
             load("crl", input.crlsPem, Text::tr("CRL"), maxCrlFileBytes)}) {
        if (!r)
            return cli.failed(r.error());
    }
    input.signerSubject = p.value(QStringLiteral("signer-subject"));
    for (const QString &value : p.values(QStringLiteral("eku")))
        input.requiredEkus += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &oid : input.requiredEkus)
        oid = oid.trimmed();
    auto profile = makeTrustProfile(input);
    if (!profile)
        return cli.usage(profile.error().message);
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    ops::Context context {Actor::current()};
    if (const int code = printOutcome(cli, ops::addTrustProfile(*dir, *profile, context)); code != ExitOk)
        return code;
    return printProfiles(cli, profile->name);
}

int trustUse(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Profile name."));
    if (!cli.parse(p, args, 1, 1))
        return cli.parseExitCode();
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    ops::Context context {Actor::current()};
    return printOutcome(cli, ops::useTrustProfile(*dir, p.positionalArguments().first(), context));
}

// ---- test-connectivity ----

int testConnectivity(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(valueOption("identity", Text::tr("Test through this server's InternetWebProxy."), "NAME"));
    p.addOption(valueOption("url", Text::tr("The endpoint (default: the organization's feed URL)."), "URL"));
    p.addOption(valueOption("proxy", Text::tr("Test through this proxy (http://host:port)."), "URL"));
    p.addOption(valueOption("tls-ca-file", Text::tr("Also trust these TLS roots (PEM)."), "PEM"));
    p.addOption(valueOption("timeout", Text::tr("Time limit of each step (default 15s)."), "DURATION"));
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    ConnectivityOptions options;
    auto tlsCa = tlsCaOption(p);
    if (!tlsCa)
        return cli.usage(tlsCa.error().message);
    options.extraCaCertificates = *tlsCa;
    if (p.isSet(QStringLiteral("timeout"))) {
        auto d = parseDuration(p.value(QStringLiteral("timeout")));
        if (!d || d->count() <= 0)
            return cli.usage(
                d ? Text::tr("invalid timeout '%1'").arg(p.value(QStringLiteral("timeout"))) : d.error().message);
        options.stepTimeout = *d;
    }
    if (p.isSet(QStringLiteral("url"))) {
        options.endpoint = QUrl(p.value(QStringLiteral("url")), QUrl::StrictMode);
        if (!options.endpoint.isValid() || options.endpoint.scheme() != QLatin1String("https"))
            return cli.usage(
                Text::tr("invalid endpoint '%1': expected an https: URL").arg(p.value(QStringLiteral("url"))));
    } else {
        OrgDirectory *dir = cli.directory();
        if (!dir)
            return ExitFailed;
        auto org = dir->org();
        if (!org)
            return cli.failed(org.error());
        options.endpoint = org->feedUrl.scheme() == QLatin1String("https") ? org->feedUrl : OrgConfig::vendorFeedUrl();
    }
    auto proxy = proxyFor(cli, p);
    if (!proxy)
        return proxy.error().message.isEmpty() ? int(ExitFailed) : cli.failed(proxy.error());
    options.proxy = proxy->first;
    options.proxyBypass = proxy->second;
    ConnectivityTest test;
    test.start(options);
    if (test.isRunning()) {
        QObject::connect(&test, &ConnectivityTest::finished, &test, [] { QCoreApplication::exit(0); });
        QCoreApplication::exec();
    }
    cli.print(test.result().lines().join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return test.result().success ? ExitOk : ExitFailed;
}
} // namespace

QList<Verb> feedVerbs()
{
    return {
        {QStringLiteral("feed sign"), QStringLiteral("--key KEY --cert CERT [--chain PEM] [--tsa URL] IN OUT"),
            Text::tr("sign an EOCS document (enveloped XML Signature, optional RFC 3161 timestamp)"), feedSign},
        {QStringLiteral("feed verify"), QStringLiteral("FILE [--profile NAME] [--at TIME] [--crl FILE]"),
            Text::tr("verify a signed feed and print every check"), feedVerify},
        {QStringLiteral("feed fetch"),
            QStringLiteral("[--url URL] [--identity NAME | --proxy URL] [--tls-ca-file PEM]"),
            Text::tr("fetch, verify, and on success make it the accepted feed"), feedFetch, Writes},
        {QStringLiteral("feed import"), QStringLiteral("FILE [--crl FILE]"),
            Text::tr("verify a feed file and on success make it the accepted feed"), feedImport, Writes},
        {QStringLiteral("feed show"), QString(),
            Text::tr("the accepted feed: signer, signing time, mitigations and actions"), feedShow},
        {QStringLiteral("trust list"), QString(), Text::tr("list trust profiles"), trustList},
        {QStringLiteral("trust add-profile"),
            QStringLiteral("NAME --anchor PEM [--tsa-anchor PEM] [--intermediate PEM] [--signer-subject DN] [--eku "
                           "OID...] [--crl PEM]"),
            Text::tr("add (or replace) a trust profile for feeds an organization signs itself"), trustAddProfile,
            Writes},
        {QStringLiteral("trust use"), QStringLiteral("NAME"), Text::tr("verify feeds with this trust profile"),
            trustUse, Writes},
        {QStringLiteral("test-connectivity"),
            QStringLiteral("[--identity NAME] [--url URL] [--proxy URL] [--tls-ca-file PEM]"),
            Text::tr("test the connection to the Mitigation Service endpoint"), testConnectivity},
    };
}

} // namespace em::cli
