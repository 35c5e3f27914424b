// Benchmark (a program, not a test): verification of a 1 MiB EOCS feed with
// 500 Configs (URL Rewrite inbound and outbound rules, app pool and service
// actions), signed with an RSA-3072 key chained to a test root through an
// intermediate, with an RFC 3161 timestamp; every check runs (size, structure,
// algorithms, C14N and digest, signature, chain at genTime, EKU, signer,
// revocation with CRLs, timestamp, catalog parse, freshness).
//
// Reference, measured in the same run: the xmlsec1 command verifying the same
// file (`xmlsec1 --verify --trusted-pem root.pem --untrusted-pem
// intermediate.pem --enabled-key-data x509 feed.xml`), per run as a process
// (start included), and per operation inside one process (--repeat).
//
// Usage: bench_feed [--iterations N] [--configs N]

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include "benchcommon.h"
#include "feed/feedsign.h"
#include "feed/feedverify.h"
#include "testpki.h"

using namespace em;

namespace {
QByteArray configXml(int i)
{
    const QByteArray id = "M" + QByteArray::number(i);
    const QByteArray cve = "CVE-2025-" + QByteArray::number(30000 + i);
    QByteArray x;
    x += "  <Config id=\"" + id + "\" desc=\"Mitigation of " + cve
        + " in Exchange Server via URL Rewrite, application pool and service configuration\">\n";
    x += "    <Applicability>\n"
         "      <Product name=\"Exchange2019\" min=\"15.2.0.0\" max=\"15.2.1544.11\"/>\n"
         "      <Product name=\"Exchange2016\" min=\"15.1.0.0\" max=\"15.1.2507.39\"/>\n"
         "      <Product name=\"ExchangeSE\" min=\"15.2.2562.0\" max=\"15.2.2562.17\"/>\n"
         "    </Applicability>\n";
    x += "    <Rollback>Remove the rules \"EEMS " + id + ".1 ...\" and \"EEMS " + id
        + ".2 ...\" from IIS URL Rewrite; start MSExchangeOWACalendarAppPool.</Rollback>\n";
    x += "    <ActionList>\n";
    x += "      <Action id=\"" + id
        + ".1\" type=\"UrlRewrite\" scope=\"Site\" target=\"Default Web Site\" desc=\"Block autodiscover PowerShell "
          "requests\">\n";
    x += "        <rules>\n          <rule name=\"EEMS " + id
        + ".1 PowerShell - inbound\" stopProcessing=\"true\">\n"
          "            <match url=\".*\" />\n"
          "            <conditions logicalGrouping=\"MatchAny\">\n"
          "              <add input=\"{UrlDecode:{REQUEST_URI}}\" pattern=\"(?=.*autodiscover)(?=.*powershell)\" />\n"
          "              <add input=\"{UrlDecode:{QUERY_STRING}}\" pattern=\"(?=.*autodiscover)(?=.*powershell)\" />\n"
          "            </conditions>\n"
          "            <action type=\"CustomResponse\" statusCode=\"403\" statusReason=\"Forbidden\" "
          "statusDescription=\"Blocked by an emergency mitigation\" />\n"
          "          </rule>\n        </rules>\n      </Action>\n";
    x += "      <Action id=\"" + id
        + ".2\" type=\"UrlRewrite\" scope=\"VDir\" target=\"Default Web Site/owa\" desc=\"Remove the "
          "X-OWA-Version header\">\n";
    x += "        <rules>\n          <outboundRules>\n            <preConditions>\n"
         "              <preCondition name=\"EEMS "
        + id
        + ".2 HTML - precondition\">\n"
          "                <add input=\"{RESPONSE_CONTENT_TYPE}\" pattern=\"^text/html\" />\n"
          "                <add input=\"{RESPONSE_STATUS}\" pattern=\"^200$\" />\n"
          "              </preCondition>\n            </preConditions>\n"
          "            <rule name=\"EEMS "
        + id + ".2 version header - outbound\" preCondition=\"EEMS " + id
        + ".2 HTML - precondition\">\n"
          "              <match serverVariable=\"RESPONSE_X_OWA_Version\" pattern=\".*\" />\n"
          "              <action type=\"Rewrite\" value=\"\" />\n"
          "            </rule>\n"
          "          </outboundRules>\n        </rules>\n      </Action>\n";
    x += "      <Action id=\"" + id
        + ".3\" type=\"DisableAppPool\" scope=\"Server\" target=\"MSExchangeOWACalendarAppPool\" desc=\"Stop "
          "the OWA calendar app pool\"/>\n";
    x += "    </ActionList>\n  </Config>\n";
    return x;
}

QByteArray feedDocument(int configs)
{
    QByteArray doc = "<EOCS version=\"1.0.4\" issued=\""
        + QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate).toLatin1() + "\">\n";
    doc += "  <Config id=\"PING1\" desc=\"EEMS Heartbeat probe. Does not modify any exchange settings.\">\n"
           "    <ActionList>\n      <Action type=\"DoNothing\" scope=\"Server\" desc=\"Ping mitigation action. Does "
           "not modify any exchange settings.\"><Value>DoNothing</Value></Action>\n    </ActionList>\n  </Config>\n";
    for (int i = 1; i < configs; ++i)
        doc += configXml(i);
    return doc + "</EOCS>\n";
}

struct ProcessRun {
    double seconds = -1;
    bool ok = false;
    QString output;
};

ProcessRun runProcess(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    const bool finished = p.waitForFinished(120000);
    ProcessRun r;
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    r.output = QString::fromLocal8Bit(p.readAll());
    r.ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int iterations = 21;
    int configs = 500;
    QString work; // --work DIR: the PKI and feed.xml stay there (for profiling xmlsec1 on the same files)
    QStringList args = QCoreApplication::arguments();
    // For profiling: verify only, no xmlsec1 runs.
    const bool reference = args.removeAll(QStringLiteral("--no-reference")) == 0;
    // --one-thread-too: also every verification on the calling thread alone, alternating.
    const bool sequentialToo = args.removeAll(QStringLiteral("--one-thread-too")) > 0;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--iterations"))
            iterations = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--configs"))
            configs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--work"))
            work = args.at(i + 1);
    }
    QTemporaryDir tmp;
    const QString dir = work.isEmpty() ? tmp.path() : work;
    testpki::Pki pki(dir);
    if (!pki.ok()) {
        std::fprintf(stderr, "bench_feed: %s\n", qPrintable(pki.error()));
        return 1;
    }
    std::printf("# bench_feed: %s\n", qPrintable(bench::machineDescription()));
    // The test signer's name and EKUs, with an RSA-3072 key.
    const testpki::Cert signer = pki.issue(QStringLiteral("signer-rsa3072"),
        {QLatin1String(testpki::Pki::signerName), {}, false, 3072, -1, 365, QStringLiteral("critical,digitalSignature"),
            QStringLiteral("codeSigning,") + QLatin1String(testpki::Pki::testEku)},
        &pki.intermediate);
    auto signedFeed
        = signFeed(feedDocument(configs), SigningInput {signer.keyPem, signer.certPem, pki.intermediate.certPem});
    if (!signedFeed) {
        std::fprintf(stderr, "bench_feed: %s\n", qPrintable(signedFeed.error().message));
        return 1;
    }
    auto request = makeTimestampRequest(signedFeed->signatureValue);
    QString error;
    const QByteArray reply = testpki::opensslTsReply(pki, pki.tsa, request->der, &error);
    auto stamped = addTimestamp(*signedFeed, *request, reply);
    if (!stamped) {
        std::fprintf(stderr, "bench_feed: timestamp: %s %s\n", qPrintable(stamped.error().message), qPrintable(error));
        return 1;
    }
    const QString feedPath = dir + QStringLiteral("/feed.xml");
    testpki::writeFile(feedPath, *stamped);

    VerifyOptions options;
    options.crls = {pki.rootCrlPem, pki.intermediateCrlPem, pki.tsaRootCrlPem};
    const TrustProfile profile = pki.profile();
    FeedVerification first = verifyFeedReport(*stamped, profile, options);
    std::printf("feed: %lld bytes (%.2f MiB), %lld Configs, %lld actions, RSA-3072 signer '%s', timestamped: %s\n",
        static_cast<long long>(stamped->size()), double(stamped->size()) / 1048576.0,
        static_cast<long long>(first.catalog.mitigations.size()),
        static_cast<long long>(first.catalog.allActions().size()), qPrintable(first.signerSubject),
        first.timestamped ? "yes" : "no");
    for (const FeedCheck &c : first.checks)
        std::printf("  %-12s %-5s %s\n", qPrintable(c.key), qPrintable(checkOutcomeText(c.outcome)),
            qPrintable(c.detail.left(110)));
    if (!first.verified || !first.timestamped) {
        std::fprintf(stderr, "bench_feed: the feed does not verify: %s\n", qPrintable(first.failure));
        return 1;
    }

    // The default (two threads), and everything on the calling thread, alternating.
    QList<double> ours;
    QList<double> oneThread;
    for (int i = 0; i < iterations; ++i) {
        for (const auto threads : {VerifyOptions::Threads::Concurrent, VerifyOptions::Threads::Sequential}) {
            if (threads == VerifyOptions::Threads::Sequential && !sequentialToo)
                continue;
            VerifyOptions o = options;
            o.threads = threads;
            QElapsedTimer clock;
            clock.start();
            const bool ok = verifyFeedReport(*stamped, profile, o).verified;
            (threads == VerifyOptions::Threads::Concurrent ? ours : oneThread) << double(clock.nsecsElapsed()) / 1e6;
            if (!ok)
                return 1;
        }
    }

    const auto o = bench::statsOf(ours);
    std::printf("RESULT feed-verify ms %s (target < 25)\n", qPrintable(bench::statsText(o, QStringLiteral("ms"))));
    if (sequentialToo)
        std::printf("RESULT feed-verify-one-thread ms %s\n",
            qPrintable(bench::statsText(bench::statsOf(oneThread), QStringLiteral("ms"))));
    if (!reference)
        return 0;

    const QStringList xmlsecArgs = {QStringLiteral("--verify"), QStringLiteral("--trusted-pem"), pki.root.certPath,
        QStringLiteral("--untrusted-pem"), pki.intermediate.certPath, QStringLiteral("--enabled-key-data"),
        QStringLiteral("x509"), QStringLiteral("--enabled-reference-uris"), QStringLiteral("empty"), feedPath};
    const ProcessRun probe = runProcess(QStringLiteral("xmlsec1"), xmlsecArgs);
    std::printf("xmlsec1 --verify: %s\n", probe.ok ? "OK" : qPrintable(QStringLiteral("FAILED: ") + probe.output));
    if (!probe.ok)
        return 1;
    QList<double> xmlsecProcess;
    for (int i = 0; i < iterations; ++i)
        xmlsecProcess << runProcess(QStringLiteral("xmlsec1"), xmlsecArgs).seconds * 1000.0;
    // xmlsec1's own time per operation: --repeat R inside one process.
    const int repeats = 20;
    QList<double> xmlsecInProcess;
    for (int i = 0; i < 5; ++i) {
        const double one = runProcess(QStringLiteral("xmlsec1"), xmlsecArgs).seconds;
        QStringList repeated = xmlsecArgs;
        repeated.insert(1, QStringLiteral("--repeat"));
        repeated.insert(2, QString::number(repeats + 1));
        const ProcessRun many = runProcess(QStringLiteral("xmlsec1"), repeated);
        if (!many.ok)
            return 1;
        xmlsecInProcess << (many.seconds - one) / repeats * 1000.0;
    }

    const auto x = bench::statsOf(xmlsecProcess);
    std::printf("RESULT xmlsec1-process ms %s\n", qPrintable(bench::statsText(x, QStringLiteral("ms"))));
    std::printf("RESULT xmlsec1-in-process ms %s (from --repeat %d)\n",
        qPrintable(bench::statsText(bench::statsOf(xmlsecInProcess), QStringLiteral("ms"))), repeats + 1);
    std::printf("RESULT feed-speedup %.1f x xmlsec1 per feed (target >= 5)\n", x.median / o.median);
    std::printf("# load average at the end: %s\n", qPrintable(bench::loadAverage()));
    return 0;
}
