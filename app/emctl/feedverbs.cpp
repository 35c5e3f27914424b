// emctl verbs for the signed feed, trust profiles and the connectivity test.

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSslCertificate>

#include "cli.h"
#include "feed/feedfetcher.h"
#include "feed/feedsign.h"
#include "feed/feedverify.h"
#include "model/clock.h"
#include "model/text.h"

namespace em::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(emctl)
};

QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName)
{
    return {QString::fromLatin1(name), description, QString::fromLatin1(valueName)};
}

Result<QByteArray> readInput(const QString &path, const QString &what, qint64 maxBytes = 64 * 1024 * 1024)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::Io, Text::tr("%1 '%2': not found").arg(what, path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Text::tr("%1 '%2': cannot be read: %3").arg(what, path, file.errorString()));
    if (file.size() > maxBytes)
        return fail(ErrorCode::Io,
                    Text::tr("%1 '%2': %3 bytes is over the limit of %4 bytes").arg(what, path).arg(file.size()).arg(maxBytes));
    return file.readAll();
}

Result<void> writeOutput(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(ErrorCode::Io, Text::tr("output '%1': cannot be written: %2").arg(path, file.errorString()));
    return {};
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
    auto data = readInput(path, Text::tr("TLS CA file"));
    if (!data)
        return fail(data.error());
    certs = QSslCertificate::fromData(*data, QSsl::Pem);
    if (certs.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("TLS CA file '%1': no PEM certificate found").arg(path));
    return certs;
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
        if (!tsaUrl.isValid() || (tsaUrl.scheme() != QLatin1String("http") && tsaUrl.scheme() != QLatin1String("https")))
            return cli.usage(Text::tr("invalid TSA URL '%1': expected an http: or https: URL").arg(p.value(QStringLiteral("tsa"))));
    }
    auto tlsCa = tlsCaOption(p);
    if (!tlsCa)
        return cli.usage(tlsCa.error().message);
    const QString in = p.positionalArguments().at(0);
    const QString out = p.positionalArguments().at(1);
    SigningInput input;
    auto document = readInput(in, Text::tr("input"));
    auto key = readInput(p.value(QStringLiteral("key")), Text::tr("key"));
    auto cert = readInput(p.value(QStringLiteral("cert")), Text::tr("certificate"));
    for (const auto *r : {&document, &key, &cert}) {
        if (!*r)
            return cli.failed(r->error());
    }
    input.keyPem = *key;
    input.certificatePem = *cert;
    if (p.isSet(QStringLiteral("chain"))) {
        auto chain = readInput(p.value(QStringLiteral("chain")), Text::tr("chain"));
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
            return cli.failed(fetcher.result().error().wrapped(Text::tr("timestamp authority %1").arg(tsaUrl.toDisplayString())));
        auto stamped = addTimestamp(*signedFeed, *request, fetcher.result()->body);
        if (!stamped)
            return cli.failed(stamped.error().wrapped(Text::tr("timestamp authority %1").arg(tsaUrl.toDisplayString())));
        result = *stamped;
    }
    if (auto w = writeOutput(out, result); !w)
        return cli.failed(w.error());
    cli.print(tsaUrl.isValid() ? Text::tr("Signed %1 -> %2 (timestamped by %3)\n").arg(in, out, tsaUrl.toDisplayString())
                               : Text::tr("Signed %1 -> %2\n").arg(in, out));
    return ExitOk;
}

// ---- feed verify ----

QList<Record> checkRecords(const FeedVerification &report)
{
    QList<Record> records;
    for (const FeedCheck &c : report.checks) {
        records << Record{{QStringLiteral("Check"), c.key, {}},
                          {QStringLiteral("Result"), checkOutcomeText(c.outcome), {}},
                          {QStringLiteral("Detail"), c.detail, {}}};
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
        text += QStringLiteral("%1  %2  %3\n").arg(c.title.leftJustified(width), checkOutcomeText(c.outcome).leftJustified(4), c.detail);
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
    p.addOption(valueOption("crl", Text::tr("A CRL file (PEM or DER) to check revocation with; repeatable."), "FILE"));
    if (!cli.parse(p, args, 1, 1))
        return cli.parseExitCode();
    VerifyOptions options;
    if (p.isSet(QStringLiteral("at"))) {
        auto at = parseTime(p.value(QStringLiteral("at")));
        if (!at)
            return cli.usage(at.error().message);
        options.at = *at;
    }
    for (const QString &path : p.values(QStringLiteral("crl"))) {
        auto crl = readInput(path, Text::tr("CRL"));
        if (!crl)
            return cli.failed(crl.error());
        options.crls << *crl;
    }
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
    auto document = readInput(p.positionalArguments().first(), Text::tr("feed"), options.maxBytes + 1);
    if (!document)
        return cli.failed(document.error());
    const FeedVerification report = verifyFeedReport(*document, *profile, options);
    printReport(cli, report);
    return report.verified ? ExitOk : ExitFailed;
}
} // namespace

QList<Verb> feedVerbs()
{
    return {
        {QStringLiteral("feed sign"), QStringLiteral("--key KEY --cert CERT [--chain PEM] [--tsa URL] IN OUT"),
         Text::tr("sign an EOCS document (enveloped XML Signature, optional RFC 3161 timestamp)"), feedSign},
        {QStringLiteral("feed verify"), QStringLiteral("FILE [--profile NAME] [--at TIME] [--crl FILE]"),
         Text::tr("verify a signed feed and print every check"), feedVerify},
    };
}

} // namespace em::cli
