// Feed update against a real directory file: accept, unchanged, refusals that
// keep the previous feed (event 1008, failed attempt), anti-rollback, status
// for the console, and FeedUpdateJob over HTTPS through tinyproxy with the
// CRLs of the signer chain fetched from their distribution points.

#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "directory/orgdirectory.h"
#include "engine/feedupdate.h"
#include "feed/feedsign.h"
#include "model/clock.h"
#include "model/text.h"
#include "testpki.h"
#include "testserver.h"

using namespace em;

#define VERIFY_RESULT(r) QVERIFY2(bool(r), (r) ? "" : qPrintable((r).error().message))

class TestFeedUpdate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<testpki::Pki> m_pki;
    std::unique_ptr<OrgDirectory> m_dir;
    const Actor m_admin {QStringLiteral("alice"), QStringLiteral("admin-ws")};
    QDateTime m_now;

    QByteArray signedFeed(qint64 issuedHoursAgo, const QByteArray &extra = {}, const testpki::Cert *signer = nullptr,
        const QByteArray &chain = {})
    {
        QByteArray doc = testpki::sampleFeed(
            issuedHoursAgo == INT64_MIN ? QString() : isoTime(m_now.addSecs(-issuedHoursAgo * 3600)));
        if (!extra.isEmpty())
            doc.replace("</EOCS>", extra + "</EOCS>");
        const testpki::Cert &cert = signer ? *signer : m_pki->signer;
        auto s = signFeed(
            doc, SigningInput {cert.keyPem, cert.certPem, chain.isEmpty() ? m_pki->intermediate.certPem : chain});
        if (!s)
            qWarning() << s.error().message;
        return s ? s->document : QByteArray();
    }

    QList<Event> errors()
    {
        auto events = m_dir->events(EventFilter {{}, {}, EventError, 0});
        return events ? *events : QList<Event>();
    }

    QString acceptedHash()
    {
        auto f = m_dir->acceptedFeed();
        return (f && *f) ? (*f)->sha256 : QString();
    }

    void useProfile(const TrustProfile &p)
    {
        QVERIFY(m_dir->addTrustProfile(p, m_admin));
        QVERIFY(m_dir->updateOrg(
            [&](OrgConfig &o) -> Result<void> {
                o.trustProfile = p.name;
                return {};
            },
            m_admin));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pki = std::make_unique<testpki::Pki>(m_tmp.path());
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    }

    void init()
    {
        m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        Clock::setFixed(m_now);
        static int run = 0;
        const QString path = m_tmp.filePath(QStringLiteral("dir-%1.db").arg(++run));
        auto dir = OrgDirectory::open(path);
        VERIFY_RESULT(dir);
        m_dir = std::move(*dir);
        TrustProfile p = m_pki->profile();
        p.crlsPem = m_pki->rootCrlPem + m_pki->intermediateCrlPem;
        useProfile(p);
    }

    void cleanup()
    {
        m_dir.reset();
        Clock::reset();
    }

    void acceptsAndRecords()
    {
        const QByteArray feed = signedFeed(2);
        auto outcome = acceptFeedDocument(*m_dir, feed, QStringLiteral("https://feeds.contoso.com/eocs.xml"), m_admin);
        VERIFY_RESULT(outcome);
        QVERIFY(outcome->changed);
        QVERIFY2(outcome->verification.warnings.isEmpty(),
            qPrintable(outcome->verification.warnings.join(QLatin1Char('\n'))));
        auto accepted = m_dir->acceptedFeed();
        QVERIFY(accepted && *accepted);
        const FeedState &s = **accepted;
        QCOMPARE(s.raw, feed);
        QCOMPARE(s.canonical, outcome->verification.canonical);
        QCOMPARE(s.signer, QStringLiteral("CN=EM Test Feed Signing, O=EM Test"));
        QCOMPARE(s.signingTime, m_now.addSecs(-2 * 3600));
        QCOMPARE(s.profile, QStringLiteral("test"));
        QCOMPARE(s.source, QStringLiteral("https://feeds.contoso.com/eocs.xml"));
        auto catalog = m_dir->catalog();
        QVERIFY(catalog);
        QCOMPARE(catalog->mitigations.size(), 5);
        QVERIFY(catalog->findAction(QStringLiteral("M1.1")));
        QCOMPARE(catalog->findAction(QStringLiteral("M1.1"))->rulesXml,
            outcome->verification.catalog.findAction(QStringLiteral("M1.1"))->rulesXml);
        auto attempt = m_dir->lastFeedAttempt();
        QVERIFY(attempt && *attempt);
        QVERIFY((*attempt)->ok);
        QCOMPARE((*attempt)->message, QStringLiteral("verified"));
        auto audit = m_dir->audit(AuditFilter {QStringLiteral("Feed"), {}, 0});
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("feed-accept"));
        QCOMPARE(audit->first().who, QStringLiteral("alice"));
        QCOMPARE(audit->first().newValue, s.sha256);
        QVERIFY(errors().isEmpty());

        // The same bytes again: nothing changes, the attempt says so.
        auto again = acceptFeedDocument(*m_dir, feed, QStringLiteral("https://feeds.contoso.com/eocs.xml"), m_admin);
        VERIFY_RESULT(again);
        QVERIFY(!again->changed);
        QCOMPARE((*m_dir->lastFeedAttempt())->message, QStringLiteral("verified; unchanged"));
        QCOMPARE(m_dir->audit(AuditFilter {QStringLiteral("Feed"), {}, 0})->size(), 1);

        const FeedStatus status = *feedStatus(*m_dir);
        QVERIFY(status.hasFeed);
        QVERIFY(!status.stale);
        QCOMPARE(status.mitigations, 5);
        QCOMPARE(status.actions, 5);
        QCOMPARE(status.ageSeconds, qint64(2 * 3600));
        QCOMPARE(status.summary,
            QStringLiteral("Feed verified: signed by CN=EM Test Feed Signing, O=EM Test at %1 (2h ago)")
                .arg(isoTime(m_now.addSecs(-2 * 3600))));
    }

    void refusedFeedKeepsThePreviousOne_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("tampered") << 0 << QStringLiteral("Digest: the document was changed after signing");
        QTest::newRow("older than the accepted one") << 1 << QStringLiteral("refused as a possible rollback");
        QTest::newRow("no signing time after a timed one") << 2 << QStringLiteral("carries no signing time");
        QTest::newRow("same signing time, other content") << 3 << QStringLiteral("claims the same signing time");
        QTest::newRow("revoked signer") << 4 << QStringLiteral("Revocation: certificate 'CN=EM Test Feed Signing");
        QTest::newRow("not a feed at all") << 5 << QStringLiteral("Structure: not well-formed XML");
    }

    void refusedFeedKeepsThePreviousOne()
    {
        QFETCH(int, kind);
        QFETCH(QString, reason);
        const QByteArray first = signedFeed(5);
        VERIFY_RESULT(acceptFeedDocument(*m_dir, first, QStringLiteral("first.xml"), m_admin));
        const QString hash = acceptedHash();
        const auto catalogBefore = m_dir->catalog()->allActions();

        QByteArray second;
        switch (kind) {
        case 0:
            second = signedFeed(1).replace("MSExchangeIMAP4", "MSExchangePOP3");
            break;
        case 1:
            second = signedFeed(30);
            break;
        case 2:
            second = signedFeed(INT64_MIN);
            break;
        case 3:
            second = signedFeed(5,
                "<Config id=\"M9\" desc=\"x\"><ActionList><Action id=\"M9.1\" type=\"DisableService\" "
                "scope=\"Server\" target=\"W3SVC\"/></ActionList></Config>\n");
            break;
        case 4:
            second = signedFeed(1, {}, &m_pki->signerRevoked);
            break;
        case 5:
            second = "<EOCS version=\"1\">";
            break;
        }
        QVERIFY(!second.isEmpty());
        auto outcome = acceptFeedDocument(*m_dir, second, QStringLiteral("second.xml"), m_admin);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(reason), qPrintable(outcome.error().message));
        QVERIFY(outcome.error().message.startsWith(QLatin1String("feed from second.xml refused: ")));
        // The previous feed stays in effect, untouched.
        QCOMPARE(acceptedHash(), hash);
        QCOMPARE(m_dir->catalog()->allActions(), catalogBefore);
        auto attempt = m_dir->lastFeedAttempt();
        QVERIFY(!(*attempt)->ok);
        QCOMPARE((*attempt)->source, QStringLiteral("second.xml"));
        QCOMPARE((*attempt)->message, outcome.error().message);
        const QList<Event> events = errors();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().eventId, 1008);
        QCOMPARE(events.first().level, EventLevel::Error);
        QVERIFY(events.first().message.contains(reason));
        QVERIFY2(
            events.first().message.endsWith(QLatin1String("stays in effect.")), qPrintable(events.first().message));
        const FeedStatus status = *feedStatus(*m_dir);
        QVERIFY(status.summary.contains(QLatin1String("; last update failed at")));
    }

    void newerFeedReplacesTheOlder()
    {
        VERIFY_RESULT(acceptFeedDocument(*m_dir, signedFeed(5), QStringLiteral("a"), m_admin));
        const QByteArray newer = signedFeed(1,
            "<Config id=\"M9\" desc=\"x\"><ActionList><Action id=\"M9.1\" "
            "type=\"DisableService\" scope=\"Server\" target=\"W3SVC\"/></ActionList></Config>\n");
        auto outcome = acceptFeedDocument(*m_dir, newer, QStringLiteral("b"), m_admin);
        VERIFY_RESULT(outcome);
        QVERIFY(outcome->changed);
        QVERIFY(m_dir->catalog()->findAction(QStringLiteral("M9.1")));
        QCOMPARE((*m_dir->acceptedFeed())->signingTime, m_now.addSecs(-3600));
    }

    void firstFeedRefusedLeavesNoFeed()
    {
        auto outcome = acceptFeedDocument(
            *m_dir, signedFeed(1, {}, &m_pki->otherSigner, m_pki->otherRoot.certPem), QStringLiteral("x.xml"), m_admin);
        QVERIFY(!outcome);
        QVERIFY(!*m_dir->acceptedFeed());
        QVERIFY(errors().first().message.endsWith(QLatin1String("No feed is in effect.")));
        QVERIFY(feedStatus(*m_dir)->summary.startsWith(QLatin1String("No feed accepted yet; last update failed")));
    }

    void staleFeedIsFlagged()
    {
        VERIFY_RESULT(acceptFeedDocument(*m_dir, signedFeed(2), QStringLiteral("a"), m_admin));
        Clock::setFixed(m_now.addDays(10));
        const FeedStatus status = *feedStatus(*m_dir);
        QVERIFY(status.stale);
        QVERIFY2(status.summary.contains(QLatin1String("older than 7d")), qPrintable(status.summary));
    }

    void jobOverHttpsThroughProxyWithCdpCrls()
    {
        // CRLs published on a plain HTTP server, fetched through the proxy.
        testserver::Server crlServer([this](const testserver::Request &r) {
            testserver::Response out;
            if (r.target == "/root.crl")
                out.body = m_pki->rootCrlPem;
            else if (r.target == "/intermediate.crl")
                out.body = m_pki->intermediateCrlPem;
            else
                out.status = 404;
            return out;
        });
        QVERIFY(crlServer.start());
        const QString rootCdp = crlServer.url(QStringLiteral("/root.crl"));
        const QString interCdp = crlServer.url(QStringLiteral("/intermediate.crl"));
        const QString caUsage = QStringLiteral("critical,keyCertSign,cRLSign");
        const QString leafUsage = QStringLiteral("critical,digitalSignature");
        const QString ekus = QStringLiteral("codeSigning,1.3.6.1.4.1.55555.7.1");
        // An intermediate under the same key/name as the PKI's, pointing at the root's CRL.
        testpki::Cert cdpSigner = m_pki->issue(QStringLiteral("cdp-signer"),
            {QLatin1String(testpki::Pki::signerName), {}, false, 2048, -1, 365, leafUsage, ekus, {}, interCdp},
            &m_pki->intermediate);
        testpki::Cert cdpRevoked = m_pki->issue(QStringLiteral("cdp-revoked"),
            {QLatin1String(testpki::Pki::signerName), {}, false, 2048, -1, 365, leafUsage, ekus, {}, interCdp},
            &m_pki->intermediate);
        Q_UNUSED(rootCdp);
        Q_UNUSED(caUsage);
        m_pki->intermediateCrlPem
            = m_pki->crl(QStringLiteral("intermediate"), m_pki->intermediate, {&m_pki->signerRevoked, &cdpRevoked});
        // The profile carries only the root's CRL; the intermediate's comes from the CDP.
        TrustProfile p = m_pki->profile();
        p.name = QStringLiteral("cdp");
        p.crlsPem = m_pki->rootCrlPem;
        useProfile(p);
        QVERIFY(m_dir->updateOrg(
            [](OrgConfig &o) -> Result<void> {
                o.revocationUnknown = RevocationMode::Fail;
                return {};
            },
            m_admin));

        QByteArray goodFeed = signedFeed(2, {}, &cdpSigner);
        QByteArray revokedFeed = signedFeed(1, {}, &cdpRevoked);
        QByteArray served = goodFeed;
        testserver::Server https(
            [&served](const testserver::Request &r) {
                testserver::Response out;
                if (r.target == "/feed.xml")
                    out.body = served;
                else
                    out.status = 404;
                return out;
            },
            m_pki->tlsServer.certPem, m_pki->tlsServer.keyPem);
        QVERIFY(https.start());
        testserver::Proxy proxy(m_tmp.path());
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));

        FeedUpdateRequest request;
        request.url = QUrl(https.url(QStringLiteral("/feed.xml")));
        request.proxy = proxy.url();
        request.extraCaCertificates = QSslCertificate::fromData(m_pki->tlsRoot.certPem, QSsl::Pem);
        FeedUpdateJob job(*m_dir, m_admin);
        QSignalSpy done(&job, &FeedUpdateJob::finished);
        job.start(request);
        QVERIFY(done.wait(30000));
        VERIFY_RESULT(job.result());
        QVERIFY(job.notes().isEmpty());
        QCOMPARE(job.report().check(QStringLiteral("revocation"))->outcome, CheckOutcome::Passed);
        QCOMPARE(crlServer.requestCount(), 1);
        QTRY_VERIFY(proxy.log().contains("GET " + interCdp.toUtf8()));
        QCOMPARE(acceptedHash(), job.report().sha256);

        // A revoked signer is caught from the fetched CRL; the good feed stays.
        served = revokedFeed;
        const QString hash = acceptedHash();
        job.start(request);
        QVERIFY(done.wait(30000));
        QVERIFY(!job.result());
        QVERIFY2(job.result().error().message.contains(QLatin1String("is revoked")),
            qPrintable(job.result().error().message));
        QCOMPARE(acceptedHash(), hash);

        // Without the CDP fetch the intermediate's status is unknown, which this org refuses.
        served = signedFeed(0, {}, &cdpSigner);
        request.fetchCrls = false;
        job.start(request);
        QVERIFY(done.wait(30000));
        QVERIFY(!job.result());
        QVERIFY2(job.result().error().message.contains(QLatin1String("RevocationUnknown=Fail")),
            qPrintable(job.result().error().message));

        // A fetch failure is recorded like a refusal.
        request.url = QUrl(https.url(QStringLiteral("/gone.xml")));
        job.start(request);
        QVERIFY(done.wait(30000));
        QVERIFY(!job.result());
        QCOMPARE(job.fetchFailure(), FetchFailure::Http);
        QVERIFY(errors().last().message.contains(QLatin1String("cannot get the feed from")));
        QVERIFY(errors().last().message.contains(QLatin1String("HTTP status 404")));
        proxy.stop();
    }
};

QTEST_GUILESS_MAIN(TestFeedUpdate)
#include "tst_feedupdate.moc"
