// emctl verbs for the org directory itself: create the schema in an empty
// database, and copy a whole directory between SQLite and PostgreSQL.

#include <QCoreApplication>

#include "cli.h"
#include "directory/connection.h"
#include "directory/directorycopy.h"

namespace em::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(emctl)
};

int init(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    auto locator = DirectoryLocator::parse(cli.directoryPath());
    if (!locator)
        return cli.usage(locator.error().message);
    OrgDirectory::Options options;
    options.initialize = true;
    auto opened = OrgDirectory::open(*locator, options);
    if (!opened)
        return cli.failed(opened.error());
    const int found = (*opened)->connection().versionFound();
    if (found == 0)
        cli.print(Text::tr("Created the EM Console schema (version %1) in %2\n")
                      .arg(OrgDirectory::schemaVersion)
                      .arg(locator->displayName()));
    else if (found < OrgDirectory::schemaVersion)
        cli.print(Text::tr("Upgraded the EM Console schema of %1 from version %2 to %3\n")
                      .arg(locator->displayName())
                      .arg(found)
                      .arg(OrgDirectory::schemaVersion));
    else
        cli.print(Text::tr("%1 already holds the EM Console schema (version %2); nothing to do\n")
                      .arg(locator->displayName())
                      .arg(found));
    return ExitOk;
}

int copy(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(
        valueOption("from", Text::tr("The directory to copy (a file path or a postgresql:// URI)."), "LOCATOR"));
    p.addOption(
        valueOption("to", Text::tr("Where to copy it: a new file, or an empty PostgreSQL database."), "LOCATOR"));
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")))
        return cli.usage(Text::tr("both --from and --to are required"));
    auto from = DirectoryLocator::parse(p.value(QStringLiteral("from")));
    if (!from)
        return cli.usage(from.error().message);
    auto to = DirectoryLocator::parse(p.value(QStringLiteral("to")));
    if (!to)
        return cli.usage(to.error().message);
    auto copied = copyDirectory(*from, *to);
    if (!copied)
        return cli.failed(copied.error());
    cli.print(Text::tr("Copied %1 to %2: %3 rows in %4 tables, identical\n")
                  .arg(from->displayName(), to->displayName())
                  .arg(copied->rows)
                  .arg(copied->tables));
    return ExitOk;
}
} // namespace

QList<Verb> directoryVerbs()
{
    return {
        {QStringLiteral("directory init"), QString(),
            Text::tr("create the schema in an empty database (PostgreSQL), or bring an older one up to date"), init},
        {QStringLiteral("directory copy"), QStringLiteral("--from LOCATOR --to LOCATOR"),
            Text::tr("copy a whole org directory (SQLite <-> PostgreSQL) in one transaction, verified equal"), copy},
    };
}

} // namespace em::cli
