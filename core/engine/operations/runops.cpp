// Engine operations: run a cycle now, ask the service to run, roll back.

#include "opsupport.h"

#include <algorithm>

#include "directory/leasestore.h"
#include "directory/orgdirectory.h"
#include "engine/aftercycle.h"
#include "engine/planner.h"
#include "engine/rollback.h"
#include "model/clock.h"
#include "model/recordtext.h"

namespace em::ops {

using detail::serversText;
using detail::Text;

namespace {
const QString organization = QStringLiteral("Organization");

bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// "Cycle run on 8 servers: 18 applied, 1 failed, 2 blocked."
QString summaryText(const RunOutcome &run, int total, bool dryRun)
{
    const StatusCounts &c = run.counts;
    const int servers = int(run.report.servers.size());
    if (dryRun)
        return Text::tr("Dry run on %n server(s): %1 action(s) would change; nothing was changed.", nullptr, servers)
            .arg(run.changedActions);
    QStringList counts;
    counts << Text::tr("%n applied", nullptr, c.applied);
    if (c.failed > 0)
        counts << Text::tr("%n failed", nullptr, c.failed);
    if (c.blocked > 0)
        counts << Text::tr("%n blocked", nullptr, c.blocked);
    if (c.obsolete > 0)
        counts << Text::tr("%n obsolete", nullptr, c.obsolete);
    if (c.pending > 0)
        counts << Text::tr("%n pending", nullptr, c.pending);
    const QString list = counts.join(Text::tr(", "));
    QString text = run.report.cancelled
        ? Text::tr("Cycle cancelled after %1 of %n server(s) (the server in progress finished): %2.", nullptr, total)
              .arg(servers)
              .arg(list)
        : Text::tr("Cycle run on %n server(s): %1.", nullptr, servers).arg(list);
    const int serverErrors = int(std::count_if(run.report.servers.cbegin(), run.report.servers.cend(),
        [](const ServerOutcome &s) { return !s.error.isEmpty(); }));
    if (serverErrors > 0)
        text += QLatin1Char(' ') + Text::tr("%n server(s) could not be processed.", nullptr, serverErrors);
    return text;
}

// One audit row per run: the organization, or each server named.
Result<void> auditRun(
    OrgDirectory &directory, const RunOutcome &run, bool whole, const QString &action, const Actor &actor)
{
    const RecordTextScope recordText;
    const QDateTime now = Clock::now();
    return directory.write([&]() -> Result<void> {
        if (whole)
            return directory.addAudit(
                AuditEntry {0, now, actor.who, actor.host, action, organization, QStringLiteral("Cycle"), QString(),
                    Text::tr("%1 servers: %2 applied, %3 failed")
                        .arg(run.report.servers.size())
                        .arg(run.counts.applied)
                        .arg(run.counts.failed)});
        for (const ServerOutcome &s : run.report.servers) {
            if (auto r = directory.addAudit(AuditEntry {
                    0, now, actor.who, actor.host, action, s.server, QStringLiteral("Cycle"), QString(), s.result});
                !r)
                return r;
        }
        return {};
    });
}

// Whether the plan has something of `id` (an action, or a whole mitigation) in place.
bool inPlace(const QList<PlannedAction> &plan, const QString &id)
{
    const bool mitigation = !id.contains(QLatin1Char('.'));
    return std::any_of(plan.cbegin(), plan.cend(), [&](const PlannedAction &p) {
        return p.inPlace && (sameId(p.action.id, id) || (mitigation && sameId(p.action.mitigationId, id)));
    });
}
} // namespace

namespace {
// The digest of this run (DESIGN section 8): what the admins were not yet told,
// delivered on the channels set; a channel that fails is an event 1008 and its
// digest waits for the next cycle. `complete`: every server was taken up.
void notify(OrgDirectory &directory, RunOutcome &outcome, bool complete, const Context &context)
{
    auto notified = notifyAfterCycle(directory, outcome.report, NotifyFeed {}, complete, context.cancel);
    if (!notified) {
        outcome.warnings << Text::tr("notifications: %1").arg(notified.error().message);
        return;
    }
    for (const ChannelOutcome &channel : std::as_const(notified->delivery.channels)) {
        if (channel.error)
            outcome.warnings
                << Text::tr("notification not delivered, kept for the next cycle: %1").arg(channel.error->message);
        else
            outcome.messages << Text::tr("Notification sent: %1").arg(channel.target);
    }
}

// The lease holder an admin's run or rollback claims its servers as (a run's
// is shown as ServedBy): service nodes sharing the directory leave them alone
// meanwhile, and the admin's work skips what a node is working on. The same
// admin's next run on this machine takes over what a killed run left (two
// runs on one server at once are kept apart by the host's own lock).
QString adminNode(const Actor &actor, const QString &what)
{
    return QStringLiteral("%1@%2 (%3)").arg(actor.who, actor.host, what);
}

} // namespace

RunOutcome runNow(OrgDirectory &directory, const RunRequest &request, Context &context)
{
    RunOutcome outcome;
    const bool whole = request.servers.isEmpty();
    const bool several = request.servers.size() > 1;
    int total = int(request.servers.size());
    CycleOptions options;
    options.node = adminNode(context.actor, QStringLiteral("run"));
    options.dryRun = request.dryRun;
    options.hostOptions = context.hostOptions;
    options.cancel = context.cancel;
    CycleReport &report = outcome.report;
    if (whole) {
        options.progress = [&](int done, int all, const QString &server) {
            total = all;
            context.report(done, all, server);
        };
        auto ran = runCycle(directory, options);
        if (!ran) {
            outcome.refuse(organization, ran.error());
            return outcome;
        }
        report = *ran;
    } else {
        for (int i = 0; i < total; ++i) {
            if (context.isCancelled()) {
                report.cancelled = true;
                break;
            }
            options.identity = request.servers.at(i);
            options.progress = [&context, i, total](int, int, const QString &server) {
                if (!server.isEmpty())
                    context.report(i, total, server);
            };
            auto ran = runCycle(directory, options);
            if (!ran) {
                outcome.refuse(request.servers.at(i), ran.error(), several);
                continue;
            }
            report.servers << ran->servers;
            report.heldElsewhere << ran->heldElsewhere;
            if (!ran->logFile.isEmpty())
                report.logFile = ran->logFile;
        }
        context.report(int(report.servers.size()), total, QString());
    }
    if (!request.dryRun) {
        // Left to expire when this fails: the nodes wait one lease period at most.
        if (auto released = LeaseStore(directory.connection(), directory.historyStore()).release(options.node);
            !released)
            outcome.warnings << released.error().message;
    }
    for (const HeldServer &held : std::as_const(report.heldElsewhere)) {
        const QString text
            = Text::tr("%1: a service node is working on it (lease); not run this time.").arg(held.text());
        if (whole)
            outcome.warnings << text;
        else
            outcome.refuse(held.server, Error(ErrorCode::Apply, text), several);
    }

    for (const ServerOutcome &s : std::as_const(report.servers)) {
        // What the directory could not record is a failure of the run, never a
        // warning: the message says what was changed on the server, and the
        // next cycle records it (section 3 of docs/operations.md).
        if (s.directoryFailed)
            outcome.refuse(s.server, Error(ErrorCode::Database, s.error));
        else if (!s.error.isEmpty())
            outcome.warnings << Text::tr("%1 could not be processed: %2").arg(s.server, s.error);
        for (const ActionOutcome &a : s.actions) {
            outcome.counts.add(a.status.status);
            if (!a.change.isEmpty())
                ++outcome.changedActions;
            if (a.status.status == ActionStatus::Failed)
                outcome.warnings
                    << Text::tr("%1 failed on %2: %3").arg(a.status.actionId, s.server, a.status.detail.render());
        }
        if (!request.dryRun) {
            outcome.changed << s.server;
            context.changed(s.server);
        }
    }
    outcome.total = total;
    outcome.messages << summaryText(outcome, total, request.dryRun);
    if (!request.dryRun && !report.servers.isEmpty()) {
        if (auto audited = auditRun(directory, outcome, whole, request.auditAction, context.actor); !audited)
            outcome.refuse(organization,
                Error(ErrorCode::Database,
                    Text::tr("the cycle ran, but it could not be audited: %1").arg(audited.error().message)));
        notify(directory, outcome, whole && !report.cancelled, context);
        if (!report.logError.isEmpty())
            outcome.refuse(organization, Error(ErrorCode::Io, report.logError));
    }
    return outcome;
}

Outcome requestServiceRun(OrgDirectory &directory, Context &context)
{
    Outcome outcome;
    if (auto requested = directory.requestRun(context.actor); !requested) {
        outcome.refuse(organization, requested.error());
        return outcome;
    }
    outcome.changed << organization;
    outcome.messages << Text::tr("Run requested: the EM service runs a cycle when it next looks for requests "
                                 "(every 30 seconds by default).");
    return outcome;
}

RollbackResult rollback(OrgDirectory &directory, const QStringList &servers, const QStringList &ids, Context &context)
{
    RollbackResult outcome;
    for (const QString &id : ids) {
        if (auto valid = checkMitigationId(id); !valid) {
            outcome.refuse(QString(), valid.error());
            return outcome;
        }
    }
    const bool several = servers.size() > 1;
    const int total = int(servers.size());
    const QString title = Text::tr("Rolling back %1 on %2").arg(ids.join(QStringLiteral(", ")), serversText(servers));
    LeaseStore leases(directory.connection(), directory.historyStore());
    const QString node = adminNode(context.actor, QStringLiteral("rollback"));
    int done = 0;
    for (const QString &name : servers) {
        if (context.isCancelled()) {
            outcome.cancelled = true;
            outcome.messages << Text::tr("Cancelled: %1 of %2 servers were not changed.").arg(total - done).arg(total);
            break;
        }
        context.report(done, total, title);
        auto inputs = readPlanInputs(directory, name);
        if (!inputs) {
            outcome.refuse(name, inputs.error(), several);
            ++done;
            continue;
        }
        const QString server = inputs->server.name;
        const QList<PlannedAction> plan = inputs->plan();
        const bool anyInPlace
            = std::any_of(ids.begin(), ids.end(), [&plan](const QString &id) { return inPlace(plan, id); });
        if (anyInPlace) {
            // A service node working on the server is left alone, as an admin's run does.
            auto claimed = leases.claim(server, node, CycleOptions {}.leaseSeconds);
            if (!claimed || !*claimed) {
                outcome.refuse(server,
                    claimed ? Error(ErrorCode::Apply,
                        Text::tr("%1: a service node is working on it (lease); nothing was rolled back.")
                            .arg(heldBy(leases, server).text()))
                            : claimed.error(),
                    several);
                context.report(++done, total, title);
                continue;
            }
        }
        bool changed = false;
        for (const QString &id : ids) {
            if (!inPlace(plan, id)) {
                outcome.messages << Text::tr("%1 is not applied on %2: nothing to roll back.").arg(id, server);
                continue;
            }
            auto rolled = rollbackAction(directory, server, id, context.actor, context.hostOptions);
            if (!rolled) {
                outcome.refuse(server,
                    Error(rolled.error().code,
                        Text::tr("%1 on %2 was not rolled back: %3").arg(id, server, rolled.error().message)));
                continue;
            }
            changed = changed || !rolled->rolledBack.isEmpty();
            for (const QString &action : std::as_const(rolled->rolledBack)) {
                const bool blocked = rolled->blocked.contains(action, Qt::CaseInsensitive);
                ++outcome.rolledBack;
                outcome.blocked += blocked ? 1 : 0;
                outcome.messages << (blocked
                        ? Text::tr("%1 rolled back on %2, and blocked there so that the next cycle does not apply "
                                   "it again. Unblock it to let the EM service apply it again.")
                              .arg(action, server)
                        : Text::tr("%1 rolled back on %2.").arg(action, server));
            }
        }
        if (changed)
            outcome.changed << server;
        context.changed(server);
        context.report(++done, total, title);
    }
    // Left to expire when this fails: the nodes wait one lease period at most.
    if (auto released = leases.release(node); !released)
        outcome.warnings << released.error().message;
    return outcome;
}

} // namespace em::ops
