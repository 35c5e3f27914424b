#include "rollback.h"

#include <algorithm>

#include <QCoreApplication>

#include "directory/orgdirectory.h"
#include "engine/planner.h"
#include "engine/sshtrust.h"
#include "model/clock.h"
#include "model/policy.h"
#include "model/recordtext.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cycle)
};

bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Known: in the feed, or kept by the directory when the feed dropped it.
bool known(const Catalog &catalog, const QString &actionId)
{
    return catalog.findAction(actionId)
        || std::any_of(
            catalog.retired.begin(), catalog.retired.end(), [&](const Action &a) { return sameId(a.id, actionId); });
}

// Records one rolled-back action: the block list (when still due), its
// status, the audit row and the event, together.
Result<bool> recordRollback(
    OrgDirectory &directory, const Server &server, const PlannedAction &p, const Actor &actor, const QDateTime &now)
{
    const Action &action = p.action;
    const bool stillDue = p.policy == ActionStatus::Pending;
    ActionStatusRecord next;
    next.server = server.name;
    next.actionId = action.id;
    next.changedAt = now;
    if (stillDue) {
        next.status = ActionStatus::Blocked;
        next.detail = StatusDetail::of(StatusDetail::Code::RolledBackAndBlocked, {actor.who});
    } else {
        // What the policy says now that nothing is in place.
        next.status = p.policy == ActionStatus::Obsolete ? ActionStatus::NotApplicable : p.policy;
        next.detail = StatusDetail::of(StatusDetail::Code::RolledBack, {actor.who});
    }
    const RecordTextScope recordText;
    auto written = directory.write([&]() -> Result<void> {
        if (stillDue) {
            auto blocked = directory.updateServer(
                server.name, QStringLiteral("rollback"),
                [&](Server &s) -> Result<void> {
                    if (!isBlocked(s.mitigationsBlocked, action))
                        s.mitigationsBlocked.append(action.id);
                    return {};
                },
                actor);
            if (!blocked)
                return fail(blocked.error());
        }
        if (auto r = directory.setActionStatus(next); !r)
            return r;
        if (auto r = directory.addAudit({0, now, actor.who, actor.host, QStringLiteral("rollback"), server.name,
                action.id, statusName(p.recorded.status), statusName(next.status)});
            !r)
            return r;
        return directory.addEvent({0, now, EventCycleFinished, EventLevel::Information, server.name,
            Text::tr("Mitigation action %1 rolled back on %2 by %3.").arg(action.id, server.name, actor.who)});
    });
    if (!written)
        return fail(written.error());
    return stillDue;
}

// What the error of a later action says about the earlier ones, which stay done.
Error withDone(const Error &error, const RollbackOutcome &done)
{
    if (done.rolledBack.isEmpty())
        return error;
    return Error(error.code,
        Text::tr("%1 (already rolled back: %2)").arg(error.message, done.rolledBack.join(QStringLiteral(", "))));
}
} // namespace

Result<RollbackOutcome> rollbackAction(OrgDirectory &directory, const QString &serverName, const QString &id,
    const Actor &actor, const HostOptions &hostOptions)
{
    if (auto valid = checkMitigationId(id); !valid)
        return fail(valid.error());
    auto inputs = readPlanInputs(directory, serverName);
    if (!inputs)
        return fail(inputs.error());
    const Server &server = inputs->server;
    const Catalog &catalog = inputs->catalog;

    const bool wholeMitigation = !id.contains(QLatin1Char('.'))
        && (catalog.findMitigation(id)
            || std::any_of(catalog.retired.begin(), catalog.retired.end(),
                [&](const Action &a) { return sameId(a.mitigationId, id); }));
    QList<PlannedAction> targets;
    for (const PlannedAction &p : inputs->plan()) {
        const bool matches = wholeMitigation ? sameId(p.action.mitigationId, id) : sameId(p.action.id, id);
        if (matches && p.inPlace)
            targets << p;
    }
    if (targets.isEmpty())
        return fail(ErrorCode::NotFound,
            Text::tr("%1 is not applied on server '%2': nothing to roll back").arg(id, server.name));
    for (const PlannedAction &p : targets) {
        if (!known(catalog, p.action.id))
            return fail(ErrorCode::NotFound,
                Text::tr("%1 is no longer in the accepted feed and was applied before EM Console kept the "
                         "definitions of such actions, so it does not know what the action added on '%2': "
                         "remove it by hand")
                    .arg(p.action.id, server.name));
    }

    std::unique_ptr<ServerHost> host;
    RollbackOutcome outcome;
    const QDateTime now = Clock::now();
    for (const PlannedAction &p : targets) {
        const Action &action = p.action;
        if (action.type != ActionType::DoNothing) {
            if (!host) {
                // ssh: hosts check the host key against the directory's known hosts.
                auto keyed = withDirectoryKnownHosts(directory, hostOptions);
                if (!keyed)
                    return fail(withDone(keyed.error(), outcome));
                HostOptions named = *keyed;
                named.serverName = server.name;
                auto created = ServerHost::create(server.host, named);
                if (!created)
                    return fail(withDone(created.error().wrapped(Text::tr("server '%1'").arg(server.name)), outcome));
                host = std::move(*created);
            }
            if (auto undone = host->rollback(action); !undone) {
                Error error = undone.error();
                const RecordTextScope recordText;
                const Event failed {0, now, EventError, EventLevel::Error, server.name,
                    Text::tr("Rollback of %1 failed on %2: %3").arg(action.id, server.name, error.message)};
                if (auto recorded = directory.addEvent(failed); !recorded)
                    error.message += QStringLiteral("; ")
                        + Text::tr("the failure could not be recorded: %1").arg(recorded.error().message);
                return fail(withDone(error, outcome));
            }
        }
        auto recorded = recordRollback(directory, server, p, actor, now);
        if (!recorded) {
            // The server is changed, the directory still says the action is in
            // place: the error says which, so the admin can block it before
            // the next cycle puts it back.
            return fail(withDone(Error(recorded.error().code,
                                     Text::tr("%1 was removed from '%2', but the rollback could not be recorded: %3")
                                         .arg(action.id, server.name, recorded.error().message)),
                outcome));
        }
        outcome.rolledBack << action.id;
        if (*recorded)
            outcome.blocked << action.id;
    }
    return outcome;
}

} // namespace em
