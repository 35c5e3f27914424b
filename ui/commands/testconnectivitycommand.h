#pragma once

// The connectivity test (report/connectivity.h) for servers: can this
// computer reach the Mitigation Service endpoint through each server's
// InternetWebProxy? Servers that share a proxy share one test; a few tests
// run at once. Asynchronous on the UI thread (QHostInfo, QSslSocket): it
// neither blocks nor touches the directory. Cancelling stops the tests in
// progress (reported as failed: cancelled) and skips the rest. With a parent
// widget it shows its answers in a ConnectivityDialog as they come.

#include <QHash>
#include <QList>
#include <QStringList>
#include <QUrl>

#include "commands/command.h"
#include "report/connectivity.h"

namespace em::ui {

struct ConnectivityTarget {
    QString server;
    QString proxy; // empty: direct
    QStringList proxyBypass;
};

class TestConnectivityCommand final : public Command
{
    Q_OBJECT

public:
    static constexpr int maxParallel = 4;

    TestConnectivityCommand(const QUrl &endpoint, const QList<ConnectivityTarget> &targets, QObject *parent = nullptr);
    ~TestConnectivityCommand() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QUrl endpoint() const { return m_endpoint; }
    [[nodiscard]] const QList<ConnectivityTarget> &targets() const { return m_targets; }
    [[nodiscard]] int succeeded() const { return m_succeeded; }
    [[nodiscard]] int failed() const { return m_failed; }
    // Step timeout of each test (tests shorten it).
    void setStepTimeout(std::chrono::milliseconds timeout) { m_stepTimeout = timeout; }

signals:
    void serverTested(const QString &server, const em::ConnectivityResult &result);

protected:
    void doStart() override;
    void doCancel() override;

private:
    struct Group {
        QString proxy;
        QStringList proxyBypass;
        QStringList servers;
    };
    void startNext();
    void onFinished(ConnectivityTest *test, int group);

    QUrl m_endpoint;
    QList<ConnectivityTarget> m_targets;
    QList<Group> m_groups;
    QList<ConnectivityTest *> m_running;
    std::chrono::milliseconds m_stepTimeout {15000};
    int m_next = 0;
    int m_done = 0; // servers
    int m_succeeded = 0;
    int m_failed = 0;
};

} // namespace em::ui

Q_DECLARE_METATYPE(em::ConnectivityResult)
