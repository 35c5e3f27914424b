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
//
// Usage: bench_cycle [--servers N] [--repeat R] [--work DIR]
// (R fresh labs for the first cycle, 5 unchanged cycles per lab)

#include <cstdio>

#include <sys/stat.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include "benchcommon.h"
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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int servers = 1000;
    int repeat = 3;
    int unchangedRuns = 5;
    QString work;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--servers"))
            servers = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--repeat"))
            repeat = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--work"))
            work = args.at(i + 1);
    }
    QTemporaryDir tmp(work.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_cycle-XXXXXX")
                                     : work + QStringLiteral("/bench_cycle-XXXXXX"));
    if (!tmp.isValid()) {
        std::fprintf(stderr, "bench_cycle: cannot create a work folder\n");
        return 1;
    }
    std::printf("# bench_cycle: %d dir: lab servers, %s\n", servers, qPrintable(bench::machineDescription()));
    std::printf("# work folder %s (%s)\n", qPrintable(tmp.path()), qPrintable(QDir(tmp.path()).absolutePath()));

    QList<double> firstRates, unchangedRates, driftSeconds;
    bool ok = true;
    for (int r = 0; r < repeat; ++r) {
        const QString labRoot = tmp.filePath(QStringLiteral("lab%1").arg(r));
        const QString directory = tmp.filePath(QStringLiteral("lab%1.db").arg(r));
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
    const auto firstStats = bench::statsOf(firstRates);
    const auto unchangedStats = bench::statsOf(unchangedRates);
    std::printf("RESULT cycle-first servers_per_s %s (target >= 100)\n",
        qPrintable(bench::statsText(firstStats, QStringLiteral("servers/s"), 1)));
    std::printf("RESULT cycle-unchanged servers_per_s %s (target >= 1000), no file written: %s\n",
        qPrintable(bench::statsText(unchangedStats, QStringLiteral("servers/s"), 1)), ok ? "yes" : "NO");
    std::printf("RESULT cycle-drift seconds %s\n",
        qPrintable(bench::statsText(bench::statsOf(driftSeconds), QStringLiteral("s"), 3)));
    std::printf("# load average at the end: %s\n", qPrintable(bench::loadAverage()));
    return ok ? 0 : 1;
}
