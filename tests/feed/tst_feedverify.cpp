// Feed verification against a generated PKI: a good feed, a corpus of hostile
// documents each refused for the right reason, signer and chain problems,
// revocation, RFC 3161 timestamps (openssl ts -reply and CMS-built tokens),
// freshness, and interop with the independent xmlsec1 command.

#include <memory>
#include <utility>

#include <QTemporaryDir>
#include <QTest>

#include <openssl/cms.h>
#include <openssl/ess.h>
#include <openssl/x509.h>

#include "feed/crypto_p.h"
#include "feed/eocsparser.h"
#include "feed/feedsign.h"
#include "feed/feedverify.h"
#include "feed/xmldsig_p.h"
#include "model/clock.h"
#include "model/text.h"
#include "testpki.h"

using namespace em;

// QVERIFY2 evaluates its message even on success: only read the error of a failed Result.
#define VERIFY_RESULT(r) QVERIFY2(bool(r), (r) ? "" : qPrintable((r).error().message))
using testpki::Cert;

namespace {
QByteArray replaced(QByteArray doc, const QByteArray &from, const QByteArray &to)
{
    if (!doc.contains(from))
        return QByteArray("<not-mutated/>"); // makes the row fail loudly with a structure error
    return doc.replace(from, to);
}

QByteArray between(const QByteArray &doc, const QByteArray &start, const QByteArray &end)
{
    const qsizetype a = doc.indexOf(start);
    const qsizetype b = doc.indexOf(end, a);
    if (a < 0 || b < 0)
        return {};
    return doc.mid(a, b + end.size() - a);
}

QString outcomes(const FeedVerification &r)
{
    QStringList lines;
    for (const FeedCheck &c : r.checks)
        lines << QStringLiteral("%1=%2 %3").arg(c.key, checkOutcomeText(c.outcome), c.detail);
    return lines.join(QLatin1Char('\n'));
}

// Where two reports differ, field by field ("" when they are the same).
QString reportDifference(const FeedVerification &one, const FeedVerification &two)
{
    QStringList d;
    if (outcomes(one) != outcomes(two))
        d << QStringLiteral("checks:\n%1\nvs\n%2").arg(outcomes(one), outcomes(two));
    for (qsizetype i = 0; i < std::min(one.checks.size(), two.checks.size()); ++i) {
        if (one.checks[i].title != two.checks[i].title)
            d << QStringLiteral("title of %1").arg(one.checks[i].key);
    }
    const auto field = [&d](const char *name, bool same) {
        if (!same)
            d << QLatin1String(name);
    };
    field("verified", one.verified == two.verified);
    field("failure", one.failure == two.failure);
    field("warnings", one.warnings == two.warnings);
    field("catalog version", one.catalog.version == two.catalog.version);
    field("catalog", one.catalog.mitigations == two.catalog.mitigations);
    field("canonical", one.canonical == two.canonical);
    field("sha256", one.sha256 == two.sha256);
    field("signerSubject", one.signerSubject == two.signerSubject);
    field("signerIssuer", one.signerIssuer == two.signerIssuer);
    field("signingTime", one.signingTime == two.signingTime);
    field("timestamped", one.timestamped == two.timestamped);
    field("tsaSubject", one.tsaSubject == two.tsaSubject);
    field("validatedAt", one.validatedAt == two.validatedAt);
    return d.join(QStringLiteral("; "));
}

// A catalog of `count` Configs of about 600 bytes each (a large feed's
// canonical form is cut in two and parsed on two threads); `bad` replaces
// the Config of that index.
QByteArray largeFeed(int count, int badAt = -1, const QByteArray &bad = {})
{
    QByteArray doc = "<EOCS version=\"1.0.4\">\n";
    for (int i = 0; i < count; ++i) {
        if (i == badAt) {
            doc += bad;
            continue;
        }
        const QByteArray id = "M" + QByteArray::number(i);
        doc += "  <Config id=\"" + id + "\" desc=\"Mitigation " + id
            + " of a large feed\">\n    <Applicability>\n      <Product name=\"Exchange2019\" min=\"15.2.0.0\" "
              "max=\"15.2.1544.11\"/>\n    </Applicability>\n    <Rollback>Remove the rule.</Rollback>\n"
              "    <ActionList>\n      <Action id=\""
            + id
            + ".1\" type=\"UrlRewrite\" scope=\"Site\" target=\"Default Web Site\" desc=\"Block\">\n"
              "        <rules>\n          <rule name=\"EEMS "
            + id
            + ".1 block - inbound\" stopProcessing=\"true\">\n            <match url=\".*\" />\n"
              "            <action type=\"AbortRequest\" />\n          </rule>\n        </rules>\n      </Action>\n"
              "      <Action id=\""
            + id + ".2\" type=\"DisableService\" scope=\"Server\" target=\"MSExchangeIMAP4\"/>\n    </ActionList>\n"
            + "  </Config>\n";
    }
    return doc + "</EOCS>\n";
}
} // namespace

class TestFeedVerify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<testpki::Pki> m_pki;
    SignedFeed m_good;
    QByteArray m_vendorStamped; // m_good with a timestamp in every respect of the vendor's form

    SignedFeed sign(const Cert &signer, const QByteArray &doc, const QByteArray &chain)
    {
        SigningInput in;
        in.keyPem = signer.keyPem;
        in.certificatePem = signer.certPem;
        in.chainPem = chain;
        auto s = signFeed(doc, in);
        if (!s)
            qWarning() << s.error().message;
        return s ? *s : SignedFeed {};
    }

    QStringList m_threadMismatches; // checked after every test function (and row)

    // Verifies both ways, on two threads and on this one alone, and notes
    // any difference in the reports, to the last message; returns the
    // two-thread one (the default).
    FeedVerification verifyWith(const QByteArray &doc, const TrustProfile &profile, VerifyOptions options)
    {
        if (!options.at.isValid())
            options.at = Clock::now(); // the same time for both
        options.threads = VerifyOptions::Threads::Concurrent;
        const FeedVerification two = verifyFeedReport(doc, profile, options);
        options.threads = VerifyOptions::Threads::Sequential;
        const FeedVerification one = verifyFeedReport(doc, profile, options);
        if (const QString d = reportDifference(one, two); !d.isEmpty())
            m_threadMismatches << QStringLiteral("%1 (%2): %3")
                                      .arg(QLatin1String(QTest::currentTestFunction()),
                                          QLatin1String(QTest::currentDataTag()), d);
        return two;
    }

    FeedVerification verify(const QByteArray &doc, const VerifyOptions &options = {})
    {
        return verifyWith(doc, m_pki->profile(), options);
    }

    // `doc` signed by `signer` whatever its catalog says (signFeed checks the
    // catalog first; an attacker's signer does not).
    QByteArray signRegardless(const Cert &signer, const QByteArray &doc, bool withIntermediate = true)
    {
        auto key = feed_detail::privateKeyFromPem(signer.keyPem, QString());
        auto cert = feed_detail::certificatesFromPem(signer.certPem, QString());
        if (!key || !cert)
            return {};
        auto numbers = feed_detail::rsaPublicNumbers(key->get());
        if (!numbers)
            return {};
        EVP_PKEY *k = key->get();
        feed_detail::SignatureMaterial m;
        m.certificates = {feed_detail::certificateDer(cert->front().get())};
        if (withIntermediate)
            m.certificates << feed_detail::certificateDer(
                feed_detail::certificatesFromPem(m_pki->intermediate.certPem, QString())->front().get());
        m.rsaModulus = numbers->first;
        m.rsaExponent = numbers->second;
        m.sign = [k](const QByteArray &data) { return feed_detail::signRsaSha256(k, data); };
        m.sha256 = [](const QByteArray &data) { return feed_detail::digest("SHA256", data); };
        auto enveloped = feed_detail::signEnveloped(doc, 1 << 22, m);
        return enveloped ? enveloped->document : QByteArray();
    }

    QByteArray xmlsec(const QStringList &args, QString *error)
    {
        return testpki::run(QStringLiteral("xmlsec1"), args, error);
    }

    QByteArray tsResponse(const Cert &tsa, const SignedFeed &feed, TimestampRequest *request, QString *error)
    {
        auto req = makeTimestampRequest(feed.signatureValue);
        if (!req)
            return {};
        *request = *req;
        return testpki::opensslTsReply(*m_pki, tsa, req->der, error);
    }

    // `feed` timestamped by the test TSA answering as `options` say.
    Result<QByteArray> stampedWith(const testpki::TsaOptions &options, const SignedFeed &feed)
    {
        auto request = makeTimestampRequest(feed.signatureValue);
        if (!request)
            return fail(request.error());
        QString error;
        const QByteArray response = testpki::timestampReply(options, request->der, &error);
        if (response.isEmpty())
            return fail(ErrorCode::Format, QStringLiteral("test TSA: ") + error);
        return addTimestamp(feed, *request, response);
    }

    // The test TSA's options from a row name: properties joined with '+'.
    testpki::TsaOptions tsaForm(const QString &form) const
    {
        using FirstId = testpki::TsaOptions::FirstId;
        testpki::TsaOptions o = testpki::TsaOptions::plain(m_pki->tsa, m_pki->tsaRoot);
        for (const QString &part : form.split(QLatin1Char('+'))) {
            if (part == QLatin1String("vendor")) {
                o = testpki::TsaOptions::vendor(*m_pki);
            } else if (part == QLatin1String("ber")) {
                o.berIndefinite = true;
            } else if (part == QLatin1String("acert")) {
                o.attributeCertificate = true;
            } else if (part == QLatin1String("noncritical")) {
                o.tsa = &m_pki->tsaNonCritical;
                o.certificates = {&m_pki->tsaNonCritical, &m_pki->tsaRoot};
            } else if (part == QLatin1String("further")) {
                o.furtherIds = {&m_pki->otherTsa, &m_pki->otherTsaRoot};
            } else if (part == QLatin1String("noissuerserial")) {
                o.firstId = FirstId::TsaWithoutIssuerSerial;
            } else if (part == QLatin1String("v1")) {
                o.signingCertificateV1 = true;
            } else if (part == QLatin1String("both")) {
                o.bothVersions = true;
            } else if (part == QLatin1String("sha256")) {
                o.essHashNid = NID_sha256; // written out although it is the default
            } else if (part == QLatin1String("sha384")) {
                o.essHashNid = NID_sha384;
            } else if (part == QLatin1String("first-other")) {
                o.firstId = FirstId::OtherCertificate;
                o.other = &m_pki->tsaRoot; // a certificate of the token, not the TSA's
            } else if (part == QLatin1String("first-hash")) {
                o.firstId = FirstId::WrongHash;
            } else if (part == QLatin1String("first-issuerserial")) {
                o.firstId = FirstId::WrongIssuerSerial;
                o.other = &m_pki->otherTsa;
            } else if (part != QLatin1String("der")) {
                qFatal("unknown TSA form part %s", qPrintable(part));
            }
        }
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pki = std::make_unique<testpki::Pki>(m_tmp.path());
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
        m_good = sign(m_pki->signer, testpki::sampleFeed(), m_pki->intermediate.certPem);
        QVERIFY(!m_good.document.isEmpty());
        auto stamped = stampedWith(testpki::TsaOptions::vendor(*m_pki), m_good);
        VERIFY_RESULT(stamped);
        m_vendorStamped = *stamped;
    }

    void cleanup()
    {
        Clock::reset();
        const QStringList mismatches = std::exchange(m_threadMismatches, {});
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    }

    void goodFeedVerifies()
    {
        VerifyOptions o;
        o.crls = {m_pki->rootCrlPem, m_pki->intermediateCrlPem};
        const FeedVerification r = verify(m_good.document, o);
        QVERIFY2(r.verified, qPrintable(outcomes(r)));
        QVERIFY(r.failure.isEmpty());
        for (const char *key : {"size", "structure", "algorithms", "digest", "signature", "chain", "eku", "signer",
                 "revocation", "catalog"})
            QCOMPARE(r.check(QLatin1String(key))->outcome, CheckOutcome::Passed);
        QCOMPARE(r.check(QStringLiteral("timestamp"))->outcome, CheckOutcome::NotApplicable);
        // No signing time at all: freshness and rollback cannot be judged.
        QCOMPARE(r.check(QStringLiteral("freshness"))->outcome, CheckOutcome::Warning);
        QCOMPARE(r.signerSubject, QStringLiteral("CN=EM Test Feed Signing, O=EM Test"));
        QCOMPARE(r.signerIssuer, QStringLiteral("CN=EM Test Signing CA, O=EM Test"));
        QVERIFY(!r.timestamped);
        QVERIFY(!r.signingTime.isValid());
        QCOMPARE(r.sha256.size(), 64);
        QVERIFY(r.check(QStringLiteral("chain"))->detail.contains(QLatin1String("EM Test Root")));
    }

    void catalogComesFromTheDigestedOctets()
    {
        const FeedVerification r = verify(m_good.document);
        QVERIFY2(r.verified, qPrintable(outcomes(r)));
        // The canonical octets are the document minus its Signature, in C14N form.
        QVERIFY(!r.canonical.contains("Signature"));
        QVERIFY(r.canonical.startsWith("<EOCS version=\"1.0.4\">"));
        QVERIFY(r.canonical.contains("<match url=\".*\"></match>")); // C14N expands empty elements
        const Catalog &c = r.catalog;
        QCOMPARE(c.version, QStringLiteral("1.0.4"));
        QCOMPARE(c.mitigations.size(), 5);
        QCOMPARE(c.mitigations[0].id, QStringLiteral("PING1"));
        QCOMPARE(c.mitigations[0].actions.size(), 1);
        QCOMPARE(c.mitigations[0].actions[0].id, QStringLiteral("PING1")); // takes its Config's id
        QCOMPARE(c.mitigations[0].actions[0].type, ActionType::DoNothing);
        const Action *m11 = c.findAction(QStringLiteral("M1.1"));
        QVERIFY(m11);
        QCOMPARE(m11->type, ActionType::UrlRewrite);
        QCOMPARE(m11->scope, ActionScope::Site);
        QCOMPARE(m11->target, QStringLiteral("Default Web Site"));
        QVERIFY(m11->rulesXml.contains(QLatin1String("<rule name=\"EEMS M1.1 PowerShell - inbound\"")));
        QVERIFY(m11->rulesXml.trimmed().endsWith(QLatin1String("</rule>")));
        QCOMPARE(c.findMitigation(QStringLiteral("M1"))->applicability.size(), 2);
        QVERIFY(c.findMitigation(QStringLiteral("M1"))->rollback.startsWith(QLatin1String("Remove the rule")));
        const Action *m21 = c.findAction(QStringLiteral("M2.1"));
        QVERIFY(m21);
        QCOMPARE(m21->scope, ActionScope::VDir);
        QVERIFY(m21->rulesXml.contains(QLatin1String("<outboundRules>")));
        QCOMPARE(c.findMitigation(QStringLiteral("M2"))->description,
            QString::fromUtf8("Remove a response header from OWA (été ✓)"));
        QCOMPARE(c.findAction(QStringLiteral("M3.1"))->type, ActionType::DisableAppPool);
        QCOMPARE(c.findAction(QStringLiteral("M3.1"))->target, QStringLiteral("MSExchangeOWACalendarAppPool"));
        QCOMPARE(c.findAction(QStringLiteral("M4.1"))->type, ActionType::DisableService);
        QCOMPARE(c.findAction(QStringLiteral("M4.1"))->target, QStringLiteral("MSExchangeIMAP4"));
    }

    void signedDocumentHasTheVendorProfile()
    {
        const QByteArray &d = m_good.document;
        QVERIFY(d.contains("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">"));
        QVERIFY(d.contains("<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"));
        QVERIFY(d.contains("<SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/>"));
        QVERIFY(d.contains("<Reference URI=\"\">"));
        QVERIFY(d.contains("<Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/>"));
        QVERIFY(d.contains("<DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/>"));
        QVERIFY(d.contains("<RSAKeyValue>"));
        QCOMPARE(d.count("<X509Certificate>"), 2); // leaf and intermediate
        // The Signature is the last child of EOCS.
        QVERIFY(d.trimmed().endsWith("</Signature>\n</EOCS>"));
    }

    void signRefuses_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<int>("signer"); // 0 good, 1 weak, 2 EC
        QTest::addColumn<QString>("message");
        QTest::newRow("already signed") << m_good.document << 0 << QStringLiteral("already signed");
        QTest::newRow("invalid EOCS") << QByteArray("<EOCS version=\"1\"><Config id=\"M1\"/></EOCS>") << 0
                                      << QStringLiteral("not a valid EOCS feed");
        QTest::newRow("weak key") << testpki::sampleFeed() << 1 << QStringLiteral("too weak");
        QTest::newRow("EC key") << testpki::sampleFeed() << 2 << QStringLiteral("rsa-sha256");
        QTest::newRow("comment") << replaced(testpki::sampleFeed(), "<Config id=\"M4\"", "<!-- x --><Config id=\"M4\"")
                                 << 0 << QStringLiteral("comment");
    }

    void signRefuses()
    {
        QFETCH(QByteArray, document);
        QFETCH(int, signer);
        QFETCH(QString, message);
        const Cert &cert = signer == 0 ? m_pki->signer : signer == 1 ? m_pki->signerWeak : m_pki->signerEc;
        SigningInput in {cert.keyPem, cert.certPem, m_pki->intermediate.certPem};
        auto s = signFeed(document, in);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    }

    void signRefusesAKeyOfAnotherCertificate()
    {
        SigningInput in {m_pki->signer.keyPem, m_pki->otherSigner.certPem, {}};
        auto s = signFeed(testpki::sampleFeed(), in);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("does not belong")), qPrintable(s.error().message));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("message");
        const QByteArray good = m_good.document;
        const QByteArray signature = between(good, "<Signature ", "</Signature>");
        const QByteArray body = good.mid(good.indexOf("<EOCS"));
        QVERIFY(!signature.isEmpty());

        QTest::newRow("changed attribute")
            << replaced(good, "desc=\"Disable IMAP4\"", "desc=\"Disable IMAP5\"") << "digest"
            << "changed after signing";
        QTest::newRow("changed rule pattern")
            << replaced(good, "pattern=\"(?=.*autodiscover)(?=.*powershell)\"", "pattern=\"^$\"") << "digest"
            << "changed after signing";
        QTest::newRow("changed action target")
            << replaced(good, "target=\"MSExchangeIMAP4\"", "target=\"MSExchangeTransport\"") << "digest"
            << "changed after signing";
        QTest::newRow("added Config") << replaced(good, "  <Signature ",
            "  <Config id=\"EVIL\" desc=\"x\"><ActionList><Action id=\"EVIL.1\" type=\"DisableService\" "
            "scope=\"Server\" target=\"W3SVC\"/></ActionList></Config>\n  <Signature ")
                                      << "digest"
                                      << "changed after signing";
        QTest::newRow("removed Config") << replaced(good, between(good, "<Config id=\"M3\"", "</Config>"), "")
                                        << "digest"
                                        << "changed after signing";
        QTest::newRow("whitespace added in content")
            << replaced(good, "<Value>DoNothing", "<Value> DoNothing") << "digest"
            << "changed after signing";
        QTest::newRow("signature moved first") << replaced(
            replaced(good, signature, ""), "<EOCS version=\"1.0.4\">", "<EOCS version=\"1.0.4\">" + signature)
                                               << "structure"
                                               << "not the last child element";
        QTest::newRow("signature moved into a Config")
            << replaced(replaced(good, signature, ""), "</ActionList>\n  </Config>\n  <Config id=\"M1\"",
                   "</ActionList>" + signature + "\n  </Config>\n  <Config id=\"M1\"")
            << "structure"
            << "inside <Config>";
        QTest::newRow("signature duplicated")
            << replaced(good, "</Signature>", "</Signature>" + signature) << "structure"
            << "found 2 Signature elements";
        const QByteArray reference = between(good, "<Reference ", "</Reference>");
        QTest::newRow("second Reference") << replaced(good, "</Reference>", "</Reference>" + reference) << "structure"
                                          << "2 Reference elements";
        QTest::newRow("URI=#id reference")
            << replaced(good, "<Reference URI=\"\">", "<Reference URI=\"#M1\">") << "structure"
            << "Reference URI '#M1' is not allowed";
        QTest::newRow("reference without URI") << replaced(good, "<Reference URI=\"\">", "<Reference>") << "structure"
                                               << "no URI attribute";
        QTest::newRow("second EOCS root wrapped around")
            << QByteArray("<EOCS version=\"1.0.4\">\n" + body + "</EOCS>\n") << "structure"
            << "must be a child of the root EOCS";
        QTest::newRow("wrapper with lifted signature")
            << QByteArray("<EOCS version=\"1.0.4\"><Config id=\"EVIL\"><ActionList><Action id=\"EVIL.1\" "
                          "type=\"DisableService\" scope=\"Server\" target=\"W3SVC\"/></ActionList></Config>"
                   + replaced(body, signature, "") + signature + "</EOCS>")
            << "digest"
            << "changed after signing";
        QTest::newRow("comment injected into text")
            << replaced(good, "Remove the rule", "Remove<!-- injected --> the rule") << "structure"
            << "comment at line";
        QTest::newRow("comment after the root") << QByteArray(good + "<!-- x -->") << "structure"
                                                << "comment";
        QTest::newRow("processing instruction")
            << replaced(good, "<Config id=\"M4\"", "<?evil x?><Config id=\"M4\"") << "structure"
            << "processing instruction";
        // The first in document order is named, with its line (noted as the parse adds them, not by a walk).
        QTest::newRow("the first of several refused nodes")
            << replaced(good, "<EOCS ", "<!-- one -->\n<?two x?>\n<EOCS ") << "structure"
            << "comment at line 2: comments are not covered";
        QTest::newRow("the first of several refused nodes, inside")
            << replaced(good, "<Config id=\"M4\"", "\n\n<?first x?><!-- second --><Config id=\"M4\"") << "structure"
            << "processing instruction 'first' at line";
        QTest::newRow("comment inside the Signature")
            << replaced(good, "<SignatureValue>", "<!-- x --><SignatureValue>") << "structure"
            << "comment at line";
        // libxml2 would set up its global catalog for this one while parsing.
        QTest::newRow("catalog processing instruction")
            << replaced(good, "<EOCS ", "<?oasis-xml-catalog catalog=\"file:///etc/xml/catalog\"?>\n<EOCS ")
            << "structure"
            << "processing instruction 'oasis-xml-catalog'";
        QTest::newRow("DOCTYPE internal entity")
            << replaced(replaced(good, "<EOCS ", "<!DOCTYPE EOCS [<!ENTITY x \"IMAP4\">]>\n<EOCS "), "Disable IMAP4\"",
                   "Disable &x;\"")
            << "structure"
            << "DOCTYPE is not allowed";
        QTest::newRow("external entity") << replaced(
            replaced(good, "<EOCS ", "<!DOCTYPE EOCS [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<EOCS "),
            "Disable IMAP4\"", "Disable &x;\"")
                                         << "structure"
                                         << "DOCTYPE is not allowed";
        QTest::newRow("external DTD") << replaced(
            good, "<EOCS ", "<!DOCTYPE EOCS SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<EOCS ")
                                      << "structure"
                                      << "DOCTYPE is not allowed";
        QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
        laughs += " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
        for (int i = 2; i <= 9; ++i)
            laughs += QStringLiteral(" <!ENTITY lol%1 \"&lol%2;&lol%2;&lol%2;&lol%2;&lol%2;&lol%2;&lol%2;&lol%2;&lol%2;"
                                     "&lol%2;\">\n")
                          .arg(i)
                          .arg(i - 1)
                          .toLatin1();
        laughs += "]>\n<EOCS version=\"1\">&lol9;</EOCS>\n";
        QTest::newRow("billion laughs") << laughs << "structure"
                                        << "DOCTYPE is not allowed";
        QTest::newRow("undeclared entity") << replaced(good, "Disable IMAP4\"", "Disable &x;\"") << "structure"
                                           << "not well-formed";
        QTest::newRow("not well-formed") << good.left(good.size() / 2) << "structure"
                                         << "not well-formed";
        QTest::newRow("oversized") << replaced(good, "</EOCS>", QByteArray(4 * 1024 * 1024, ' ') + "</EOCS>") << "size"
                                   << "the limit is 4194304";
        QTest::newRow("rsa-sha1") << replaced(
            good, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2000/09/xmldsig#rsa-sha1")
                                  << "algorithms"
                                  << "SHA-1 is refused";
        QTest::newRow("sha1 digest") << replaced(
            good, "http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2000/09/xmldsig#sha1")
                                     << "algorithms"
                                     << "DigestMethod 'http://www.w3.org/2000/09/xmldsig#sha1'";
        QTest::newRow("unknown signature algorithm")
            << replaced(good, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "urn:example:none") << "algorithms"
            << "SignatureMethod 'urn:example:none' is not allowed";
        QTest::newRow("hmac") << replaced(
            good, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2000/09/xmldsig#hmac-sha1")
                              << "algorithms"
                              << "hmac-sha1";
        QTest::newRow("c14n with comments")
            << replaced(good, "<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>",
                   "<CanonicalizationMethod "
                   "Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments\"/>")
            << "algorithms"
            << "CanonicalizationMethod";
        QTest::newRow("only the enveloped transform")
            << replaced(good, "<Transform Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>", "")
            << "algorithms"
            << "exactly enveloped-signature then C14N";
        QTest::newRow("XSLT transform") << replaced(good,
            "<Transform Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>",
            "<Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\"/>")
                                        << "algorithms"
                                        << "REC-xslt";
        const QByteArray sigValue = between(good, "<SignatureValue>", "</SignatureValue>");
        QByteArray corrupt = sigValue;
        corrupt[20] = corrupt[20] == 'A' ? 'B' : 'A';
        QTest::newRow("corrupted SignatureValue") << replaced(good, sigValue, corrupt) << "signature"
                                                  << "does not verify";
        const QByteArray modulus = between(good, "<Modulus>", "</Modulus>");
        const SignedFeed other = sign(m_pki->signerRevoked, testpki::sampleFeed(), m_pki->intermediate.certPem);
        QTest::newRow("KeyValue of another key")
            << replaced(good, modulus, between(other.document, "<Modulus>", "</Modulus>")) << "signature"
            << "KeyValue does not match";
        const QByteArray certs = between(good, "<X509Data>", "</X509Data>");
        QTest::newRow("no certificate") << replaced(good, certs, "") << "structure"
                                        << "no X509Certificate";
        QTest::newRow("unsigned document") << testpki::sampleFeed() << "structure"
                                           << "not signed";
        QTest::newRow("another root element") << QByteArray("<Feed/>") << "structure"
                                              << "expected <EOCS>";
        const QByteArray vendorCounter
            = "<CounterSignature xmlns=\"http://schemas.microsoft.com/xmldsig/timestamp/2003\" "
              "ts-format=\"cms-timestamp-message\">";
        QTest::newRow("CounterSignature in the XML-DSig namespace")
            << replaced(m_vendorStamped, vendorCounter, "<CounterSignature ts-format=\"cms-timestamp-message\">")
            << "structure"
            << "CounterSignature (line 84) is in namespace 'http://www.w3.org/2000/09/xmldsig#'; expected "
               "'http://schemas.microsoft.com/xmldsig/timestamp/2003'";
        QTest::newRow("CounterSignature in no namespace")
            << replaced(
                   m_vendorStamped, vendorCounter, "<CounterSignature xmlns=\"\" ts-format=\"cms-timestamp-message\">")
            << "structure"
            << "CounterSignature (line 84) is in namespace '(none)'; expected "
               "'http://schemas.microsoft.com/xmldsig/timestamp/2003'";
        QTest::newRow("CounterSignature in another namespace")
            << replaced(m_vendorStamped, vendorCounter,
                   "<ts:CounterSignature xmlns:ts=\"http://schemas.microsoft.com/xmldsig/timestamp/2004\" "
                   "ts-format=\"cms-timestamp-message\">")
                   .replace("</CounterSignature>", "</ts:CounterSignature>")
            << "structure"
            << "CounterSignature (line 84) is in namespace 'http://schemas.microsoft.com/xmldsig/timestamp/2004'; "
               "expected 'http://schemas.microsoft.com/xmldsig/timestamp/2003'";
        QTest::newRow("unknown Object") << replaced(
            good, "</KeyInfo>", "</KeyInfo><Object Id=\"payload\"><Config/></Object>")
                                        << "structure"
                                        << "Object 'payload'";
        QTest::newRow("DigestValue of the wrong length")
            << replaced(good, between(good, "<DigestValue>", "</DigestValue>"), "<DigestValue>AAAA</DigestValue>")
            << "structure"
            << "DigestValue is 3 bytes";
        const SignedFeed forged = sign(m_pki->forgedSigner, testpki::sampleFeed(), m_pki->forgedRoot.certPem);
        QTest::newRow("root certificate only inside KeyInfo") << forged.document << "chain"
                                                              << "comes from the document and is not a trust anchor";
        const SignedFeed foreign = sign(m_pki->otherSigner, testpki::sampleFeed(), {});
        QTest::newRow("signer from another root") << foreign.document << "chain"
                                                  << "no trust anchor of the profile";
        const SignedFeed noChain = sign(m_pki->signer, testpki::sampleFeed(), {});
        QTest::newRow("intermediate missing") << noChain.document << "chain"
                                              << "no trust anchor of the profile";
    }

    void hostile()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, check);
        QFETCH(QString, message);
        const FeedVerification r = verify(document);
        QVERIFY2(!r.verified, qPrintable(outcomes(r)));
        const FeedCheck *failed = r.check(check);
        QVERIFY(failed);
        QVERIFY2(failed->outcome == CheckOutcome::Failed, qPrintable(outcomes(r)));
        QVERIFY2(failed->detail.contains(message), qPrintable(failed->detail));
        // It is the first failure, and nothing from the document reached the catalog.
        QVERIFY2(r.failure.startsWith(failed->title + QStringLiteral(": ")), qPrintable(r.failure));
        QVERIFY(r.catalog.mitigations.isEmpty());
        for (const FeedCheck &c : r.checks) {
            if (&c == failed)
                break;
            QVERIFY2(
                c.outcome == CheckOutcome::Passed || c.outcome == CheckOutcome::NotApplicable, qPrintable(outcomes(r)));
        }
        QCOMPARE(r.check(QStringLiteral("catalog"))->outcome,
            check == QLatin1String("catalog") ? CheckOutcome::Failed : CheckOutcome::NotChecked);
        auto asResult = verifyFeed(document, m_pki->profile(), {});
        QVERIFY(!asResult);
        QCOMPARE(asResult.error().code, ErrorCode::Verification);
    }

    void signerProblems_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("message");
        QTest::newRow("signer without the EKU") << 0 << "eku"
                                                << "lacks EKU 1.3.6.1.4.1.55555.7.1";
        QTest::newRow("expired signer") << 1 << "chain"
                                        << "expired";
        QTest::newRow("revoked signer") << 2 << "revocation"
                                        << "is revoked";
        QTest::newRow("unexpected signer name") << 3 << "signer"
                                                << "expected CN=Microsoft Exchange XML Signing";
        QTest::newRow("profile without EKUs") << 4 << "eku"
                                              << "requires no EKU";
        QTest::newRow("weak key") << 5 << "signature"
                                  << "too weak";
        QTest::newRow("profile without anchors") << 6 << "chain"
                                                 << "has no trust anchor";
    }

    void signerProblems()
    {
        QFETCH(int, which);
        QFETCH(QString, check);
        QFETCH(QString, message);
        TrustProfile profile = m_pki->profile();
        VerifyOptions options;
        options.crls = {m_pki->rootCrlPem, m_pki->intermediateCrlPem};
        QByteArray doc = m_good.document;
        const QByteArray chain = m_pki->intermediate.certPem;
        switch (which) {
        case 0:
            doc = sign(m_pki->signerNoEku, testpki::sampleFeed(), chain).document;
            break;
        case 1:
            doc = sign(m_pki->signerExpired, testpki::sampleFeed(), chain).document;
            break;
        case 2:
            doc = sign(m_pki->signerRevoked, testpki::sampleFeed(), chain).document;
            break;
        case 3:
            profile.signerSubject = QStringLiteral("CN=Microsoft Exchange XML Signing, O=EM Test");
            break;
        case 4:
            profile.requiredEkus.clear();
            break;
        case 5: {
            // signFeed refuses weak keys; build the Signature with the raw signer.
            auto key = feed_detail::privateKeyFromPem(m_pki->signerWeak.keyPem, QString());
            auto cert = feed_detail::certificatesFromPem(m_pki->signerWeak.certPem, QString());
            QVERIFY(key && cert);
            auto numbers = feed_detail::rsaPublicNumbers(key->get());
            EVP_PKEY *k = key->get();
            feed_detail::SignatureMaterial m;
            m.certificates = {feed_detail::certificateDer(cert->front().get()),
                feed_detail::certificateDer(feed_detail::certificatesFromPem(chain, {})->front().get())};
            m.rsaModulus = numbers->first;
            m.rsaExponent = numbers->second;
            m.sign = [k](const QByteArray &data) { return feed_detail::signRsaSha256(k, data); };
            m.sha256 = [](const QByteArray &data) { return feed_detail::digest("SHA256", data); };
            auto enveloped = feed_detail::signEnveloped(testpki::sampleFeed(), 1 << 22, m);
            QVERIFY(enveloped);
            doc = enveloped->document;
            break;
        }
        case 6:
            profile.anchorsPem.clear();
            break;
        }
        QVERIFY(!doc.isEmpty());
        const FeedVerification r = verifyWith(doc, profile, options);
        QVERIFY(!r.verified);
        QVERIFY2(r.check(check)->outcome == CheckOutcome::Failed, qPrintable(outcomes(r)));
        QVERIFY2(r.check(check)->detail.contains(message), qPrintable(r.check(check)->detail));
        QVERIFY(r.catalog.mitigations.isEmpty());
    }

    void revocationModes()
    {
        // No CRL at all: unknown, a warning by default, a failure when the org says so.
        VerifyOptions o;
        FeedVerification r = verify(m_good.document, o);
        QVERIFY(r.verified);
        QCOMPARE(r.check(QStringLiteral("revocation"))->outcome, CheckOutcome::Warning);
        QVERIFY(r.check(QStringLiteral("revocation"))->detail.contains(QLatin1String("unknown")));
        QVERIFY(!r.warnings.isEmpty());
        o.revocationUnknown = RevocationMode::Fail;
        r = verify(m_good.document, o);
        QVERIFY(!r.verified);
        QCOMPARE(r.check(QStringLiteral("revocation"))->outcome, CheckOutcome::Failed);
        // The intermediate's CRL alone leaves the intermediate itself unknown.
        o.crls = {m_pki->intermediateCrlPem};
        r = verify(m_good.document, o);
        QCOMPARE(r.check(QStringLiteral("revocation"))->outcome, CheckOutcome::Failed);
        QVERIFY2(r.check(QStringLiteral("revocation"))->detail.contains(QLatin1String("EM Test Signing CA")),
            qPrintable(r.check(QStringLiteral("revocation"))->detail));
        // CRLs in the profile count like fetched ones.
        TrustProfile p = m_pki->profile();
        p.crlsPem = m_pki->rootCrlPem + m_pki->intermediateCrlPem;
        o.crls.clear();
        r = verifyWith(m_good.document, p, o);
        QVERIFY2(r.verified, qPrintable(outcomes(r)));
        QCOMPARE(r.check(QStringLiteral("revocation"))->outcome, CheckOutcome::Passed);
        // An expired CRL is no revocation information.
        const QByteArray stale = m_pki->crl(QStringLiteral("stale"), m_pki->intermediate, {}, -30, -2);
        o.crls = {m_pki->rootCrlPem, stale};
        r = verify(m_good.document, o);
        QCOMPARE(r.check(QStringLiteral("revocation"))->outcome, CheckOutcome::Failed);
        QVERIFY(r.check(QStringLiteral("revocation"))->detail.contains(QLatin1String("expired")));
        // A CRL signed by someone else is no revocation information either.
        const QByteArray foreign = m_pki->crl(QStringLiteral("foreign"), m_pki->otherRoot, {});
        o.crls = {m_pki->rootCrlPem, foreign};
        r = verify(m_good.document, o);
        QCOMPARE(r.check(QStringLiteral("revocation"))->outcome, CheckOutcome::Failed);
        // Garbage in the CRL list is reported, not ignored.
        o.crls = {m_pki->rootCrlPem, m_pki->intermediateCrlPem, QByteArray("not a crl")};
        r = verify(m_good.document, o);
        QCOMPARE(r.check(QStringLiteral("revocation"))->outcome, CheckOutcome::Failed);
        QVERIFY(r.check(QStringLiteral("revocation"))->detail.contains(QLatin1String("CRL 3")));
    }

    void timestampFromOpensslTs()
    {
        TimestampRequest request;
        QString error;
        const QByteArray response = tsResponse(m_pki->tsa, m_good, &request, &error);
        QVERIFY2(!response.isEmpty(), qPrintable(error));
        auto stamped = addTimestamp(m_good, request, response);
        VERIFY_RESULT(stamped);
        QVERIFY(stamped->contains("<Object Id=\"ts-countersig\">"));
        QVERIFY(stamped->contains("<CounterSignature xmlns=\"http://schemas.microsoft.com/xmldsig/timestamp/2003\" "
                                  "ts-format=\"cms-timestamp-message\">"));
        const FeedVerification r = verify(*stamped);
        QVERIFY2(r.verified, qPrintable(outcomes(r)));
        QVERIFY(r.timestamped);
        QCOMPARE(r.check(QStringLiteral("timestamp"))->outcome, CheckOutcome::Passed);
        QVERIFY(qAbs(r.signingTime.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(r.validatedAt, r.signingTime);
        QCOMPARE(r.tsaSubject, QStringLiteral("CN=EM Test TSA, O=EM Test"));
        QCOMPARE(r.check(QStringLiteral("freshness"))->outcome, CheckOutcome::Passed);
        // Adding the timestamp did not change the signed octets.
        QCOMPARE(r.canonical, verify(m_good.document).canonical);

        // Two years later the signer, its CA... have expired: valid at genTime.
        VerifyOptions later;
        later.at = QDateTime::currentDateTimeUtc().addDays(2 * 365);
        later.freshnessMaxAge = std::chrono::seconds(10LL * 365 * 86400);
        const FeedVerification old = verify(*stamped, later);
        QVERIFY2(old.verified, qPrintable(outcomes(old)));
        QVERIFY(old.check(QStringLiteral("chain"))->detail.contains(QLatin1String("genTime")));
        const FeedVerification unstamped = verify(m_good.document, later);
        QVERIFY(!unstamped.verified);
        QVERIFY(unstamped.check(QStringLiteral("chain"))->detail.contains(QLatin1String("expired")));

        // A response to another request is refused when it is added.
        TimestampRequest other = request;
        other.nonce ^= 1;
        auto mismatched = addTimestamp(m_good, other, response);
        QVERIFY(!mismatched);
        QVERIFY(mismatched.error().message.contains(QLatin1String("nonce")));
    }

    void timestampAuthorityRevocation()
    {
        // The TSA's chain is checked against the CRLs too: a revoked TSA could
        // date a signature into a signer certificate's validity.
        TimestampRequest request;
        QString error;
        const QByteArray response = tsResponse(m_pki->tsa, m_good, &request, &error);
        QVERIFY2(!response.isEmpty(), qPrintable(error));
        auto stamped = addTimestamp(m_good, request, response);
        VERIFY_RESULT(stamped);
        const auto revocation = [](const FeedVerification &r) { return r.check(QStringLiteral("revocation")); };

        // The signer's chain covered, the TSA's not: unknown, and named.
        VerifyOptions o;
        o.revocationUnknown = RevocationMode::Fail;
        o.crls = {m_pki->rootCrlPem, m_pki->intermediateCrlPem};
        FeedVerification r = verify(*stamped, o);
        QVERIFY(!r.verified);
        QCOMPARE(revocation(r)->outcome, CheckOutcome::Failed);
        QVERIFY2(revocation(r)->detail.contains(QLatin1String("EM Test TSA")), qPrintable(revocation(r)->detail));
        // With the TSA root's CRL: both chains checked.
        o.crls << m_pki->tsaRootCrlPem;
        r = verify(*stamped, o);
        QVERIFY2(r.verified, qPrintable(outcomes(r)));
        QCOMPARE(revocation(r)->outcome, CheckOutcome::Passed);
        QCOMPARE(revocation(r)->detail, QStringLiteral("signer and TSA chains not revoked (3 CRL(s) checked)"));
        // The TSA revoked: refused, whatever the organization says of unknowns.
        o.revocationUnknown = RevocationMode::Warn;
        o.crls = {m_pki->rootCrlPem, m_pki->intermediateCrlPem,
            m_pki->crl(QStringLiteral("tsa-root-revoking"), m_pki->tsaRoot, {&m_pki->tsa})};
        r = verify(*stamped, o);
        QVERIFY(!r.verified);
        QCOMPARE(revocation(r)->outcome, CheckOutcome::Failed);
        QVERIFY2(revocation(r)->detail.contains(QLatin1String("EM Test TSA"))
                && revocation(r)->detail.contains(QLatin1String("revoked")),
            qPrintable(revocation(r)->detail));
        QVERIFY(r.catalog.mitigations.isEmpty());
    }

    void crlUrlsIncludeTheTimestampAuthority()
    {
        const testpki::Cert tsa = m_pki->issue(QStringLiteral("tsa-cdp"),
            {QStringLiteral("EM Test TSA CDP"), {}, false, 2048, -1, 730, QStringLiteral("critical,digitalSignature"),
                QStringLiteral("critical,timeStamping"), {}, QStringLiteral("http://crl.example.test/tsa-root.crl")},
            &m_pki->tsaRoot);
        TimestampRequest request;
        QString error;
        const QByteArray response = tsResponse(tsa, m_good, &request, &error);
        QVERIFY2(!response.isEmpty(), qPrintable(error));
        auto stamped = addTimestamp(m_good, request, response);
        VERIFY_RESULT(stamped);
        // The token carries the TSA certificate (certReq), as the Object does.
        auto read = feed_detail::readSignedDocument(*stamped, 4 * 1024 * 1024);
        QVERIFY(read);
        auto tsaCert = feed_detail::certificatesFromPem(tsa.certPem, QString());
        QVERIFY(tsaCert && tsaCert->size() == 1);
        QVERIFY(feed_detail::timestampTokenCertificates(read->timestampToken)
                    .contains(feed_detail::certificateDer(tsaCert->front().get())));
        const QStringList urls = feedCrlUrls(*stamped, m_pki->profile(), 4 * 1024 * 1024);
        QVERIFY2(urls.contains(QStringLiteral("http://crl.example.test/tsa-root.crl")),
            qPrintable(urls.join(QLatin1Char(' '))));
        QVERIFY(!feedCrlUrls(m_good.document, m_pki->profile(), 4 * 1024 * 1024)
                     .contains(QStringLiteral("http://crl.example.test/tsa-root.crl")));
    }

    void timestampCases_data()
    {
        QTest::addColumn<int>("tsa"); // 0 tsa, 1 non-critical EKU, 2 no EKU, 3 other root
        QTest::addColumn<qint64>("genTimeOffsetDays");
        QTest::addColumn<bool>("otherImprint");
        QTest::addColumn<bool>("attributeCert");
        QTest::addColumn<bool>("profileHasTsaAnchor");
        QTest::addColumn<QString>("message"); // empty: verifies
        QTest::newRow("CMS token") << 0 << qint64(-1) << false << false << true << QString();
        QTest::newRow("non-critical timeStamping EKU") << 1 << qint64(-1) << false << false << true << QString();
        QTest::newRow("attribute certificate in the token") << 0 << qint64(-1) << false << true << true << QString();
        QTest::newRow("TSA without timeStamping EKU")
            << 2 << qint64(-1) << false << false << true << QStringLiteral("lacks the timeStamping EKU");
        QTest::newRow("TSA of another root")
            << 3 << qint64(-1) << false << false << true << QStringLiteral("TSA chain");
        QTest::newRow("token over another signature")
            << 0 << qint64(-1) << true << false << true << QStringLiteral("belongs to another signature");
        QTest::newRow("genTime in the future")
            << 0 << qint64(3) << false << false << true << QStringLiteral("in the future");
        QTest::newRow("genTime before the TSA certificate")
            << 0 << qint64(-30) << false << false << true << QStringLiteral("not valid before");
        QTest::newRow("profile without timestamp anchors")
            << 0 << qint64(-1) << false << false << false << QStringLiteral("no timestamp anchors");
    }

    void timestampCases()
    {
        QFETCH(int, tsa);
        QFETCH(qint64, genTimeOffsetDays);
        QFETCH(bool, otherImprint);
        QFETCH(bool, attributeCert);
        QFETCH(bool, profileHasTsaAnchor);
        QFETCH(QString, message);
        const Cert &cert = tsa == 0 ? m_pki->tsa
            : tsa == 1              ? m_pki->tsaNonCritical
            : tsa == 2              ? m_pki->tsaNoEku
                                    : m_pki->otherTsa;
        const Cert &tsaRoot = tsa == 3 ? m_pki->otherTsaRoot : m_pki->tsaRoot;
        auto request = makeTimestampRequest(m_good.signatureValue);
        QVERIFY(request);
        const QByteArray imprinted = otherImprint ? QByteArray("something else") : m_good.signatureValue;
        const QDateTime genTime = QDateTime::currentDateTimeUtc().addSecs(genTimeOffsetDays * 86400 + 3600);
        testpki::TsaOptions tsaOptions = testpki::TsaOptions::plain(cert, tsaRoot);
        tsaOptions.genTime = genTime;
        tsaOptions.attributeCertificate = attributeCert;
        const QByteArray response = testpki::cmsTimestampResponse(tsaOptions, imprinted, request->nonce);
        QVERIFY(!response.isEmpty());
        QByteArray stamped;
        if (otherImprint) {
            // addTimestamp refuses it; put it in place as an attacker would.
            QVERIFY(!addTimestamp(m_good, *request, response));
            auto token = feed_detail::tokenFromTimestampResponse(response, imprinted, request->nonce);
            QVERIFY(token);
            auto doc = feed_detail::addTimestampObject(m_good.document, 1 << 22, token->tokenDer, {});
            QVERIFY(doc);
            stamped = *doc;
        } else {
            auto doc = addTimestamp(m_good, *request, response);
            VERIFY_RESULT(doc);
            stamped = *doc;
        }
        TrustProfile profile = m_pki->profile();
        if (!profile.tsaAnchorsPem.isEmpty() && !profileHasTsaAnchor)
            profile.tsaAnchorsPem.clear();
        const FeedVerification r = verifyWith(stamped, profile, {});
        if (message.isEmpty()) {
            QVERIFY2(r.verified, qPrintable(outcomes(r)));
            QVERIFY(r.timestamped);
            QCOMPARE(r.signingTime, QDateTime::fromSecsSinceEpoch(genTime.toSecsSinceEpoch(), Qt::UTC));
        } else {
            QVERIFY(!r.verified);
            QVERIFY2(r.check(QStringLiteral("timestamp"))->outcome == CheckOutcome::Failed, qPrintable(outcomes(r)));
            QVERIFY2(r.check(QStringLiteral("timestamp"))->detail.contains(message),
                qPrintable(r.check(QStringLiteral("timestamp"))->detail));
        }
    }

    void testTsaTokensHaveTheVendorProperties()
    {
        // What the acceptance tests below rest on, seen by independent readers:
        // `openssl asn1parse` and OpenSSL's own ESS check.
        const QByteArray imprint = *feed_detail::digest("SHA256", m_good.signatureValue);
        const QByteArray vendor = testpki::timestampToken(testpki::TsaOptions::vendor(*m_pki), imprint, 7);
        const QByteArray plain = testpki::timestampToken(tsaForm(QStringLiteral("der")), imprint, 7);
        QVERIFY(!vendor.isEmpty() && !plain.isEmpty());
        QString error;
        const QByteArray asn1 = testpki::run(QStringLiteral("openssl"),
            {QStringLiteral("asn1parse"), QStringLiteral("-inform"), QStringLiteral("DER")}, &error, vendor);
        QVERIFY2(!asn1.isNull(), qPrintable(error));
        // ContentInfo, [0], SignedData, EncapsulatedContentInfo, [0] and the
        // constructed OCTET STRING: six indefinite lengths.
        QVERIFY2(asn1.count("l=inf") >= 6, asn1.constData());
        QVERIFY2(asn1.startsWith("    0:d=0  hl=2 l=inf  cons: SEQUENCE"), asn1.constData());
        QVERIFY2(asn1.contains("cons: cont [ 2 ]"), asn1.constData()); // the attribute certificate
        const QByteArray plainAsn1 = testpki::run(QStringLiteral("openssl"),
            {QStringLiteral("asn1parse"), QStringLiteral("-inform"), QStringLiteral("DER")}, &error, plain);
        QVERIFY2(!plainAsn1.isNull(), qPrintable(error));
        QVERIFY(!plainAsn1.contains("l=inf"));
        QVERIFY(!plainAsn1.contains("cont [ 2 ]"));

        // Two X.509 certificates are readable; the attribute certificate is the third element of the set.
        QCOMPARE(feed_detail::timestampTokenCertificates(vendor).size(), 2);

        // OpenSSL 3.0's ESS check wants every ESSCertIDv2 found, so it refuses
        // the vendor's form (further IDs name certificates not in the token)
        // and accepts the plain one.
        const auto essCheck = [&](const QByteArray &token, const testpki::Cert &tsa) {
            const auto *p = reinterpret_cast<const unsigned char *>(token.constData());
            CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &p, long(token.size()));
            if (!cms)
                return -2;
            CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
            const auto *value = static_cast<ASN1_STRING *>(CMS_signed_get0_data_by_OBJ(
                si, OBJ_nid2obj(NID_id_smime_aa_signingCertificateV2), -3, V_ASN1_SEQUENCE));
            const unsigned char *v = value ? ASN1_STRING_get0_data(value) : nullptr;
            ESS_SIGNING_CERT_V2 *ess = v ? d2i_ESS_SIGNING_CERT_V2(nullptr, &v, ASN1_STRING_length(value)) : nullptr;
            auto cert = feed_detail::certificatesFromPem(tsa.certPem, QString());
            STACK_OF(X509) *chain = sk_X509_new_null();
            sk_X509_push(chain, cert->front().get());
            const int rc = ess ? OSSL_ESS_check_signing_certs(nullptr, ess, chain, 1) : -3;
            sk_X509_free(chain);
            ESS_SIGNING_CERT_V2_free(ess);
            CMS_ContentInfo_free(cms);
            feed_detail::takeOpensslErrors();
            return rc;
        };
        QCOMPARE(essCheck(plain, m_pki->tsa), 1);
        QVERIFY(essCheck(vendor, m_pki->tsaNonCritical) <= 0);
    }

    void vendorTimestampForms_data()
    {
        QTest::addColumn<QString>("form"); // tsaForm()
        QTest::addColumn<QString>("message"); // empty: accepted
        // Each property of the vendor's tokens alone, then all together.
        QTest::newRow("DER, one ESSCertIDv2") << "der" << QString();
        QTest::newRow("BER with indefinite lengths") << "ber" << QString();
        QTest::newRow("attribute certificate in the set") << "acert" << QString();
        QTest::newRow("non-critical timeStamping EKU") << "noncritical" << QString();
        QTest::newRow("further ESSCertIDv2 not in the token") << "further" << QString();
        QTest::newRow("first ID without issuerSerial") << "noissuerserial" << QString();
        QTest::newRow("ESSCertIDv2 with sha256 written out") << "sha256+further" << QString();
        QTest::newRow("ESSCertIDv2 with sha384") << "sha384+further" << QString();
        QTest::newRow("signingCertificate v1") << "v1" << QString();
        QTest::newRow("signingCertificate v1, further IDs") << "v1+further" << QString();
        QTest::newRow("v1 and v2, further IDs") << "both+further" << QString();
        QTest::newRow("vendor form: all together") << "vendor" << QString();
        QTest::newRow("vendor form with v1 and v2") << "vendor+both" << QString();
        // The first ID must be the TSA's, whatever else the token holds.
        const QString another = QStringLiteral(
            "timestamp token: the first ESSCertIDv2 of the signing-certificate attribute names certificate "
            "'CN=EM Test TSA Root, O=EM Test', not the TSA certificate '%1'");
        const QString hash = QStringLiteral("timestamp token: the SHA-256 hash in the first ESSCertIDv2 of the "
                                            "signing-certificate attribute does not match the TSA certificate '%1'");
        const QString issuerSerial = QStringLiteral(
            "timestamp token: the issuerSerial of the first ESSCertIDv2 of the signing-certificate attribute "
            "(issuer 'CN=Other TSA Root, O=Other Org', serial ");
        const QString tsa = QStringLiteral("CN=EM Test TSA, O=EM Test");
        const QString vendorTsa = QStringLiteral("CN=EM Test TSA NC, O=EM Test");
        QTest::newRow("first ID names another certificate") << "first-other" << another.arg(tsa);
        QTest::newRow("first ID hash wrong") << "first-hash" << hash.arg(tsa);
        QTest::newRow("first ID issuerSerial wrong") << "first-issuerserial" << issuerSerial;
        QTest::newRow("vendor form, first ID names another certificate")
            << "vendor+first-other" << another.arg(vendorTsa);
        QTest::newRow("vendor form, first ID hash wrong") << "vendor+first-hash" << hash.arg(vendorTsa);
        QTest::newRow("vendor form, first ID issuerSerial wrong") << "vendor+first-issuerserial" << issuerSerial;
        QTest::newRow("sha384, first ID hash wrong")
            << "sha384+first-hash"
            << QStringLiteral("timestamp token: the SHA-384 hash in the first ESSCertIDv2 of the signing-certificate "
                              "attribute does not match the TSA certificate '%1'")
                   .arg(tsa);
        QTest::newRow("v1, first ID hash wrong")
            << "v1+further+first-hash"
            << QStringLiteral("timestamp token: the SHA-1 hash in the first ESSCertID of the signing-certificate "
                              "attribute does not match the TSA certificate '%1'")
                   .arg(tsa);
        QTest::newRow("v1, first ID names another certificate")
            << "v1+first-other"
            << QStringLiteral("timestamp token: the first ESSCertID of the signing-certificate attribute names "
                              "certificate 'CN=EM Test TSA Root, O=EM Test', not the TSA certificate '%1'")
                   .arg(tsa);
    }

    void vendorTimestampForms()
    {
        QFETCH(QString, form);
        QFETCH(QString, message);
        const testpki::TsaOptions options = tsaForm(form);
        auto stamped = stampedWith(options, m_good);
        VERIFY_RESULT(stamped);
        const FeedVerification r = verify(*stamped);
        const FeedCheck *timestamp = r.check(QStringLiteral("timestamp"));
        if (message.isEmpty()) {
            QVERIFY2(r.verified, qPrintable(outcomes(r)));
            QCOMPARE(timestamp->outcome, CheckOutcome::Passed);
            QVERIFY(r.timestamped);
            QCOMPARE(r.tsaSubject, options.tsa->subject);
            QVERIFY(qAbs(r.signingTime.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        } else {
            QVERIFY(!r.verified);
            QVERIFY2(timestamp->outcome == CheckOutcome::Failed, qPrintable(outcomes(r)));
            QVERIFY2(timestamp->detail.startsWith(message), qPrintable(timestamp->detail));
            QCOMPARE(r.failure, QStringLiteral("Timestamp: ") + timestamp->detail);
            QVERIFY(r.catalog.mitigations.isEmpty());
        }
    }

    void vendorFormIsWrittenAndReadBack()
    {
        // addTimestamp writes the vendor's element: CounterSignature in its own
        // namespace inside the XML-DSig Object, the token kept as the TSA sent it.
        QVERIFY(m_vendorStamped.contains("<Object Id=\"ts-countersig\">"));
        QVERIFY2(
            m_vendorStamped.contains("<CounterSignature xmlns=\"http://schemas.microsoft.com/xmldsig/timestamp/2003\" "
                                     "ts-format=\"cms-timestamp-message\">"),
            m_vendorStamped.constData());
        auto read = feed_detail::readSignedDocument(m_vendorStamped, 4 * 1024 * 1024);
        QVERIFY(read);
        QVERIFY(read->hasTimestamp);
        QCOMPARE(read->timestampToken.left(2), QByteArray("\x30\x80", 2)); // BER, indefinite length
        const FeedVerification r = verify(m_vendorStamped);
        QVERIFY2(r.verified, qPrintable(outcomes(r)));
        QCOMPARE(r.tsaSubject, QStringLiteral("CN=EM Test TSA NC, O=EM Test"));
        // The Object, its namespace and the BER token do not disturb xmlsec1.
        const QString file = m_tmp.filePath(QStringLiteral("vendor-stamped.xml"));
        QVERIFY(testpki::writeFile(file, m_vendorStamped));
        QString error;
        QVERIFY2(!xmlsec({QStringLiteral("--verify"), QStringLiteral("--trusted-pem"), m_pki->root.certPath,
                             QStringLiteral("--enabled-key-data"), QStringLiteral("x509"), file},
                     &error)
                      .isNull(),
            qPrintable(error));
    }

    void timestampAtGenTimeSavesAnExpiredIntermediate()
    {
        // The vendor case: the intermediate expired after the feed was signed
        // and timestamped. Signed "a year ago" by a signer valid back then.
        Cert shortLived = m_pki->issue(QStringLiteral("short-ca"),
            {QStringLiteral("EM Test Short CA"), {}, true, 2048, -400, -30,
                QStringLiteral("critical,keyCertSign,cRLSign")},
            &m_pki->root);
        Cert oldSigner = m_pki->issue(QStringLiteral("old-signer"),
            {QLatin1String(testpki::Pki::signerName), {}, false, 2048, -399, -31,
                QStringLiteral("critical,digitalSignature"), QStringLiteral("codeSigning,1.3.6.1.4.1.55555.7.1")},
            &shortLived);
        const SignedFeed feed = sign(oldSigner, testpki::sampleFeed(), shortLived.certPem);
        QVERIFY(!feed.document.isEmpty());
        QVERIFY(!verify(feed.document).verified);
        auto request = makeTimestampRequest(feed.signatureValue);
        const QDateTime genTime = QDateTime::currentDateTimeUtc().addDays(-200);
        // The TSA certificate must be valid at genTime, too.
        Cert oldTsa = m_pki->issue(QStringLiteral("old-tsa"),
            {QStringLiteral("EM Test Old TSA"), {}, false, 2048, -500, -100,
                QStringLiteral("critical,digitalSignature"), QStringLiteral("timeStamping")},
            &m_pki->tsaRoot);
        testpki::TsaOptions tsaOptions;
        tsaOptions.tsa = &oldTsa;
        tsaOptions.certificates = {&oldTsa};
        tsaOptions.genTime = genTime;
        auto stamped = addTimestamp(
            feed, *request, testpki::cmsTimestampResponse(tsaOptions, feed.signatureValue, request->nonce));
        VERIFY_RESULT(stamped);
        VerifyOptions o;
        o.freshnessMaxAge = std::chrono::seconds(365LL * 86400);
        const FeedVerification r = verify(*stamped, o);
        QVERIFY2(r.verified, qPrintable(outcomes(r)));
        QCOMPARE(r.validatedAt.date(), genTime.date());
    }

    void freshness()
    {
        // Times relative to the real now, since the test certificates are.
        const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        Clock::setFixed(now);
        const auto issued = [&](qint64 hours) { return isoTime(now.addSecs(hours * 3600)); };
        const SignedFeed recent = sign(m_pki->signer, testpki::sampleFeed(issued(-26)), m_pki->intermediate.certPem);
        FeedVerification r = verify(recent.document);
        QVERIFY2(r.verified, qPrintable(outcomes(r)));
        QCOMPARE(r.signingTime, now.addSecs(-26 * 3600));
        QCOMPARE(r.check(QStringLiteral("freshness"))->outcome, CheckOutcome::Passed);
        QVERIFY(r.check(QStringLiteral("freshness"))->detail.contains(QLatin1String("issued attribute")));

        const SignedFeed old = sign(m_pki->signer, testpki::sampleFeed(issued(-24 * 24)), m_pki->intermediate.certPem);
        r = verify(old.document);
        QVERIFY(r.verified); // old is accepted, with a warning
        QCOMPARE(r.check(QStringLiteral("freshness"))->outcome, CheckOutcome::Warning);
        QVERIFY2(r.check(QStringLiteral("freshness"))->detail.contains(QLatin1String("older than the 7d limit")),
            qPrintable(r.check(QStringLiteral("freshness"))->detail));
        QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("Freshness")));

        const SignedFeed future
            = sign(m_pki->signer, testpki::sampleFeed(issued(24 * 30)), m_pki->intermediate.certPem);
        r = verify(future.document);
        QVERIFY(!r.verified);
        QVERIFY(r.check(QStringLiteral("catalog"))->detail.contains(QLatin1String("in the future")));
    }

    void largeFeedOnTwoThreads_data()
    {
        // Feeds large enough for the canonical form to be cut in two (the
        // head parsed as it is produced, the tail by the worker): every
        // refusal, wherever it is, reads as on one thread.
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("check"); // the failed check; empty: verified
        QTest::addColumn<QString>("message");
        const QByteArray unknown = "  <Config id=\"X1\"><Unknown/></Config>\n";
        QTest::newRow("verified") << signRegardless(m_pki->signer, largeFeed(600)) << QString() << QString();
        QTest::newRow("catalog refused in the head")
            << signRegardless(m_pki->signer, largeFeed(600, 20, unknown)) << "catalog"
            << "unknown element <Unknown> in Config 'X1'";
        QTest::newRow("catalog refused in the tail")
            << signRegardless(m_pki->signer, largeFeed(600, 580, unknown)) << "catalog"
            << "unknown element <Unknown> in Config 'X1'";
        QTest::newRow("a Config ID of the head again in the tail") << signRegardless(m_pki->signer,
            largeFeed(600, 590,
                "  <Config id=\"M3\"><ActionList><Action type=\"DoNothing\" scope=\"Server\"/>"
                "</ActionList></Config>\n")) << "catalog"
                                                                   << "Config id 'M3' appears twice";
        QTest::newRow("changed after signing")
            << replaced(signRegardless(m_pki->signer, largeFeed(600)), "Mitigation M555 ", "Mitigation M556 ")
            << "digest"
            << "the document was changed after signing";
        QTest::newRow("signer from another root")
            << signRegardless(m_pki->otherSigner, largeFeed(600), false) << "chain"
            << "no trust anchor of the profile";
        QTest::newRow("not well-formed after the root")
            << QByteArray(signRegardless(m_pki->signer, largeFeed(600)) + "<x/>") << "structure"
            << "not well-formed";
    }

    void largeFeedOnTwoThreads()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, check);
        QFETCH(QString, message);
        QVERIFY(document.size() > CatalogLimits().parallelFromBytes);
        VerifyOptions o;
        o.crls = {m_pki->rootCrlPem, m_pki->intermediateCrlPem};
        const FeedVerification r = verify(document, o);
        if (check.isEmpty()) {
            QVERIFY2(r.verified, qPrintable(outcomes(r)));
            QCOMPARE(r.catalog.mitigations.size(), 600);
            QCOMPARE(r.catalog.mitigations.last().id, QStringLiteral("M599"));
            return;
        }
        QVERIFY(!r.verified);
        QVERIFY2(r.check(check)->outcome == CheckOutcome::Failed, qPrintable(outcomes(r)));
        QVERIFY2(r.check(check)->detail.contains(message), qPrintable(r.check(check)->detail));
        QVERIFY(r.catalog.mitigations.isEmpty());
    }

    void xmlsecVerifiesOurSignature()
    {
        const QString file = m_tmp.filePath(QStringLiteral("ours.xml"));
        QVERIFY(testpki::writeFile(file, m_good.document));
        QString error;
        const QByteArray out
            = xmlsec({QStringLiteral("--verify"), QStringLiteral("--trusted-pem"), m_pki->root.certPath,
                         QStringLiteral("--enabled-key-data"), QStringLiteral("x509"), file},
                &error);
        QVERIFY2(!out.isNull(), qPrintable(error));
        // ... and refuses the tampered one, so the check above means something.
        const QString tampered = m_tmp.filePath(QStringLiteral("ours-tampered.xml"));
        QVERIFY(testpki::writeFile(tampered, replaced(m_good.document, "Disable IMAP4", "Disable IMAP5")));
        QVERIFY(xmlsec({QStringLiteral("--verify"), QStringLiteral("--trusted-pem"), m_pki->root.certPath,
                           QStringLiteral("--enabled-key-data"), QStringLiteral("x509"), tampered},
            &error)
                    .isNull());
    }

    void weVerifyXmlsecSignatures_data()
    {
        QTest::addColumn<QString>("c14n");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("signer"); // 0 RSA, 1 EC
        QTest::newRow("vendor profile") << "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
                                        << "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256" << 0;
        QTest::newRow("exclusive c14n, rsa-sha512") << "http://www.w3.org/2001/10/xml-exc-c14n#"
                                                    << "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512" << 0;
        QTest::newRow("ecdsa-sha256") << "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
                                      << "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256" << 1;
    }

    void weVerifyXmlsecSignatures()
    {
        QFETCH(QString, c14n);
        QFETCH(QString, method);
        QFETCH(int, signer);
        const QByteArray templ
            = QStringLiteral("  <Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">\n"
                             "    <SignedInfo>\n"
                             "      <CanonicalizationMethod Algorithm=\"%1\"/>\n"
                             "      <SignatureMethod Algorithm=\"%2\"/>\n"
                             "      <Reference URI=\"\">\n"
                             "        <Transforms>\n"
                             "          <Transform Algorithm=\"http://www.w3.org/2000/09/"
                             "xmldsig#enveloped-signature\"/>\n"
                             "          <Transform Algorithm=\"%1\"/>\n"
                             "        </Transforms>\n"
                             "        <DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/>\n"
                             "        <DigestValue/>\n"
                             "      </Reference>\n"
                             "    </SignedInfo>\n"
                             "    <SignatureValue/>\n"
                             "    <KeyInfo><X509Data><X509Certificate/></X509Data></KeyInfo>\n"
                             "  </Signature>\n</EOCS>\n")
                  .arg(c14n, method)
                  .toUtf8();
        const QString in = m_tmp.filePath(QStringLiteral("template.xml"));
        const QString out = m_tmp.filePath(QStringLiteral("xmlsec-signed.xml"));
        QVERIFY(testpki::writeFile(in, replaced(testpki::sampleFeed(), "</EOCS>\n", templ)));
        const Cert &cert = signer == 0 ? m_pki->signer : m_pki->signerEc;
        QString error;
        QVERIFY2(!xmlsec({QStringLiteral("--sign"), QStringLiteral("--privkey-pem"),
                             cert.keyPath + QLatin1Char(',') + cert.certPath + QLatin1Char(',') + m_pki->chainPath,
                             QStringLiteral("--output"), out, in},
                     &error)
                      .isNull(),
            qPrintable(error));
        const QByteArray doc = testpki::readFile(out);
        const FeedVerification r = verify(doc);
        QVERIFY2(r.verified, qPrintable(outcomes(r) + QStringLiteral("\n") + QString::fromUtf8(doc)));
        QCOMPARE(r.catalog.mitigations.size(), 5);
        // Tampering with xmlsec's output is caught as well.
        const FeedVerification t = verify(replaced(doc, "Disable IMAP4", "Disable IMAP5"));
        QCOMPARE(t.check(QStringLiteral("digest"))->outcome, CheckOutcome::Failed);
    }
};

QTEST_GUILESS_MAIN(TestFeedVerify)
#include "tst_feedverify.moc"
