#include "connectivity.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include "model/proxy.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Connectivity)
};

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 4);
}

QString stateText(ConnectivityStepResult::State state)
{
    switch (state) {
    case ConnectivityStepResult::Passed:
        return Text::tr("passed");
    case ConnectivityStepResult::Failed:
        return Text::tr("failed");
    case ConnectivityStepResult::NotUsed:
        return Text::tr("not used");
    case ConnectivityStepResult::NotRun:
        return Text::tr("not run");
    }
    return {};
}

QString firstName(const QStringList &names)
{
    return names.isEmpty() ? QString() : names.first();
}
} // namespace

QString connectivityStepName(ConnectivityStep step)
{
    switch (step) {
    case ConnectivityStep::Dns:
        return QStringLiteral("DNS");
    case ConnectivityStep::Tcp:
        return QStringLiteral("TCP");
    case ConnectivityStep::Proxy:
        return QStringLiteral("Proxy");
    case ConnectivityStep::Tls:
        return QStringLiteral("TLS");
    case ConnectivityStep::Http:
        return QStringLiteral("HTTP");
    }
    return {};
}

QStringList ConnectivityResult::lines() const
{
    QStringList out
        = QString::fromLatin1(success ? connectivitySuccessLines : connectivityFailureLines).split(QLatin1Char('\n'));
    out << (proxy.isEmpty() ? Text::tr("Endpoint: %1").arg(endpoint.toDisplayString())
                            : Text::tr("Endpoint: %1 (through proxy %2)").arg(endpoint.toDisplayString(), proxy));
    if (failedStep)
        out << Text::tr("Failed step: %1").arg(connectivityStepName(*failedStep));
    for (const ConnectivityStepResult &s : steps) {
        QString line = connectivityStepName(s.step) + QStringLiteral(": ") + stateText(s.state);
        if (!s.detail.isEmpty())
            line += QStringLiteral(": ") + s.detail;
        out << line;
    }
    if (tlsInspectionSuspected)
        out << Text::tr("Warning: the TLS certificate presented for %1 chains to '%2', which this system does not "
                        "trust as a public certification authority. A TLS-inspecting proxy may be in the path; TLS "
                        "inspection may break feed validation.")
                   .arg(endpoint.host(), untrustedRoot);
    return out;
}

ConnectivityTest::ConnectivityTest(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const QString detail = Text::tr("timed out after %1 s").arg(seconds(m_options.stepTimeout));
        if (m_lookupId >= 0) {
            QHostInfo::abortHostLookup(m_lookupId);
            m_lookupId = -1;
        }
        failStep(m_current, detail);
    });
}

ConnectivityTest::~ConnectivityTest()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void ConnectivityTest::armTimer(ConnectivityStep s)
{
    m_current = s;
    m_timer->start(m_options.stepTimeout);
}

void ConnectivityTest::start(const ConnectivityOptions &options)
{
    if (m_running)
        cancel();
    m_options = options;
    m_result = {};
    m_result.endpoint = options.endpoint;
    for (ConnectivityStep s : {ConnectivityStep::Dns, ConnectivityStep::Tcp, ConnectivityStep::Proxy,
             ConnectivityStep::Tls, ConnectivityStep::Http})
        m_result.steps << ConnectivityStepResult {s, ConnectivityStepResult::NotRun, {}};
    m_running = true;
    m_tunnelUp = false;
    m_sslErrors.clear();
    m_response.clear();

    const QUrl &url = options.endpoint;
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            failStep(
                ConnectivityStep::Dns, Text::tr("'%1' is not an https: endpoint").arg(m_options.endpoint.toString()));
        });
        return;
    }
    m_useProxy = !options.proxy.trimmed().isEmpty() && !proxyBypassed(url.host(), options.proxyBypass);
    QString lookupHost = url.host();
    if (m_useProxy) {
        const std::optional<QUrl> parsedProxy = parseProxyUrl(options.proxy);
        if (!parsedProxy) {
            QTimer::singleShot(0, this, [this] {
                failStep(ConnectivityStep::Proxy,
                    Text::tr("invalid proxy URL '%1': expected http://host:port").arg(m_options.proxy));
            });
            return;
        }
        m_proxyHost = parsedProxy->host();
        m_proxyPort = quint16(parsedProxy->port(80));
        m_result.proxy = options.proxy;
        lookupHost = m_proxyHost;
    } else {
        step(ConnectivityStep::Proxy).state = ConnectivityStepResult::NotUsed;
    }
    armTimer(ConnectivityStep::Dns);
    m_lookupId = QHostInfo::lookupHost(lookupHost, this, [this, lookupHost](const QHostInfo &info) {
        m_lookupId = -1;
        if (!m_running)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            failStep(ConnectivityStep::Dns,
                m_useProxy ? Text::tr("proxy host '%1' not found (%2)").arg(lookupHost, info.errorString())
                           : Text::tr("host '%1' not found (%2)").arg(lookupHost, info.errorString()));
            return;
        }
        QStringList addresses;
        for (const QHostAddress &a : info.addresses())
            addresses << a.toString();
        pass(ConnectivityStep::Dns,
            m_useProxy ? Text::tr("proxy host %1 is %2").arg(lookupHost, addresses.join(QStringLiteral(", ")))
                       : Text::tr("%1 is %2").arg(lookupHost, addresses.join(QStringLiteral(", "))));
        connectSocket();
    });
}

void ConnectivityTest::connectSocket()
{
    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.extraCaCertificates.isEmpty())
        tls.addCaCertificates(m_options.extraCaCertificates);
    m_socket->setSslConfiguration(tls);
    m_socket->setProxy(m_useProxy ? QNetworkProxy(QNetworkProxy::HttpProxy, m_proxyHost, m_proxyPort)
                                  : QNetworkProxy(QNetworkProxy::NoProxy));
    connect(m_socket, &QSslSocket::connected, this, [this] {
        m_tunnelUp = true;
        const QUrl &url = m_options.endpoint;
        if (m_useProxy) {
            pass(ConnectivityStep::Tcp, Text::tr("connected to proxy %1:%2").arg(m_proxyHost).arg(m_proxyPort));
            pass(ConnectivityStep::Proxy, Text::tr("tunnel to %1:%2 opened").arg(url.host()).arg(url.port(443)));
        } else {
            pass(ConnectivityStep::Tcp,
                Text::tr("connected to %1:%2").arg(m_socket->peerAddress().toString()).arg(url.port(443)));
        }
        armTimer(ConnectivityStep::Tls);
    });
    connect(m_socket, &QSslSocket::sslErrors, this, &ConnectivityTest::onSslErrors);
    connect(m_socket, &QSslSocket::encrypted, this, &ConnectivityTest::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ConnectivityTest::onReadyRead);
    connect(
        m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) { onSocketError(int(e)); });
    armTimer(m_useProxy ? ConnectivityStep::Proxy : ConnectivityStep::Tcp);
    m_socket->connectToHostEncrypted(m_options.endpoint.host(), quint16(m_options.endpoint.port(443)));
}

void ConnectivityTest::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors; // never ignored: the handshake fails
    checkSystemTrust();
}

void ConnectivityTest::checkSystemTrust()
{
    const QList<QSslCertificate> chain = m_socket ? m_socket->peerCertificateChain() : QList<QSslCertificate>();
    if (chain.isEmpty())
        return;
    m_result.presentedSubject = firstName(chain.first().subjectInfo(QSslCertificate::CommonName));
    m_result.presentedIssuer = firstName(chain.first().issuerInfo(QSslCertificate::CommonName));
    // Would the system's own roots accept this chain? (A TLS-inspecting proxy
    // presents certificates of its own root.)
    const QList<QSslError> systemErrors = QSslCertificate::verify(chain, m_options.endpoint.host());
    for (const QSslError &e : systemErrors) {
        switch (e.error()) {
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected: {
            m_result.tlsInspectionSuspected = true;
            const QSslCertificate &top = chain.last();
            m_result.untrustedRoot = firstName(top.issuerInfo(QSslCertificate::CommonName));
            if (m_result.untrustedRoot.isEmpty())
                m_result.untrustedRoot = top.issuerDisplayName();
            return;
        }
        default:
            break;
        }
    }
}

void ConnectivityTest::onEncrypted()
{
    checkSystemTrust();
    pass(ConnectivityStep::Tls,
        Text::tr("%1, certificate '%2' issued by '%3'")
            .arg(m_socket->sessionProtocol() == QSsl::TlsV1_3 ? QStringLiteral("TLS 1.3") : QStringLiteral("TLS 1.2"),
                m_result.presentedSubject, m_result.presentedIssuer));
    const QUrl &url = m_options.endpoint;
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() > 0 && url.port() != 443)
        host += ':' + QByteArray::number(url.port());
    m_socket->write("GET " + path + " HTTP/1.1\r\nHost: " + host
        + "\r\nUser-Agent: EMConsole/" EM_VERSION "\r\nAccept: */*\r\nConnection: close\r\n\r\n");
    armTimer(ConnectivityStep::Http);
}

void ConnectivityTest::onReadyRead()
{
    m_response += m_socket->readAll();
    const qsizetype eol = m_response.indexOf("\r\n");
    if (eol < 0) {
        if (m_response.size() > 8192)
            failStep(ConnectivityStep::Http, Text::tr("the endpoint's answer is not HTTP"));
        return;
    }
    const QList<QByteArray> parts = m_response.left(eol).split(' ');
    bool ok = false;
    const int status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
    if (!parts.value(0).startsWith("HTTP/") || !ok)
        return failStep(ConnectivityStep::Http, Text::tr("the endpoint's answer is not HTTP"));
    const QString statusText = QString::fromLatin1(m_response.left(eol).mid(parts.at(0).size() + 1));
    if (status >= 200 && status < 400)
        pass(ConnectivityStep::Http, Text::tr("status %1").arg(statusText));
    else
        return failStep(ConnectivityStep::Http, Text::tr("status %1").arg(statusText));
    m_result.success = true;
    finish();
}

void ConnectivityTest::onSocketError(int code)
{
    if (!m_running)
        return;
    const auto error = QAbstractSocket::SocketError(code);
    const QString proxy = QStringLiteral("%1:%2").arg(m_proxyHost).arg(m_proxyPort);
    const QString endpoint = QStringLiteral("%1:%2").arg(m_options.endpoint.host()).arg(m_options.endpoint.port(443));
    const QString text = m_socket ? m_socket->errorString() : QString();
    if (step(ConnectivityStep::Tls).state == ConnectivityStepResult::Passed)
        return failStep(ConnectivityStep::Http, Text::tr("the connection failed before an answer: %1").arg(text));
    if (m_tunnelUp) {
        if (!m_sslErrors.isEmpty()) {
            QStringList reasons;
            for (const QSslError &e : m_sslErrors)
                reasons << e.errorString();
            reasons.removeDuplicates();
            return failStep(ConnectivityStep::Tls,
                Text::tr("certificate '%1' issued by '%2' is not trusted: %3")
                    .arg(m_result.presentedSubject, m_result.presentedIssuer, reasons.join(QStringLiteral("; "))));
        }
        return failStep(ConnectivityStep::Tls, Text::tr("handshake failed: %1").arg(text));
    }
    if (m_useProxy) {
        switch (error) {
        case QAbstractSocket::ProxyConnectionRefusedError:
            return failStep(
                ConnectivityStep::Proxy, Text::tr("connection to proxy %1 refused (is the proxy running?)").arg(proxy));
        case QAbstractSocket::ProxyNotFoundError:
            return failStep(ConnectivityStep::Proxy, Text::tr("proxy host '%1' not found").arg(m_proxyHost));
        case QAbstractSocket::ProxyConnectionTimeoutError:
            return failStep(ConnectivityStep::Proxy, Text::tr("proxy %1 did not answer").arg(proxy));
        case QAbstractSocket::ProxyAuthenticationRequiredError:
            return failStep(ConnectivityStep::Proxy, Text::tr("proxy %1 requires authentication").arg(proxy));
        case QAbstractSocket::HostNotFoundError:
            return failStep(ConnectivityStep::Proxy,
                Text::tr("proxy %1 could not resolve %2").arg(proxy, m_options.endpoint.host()));
        case QAbstractSocket::ConnectionRefusedError:
        case QAbstractSocket::ProxyConnectionClosedError:
        case QAbstractSocket::ProxyProtocolError:
        case QAbstractSocket::SocketAccessError:
        default:
            return failStep(ConnectivityStep::Proxy,
                Text::tr("proxy %1 could not open a tunnel to %2: %3").arg(proxy, endpoint, text));
        }
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return failStep(ConnectivityStep::Tcp, Text::tr("connection to %1 refused").arg(endpoint));
    case QAbstractSocket::HostNotFoundError:
        return failStep(ConnectivityStep::Dns, Text::tr("host '%1' not found").arg(m_options.endpoint.host()));
    default:
        return failStep(ConnectivityStep::Tcp, Text::tr("cannot connect to %1: %2").arg(endpoint, text));
    }
}

void ConnectivityTest::pass(ConnectivityStep s, const QString &detail)
{
    step(s).state = ConnectivityStepResult::Passed;
    step(s).detail = detail;
    emit stepFinished(connectivityStepName(s) + QStringLiteral(": ") + detail);
}

void ConnectivityTest::failStep(ConnectivityStep s, const QString &detail)
{
    if (!m_running)
        return;
    step(s).state = ConnectivityStepResult::Failed;
    step(s).detail = detail;
    m_result.failedStep = s;
    m_result.success = false;
    emit stepFinished(connectivityStepName(s) + QStringLiteral(": ") + detail);
    finish();
}

void ConnectivityTest::cancel()
{
    if (!m_running)
        return;
    failStep(m_current, Text::tr("cancelled"));
}

void ConnectivityTest::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        QSslSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    emit finished();
}

} // namespace em
