#pragma once

// The org directory: servers, block lists, org settings, trust profiles, the
// accepted feed and its catalog, action statuses, events and the audit trail.
// A facade over one connection and the stores by subject (serverstore.h,
// orgstore.h, feedstore.h, statusstore.h, historystore.h, runrequeststore.h,
// sshknownhostsstore.h):
// it forwards to them and puts together what spans two of them (a server with
// what is applied on it). One OrgDirectory owns one database connection and is
// used from one thread; open another per thread.
//
// Every write is one transaction; settings changes are read-modify-write inside
// the dialect's write transaction (BEGIN IMMEDIATE on SQLite), so concurrent
// writers (two emctl processes, the console and the service) serialise instead
// of losing updates.

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QString>

#include "directory/historystore.h"
#include "directory/locator.h"
#include "directory/schema.h"
#include "directory/sqldialect.h"
#include "directory/statusstore.h"
#include "model/actor.h"
#include "model/mitigation.h"
#include "model/records.h"
#include "model/server.h"
#include "model/trustprofile.h"

namespace em {

class DirectoryConnection;
class ExchangeImportStore;
class FeedStore;
class OrgStore;
class RunRequestStore;
class ServerStore;
class SshKnownHostsStore;

class OrgDirectory
{
public:
    using Options = DirectoryOptions;

    static constexpr int schemaVersion = schema::currentVersion;

    // Opens (and creates or migrates) the directory. Refuses a file that is
    // not a database and one written by a newer schema, unchanged.
    static Result<std::unique_ptr<OrgDirectory>> open(const DirectoryLocator &locator, Options options);
    static Result<std::unique_ptr<OrgDirectory>> open(const QString &path, Options options);
    static Result<std::unique_ptr<OrgDirectory>> open(const QString &path) { return open(path, Options {}); }
    // $EM_DIRECTORY, else the per-user data directory's directory.db.
    static QString defaultPath();
    // 5000 ms, or $EM_BUSY_TIMEOUT_MS.
    static int defaultBusyTimeoutMs();

    ~OrgDirectory();
    OrgDirectory(const OrgDirectory &) = delete;
    OrgDirectory &operator=(const OrgDirectory &) = delete;

    [[nodiscard]] const DirectoryLocator &locator() const;
    // Whether opening created it (Options::createIfMissing, and there was none).
    [[nodiscard]] bool created() const;
    // The locator as text: the file path of an SQLite directory.
    [[nodiscard]] QString path() const { return locator().toString(); }

    // The stores, for what the facade does not forward.
    [[nodiscard]] DirectoryConnection &connection() { return *m_connection; }
    [[nodiscard]] ServerStore &serverStore() { return *m_servers; }
    [[nodiscard]] OrgStore &orgStore() { return *m_org; }
    [[nodiscard]] FeedStore &feedStore() { return *m_feed; }
    [[nodiscard]] StatusStore &statusStore() { return *m_statuses; }
    [[nodiscard]] HistoryStore &historyStore() { return *m_history; }
    [[nodiscard]] RunRequestStore &runRequestStore() { return *m_runRequests; }
    [[nodiscard]] ExchangeImportStore &exchangeImportStore() { return *m_exchangeImports; }
    [[nodiscard]] SshKnownHostsStore &sshKnownHostsStore() { return *m_sshKnownHosts; }

    // Runs `body` in one write transaction: the writes it makes through the
    // stores commit together or not at all.
    Result<void> write(const std::function<Result<void>()> &body);

    // Organization
    Result<OrgConfig> org();
    // Read-modify-write; audits each changed setting under `action`.
    Result<OrgConfig> updateOrg(const std::function<Result<void>(OrgConfig &)> &change, const Actor &actor,
        const QString &action = QStringLiteral("set-org"));

    // Servers, with MitigationsApplied
    Result<QList<Server>> servers();
    Result<QList<ServerSummary>> serverSummaries();
    Result<ServerSummary> serverSummary(const QString &name);
    Result<Server> server(const QString &name);
    Result<Server> addServer(const Server &server, const Actor &actor);
    Result<void> removeServer(const QString &name, const Actor &actor);
    // Read-modify-write of one server; audits each changed setting. `action`
    // names the admin verb in the audit ("set-server", "block", "unblock").
    Result<Server> updateServer(const QString &name, const QString &action,
        const std::function<Result<void>(Server &)> &change, const Actor &actor);

    // Trust profiles ("vendor" is built in and always present)
    Result<QList<TrustProfile>> trustProfiles();
    Result<TrustProfile> trustProfile(const QString &name);
    Result<void> addTrustProfile(const TrustProfile &profile, const Actor &actor);

    // The accepted feed and its catalog
    Result<std::optional<FeedState>> acceptedFeed();
    Result<Catalog> catalog();
    // Replaces the accepted feed and catalog in one transaction. Refuses a
    // feed signed before the accepted one (anti-rollback).
    Result<void> acceptFeed(const FeedState &feed, const Catalog &catalog);
    Result<std::optional<FeedAttempt>> lastFeedAttempt();
    Result<void> recordFeedAttempt(const FeedAttempt &attempt);

    // Action statuses
    Result<QList<ActionStatusRecord>> actionStatuses(const QString &server = {});
    Result<void> recordCycle(const CycleRecord &record);
    // The Get-Mitigations rows of one server (or all), streamed in server and
    // action order; `row` returns false to stop early.
    Result<void> mitigationRows(const QString &server, const std::function<bool(const MitigationRow &)> &row);
    // One status change outside a cycle (rollback, reapply).
    Result<void> setActionStatus(const ActionStatusRecord &record);
    // Several status changes of one server, in one transaction.
    Result<void> setActionStatuses(const QString &server, const QList<ActionStatusRecord> &records);

    // The run-request flag: the console asks a service to run now.
    Result<void> requestRun(const Actor &actor);
    Result<std::optional<QDateTime>> takeRunRequest(); // reads and clears

    // Events and audit
    Result<void> addEvent(const Event &event);
    Result<QList<Event>> events(const EventFilter &filter = {});
    Result<void> addAudit(const AuditEntry &entry);
    Result<QList<AuditEntry>> audit(const AuditFilter &filter = {});

private:
    explicit OrgDirectory(std::unique_ptr<DirectoryConnection> connection);

    // Adds what is applied on the server (the status store's) to its settings.
    Result<Server> withApplied(Result<Server> server);

    std::unique_ptr<DirectoryConnection> m_connection;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<ServerStore> m_servers;
    std::unique_ptr<OrgStore> m_org;
    std::unique_ptr<FeedStore> m_feed;
    std::unique_ptr<StatusStore> m_statuses;
    std::unique_ptr<RunRequestStore> m_runRequests;
    std::unique_ptr<ExchangeImportStore> m_exchangeImports;
    std::unique_ptr<SshKnownHostsStore> m_sshKnownHosts;
};

} // namespace em
