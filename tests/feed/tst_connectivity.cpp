// The connectivity test against a real local HTTPS endpoint and a real proxy
// (tinyproxy): its output compared line by line, for success and for each
// step that can fail (DNS, TCP, proxy, TLS, HTTP), with the TLS inspection
// warning when the endpoint's certificate chains to a root the system does
// not trust.

#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "report/connectivity.h"
#include "testpki.h"
#include "testserver.h"

using namespace em;

class TestConnectivity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<testpki::Pki> m_pki;
    std::unique_ptr<testserver::Server> m_https;
    std::unique_ptr<testserver::Proxy> m_proxy;
    QList<QSslCertificate> m_tlsRoot;
    QString m_port;

    ConnectivityResult run(const QString &path, const QString &proxy, bool trust,
        std::chrono::milliseconds timeout = std::chrono::milliseconds(10000))
    {
        ConnectivityOptions o;
        o.endpoint = QUrl(path.startsWith(QLatin1String("https:")) ? path : m_https->url(path));
        o.proxy = proxy;
        if (trust)
            o.extraCaCertificates = m_tlsRoot;
        o.stepTimeout = timeout;
        ConnectivityTest test;
        QSignalSpy spy(&test, &ConnectivityTest::finished);
        test.start(o);
        if (!spy.wait(30000))
            qWarning("connectivity test did not finish");
        return test.result();
    }

    QString warning() const
    {
        return QStringLiteral(
            "Warning: the TLS certificate presented for 127.0.0.1 chains to 'EM Test Inspection Root', "
            "which this system does not trust as a public certification authority. A "
            "TLS-inspecting proxy may be in the path; TLS inspection may break feed validation.");
    }

    static QStringList success()
    {
        return {QStringLiteral("Result: Success."),
            QStringLiteral("Message: The Mitigation Service endpoint is accessible from this computer.")};
    }

    static QStringList failure()
    {
        return {QStringLiteral("Result: Failed."),
            QStringLiteral("Message: Unable to connect to the Mitigation Service endpoint from this computer. To "
                           "learn about connectivity requirements, see https://aka.ms/HelpConnectivityEEMS.")};
    }

    // Compares line by line; a line of `expected` ending in "..." is a prefix.
    static bool sameLines(const QStringList &actual, const QStringList &expected)
    {
        bool same = actual.size() == expected.size();
        for (qsizetype i = 0; same && i < actual.size(); ++i) {
            const QString &e = expected.at(i);
            same = e.endsWith(QLatin1String("...")) ? actual.at(i).startsWith(e.chopped(3)) : actual.at(i) == e;
        }
        if (!same)
            qWarning().noquote() << "actual:\n"
                                 << actual.join(QLatin1Char('\n')) << "\nexpected:\n"
                                 << expected.join(QLatin1Char('\n'));
        return same;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pki = std::make_unique<testpki::Pki>(m_tmp.path());
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
        m_tlsRoot = QSslCertificate::fromData(m_pki->tlsRoot.certPem, QSsl::Pem);
        m_https = std::make_unique<testserver::Server>(
            [](const testserver::Request &r) {
                testserver::Response out;
                if (r.target == "/GetExchangeMitigations") {
                    out.body = "<EOCS/>";
                } else if (r.target == "/silent") {
                    out.silent = true;
                } else {
                    out.status = 404;
                    out.reason = "Not Found";
                }
                return out;
            },
            m_pki->tlsServer.certPem, m_pki->tlsServer.keyPem);
        QVERIFY(m_https->start());
        m_port = QString::number(m_https->serverPort());
        m_proxy = std::make_unique<testserver::Proxy>(m_tmp.path());
        QString error;
        QVERIFY2(m_proxy->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_proxy)
            m_proxy->stop();
    }

    void directSuccess()
    {
        const ConnectivityResult r = run(QStringLiteral("/GetExchangeMitigations"), {}, true);
        QVERIFY(r.success);
        QVERIFY(r.tlsInspectionSuspected); // trusted by this test, not by the system
        QVERIFY(sameLines(r.lines(),
            success()
                + QStringList {QStringLiteral("Endpoint: https://127.0.0.1:%1/GetExchangeMitigations").arg(m_port),
                    QStringLiteral("DNS: passed: 127.0.0.1 is 127.0.0.1"),
                    QStringLiteral("TCP: passed: connected to 127.0.0.1:%1").arg(m_port),
                    QStringLiteral("Proxy: not used"),
                    QStringLiteral("TLS: passed: TLS 1.3, certificate 'localhost' issued by 'EM Test Inspection Root'"),
                    QStringLiteral("HTTP: passed: status 200 OK"), warning()}));
    }

    void proxySuccess()
    {
        const ConnectivityResult r = run(QStringLiteral("/GetExchangeMitigations"), m_proxy->url(), true);
        QVERIFY(r.success);
        const QString proxyPort = QString::number(m_proxy->port());
        QVERIFY(sameLines(r.lines(),
            success()
                + QStringList {
                    QStringLiteral("Endpoint: https://127.0.0.1:%1/GetExchangeMitigations (through proxy %2)")
                        .arg(m_port, m_proxy->url()),
                    QStringLiteral("DNS: passed: proxy host 127.0.0.1 is 127.0.0.1"),
                    QStringLiteral("TCP: passed: connected to proxy 127.0.0.1:%1").arg(proxyPort),
                    QStringLiteral("Proxy: passed: tunnel to 127.0.0.1:%1 opened").arg(m_port),
                    QStringLiteral("TLS: passed: TLS 1.3, certificate 'localhost' issued by 'EM Test Inspection Root'"),
                    QStringLiteral("HTTP: passed: status 200 OK"), warning()}));
        QVERIFY(m_proxy->log().contains(QStringLiteral("CONNECT 127.0.0.1:%1").arg(m_port).toUtf8()));
    }

    void untrustedTls()
    {
        for (const QString &proxy : {QString(), m_proxy->url()}) {
            const ConnectivityResult r = run(QStringLiteral("/GetExchangeMitigations"), proxy, false);
            QVERIFY(!r.success);
            QCOMPARE(r.failedStep, std::optional(ConnectivityStep::Tls));
            const QStringList lines = r.lines();
            QCOMPARE(lines.mid(0, 2), failure());
            QVERIFY(lines.contains(QStringLiteral("Failed step: TLS")));
            QVERIFY(sameLines(lines.mid(lines.size() - 3),
                {QStringLiteral(
                     "TLS: failed: certificate 'localhost' issued by 'EM Test Inspection Root' is not trusted: ..."),
                    QStringLiteral("HTTP: not run"), warning()}));
        }
    }

    void proxyDown()
    {
        const QString port = QString::number(testserver::freePort());
        const ConnectivityResult r
            = run(QStringLiteral("/GetExchangeMitigations"), QStringLiteral("http://127.0.0.1:") + port, true);
        QVERIFY(sameLines(r.lines(),
            failure()
                + QStringList {
                    QStringLiteral(
                        "Endpoint: https://127.0.0.1:%1/GetExchangeMitigations (through proxy http://127.0.0.1:%2)")
                        .arg(m_port, port),
                    QStringLiteral("Failed step: Proxy"),
                    QStringLiteral("DNS: passed: proxy host 127.0.0.1 is 127.0.0.1"), QStringLiteral("TCP: not run"),
                    QStringLiteral("Proxy: failed: connection to proxy 127.0.0.1:%1 refused (is the proxy running?)")
                        .arg(port),
                    QStringLiteral("TLS: not run"), QStringLiteral("HTTP: not run")}));
    }

    void proxyCannotReachTheEndpoint()
    {
        const QString dead = QString::number(testserver::freePort());
        const ConnectivityResult r
            = run(QStringLiteral("https://127.0.0.1:%1/GetExchangeMitigations").arg(dead), m_proxy->url(), true);
        QCOMPARE(r.failedStep, std::optional(ConnectivityStep::Proxy));
        QVERIFY(sameLines(r.lines().mid(6, 1),
            {QStringLiteral("Proxy: failed: proxy 127.0.0.1:%1 could not open a tunnel to "
                            "127.0.0.1:%2: ...")
                    .arg(m_proxy->port())
                    .arg(dead)}));
    }

    void httpStatus()
    {
        const ConnectivityResult r = run(QStringLiteral("/nowhere"), {}, true);
        QVERIFY(sameLines(r.lines(),
            failure()
                + QStringList {QStringLiteral("Endpoint: https://127.0.0.1:%1/nowhere").arg(m_port),
                    QStringLiteral("Failed step: HTTP"), QStringLiteral("DNS: passed: 127.0.0.1 is 127.0.0.1"),
                    QStringLiteral("TCP: passed: connected to 127.0.0.1:%1").arg(m_port),
                    QStringLiteral("Proxy: not used"),
                    QStringLiteral("TLS: passed: TLS 1.3, certificate 'localhost' issued by 'EM Test Inspection Root'"),
                    QStringLiteral("HTTP: failed: status 404 Not Found"), warning()}));
    }

    void silentEndpointTimesOut()
    {
        const ConnectivityResult r = run(QStringLiteral("/silent"), {}, true, std::chrono::milliseconds(1000));
        QCOMPARE(r.failedStep, std::optional(ConnectivityStep::Http));
        QVERIFY(r.lines().contains(QStringLiteral("HTTP: failed: timed out after 1 s")));
    }

    void refused()
    {
        const QString dead = QString::number(testserver::freePort());
        const ConnectivityResult r
            = run(QStringLiteral("https://127.0.0.1:%1/GetExchangeMitigations").arg(dead), {}, true);
        QVERIFY(sameLines(r.lines(),
            failure()
                + QStringList {QStringLiteral("Endpoint: https://127.0.0.1:%1/GetExchangeMitigations").arg(dead),
                    QStringLiteral("Failed step: TCP"), QStringLiteral("DNS: passed: 127.0.0.1 is 127.0.0.1"),
                    QStringLiteral("TCP: failed: connection to 127.0.0.1:%1 refused").arg(dead),
                    QStringLiteral("Proxy: not used"), QStringLiteral("TLS: not run"),
                    QStringLiteral("HTTP: not run")}));
    }

    void unknownHost()
    {
        const ConnectivityResult r = run(QStringLiteral("https://mitigations.nonexistent.invalid/x"), {}, true);
        QVERIFY(sameLines(r.lines(),
            failure()
                + QStringList {QStringLiteral("Endpoint: https://mitigations.nonexistent.invalid/x"),
                    QStringLiteral("Failed step: DNS"),
                    QStringLiteral("DNS: failed: host 'mitigations.nonexistent.invalid' not found (..."),
                    QStringLiteral("TCP: not run"), QStringLiteral("Proxy: not used"), QStringLiteral("TLS: not run"),
                    QStringLiteral("HTTP: not run")}));
    }
};

QTEST_GUILESS_MAIN(TestConnectivity)
#include "tst_connectivity.moc"
