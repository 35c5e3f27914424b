#pragma once

// The cycle: for each server, plan the accepted catalog's actions, apply what
// is due through the server's host, verify it took effect, and record
// statuses, MitigationsApplied and events in one transaction per server. One
// failing action or server never stops the others. Hosts are worked on by a
// few threads at once (their file writes and fsyncs overlap); the directory
// stays on the calling thread.

#include <atomic>
#include <functional>

#include <QList>
#include <QString>

#include "host/serverhost.h"
#include "model/records.h"
#include "model/statuscounts.h"

namespace em {

class OrgDirectory;
struct Actor;

struct CycleOptions {
    QString identity; // one server; empty: every server
    bool dryRun = false; // plan and probe only: no host change, nothing recorded
    HostOptions hostOptions;
    const std::atomic<bool> *cancel = nullptr; // checked between servers: the servers in progress finish
    // Called on the calling thread as each server is taken up (`done`: the
    // servers taken up before it; a few may still be finishing), and once at
    // the end with every server done.
    std::function<void(int done, int total, const QString &server)> progress;
    // Servers whose hosts are probed and changed at the same time (each host
    // on one worker thread at a time; the directory is read and written on the
    // calling thread only, in server order). 0: automatic (a few; one server
    // needs no worker).
    int workers = 0;
    bool writeLog = true; // the per-run log under <directory folder>/Logging/MitigationService/
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
    QString error; // the server could not be processed at all (no host, unreadable config root)
    bool changed = false; // something was applied or replaced
};

struct CycleReport {
    QList<ServerOutcome> servers;
    QString logFile;
    bool cancelled = false;

    // How many actions of every server ended in each status.
    [[nodiscard]] StatusCounts counts() const;
    [[nodiscard]] int count(ActionStatus status) const { return counts().of(status); }
    [[nodiscard]] int failedServers() const;
};

// Runs one cycle now. Fails only when the directory cannot be read or the
// identity is unknown; everything else is reported per server and action.
Result<CycleReport> runCycle(OrgDirectory &directory, const CycleOptions &options);

// Removes what an applied action (or every action of a mitigation) added on
// one server, restores what it disabled, and records it (status, event,
// audit). An action that would be applied again at the next cycle is also
// blocked on that server, and the result says so.
struct RollbackOutcome {
    QStringList rolledBack; // action IDs
    QStringList blocked; // IDs added to the block list so the next cycle leaves them alone
    QStringList messages;
};
Result<RollbackOutcome> rollbackAction(OrgDirectory &directory, const QString &server, const QString &id,
    const Actor &actor, const HostOptions &hostOptions = {});

} // namespace em
