#pragma once

// The cycle: for each server, plan the accepted catalog's actions, apply what
// is due through the server's host, verify it took effect, and record
// statuses, MitigationsApplied and events. One failing action or server never
// stops the others. Hosts are worked on by a few threads at once (their file
// writes and fsyncs overlap); the directory stays on the calling thread.
//
// What was done is what is recorded: right before a server's host is touched,
// one transaction reads its block list and switches (and the org's) as they
// are then and writes the cycle's intent to the journal (the actions it may
// change); after, one transaction reads them again and records the outcome,
// removing the intent. A server whose intent cannot be written is not
// touched. When the outcome cannot be written, the server's outcome says what
// was changed and why it is not recorded, and the intent left in the journal
// makes the next cycle probe those actions and record what it finds in place,
// with its 1005 event.

#include <atomic>
#include <functional>

#include <QDateTime>
#include <QList>
#include <QString>

#include "host/serverhost.h"
#include "model/records.h"
#include "model/statuscounts.h"

namespace em {

class OrgDirectory;

struct CycleOptions {
    QString identity; // one server; empty: every server
    bool dryRun = false; // plan and probe only: no host change, nothing recorded
    HostOptions hostOptions;
    const std::atomic<bool> *cancel = nullptr; // checked between servers: the servers in progress finish
    // Called on the calling thread as each server is taken up, before its
    // settings are read (`done`: the servers taken up before it; a few may
    // still be finishing), and once at the end with every server done.
    std::function<void(int done, int total, const QString &server)> progress;
    // Servers whose hosts are probed and changed at the same time (each host
    // on one worker thread at a time; the directory is read and written on the
    // calling thread only, in server order). 0: automatic (a few; one server
    // needs no worker).
    int workers = 0;
    bool writeLog
        = true; // the per-run log under $EM_LOG_DIRECTORY, else <directory folder>/Logging, in MitigationService/
    // A service node sharing the directory with others: each server is
    // claimed through a lease for leaseSeconds before it is worked on, and
    // skipped while another node holds it. Empty: no leases (one node, or an
    // admin's run).
    QString node;
    int leaseSeconds = 600;
    QStringList onlyServers; // limit the cycle to these servers (names); empty: all
    QString site; // limit the cycle to the servers of this site; empty: all
};

// What happened to one action on one server in this cycle.
struct ActionOutcome {
    ActionStatusRecord status;
    QString change; // what was (or would be, in a dry run) changed; empty: nothing
};

struct ServerOutcome {
    QString server;
    QList<ActionOutcome> actions;
    QString result; // LastResult
    // The server could not be processed at all (no host, unreadable config
    // root), or the directory could not record it (see directoryFailed).
    QString error;
    bool changed = false; // something was applied or replaced
    // The org directory could not be written for this server: either before
    // its host was touched (nothing was changed there), or after, when its
    // outcome could not be recorded.
    bool directoryFailed = false;
    // Changes made on the host that the directory does not record (`error`
    // lists them); the next cycle finds them in place and records them.
    bool unrecorded = false;
};

// A server another service node held a lease on: the cycle neither ran nor
// recorded it.
struct HeldServer {
    QString server;
    QString node; // empty when the lease was gone by the time it was read
    QDateTime until; // the lease's expiry; null with an empty node

    // "EX01 (node-a, until 2026-12-05T10:00:00Z)", or "EX01".
    [[nodiscard]] QString text() const;
};

class LeaseStore;
// Who holds `server`'s lease now, for a message (the lease may be gone by then).
[[nodiscard]] HeldServer heldBy(LeaseStore &leases, const QString &server);

struct CycleReport {
    QList<ServerOutcome> servers;
    QString logFile;
    QString logError; // the run log could not be written: why
    bool cancelled = false;
    // Servers another node held a lease on: not run, not recorded by this cycle.
    QList<HeldServer> heldElsewhere;

    // How many actions of every server ended in each status.
    [[nodiscard]] StatusCounts counts() const;
    [[nodiscard]] int count(ActionStatus status) const { return counts().of(status); }
    // Servers where an action failed or that could not be processed (those
    // the directory failed are counted apart).
    [[nodiscard]] int failedServers() const;
    // Servers the directory could not record (ServerOutcome::directoryFailed).
    [[nodiscard]] int directoryFailures() const;
    // Servers with changes the directory does not record.
    [[nodiscard]] QStringList unrecordedServers() const;
};

// Runs one cycle now. Fails only when the directory cannot be read or the
// identity is unknown; everything else is reported per server and action
// (a server whose cycle the directory could not record too).
Result<CycleReport> runCycle(OrgDirectory &directory, const CycleOptions &options);

} // namespace em
