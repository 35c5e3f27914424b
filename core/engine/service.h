#pragma once

// The EM service loop (`emctl service`): the first check after the start
// delay, then one every interval, each with a little random jitter so many
// services do not hit the feed at once. A check fetches and verifies the feed
// (the previous one stays in effect when that fails), runs the cycle for every
// server on a worker thread with its own directory connection, and sends the
// diagnostic summaries that servers opted into. A run request written to the
// directory (the console's "Run now") starts a check within the poll interval.
// stop() lets the server in progress finish, then emits stopped().

#include <atomic>
#include <chrono>
#include <memory>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include "engine/cycle.h"

class QTimer;

namespace em {

class FeedUpdateJob;
class FeedFetcher;
struct Catalog;

struct ServiceOptions {
    QString directoryPath;
    bool once = false; // one check now, then stop
    HostOptions hostOptions;
    std::chrono::milliseconds runRequestPoll {30000};
    // This node's name in the servers' leases (see CycleOptions::node),
    // how long a lease lasts, and the servers it may serve.
    QString node;
    int leaseSeconds = 600;
    QStringList onlyServers;
    QString site;
};

// Jitter added to a scheduled check: up to a tenth of the interval, at most five minutes.
std::chrono::milliseconds serviceJitterBound(std::chrono::seconds interval);

class MitigationService final : public QObject
{
    Q_OBJECT

public:
    explicit MitigationService(ServiceOptions options, QObject *parent = nullptr);
    ~MitigationService() override;

    // Opens the directory and schedules the first check. Fails when the
    // directory cannot be opened.
    Result<void> start();
    // Stops timers and any fetch; a running cycle finishes the server in
    // progress. stopped() follows (at once when idle).
    void stop();

    [[nodiscard]] int checksCompleted() const { return m_checks; }
    // Whether a check could not record all it did: the cycle failed, the
    // directory could not record a server's cycle, or the run log could not
    // be written (`emctl service --once` exits 1).
    [[nodiscard]] bool recordingFailed() const { return m_recordingFailed; }

signals:
    void message(const QString &line); // what happened, for the log / journal
    void stopped();

private:
    void schedule(std::chrono::milliseconds delay, const QString &why);
    void check(const QString &reason);
    void onFeedUpdated();
    void onCycleFinished();
    void sendDiagnostics();
    void sendNextDiagnostic();
    void finishCheck();
    void pollRunRequest();
    void log(const QString &text);

    ServiceOptions m_options;
    std::unique_ptr<OrgDirectory> m_directory;
    QTimer *m_checkTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    QPointer<FeedUpdateJob> m_feedJob;
    std::shared_ptr<const Catalog> m_catalogBefore; // notifications: the catalog before the feed check
    QFutureWatcher<Result<CycleReport>> *m_cycleWatcher = nullptr;
    FeedFetcher *m_diagnosticsFetcher = nullptr;
    QList<std::pair<QString, QByteArray>> m_diagnosticsQueue; // server, payload
    QString m_diagnosticsServer;
    std::atomic<bool> m_cancel {false};
    bool m_busy = false;
    bool m_stopping = false;
    bool m_recordingFailed = false;
    int m_checks = 0;
};

} // namespace em
