#include "fetchfeedcommand.h"

#include <QMutex>
#include <QThread>

#include "engine/feedupdate.h"
#include "model/recordtext.h"

namespace em::ui {

// The job's thread: its own directory connection and event loop. Everything it
// records is English, as all directory text (model/recordtext.h).
class FeedFetchThread final : public QThread
{
    Q_OBJECT

public:
    FeedFetchThread(const QString &path, const FeedUpdateRequest &request, QObject *parent)
        : QThread(parent), m_path(path), m_request(request)
    { }

    void cancel()
    {
        const QMutexLocker lock(&m_mutex);
        m_cancelled = true;
        if (m_job)
            QMetaObject::invokeMethod(m_job, &FeedUpdateJob::cancel, Qt::QueuedConnection);
    }

    [[nodiscard]] FeedUpdateReport report() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_report;
    }

signals:
    void serverChanged(const em::ui::ServerRow &row);
    void replanning(int done, int total);

protected:
    void run() override
    {
        const RecordTextScope recordText;
        auto opened = OrgDirectory::open(m_path);
        if (!opened)
            return store(detail::reportOf(nullptr, {}, m_request.url.toDisplayString(), opened.error().message));
        OrgDirectory &directory = **opened;
        auto org = directory.org();
        if (!org)
            return store(detail::reportOf(nullptr, {}, m_request.url.toDisplayString(), org.error().message));
        const QUrl url = m_request.url.isEmpty() ? org->feedUrl : m_request.url;
        const QString source = url.isLocalFile() ? url.toLocalFile() : url.toDisplayString();

        FeedUpdateJob job(directory, Actor::current());
        connect(&job, &FeedUpdateJob::finished, &job, [this] { quit(); });
        {
            const QMutexLocker lock(&m_mutex);
            m_job = &job;
            if (m_cancelled)
                return store(detail::reportOf(nullptr, {}, source, tr("cancelled")), false);
        }
        job.start(m_request);
        exec();
        {
            const QMutexLocker lock(&m_mutex);
            m_job = nullptr;
        }
        const Result<FeedUpdateOutcome> &result = job.result();
        FeedUpdateReport report = detail::reportOf(
            result ? &*result : nullptr, job.report(), source, result ? QString() : result.error().message);
        report.warnings << job.notes();
        if (result && result->changed) {
            detail::replanAll(
                directory, report,
                [this] {
                    const QMutexLocker lock(&m_mutex);
                    return m_cancelled;
                },
                [this](const ServerRow &row, int done, int total) {
                    emit serverChanged(row);
                    emit replanning(done, total);
                });
        }
        store(report);
    }

private:
    void store(const FeedUpdateReport &report, bool lock = true)
    {
        if (lock) {
            const QMutexLocker locker(&m_mutex);
            m_report = report;
        } else {
            m_report = report;
        }
    }

    QString m_path;
    FeedUpdateRequest m_request;
    mutable QMutex m_mutex;
    FeedUpdateJob *m_job = nullptr;
    bool m_cancelled = false;
    FeedUpdateReport m_report;
};

FetchFeedCommand::FetchFeedCommand(const QString &path, const QUrl &url, const QString &proxy,
    const QStringList &proxyBypass, const QString &through, QObject *parent)
    : Command(parent), m_path(path), m_url(url), m_proxy(proxy), m_proxyBypass(proxyBypass), m_through(through)
{ }

FetchFeedCommand::~FetchFeedCommand()
{
    if (m_thread && m_thread->isRunning()) {
        // A download stops at once; a verification in progress takes milliseconds.
        m_thread->cancel();
        m_thread->wait();
    }
}

QString FetchFeedCommand::title() const
{
    if (m_proxy.isEmpty())
        return tr("Fetching the feed");
    return m_through.isEmpty() ? tr("Fetching the feed through %1").arg(m_proxy)
                               : tr("Fetching the feed through the proxy of %1").arg(m_through);
}

void FetchFeedCommand::doStart()
{
    FeedUpdateRequest request;
    request.url = m_url;
    request.proxy = m_proxy;
    request.proxyBypass = m_proxyBypass;
    m_thread = new FeedFetchThread(m_path, request, this);
    connect(m_thread, &FeedFetchThread::serverChanged, this, &FetchFeedCommand::serverChanged);
    connect(m_thread, &FeedFetchThread::replanning, this, [this](int done, int total) {
        emit progress(done, total, tr("Updating the statuses of %1 of %2 servers").arg(done).arg(total));
    });
    connect(m_thread, &QThread::finished, this, &FetchFeedCommand::done);
    m_thread->start();
    emit progress(0, 0, title());
}

void FetchFeedCommand::doCancel()
{
    if (m_thread)
        m_thread->cancel();
}

void FetchFeedCommand::done()
{
    m_report = m_thread->report();
    if (m_report.accepted) {
        finish(CommandResult::success(feedUpdateText(m_report), !m_report.warnings.isEmpty()));
        return;
    }
    if (isCancelRequested() && !m_report.verification) {
        finish(CommandResult::cancelled(tr("Fetching the feed was cancelled; the feed in effect is unchanged.")));
    } else if (!m_report.verification) {
        QString reason = m_report.error;
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        finish(CommandResult::failure(
            tr("Cannot get the feed from %1: %2. The feed in effect is unchanged.").arg(m_report.source, reason)));
    } else {
        finish(CommandResult::failure(feedRefusalText(m_report)));
    }
}

} // namespace em::ui

#include "fetchfeedcommand.moc"
