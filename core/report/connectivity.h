#pragma once

// The connectivity test (DESIGN section 8): can this computer reach the
// Mitigation Service endpoint, through a server's proxy? Prints the vendor
// script's exact two lines, then which step failed (DNS, TCP, proxy, TLS,
// HTTP) and, when the TLS certificate presented does not chain to a root this
// system trusts, a warning that TLS inspection may break feed validation.
//
// Runs asynchronously (QHostInfo, QSslSocket); never blocks the caller.

#include <chrono>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QUrl>

class QSslSocket;
class QTimer;

namespace em {

// The vendor's lines, literal protocol text (not translated).
inline constexpr char connectivitySuccessLines[]
    = "Result: Success.\n"
      "Message: The Mitigation Service endpoint is accessible from this computer.";
inline constexpr char connectivityFailureLines[]
    = "Result: Failed.\n"
      "Message: Unable to connect to the Mitigation Service endpoint from this computer. To learn about "
      "connectivity requirements, see https://aka.ms/HelpConnectivityEEMS.";

struct ConnectivityOptions {
    QUrl endpoint; // https:
    QString proxy; // "http://host:port"; empty: direct
    QStringList proxyBypass;
    QList<QSslCertificate> extraCaCertificates; // trusted for TLS besides the system's roots
    std::chrono::milliseconds stepTimeout {15000};
};

enum class ConnectivityStep { Dns, Tcp, Proxy, Tls, Http };
QString connectivityStepName(ConnectivityStep step); // "DNS", "TCP", "Proxy", "TLS", "HTTP"

struct ConnectivityStepResult {
    ConnectivityStep step = ConnectivityStep::Dns;
    enum State { NotRun, Passed, Failed, NotUsed } state = NotRun;
    QString detail;
};

struct ConnectivityResult {
    bool success = false;
    QUrl endpoint;
    QString proxy;
    QList<ConnectivityStepResult> steps; // DNS, TCP, Proxy, TLS, HTTP
    std::optional<ConnectivityStep> failedStep;
    bool tlsInspectionSuspected = false;
    QString presentedSubject; // the endpoint's TLS certificate
    QString presentedIssuer;
    QString untrustedRoot; // the top of the presented chain, when the system does not trust it

    // The vendor's two lines, then the details, one per line.
    [[nodiscard]] QStringList lines() const;
};

class ConnectivityTest final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectivityTest(QObject *parent = nullptr);
    ~ConnectivityTest() override;

    void start(const ConnectivityOptions &options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const ConnectivityResult &result() const { return m_result; }

signals:
    void stepFinished(const QString &line);
    void finished();

private:
    ConnectivityStepResult &step(ConnectivityStep s) { return m_result.steps[int(s)]; }
    void pass(ConnectivityStep s, const QString &detail);
    void failStep(ConnectivityStep s, const QString &detail);
    void connectSocket();
    void onSocketError(int error);
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onReadyRead();
    void checkSystemTrust();
    void armTimer(ConnectivityStep s);
    void finish();

    ConnectivityOptions m_options;
    ConnectivityResult m_result;
    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    int m_lookupId = -1;
    bool m_running = false;
    bool m_useProxy = false;
    bool m_tunnelUp = false;
    ConnectivityStep m_current = ConnectivityStep::Dns;
    QString m_proxyHost;
    quint16 m_proxyPort = 0;
    QList<QSslError> m_sslErrors;
    QByteArray m_response;
};

} // namespace em
