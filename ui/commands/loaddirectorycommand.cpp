#include "loaddirectorycommand.h"

#include <QSet>

#include "commands/worker.h"

namespace em::ui {

namespace {
// Runs in a worker thread, on its own directory connection.
void load(WorkerContext<LoadChunk> &worker, const QString &path, LoadDirectoryCommand::Parts parts)
{
    const auto failure = [&worker](const QString &message) {
        LoadChunk chunk;
        chunk.kind = LoadChunk::Failure;
        chunk.error = message;
        worker.post(std::move(chunk));
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
        worker.post(std::move(chunk));
    }
    if (worker.isCancelled())
        return;

    if (parts & LoadDirectoryCommand::Servers) {
        auto summaries = directory.serverSummaries();
        if (!summaries)
            return failure(summaries.error().message);
        const int total = int(summaries->size());
        for (int first = 0; first < total; first += LoadDirectoryCommand::batchSize) {
            if (worker.isCancelled())
                return;
            LoadChunk chunk;
            chunk.kind = LoadChunk::Servers;
            chunk.serverTotal = total;
            const int last = qMin(total, first + LoadDirectoryCommand::batchSize);
            chunk.servers.reserve(last - first);
            for (int i = first; i < last; ++i)
                chunk.servers.append(makeServerRow(summaries->at(i)));
            worker.post(std::move(chunk));
        }
        if (total == 0) {
            LoadChunk chunk;
            chunk.kind = LoadChunk::Servers;
            worker.post(std::move(chunk));
        }
    }
    if (worker.isCancelled())
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
        worker.post(std::move(chunk));
    }
}
} // namespace

LoadDirectoryCommand::LoadDirectoryCommand(const QString &path, Parts parts, QObject *parent)
    : Command(parent), m_path(path), m_parts(parts)
{ }

LoadDirectoryCommand::~LoadDirectoryCommand() = default; // the worker stops at its next batch

QString LoadDirectoryCommand::title() const
{
    return tr("Reading the org directory");
}

void LoadDirectoryCommand::doStart()
{
    runInWorker<LoadChunk>(
        this, cancelFlag(),
        [path = m_path, parts = m_parts](WorkerContext<LoadChunk> &worker) { load(worker, path, parts); },
        [this](const LoadChunk &chunk) { deliver(chunk); }, [this] { done(); });
    emit progress(0, 0, title());
}

void LoadDirectoryCommand::showResult(const CommandResult &result)
{
    if (result.outcome == CommandResult::Failed)
        error(tr("The org directory could not be read"), result.message);
}

void LoadDirectoryCommand::deliver(const LoadChunk &chunk)
{
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

void LoadDirectoryCommand::done()
{
    if (!m_error.isEmpty())
        finish(CommandResult::failure(m_error));
    else if (isCancelRequested())
        finish(CommandResult::cancelled(tr("Reading the org directory was cancelled.")));
    else
        finish(CommandResult::success(tr("Org directory read.")));
}

} // namespace em::ui
