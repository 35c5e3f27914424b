#include "service.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

#include "directory/orgdirectory.h"
#include "engine/aftercycle.h"
#include "engine/diagnostics.h"
#include "engine/feedupdate.h"
#include "feed/feedfetcher.h"
#include "feed/threadcrypto.h"
#include "model/clock.h"
#include "model/recordtext.h"
#include "model/text.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(MitigationService)
};

// The proxy the service fetches through: the first Mailbox server's
// InternetWebProxy (one service fetches once for the servers it manages).
std::pair<QString, QStringList> serviceProxy(OrgDirectory &dir)
{
    auto servers = dir.servers();
    if (servers) {
        for (const Server &s : *servers) {
            if (!s.isEdge() && !s.internetWebProxy.isEmpty())
                return {s.internetWebProxy, s.internetWebProxyBypassList};
        }
    }
    return {};
}

std::chrono::milliseconds randomJitter(std::chrono::seconds interval)
{
    const qint64 bound = serviceJitterBound(interval).count();
    return std::chrono::milliseconds(bound > 0 ? QRandomGenerator::global()->bounded(qint64(0), bound) : 0);
}

QString delayText(std::chrono::milliseconds delay)
{
    return durationText(std::chrono::duration_cast<std::chrono::seconds>(delay + std::chrono::milliseconds(500)));
}
} // namespace

std::chrono::milliseconds serviceJitterBound(std::chrono::seconds interval)
{
    const std::chrono::milliseconds tenth = std::chrono::duration_cast<std::chrono::milliseconds>(interval) / 10;
    return std::min<std::chrono::milliseconds>(tenth, std::chrono::minutes(5));
}

MitigationService::MitigationService(ServiceOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_checkTimer(new QTimer(this)), m_pollTimer(new QTimer(this))
{
    m_checkTimer->setSingleShot(true);
    connect(m_checkTimer, &QTimer::timeout, this, [this] { check(Text::tr("scheduled check")); });
    connect(m_pollTimer, &QTimer::timeout, this, &MitigationService::pollRunRequest);
}

MitigationService::~MitigationService()
{
    m_cancel = true;
    if (m_cycleWatcher)
        m_cycleWatcher->waitForFinished(); // never leave a worker using a destroyed flag
}

void MitigationService::log(const QString &text)
{
    emit message(QStringLiteral("%1 %2").arg(isoTime(Clock::now()), text));
}

Result<void> MitigationService::start()
{
    auto dir = OrgDirectory::open(m_options.directoryPath);
    if (!dir)
        return fail(dir.error());
    m_directory = std::move(*dir);
    auto org = m_directory->org();
    if (!org)
        return fail(org.error());
    log(Text::tr("EM service started on %1 (check interval %2, first check delay %3)")
            .arg(m_directory->path(), durationText(org->checkInterval), durationText(org->firstCheckDelay)));
    if (m_options.once) {
        QMetaObject::invokeMethod(
            this, [this] { check(Text::tr("one check (--once)")); }, Qt::QueuedConnection);
        return {};
    }
    schedule(
        std::chrono::duration_cast<std::chrono::milliseconds>(org->firstCheckDelay) + randomJitter(org->checkInterval),
        Text::tr("first check"));
    m_pollTimer->start(int(m_options.runRequestPoll.count()));
    return {};
}

void MitigationService::schedule(std::chrono::milliseconds delay, const QString &why)
{
    log(Text::tr("%1 in %2").arg(why, delayText(delay)));
    m_checkTimer->start(int(std::min<qint64>(delay.count(), std::numeric_limits<int>::max())));
}

void MitigationService::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_checkTimer->stop();
    m_pollTimer->stop();
    m_cancel = true;
    if (m_feedJob)
        m_feedJob->cancel();
    if (m_diagnosticsFetcher)
        m_diagnosticsFetcher->cancel();
    if (!m_busy) {
        log(Text::tr("EM service stopped"));
        QMetaObject::invokeMethod(this, &MitigationService::stopped, Qt::QueuedConnection);
    } else {
        log(Text::tr("stopping: the server in progress finishes first"));
    }
}

void MitigationService::pollRunRequest()
{
    if (m_busy || m_stopping)
        return;
    auto requested = m_directory->takeRunRequest();
    if (!requested) {
        log(Text::tr("cannot read the run request: %1").arg(requested.error().message));
        return;
    }
    if (*requested) {
        m_checkTimer->stop();
        check(Text::tr("run requested at %1").arg(isoTime(**requested)));
    }
}

void MitigationService::check(const QString &reason)
{
    if (m_busy || m_stopping)
        return;
    m_busy = true;
    log(Text::tr("check started (%1)").arg(reason));
    // Notifications compare the feed's mitigations before and after the check.
    auto before = m_directory->catalog();
    m_catalogBefore = std::make_shared<const Catalog>(before ? *before : Catalog {});
    auto *job = new FeedUpdateJob(*m_directory, Actor {}, this);
    m_feedJob = job;
    connect(job, &FeedUpdateJob::progress, this, [this](const QString &step) { log(step); });
    connect(job, &FeedUpdateJob::finished, this, &MitigationService::onFeedUpdated);
    FeedUpdateRequest request;
    std::tie(request.proxy, request.proxyBypass) = serviceProxy(*m_directory);
    job->start(request);
}

void MitigationService::onFeedUpdated()
{
    FeedUpdateJob *job = m_feedJob;
    NotifyFeed notifyFeed; // what the digest says of the feed check
    if (job) {
        const auto &result = job->result();
        if (result)
            log(result->changed ? Text::tr("feed accepted: signed by %1 at %2")
                                      .arg(result->state.signer, isoTime(result->state.signingTime))
                                : Text::tr("feed unchanged"));
        else
            log(Text::tr("feed not updated, the previous one stays in effect: %1").arg(result.error().message));
        auto org = m_directory->org();
        auto after = m_directory->catalog();
        notifyFeed = feedCheckOutcome(result, org ? org->feedUrl.toString() : QString(),
            m_catalogBefore ? *m_catalogBefore : Catalog {}, after ? *after : Catalog {});
        job->deleteLater();
    }
    if (m_stopping) {
        finishCheck();
        return;
    }
    // The cycle edits configuration files and the directory: a worker thread
    // with its own connection keeps the loop free to poll and to stop.
    if (!m_cycleWatcher) {
        m_cycleWatcher = new QFutureWatcher<Result<CycleReport>>(this);
        connect(
            m_cycleWatcher, &QFutureWatcher<Result<CycleReport>>::finished, this, &MitigationService::onCycleFinished);
    }
    const QString path = m_directory->path();
    const ServiceOptions serviceOptions = m_options;
    std::atomic<bool> *cancel = &m_cancel;
    m_cycleWatcher->setFuture(
        QtConcurrent::run([this, path, serviceOptions, cancel, notifyFeed]() -> Result<CycleReport> {
            const ThreadCryptoRelease releaseCrypto; // a pool thread
            auto dir = OrgDirectory::open(path);
            if (!dir)
                return fail(dir.error());
            CycleOptions options;
            options.hostOptions = serviceOptions.hostOptions;
            options.cancel = cancel;
            options.node = serviceOptions.node;
            options.leaseSeconds = serviceOptions.leaseSeconds;
            options.onlyServers = serviceOptions.onlyServers;
            options.site = serviceOptions.site;
            auto report = runCycle(**dir, options);
            // Notifications (issue 16): after every server was processed, within the channels' timeouts.
            // A node serving part of the organization (--servers, --site) does not forget the others' conditions.
            if (report) {
                const bool complete
                    = !report->cancelled && serviceOptions.onlyServers.isEmpty() && serviceOptions.site.isEmpty();
                auto notified = notifyAfterCycle(**dir, *report, notifyFeed, complete, cancel);
                const QStringList lines = notified
                    ? notified->lines
                    : QStringList {Text::tr("notifications: %1").arg(notified.error().message)};
                if (!lines.isEmpty())
                    QMetaObject::invokeMethod(
                        this,
                        [this, lines] {
                            for (const QString &line : lines)
                                log(line);
                        },
                        Qt::QueuedConnection);
            }
            return report;
        }));
}

void MitigationService::onCycleFinished()
{
    const Result<CycleReport> report = m_cycleWatcher->result();
    if (!report) {
        m_recordingFailed = true;
        log(Text::tr("cycle failed: %1").arg(report.error().message));
        const RecordTextScope recordText;
        if (auto added = m_directory->addEvent({0, Clock::now(), EventError, EventLevel::Error, QString(),
                Text::tr("Mitigation cycle failed: %1").arg(report.error().message)});
            !added)
            log(Text::tr("the failure could not be recorded as an event: %1").arg(added.error().message));
    } else {
        for (const ServerOutcome &s : report->servers) {
            log(QStringLiteral("[%1] %2").arg(s.server, s.result));
            m_recordingFailed = m_recordingFailed || s.directoryFailed;
        }
        if (report->cancelled)
            log(Text::tr("cycle stopped before every server was processed"));
        if (!report->logFile.isEmpty())
            log(Text::tr("log: %1").arg(report->logFile));
        if (!report->logError.isEmpty()) {
            m_recordingFailed = true;
            log(report->logError);
        }
    }
    if (m_stopping) {
        finishCheck();
        return;
    }
    sendDiagnostics();
}

void MitigationService::sendDiagnostics()
{
    m_diagnosticsQueue.clear();
    auto org = m_directory->org();
    auto servers = m_directory->servers();
    if (org && servers) {
        for (const Server &s : *servers) {
            if (!sendsDiagnostics(*org, s))
                continue;
            if (auto payload = diagnosticPayloadFor(*m_directory, s.name))
                m_diagnosticsQueue.append({s.name, *payload});
        }
    }
    if (!m_diagnosticsFetcher) {
        m_diagnosticsFetcher = new FeedFetcher(this);
        connect(m_diagnosticsFetcher, &FeedFetcher::finished, this, [this] {
            const auto &result = m_diagnosticsFetcher->result();
            if (result) {
                log(Text::tr("diagnostic data of %1 sent").arg(m_diagnosticsServer));
            } else {
                const RecordTextScope recordText;
                const QString text = Text::tr("Diagnostic data of %1 could not be sent: %2")
                                         .arg(m_diagnosticsServer, result.error().message);
                log(text);
                m_directory->addEvent({0, Clock::now(), EventError, EventLevel::Warning, m_diagnosticsServer, text});
            }
            sendNextDiagnostic();
        });
    }
    sendNextDiagnostic();
}

void MitigationService::sendNextDiagnostic()
{
    if (m_diagnosticsQueue.isEmpty() || m_stopping) {
        finishCheck();
        return;
    }
    auto org = m_directory->org();
    if (!org) {
        finishCheck();
        return;
    }
    const auto [server, payload] = m_diagnosticsQueue.takeFirst();
    m_diagnosticsServer = server;
    FetchRequest request;
    request.url = org->diagnosticsUrl;
    request.postBody = payload;
    request.contentType = "application/json";
    request.allowedSchemes = {QStringLiteral("https")};
    std::tie(request.proxy, request.proxyBypass) = serviceProxy(*m_directory);
    m_diagnosticsFetcher->start(request);
}

void MitigationService::finishCheck()
{
    m_busy = false;
    ++m_checks;
    if (m_stopping) {
        log(Text::tr("EM service stopped"));
        emit stopped();
        return;
    }
    if (m_options.once) {
        m_stopping = true;
        emit stopped();
        return;
    }
    auto org = m_directory->org();
    const std::chrono::seconds interval = org ? org->checkInterval : std::chrono::seconds(3600);
    schedule(std::chrono::duration_cast<std::chrono::milliseconds>(interval) + randomJitter(interval),
        Text::tr("next check"));
}

} // namespace em
