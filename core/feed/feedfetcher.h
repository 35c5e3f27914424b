#pragma once

// FeedFetcher downloads one feed (or CRL, or RFC 3161 response) without
// blocking: https: through the server's InternetWebProxy or file:, TLS 1.2+,
// connect and inactivity timeouts plus a total deadline, at most N redirects
// and never from https to http, a size cap enforced while streaming, and one
// clear error per failure kind.
//
// Each fetcher owns its QNetworkAccessManager and clears its connection cache
// before every start: Qt's cache ignores a request's own TLS configuration, so
// a shared manager could reuse a connection set up under other trust settings.

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

enum class FetchFailure {
    None,
    InvalidRequest, // bad URL, scheme not allowed, bad proxy URL
    Dns, // host name not found
    Refused, // TCP connection refused
    Proxy, // proxy down, refused, unknown or failed the tunnel
    Tls, // handshake failed or certificate not trusted
    Http, // HTTP status 4xx / 5xx
    TooLarge, // body above the size cap
    Timeout, // connect, inactivity or total deadline
    Redirect, // too many, or a downgrade to http
    File, // file: URL cannot be read
    Cancelled,
    Network, // anything else
};
QString fetchFailureName(FetchFailure failure); // "dns", "tls", ...

struct FetchRequest {
    QUrl url;
    QString proxy; // "http://host:port" (a server's InternetWebProxy); empty: direct
    QStringList proxyBypass; // host names ("*.contoso.com", "<local>") that do not use the proxy
    qint64 maxBytes = 4 * 1024 * 1024;
    std::chrono::milliseconds connectTimeout {15000}; // DNS + TCP + proxy tunnel + TLS, until the request is sent
    std::chrono::milliseconds inactivityTimeout {30000}; // no byte received for this long
    std::chrono::milliseconds totalTimeout {120000}; // the whole fetch, redirects included
    int maxRedirects = 3;
    QList<QSslCertificate> extraCaCertificates; // trusted for TLS besides the system's roots
    QByteArray postBody; // POST when not null
    QByteArray contentType; // of the POST body
    QStringList allowedSchemes {QStringLiteral("https"), QStringLiteral("file")};
};

struct FetchResult {
    QByteArray body;
    QUrl finalUrl;
    int httpStatus = 0; // 0 for file:
    QByteArray contentType;
};

class FeedFetcher final : public QObject
{
    Q_OBJECT

public:
    explicit FeedFetcher(QObject *parent = nullptr);
    ~FeedFetcher() override;

    // Starts a fetch; finished() follows exactly once (also for an invalid
    // request, asynchronously). Starting while running cancels the running one.
    void start(const FetchRequest &request);
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const Result<FetchResult> &result() const { return m_result; }
    [[nodiscard]] FetchFailure failure() const { return m_failure; }
    // The TLS certificate chain the server presented (for "issued by" messages).
    [[nodiscard]] QList<QSslCertificate> peerCertificateChain() const { return m_peerChain; }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void sendRequest(const QUrl &url, bool post);
    void readFile();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void abortWith(FetchFailure failure, const QString &message);
    void finishWith(FetchFailure failure, const QString &message);
    void finishOk();
    void stopTimers();
    QString hostText(const QUrl &url) const;
    QString proxyText() const;
    QString mapNetworkError(int error, const QString &errorString, FetchFailure *failure) const;

    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_connectTimer = nullptr;
    QTimer *m_inactivityTimer = nullptr;
    QTimer *m_totalTimer = nullptr;
    FetchRequest m_request;
    QUrl m_currentUrl;
    bool m_useProxy = false;
    bool m_connected = false; // TLS established or request sent
    bool m_running = false;
    int m_redirects = 0;
    int m_status = 0;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_peerChain;
    FetchFailure m_abortFailure = FetchFailure::None;
    QString m_abortMessage;
    Result<FetchResult> m_result;
    FetchFailure m_failure = FetchFailure::None;
};

} // namespace em
