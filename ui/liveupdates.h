#pragma once

// Keeps an open console current while others change the org directory: owns a
// DirectoryWatcher (PostgreSQL notifications or SQLite's data_version), turns
// what changed into the parts of the directory to read again, and waits for a
// read in progress to end before asking for the next one (changes arriving
// meanwhile are merged into it). Its status-bar label says when the database
// server cannot be reached, why, and when it will be tried again.

#include <functional>

#include <QObject>
#include <QPointer>
#include <QStringList>

class QLabel;
class QTimer;

namespace em {
class DirectoryWatcher;
}

namespace em::ui {

class LiveUpdates final : public QObject
{
    Q_OBJECT

public:
    // `reading` says whether a read of the directory is running.
    LiveUpdates(std::function<bool()> reading, QObject *parent = nullptr);
    ~LiveUpdates() override;

    // Watches the directory at PATH (a file or a postgresql:// URI); an empty
    // or unreadable one stops watching.
    void watch(const QString &path);
    // The status-bar label (empty and hidden while all is well).
    [[nodiscard]] QLabel *label() const { return m_label; }
    // Whether the watcher is connected and listening.
    [[nodiscard]] bool isWatching() const;

signals:
    // Read these parts again (LoadDirectoryCommand::Parts); `details`: the
    // selected server's actions too, or only when it is among `servers`.
    void refresh(int parts, const QStringList &servers, bool details);

private:
    void onChanged(const QStringList &subjects);
    void flush();
    void showUnavailable(const QString &message, int retryInMs);
    void showWatching();

    std::function<bool()> m_reading;
    QPointer<DirectoryWatcher> m_watcher;
    QLabel *m_label;
    QTimer *m_flush;
    QTimer *m_clearLabel;
    bool m_wasUnavailable = false;
    int m_parts = 0;
    QStringList m_servers;
    bool m_details = false;
};

} // namespace em::ui
