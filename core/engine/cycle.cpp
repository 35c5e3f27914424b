#include "cycle.h"

#include <algorithm>
#include <deque>
#include <future>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>
#include <QThreadPool>

#include "directory/leasestore.h"
#include "directory/orgdirectory.h"
#include "engine/planner.h"
#include "engine/sshtrust.h"
#include "feed/threadcrypto.h"
#include "model/clock.h"
#include "model/policy.h"
#include "model/recordtext.h"
#include "model/text.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cycle)
};

Event makeEvent(int id, EventLevel level, const QString &server, const QString &message, const QDateTime &now)
{
    return Event {0, now, id, level, server, message};
}

// Keeps the previous changedAt when nothing about the status changed.
void stampChange(ActionStatusRecord &next, const ActionStatusRecord &previous, const QDateTime &now)
{
    const bool same
        = !previous.actionId.isEmpty() && previous.status == next.status && previous.detail.sameAs(next.detail);
    next.changedAt = same ? previous.changedAt : now;
}

QString serverResult(const ServerOutcome &out)
{
    if (!out.error.isEmpty())
        return Text::tr("Failed: %1").arg(out.error);
    StatusCounts counts;
    int changed = 0;
    for (const ActionOutcome &a : out.actions) {
        counts.add(a.status.status);
        changed += !a.change.isEmpty();
    }
    if (counts.failed > 0)
        return Text::tr("Failed: %n action(s) failed", nullptr, counts.failed);
    if (changed > 0)
        return Text::tr("Success: %1 applied, %2 changed").arg(counts.applied).arg(changed);
    return Text::tr("Success: %1 applied, no change").arg(counts.applied);
}

struct ServerRun {
    ServerOutcome outcome;
    QList<Event> events;
    QDateTime appliedTime;
};

ServerRun failedRun(const QString &server, const QString &error, const QDateTime &now)
{
    ServerRun run;
    run.outcome.server = server;
    run.outcome.error = error;
    run.events << makeEvent(EventError, EventLevel::Error, server, error, now);
    return run;
}

// The host part of one server's cycle: no directory access, so that it can
// run on a worker thread.
ServerRun runServer(const OrgConfig &org, const Catalog &catalog, const Server &server,
    const QList<ActionStatusRecord> &recorded, const CycleOptions &options, const QDateTime &now)
{
    ServerRun run;
    ServerOutcome &out = run.outcome;
    out.server = server.name;

    const QList<PlannedAction> plan = planServer(org, server, catalog, recorded);

    // The host is only opened when something is due that needs it.
    std::unique_ptr<ServerHost> host;
    QString hostError;
    const bool needsHost = std::any_of(plan.begin(), plan.end(), [](const PlannedAction &p) {
        return p.status == ActionStatus::Pending && p.action.type != ActionType::DoNothing;
    });
    if (needsHost) {
        if (server.host.isEmpty()) {
            hostError = Text::tr("server '%1' has no host to apply actions through: set one with "
                                 "'emctl set-server %1 --host dir:PATH' or '--host windows:'")
                            .arg(server.name);
        } else {
            // The cycle's cancel (the console's button, SIGTERM) also ends the host's waits.
            HostOptions hostOptions = options.hostOptions;
            if (!hostOptions.cancel)
                hostOptions.cancel = options.cancel;
            hostOptions.serverName = server.name;
            auto created = ServerHost::create(server.host, hostOptions);
            if (created)
                host = std::move(*created);
            else
                hostError = created.error().message;
        }
    }

    for (const PlannedAction &p : plan) {
        ActionOutcome a;
        a.status = statusWithoutApplying(p, server.name, now);
        const Action &action = p.action;

        if (p.status != ActionStatus::Pending) {
            if (p.policy == ActionStatus::Blocked) {
                run.events << makeEvent(EventActionBlocked, EventLevel::Information, server.name,
                    Text::tr("Mitigation action %1 is blocked by an administrator on %2 and was "
                             "skipped.")
                        .arg(action.id, server.name),
                    now);
            }
            out.actions << a;
            continue;
        }

        ActionStatusRecord &st = a.status;
        const auto markApplied = [&](const StatusDetail &detail, bool appliedNow) {
            st.status = ActionStatus::Applied;
            st.detail = detail;
            st.appliedAt = appliedNow || !p.recorded.appliedAt.isValid() ? now : p.recorded.appliedAt;
        };
        const auto markFailed = [&](const StatusDetail &error) {
            st.status = ActionStatus::Failed;
            st.detail = error;
            run.events << makeEvent(EventError, EventLevel::Error, server.name,
                Text::tr("Mitigation action %1 failed on %2: %3").arg(action.id, server.name, error.render()), now);
        };
        const bool wasApplied = p.recorded.status == ActionStatus::Applied;

        if (action.type == ActionType::DoNothing) {
            markApplied(StatusDetail(), false);
            if (!wasApplied && !options.dryRun) {
                a.change = Text::tr("recorded heartbeat %1").arg(action.id);
                run.events << makeEvent(EventActionApplied, EventLevel::Information, server.name,
                    Text::tr("Mitigation action %1 (%2) applied on %3.")
                        .arg(action.id, actionTypeName(action.type), server.name),
                    now);
            }
        } else if (!host) {
            markFailed(StatusDetail::text(hostError));
        } else if (auto probe = host->probe(action); !probe) {
            markFailed(StatusDetail::text(probe.error().message));
        } else if (probe->state == ActionState::InPlace) {
            markApplied(wasApplied ? p.recorded.detail : StatusDetail(), false);
        } else if (options.dryRun) {
            st.status = ActionStatus::Pending;
            st.detail = probe->state == ActionState::Absent
                ? StatusDetail::of(StatusDetail::Code::WouldApply, {action.id})
                : StatusDetail::of(StatusDetail::Code::WouldReplace, {action.id, probe->detail});
            a.change = st.detail.render();
        } else if (auto applied = host->apply(action); !applied) {
            markFailed(StatusDetail::text(applied.error().message));
        } else if (auto check = host->probe(action); !check || check->state != ActionState::InPlace) {
            markFailed(
                StatusDetail::of(StatusDetail::Code::NotInEffect, {check ? check->detail : check.error().message}));
        } else {
            const StatusDetail detail = probe->state == ActionState::Absent && wasApplied
                ? StatusDetail::of(StatusDetail::Code::PutBack, {applied->summary})
                : StatusDetail::text(applied->summary);
            const QString summary = detail.render();
            markApplied(detail, true);
            a.change = summary;
            out.changed = true;
            run.appliedTime = now;
            run.events << makeEvent(EventActionApplied, EventLevel::Information, server.name,
                Text::tr("Mitigation action %1 (%2) applied on %3: %4")
                    .arg(action.id, actionTypeName(action.type), server.name, summary),
                now);
        }
        stampChange(st, p.recorded, now);
        out.actions << a;
    }
    if (!run.appliedTime.isValid()) {
        // A heartbeat recorded for the first time also counts as applied now.
        for (const ActionOutcome &a : out.actions) {
            if (!a.change.isEmpty() && !options.dryRun)
                run.appliedTime = now;
        }
    }
    out.result = serverResult(out);
    run.events << makeEvent(EventCycleFinished, EventLevel::Information, server.name,
        Text::tr("Mitigation cycle finished on %1: %2.").arg(server.name, out.result), now);
    return run;
}

QString writeLog(const QString &dataFolder, const CycleReport &report, const QDateTime &started)
{
    const QString folder = dataFolder + QStringLiteral("/Logging/MitigationService");
    if (!QDir().mkpath(folder))
        return {};
    const QString path = folder
        + QStringLiteral("/MitigationService_%1.log").arg(started.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text;
    text += "Mitigation cycle started " + isoTime(started).toUtf8() + "\n";
    for (const ServerOutcome &s : report.servers) {
        text += "[" + s.server.toUtf8() + "] " + s.result.toUtf8() + "\n";
        for (const ActionOutcome &a : s.actions) {
            text += "  " + a.status.actionId.toUtf8() + " " + statusName(a.status.status).toUtf8();
            if (!a.status.detail.isEmpty())
                text += ": " + a.status.detail.render().toUtf8();
            text += "\n";
        }
    }
    text += report.cancelled ? "Cycle stopped before every server was processed.\n" : "Cycle finished.\n";
    file.write(text);
    return file.commit() ? path : QString();
}
} // namespace

StatusCounts CycleReport::counts() const
{
    StatusCounts counts;
    for (const ServerOutcome &s : servers) {
        for (const ActionOutcome &a : s.actions)
            counts.add(a.status.status);
    }
    return counts;
}

int CycleReport::failedServers() const
{
    int n = 0;
    for (const ServerOutcome &s : servers) {
        bool failed = !s.error.isEmpty();
        for (const ActionOutcome &a : s.actions)
            failed = failed || a.status.status == ActionStatus::Failed;
        n += failed;
    }
    return n;
}

namespace {
// The servers a node was told to serve (--servers, --site), in directory order.
Result<void> limitServers(LeaseStore &leases, QList<Server> &servers, const CycleOptions &options)
{
    QStringList wanted;
    for (const QString &name : options.onlyServers)
        wanted << name.toLower();
    if (!options.site.isEmpty()) {
        auto ofSite = leases.serversOfSite(options.site);
        if (!ofSite)
            return fail(ofSite.error());
        QStringList inSite;
        for (const QString &name : std::as_const(*ofSite))
            inSite << name.toLower();
        wanted = wanted.isEmpty() ? inSite : QStringList();
        for (const QString &name : options.onlyServers) {
            if (inSite.contains(name.toLower()))
                wanted << name.toLower();
        }
        if (wanted.isEmpty())
            wanted << QString(); // no server matches: none, not all
    }
    if (wanted.isEmpty())
        return {};
    servers.erase(std::remove_if(servers.begin(), servers.end(),
                      [&](const Server &s) { return !wanted.contains(s.name.toLower()); }),
        servers.end());
    return {};
}
} // namespace

Result<CycleReport> runCycle(OrgDirectory &directory, const CycleOptions &given)
{
    const RecordTextScope recordText;
    // ssh: hosts check host keys against the directory's, read once here for every worker.
    CycleOptions options = given;
    if (auto keyed = withDirectoryKnownHosts(directory, given.hostOptions); keyed)
        options.hostOptions = *keyed;
    else
        return fail(keyed.error());
    auto org = directory.org();
    if (!org)
        return fail(org.error());
    auto catalog = directory.catalog();
    if (!catalog)
        return fail(catalog.error());
    QList<Server> servers;
    if (options.identity.isEmpty()) {
        auto all = directory.servers();
        if (!all)
            return fail(all.error());
        servers = *all;
    } else {
        auto one = directory.server(options.identity);
        if (!one)
            return fail(one.error());
        servers = {*one};
    }
    LeaseStore leases(directory.connection(), directory.historyStore());
    if (auto limited = limitServers(leases, servers, options); !limited)
        return fail(limited.error());

    const QDateTime started = Clock::now();
    CycleReport report;
    const auto record = [&](const Server &server, ServerRun &run, const QDateTime &now) {
        if (!options.dryRun) {
            CycleRecord cycle;
            cycle.server = server.name;
            cycle.checkedAt = now;
            cycle.result = run.outcome.result;
            cycle.appliedTime = run.appliedTime;
            cycle.events = run.events;
            for (const ActionOutcome &a : run.outcome.actions)
                cycle.statuses << a.status;
            if (!options.node.isEmpty()) {
                if (auto served = leases.markServed(server.name, options.node); !served)
                    run.outcome.error = served.error().message;
            }
            if (auto written = directory.recordCycle(cycle); !written) {
                // The host change (if any) is in place; the next cycle will
                // find it in place and record it then.
                run.outcome.error = written.error().message;
                run.outcome.result = serverResult(run.outcome);
            }
        }
        report.servers << run.outcome;
    };

    // Hosts are probed and changed on worker threads, a few servers at a
    // time, so that one server's fsyncs and reads overlap another's work. The
    // directory is read just before a server is handed over and written when
    // its outcome comes back, in server order, on this thread only.
    const int workers = servers.size() < 2 ? 1
        : options.workers > 0              ? options.workers
                                           : std::clamp(QThread::idealThreadCount() * 2, 2, 8);
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, workers));
    struct InFlight {
        qsizetype index;
        QDateTime now;
        std::future<ServerRun> run;
    };
    std::deque<InFlight> inFlight;
    const auto finishOldest = [&] {
        InFlight next = std::move(inFlight.front());
        inFlight.pop_front();
        ServerRun run = next.run.get();
        record(servers.at(next.index), run, next.now);
    };
    for (qsizetype i = 0; i < servers.size(); ++i) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        const Server &server = servers.at(i);
        if (!options.node.isEmpty() && !options.dryRun) {
            // Another node's server this time: it is neither run nor recorded here.
            auto held = leases.claim(server.name, options.node, options.leaseSeconds);
            if (held && !*held)
                continue;
            if (!held) {
                ServerRun failed = failedRun(server.name, held.error().message, Clock::now());
                report.servers << failed.outcome;
                continue;
            }
        }
        if (options.progress)
            options.progress(int(i), int(servers.size()), server.name);
        const QDateTime now = Clock::now();
        auto promise = std::make_shared<std::promise<ServerRun>>();
        InFlight job {i, now, promise->get_future()};
        auto recorded = directory.actionStatuses(server.name);
        if (!recorded) {
            promise->set_value(failedRun(server.name, recorded.error().message, now));
        } else if (workers <= 1) {
            promise->set_value(runServer(*org, *catalog, server, *recorded, options, now));
        } else {
            pool.start([promise, &org = *org, &catalog = *catalog, server, statuses = *recorded, &options, now] {
                const RecordTextScope workerRecordText; // per thread
                const ThreadCryptoRelease releaseCrypto; // a pool thread (ssh: hosts use OpenSSL)
                promise->set_value(runServer(org, catalog, server, statuses, options, now));
            });
        }
        inFlight.push_back(std::move(job));
        while (qsizetype(inFlight.size()) >= std::max(1, workers * 2))
            finishOldest();
    }
    while (!inFlight.empty())
        finishOldest();
    if (options.progress)
        options.progress(int(report.servers.size()), int(servers.size()), QString());
    if (!options.dryRun && options.writeLog)
        report.logFile = writeLog(directory.locator().dataFolder(), report, started);
    return report;
}

} // namespace em
