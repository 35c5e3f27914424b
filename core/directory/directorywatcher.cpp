#include "directorywatcher.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QVariant>

#include "directory/connection.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

// How long the destructor waits for the watching thread (an attempt to
// connect to a server that does not answer ends at libpq's connect_timeout).
constexpr int stopWaitMs = 3000;
} // namespace

// Lives in the watcher's thread: opens its own connection there, listens or
// polls, and connects again after a loss.
class DirectoryWatcherWorker final : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryWatcherWorker(DirectoryLocator locator)
        : m_locator(std::move(locator)), m_poll(new QTimer(this)), m_retry(new QTimer(this))
    {
        m_poll->setInterval(DirectoryWatcher::pollMs);
        connect(m_poll, &QTimer::timeout, this, &DirectoryWatcherWorker::poll);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &DirectoryWatcherWorker::connectNow);
    }

    // Opens the connection (called in the watcher's thread).
    void connectNow()
    {
        DirectoryOptions options;
        options.createIfMissing = false; // watching never makes a directory
        auto opened = DirectoryConnection::open(m_locator, options);
        if (!opened)
            return retryLater(opened.error().message);
        m_connection = std::move(*opened);
        m_listening = !m_connection->dialect().notifyStatement().isEmpty();
        if (m_listening) {
            QSqlDriver *driver = m_connection->database().driver();
            connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name == directoryChannel())
                        emit changed({payload.toString()});
                });
            if (!driver->subscribeToNotification(directoryChannel())) {
                const Error failed = m_connection->error(
                    Text::tr("listening for changes (LISTEN %1)").arg(directoryChannel()), driver->lastError());
                m_connection.reset();
                return retryLater(failed.message);
            }
        } else {
            auto version = dataVersion();
            if (!version) {
                m_connection.reset();
                return retryLater(version.error().message);
            }
            m_dataVersion = *version;
        }
        // Changes made while nobody listened are not announced again.
        const bool missedChanges = m_everConnected || m_failures > 0;
        m_everConnected = true;
        m_failures = 0;
        m_poll->start();
        emit watching();
        if (missedChanges)
            emit changed({QStringLiteral("*")});
    }

signals:
    void watching();
    void changed(const QStringList &subjects);
    void unavailable(const QString &message, int retryInMs);

private:
    Result<qint64> dataVersion()
    {
        QSqlQuery q = m_connection->query();
        if (auto r = m_connection->exec(q, QStringLiteral("PRAGMA data_version"), Text::tr("reading the data version"));
            !r)
            return fail(r.error());
        if (!q.next())
            return fail(m_connection->error(Text::tr("reading the data version"), q.lastError()));
        return q.value(0).toLongLong();
    }

    void poll()
    {
        if (!m_connection)
            return;
        if (m_listening) {
            // The driver reads the server's goodbye (or the closed socket)
            // through its socket notifier and marks the connection bad.
            if (m_connection->database().isOpen())
                return;
            return lost();
        }
        auto version = dataVersion();
        if (!version)
            return lost();
        if (*version != m_dataVersion) {
            m_dataVersion = *version;
            emit changed({});
        }
    }

    // The connection broke: try again at once (the failure says why), then
    // at growing intervals.
    void lost()
    {
        m_poll->stop();
        m_connection.reset();
        connectNow();
    }

    void retryLater(const QString &message)
    {
        const QList<int> delays = DirectoryWatcher::retryDelaysMs();
        const int delay = delays.at(qMin(m_failures, int(delays.size()) - 1));
        ++m_failures;
        emit unavailable(message, delay);
        m_retry->start(delay);
    }

    DirectoryLocator m_locator;
    std::unique_ptr<DirectoryConnection> m_connection;
    QTimer *m_poll;
    QTimer *m_retry;
    bool m_listening = false;
    bool m_everConnected = false;
    int m_failures = 0;
    qint64 m_dataVersion = -1;
};

QList<int> DirectoryWatcher::retryDelaysMs()
{
    return {2000, 3000, 5000};
}

DirectoryWatcher::DirectoryWatcher(DirectoryLocator locator, QObject *parent)
    : QObject(parent), m_locator(std::move(locator)), m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("directoryWatcherThread"));
    auto *worker = new DirectoryWatcherWorker(m_locator);
    worker->moveToThread(m_thread);
    // Its connection is closed in the thread that opened it.
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DirectoryWatcherWorker::watching, this, [this] {
        m_connected = true;
        emit watching();
    });
    connect(worker, &DirectoryWatcherWorker::changed, this, &DirectoryWatcher::changed);
    connect(worker, &DirectoryWatcherWorker::unavailable, this, [this](const QString &message, int retryInMs) {
        m_connected = false;
        emit unavailable(message, retryInMs);
    });
    connect(m_thread, &QThread::started, worker, &DirectoryWatcherWorker::connectNow);
    // Used when the destructor does not wait for the end (deleting the thread
    // first drops this pending deletion).
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

DirectoryWatcher::~DirectoryWatcher()
{
    m_thread->quit();
    // Still connecting to a server that does not answer: it deletes itself
    // when that attempt ends.
    if (m_thread->wait(stopWaitMs))
        delete m_thread;
}

} // namespace em

#include "directorywatcher.moc"
