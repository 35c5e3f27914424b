// Benchmark (a program, not a timed test): verification time of signed feeds
// of growing size, with and without an RFC 3161 countersignature.
// Usage: bench_feedverify [iterations]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include "feed/feedsign.h"
#include "feed/feedverify.h"
#include "testpki.h"

using namespace em;

namespace {
QByteArray feedOfSize(int mitigations)
{
    QByteArray configs;
    for (int i = 1; i <= mitigations; ++i) {
        const QByteArray id = "M" + QByteArray::number(i);
        configs += "  <Config id=\"" + id + "\" desc=\"Mitigation " + id
            + "\">\n    <Rollback>Remove the rule.</Rollback>\n"
              "    <ActionList>\n      <Action id=\""
            + id
            + ".1\" type=\"UrlRewrite\" scope=\"Site\" "
              "target=\"Default Web Site\" desc=\"Block\">\n        <rules>\n          <rule name=\"EEMS "
            + id
            + ".1 block - inbound\" stopProcessing=\"true\"><match url=\".*\" /><conditions><add "
              "input=\"{UrlDecode:{REQUEST_URI}}\" pattern=\"(?=.*autodiscover)(?=.*powershell)\" /></conditions>"
              "<action type=\"AbortRequest\" /></rule>\n        </rules>\n      </Action>\n      <Action id=\""
            + id
            + ".2\" type=\"DisableService\" scope=\"Server\" target=\"MSExchangeIMAP4\"/>\n    </ActionList>\n"
              "  </Config>\n";
    }
    return "<EOCS version=\"1.0.4\" issued=\"" + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1()
        + "\">\n" + configs + "</EOCS>\n";
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    QTemporaryDir tmp;
    testpki::Pki pki(tmp.path());
    if (!pki.ok()) {
        qCritical("%s", qPrintable(pki.error()));
        return 1;
    }
    QTextStream out(stdout);
    out << "mitigations  bytes  timestamp  verify ms (mean of " << iterations << ")\n";
    VerifyOptions options;
    options.crls = {pki.rootCrlPem, pki.intermediateCrlPem};
    for (int mitigations : {5, 100, 1000, 4000}) {
        auto signedFeed = signFeed(
            feedOfSize(mitigations), SigningInput {pki.signer.keyPem, pki.signer.certPem, pki.intermediate.certPem});
        if (!signedFeed) {
            qCritical("%s", qPrintable(signedFeed.error().message));
            return 1;
        }
        auto request = makeTimestampRequest(signedFeed->signatureValue);
        QString error;
        auto stamped = addTimestamp(*signedFeed, *request, testpki::opensslTsReply(pki, pki.tsa, request->der, &error));
        for (const QByteArray *doc : {&signedFeed->document, stamped ? &*stamped : nullptr}) {
            if (!doc)
                continue;
            QElapsedTimer clock;
            clock.start();
            bool ok = true;
            for (int i = 0; i < iterations; ++i)
                ok = ok && verifyFeedReport(*doc, pki.profile(), options).verified;
            const double ms = double(clock.nsecsElapsed()) / 1e6 / iterations;
            out << QStringLiteral("%1  %2  %3  %4%5\n")
                       .arg(mitigations, 11)
                       .arg(doc->size(), 8)
                       .arg(doc == &signedFeed->document ? QStringLiteral("no") : QStringLiteral("yes"), 9)
                       .arg(ms, 9, 'f', 2)
                       .arg(ok ? QString() : QStringLiteral("  (NOT VERIFIED)"));
            out.flush();
        }
    }
    return 0;
}
