// The webhook through Qt Network to the feed tests' real HTTPS server on
// loopback: the JSON body received and checked; through tinyproxy; and each
// failure named: 404 and 500 (with the answer), a stalled server (timeout),
// an untrusted certificate, connection refused, plain http to a host that is
// not loopback refused before anything is sent. The URL's path (the webhook's
// token) never shows in a message.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "report/notify/digestrender.h"
#include "report/notify/webhooksender.h"
#include "testpki.h"
#include "testserver.h"

using namespace em;
using testserver::Request;
using testserver::Response;

namespace {
constexpr char secretPath[] = "/services/T0000/B0000/XyZsecretToken";
} // namespace

class TestWebhook : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<testpki::Pki> m_pki;
    std::unique_ptr<testserver::Server> m_https, m_http;
    std::unique_ptr<testserver::Proxy> m_proxy;
    QList<QSslCertificate> m_tlsRoot;

    static Response route(const Request &r)
    {
        Response response;
        if (r.target.startsWith("/services/")) {
            response.body = "ok";
            response.headers = {{"Content-Type", "text/plain"}};
        } else if (r.target.startsWith("/missing")) {
            response.status = 404;
            response.reason = "Not Found";
            response.body = "no_service";
        } else if (r.target == "/broken") {
            response.status = 500;
            response.reason = "Internal Server Error";
            response.body = "<html>\n<body>upstream failure</body></html>";
        } else if (r.target == "/moved") {
            response.status = 302;
            response.reason = "Found";
            response.headers = {{"Location", "https://elsewhere.invalid/"}};
        } else if (r.target == "/stall") {
            response.silent = true;
        }
        return response;
    }

    WebhookRequest request(const QString &url) const
    {
        WebhookRequest r;
        r.url = QUrl(url);
        r.body = R"({"text":"hello"})";
        r.extraCaCertificates = m_tlsRoot;
        r.connectTimeout = std::chrono::milliseconds(10000);
        r.totalTimeout = std::chrono::milliseconds(20000);
        return r;
    }

    // Runs one call to the end on this thread's loop.
    std::unique_ptr<WebhookSender> post(const WebhookRequest &r)
    {
        auto sender = std::make_unique<WebhookSender>();
        QSignalSpy done(sender.get(), &WebhookSender::finished);
        sender->start(r);
        if (!done.wait(60000))
            qWarning("webhook: no finished() within 60 s");
        if (done.count() != 1)
            qWarning("webhook: finished() %d times", int(done.count()));
        return sender;
    }

    static QString text(const WebhookSender &s)
    {
        return s.result() ? QStringLiteral("(sent)") : s.result().error().message;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pki = std::make_unique<testpki::Pki>(m_tmp.path());
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
        m_tlsRoot = QSslCertificate::fromData(m_pki->tlsRoot.certPem, QSsl::Pem);
        m_https = std::make_unique<testserver::Server>(
            &TestWebhook::route, m_pki->tlsServer.certPem, m_pki->tlsServer.keyPem);
        m_http = std::make_unique<testserver::Server>(&TestWebhook::route);
        QVERIFY(m_https->start());
        QVERIFY(m_http->start());
        m_proxy = std::make_unique<testserver::Proxy>(m_tmp.path());
        QString error;
        QVERIFY2(m_proxy->start(&error), qPrintable(error));
    }

    void postsTheDigestJson()
    {
        Digest digest = makeTestDigest(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC), QStringLiteral("admin"));
        const RenderedDigest rendered = renderDigest(digest, QStringLiteral("en"));
        WebhookRequest r = request(m_https->url(QLatin1String(secretPath)));
        r.body = rendered.webhookJson;
        const int before = m_https->requestCount();
        auto s = post(r);
        QVERIFY2(s->result(), qPrintable(text(*s)));
        QCOMPARE(*s->result(), 200);
        QCOMPARE(s->failure(), WebhookFailure::None);
        QCOMPARE(m_https->requestCount(), before + 1);
        const Request got = m_https->requests().constLast();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.target, QByteArray(secretPath));
        QCOMPARE(got.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(got.headers.value("user-agent").startsWith("EMConsole/"));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(got.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("text")).toString().section(QLatin1Char('\n'), 0, 0),
            QStringLiteral("EM Console: test notification"));
        QCOMPARE(json.value(QStringLiteral("title")).toString(), rendered.subject);
        const QJsonObject d = json.value(QStringLiteral("digest")).toObject();
        QCOMPARE(d.value(QStringLiteral("id")).toString(), digest.id);
        QCOMPARE(
            d.value(QStringLiteral("entries")).toArray().first().toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("test"));
    }

    void throughProxy()
    {
        WebhookRequest r = request(m_https->url(QLatin1String(secretPath)));
        r.proxy = m_proxy->url();
        const int before = m_https->requestCount();
        auto s = post(r);
        QVERIFY2(s->result(), qPrintable(text(*s)));
        QCOMPARE(m_https->requestCount(), before + 1);
        QTRY_VERIFY2(m_proxy->log().contains("CONNECT"), m_proxy->log().constData());
    }

    void proxyDown()
    {
        WebhookRequest r = request(m_https->url(QLatin1String(secretPath)));
        r.proxy = QStringLiteral("http://127.0.0.1:%1").arg(testserver::freePort());
        auto s = post(r);
        QCOMPARE(s->failure(), WebhookFailure::Proxy);
        QVERIFY2(text(*s).contains(QStringLiteral(": proxy http://127.0.0.1:")), qPrintable(text(*s)));
    }

    void httpErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("cause");
        QTest::newRow("404") << "/missing"
                             << "HTTP status 404 (Not Found): no_service";
        QTest::newRow("500") << "/broken"
                             << "HTTP status 500 (Internal Server Error): <html> <body>upstream failure</body></html>";
        QTest::newRow("302") << "/moved"
                             << "HTTP status 302 (Found); redirects are not followed: give the final URL";
    }

    void httpErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, cause);
        auto s = post(request(m_https->url(path)));
        QCOMPARE(s->failure(), WebhookFailure::Http);
        QCOMPARE(text(*s), QStringLiteral("webhook https://127.0.0.1:%1: %2").arg(m_https->serverPort()).arg(cause));
    }

    void stalledServerTimesOut()
    {
        WebhookRequest r = request(m_https->url(QStringLiteral("/stall")));
        r.totalTimeout = std::chrono::milliseconds(2000);
        QElapsedTimer timer;
        timer.start();
        auto s = post(r);
        QCOMPARE(s->failure(), WebhookFailure::Timeout);
        QCOMPARE(text(*s),
            QStringLiteral("webhook https://127.0.0.1:%1: timeout: no answer within 2 s").arg(m_https->serverPort()));
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    }

    void untrustedCertificate()
    {
        WebhookRequest r = request(m_https->url(QLatin1String(secretPath)));
        r.extraCaCertificates.clear();
        const int before = m_https->requestCount();
        auto s = post(r);
        QCOMPARE(s->failure(), WebhookFailure::Tls);
        QVERIFY2(
            text(*s).startsWith(QStringLiteral("webhook https://127.0.0.1:%1: TLS: the server's certificate is not "
                                               "trusted")
                                    .arg(m_https->serverPort())),
            qPrintable(text(*s)));
        QVERIFY(text(*s).contains(QStringLiteral("issued by 'EM Test Inspection Root'")));
        QCOMPARE(m_https->requestCount(), before); // nothing was posted
    }

    void connectionRefused()
    {
        const quint16 port = testserver::freePort();
        auto s = post(request(QStringLiteral("https://127.0.0.1:%1/hook").arg(port)));
        QCOMPARE(s->failure(), WebhookFailure::Refused);
        QCOMPARE(text(*s), QStringLiteral("webhook https://127.0.0.1:%1: connection refused").arg(port));
    }

    void plainHttpOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        // 0.0.0.0 reaches this machine but is no loopback address: refused like any other.
        QTest::newRow("any address") << QStringLiteral("http://0.0.0.0:%1/hook");
        QTest::newRow("host name") << QStringLiteral("http://webhook.contoso.com:%1/hook");
    }

    void plainHttpOnlyToLoopback()
    {
        QFETCH(QString, url);
        const int before = m_http->requestCount();
        const int connections = m_http->connectionCount();
        auto s = post(request(url.arg(m_http->serverPort())));
        QCOMPARE(s->failure(), WebhookFailure::InvalidRequest);
        QVERIFY2(text(*s).contains(QStringLiteral("plain http:// is accepted only to a loopback address")),
            qPrintable(text(*s)));
        QCOMPARE(m_http->requestCount(), before);
        QCOMPARE(m_http->connectionCount(), connections);
    }

    void plainHttpToLoopbackWorks()
    {
        const int before = m_http->requestCount();
        auto s = post(request(m_http->url(QLatin1String(secretPath))));
        QVERIFY2(s->result(), qPrintable(text(*s)));
        QCOMPARE(m_http->requestCount(), before + 1);
        QCOMPARE(m_http->requests().constLast().body, QByteArray(R"({"text":"hello"})"));
    }

    void cancel()
    {
        auto sender = std::make_unique<WebhookSender>();
        QSignalSpy done(sender.get(), &WebhookSender::finished);
        WebhookRequest r = request(m_https->url(QStringLiteral("/stall")));
        r.totalTimeout = std::chrono::milliseconds(60000);
        sender->start(r);
        QTimer::singleShot(300, sender.get(), [&sender] { sender->cancel(); });
        QVERIFY(done.wait(10000));
        QCOMPARE(done.count(), 1);
        QCOMPARE(sender->failure(), WebhookFailure::Cancelled);
        QCOMPARE(sender->result().error().code, ErrorCode::Cancelled);
    }

    void secretPathNeverShown()
    {
        // Every failure above named the channel by scheme and host only.
        auto s = post(request(m_https->url(QStringLiteral("/missing")) + QStringLiteral("?token=XyZsecretToken")));
        QVERIFY(!s->result());
        QVERIFY2(!text(*s).contains(QStringLiteral("XyZsecretToken")), qPrintable(text(*s)));
        QVERIFY(!text(*s).contains(QStringLiteral("/missing")));
    }
};

QTEST_GUILESS_MAIN(TestWebhook)
#include "tst_webhook.moc"
