// em_bench_generate: writes the large inputs the benchmarks run on.
//   em_bench_generate directory PATH [SERVERS=10000] [ACTIONS_PER_SERVER=30]
//       an org directory with SERVERS servers and SERVERS x ACTIONS action statuses
//   em_bench_generate lab ROOT DIRECTORY [SERVERS=1000]
//       SERVERS dir: lab servers under ROOT (the real IIS fixtures) and a
//       directory that registers them, with a Site-scope URL Rewrite catalog

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "benchcommon.h"

namespace {
int usage()
{
    std::fprintf(stderr,
        "usage: em_bench_generate directory PATH [SERVERS] [ACTIONS_PER_SERVER]\n"
        "       em_bench_generate lab ROOT DIRECTORY [SERVERS]\n");
    return 2;
}

void progress(int done, int total)
{
    std::fprintf(stderr, "\r%d of %d", done, total);
    if (done == total)
        std::fprintf(stderr, "\n");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 2)
        return usage();
    QElapsedTimer clock;
    clock.start();
    if (args.at(0) == QLatin1String("directory")) {
        em::bench::LargeDirectoryOptions options;
        if (args.size() > 2)
            options.servers = args.at(2).toInt();
        if (args.size() > 3)
            options.actionsPerServer = args.at(3).toInt();
        if (options.servers < 1 || options.actionsPerServer < 1 || args.size() > 4)
            return usage();
        options.progress = progress;
        if (auto built = em::bench::buildLargeDirectory(args.at(1), options); !built) {
            std::fprintf(stderr, "em_bench_generate: %s\n", qPrintable(built.error().message));
            return 1;
        }
        std::printf("directory %s: %d servers, %d action statuses, %.1f s\n", qPrintable(args.at(1)), options.servers,
            options.servers * options.actionsPerServer, double(clock.elapsed()) / 1000.0);
        return 0;
    }
    if (args.at(0) == QLatin1String("lab")) {
        if (args.size() < 3 || args.size() > 4)
            return usage();
        em::bench::LabOrganizationOptions options;
        if (args.size() > 3)
            options.servers = args.at(3).toInt();
        if (options.servers < 1)
            return usage();
        options.progress = progress;
        auto built = em::bench::buildLabOrganization(args.at(1), args.at(2), options);
        if (!built) {
            std::fprintf(stderr, "em_bench_generate: %s\n", qPrintable(built.error().message));
            return 1;
        }
        std::printf("lab %s: %d servers registered in %s, %.1f s\n", qPrintable(args.at(1)), int(built->size()),
            qPrintable(args.at(2)), double(clock.elapsed()) / 1000.0);
        return 0;
    }
    return usage();
}
