// emctl: the command-line twin of the console and the EM service loop.

#include <QCoreApplication>

#include "cli.h"
#include "language.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("emctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("emconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EM_VERSION));
    // English, with its plural forms ("1 server", "4 actions failed"), in what
    // emctl says and records, as the console says and records it.
    em::i18n::install(QStringLiteral("en"));

    const QList<em::cli::Verb> verbs = em::cli::adminVerbs() + em::cli::directoryVerbs() + em::cli::feedVerbs()
        + em::cli::hostVerbs() + em::cli::engineVerbs() + em::cli::exchangeVerbs() + em::cli::notifyVerbs()
        + em::cli::sshVerbs();
    em::cli::Cli cli(verbs);
    return cli.exec(QCoreApplication::arguments());
}
