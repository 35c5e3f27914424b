#include "orgdirectory.h"

#include "connection.h"
#include "exchangeimportstore.h"
#include "feedstore.h"
#include "orgstore.h"
#include "runrequeststore.h"
#include "serverstore.h"
#include "sshknownhostsstore.h"

namespace em {

OrgDirectory::OrgDirectory(std::unique_ptr<DirectoryConnection> connection)
    : m_connection(std::move(connection)), m_history(std::make_unique<HistoryStore>(*m_connection)),
      m_servers(std::make_unique<ServerStore>(*m_connection, *m_history)),
      m_org(std::make_unique<OrgStore>(*m_connection, *m_history)), m_feed(std::make_unique<FeedStore>(*m_connection)),
      m_statuses(std::make_unique<StatusStore>(*m_connection, *m_servers, *m_history)),
      m_runRequests(std::make_unique<RunRequestStore>(*m_connection, *m_history)),
      m_exchangeImports(std::make_unique<ExchangeImportStore>(*m_connection)),
      m_sshKnownHosts(std::make_unique<SshKnownHostsStore>(*m_connection, *m_history))
{ }

OrgDirectory::~OrgDirectory() = default;

Result<std::unique_ptr<OrgDirectory>> OrgDirectory::open(const DirectoryLocator &locator, Options options)
{
    auto connection = DirectoryConnection::open(locator, options);
    if (!connection)
        return fail(connection.error());
    return std::unique_ptr<OrgDirectory>(new OrgDirectory(std::move(*connection)));
}

Result<std::unique_ptr<OrgDirectory>> OrgDirectory::open(const QString &path, Options options)
{
    auto locator = DirectoryLocator::parse(path);
    if (!locator)
        return fail(locator.error());
    return open(*locator, options);
}

QString OrgDirectory::defaultPath()
{
    return DirectoryLocator::defaultText();
}

int OrgDirectory::defaultBusyTimeoutMs()
{
    return em::defaultBusyTimeoutMs();
}

const DirectoryLocator &OrgDirectory::locator() const
{
    return m_connection->locator();
}

bool OrgDirectory::created() const
{
    return m_connection->created();
}

Result<void> OrgDirectory::write(const std::function<Result<void>()> &body)
{
    return m_connection->write(body);
}

// ---- Organization ----

Result<OrgConfig> OrgDirectory::org()
{
    return m_org->org();
}

Result<OrgConfig> OrgDirectory::updateOrg(
    const std::function<Result<void>(OrgConfig &)> &change, const Actor &actor, const QString &action)
{
    return m_org->updateOrg(change, actor, action);
}

// ---- Servers ----

Result<ServerSummary> OrgDirectory::serverSummary(const QString &name)
{
    auto server = m_servers->server(name);
    if (!server)
        return fail(server.error());
    auto tally = m_statuses->tally(server->id);
    if (!tally)
        return fail(tally.error());
    ServerSummary summary {*server, tally->counts};
    summary.server.mitigationsApplied = tally->applied;
    return summary;
}

Result<Server> OrgDirectory::withApplied(Result<Server> server)
{
    if (!server)
        return server;
    auto tally = m_statuses->tally(server->id);
    if (!tally)
        return fail(tally.error());
    server->mitigationsApplied = tally->applied;
    return server;
}

Result<QList<Server>> OrgDirectory::servers()
{
    auto summaries = serverSummaries();
    if (!summaries)
        return fail(summaries.error());
    QList<Server> list;
    list.reserve(summaries->size());
    for (const ServerSummary &s : *summaries)
        list.append(s.server);
    return list;
}

Result<QList<ServerSummary>> OrgDirectory::serverSummaries()
{
    auto servers = m_servers->servers();
    if (!servers)
        return fail(servers.error());
    auto tallies = m_statuses->tallies();
    if (!tallies)
        return fail(tallies.error());
    QList<ServerSummary> list;
    list.reserve(servers->size());
    for (const Server &server : std::as_const(*servers)) {
        ServerSummary summary;
        summary.server = server;
        const ServerStatusTally tally = tallies->value(server.id);
        summary.server.mitigationsApplied = tally.applied;
        summary.counts = tally.counts;
        list.append(summary);
    }
    return list;
}

Result<Server> OrgDirectory::server(const QString &name)
{
    return withApplied(m_servers->server(name));
}

Result<Server> OrgDirectory::addServer(const Server &server, const Actor &actor)
{
    return m_servers->addServer(server, actor);
}

Result<void> OrgDirectory::removeServer(const QString &name, const Actor &actor)
{
    return m_servers->removeServer(name, actor);
}

Result<Server> OrgDirectory::updateServer(
    const QString &name, const QString &action, const std::function<Result<void>(Server &)> &change, const Actor &actor)
{
    return withApplied(m_servers->updateServer(name, action, change, actor));
}

// ---- Trust profiles ----

Result<QList<TrustProfile>> OrgDirectory::trustProfiles()
{
    return m_org->trustProfiles();
}

Result<TrustProfile> OrgDirectory::trustProfile(const QString &name)
{
    return m_org->trustProfile(name);
}

Result<void> OrgDirectory::addTrustProfile(const TrustProfile &profile, const Actor &actor)
{
    return m_org->addTrustProfile(profile, actor);
}

// ---- Feed and catalog ----

Result<std::optional<FeedState>> OrgDirectory::acceptedFeed()
{
    return m_feed->acceptedFeed();
}

Result<Catalog> OrgDirectory::catalog()
{
    return m_feed->catalog();
}

Result<void> OrgDirectory::acceptFeed(const FeedState &feed, const Catalog &catalog)
{
    return m_feed->acceptFeed(feed, catalog);
}

Result<std::optional<FeedAttempt>> OrgDirectory::lastFeedAttempt()
{
    return m_feed->lastFeedAttempt();
}

Result<void> OrgDirectory::recordFeedAttempt(const FeedAttempt &attempt)
{
    return m_feed->recordFeedAttempt(attempt);
}

// ---- Action statuses ----

Result<QList<ActionStatusRecord>> OrgDirectory::actionStatuses(const QString &server)
{
    return m_statuses->actionStatuses(server);
}

Result<void> OrgDirectory::recordCycle(const CycleRecord &record)
{
    return m_statuses->recordCycle(record);
}

Result<void> OrgDirectory::mitigationRows(const QString &server, const std::function<bool(const MitigationRow &)> &row)
{
    return m_statuses->mitigationRows(server, row);
}

Result<void> OrgDirectory::setActionStatus(const ActionStatusRecord &record)
{
    return m_statuses->setActionStatuses(record.server, {record});
}

Result<void> OrgDirectory::setActionStatuses(const QString &server, const QList<ActionStatusRecord> &records)
{
    return m_statuses->setActionStatuses(server, records);
}

// ---- Run requests ----

Result<void> OrgDirectory::requestRun(const Actor &actor)
{
    return m_runRequests->requestRun(actor);
}

Result<std::optional<QDateTime>> OrgDirectory::takeRunRequest()
{
    return m_runRequests->takeRunRequest();
}

// ---- Events and audit ----

Result<void> OrgDirectory::addEvent(const Event &event)
{
    return m_history->addEvent(event);
}

Result<QList<Event>> OrgDirectory::events(const EventFilter &filter)
{
    return m_history->events(filter);
}

Result<void> OrgDirectory::addAudit(const AuditEntry &entry)
{
    return m_history->addAudit(entry);
}

Result<QList<AuditEntry>> OrgDirectory::audit(const AuditFilter &filter)
{
    return m_history->audit(filter);
}

} // namespace em
