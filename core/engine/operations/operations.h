#pragma once

// The admin operations, once for both front ends (DESIGN section 2). Each one
// validates, changes the directory in one transaction (per server where it
// works on several), writes the audit rows, re-plans what the change affects,
// and returns what happened: what changed, what was refused and why, and the
// messages to tell the admin. emctl's verbs and the console's commands only
// format the Outcome, so both say and do exactly the same. The rules (how an
// unblock through a mitigation works, how a run is audited, which messages
// exist) are in docs/operations.md.
//
// Operations run on the calling thread with the caller's directory
// connection; the console calls them in a worker thread. Messages are in the
// program's language; what they write to the directory is English
// (model/recordtext.h).

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

#include <QList>
#include <QStringList>
#include <QUrl>

#include "engine/cycle.h"
#include "engine/exchangeimport.h"
#include "engine/feedupdate.h"
#include "exchange/powershellscript.h"
#include "host/serverhost.h"
#include "model/actor.h"
#include "model/server.h"
#include "model/trustprofile.h"

namespace em {
class OrgDirectory;
struct NotificationSettings;
} // namespace em

namespace em::ops {

// What an operation is given besides its arguments.
struct Context {
    Context() = default;
    explicit Context(Actor who) : actor(std::move(who)) { }

    Actor actor; // who changes, recorded in every audit row
    // The work done so far: `done` of `total` (0: not known), and what is being done.
    std::function<void(int done, int total, const QString &what)> progress;
    // A server whose settings or statuses were changed and committed (the
    // console refreshes its row).
    std::function<void(const QString &server)> serverChanged;
    // Checked between servers (and during a download): what is done stays done.
    const std::atomic<bool> *cancel = nullptr;
    HostOptions hostOptions; // run, rollback

    [[nodiscard]] bool isCancelled() const { return cancel && cancel->load(); }
    void report(int done, int total, const QString &what) const;
    void changed(const QString &server) const;
};

// Something asked for that was not done.
struct Refusal {
    QString target; // the server, "Organization", the file, the feed source
    Error error; // the message names the target when the operation had several
};

struct Outcome {
    QStringList changed; // what changed: server names, "Organization", "Feed", a trust profile
    QList<Refusal> refused;
    QStringList messages; // what was done, one line each
    QStringList warnings; // done, but something needs a look (an action failed, a CRL could not be fetched)
    bool cancelled = false; // stopped before every target was done

    [[nodiscard]] bool ok() const { return refused.isEmpty(); }
    // The refusals' messages, one line each.
    [[nodiscard]] QStringList refusalLines() const;
    // Everything to tell the admin: the messages, the warnings, then the refusals.
    [[nodiscard]] QStringList lines() const;
    // Adds a refusal; `several`: the operation has several targets, so the
    // line starts with its target ("EX01: ...").
    void refuse(const QString &target, const Error &error, bool several = false);
};

// ---- Servers ----

// A change of server settings: what is set is changed, the rest stays.
struct ServerChange {
    std::optional<bool> mitigationsEnabled;
    std::optional<QStringList> mitigationsBlocked; // replaces the block list; empty clears it
    std::optional<QString> internetWebProxy; // empty clears it
    std::optional<QStringList> internetWebProxyBypassList;
    std::optional<bool> dataCollectionEnabled;
    std::optional<Build> build;
    std::optional<ServerRole> role;
    std::optional<QString> host; // a locator core/host parsed, or empty for none
    std::optional<QString> site; // the site a service node may serve (--site); empty: none

    [[nodiscard]] bool isEmpty() const;
};

Outcome addServer(OrgDirectory &directory, const Server &server, Context &context);
Outcome removeServer(OrgDirectory &directory, const QString &name, Context &context);
// Each server in its own transaction, re-planned with it ("set-server").
Outcome setServers(OrgDirectory &directory, const QStringList &servers, const ServerChange &change, Context &context);
// Adds mitigation and action IDs to the block lists ("block").
Outcome block(OrgDirectory &directory, const QStringList &servers, const QStringList &ids, Context &context);
// Removes what blocks each ID ("unblock"): the ID itself; for a mitigation
// ID, its action IDs too; for an action ID blocked through its mitigation,
// the mitigation is replaced by its other actions in the feed, so that only
// that action is unblocked (docs/operations.md).
Outcome unblock(OrgDirectory &directory, const QStringList &servers, const QStringList &ids, Context &context);

// ---- Organization and trust ----

struct OrgChange {
    std::optional<bool> mitigationsEnabled;
    std::optional<QUrl> feedUrl;
    std::optional<std::chrono::seconds> checkInterval;
    std::optional<std::chrono::seconds> firstCheckDelay;
    std::optional<std::chrono::seconds> feedMaxAge;
    std::optional<RevocationMode> revocationUnknown;
    std::optional<QUrl> diagnosticsUrl; // empty: diagnostic data is never sent
    // Changes the notification settings (DESIGN section 8) in the same
    // transaction; empty: unchanged. The result is validated and audited
    // without secrets (engine/aftercycle.h).
    std::function<void(NotificationSettings &)> editNotifications;

    [[nodiscard]] bool isEmpty() const;
};

// "set-org"; a change of MitigationsEnabled re-plans every server afterwards
// (each in its own transaction; cancel leaves the rest to their next cycle).
Outcome setOrg(OrgDirectory &directory, const OrgChange &change, Context &context);
Outcome addTrustProfile(OrgDirectory &directory, const TrustProfile &profile, Context &context);
Outcome useTrustProfile(OrgDirectory &directory, const QString &name, Context &context);

// ---- The feed ----

struct FeedOutcome : Outcome {
    bool accepted = false; // the document is the feed in effect (changed or not)
    bool feedChanged = false; // a new feed was accepted
    QString source;
    // Every check, when the document was verified (in the program's language).
    std::optional<FeedVerification> verification;
    std::optional<FeedState> inEffect; // the feed in effect afterwards (raw bytes left out)
    int replanned = 0; // servers whose statuses were re-planned for the new feed
};

// Reads FILE (a regular file, capped at the organization's MaxFeedBytes),
// verifies it with the organization's trust profile and accepts it; a new
// feed re-plans every server. A refusal is recorded (attempt, event 1008).
FeedOutcome importFeed(
    OrgDirectory &directory, const QString &file, const FeedAcceptOptions &options, Context &context);
// The same from the network (FeedUpdateJob). Runs an event loop of its own
// until done: call it where no other loop runs on the thread (emctl before
// its main loop, a worker thread).
FeedOutcome fetchFeed(OrgDirectory &directory, const FeedUpdateRequest &request, Context &context);

// ---- The engine ----

struct RunRequest {
    QStringList servers; // empty: every server of the organization
    bool dryRun = false; // plan and probe only; nothing changed, nothing audited
    // The audit action: "run" (Run now, emctl run), "reapply" (the console's
    // Reapply of selected servers: the same cycle).
    QString auditAction = QStringLiteral("run");
};

struct RunOutcome : Outcome {
    CycleReport report;
    int total = 0; // servers the run was to process
    StatusCounts counts; // the actions of the servers processed, by status
    int changedActions = 0; // applied or replaced by this run
};

// One cycle now. Audited as one row per run: "run" on "Organization" for the
// whole organization, else one row per server named (docs/operations.md).
RunOutcome runNow(OrgDirectory &directory, const RunRequest &request, Context &context);
// Sets the "run requested" flag the EM service polls ("run-now").
Outcome requestServiceRun(OrgDirectory &directory, Context &context);
// Rolls back each ID on each server where something of it is in place; an
// action still due is also blocked there. Where nothing is in place, a
// message says so (nothing to do is not a refusal).
struct RollbackResult : Outcome {
    int rolledBack = 0; // actions rolled back, on every server
    int blocked = 0; // of them, the ones blocked so the next cycle leaves them alone
};
RollbackResult rollback(OrgDirectory &directory, const QStringList &servers, const QStringList &ids, Context &context);

// ---- Exchange ----

// Reads each Export-Clixml file (a regular file, capped) and registers or
// updates its servers and the organization's MitigationsEnabled, all or
// nothing per file; one audit row ("exchange-import") per server or
// organization changed; the import's state is kept for the script.
Outcome importExchange(OrgDirectory &directory, const QStringList &files, Context &context);
// The same from a server: powershell.exe with the Exchange snap-in runs
// Get-ExchangeServer and Get-OrganizationConfig on the directory's ssh:
// server `server`, their exports fetched over the same connection
// (engine/exchangeimport.h). The host options are the context's.
Outcome importExchangeFrom(
    OrgDirectory &directory, const QString &server, const RemoteExchangeOptions &options, Context &context);
// The Set-ExchangeServer / Set-OrganizationConfig commands that bring the
// organization, as last imported, to the directory's settings. A read.
Result<ExchangeScript> exchangeScript(OrgDirectory &directory, const QString &identity = {});

} // namespace em::ops
