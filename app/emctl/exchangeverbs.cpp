// emctl verbs for a real organization's Exchange state: import its
// Export-Clixml files, print the commands that bring it to the directory.

#include <QCoreApplication>

#include "cli.h"
#include "engine/operations/operations.h"

namespace em::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(emctl)
};

int exchangeImport(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"),
        Text::tr("Export-Clixml files of Get-ExchangeServer and Get-OrganizationConfig."), QStringLiteral("[FILE...]"));
    p.addOption(valueOption("from",
        Text::tr("Read the state from this ssh:// server: powershell.exe with the Exchange snap-in runs the cmdlets "
                 "there."),
        "NAME"));
    p.addOption(valueOption(
        "powershell", Text::tr("With --from: the PowerShell program on the server (default powershell.exe)."), "PATH"));
    if (!cli.parse(p, args, 0, -1))
        return cli.parseExitCode();
    const QStringList files = p.positionalArguments();
    const bool remote = p.isSet(QStringLiteral("from"));
    if (remote == !files.isEmpty())
        return cli.usage(Text::tr("give export files or --from NAME (one of the two)"));
    if (p.isSet(QStringLiteral("powershell")) && !remote)
        return cli.usage(Text::tr("--powershell needs --from"));
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    ops::Context context {Actor::current()};
    if (!remote)
        return printOutcome(cli, ops::importExchange(*dir, files, context));
    context.hostOptions = interruptibleHostOptions();
    RemoteExchangeOptions options;
    if (p.isSet(QStringLiteral("powershell")))
        options.powershell = p.value(QStringLiteral("powershell"));
    return printOutcome(cli, ops::importExchangeFrom(*dir, p.value(QStringLiteral("from")), options, context));
}

int exchangeScript(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(valueOption("identity", Text::tr("Only the command of this server."), "NAME"));
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    auto script = ops::exchangeScript(*dir, p.value(QStringLiteral("identity")));
    if (!script)
        return cli.failed(script.error());
    // The commands alone on stdout, so that they can go to a .ps1 file as they are.
    for (const QString &note : script->notes)
        cli.warn(note);
    cli.print(script->text());
    return ExitOk;
}
} // namespace

QList<Verb> exchangeVerbs()
{
    return {
        {QStringLiteral("exchange import"), QStringLiteral("FILE... | --from NAME [--powershell PATH]"),
            Text::tr("register or update servers and the organization's MitigationsEnabled from Get-ExchangeServer / "
                     "Get-OrganizationConfig CliXml exports, or read them from an ssh:// server"),
            exchangeImport, Writes},
        {QStringLiteral("exchange script"), QStringLiteral("[--identity NAME]"),
            Text::tr("the Set-ExchangeServer / Set-OrganizationConfig commands that bring the real organization to "
                     "the directory's settings"),
            exchangeScript},
    };
}

} // namespace em::cli
