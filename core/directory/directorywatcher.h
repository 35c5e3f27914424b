#pragma once

// Tells an open console that someone else changed the org directory: another
// admin's emctl, a service node, another console. Whatever the engine:
// - PostgreSQL: every write transaction ends with a NOTIFY on
//   directoryChannel() (DirectoryConnection::write); the watcher LISTENs on
//   its own connection, in its own thread with an event loop (the driver hears
//   the server through a socket notifier of the thread that opened it).
// - SQLite: no notifications; the watcher reads PRAGMA data_version of its own
//   connection every pollMs (it moves when another connection commits).
// The watcher also notices that the database server went away, says why, and
// connects again by itself (every 2, 3, then 5 s), never in the caller's thread.

#include <memory>

#include <QObject>
#include <QStringList>

#include "directory/locator.h"

class QThread;

namespace em {

class DirectoryWatcherWorker;

class DirectoryWatcher final : public QObject
{
    Q_OBJECT

public:
    // How often SQLite's data_version is read and PostgreSQL's connection
    // checked: well under the one second a change takes to show.
    static constexpr int pollMs = 250;
    // Delays between reconnection attempts; the last one repeats.
    static QList<int> retryDelaysMs();

    explicit DirectoryWatcher(DirectoryLocator locator, QObject *parent = nullptr);
    // Stops the watching thread (waits at most a few seconds for an attempt
    // to connect that the server does not answer; it then ends by itself).
    ~DirectoryWatcher() override;

    [[nodiscard]] const DirectoryLocator &locator() const { return m_locator; }
    // Whether the watcher holds a working connection (set when `watching`
    // or `unavailable` arrives).
    [[nodiscard]] bool isConnected() const { return m_connected; }

signals:
    // The watcher's connection is open and changes are being listened for
    // (again, after `unavailable`).
    void watching();
    // Someone committed a change. `subjects` names what ("server:EX01", "org",
    // "feed", "events", "audit"...); "*" or an empty list: anything may have
    // changed (SQLite never says what, nor does a reconnection).
    void changed(const QStringList &subjects);
    // The directory cannot be reached; `message` names the database server
    // and the cause. Repeated at each failed attempt; `retryInMs` until the next.
    void unavailable(const QString &message, int retryInMs);

private:
    DirectoryLocator m_locator;
    QThread *m_thread = nullptr;
    bool m_connected = false;
};

} // namespace em
