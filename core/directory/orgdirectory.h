#pragma once

// The org directory: servers, block lists, org settings, trust profiles, the
// accepted feed and its catalog, action statuses, events and the audit trail,
// in one SQLite file (WAL, busy timeout, foreign keys). One OrgDirectory owns
// one database connection and is used from one thread; open another per thread.
//
// Every write is one transaction; settings changes are read-modify-write inside
// BEGIN IMMEDIATE, so concurrent writers (two emctl processes, the console and
// the service) serialise instead of losing updates.

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QString>

#include "model/mitigation.h"
#include "model/records.h"
#include "model/server.h"
#include "model/trustprofile.h"

class QSqlDatabase;

namespace em {

// Who makes a change and from where; recorded with every audit row.
struct Actor {
    QString who;
    QString host;
    static Actor current(); // the OS user on this machine
};

struct ServerSummary {
    Server server;
    int applied = 0;
    int blocked = 0;
    int failed = 0;
    int pending = 0;
    int obsolete = 0;
};

struct EventFilter {
    QString server;
    QDateTime since;
    int eventId = 0; // 0: any
    int limit = 0; // 0: all, newest last
};

struct AuditFilter {
    QString target;
    QDateTime since;
    int limit = 0;
};

// A whole cycle's outcome for one server, recorded in one transaction.
struct CycleRecord {
    QString server;
    QList<ActionStatusRecord> statuses; // replaces the server's statuses
    QDateTime checkedAt;
    QString result; // LastResult
    QDateTime appliedTime; // MitigationsAppliedTime; null keeps the stored one
    QList<Event> events;
};

class OrgDirectory
{
public:
    struct Options {
        int busyTimeoutMs = defaultBusyTimeoutMs();
        bool createIfMissing = true;
    };

    static constexpr int schemaVersion = 2;

    // Opens (and creates or migrates) the directory at `path`. Refuses a file
    // that is not a database and one written by a newer schema, unchanged.
    static Result<std::unique_ptr<OrgDirectory>> open(const QString &path, Options options);
    static Result<std::unique_ptr<OrgDirectory>> open(const QString &path) { return open(path, Options {}); }
    // $EM_DIRECTORY, else the per-user data directory's directory.db.
    static QString defaultPath();
    // 5000 ms, or $EM_BUSY_TIMEOUT_MS.
    static int defaultBusyTimeoutMs();

    ~OrgDirectory();
    OrgDirectory(const OrgDirectory &) = delete;
    OrgDirectory &operator=(const OrgDirectory &) = delete;

    [[nodiscard]] QString path() const { return m_path; }

    // Organization
    Result<OrgConfig> org();
    Result<OrgConfig> updateOrg(const std::function<Result<void>(OrgConfig &)> &change, const Actor &actor);

    // Servers
    Result<QList<Server>> servers();
    Result<QList<ServerSummary>> serverSummaries();
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
    // feed signed before the accepted one (anti-rollback), checked inside the
    // transaction so two concurrent imports cannot both pass.
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
    OrgDirectory(QString path, QString connectionName);

    QSqlDatabase database() const;
    Result<void> configure(const Options &options);
    Result<void> migrate();
    Error sqlError(const QString &what, const QString &detail) const;

    // Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back on error.
    Result<void> write(const std::function<Result<void>()> &body);

    QString m_path;
    QString m_connectionName;
};

} // namespace em
