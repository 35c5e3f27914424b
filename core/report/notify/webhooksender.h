#pragma once

// WebhookSender POSTs one JSON body without blocking, as FeedFetcher fetches:
// HTTPS (plain http:// only to a loopback address), through a server's
// InternetWebProxy unless the host bypasses it, TLS 1.2+ verified against the
// system's store plus given CAs, a connect and a total timeout, redirects not
// followed. Errors name the channel by scheme and host only: a webhook URL's
// path carries its token.
//
// It lives on the thread that creates it, which must run an event loop
// (Notifier gives it one of its own).

#include <chrono>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QUrl>

#include "model/error.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace em {

enum class WebhookFailure {
    None,
    InvalidRequest, // bad URL, plain http to a non-loopback host, bad proxy URL
    Dns,
    Refused,
    Proxy,
    Tls,
    Http, // 3xx (not followed), 4xx, 5xx
    Timeout,
    Cancelled,
    Network,
};

struct WebhookRequest {
    QUrl url;
    QByteArray body; // application/json
    QString proxy; // "http://host:port"; empty: direct
    QStringList proxyBypass;
    QList<QSslCertificate> extraCaCertificates;
    std::chrono::milliseconds connectTimeout {15000}; // until the request is sent
    std::chrono::milliseconds totalTimeout {60000};
};

class WebhookSender final : public QObject
{
    Q_OBJECT

public:
    explicit WebhookSender(QObject *parent = nullptr);
    ~WebhookSender() override;

    // finished() follows exactly once, also for a refused request (queued).
    void start(const WebhookRequest &request);
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const Result<int> &result() const { return m_result; } // the HTTP status (2xx) or the error
    [[nodiscard]] WebhookFailure failure() const { return m_failure; }

signals:
    void finished();

private:
    void onReplyFinished();
    void abortWith(WebhookFailure failure, const QString &cause);
    void finishWith(WebhookFailure failure, const QString &cause);
    QString mapNetworkError(int code, const QString &errorString, WebhookFailure *failure) const;

    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_connectTimer = nullptr;
    QTimer *m_totalTimer = nullptr;
    WebhookRequest m_request;
    QString m_channel; // "webhook https://host"
    bool m_useProxy = false;
    bool m_sent = false;
    bool m_running = false;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_peerChain;
    WebhookFailure m_abortFailure = WebhookFailure::None;
    QString m_abortCause;
    Result<int> m_result;
    WebhookFailure m_failure = WebhookFailure::None;
};

} // namespace em
