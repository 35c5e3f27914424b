#include "feedfetcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include "localfile.h"
#include "model/proxy.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedFetcher)
};

constexpr qint64 readBufferBytes = 256 * 1024;

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 4);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}
} // namespace

QString fetchFailureName(FetchFailure failure)
{
    switch (failure) {
    case FetchFailure::None:
        return QStringLiteral("none");
    case FetchFailure::InvalidRequest:
        return QStringLiteral("invalid-request");
    case FetchFailure::Dns:
        return QStringLiteral("dns");
    case FetchFailure::Refused:
        return QStringLiteral("refused");
    case FetchFailure::Proxy:
        return QStringLiteral("proxy");
    case FetchFailure::Tls:
        return QStringLiteral("tls");
    case FetchFailure::Http:
        return QStringLiteral("http");
    case FetchFailure::TooLarge:
        return QStringLiteral("too-large");
    case FetchFailure::Timeout:
        return QStringLiteral("timeout");
    case FetchFailure::Redirect:
        return QStringLiteral("redirect");
    case FetchFailure::File:
        return QStringLiteral("file");
    case FetchFailure::Cancelled:
        return QStringLiteral("cancelled");
    case FetchFailure::Network:
        return QStringLiteral("network");
    }
    return {};
}

FeedFetcher::FeedFetcher(QObject *parent)
    : QObject(parent), m_manager(new QNetworkAccessManager(this)), m_connectTimer(new QTimer(this)),
      m_inactivityTimer(new QTimer(this)), m_totalTimer(new QTimer(this)),
      m_result(fail(ErrorCode::Network, Text::tr("no fetch started")))
{
    for (QTimer *t : {m_connectTimer, m_inactivityTimer, m_totalTimer})
        t->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        abortWith(FetchFailure::Timeout,
            m_useProxy ? Text::tr("connecting to %1 through proxy %2 timed out after %3 s")
                             .arg(hostText(m_currentUrl), proxyText(), seconds(m_request.connectTimeout))
                       : Text::tr("connecting to %1 timed out after %2 s")
                             .arg(hostText(m_currentUrl), seconds(m_request.connectTimeout)));
    });
    connect(m_inactivityTimer, &QTimer::timeout, this, [this] {
        abortWith(FetchFailure::Timeout,
            Text::tr("no data from %1 for %2 s: the server stalled")
                .arg(hostText(m_currentUrl), seconds(m_request.inactivityTimeout)));
    });
    connect(m_totalTimer, &QTimer::timeout, this, [this] {
        abortWith(FetchFailure::Timeout,
            Text::tr("fetching %1 took longer than the %2 s limit (%3 bytes received)")
                .arg(m_request.url.toDisplayString(), seconds(m_request.totalTimeout))
                .arg(m_body.size()));
    });
}

FeedFetcher::~FeedFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString FeedFetcher::hostText(const QUrl &url) const
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QString FeedFetcher::proxyText() const
{
    return m_request.proxy;
}

void FeedFetcher::start(const FetchRequest &request)
{
    if (m_running)
        cancel();
    m_request = request;
    m_running = true;
    m_redirects = 0;
    m_body.clear();
    m_sslErrors.clear();
    m_peerChain.clear();
    m_abortFailure = FetchFailure::None;
    m_abortMessage.clear();
    m_failure = FetchFailure::None;
    m_currentUrl = request.url;

    const QUrl &url = request.url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme.isEmpty()) {
        const QString text = url.toString();
        QTimer::singleShot(0, this,
            [this, text] { finishWith(FetchFailure::InvalidRequest, Text::tr("invalid URL '%1'").arg(text)); });
        return;
    }
    if (!request.allowedSchemes.contains(scheme)) {
        QTimer::singleShot(0, this, [this, url] {
            finishWith(FetchFailure::InvalidRequest,
                Text::tr("URL '%1': scheme %2 is not allowed here (%3)")
                    .arg(url.toDisplayString(), url.scheme(), m_request.allowedSchemes.join(QStringLiteral(", "))));
        });
        return;
    }
    if (scheme == QLatin1String("file")) {
        QTimer::singleShot(0, this, [this] { readFile(); });
        return;
    }

    // A fresh connection for every fetch: no connection set up under another
    // TLS configuration or proxy is ever reused.
    m_manager->clearConnectionCache();
    m_manager->clearAccessCache();
    m_useProxy = !request.proxy.trimmed().isEmpty() && !proxyBypassed(url.host(), request.proxyBypass);
    if (m_useProxy) {
        const std::optional<QUrl> parsedProxy = parseProxyUrl(request.proxy);
        if (!parsedProxy) {
            QTimer::singleShot(0, this, [this] {
                finishWith(FetchFailure::InvalidRequest,
                    Text::tr("invalid proxy URL '%1': expected http://host:port").arg(m_request.proxy));
            });
            return;
        }
        m_manager->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, parsedProxy->host(), quint16(parsedProxy->port(80)),
            parsedProxy->userName(), parsedProxy->password()));
    } else {
        m_manager->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }
    m_totalTimer->start(request.totalTimeout);
    sendRequest(url, !request.postBody.isNull());
}

void FeedFetcher::sendRequest(const QUrl &url, bool post)
{
    m_connected = false;
    m_currentUrl = url;
    m_status = 0;
    m_body.clear();
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("EMConsole/" EM_VERSION));
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_request.extraCaCertificates.isEmpty())
            tls.addCaCertificates(m_request.extraCaCertificates);
        req.setSslConfiguration(tls);
    }
    QNetworkReply *reply = nullptr;
    if (post) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
        reply = m_manager->post(req, m_request.postBody);
    } else {
        reply = m_manager->get(req);
    }
    m_reply = reply;
    reply->setReadBufferSize(readBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &FeedFetcher::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &FeedFetcher::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &FeedFetcher::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors; // never ignored: the handshake fails
        if (m_reply)
            m_peerChain = m_reply->sslConfiguration().peerCertificateChain();
    });
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        m_connected = true;
        if (m_reply)
            m_peerChain = m_reply->sslConfiguration().peerCertificateChain();
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_connected = true;
        m_connectTimer->stop();
        m_inactivityTimer->start(m_request.inactivityTimeout);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (m_inactivityTimer->isActive() || !m_connectTimer->isActive())
            m_inactivityTimer->start(m_request.inactivityTimeout);
        emit progress(received, total);
    });
    m_connectTimer->start(m_request.connectTimeout);
}

void FeedFetcher::readFile()
{
    bool overLimit = false;
    auto data = readLocalFile(m_request.url.toLocalFile(), Text::tr("file"), m_request.maxBytes, &overLimit);
    if (!data)
        return finishWith(overLimit ? FetchFailure::TooLarge : FetchFailure::File, data.error().message);
    m_body = *data;
    m_status = 0;
    finishOk();
}

void FeedFetcher::onMetaData()
{
    if (!m_reply)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (m_status >= 200 && m_status < 300 && length.isValid() && length.toLongLong() > m_request.maxBytes)
        abortWith(FetchFailure::TooLarge,
            Text::tr("the response from %1 is %2 bytes; the limit is %3 bytes")
                .arg(hostText(m_currentUrl))
                .arg(length.toLongLong())
                .arg(m_request.maxBytes));
}

void FeedFetcher::onReadyRead()
{
    if (!m_reply)
        return;
    m_inactivityTimer->start(m_request.inactivityTimeout);
    const QByteArray chunk = m_reply->readAll();
    if (m_status < 200 || m_status >= 300)
        return; // an error page or a redirect body: not kept
    if (m_body.size() + chunk.size() > m_request.maxBytes) {
        abortWith(FetchFailure::TooLarge,
            Text::tr("the response from %1 exceeds the limit of %2 bytes (stopped after "
                     "%3 bytes)")
                .arg(hostText(m_currentUrl))
                .arg(m_request.maxBytes)
                .arg(m_body.size() + chunk.size()));
        return;
    }
    m_body += chunk;
}

void FeedFetcher::abortWith(FetchFailure failure, const QString &message)
{
    if (!m_running)
        return;
    if (m_abortFailure == FetchFailure::None) {
        m_abortFailure = failure;
        m_abortMessage = message;
    }
    if (m_reply)
        m_reply->abort(); // emits finished(), handled in onReplyFinished
    else
        finishWith(failure, message);
}

void FeedFetcher::cancel()
{
    if (!m_running)
        return;
    abortWith(FetchFailure::Cancelled, Text::tr("fetching %1 was cancelled").arg(m_request.url.toDisplayString()));
    if (m_running)
        finishWith(FetchFailure::Cancelled, Text::tr("fetching %1 was cancelled").arg(m_request.url.toDisplayString()));
}

void FeedFetcher::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || reply != sender())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_running)
        return;
    if (m_abortFailure != FetchFailure::None)
        return finishWith(m_abortFailure, m_abortMessage);
    if (m_status == 0)
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (isRedirect(m_status)) {
        const QUrl target
            = m_currentUrl.resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location")), QUrl::StrictMode));
        if (!target.isValid() || target.isEmpty())
            return finishWith(FetchFailure::Redirect,
                Text::tr("HTTP %1 from %2 without a valid Location").arg(m_status).arg(m_currentUrl.toDisplayString()));
        if (++m_redirects > m_request.maxRedirects)
            return finishWith(FetchFailure::Redirect,
                Text::tr("more than %1 redirects fetching %2 (last to %3)")
                    .arg(m_request.maxRedirects)
                    .arg(m_request.url.toDisplayString(), target.toDisplayString()));
        const QString from = m_currentUrl.scheme().toLower();
        const QString to = target.scheme().toLower();
        if (from == QLatin1String("https") && to != QLatin1String("https"))
            return finishWith(FetchFailure::Redirect,
                Text::tr("redirect from %1 to %2 refused: it leaves HTTPS")
                    .arg(m_currentUrl.toDisplayString(), target.toDisplayString()));
        if ((to != QLatin1String("https") && to != QLatin1String("http")) || !m_request.allowedSchemes.contains(to))
            return finishWith(FetchFailure::Redirect,
                Text::tr("redirect from %1 to %2 refused: scheme %3 not allowed")
                    .arg(m_currentUrl.toDisplayString(), target.toDisplayString(), to));
        const bool keepPost = !m_request.postBody.isNull() && (m_status == 307 || m_status == 308);
        sendRequest(target, keepPost);
        return;
    }

    const auto error = reply->error();
    if (error == QNetworkReply::NoError && m_status >= 200 && m_status < 300) {
        m_body += reply->readAll();
        if (m_body.size() > m_request.maxBytes)
            return finishWith(FetchFailure::TooLarge,
                Text::tr("the response from %1 exceeds the limit of %2 bytes")
                    .arg(hostText(m_currentUrl))
                    .arg(m_request.maxBytes));
        return finishOk();
    }
    if (m_status >= 300) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return finishWith(FetchFailure::Http,
            Text::tr("HTTP status %1%2 from %3")
                .arg(m_status)
                .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason),
                    m_currentUrl.toDisplayString()));
    }
    FetchFailure failure = FetchFailure::Network;
    const QString message = mapNetworkError(int(error), reply->errorString(), &failure);
    finishWith(failure, message.isEmpty() ? reply->errorString() : message);
}

QString FeedFetcher::mapNetworkError(int code, const QString &errorString, FetchFailure *failure) const
{
    const QString host = hostText(m_currentUrl);
    const QString proxyHost = parseProxyUrl(m_request.proxy).value_or(QUrl()).host();
    switch (QNetworkReply::NetworkError(code)) {
    case QNetworkReply::HostNotFoundError:
        *failure = FetchFailure::Dns;
        return Text::tr("DNS: host '%1' not found").arg(m_currentUrl.host());
    case QNetworkReply::ConnectionRefusedError:
        *failure = FetchFailure::Refused;
        return Text::tr("connection to %1 refused").arg(host);
    case QNetworkReply::TimeoutError:
        *failure = FetchFailure::Timeout;
        return Text::tr("connection to %1 timed out").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        *failure = FetchFailure::Network;
        return Text::tr("%1 closed the connection before answering").arg(host);
    case QNetworkReply::SslHandshakeFailedError: {
        *failure = FetchFailure::Tls;
        if (!m_sslErrors.isEmpty()) {
            const QSslError &first = m_sslErrors.first();
            QSslCertificate presented = m_peerChain.isEmpty() ? first.certificate() : m_peerChain.first();
            if (presented.isNull())
                presented = first.certificate();
            QStringList reasons;
            for (const QSslError &e : m_sslErrors)
                reasons << e.errorString();
            reasons.removeDuplicates();
            return Text::tr("TLS: the certificate of %1 is not trusted (%2); presented certificate '%3' issued by '%4'")
                .arg(host, reasons.join(QStringLiteral("; ")), presented.subjectDisplayName(),
                    presented.issuerDisplayName());
        }
        return Text::tr("TLS handshake with %1 failed: %2").arg(host, errorString);
    }
    case QNetworkReply::ProxyConnectionRefusedError:
        *failure = FetchFailure::Proxy;
        return Text::tr("proxy %1: connection refused (is the proxy running?)").arg(m_request.proxy);
    case QNetworkReply::ProxyConnectionClosedError:
        *failure = FetchFailure::Proxy;
        return Text::tr("proxy %1 closed the connection to %2").arg(m_request.proxy, host);
    case QNetworkReply::ProxyNotFoundError:
        *failure = FetchFailure::Proxy;
        return Text::tr("DNS: proxy host '%1' not found").arg(proxyHost);
    case QNetworkReply::ProxyTimeoutError:
        *failure = FetchFailure::Proxy;
        return Text::tr("proxy %1 timed out").arg(m_request.proxy);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        *failure = FetchFailure::Proxy;
        return Text::tr("proxy %1 requires authentication").arg(m_request.proxy);
    case QNetworkReply::UnknownProxyError:
        *failure = FetchFailure::Proxy;
        return Text::tr("proxy %1 could not reach %2").arg(m_request.proxy, host);
    case QNetworkReply::OperationCanceledError:
        *failure = FetchFailure::Cancelled;
        return Text::tr("fetching %1 was cancelled").arg(m_currentUrl.toDisplayString());
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        *failure = FetchFailure::Redirect;
        return errorString;
    default:
        // Qt reports a failed proxy tunnel for https (proxy down, CONNECT
        // refused) as UnknownNetworkError; before the request went out, it is
        // the proxy's failure.
        if (m_useProxy && !m_connected) {
            *failure = FetchFailure::Proxy;
            return Text::tr("proxy %1: %2").arg(m_request.proxy, errorString);
        }
        *failure = FetchFailure::Network;
        return Text::tr("fetching %1 failed: %2").arg(m_currentUrl.toDisplayString(), errorString);
    }
}

void FeedFetcher::stopTimers()
{
    m_connectTimer->stop();
    m_inactivityTimer->stop();
    m_totalTimer->stop();
}

void FeedFetcher::finishWith(FetchFailure failure, const QString &message)
{
    if (!m_running)
        return;
    stopTimers();
    m_running = false;
    m_failure = failure;
    m_body.clear();
    m_result = fail(ErrorCode::Network, message);
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    emit finished();
}

void FeedFetcher::finishOk()
{
    if (!m_running)
        return;
    stopTimers();
    m_running = false;
    m_failure = FetchFailure::None;
    FetchResult r;
    r.body = std::move(m_body);
    r.finalUrl = m_currentUrl;
    r.httpStatus = m_status;
    m_result = r;
    emit finished();
}

} // namespace em
