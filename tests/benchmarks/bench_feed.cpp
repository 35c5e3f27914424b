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
// Ours and the reference are measured in rounds, so that both see the same
// load. The trust profile's anchors and CRLs are parsed once and reused, as
// the service does (it verifies every hour with the same profile).
//
// Usage: bench_feed [--iterations N] [--configs N] [--work DIR] [--no-reference] [--one-thread-too]
//        bench_feed --verify-only DIR [--iterations N] [--one-thread]   (profiling: no key generation)

#include <cstdio>
#include <cstdlib>

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

namespace {
struct Options {
    int iterations = 21;
    int configs = 500;
    QString work; // --work DIR: the PKI and feed.xml stay there
    QString verifyOnly; // --verify-only DIR: verify DIR/feed.xml with DIR's PKI (made by --work DIR) and nothing else
    bool reference = true; // --no-reference: no xmlsec1 runs
    bool oneThreadToo = false; // --one-thread-too: also every verification on the calling thread alone, alternating
    bool oneThread = false; // --one-thread (with --verify-only): only on the calling thread
};

// A verification timed, on two threads (the default) or on the calling one.
double timedVerification(
    const QByteArray &feed, const TrustProfile &profile, VerifyOptions options, VerifyOptions::Threads threads)
{
    options.threads = threads;
    QElapsedTimer clock;
    clock.start();
    const bool ok = verifyFeedReport(feed, profile, options).verified;
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (!ok) {
        std::fprintf(stderr, "bench_feed: a verification failed\n");
        std::exit(1);
    }
    return ms;
}

const char trustNote[] = "# the trust profile's anchors and the CRLs are parsed by the first verification and "
                         "reused by the next ones (as the service verifies every hour with the same profile); "
                         "the document itself is parsed and checked in full every time\n";

// For profiling (callgrind-feed.sh): verifications only, of the files a
// --work DIR run left, without generating keys.
int verifyOnly(const Options &o)
{
    const auto read
        = [&o](const char *name) { return testpki::readFile(o.verifyOnly + QLatin1Char('/') + QLatin1String(name)); };
    const QByteArray feed = read("feed.xml");
    TrustProfile profile;
    profile.name = QStringLiteral("test");
    profile.anchorsPem = read("root.pem");
    profile.tsaAnchorsPem = read("tsa-root.pem");
    profile.signerSubject = QStringLiteral("CN=%1, O=EM Test").arg(QLatin1String(testpki::Pki::signerName));
    profile.requiredEkus = {QStringLiteral("1.3.6.1.5.5.7.3.3"), QLatin1String(testpki::Pki::testEku)};
    VerifyOptions options;
    options.crls = {read("root.crl.pem"), read("intermediate.crl.pem"), read("tsa-root.crl.pem")};
    if (feed.isEmpty() || profile.anchorsPem.isEmpty()) {
        std::fprintf(
            stderr, "bench_feed: no feed.xml and PKI in %s (make them with --work DIR)\n", qPrintable(o.verifyOnly));
        return 1;
    }
    std::printf("%s", trustNote);
    QList<double> times;
    for (int i = 0; i < o.iterations; ++i)
        times << timedVerification(feed, profile, options,
            o.oneThread ? VerifyOptions::Threads::Sequential : VerifyOptions::Threads::Concurrent);
    std::printf(
        "RESULT feed-verify ms %s\n", qPrintable(bench::statsText(bench::statsOf(times), QStringLiteral("ms"))));
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    QStringList args = QCoreApplication::arguments();
    o.reference = args.removeAll(QStringLiteral("--no-reference")) == 0;
    o.oneThreadToo = args.removeAll(QStringLiteral("--one-thread-too")) > 0;
    o.oneThread = args.removeAll(QStringLiteral("--one-thread")) > 0;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--iterations"))
            o.iterations = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--configs"))
            o.configs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--work"))
            o.work = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--verify-only"))
            o.verifyOnly = args.at(i + 1);
    }
    if (!o.verifyOnly.isEmpty())
        return verifyOnly(o);
    QTemporaryDir tmp;
    const QString dir = o.work.isEmpty() ? tmp.path() : o.work;
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
        = signFeed(feedDocument(o.configs), SigningInput {signer.keyPem, signer.certPem, pki.intermediate.certPem});
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
    std::printf("%s", trustNote);

    const QStringList xmlsecArgs = {QStringLiteral("--verify"), QStringLiteral("--trusted-pem"), pki.root.certPath,
        QStringLiteral("--untrusted-pem"), pki.intermediate.certPath, QStringLiteral("--enabled-key-data"),
        QStringLiteral("x509"), QStringLiteral("--enabled-reference-uris"), QStringLiteral("empty"), feedPath};
    if (o.reference) {
        const ProcessRun probe = runProcess(QStringLiteral("xmlsec1"), xmlsecArgs);
        std::printf("xmlsec1 --verify: %s\n", probe.ok ? "OK" : qPrintable(QStringLiteral("FAILED: ") + probe.output));
        if (!probe.ok)
            return 1;
    }
    // Rounds, so that ours and the reference see the same load: in each,
    // verifications of ours, xmlsec1 runs as processes, and one xmlsec1 run
    // with --repeat, whose time per operation is (time(--repeat R+1) -
    // time(one run)) / R, the one run being the median of the round's.
    constexpr int rounds = 7;
    constexpr int repeats = 20;
    QList<double> ours;
    QList<double> oneThread;
    QList<double> xmlsecProcess;
    QList<double> xmlsecPerOperation;
    for (int round = 0; round < rounds; ++round) {
        const int from = o.iterations * round / rounds;
        const int to = o.iterations * (round + 1) / rounds;
        for (int i = from; i < to; ++i) {
            ours << timedVerification(*stamped, profile, options, VerifyOptions::Threads::Concurrent);
            if (o.oneThreadToo)
                oneThread << timedVerification(*stamped, profile, options, VerifyOptions::Threads::Sequential);
        }
        if (!o.reference)
            continue;
        QList<double> single;
        for (int i = from; i < std::max(to, from + 1); ++i)
            single << runProcess(QStringLiteral("xmlsec1"), xmlsecArgs).seconds * 1000.0;
        xmlsecProcess += single;
        QStringList repeated = xmlsecArgs;
        repeated.insert(1, QStringLiteral("--repeat"));
        repeated.insert(2, QString::number(repeats + 1));
        const ProcessRun many = runProcess(QStringLiteral("xmlsec1"), repeated);
        if (!many.ok)
            return 1;
        xmlsecPerOperation << (many.seconds * 1000.0 - bench::statsOf(single).median) / repeats;
    }

    const auto ourStats = bench::statsOf(ours);
    std::printf(
        "RESULT feed-verify ms %s (target < 25)\n", qPrintable(bench::statsText(ourStats, QStringLiteral("ms"))));
    if (o.oneThreadToo)
        std::printf("RESULT feed-verify-one-thread ms %s\n",
            qPrintable(bench::statsText(bench::statsOf(oneThread), QStringLiteral("ms"))));
    if (!o.reference)
        return 0;
    const auto processStats = bench::statsOf(xmlsecProcess);
    const auto operationStats = bench::statsOf(xmlsecPerOperation);
    std::printf("RESULT xmlsec1-process ms %s\n", qPrintable(bench::statsText(processStats, QStringLiteral("ms"))));
    std::printf("RESULT xmlsec1-in-process ms %s (per operation, from --repeat %d)\n",
        qPrintable(bench::statsText(operationStats, QStringLiteral("ms"))), repeats + 1);
    std::printf("RESULT feed-vs-xmlsec1-per-operation %.2f (our median / xmlsec1's per operation; target <= 1)\n",
        ourStats.median / operationStats.median);
    std::printf(
        "RESULT feed-speedup %.1f x xmlsec1 per feed (process; target >= 5)\n", processStats.median / ourStats.median);
    std::printf("# load average at the end: %s\n", qPrintable(bench::loadAverage()));
    return 0;
}
