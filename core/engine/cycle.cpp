#include "cycle.h"

#include <algorithm>
#include <deque>
#include <future>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include "directory/leasestore.h"
#include "directory/orgdirectory.h"
#include "directory/statusstore.h"
#include "engine/planner.h"
#include "engine/sshtrust.h"
#include "feed/threadcrypto.h"
#include "host/fileaccess.h"
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
    QHash<QString, ActionStatus> policy; // per lower-case action ID, as planned before the host was touched
    QStringList hostChanges; // "M1.1: added rule ...": what this run changed on the host
};

// The directory failed this server before its host was touched.
ServerRun notTouchedRun(const QString &server, const Error &cause)
{
    ServerRun run;
    run.outcome.server = server;
    run.outcome.directoryFailed = true;
    run.outcome.error = Text::tr("%1 was not touched: the org directory could not record what the cycle was about "
                                 "to change there (%2)")
                            .arg(server, cause.message);
    run.outcome.result = serverResult(run.outcome);
    return run;
}

// Everything one server's cycle stands on, read (and its intent written) in
// one write transaction right before its host is touched, so that a block or
// a switch committed before holds.
struct PreparedServer {
    OrgConfig org;
    Server server;
    QList<ActionStatusRecord> recorded;
    std::optional<CycleIntent> unrecorded; // left by an earlier cycle whose outcome was not recorded
};

Result<PreparedServer> prepareServer(
    OrgDirectory &directory, const Catalog &catalog, const QString &name, bool dryRun, const QDateTime &now)
{
    PreparedServer prepared;
    const auto read = [&]() -> Result<void> {
        auto server = directory.server(name);
        if (!server)
            return fail(server.error());
        prepared.server = *server;
        auto org = directory.org();
        if (!org)
            return fail(org.error());
        prepared.org = *org;
        auto recorded = directory.actionStatuses(server->name);
        if (!recorded)
            return fail(recorded.error());
        prepared.recorded = *recorded;
        auto left = directory.statusStore().intent(server->name);
        if (!left)
            return fail(left.error());
        prepared.unrecorded = *left;
        if (dryRun)
            return {};
        // The intent: every action the host work may change, and those an
        // earlier unrecorded cycle may have changed.
        CycleIntent intent;
        intent.server = server->name;
        intent.startedAt = *left ? (*left)->startedAt : now;
        if (*left)
            intent.actions = (*left)->actions;
        for (const PlannedAction &p : planServer(*org, *server, catalog, *recorded)) {
            if (p.policy == ActionStatus::Pending && p.action.type != ActionType::DoNothing
                && !intent.actions.contains(p.action.id, Qt::CaseInsensitive))
                intent.actions << p.action.id;
        }
        if (intent.actions.isEmpty() || (*left && intent.actions == (*left)->actions))
            return {};
        return directory.statusStore().recordIntent(intent);
    };
    auto done = dryRun ? read() : directory.write(read);
    if (!done)
        return fail(done.error());
    return prepared;
}

const Action *definitionOf(const Catalog &catalog, const QString &actionId)
{
    if (const Action *a = catalog.findAction(actionId))
        return a;
    for (const Action &a : catalog.retired) {
        if (a.id.compare(actionId, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

// The host part of one server's cycle: no directory access, so that it can
// run on a worker thread.
ServerRun runServer(
    const Catalog &catalog, const PreparedServer &prepared, const CycleOptions &options, const QDateTime &now)
{
    const OrgConfig &org = prepared.org;
    const Server &server = prepared.server;
    ServerRun run;
    ServerOutcome &out = run.outcome;
    out.server = server.name;

    // The host is only opened when something needs it.
    std::unique_ptr<ServerHost> host;
    QString hostError;
    const auto openHost = [&]() -> ServerHost * {
        if (host || !hostError.isEmpty())
            return host.get();
        if (server.host.isEmpty()) {
            hostError = Text::tr("server '%1' has no host to apply actions through: set one with "
                                 "'emctl set-server %1 --host dir:PATH' or '--host windows:'")
                            .arg(server.name);
            return nullptr;
        }
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
        return host.get();
    };

    // Changes an earlier cycle made but could not record: what is found in
    // place is recorded now, applied at that cycle's time, with its event.
    QList<ActionStatusRecord> recorded = prepared.recorded;
    QSet<QString> foundInPlace; // lower-case action IDs
    if (prepared.unrecorded && !options.dryRun) {
        for (const QString &id : prepared.unrecorded->actions) {
            const Action *action = definitionOf(catalog, id);
            if (!action || action->type == ActionType::DoNothing)
                continue;
            auto known = std::find_if(recorded.begin(), recorded.end(),
                [&](const ActionStatusRecord &r) { return r.actionId.compare(id, Qt::CaseInsensitive) == 0; });
            if (known != recorded.end() && known->status == ActionStatus::Applied && known->appliedAt.isValid())
                continue;
            ServerHost *h = openHost();
            if (!h)
                break;
            auto probe = h->probe(*action);
            if (!probe || probe->state != ActionState::InPlace)
                continue;
            if (known == recorded.end()) {
                recorded.append(ActionStatusRecord {});
                known = recorded.end() - 1;
            }
            known->server = server.name;
            known->actionId = action->id;
            known->status = ActionStatus::Applied;
            known->detail = StatusDetail();
            known->appliedAt = prepared.unrecorded->startedAt;
            known->changedAt = now;
            foundInPlace.insert(action->id.toLower());
        }
    }

    const QList<PlannedAction> plan = planServer(org, server, catalog, recorded);
    const bool needsHost = std::any_of(plan.begin(), plan.end(), [](const PlannedAction &p) {
        return p.status == ActionStatus::Pending && p.action.type != ActionType::DoNothing;
    });
    if (needsHost)
        openHost();

    for (const PlannedAction &p : plan) {
        ActionOutcome a;
        a.status = statusWithoutApplying(p, server.name, now);
        const Action &action = p.action;
        run.policy.insert(action.id.toLower(), p.policy);

        if (p.status != ActionStatus::Pending) {
            if (p.policy == ActionStatus::Blocked) {
                run.events << makeEvent(EventActionBlocked, EventLevel::Information, server.name,
                    Text::tr("Mitigation action %1 is blocked by an administrator on %2 and was "
                             "skipped.")
                        .arg(action.id, server.name),
                    now);
            }
        } else {
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
                // Whatever apply wrote stays named: the next cycle sees it and repairs it.
                if (applied->changed)
                    run.hostChanges << QStringLiteral("%1: %2").arg(action.id, applied->summary);
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
                run.hostChanges << QStringLiteral("%1: %2").arg(action.id, summary);
                run.events << makeEvent(EventActionApplied, EventLevel::Information, server.name,
                    Text::tr("Mitigation action %1 (%2) applied on %3: %4")
                        .arg(action.id, actionTypeName(action.type), server.name, summary),
                    now);
            }
            stampChange(st, p.recorded, now);
        }

        if (foundInPlace.contains(action.id.toLower()) && a.status.status == ActionStatus::Applied
            && a.change.isEmpty()) {
            const QString when = isoTime(prepared.unrecorded->startedAt);
            a.change = Text::tr("found in place: applied by the cycle of %1, which could not record it").arg(when);
            run.events << makeEvent(EventActionApplied, EventLevel::Information, server.name,
                Text::tr("Mitigation action %1 (%2) applied on %3: found in place; the cycle of %4 applied it but "
                         "could not record it.")
                    .arg(action.id, actionTypeName(action.type), server.name, when),
                now);
            if (!run.appliedTime.isValid())
                run.appliedTime = prepared.unrecorded->startedAt;
        }
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
    return run;
}

// The block list and switches as they are when the outcome is recorded: an
// action stopped since it was planned (an admin blocked it while its host was
// worked on) is reported as the policy now says, and one in place stays
// Applied (MitigationsApplied says what is in place) with the detail saying
// the policy stops further changes.
void recheckPolicy(
    ServerRun &run, const OrgConfig &org, const Server &server, const Catalog &catalog, const QDateTime &now)
{
    QList<ActionStatusRecord> current;
    for (const ActionOutcome &a : std::as_const(run.outcome.actions))
        current << a.status;
    QHash<QString, PlannedAction> fresh;
    for (const PlannedAction &p : planServer(org, server, catalog, current))
        fresh.insert(p.action.id.toLower(), p);
    for (ActionOutcome &a : run.outcome.actions) {
        const QString key = a.status.actionId.toLower();
        const auto it = fresh.constFind(key);
        if (it == fresh.constEnd())
            continue;
        const ActionStatus planned = run.policy.value(key, it->policy);
        if (planned == it->policy)
            continue;
        a.status = statusWithoutApplying(*it, server.name, now);
    }
    run.outcome.result = serverResult(run.outcome);
}

// Why a server's outcome could not be recorded, with what its host has that
// the directory does not know.
QString unrecordedText(const ServerRun &run, const Error &cause)
{
    const QString &server = run.outcome.server;
    if (run.hostChanges.isEmpty())
        return Text::tr("the org directory could not record the cycle of %1 (nothing was changed on it): %2")
            .arg(server, cause.message);
    return Text::tr("changed on %1 but not recorded in the org directory: %2. The directory could not record it "
                    "(%3). The next cycle finds these changes in place and records them.")
        .arg(server, run.hostChanges.join(QStringLiteral("; ")), cause.message);
}

// Where the per-run logs go: MitigationService/ in $EM_LOG_DIRECTORY (the
// packaged service sets /var/log/emconsole), else Logging/MitigationService/
// next to an SQLite directory's file, or in this machine's data folder for a
// directory on a database server.
struct LogPlace {
    QString root; // taken as given
    QString folder; // under the root: no link in it is followed
    bool makeRoot = false; // this machine's data folder, made when missing (a new account)
};

LogPlace logPlace(const DirectoryLocator &locator)
{
    const QString fromEnv = qEnvironmentVariable("EM_LOG_DIRECTORY");
    if (!fromEnv.isEmpty())
        return {fromEnv, QStringLiteral("MitigationService")};
    return {locator.dataFolder(), QStringLiteral("Logging/MitigationService"),
        locator.kind() != DirectoryLocator::Kind::SqliteFile};
}

// Writes the run log through a confined local file access: no link in its
// folder is followed, and a log of the same second is not replaced. Returns
// the log's path.
Result<QString> writeLog(const DirectoryLocator &locator, const CycleReport &report, const QDateTime &started)
{
    const LogPlace place = logPlace(locator);
    const QString &folder = place.folder;
    const auto failed = [&](const Error &error) {
        return fail(error.code, Text::tr("the run log could not be written: %1").arg(error.message));
    };
    if (place.makeRoot && !QDir().mkpath(place.root))
        return failed(Error(ErrorCode::Io, Text::tr("cannot create the folder '%1'").arg(place.root)));
    const auto files = host::localFileAccess(place.root);
    if (auto made = files->makeDirectories(folder); !made)
        return failed(made.error());

    QByteArray text;
    text += "Mitigation cycle started " + isoTime(started).toUtf8() + "\n";
    for (const ServerOutcome &s : report.servers) {
        text += "[" + s.server.toUtf8() + "] " + s.result.toUtf8() + "\n";
        for (const ActionOutcome &a : s.actions) {
            text += "  " + a.status.actionId.toUtf8() + " " + statusName(a.status.status).toUtf8();
            if (!a.change.isEmpty())
                text += ": " + a.change.toUtf8();
            else if (!a.status.detail.isEmpty())
                text += ": " + a.status.detail.render().toUtf8();
            text += "\n";
        }
        if (s.directoryFailed)
            text += "  NOT RECORDED: " + s.error.toUtf8() + "\n";
    }
    text += report.cancelled ? "Cycle stopped before every server was processed.\n" : "Cycle finished.\n";

    const QString stem
        = QStringLiteral("MitigationService_%1").arg(started.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    for (int n = 1;; ++n) {
        const QString name = folder + QLatin1Char('/') + stem + (n == 1 ? QString() : QStringLiteral("_%1").arg(n))
            + QStringLiteral(".log");
        auto created = files->create(name, text);
        if (created)
            return files->fullPath(name);
        if (created.error().code != ErrorCode::AlreadyExists || n >= 100)
            return failed(created.error());
    }
}
} // namespace

QString HeldServer::text() const
{
    if (node.isEmpty())
        return server;
    return QStringLiteral("%1 (%2, until %3)").arg(server, node, isoTime(until));
}

HeldServer heldBy(LeaseStore &leases, const QString &server)
{
    HeldServer held {server, {}, {}};
    if (auto serving = leases.serving(server)) {
        held.node = serving->leaseNode;
        held.until = serving->leaseExpires;
    }
    return held;
}

StatusCounts CycleReport::counts() const
{
    StatusCounts counts;
    for (const ServerOutcome &s : servers) {
        for (const ActionOutcome &a : s.actions)
            counts.add(a.status.status);
    }
    return counts;
}

int CycleReport::directoryFailures() const
{
    return int(std::count_if(servers.begin(), servers.end(), [](const ServerOutcome &s) { return s.directoryFailed; }));
}

QStringList CycleReport::unrecordedServers() const
{
    QStringList names;
    for (const ServerOutcome &s : servers) {
        if (s.unrecorded)
            names << s.server;
    }
    return names;
}

int CycleReport::failedServers() const
{
    int n = 0;
    for (const ServerOutcome &s : servers) {
        bool failed = !s.error.isEmpty() && !s.directoryFailed;
        for (const ActionOutcome &a : s.actions)
            failed = failed || a.status.status == ActionStatus::Failed;
        n += failed;
    }
    return n;
}

namespace {
// The servers a node was told to serve (--servers, --site), in directory order.
Result<void> limitServers(LeaseStore &leases, QStringList &servers, const CycleOptions &options)
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
                      [&](const QString &name) { return !wanted.contains(name.toLower()); }),
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
    auto catalog = directory.catalog();
    if (!catalog)
        return fail(catalog.error());
    // The servers and their order; each one's settings are read again right
    // before its host is touched.
    QStringList servers;
    if (options.identity.isEmpty()) {
        auto all = directory.servers();
        if (!all)
            return fail(all.error());
        for (const Server &s : std::as_const(*all))
            servers << s.name;
    } else {
        auto one = directory.server(options.identity);
        if (!one)
            return fail(one.error());
        servers << one->name;
    }
    LeaseStore leases(directory.connection(), directory.historyStore());
    if (auto limited = limitServers(leases, servers, options); !limited)
        return fail(limited.error());

    const QDateTime started = Clock::now();
    CycleReport report;
    // The outcome, in one transaction that reads the block list and switches
    // again and removes the server's intent from the journal.
    const auto record = [&](ServerRun &run, const QDateTime &now) {
        ServerOutcome &out = run.outcome;
        if (!options.dryRun && !out.directoryFailed) {
            auto written = directory.write([&]() -> Result<void> {
                auto server = directory.server(out.server);
                if (!server)
                    return fail(server.error());
                auto org = directory.org();
                if (!org)
                    return fail(org.error());
                recheckPolicy(run, *org, *server, *catalog, now);
                CycleRecord cycle;
                cycle.server = out.server;
                cycle.checkedAt = now;
                cycle.result = out.result;
                cycle.appliedTime = run.appliedTime;
                cycle.events = run.events;
                cycle.events << makeEvent(EventCycleFinished, EventLevel::Information, out.server,
                    Text::tr("Mitigation cycle finished on %1: %2.").arg(out.server, out.result), now);
                for (const ActionOutcome &a : std::as_const(out.actions))
                    cycle.statuses << a.status;
                if (!options.node.isEmpty()) {
                    if (auto served = leases.markServed(out.server, options.node); !served)
                        return fail(served.error());
                }
                return directory.recordCycle(cycle);
            });
            if (!written) {
                // The host changes stay in place, and the intent in the journal
                // names them: the next cycle finds them and records them.
                out.directoryFailed = true;
                out.unrecorded = !run.hostChanges.isEmpty();
                out.error = unrecordedText(run, written.error());
                out.result = serverResult(out);
            }
        }
        report.servers << out;
    };

    // Hosts are probed and changed on worker threads, a few servers at a
    // time, so that one server's fsyncs and reads overlap another's work. The
    // directory is read (and the intent written) just before a server is
    // handed over and its outcome written when it comes back, in server
    // order, on this thread only.
    const int workers = servers.size() < 2 ? 1
        : options.workers > 0              ? options.workers
                                           : std::clamp(QThread::idealThreadCount() * 2, 2, 8);
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, workers));
    struct InFlight {
        QDateTime now;
        std::future<ServerRun> run;
    };
    std::deque<InFlight> inFlight;
    const auto finishOldest = [&] {
        InFlight next = std::move(inFlight.front());
        inFlight.pop_front();
        ServerRun run = next.run.get();
        record(run, next.now);
    };
    for (qsizetype i = 0; i < servers.size(); ++i) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        const QString &name = servers.at(i);
        if (!options.node.isEmpty() && !options.dryRun) {
            // Another node's server this time: it is neither run nor recorded here.
            auto held = leases.claim(name, options.node, options.leaseSeconds);
            if (held && !*held) {
                report.heldElsewhere << heldBy(leases, name);
                continue;
            }
            if (!held) {
                report.servers << notTouchedRun(name, held.error()).outcome;
                continue;
            }
        }
        if (options.progress)
            options.progress(int(i), int(servers.size()), name);
        const QDateTime now = Clock::now();
        auto prepared = prepareServer(directory, *catalog, name, options.dryRun, now);
        if (!prepared && prepared.error().code == ErrorCode::NotFound)
            continue; // removed by an admin since the cycle started
        auto promise = std::make_shared<std::promise<ServerRun>>();
        InFlight job {now, promise->get_future()};
        if (!prepared) {
            promise->set_value(notTouchedRun(name, prepared.error()));
        } else if (workers <= 1) {
            promise->set_value(runServer(*catalog, *prepared, options, now));
        } else {
            pool.start([promise, &catalog = *catalog, prepared = std::move(*prepared), &options, now] {
                const RecordTextScope workerRecordText; // per thread
                const ThreadCryptoRelease releaseCrypto; // a pool thread (ssh: hosts use OpenSSL)
                promise->set_value(runServer(catalog, prepared, options, now));
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
    if (!options.dryRun && options.writeLog) {
        auto log = writeLog(directory.locator(), report, started);
        if (log)
            report.logFile = *log;
        else
            report.logError = log.error().message;
    }
    return report;
}

} // namespace em
