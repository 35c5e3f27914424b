// Benchmark (a program, not a test): the cycle over 1,000 dir: lab servers
// built from the real Exchange 2019 IIS fixtures, with a catalog of PING1 and
// a Site-scope URL Rewrite (M1.1 on Default Web Site).
//
//   first cycle: every server's web.config gets the rule (QSaveFile commit with
//                fsync, timestamped backup, state): servers per second;
//   second cycle: nothing changes: servers per second, and not one file of the
//                servers' trees is written (every file's inode, size and
//                mtime in ns, and the SHA-256 of every config and state file,
//                compared before and after; backup count unchanged);
//   drift: the rule is taken out by hand on 10 servers; the next cycle puts it
//                back on exactly those 10.
//   service nodes: the first cycle as the service runs it, `emctl service
//                --once` processes on a fresh lab: one node alone, then two
//                nodes (--node node-a, --node node-b) started together that
//                split the servers through their leases. Timed from the start
//                of the first process to the exit of the last; afterwards the
//                directory's events must show every server checked once (one
//                1006 event) and each of its two actions applied once (one
//                1005 event each), and every web.config must hold the rule.
//
// Usage: bench_cycle [--servers N] [--repeat R] [--work DIR] [--postgres LOCATOR]
// (R fresh labs for the first cycle, 5 unchanged cycles per lab, then R
// fresh labs for each of one and two service nodes; --postgres: the labs'
// directories are new databases on that PostgreSQL server, LOCATOR naming
// any database there, else SQLite files in the work folder)

#include <cstdio>

#include <sys/stat.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include "benchcommon.h"
#include "directory/leasestore.h"
#include "directory/orgdirectory.h"
#include "engine/cycle.h"

using namespace em;

namespace {
struct FileMark {
    quint64 inode = 0;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    QByteArray sha256; // config and state files only
    friend bool operator==(const FileMark &, const FileMark &) = default;
};

QMap<QString, FileMark> snapshot(const QString &labRoot, int *backups)
{
    QMap<QString, FileMark> marks;
    *backups = 0;
    QDirIterator it(labRoot, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st {
        };
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        FileMark m;
        m.inode = st.st_ino;
        m.size = st.st_size;
        m.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        if (path.endsWith(QLatin1String(".config"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".json"))) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                m.sha256 = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        }
        if (path.contains(QLatin1String("/EmConsole/backups/")))
            ++*backups;
        marks.insert(path, m);
    }
    return marks;
}

int countChanged(const CycleReport &report)
{
    int n = 0;
    for (const ServerOutcome &s : report.servers)
        n += s.changed;
    return n;
}

bool allApplied(const CycleReport &report)
{
    for (const ServerOutcome &s : report.servers) {
        if (!s.error.isEmpty())
            return false;
        for (const ActionOutcome &a : s.actions) {
            if (a.status.status != ActionStatus::Applied)
                return false;
        }
    }
    return true;
}

struct Timed {
    CycleReport report;
    double seconds = 0;
};

Result<Timed> timedCycle(const QString &directoryPath)
{
    auto dir = OrgDirectory::open(directoryPath);
    if (!dir)
        return fail(dir.error());
    CycleOptions options;
    QElapsedTimer clock;
    clock.start();
    auto report = runCycle(**dir, options);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!report)
        return fail(report.error());
    return Timed {*report, seconds};
}

// Puts back the web.config of Default Web Site as it was before the first
// cycle (its oldest backup), as an admin removing the rule by hand would.
bool removeRuleByHand(const QString &serverRoot)
{
    const QString backups = serverRoot + QStringLiteral("/EmConsole/backups/inetpub/wwwroot");
    const QStringList files = QDir(backups).entryList({QStringLiteral("web.config.*.bak")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return false;
    QFile original(backups + QLatin1Char('/') + files.first());
    if (!original.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = original.readAll();
    QFile target(serverRoot + QStringLiteral("/inetpub/wwwroot/web.config"));
    return target.open(QIODevice::WriteOnly | QIODevice::Truncate) && target.write(bytes) == bytes.size();
}

bool hasRule(const QString &serverRoot)
{
    QFile f(serverRoot + QStringLiteral("/inetpub/wwwroot/web.config"));
    return f.open(QIODevice::ReadOnly) && f.readAll().contains("EEMS M1.1 PowerShell - inbound");
}

// The feed URL of a lab org: a file that is not there, so that the service's
// feed check fails at once (no network) and the accepted catalog stays in
// effect, as it does when the vendor cannot be reached.
Result<void> offlineFeed(const QString &directory, const QString &missingFile)
{
    auto dir = OrgDirectory::open(directory);
    if (!dir)
        return fail(dir.error());
    auto updated = (*dir)->updateOrg(
        [&](OrgConfig &org) -> Result<void> {
            org.feedUrl = QUrl::fromLocalFile(missingFile);
            return {};
        },
        Actor {QStringLiteral("benchmark"), QStringLiteral("bench-cycle")});
    if (!updated)
        return fail(updated.error());
    return {};
}

struct NodesRun {
    double seconds = 0;
    QMap<QString, int> servedBy; // node: servers
    int checkedOnce = 0; // servers with one 1006 event
    int appliedOnce = 0; // servers with one 1005 event for each of PING1 and M1.1
    int withRule = 0;
    QString failure;
};

// `nodes` emctl service --once processes on `directory` at the same time.
Result<NodesRun> runServiceNodes(
    const QString &directory, const QStringList &roots, int nodes, const QString &logFolder)
{
    NodesRun run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // the events' English text
    // The run logs' folder, as the packaged unit names it (LogsDirectory=).
    env.insert(QStringLiteral("EM_LOG_DIRECTORY"), logFolder);
    std::vector<std::unique_ptr<QProcess>> processes;
    QList<QProcess *> failed;
    const auto logOf
        = [&](const QString &node) { return QStringLiteral("%1/%2-of-%3.log").arg(logFolder, node).arg(nodes); };
    QElapsedTimer clock;
    clock.start();
    for (int n = 0; n < nodes; ++n) {
        const QString node = QStringLiteral("node-%1").arg(QLatin1Char(char('a' + n)));
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->setStandardOutputFile(logOf(node));
        p->start(QStringLiteral(EMCTL_PATH),
            {QStringLiteral("--directory"), directory, QStringLiteral("service"), QStringLiteral("--once"),
                QStringLiteral("--node"), node});
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        if (!p->waitForFinished(600000)) {
            p->kill();
            p->waitForFinished();
        }
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
            failed << p.get();
    }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    for (QProcess *p : std::as_const(failed)) {
        // The end of what it printed says why.
        QFile log(logOf(p->arguments().constLast()));
        const QByteArray said = log.open(QIODevice::ReadOnly) ? log.readAll().right(600) : QByteArray();
        run.failure += QStringLiteral("emctl service --once --node %1 exited with %2: ...%3\n")
                           .arg(p->arguments().constLast())
                           .arg(p->exitCode())
                           .arg(QString::fromUtf8(said));
    }

    auto dir = OrgDirectory::open(directory);
    if (!dir)
        return fail(dir.error());
    auto finished = (*dir)->events({{}, {}, EventCycleFinished, 0});
    auto applied = (*dir)->events({{}, {}, EventActionApplied, 0});
    if (!finished || !applied)
        return fail(finished ? applied.error() : finished.error());
    QMap<QString, int> checks;
    for (const Event &e : std::as_const(*finished))
        ++checks[e.server];
    QMap<QString, QMap<QString, int>> applies; // server: action: events
    for (const Event &e : std::as_const(*applied)) {
        for (const char *action : {"PING1", "M1.1"}) {
            if (e.message.startsWith(QStringLiteral("Mitigation action %1 (").arg(QLatin1String(action))))
                ++applies[e.server][QLatin1String(action)];
        }
    }
    LeaseStore leases((*dir)->connection(), (*dir)->historyStore());
    for (const QString &root : roots) {
        const QString name = QDir(root).dirName();
        run.checkedOnce += checks.value(name) == 1;
        const auto &mine = applies.value(name);
        run.appliedOnce
            += mine.size() == 2 && mine.value(QStringLiteral("PING1")) == 1 && mine.value(QStringLiteral("M1.1")) == 1;
        run.withRule += hasRule(root);
        auto serving = leases.serving(name);
        if (!serving)
            return fail(serving.error());
        ++run.servedBy[serving->servedBy.isEmpty() ? QStringLiteral("nobody") : serving->servedBy];
    }
    return run;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int servers = 1000;
    int repeat = 3;
    int unchangedRuns = 5;
    QString work;
    QString postgres;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--servers"))
            servers = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--repeat"))
            repeat = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--work"))
            work = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--postgres"))
            postgres = args.at(i + 1);
    }
    QTemporaryDir tmp(work.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_cycle-XXXXXX")
                                     : work + QStringLiteral("/bench_cycle-XXXXXX"));
    if (!tmp.isValid()) {
        std::fprintf(stderr, "bench_cycle: cannot create a work folder\n");
        return 1;
    }
    std::printf("# bench_cycle: %d dir: lab servers, %s\n", servers, qPrintable(bench::machineDescription()));
    std::printf("# work folder %s (%s)\n", qPrintable(tmp.path()), qPrintable(QDir(tmp.path()).absolutePath()));
    const QByteArray engine = postgres.isEmpty() ? QByteArrayLiteral("sqlite") : QByteArrayLiteral("postgresql");
    std::printf("engine %s: %s\n", engine.constData(),
        postgres.isEmpty() ? "SQLite files in the work folder" : "new databases on the PostgreSQL server");
    const auto newLab = [&](const QString &name) {
        return bench::newDirectoryLocator(tmp.path(), postgres, QStringLiteral("bench_cycle_") + name);
    };

    QList<double> firstRates, unchangedRates, driftSeconds;
    bool ok = true;
    for (int r = 0; r < repeat; ++r) {
        const QString labRoot = tmp.filePath(QStringLiteral("lab%1").arg(r));
        const auto located = newLab(QStringLiteral("lab%1").arg(r));
        if (!located) {
            std::fprintf(stderr, "bench_cycle: %s\n", qPrintable(located.error().message));
            return 1;
        }
        const QString directory = *located;
        QElapsedTimer build;
        build.start();
        bench::LabOrganizationOptions labOptions;
        labOptions.servers = servers;
        auto roots = bench::buildLabOrganization(labRoot, directory, labOptions);
        if (!roots) {
            std::fprintf(stderr, "bench_cycle: %s\n", qPrintable(roots.error().message));
            return 1;
        }
        std::printf(
            "lab %d: %d servers laid out and registered in %.1f s\n", r + 1, servers, double(build.elapsed()) / 1000.0);

        auto first = timedCycle(directory);
        if (!first) {
            std::fprintf(stderr, "bench_cycle: %s\n", qPrintable(first.error().message));
            return 1;
        }
        int withRule = 0;
        for (const QString &root : *roots)
            withRule += hasRule(root);
        const int changed = countChanged(first->report);
        const bool firstOk = allApplied(first->report) && changed == servers && withRule == servers;
        ok = ok && firstOk;
        firstRates << servers / first->seconds;
        std::printf("  first cycle: %.3f s, %.1f servers/s; %d changed, %d web.config files hold the rule%s\n",
            first->seconds, servers / first->seconds, changed, withRule, firstOk ? "" : "  (WRONG)");

        for (int u = 0; u < unchangedRuns; ++u) {
            int backupsBefore = 0, backupsAfter = 0;
            const auto before = snapshot(labRoot, &backupsBefore);
            auto second = timedCycle(directory);
            if (!second) {
                std::fprintf(stderr, "bench_cycle: %s\n", qPrintable(second.error().message));
                return 1;
            }
            const auto after = snapshot(labRoot, &backupsAfter);
            int differing = 0;
            for (auto it = after.cbegin(); it != after.cend(); ++it)
                differing += !before.contains(it.key()) || before.value(it.key()) != it.value();
            differing += int(before.size()) - int(after.size()) > 0 ? int(before.size() - after.size()) : 0;
            const bool unchangedOk = differing == 0 && backupsBefore == backupsAfter
                && countChanged(second->report) == 0 && allApplied(second->report);
            ok = ok && unchangedOk;
            unchangedRates << servers / second->seconds;
            std::printf("  unchanged cycle %d: %.3f s, %.1f servers/s; %lld files checked, %d written or "
                        "changed, backups %d -> %d%s\n",
                u + 1, second->seconds, servers / second->seconds, static_cast<long long>(after.size()), differing,
                backupsBefore, backupsAfter, unchangedOk ? "" : "  (WRONG)");
        }

        // Drift: an admin takes the rule out by hand on 10 servers.
        QStringList drifted;
        for (int i = 0; i < 10 && i < roots->size(); ++i) {
            const QString &root = roots->at(i * (roots->size() / 10));
            if (removeRuleByHand(root))
                drifted << root;
        }
        auto third = timedCycle(directory);
        if (!third) {
            std::fprintf(stderr, "bench_cycle: %s\n", qPrintable(third.error().message));
            return 1;
        }
        int restored = 0;
        for (const QString &root : std::as_const(drifted))
            restored += hasRule(root);
        const bool driftOk = drifted.size() == 10 && restored == 10 && countChanged(third->report) == 10;
        ok = ok && driftOk;
        driftSeconds << third->seconds;
        std::printf("  drift: rule removed by hand on %lld servers; next cycle %.3f s put it back on %d (%d "
                    "servers changed)%s\n",
            static_cast<long long>(drifted.size()), third->seconds, restored, countChanged(third->report),
            driftOk ? "" : "  (WRONG)");
        QDir(labRoot).removeRecursively();
    }
    // Service nodes: one alone, then two together, each on a fresh lab.
    QMap<int, QList<double>> nodeSeconds;
    bool nodesOk = true;
    for (int r = 0; r < repeat; ++r) {
        for (const int nodes : {1, 2}) {
            const QString name = QStringLiteral("nodes%1_%2").arg(nodes).arg(r);
            const QString labRoot = tmp.filePath(name);
            const QString logFolder = tmp.filePath(name + QStringLiteral("-logs"));
            const auto located = newLab(name);
            if (!located || !QDir().mkpath(logFolder)) {
                std::fprintf(stderr, "bench_cycle: %s\n",
                    located ? qPrintable(QStringLiteral("cannot create %1").arg(logFolder))
                            : qPrintable(located.error().message));
                return 1;
            }
            bench::LabOrganizationOptions labOptions;
            labOptions.servers = servers;
            auto roots = bench::buildLabOrganization(labRoot, *located, labOptions);
            if (!roots) {
                std::fprintf(stderr, "bench_cycle: %s\n", qPrintable(roots.error().message));
                return 1;
            }
            if (auto offline = offlineFeed(*located, tmp.filePath(QStringLiteral("no-feed.xml"))); !offline) {
                std::fprintf(stderr, "bench_cycle: %s\n", qPrintable(offline.error().message));
                return 1;
            }
            auto run = runServiceNodes(*located, *roots, nodes, logFolder);
            if (!run) {
                std::fprintf(stderr, "bench_cycle: %s\n", qPrintable(run.error().message));
                return 1;
            }
            QStringList split;
            for (auto it = run->servedBy.cbegin(); it != run->servedBy.cend(); ++it)
                split << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            const bool runOk = run->failure.isEmpty() && run->checkedOnce == servers && run->appliedOnce == servers
                && run->withRule == servers && !run->servedBy.contains(QStringLiteral("nobody"))
                && run->servedBy.size() == nodes;
            nodesOk = nodesOk && runOk;
            nodeSeconds[nodes] << run->seconds;
            std::printf("  %d service node%s (emctl service --once): %.3f s, %.1f servers/s; served by %s; checked "
                        "once: %d, each action applied once: %d, web.config with the rule: %d%s%s\n",
                nodes, nodes == 1 ? "" : "s", run->seconds, servers / run->seconds,
                qPrintable(split.join(QStringLiteral(", "))), run->checkedOnce, run->appliedOnce, run->withRule,
                runOk ? "" : "  (WRONG)", run->failure.isEmpty() ? "" : qPrintable(QLatin1Char(' ') + run->failure));
            QDir(labRoot).removeRecursively();
        }
    }

    const auto firstStats = bench::statsOf(firstRates);
    const auto unchangedStats = bench::statsOf(unchangedRates);
    std::printf("RESULT %s cycle-first servers_per_s %s (target >= 100)\n", engine.constData(),
        qPrintable(bench::statsText(firstStats, QStringLiteral("servers/s"), 1)));
    std::printf("RESULT %s cycle-unchanged servers_per_s %s (target >= 1000), no file written: %s\n",
        engine.constData(), qPrintable(bench::statsText(unchangedStats, QStringLiteral("servers/s"), 1)),
        ok ? "yes" : "NO");
    std::printf("RESULT %s cycle-drift seconds %s\n", engine.constData(),
        qPrintable(bench::statsText(bench::statsOf(driftSeconds), QStringLiteral("s"), 3)));
    const auto one = bench::statsOf(nodeSeconds.value(1));
    const auto two = bench::statsOf(nodeSeconds.value(2));
    std::printf("RESULT %s cycle-service-1-node seconds %s\n", engine.constData(),
        qPrintable(bench::statsText(one, QStringLiteral("s"), 3)));
    std::printf("RESULT %s cycle-service-2-nodes seconds %s, %.2f x one node's wall time; every server checked "
                "and each action applied exactly once: %s\n",
        engine.constData(), qPrintable(bench::statsText(two, QStringLiteral("s"), 3)), two.median / one.median,
        nodesOk ? "yes" : "NO");
    std::printf("# load average at the end: %s\n", qPrintable(bench::loadAverage()));
    return ok && nodesOk ? 0 : 1;
}
