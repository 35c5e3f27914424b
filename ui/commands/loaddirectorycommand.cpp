#include "loaddirectorycommand.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace em::ui {

namespace {
// Runs in a worker thread, on its own directory connection.
void load(QPromise<LoadChunk> &promise, const QString &path, LoadDirectoryCommand::Parts parts)
{
    const auto failure = [&promise](const QString &message) {
        LoadChunk chunk;
        chunk.kind = LoadChunk::Failure;
        chunk.error = message;
        promise.addResult(std::move(chunk));
    };
    auto opened = OrgDirectory::open(path);
    if (!opened)
        return failure(opened.error().message);
    OrgDirectory &directory = **opened;

    if (parts & LoadDirectoryCommand::Header) {
        LoadChunk chunk;
        chunk.kind = LoadChunk::Header;
        auto org = directory.org();
        if (!org)
            return failure(org.error().message);
        chunk.org = *org;
        auto feed = directory.acceptedFeed();
        if (!feed)
            return failure(feed.error().message);
        chunk.feed.feed = *feed;
        if (chunk.feed.feed) {
            // The status bar needs the signer and times, not the document.
            chunk.feed.feed->raw.clear();
            chunk.feed.feed->canonical.clear();
        }
        auto attempt = directory.lastFeedAttempt();
        if (!attempt)
            return failure(attempt.error().message);
        chunk.feed.attempt = *attempt;
        auto catalog = directory.catalog();
        if (!catalog)
            return failure(catalog.error().message);
        chunk.catalog = *catalog;
        promise.addResult(std::move(chunk));
    }
    if (promise.isCanceled())
        return;

    if (parts & LoadDirectoryCommand::Servers) {
        auto summaries = directory.serverSummaries();
        if (!summaries)
            return failure(summaries.error().message);
        const int total = int(summaries->size());
        promise.setProgressRange(0, total);
        for (int first = 0; first < total; first += LoadDirectoryCommand::batchSize) {
            if (promise.isCanceled())
                return;
            LoadChunk chunk;
            chunk.kind = LoadChunk::Servers;
            chunk.serverTotal = total;
            const int last = qMin(total, first + LoadDirectoryCommand::batchSize);
            chunk.servers.reserve(last - first);
            for (int i = first; i < last; ++i)
                chunk.servers.append(makeServerRow(summaries->at(i)));
            promise.addResult(std::move(chunk));
            promise.setProgressValue(last);
        }
        if (total == 0) {
            LoadChunk chunk;
            chunk.kind = LoadChunk::Servers;
            promise.addResult(std::move(chunk));
        }
    }
    if (promise.isCanceled())
        return;

    if (parts & LoadDirectoryCommand::History) {
        LoadChunk chunk;
        chunk.kind = LoadChunk::History;
        EventFilter events;
        events.limit = LoadDirectoryCommand::historyLimit;
        auto e = directory.events(events);
        if (!e)
            return failure(e.error().message);
        chunk.events = *e;
        AuditFilter audit;
        audit.limit = LoadDirectoryCommand::historyLimit;
        auto a = directory.audit(audit);
        if (!a)
            return failure(a.error().message);
        chunk.audit = *a;
        promise.addResult(std::move(chunk));
    }
}
} // namespace

LoadDirectoryCommand::LoadDirectoryCommand(const QString &path, Parts parts, QObject *parent)
    : Command(parent), m_path(path), m_parts(parts)
{ }

LoadDirectoryCommand::~LoadDirectoryCommand()
{
    if (m_watcher)
        m_watcher->future().cancel(); // the worker stops at its next batch
}

QString LoadDirectoryCommand::title() const
{
    return tr("Reading the org directory");
}

void LoadDirectoryCommand::doStart()
{
    m_watcher = new QFutureWatcher<LoadChunk>(this);
    connect(m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &LoadDirectoryCommand::deliver);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &LoadDirectoryCommand::done);
    m_watcher->setFuture(QtConcurrent::run(load, m_path, m_parts));
    emit progress(0, 0, title());
}

void LoadDirectoryCommand::doCancel()
{
    if (m_watcher)
        m_watcher->future().cancel();
}

void LoadDirectoryCommand::deliver(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const LoadChunk chunk = m_watcher->future().resultAt(i);
        switch (chunk.kind) {
        case LoadChunk::Header:
            emit headerLoaded(chunk.org, chunk.feed, chunk.catalog);
            break;
        case LoadChunk::Servers:
            for (const ServerRow &row : chunk.servers)
                m_seen.insert(row.name().toLower());
            m_loaded += int(chunk.servers.size());
            if (!chunk.servers.isEmpty())
                emit serversLoaded(chunk.servers);
            emit progress(
                m_loaded, chunk.serverTotal, tr("Reading servers: %1 of %2").arg(m_loaded).arg(chunk.serverTotal));
            if (m_loaded == chunk.serverTotal)
                emit serversComplete(m_seen);
            break;
        case LoadChunk::History:
            emit historyLoaded(chunk.events, chunk.audit);
            break;
        case LoadChunk::Failure:
            m_error = chunk.error;
            break;
        }
    }
}

void LoadDirectoryCommand::done()
{
    if (!m_error.isEmpty())
        finish(CommandResult::failure(m_error));
    else if (m_watcher->isCanceled() || isCancelRequested())
        finish(CommandResult::cancelled(tr("Reading the org directory was cancelled.")));
    else
        finish(CommandResult::success(tr("Org directory read.")));
}

} // namespace em::ui
