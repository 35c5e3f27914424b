// emctl verbs for the cycle, rollback, reports and the EM service loop.

#include <QCoreApplication>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include "cli.h"
#include "engine/cycle.h"
#include "engine/diagnostics.h"
#include "engine/reportexport.h"
#include "engine/service.h"
#include "model/actionstatus.h"
#include "model/clock.h"
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
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    CycleOptions options;
    options.identity = p.value(QStringLiteral("identity"));
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    OrgDirectory *dir = cli.directory(!options.dryRun); // a dry run changes nothing, not even creates
    if (!dir)
        return ExitFailed;
    auto report = runCycle(*dir, options);
    if (!report)
        return cli.failed(report.error());
    QString auditError;
    if (!options.dryRun) {
        // Audited as the console audits its Run now: who, where, on what, and how it went.
        const Actor actor = Actor::current();
        const QDateTime now = Clock::now();
        for (const ServerOutcome &s : report->servers) {
            auto audited = dir->addAudit(AuditEntry {0, now, actor.who, actor.host, QStringLiteral("run"), s.server,
                QStringLiteral("Cycle"), QString(), s.result});
            if (!audited && auditError.isEmpty())
                auditError = audited.error().message;
        }
    }
    if (cli.format() == OutputFormat::Text)
        cli.print(cycleText(*report, options.dryRun));
    else
        cli.printRecords(cycleRecords(*report));
    int exitCode = ExitOk;
    // What the directory could not record, server by server: what was changed there, and why.
    for (const ServerOutcome &s : report->servers) {
        if (s.directoryFailed)
            exitCode = cli.failed(s.error);
    }
    if (!report->logError.isEmpty())
        exitCode = cli.failed(report->logError);
    if (!auditError.isEmpty())
        exitCode = cli.failed(Text::tr("the run could not be audited: %1").arg(auditError));
    const int failedActions = report->count(ActionStatus::Failed);
    const int failedServers = report->failedServers();
    if (failedServers > 0) {
        exitCode = cli.failed(Text::tr("%1 action(s) failed on %2 server(s); the others were processed")
                                  .arg(failedActions)
                                  .arg(failedServers));
    }
    return exitCode;
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
    auto outcome = rollbackAction(*dir, p.positionalArguments().first(), id, Actor::current());
    if (!outcome)
        return cli.failed(outcome.error());
    for (const QString &message : outcome->messages)
        cli.print(message + QLatin1Char('\n'));
    return ExitOk;
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
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    ServiceOptions options;
    options.directoryPath = cli.directoryPath();
    options.once = p.isSet(QStringLiteral("once"));
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
        {QStringLiteral("run"), QStringLiteral("[--identity NAME] [--dry-run]"),
            Text::tr("run one mitigation cycle now (--dry-run prints the plan and changes nothing)"), run, Writes},
        {QStringLiteral("rollback"), QStringLiteral("NAME ID"),
            Text::tr("remove what an applied action added, and record it"), rollback, Writes},
        {QStringLiteral("get-mitigations"), QStringLiteral("[--identity NAME] [--export-csv FILE]"),
            Text::tr("the Get-Mitigations report"), getMitigations},
        {QStringLiteral("service"), QStringLiteral("[--once]"),
            Text::tr("the EM service loop: first check after the start delay, then every interval; stops on SIGTERM"),
            service, Writes},
        {QStringLiteral("diagnostics preview"), QStringLiteral("NAME"),
            Text::tr("print exactly the diagnostic data the service would send for a server"), diagnosticsPreview},
    };
}

} // namespace em::cli
