// Benchmark (a program, not a test): settings changes from two concurrent
// emctl processes on one org directory. Two workers each run N `emctl block`
// processes one after the other, at the same time, on the same server with
// IDs of their own (A1..AN and B1..BN), the worst case for lost updates: every
// change is a read-modify-write of the same block list. Afterwards the block
// list must hold all 2N IDs and the audit trail 2N "block" rows.
//
// Also measured: the cost of one emctl process that opens the directory and
// changes nothing (get-org), and of one that only prints its version.
//
// Usage: bench_directory [--changes N] [--repeat R] [--postgres LOCATOR]
// (--postgres: the directory is a new database on that PostgreSQL server,
// LOCATOR naming any database there; else an SQLite file)

#include <cstdio>
#include <mutex>
#include <thread>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include "benchcommon.h"
#include "directory/orgdirectory.h"

using namespace em;

namespace {
const QString emctlPath = QStringLiteral(EMCTL_PATH);

bool runEmctl(const QStringList &args, QString *error = nullptr)
{
    QProcess p;
    p.start(emctlPath, args);
    const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && error)
        *error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return ok;
}

double medianProcessMs(const QStringList &args, int runs)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        if (!runEmctl(args))
            return -1;
        ms << double(clock.nsecsElapsed()) / 1e6;
    }
    return bench::statsOf(ms).median;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int changes = 200;
    int repeat = 3;
    QString postgres;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--changes"))
            changes = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--repeat"))
            repeat = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--postgres"))
            postgres = args.at(i + 1);
    }
    std::printf("# bench_directory: %s\n", qPrintable(bench::machineDescription()));
    QTemporaryDir tmp;
    const auto located = bench::newDirectoryLocator(tmp.path(), postgres, QStringLiteral("bench_directory"));
    if (!located) {
        std::fprintf(stderr, "bench_directory: %s\n", qPrintable(located.error().message));
        return 1;
    }
    const QString path = *located;
    const QByteArray engine = bench::engineOf(path).toUtf8();
    bench::LargeDirectoryOptions options;
    options.servers = 200;
    if (auto built = bench::buildLargeDirectory(path, options); !built) {
        std::fprintf(stderr, "bench_directory: %s\n", qPrintable(built.error().message));
        return 1;
    }
    // Each round on a server of its own, so that every round starts from a
    // short block list (a list grows by 2N IDs in a round).
    QStringList serverNames;
    {
        auto dir = OrgDirectory::open(path);
        const auto all = (*dir)->servers();
        for (const Server &s : *all) {
            if (!s.isEdge() && s.mitigationsBlocked.isEmpty())
                serverNames << s.name;
        }
    }
    QString server = serverNames.first();
    const QStringList base = {QStringLiteral("--directory"), path};
    std::printf("engine %s: %s\n", engine.constData(), qPrintable(path));
    std::printf("directory: %d servers, %d action statuses; both workers block IDs on the same server (one server per "
                "round, from %s)\n",
        options.servers, options.servers * options.actionsPerServer, qPrintable(server));
    std::printf("one emctl --version: %.1f ms; one emctl get-org (opens the directory): %.1f ms (medians of 21)\n",
        medianProcessMs({QStringLiteral("--version")}, 21),
        medianProcessMs(base + QStringList {QStringLiteral("get-org")}, 21));

    QList<double> rates;
    bool allKept = true;
    for (int r = 0; r < repeat; ++r) {
        server = serverNames.at(r % serverNames.size());
        const QString prefixA = QStringLiteral("R%1A").arg(r), prefixB = QStringLiteral("R%1B").arg(r);
        QStringList failures;
        std::mutex failuresMutex;
        const auto worker = [&](const QString &prefix) {
            for (int i = 1; i <= changes; ++i) {
                QString error;
                if (!runEmctl(
                        base + QStringList {QStringLiteral("block"), server, prefix + QString::number(i)}, &error)) {
                    const std::lock_guard lock(failuresMutex);
                    failures << error;
                }
            }
        };
        QElapsedTimer clock;
        clock.start();
        std::thread a(worker, prefixA);
        std::thread b(worker, prefixB);
        a.join();
        b.join();
        const double seconds = double(clock.nsecsElapsed()) / 1e9;

        auto dir = OrgDirectory::open(path);
        if (!dir)
            return 1;
        auto s = (*dir)->server(server);
        auto audit = (*dir)->audit({server, {}, 0});
        if (!s || !audit)
            return 1;
        int kept = 0;
        for (const QString &id : s->mitigationsBlocked)
            kept += id.startsWith(prefixA) || id.startsWith(prefixB);
        // Each audit row is one change of MitigationsBlocked; count those of this round.
        int roundRows = 0;
        for (const AuditEntry &e : *audit) {
            if (e.action != QLatin1String("block") || e.property != QLatin1String("MitigationsBlocked"))
                continue;
            const QStringList before = e.oldValue.split(QStringLiteral(", "), Qt::SkipEmptyParts);
            const QStringList after = e.newValue.split(QStringLiteral(", "), Qt::SkipEmptyParts);
            for (const QString &id : after) {
                if (!before.contains(id) && (id.startsWith(prefixA) || id.startsWith(prefixB)))
                    ++roundRows;
            }
        }
        const bool ok = failures.isEmpty() && kept == 2 * changes && roundRows == 2 * changes;
        allKept = allKept && ok;
        rates << 2 * changes / seconds;
        std::printf("round %d: %d changes in %.2f s = %.1f changes/s; block list keeps %d of %d IDs, audit has "
                    "%d of %d additions, %lld failed runs%s\n",
            r + 1, 2 * changes, seconds, 2 * changes / seconds, kept, 2 * changes, roundRows, 2 * changes,
            static_cast<long long>(failures.size()), ok ? "" : "  (LOST UPDATES OR FAILURES)");
        if (!failures.isEmpty())
            std::printf("  first failure: %s\n", qPrintable(failures.first()));
    }
    std::printf("RESULT %s directory-changes per_s %s (target >= 100), no lost update: %s\n", engine.constData(),
        qPrintable(bench::statsText(bench::statsOf(rates), QStringLiteral("changes/s"), 1)), allKept ? "yes" : "NO");
    std::printf("# load average at the end: %s\n", qPrintable(bench::loadAverage()));
    return allKept ? 0 : 1;
}
