#include "webhooksender.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include "model/proxy.h"
#include "report/notify/notificationsettings.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(WebhookSender)
};

constexpr qsizetype maxAnswerShown = 200;

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 4);
}

// The start of the server's answer (Slack says why in it: "invalid_payload"), on one line.
QString answerExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(maxAnswerShown * 4)).simplified();
    if (text.size() > maxAnswerShown)
        text = text.left(maxAnswerShown) + QStringLiteral("...");
    return text;
}
} // namespace

WebhookSender::WebhookSender(QObject *parent)
    : QObject(parent), m_manager(new QNetworkAccessManager(this)), m_connectTimer(new QTimer(this)),
      m_totalTimer(new QTimer(this)), m_result(fail(ErrorCode::Network, Text::tr("no webhook call started")))
{
    m_connectTimer->setSingleShot(true);
    m_totalTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        abortWith(WebhookFailure::Timeout,
            m_useProxy ? Text::tr("timeout: no connection through proxy %1 within %2 s")
                             .arg(m_request.proxy, seconds(m_request.connectTimeout))
                       : Text::tr("timeout: no connection within %1 s").arg(seconds(m_request.connectTimeout)));
    });
    connect(m_totalTimer, &QTimer::timeout, this, [this] {
        abortWith(
            WebhookFailure::Timeout, Text::tr("timeout: no answer within %1 s").arg(seconds(m_request.totalTimeout)));
    });
}

WebhookSender::~WebhookSender()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void WebhookSender::start(const WebhookRequest &request)
{
    if (m_running)
        cancel();
    m_request = request;
    m_running = true;
    m_sent = false;
    m_sslErrors.clear();
    m_peerChain.clear();
    m_abortFailure = WebhookFailure::None;
    m_abortCause.clear();
    m_failure = WebhookFailure::None;
    m_channel = webhookChannelText(request.url);

    const auto refuse = [this](const QString &cause) {
        QTimer::singleShot(0, this, [this, cause] { finishWith(WebhookFailure::InvalidRequest, cause); });
    };
    // Checked before anything goes on the wire: no plain-text POST leaves this machine.
    if (auto url = parseWebhookUrl(request.url.toString()); !url)
        return refuse(url.error().message);
    m_manager->clearConnectionCache();
    m_manager->clearAccessCache();
    m_useProxy = !request.proxy.trimmed().isEmpty() && !proxyBypassed(request.url.host(), request.proxyBypass);
    if (m_useProxy) {
        const std::optional<QUrl> proxy = parseProxyUrl(request.proxy);
        if (!proxy)
            return refuse(Text::tr("invalid proxy URL '%1': expected http://host:port").arg(request.proxy));
        m_manager->setProxy(QNetworkProxy(
            QNetworkProxy::HttpProxy, proxy->host(), quint16(proxy->port(80)), proxy->userName(), proxy->password()));
    } else {
        m_manager->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }

    QNetworkRequest req(request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("EMConsole/" EM_VERSION));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json; charset=utf-8"));
    if (request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!request.extraCaCertificates.isEmpty())
            tls.addCaCertificates(request.extraCaCertificates);
        req.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_manager->post(req, request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &WebhookSender::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors; // never ignored: the handshake fails
        if (m_reply)
            m_peerChain = m_reply->sslConfiguration().peerCertificateChain();
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_sent = true;
        m_connectTimer->stop();
    });
    m_connectTimer->start(request.connectTimeout);
    m_totalTimer->start(request.totalTimeout);
}

void WebhookSender::abortWith(WebhookFailure failure, const QString &cause)
{
    if (!m_running)
        return;
    if (m_abortFailure == WebhookFailure::None) {
        m_abortFailure = failure;
        m_abortCause = cause;
    }
    if (m_reply)
        m_reply->abort(); // finished() follows, handled in onReplyFinished
    else
        finishWith(failure, cause);
}

void WebhookSender::cancel()
{
    abortWith(WebhookFailure::Cancelled, Text::tr("cancelled"));
    if (m_running)
        finishWith(WebhookFailure::Cancelled, Text::tr("cancelled"));
}

void WebhookSender::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || reply != sender())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_running)
        return;
    if (m_abortFailure != WebhookFailure::None)
        return finishWith(m_abortFailure, m_abortCause);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        m_connectTimer->stop();
        m_totalTimer->stop();
        m_running = false;
        m_failure = WebhookFailure::None;
        m_result = status;
        emit finished();
        return;
    }
    if (status >= 300) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString answer = answerExcerpt(reply->readAll());
        QString cause = Text::tr("HTTP status %1%2")
                            .arg(status)
                            .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason));
        if (status < 400)
            cause += Text::tr("; redirects are not followed: give the final URL");
        else if (!answer.isEmpty())
            cause += QStringLiteral(": ") + answer;
        return finishWith(WebhookFailure::Http, cause);
    }
    WebhookFailure failure = WebhookFailure::Network;
    const QString cause = mapNetworkError(int(reply->error()), reply->errorString(), &failure);
    finishWith(failure, cause);
}

QString WebhookSender::mapNetworkError(int code, const QString &errorString, WebhookFailure *failure) const
{
    switch (QNetworkReply::NetworkError(code)) {
    case QNetworkReply::HostNotFoundError:
        *failure = WebhookFailure::Dns;
        return Text::tr("DNS: host '%1' not found").arg(m_request.url.host());
    case QNetworkReply::ConnectionRefusedError:
        *failure = WebhookFailure::Refused;
        return Text::tr("connection refused");
    case QNetworkReply::TimeoutError:
        *failure = WebhookFailure::Timeout;
        return Text::tr("timeout: the connection timed out");
    case QNetworkReply::RemoteHostClosedError:
        *failure = WebhookFailure::Network;
        return Text::tr("the server closed the connection before answering");
    case QNetworkReply::SslHandshakeFailedError: {
        *failure = WebhookFailure::Tls;
        if (!m_sslErrors.isEmpty()) {
            QSslCertificate presented = m_peerChain.isEmpty() ? m_sslErrors.first().certificate() : m_peerChain.first();
            QStringList reasons;
            for (const QSslError &e : m_sslErrors)
                reasons << e.errorString();
            reasons.removeDuplicates();
            return Text::tr(
                "TLS: the server's certificate is not trusted (%1); presented certificate '%2' issued by '%3'")
                .arg(reasons.join(QStringLiteral("; ")), presented.subjectDisplayName(), presented.issuerDisplayName());
        }
        return Text::tr("TLS handshake failed: %1").arg(errorString);
    }
    case QNetworkReply::ProxyConnectionRefusedError:
        *failure = WebhookFailure::Proxy;
        return Text::tr("proxy %1: connection refused").arg(m_request.proxy);
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        *failure = WebhookFailure::Proxy;
        return Text::tr("proxy %1: %2").arg(m_request.proxy, errorString);
    case QNetworkReply::OperationCanceledError:
        *failure = WebhookFailure::Cancelled;
        return Text::tr("cancelled");
    default:
        if (m_useProxy && !m_sent) {
            *failure = WebhookFailure::Proxy;
            return Text::tr("proxy %1: %2").arg(m_request.proxy, errorString);
        }
        *failure = WebhookFailure::Network;
        return errorString;
    }
}

void WebhookSender::finishWith(WebhookFailure failure, const QString &cause)
{
    if (!m_running)
        return;
    m_connectTimer->stop();
    m_totalTimer->stop();
    m_running = false;
    m_failure = failure;
    m_result = fail(failure == WebhookFailure::Cancelled ? ErrorCode::Cancelled : ErrorCode::Network,
        Text::tr("%1: %2").arg(m_channel, cause));
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    emit finished();
}

} // namespace em
