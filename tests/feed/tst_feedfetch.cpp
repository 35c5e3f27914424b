// FeedFetcher against a real local HTTPS server (QSslSocket) and a real proxy
// (tinyproxy on loopback): success, untrusted TLS, HTTP errors, redirects,
// size caps, stalls and trickles, refused connections, proxy down, file: URLs,
// cancellation, and no connection reuse across trust settings.

#include <memory>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "feed/feedfetcher.h"
#include "testpki.h"
#include "testserver.h"

using namespace em;
using testserver::Request;
using testserver::Response;

class TestFeedFetch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<testpki::Pki> m_pki;
    std::unique_ptr<testserver::Server> m_https;
    std::unique_ptr<testserver::Server> m_http;
    std::unique_ptr<testserver::Proxy> m_proxy;
    QByteArray m_feed;
    QList<QSslCertificate> m_tlsRoot;

    Response route(const Request &r)
    {
        Response out;
        if (r.target == "/feed.xml") {
            out.body = m_feed;
        } else if (r.target == "/missing") {
            out.status = 404;
            out.reason = "Not Found";
            out.body = "no such feed";
        } else if (r.target == "/redirect-http") {
            out.status = 302;
            out.reason = "Found";
            out.headers << std::pair {QByteArray("Location"), m_http->url(QStringLiteral("/feed.xml")).toUtf8()};
        } else if (r.target == "/redirect-relative") {
            out.status = 301;
            out.reason = "Moved Permanently";
            out.headers << std::pair {QByteArray("Location"), QByteArray("/feed.xml")};
        } else if (r.target.startsWith("/redirect-loop")) {
            out.status = 302;
            out.reason = "Found";
            out.headers << std::pair {QByteArray("Location"), r.target + "x"};
        } else if (r.target == "/big") {
            out.body = QByteArray(5 * 1024 * 1024, 'x');
        } else if (r.target == "/big-streamed") {
            out.body = QByteArray(5 * 1024 * 1024, 'x');
            out.omitContentLength = true;
        } else if (r.target == "/stall") {
            out.body = m_feed;
            out.stall = true;
        } else if (r.target == "/trickle") {
            out.body = QByteArray(2000, 'x');
            out.trickleIntervalMs = 50;
        } else {
            out.status = 500;
            out.reason = "Internal Server Error";
        }
        return out;
    }

    // Runs one fetch to the end (the test's event loop serves the servers).
    std::unique_ptr<FeedFetcher> fetch(const FetchRequest &request)
    {
        auto fetcher = std::make_unique<FeedFetcher>();
        QSignalSpy spy(fetcher.get(), &FeedFetcher::finished);
        fetcher->start(request);
        if (!spy.wait(30000))
            qWarning("fetch did not finish");
        return fetcher;
    }

    FetchRequest request(const QString &url, bool trustTestRoot = true)
    {
        FetchRequest r;
        r.url = QUrl(url);
        if (trustTestRoot)
            r.extraCaCertificates = m_tlsRoot;
        r.connectTimeout = std::chrono::milliseconds(5000);
        r.inactivityTimeout = std::chrono::milliseconds(1500);
        r.totalTimeout = std::chrono::milliseconds(20000);
        return r;
    }

    static QString message(const FeedFetcher &f)
    {
        return f.result() ? QStringLiteral("(success)") : f.result().error().message;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pki = std::make_unique<testpki::Pki>(m_tmp.path());
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
        m_feed = testpki::sampleFeed();
        m_tlsRoot = QSslCertificate::fromData(m_pki->tlsRoot.certPem, QSsl::Pem);
        QCOMPARE(m_tlsRoot.size(), 1);
        const auto handler = [this](const Request &r) { return route(r); };
        m_https = std::make_unique<testserver::Server>(handler, m_pki->tlsServer.certPem, m_pki->tlsServer.keyPem);
        m_http = std::make_unique<testserver::Server>(handler);
        QVERIFY(m_https->start());
        QVERIFY(m_http->start());
        m_proxy = std::make_unique<testserver::Proxy>(m_tmp.path());
        QString error;
        QVERIFY2(m_proxy->start(&error), qPrintable(error));
    }

    void success()
    {
        auto f = fetch(request(m_https->url(QStringLiteral("/feed.xml"))));
        QVERIFY2(f->result(), qPrintable(message(*f)));
        QCOMPARE(f->result()->body, m_feed);
        QCOMPARE(f->result()->httpStatus, 200);
        QCOMPARE(f->failure(), FetchFailure::None);
        QCOMPARE(f->peerCertificateChain().value(0).subjectInfo(QSslCertificate::CommonName).value(0),
            QStringLiteral("localhost"));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("trust");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("text");
        QTest::newRow("untrusted TLS") << "/feed.xml" << false << int(FetchFailure::Tls)
                                       << "issued by 'EM Test Inspection Root'";
        QTest::newRow("404") << "/missing" << true << int(FetchFailure::Http) << "HTTP status 404 (Not Found)";
        QTest::newRow("redirect to http") << "/redirect-http" << true << int(FetchFailure::Redirect) << "leaves HTTPS";
        QTest::newRow("redirect loop") << "/redirect-loop" << true << int(FetchFailure::Redirect)
                                       << "more than 3 redirects";
        QTest::newRow("too large (Content-Length)")
            << "/big" << true << int(FetchFailure::TooLarge) << "is 5242880 bytes; the limit is 4194304 bytes";
        QTest::newRow("too large (streamed)")
            << "/big-streamed" << true << int(FetchFailure::TooLarge) << "exceeds the limit of 4194304 bytes";
        QTest::newRow("stalled server") << "/stall" << true << int(FetchFailure::Timeout) << "the server stalled";
    }

    void failures()
    {
        QFETCH(QString, path);
        QFETCH(bool, trust);
        QFETCH(int, failure);
        QFETCH(QString, text);
        auto f = fetch(request(m_https->url(path), trust));
        QVERIFY(!f->result());
        QCOMPARE(int(f->failure()), failure);
        QVERIFY2(message(*f).contains(text), qPrintable(message(*f)));
        QCOMPARE(f->result().error().code, ErrorCode::Network);
    }

    void relativeRedirectIsFollowed()
    {
        auto f = fetch(request(m_https->url(QStringLiteral("/redirect-relative"))));
        QVERIFY2(f->result(), qPrintable(message(*f)));
        QCOMPARE(f->result()->body, m_feed);
        QCOMPARE(f->result()->finalUrl.path(), QStringLiteral("/feed.xml"));
    }

    void tricklingServerHitsTheDeadline()
    {
        FetchRequest r = request(m_https->url(QStringLiteral("/trickle")));
        r.totalTimeout = std::chrono::milliseconds(2500);
        QElapsedTimer clock;
        clock.start();
        auto f = fetch(r);
        QCOMPARE(f->failure(), FetchFailure::Timeout);
        QVERIFY2(message(*f).contains(QLatin1String("took longer than the 2.5 s limit")), qPrintable(message(*f)));
        QVERIFY(clock.elapsed() < 15000);
    }

    void connectTimeout()
    {
        // A plain HTTP server never answers a TLS ClientHello: the handshake hangs.
        FetchRequest r = request(QStringLiteral("https://127.0.0.1:%1/feed.xml").arg(m_http->serverPort()));
        r.connectTimeout = std::chrono::milliseconds(1000);
        auto f = fetch(r);
        QCOMPARE(f->failure(), FetchFailure::Timeout);
        QVERIFY2(message(*f).contains(
                     QStringLiteral("connecting to 127.0.0.1:%1 timed out after 1 s").arg(m_http->serverPort())),
            qPrintable(message(*f)));
    }

    void refused()
    {
        const quint16 port = testserver::freePort();
        auto f = fetch(request(QStringLiteral("https://127.0.0.1:%1/feed.xml").arg(port)));
        QCOMPARE(f->failure(), FetchFailure::Refused);
        QVERIFY2(message(*f).contains(QStringLiteral("connection to 127.0.0.1:%1 refused").arg(port)),
            qPrintable(message(*f)));
    }

    void unknownHost()
    {
        auto f = fetch(request(QStringLiteral("https://feed.nonexistent.invalid/feed.xml")));
        QCOMPARE(f->failure(), FetchFailure::Dns);
        QVERIFY2(message(*f).contains(QLatin1String("DNS: host 'feed.nonexistent.invalid' not found")),
            qPrintable(message(*f)));
    }

    void throughProxy()
    {
        FetchRequest r = request(m_https->url(QStringLiteral("/feed.xml")));
        r.proxy = m_proxy->url();
        auto f = fetch(r);
        QVERIFY2(f->result(), qPrintable(message(*f)));
        QCOMPARE(f->result()->body, m_feed);
        // The tunnel really went through tinyproxy.
        QTRY_VERIFY(
            m_proxy->log().contains(QStringLiteral("CONNECT 127.0.0.1:%1").arg(m_https->serverPort()).toUtf8()));
    }

    void throughProxyFailures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("trust");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("text");
        QTest::newRow("untrusted TLS") << "/feed.xml" << false << int(FetchFailure::Tls) << "EM Test Inspection Root";
        QTest::newRow("404") << "/missing" << true << int(FetchFailure::Http) << "HTTP status 404";
        QTest::newRow("redirect to http") << "/redirect-http" << true << int(FetchFailure::Redirect) << "leaves HTTPS";
        QTest::newRow("oversized") << "/big-streamed" << true << int(FetchFailure::TooLarge) << "exceeds the limit";
        QTest::newRow("stall") << "/stall" << true << int(FetchFailure::Timeout) << "the server stalled";
    }

    void throughProxyFailures()
    {
        QFETCH(QString, path);
        QFETCH(bool, trust);
        QFETCH(int, failure);
        QFETCH(QString, text);
        FetchRequest r = request(m_https->url(path), trust);
        r.proxy = m_proxy->url();
        auto f = fetch(r);
        QCOMPARE(int(f->failure()), failure);
        QVERIFY2(message(*f).contains(text), qPrintable(message(*f)));
    }

    void proxyDown()
    {
        FetchRequest r = request(m_https->url(QStringLiteral("/feed.xml")));
        const quint16 port = testserver::freePort();
        r.proxy = QStringLiteral("http://127.0.0.1:%1").arg(port);
        auto f = fetch(r);
        QCOMPARE(f->failure(), FetchFailure::Proxy);
        QVERIFY2(
            message(*f).contains(QStringLiteral("proxy http://127.0.0.1:%1: ").arg(port)), qPrintable(message(*f)));
        QVERIFY2(message(*f).contains(QLatin1String("refused")), qPrintable(message(*f)));
    }

    void proxyBypass()
    {
        FetchRequest r = request(m_https->url(QStringLiteral("/feed.xml")));
        r.proxy = QStringLiteral("http://127.0.0.1:%1").arg(testserver::freePort()); // down
        r.proxyBypass = {QStringLiteral("127.0.0.1")};
        auto f = fetch(r);
        QVERIFY2(f->result(), qPrintable(message(*f)));
    }

    void invalidRequests_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain http") << "http://127.0.0.1/feed.xml"
                                    << ""
                                    << "scheme http is not allowed";
        QTest::newRow("ftp") << "ftp://127.0.0.1/feed.xml"
                             << ""
                             << "scheme ftp is not allowed";
        QTest::newRow("bad proxy") << "https://127.0.0.1/feed.xml"
                                   << "socks5://127.0.0.1:1080"
                                   << "invalid proxy URL 'socks5://127.0.0.1:1080'";
    }

    void invalidRequests()
    {
        QFETCH(QString, url);
        QFETCH(QString, proxy);
        QFETCH(QString, text);
        FetchRequest r = request(url);
        r.proxy = proxy;
        auto f = fetch(r);
        QCOMPARE(f->failure(), FetchFailure::InvalidRequest);
        QVERIFY2(message(*f).contains(text), qPrintable(message(*f)));
    }

    void fileUrls()
    {
        const QString path = m_tmp.filePath(QStringLiteral("feed.xml"));
        QVERIFY(testpki::writeFile(path, m_feed));
        auto f = fetch(request(QUrl::fromLocalFile(path).toString()));
        QVERIFY2(f->result(), qPrintable(message(*f)));
        QCOMPARE(f->result()->body, m_feed);

        f = fetch(request(QUrl::fromLocalFile(m_tmp.filePath(QStringLiteral("none.xml"))).toString()));
        QCOMPARE(f->failure(), FetchFailure::File);
        QVERIFY(message(*f).contains(QLatin1String("not found")));

        const QString big = m_tmp.filePath(QStringLiteral("big.xml"));
        QVERIFY(testpki::writeFile(big, QByteArray(4 * 1024 * 1024 + 1, ' ')));
        f = fetch(request(QUrl::fromLocalFile(big).toString()));
        QCOMPARE(f->failure(), FetchFailure::TooLarge);
        QCOMPARE(message(*f), QStringLiteral("file '%1': 4194305 bytes is over the limit of 4194304 bytes").arg(big));

        // Not regular files: refused before they are opened. (A FIFO is
        // tested through emctl, where a regression is a killed process, not a
        // hung test.)
        f = fetch(request(QStringLiteral("file:///dev/zero")));
        QCOMPARE(f->failure(), FetchFailure::File);
        QCOMPARE(message(*f),
            QStringLiteral("file '/dev/zero' is a character device, not a regular file; refusing to read it"));
        f = fetch(request(QUrl::fromLocalFile(m_tmp.path()).toString()));
        QCOMPARE(f->failure(), FetchFailure::File);
        QCOMPARE(message(*f),
            QStringLiteral("file '%1' is a directory, not a regular file; refusing to read it").arg(m_tmp.path()));
    }

    void cancel()
    {
        FeedFetcher f;
        QSignalSpy spy(&f, &FeedFetcher::finished);
        f.start(request(m_https->url(QStringLiteral("/stall"))));
        QTest::qWait(300);
        QVERIFY(f.isRunning());
        f.cancel();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!f.isRunning());
        QCOMPARE(f.failure(), FetchFailure::Cancelled);
    }

    void noConnectionReuseAcrossTrustSettings()
    {
        // Keep-alive server: a second request could ride on the first TLS
        // connection. Without the test root the second fetch must fail TLS.
        FeedFetcher f;
        QSignalSpy spy(&f, &FeedFetcher::finished);
        f.start(request(m_https->url(QStringLiteral("/feed.xml")), true));
        QVERIFY(spy.wait(20000));
        QVERIFY2(f.result(), qPrintable(message(f)));
        const int connections = m_https->connectionCount();
        f.start(request(m_https->url(QStringLiteral("/feed.xml")), false));
        QVERIFY(spy.wait(20000));
        QCOMPARE(f.failure(), FetchFailure::Tls);
        QVERIFY(m_https->connectionCount() > connections);
        // And with the root again, it works on a fresh connection.
        f.start(request(m_https->url(QStringLiteral("/feed.xml")), true));
        QVERIFY(spy.wait(20000));
        QVERIFY2(f.result(), qPrintable(message(f)));
    }

    void cleanupTestCase()
    {
        if (m_proxy)
            m_proxy->stop();
    }
};

QTEST_GUILESS_MAIN(TestFeedFetch)
#include "tst_feedfetch.moc"
