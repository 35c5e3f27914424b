// Benchmark (a program, not a test): the cycle over ssh: servers against the
// same servers as dir: in the same run. 50 lab servers (the real Exchange
// 2019 IIS files, catalog PING1 + a Site-scope URL Rewrite) behind one
// private OpenSSH server on 127.0.0.1 (the Debian sshd and sftp-server, the
// tests' fixture), and an identical set of 50 reached as dir:.
//
//   first cycle: every server's web.config gets the rule: servers per second,
//                ssh: and dir: (each on its own fresh labs);
//   unchanged cycle: nothing changes; servers per second, alternating ssh:
//                and dir: runs; not one file written on either side;
//   unchanged with 16 workers: the ssh: servers with more at once (the
//                cycle's automatic choice is 2x the cores, at most 8);
//   session: connect + key exchange + login + SFTP start per server, one
//                after the other, the CPU it costs here, and the same done
//                by OpenSSH's sftp client (its process start included);
//                sshd's CPU per session over the run (its reaped children).
//
// The machine is shared: the wall-clock numbers move with its load; the
// ratios ssh:/dir: of the same run and the CPU time per server move less.
//
// Usage: bench_ssh [--servers N] [--repeat R] [--work DIR]

#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QThread>

#include "benchcommon.h"
#include "directory/orgdirectory.h"
#include "engine/cycle.h"
#include "host/sshhost.h"
#include "sshdfixture.h"

using namespace em;

namespace {
const Actor benchActor {QStringLiteral("bench"), QStringLiteral("bench")};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// Every file under the labs with its size, time and content hash.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> marks;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        marks.insert(path,
            QByteArray::number(info.size()) + ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + ' '
                + fileHash(path));
    }
    return marks;
}

int differences(const QMap<QString, QByteArray> &a, const QMap<QString, QByteArray> &b)
{
    int n = 0;
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        n += !a.contains(it.key()) || a.value(it.key()) != it.value();
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        n += !b.contains(it.key());
    return n;
}

bool allApplied(const CycleReport &report, int *changed)
{
    *changed = 0;
    bool ok = true;
    for (const ServerOutcome &s : report.servers) {
        *changed += s.changed;
        if (!s.error.isEmpty())
            ok = false;
        for (const ActionOutcome &a : s.actions) {
            if (a.status.status != ActionStatus::Applied) {
                if (ok)
                    std::fprintf(stderr, "  %s %s: %s\n", qPrintable(s.server), qPrintable(a.status.actionId),
                        qPrintable(a.status.detail.render()));
                ok = false;
            }
        }
    }
    return ok;
}

bool hasRule(const QString &serverRoot)
{
    QFile f(serverRoot + QStringLiteral("/inetpub/wwwroot/web.config"));
    return f.open(QIODevice::ReadOnly) && f.readAll().contains("EEMS M1.1 PowerShell - inbound");
}

double cpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The CPU time of a process's reaped children (cutime + cstime), in seconds.
double childrenCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // After the name: state(0) ... utime(11) stime(12) cutime(13) cstime(14).
    if (fields.size() < 15)
        return 0;
    return double(fields.at(13).toLongLong() + fields.at(14).toLongLong()) / double(::sysconf(_SC_CLK_TCK));
}

struct Cycle {
    double seconds = 0;
    double cpu = 0; // this process
    CycleReport report;
};

Result<Cycle> timedCycle(const QString &directoryPath, const HostOptions &hostOptions, int workers = 0)
{
    auto dir = OrgDirectory::open(directoryPath);
    if (!dir)
        return fail(dir.error());
    CycleOptions options;
    options.hostOptions = hostOptions;
    options.writeLog = false;
    options.workers = workers;
    Cycle cycle;
    const double cpu = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    auto report = runCycle(**dir, options);
    cycle.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!report)
        return fail(report.error());
    cycle.cpu = cpuSeconds() - cpu;
    cycle.report = *report;
    return cycle;
}

Result<QStringList> labs(const QString &root, const QString &db, int servers, const sshtest::SshdFixture *sshd)
{
    bench::LabOrganizationOptions options;
    options.servers = servers;
    auto roots = bench::buildLabOrganization(root, db, options);
    if (!roots || !sshd)
        return roots;
    auto dir = OrgDirectory::open(db);
    if (!dir)
        return fail(dir.error());
    auto list = (*dir)->servers();
    if (!list)
        return fail(list.error());
    for (const Server &s : *list) {
        const QString labRoot = s.host.mid(4); // dir:PATH
        auto changed = (*dir)->updateServer(
            s.name, QStringLiteral("set-server"),
            [&](Server &server) -> Result<void> {
                server.host = sshd->locator(labRoot);
                return {};
            },
            benchActor);
        if (!changed)
            return fail(changed.error());
    }
    return roots;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int servers = 50;
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
    QTemporaryDir tmp(work.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_ssh-XXXXXX")
                                     : work + QStringLiteral("/bench_ssh-XXXXXX"));
    if (!tmp.isValid()) {
        std::fprintf(stderr, "bench_ssh: cannot create a work folder\n");
        return 1;
    }
    sshtest::SshdFixture sshd(tmp.filePath(QStringLiteral("sshd")));
    if (!sshd.start()) {
        std::fprintf(stderr, "bench_ssh: %s\n", qPrintable(sshd.error()));
        return 1;
    }
    auto known = std::make_shared<InMemoryKnownHosts>();
    known->accept(sshd.endpoint(), SshHostKey {QStringLiteral("ssh-ed25519"), sshd.hostKeyFingerprint(), {}, {}});
    HostOptions sshOptions;
    sshOptions.knownHosts = known;
    sshOptions.sshIdentityFiles = {sshd.clientKey()};
    std::printf("# bench_ssh: %d lab servers as ssh: (one local sshd) and as dir:, %s\n", servers,
        qPrintable(bench::machineDescription()));
    std::printf("# work folder %s; sshd %s on 127.0.0.1:%d\n", qPrintable(tmp.path()),
        qPrintable(QString::fromLatin1(sshtest::runTool(QStringLiteral("dpkg-query"),
            {QStringLiteral("-W"), QStringLiteral("-f"), QStringLiteral("${Package} ${Version}  "),
                QStringLiteral("openssh-server"), QStringLiteral("libssh-4")}))),
        sshd.port());
    std::printf("# load average at the start: %s\n", qPrintable(bench::loadAverage()));

    QList<double> firstSsh, firstDir, firstRatio, unchangedSsh, unchangedDir, unchangedRatio;
    QList<double> cpuSshFirst, cpuDirFirst, cpuSshUnchanged, cpuDirUnchanged;
    QList<double> sessionMs, sessionCpuMs, opensshMs, unchangedSshWide;
    int sessions = 0;
    const double serverCpuAtStart = childrenCpuSeconds(sshd.listenerPid());
    bool ok = true;
    for (int r = 0; r < repeat; ++r) {
        const QString sshRoot = tmp.filePath(QStringLiteral("ssh%1").arg(r));
        const QString dirRoot = tmp.filePath(QStringLiteral("dir%1").arg(r));
        const QString sshDb = tmp.filePath(QStringLiteral("ssh%1.db").arg(r));
        const QString dirDb = tmp.filePath(QStringLiteral("dir%1.db").arg(r));
        auto sshRoots = labs(sshRoot, sshDb, servers, &sshd);
        auto dirRoots = labs(dirRoot, dirDb, servers, nullptr);
        if (!sshRoots || !dirRoots) {
            std::fprintf(
                stderr, "bench_ssh: %s\n", qPrintable((!sshRoots ? sshRoots.error() : dirRoots.error()).message));
            return 1;
        }
        std::printf("round %d: %d + %d lab servers laid out\n", r + 1, servers, servers);

        // First cycles: dir: first in odd rounds, ssh: first in even ones.
        Cycle first[2]; // [0] ssh:, [1] dir:
        for (int k = 0; k < 2; ++k) {
            const bool ssh = (k + r) % 2 == 0;
            auto c = timedCycle(ssh ? sshDb : dirDb, ssh ? sshOptions : HostOptions {});
            if (!c) {
                std::fprintf(stderr, "bench_ssh: %s\n", qPrintable(c.error().message));
                return 1;
            }
            first[ssh ? 0 : 1] = *c;
        }
        for (int k = 0; k < 2; ++k) {
            const QStringList &roots = k == 0 ? *sshRoots : *dirRoots;
            int withRule = 0;
            for (const QString &root : roots)
                withRule += hasRule(root);
            int changed = 0;
            const bool good = allApplied(first[k].report, &changed) && changed == servers && withRule == servers;
            ok = ok && good;
            std::printf("  first cycle %s %.3f s, %.1f servers/s, CPU here %.1f ms/server; %d changed, %d "
                        "web.config files hold the rule%s\n",
                k == 0 ? "ssh:" : "dir:", first[k].seconds, servers / first[k].seconds, first[k].cpu * 1000 / servers,
                changed, withRule, good ? "" : "  (WRONG)");
        }
        firstSsh << servers / first[0].seconds;
        firstDir << servers / first[1].seconds;
        firstRatio << first[0].seconds / first[1].seconds;
        cpuSshFirst << first[0].cpu * 1000 / servers;
        cpuDirFirst << first[1].cpu * 1000 / servers;

        for (int u = 0; u < unchangedRuns; ++u) {
            Cycle c[2];
            for (int k = 0; k < 2; ++k) {
                const bool ssh = (k + u) % 2 == 0;
                const QString root = ssh ? sshRoot : dirRoot;
                const auto before = snapshot(root);
                auto run = timedCycle(ssh ? sshDb : dirDb, ssh ? sshOptions : HostOptions {});
                if (!run) {
                    std::fprintf(stderr, "bench_ssh: %s\n", qPrintable(run.error().message));
                    return 1;
                }
                const int written = differences(before, snapshot(root));
                int changed = 0;
                const bool good = allApplied(run->report, &changed) && changed == 0 && written == 0;
                ok = ok && good;
                if (!good)
                    std::printf("  unchanged cycle %s: %d files written, %d servers changed  (WRONG)\n",
                        ssh ? "ssh:" : "dir:", written, changed);
                c[ssh ? 0 : 1] = *run;
            }
            unchangedSsh << servers / c[0].seconds;
            unchangedDir << servers / c[1].seconds;
            unchangedRatio << c[0].seconds / c[1].seconds;
            cpuSshUnchanged << c[0].cpu * 1000 / servers;
            cpuDirUnchanged << c[1].cpu * 1000 / servers;
            std::printf("  unchanged cycle %d: ssh: %.3f s (%.1f servers/s), dir: %.3f s (%.1f servers/s), ratio "
                        "%.1fx; CPU per server here: ssh: %.1f ms, dir: %.1f ms\n",
                u + 1, c[0].seconds, servers / c[0].seconds, c[1].seconds, servers / c[1].seconds,
                c[0].seconds / c[1].seconds, c[0].cpu * 1000 / servers, c[1].cpu * 1000 / servers);
        }

        // More servers at once: their sessions mostly wait (for sshd's
        // processes, for replies), so more workers than cores pay off.
        {
            const auto before = snapshot(sshRoot);
            auto wide = timedCycle(sshDb, sshOptions, 16);
            if (!wide) {
                std::fprintf(stderr, "bench_ssh: %s\n", qPrintable(wide.error().message));
                return 1;
            }
            int changed = 0;
            const bool good
                = allApplied(wide->report, &changed) && changed == 0 && differences(before, snapshot(sshRoot)) == 0;
            ok = ok && good;
            unchangedSshWide << servers / wide->seconds;
            std::printf("  unchanged cycle ssh: with 16 workers: %.3f s (%.1f servers/s)%s\n", wide->seconds,
                servers / wide->seconds, good ? "" : "  (WRONG)");
        }

        // The session alone: connect, key exchange, host key check, login,
        // SFTP started and the root looked at; one server after the other.
        const double cpu = cpuSeconds();
        QElapsedTimer clock;
        clock.start();
        for (const QString &root : std::as_const(*sshRoots)) {
            QElapsedTimer one;
            one.start();
            auto transport = host::SshTransport::connect(sshd.locator(root), sshOptions);
            if (!transport) {
                std::fprintf(stderr, "bench_ssh: %s\n", qPrintable(transport.error().message));
                return 1;
            }
            auto files = (*transport)->files();
            if (!files || !(*files)->status(QString())) {
                std::fprintf(stderr, "bench_ssh: SFTP did not start\n");
                return 1;
            }
            sessionMs << double(one.nsecsElapsed()) / 1e6;
        }
        const double total = double(clock.nsecsElapsed()) / 1e6;
        sessionCpuMs << (cpuSeconds() - cpu) * 1000 / servers;
        // The same by OpenSSH's own sftp client: connect, log in, start SFTP,
        // go to the root, leave (its process start included).
        const QString batch = tmp.filePath(QStringLiteral("sftp-batch"));
        QFile batchFile(batch);
        if (!batchFile.open(QIODevice::WriteOnly) || batchFile.write("cd " + QFile::encodeName(sshRoot) + "\n") <= 0) {
            std::fprintf(stderr, "bench_ssh: cannot write %s\n", qPrintable(batch));
            return 1;
        }
        batchFile.close();
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer one;
            one.start();
            int code = 0;
            sshtest::runTool(QStringLiteral("sftp"),
                {QStringLiteral("-q"), QStringLiteral("-b"), batch, QStringLiteral("-i"), sshd.clientKey(),
                    QStringLiteral("-P"), QString::number(sshd.port()), QStringLiteral("-o"),
                    QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
                    QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
                    QStringLiteral("GSSAPIAuthentication=no"), QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR"),
                    sshd.user() + QStringLiteral("@127.0.0.1")},
                &code);
            if (code != 0) {
                std::fprintf(stderr, "bench_ssh: OpenSSH's sftp failed (%d)\n", code);
                return 1;
            }
            opensshMs << double(one.nsecsElapsed()) / 1e6;
        }
        sessions += servers * (3 + unchangedRuns);
        std::printf("  sessions: %d one after the other in %.0f ms (%.1f ms each), CPU here %.1f ms each; OpenSSH's "
                    "sftp client: %s\n",
            servers, total, total / servers, sessionCpuMs.last(),
            qPrintable(
                bench::statsText(bench::statsOf(opensshMs.mid(opensshMs.size() - 10)), QStringLiteral("ms"), 1)));
        QDir(sshRoot).removeRecursively();
        QDir(dirRoot).removeRecursively();
    }
    auto text = [](const QList<double> &values, const char *unit, int decimals) {
        return bench::statsText(bench::statsOf(values), QString::fromLatin1(unit), decimals);
    };
    std::printf("RESULT ssh-cycle-first servers_per_s %s\n", qPrintable(text(firstSsh, "servers/s", 1)));
    std::printf("RESULT dir-cycle-first servers_per_s %s\n", qPrintable(text(firstDir, "servers/s", 1)));
    std::printf("RESULT ssh-vs-dir-first time_ratio %s\n", qPrintable(text(firstRatio, "x", 1)));
    std::printf("RESULT ssh-cycle-unchanged servers_per_s %s, no file written: %s\n",
        qPrintable(text(unchangedSsh, "servers/s", 1)), ok ? "yes" : "NO");
    std::printf("RESULT dir-cycle-unchanged servers_per_s %s\n", qPrintable(text(unchangedDir, "servers/s", 1)));
    std::printf(
        "RESULT ssh-cycle-unchanged-16-workers servers_per_s %s\n", qPrintable(text(unchangedSshWide, "servers/s", 1)));
    std::printf("RESULT ssh-vs-dir-unchanged time_ratio %s\n", qPrintable(text(unchangedRatio, "x", 1)));
    std::printf("RESULT cpu-per-server-first here ssh: %s, dir: %s\n", qPrintable(text(cpuSshFirst, "ms", 1)),
        qPrintable(text(cpuDirFirst, "ms", 1)));
    std::printf("RESULT cpu-per-server-unchanged here ssh: %s, dir: %s\n", qPrintable(text(cpuSshUnchanged, "ms", 1)),
        qPrintable(text(cpuDirUnchanged, "ms", 1)));
    std::printf("RESULT ssh-session wall_ms %s; CPU here %s\n", qPrintable(text(sessionMs, "ms", 1)),
        qPrintable(text(sessionCpuMs, "ms", 1)));
    std::printf(
        "RESULT openssh-sftp-session wall_ms %s (process start included)\n", qPrintable(text(opensshMs, "ms", 1)));
    std::printf("RESULT sshd-cpu-per-session %.2f ms (sshd and its sessions, reaped children, over %d sessions)\n",
        (childrenCpuSeconds(sshd.listenerPid()) - serverCpuAtStart) * 1000 / std::max(1, sessions), sessions);
    std::printf("# load average at the end: %s\n", qPrintable(bench::loadAverage()));
    return ok ? 0 : 1;
}
