// em_bench_postgres: the private PostgreSQL cluster run-all.sh measures on:
// the tests' fixture (pgcluster.h: initdb into a folder, a Unix socket in
// that folder only, as the postgres user when run as root) with PostgreSQL's
// own durability settings (fsync, synchronous_commit and full_page_writes on,
// as a production server runs), filled with a copy of an SQLite directory by
// `emctl directory copy` (timed as a process; it compares both sides after).
//
//   em_bench_postgres --work DIR [--copy-from SQLITE_FILE --database NAME]
//
// Prints "server LOCATOR" (the maintenance database), with --copy-from
// "copied ..." and "directory LOCATOR", then "ready"; runs until its standard
// input ends or it gets SIGTERM or SIGINT, then stops the cluster and deletes
// its folder.

#include <csignal>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include "benchcommon.h"
#include "pgcluster.h"

namespace {
volatile std::sig_atomic_t stopRequested = 0;

void onSignal(int)
{
    stopRequested = 1;
}

int usage()
{
    std::fprintf(stderr, "usage: em_bench_postgres --work DIR [--copy-from SQLITE_FILE --database NAME]\n");
    return 2;
}

// Blocks until standard input ends or a signal asks to stop.
void waitForStop()
{
    // No SA_RESTART: a signal ends the read.
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    char line[256];
    while (!stopRequested && std::fgets(line, sizeof line, stdin)) { }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString work, copyFrom, database;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--work"))
            work = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--copy-from"))
            copyFrom = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--database"))
            database = args.at(i + 1);
        else
            return usage();
    }
    if (work.isEmpty() || copyFrom.isEmpty() != database.isEmpty())
        return usage();

    QElapsedTimer clock;
    clock.start();
    em::test::PostgresCluster::Options options;
    options.durable = true;
    options.parentFolder = work;
    em::test::PostgresCluster cluster(options);
    if (!cluster.ok()) {
        std::fprintf(stderr, "em_bench_postgres: %s\n", qPrintable(cluster.error()));
        return 1;
    }
    const QString server = cluster.locator(QStringLiteral("postgres"));
    std::printf("server %s\n", qPrintable(server));
    std::printf("# cluster: initdb and pg_ctl start in %.1f s, data in %s\n", double(clock.elapsed()) / 1000.0,
        qPrintable(cluster.path(QStringLiteral("data"))));
    std::fflush(stdout);

    if (!copyFrom.isEmpty()) {
        auto target = em::bench::newPostgresDatabase(server, database);
        if (!target) {
            std::fprintf(stderr, "em_bench_postgres: %s\n", qPrintable(target.error().message));
            return 1;
        }
        QProcess copy;
        copy.setProcessChannelMode(QProcess::MergedChannels);
        clock.restart();
        copy.start(QStringLiteral(EMCTL_PATH),
            {QStringLiteral("directory"), QStringLiteral("copy"), QStringLiteral("--from"), copyFrom,
                QStringLiteral("--to"), *target});
        const bool copied
            = copy.waitForFinished(1800000) && copy.exitStatus() == QProcess::NormalExit && copy.exitCode() == 0;
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        const QString said
            = QString::fromUtf8(copy.readAll()).trimmed().replace(QLatin1Char('\n'), QLatin1String("; "));
        if (!copied) {
            std::fprintf(stderr, "em_bench_postgres: emctl directory copy failed: %s\n", qPrintable(said));
            return 1;
        }
        std::printf("copied emctl directory copy --from %s --to %s: %.1f s (%s)\n", qPrintable(copyFrom),
            qPrintable(*target), seconds, qPrintable(said));
        std::printf("directory %s\n", qPrintable(*target));
    }
    std::printf("ready\n");
    std::fflush(stdout);
    waitForStop();
    if (!cluster.stop())
        std::fprintf(stderr, "em_bench_postgres: %s\n", qPrintable(cluster.error()));
    return 0;
}
