// emctl verbs for the cycle, rollback, reports and the EM service loop.

#include <QCoreApplication>

#include "cli.h"
#include "engine/cycle.h"
#include "engine/reportexport.h"
#include "model/actionstatus.h"
#include "report/mitigationreport.h"

namespace em::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(emctl)
};

QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName)
{
    return {QString::fromLatin1(name), description, QString::fromLatin1(valueName)};
}

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
            const QString text = !a.change.isEmpty() ? a.change : a.status.detail;
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
                {QStringLiteral("Detail"), a.status.detail, {}}, {QStringLiteral("ServerResult"), s.result, {}}};
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
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    CycleOptions options;
    options.identity = p.value(QStringLiteral("identity"));
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    auto report = runCycle(*dir, options);
    if (!report)
        return cli.failed(report.error());
    if (cli.format() == OutputFormat::Text)
        cli.print(cycleText(*report, options.dryRun));
    else
        cli.printRecords(cycleRecords(*report));
    const int failedActions = report->count(ActionStatus::Failed);
    const int failedServers = report->failedServers();
    if (failedServers > 0) {
        return cli.failed(Text::tr("%1 action(s) failed on %2 server(s); the others were processed")
                              .arg(failedActions)
                              .arg(failedServers));
    }
    return ExitOk;
}

int rollback(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Server name."));
    p.addPositionalArgument(QStringLiteral("ID"), Text::tr("Mitigation ID (M1) or action ID (M1.1)."));
    if (!cli.parse(p, args, 2, 2))
        return cli.parseExitCode();
    const QString id = p.positionalArguments().at(1);
    if (!isValidMitigationId(id))
        return cli.usage(Text::tr("invalid mitigation ID '%1': expected a mitigation ID such as M1 or an action ID "
                                  "such as M1.2")
                             .arg(id));
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
} // namespace

QList<Verb> engineVerbs()
{
    return {
        {QStringLiteral("run"), QStringLiteral("[--identity NAME] [--dry-run]"),
            Text::tr("run one mitigation cycle now (--dry-run prints the plan and changes nothing)"), run},
        {QStringLiteral("rollback"), QStringLiteral("NAME ID"),
            Text::tr("remove what an applied action added, and record it"), rollback},
        {QStringLiteral("get-mitigations"), QStringLiteral("[--identity NAME] [--export-csv FILE]"),
            Text::tr("the Get-Mitigations report"), getMitigations},
    };
}

} // namespace em::cli
