// emctl verbs for the cycle, rollback, reports and the EM service loop.

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include "cli.h"
#include "directory/leasestore.h"
#include "engine/cycle.h"
#include "engine/diagnostics.h"
#include "engine/operations/operations.h"
#include "engine/reportexport.h"
#include "engine/service.h"
#include "model/actionstatus.h"
#include "report/mitigationreport.h"

namespace em::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(emctl)
};

// The plan or outcome of a cycle as aligned text: one block per server.
QString cycleText(const CycleReport &report, bool dryRun)
{
    QString out;
    for (const ServerOutcome &s : report.servers) {
        out += QStringLiteral("%1  %2\n").arg(s.server, dryRun ? Text::tr("(dry run)") : s.result);
        qsizetype idWidth = 0, statusWidth = 0;
        for (const ActionOutcome &a : s.actions) {
            idWidth = std::max(idWidth, a.status.actionId.size());
            statusWidth = std::max(statusWidth, statusName(a.status.status).size());
        }
        for (const ActionOutcome &a : s.actions) {
            // What this run changed; for what it left alone, why (not the story of an earlier change).
            const QString text = !a.change.isEmpty()       ? a.change
                : a.status.status == ActionStatus::Applied ? QString()
                                                           : a.status.detail.render();
            QString line = QStringLiteral("    %1  %2  %3")
                               .arg(a.status.actionId.leftJustified(idWidth),
                                   statusName(a.status.status).leftJustified(statusWidth), text);
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            out += line + QLatin1Char('\n');
        }
        if (!s.error.isEmpty())
            out += QStringLiteral("    %1\n").arg(s.error);
    }
    if (report.cancelled)
        out += Text::tr("Stopped before every server was processed.\n");
    if (!report.logFile.isEmpty())
        out += Text::tr("Log: %1\n").arg(report.logFile);
    return out;
}

QList<Record> cycleRecords(const CycleReport &report)
{
    QList<Record> records;
    for (const ServerOutcome &s : report.servers) {
        for (const ActionOutcome &a : s.actions) {
            records << Record {{QStringLiteral("Server"), s.server, {}}, {QStringLiteral("ID"), a.status.actionId, {}},
                {QStringLiteral("Status"), statusName(a.status.status), {}}, {QStringLiteral("Change"), a.change, {}},
                {QStringLiteral("Detail"), a.status.detail.render(), {}},
                {QStringLiteral("ServerResult"), s.result, {}}};
        }
    }
    return records;
}

int run(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(valueOption("identity", Text::tr("Only this server."), "NAME"));
    p.addOption({QStringLiteral("dry-run"), Text::tr("Print the plan; change nothing.")});
    p.addOption({QStringLiteral("request"),
        Text::tr("Ask the EM service to run a cycle instead (the console's \"Ask the service to run now\").")});
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    const bool serviceRun = p.isSet(QStringLiteral("request"));
    if (serviceRun && (p.isSet(QStringLiteral("identity")) || p.isSet(QStringLiteral("dry-run"))))
        return cli.usage(Text::tr("--request asks the service to run on its servers: it takes no --identity or "
                                  "--dry-run"));
    // A dry run changes nothing, not even creates a directory.
    OrgDirectory *dir = cli.directory(serviceRun || !p.isSet(QStringLiteral("dry-run")));
    if (!dir)
        return ExitFailed;
    ops::Context context {Actor::current()};
    if (serviceRun)
        return printOutcome(cli, ops::requestServiceRun(*dir, context));
    ops::RunRequest request;
    if (p.isSet(QStringLiteral("identity")))
        request.servers = QStringList {p.value(QStringLiteral("identity"))};
    request.dryRun = p.isSet(QStringLiteral("dry-run"));
    const ops::RunOutcome outcome = ops::runNow(*dir, request, context);
    if (!outcome.report.servers.isEmpty()) {
        if (cli.format() == OutputFormat::Text)
            cli.print(cycleText(outcome.report, request.dryRun));
        else
            cli.printRecords(cycleRecords(outcome.report));
    }
    const int code = printOutcome(cli, outcome);
    return code == ExitOk && outcome.report.failedServers() > 0 ? int(ExitFailed) : code;
}

int rollback(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Server name."));
    p.addPositionalArgument(QStringLiteral("ID"), Text::tr("Mitigation ID (M1) or action ID (M1.1)."));
    if (!cli.parse(p, args, 2, 2))
        return cli.parseExitCode();
    const QString id = p.positionalArguments().at(1);
    if (auto valid = checkMitigationId(id); !valid)
        return cli.usage(valid.error().message);
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    ops::Context context {Actor::current()};
    return printOutcome(cli, ops::rollback(*dir, {p.positionalArguments().first()}, {id}, context));
}

int getMitigations(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(valueOption("identity", Text::tr("Only this server."), "NAME"));
    p.addOption(valueOption("export-csv", Text::tr("Write the report to this CSV file (RFC 4180, UTF-8)."), "FILE"));
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    const QString identity = p.value(QStringLiteral("identity"));
    if (p.isSet(QStringLiteral("export-csv"))) {
        ExportOptions options;
        options.identity = identity;
        auto rows = exportMitigationsCsv(*dir, p.value(QStringLiteral("export-csv")), options);
        if (!rows)
            return cli.failed(rows.error());
        return ExitOk;
    }
    if (!identity.isEmpty()) {
        if (auto server = dir->server(identity); !server)
            return cli.failed(server.error());
    }
    QList<Record> records;
    auto streamed = dir->mitigationRows(identity, [&](const MitigationRow &row) {
        records << mitigationRecord(row);
        return true;
    });
    if (!streamed)
        return cli.failed(streamed.error());
    cli.printRecords(records);
    return ExitOk;
}
#ifdef Q_OS_UNIX
// SIGTERM and SIGINT reach the event loop through a socket pair: the handler
// only writes a byte, the loop then stops the service cleanly.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}
#endif

int service(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("once"), Text::tr("Run one check now, then exit.")});
    p.addOption(valueOption(
        "request-poll", Text::tr("How often to look for run requests, in seconds (default 30)."), "SECONDS"));
    p.addOption(valueOption("servers", Text::tr("Serve only these servers (comma-separated names)."), "NAME,..."));
    p.addOption(valueOption("site", Text::tr("Serve only the servers of this site."), "SITE"));
    p.addOption(valueOption("node",
        Text::tr("This node's name in the servers' leases (default: the host name; give each node on one "
                 "machine its own)."),
        "NAME"));
    p.addOption(valueOption("lease",
        Text::tr("How long a node holds a server it serves, in seconds (default 600); another node takes it over "
                 "when it expires. Longer than a server's cycle."),
        "SECONDS"));
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    ServiceOptions options;
    options.directoryPath = cli.directoryPath();
    options.once = p.isSet(QStringLiteral("once"));
    options.node = p.isSet(QStringLiteral("node")) ? p.value(QStringLiteral("node"))
                                                   // The host name: a node restarted after a crash takes its own leases
                                                   // back at once instead of waiting for them to expire.
                                                   : QSysInfo::machineHostName();
    if (options.node.trimmed().isEmpty())
        return cli.usage(Text::tr("--node: an empty name"));
    options.onlyServers = p.value(QStringLiteral("servers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.site = p.value(QStringLiteral("site"));
    if (p.isSet(QStringLiteral("lease"))) {
        bool ok = false;
        options.leaseSeconds = p.value(QStringLiteral("lease")).toInt(&ok);
        if (!ok || options.leaseSeconds < 1 || options.leaseSeconds > 86400)
            return cli.usage(
                Text::tr("invalid --lease '%1': expected 1 to 86400 seconds").arg(p.value(QStringLiteral("lease"))));
    }
    if (p.isSet(QStringLiteral("request-poll"))) {
        bool ok = false;
        const int seconds = p.value(QStringLiteral("request-poll")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return cli.usage(Text::tr("invalid --request-poll '%1': expected 1 to 3600 seconds")
                                 .arg(p.value(QStringLiteral("request-poll"))));
        options.runRequestPoll = std::chrono::seconds(seconds);
    }

    if (!cli.directory()) // created here when missing, and said so
        return ExitFailed;
    MitigationService svc(options);
    QObject::connect(
        &svc, &MitigationService::message, &svc, [&cli](const QString &line) { cli.print(line + QLatin1Char('\n')); });
    QObject::connect(&svc, &MitigationService::stopped, QCoreApplication::instance(), &QCoreApplication::quit);
#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> notifier;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(signalPipe[1], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &svc, [&svc] {
            char byte = 0;
            [[maybe_unused]] const auto n = ::read(signalPipe[1], &byte, 1);
            svc.stop();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &action, nullptr);
        sigaction(SIGINT, &action, nullptr);
    }
#endif
    if (auto started = svc.start(); !started)
        return cli.failed(started.error());
    QCoreApplication::exec();
    // Stopped cleanly: the servers it held are free for the other nodes now.
    if (OrgDirectory *dir = cli.directory()) {
        LeaseStore leases(dir->connection(), dir->historyStore());
        if (auto released = leases.release(options.node); !released)
            cli.warn(released.error().message);
    }
    // A check that could not record what it did is a failure for whoever ran --once.
    return options.once && svc.recordingFailed() ? ExitFailed : ExitOk;
}

int diagnosticsPreview(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Server name."));
    if (!cli.parse(p, args, 1, 1))
        return cli.parseExitCode();
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    auto payload = diagnosticPayloadFor(*dir, p.positionalArguments().first());
    if (!payload)
        return cli.failed(payload.error());
    auto org = dir->org();
    auto server = dir->server(p.positionalArguments().first());
    if (org && server && !sendsDiagnostics(*org, *server)) {
        cli.warn(org->diagnosticsUrl.isEmpty()
                ? Text::tr("nothing is sent: the organization has no diagnostics URL (set-org --diagnostics-url)")
                : Text::tr("nothing is sent: DataCollectionEnabled is False on %1").arg(server->name));
    }
    cli.print(QString::fromUtf8(*payload));
    return ExitOk;
}
} // namespace

QList<Verb> engineVerbs()
{
    return {
        {QStringLiteral("run"), QStringLiteral("[--identity NAME] [--dry-run] | --request"),
            Text::tr("run one mitigation cycle now (--dry-run prints the plan and changes nothing; --request asks "
                     "the EM service to run)"),
            run, Writes},
        {QStringLiteral("rollback"), QStringLiteral("NAME ID"),
            Text::tr("remove what an applied action added, block it if it is still due, and record it"), rollback,
            Writes},
        {QStringLiteral("get-mitigations"), QStringLiteral("[--identity NAME] [--export-csv FILE]"),
            Text::tr("the Get-Mitigations report"), getMitigations},
        {QStringLiteral("service"), QStringLiteral("[--once] [--servers NAME,...] [--site SITE] [--node NAME]"),
            Text::tr("the EM service loop: first check after the start delay, then every interval; stops on SIGTERM"),
            service, Writes},
        {QStringLiteral("diagnostics preview"), QStringLiteral("NAME"),
            Text::tr("print exactly the diagnostic data the service would send for a server"), diagnosticsPreview},
    };
}

} // namespace em::cli
