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
        Text::tr("Export-Clixml files of Get-ExchangeServer and Get-OrganizationConfig."), QStringLiteral("FILE..."));
    if (!cli.parse(p, args, 1, -1))
        return cli.parseExitCode();
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    ops::Context context {Actor::current()};
    return printOutcome(cli, ops::importExchange(*dir, p.positionalArguments(), context));
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
        {QStringLiteral("exchange import"), QStringLiteral("FILE..."),
            Text::tr("register or update servers and the organization's MitigationsEnabled from Get-ExchangeServer / "
                     "Get-OrganizationConfig CliXml exports"),
            exchangeImport},
        {QStringLiteral("exchange script"), QStringLiteral("[--identity NAME]"),
            Text::tr("the Set-ExchangeServer / Set-OrganizationConfig commands that bring the real organization to "
                     "the directory's settings"),
            exchangeScript},
    };
}

} // namespace em::cli
