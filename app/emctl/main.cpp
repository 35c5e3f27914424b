// emctl: the command-line twin of the console and the EM service loop.

#include <QCoreApplication>

#include "cli.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("emctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("emconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EM_VERSION));

    const QList<em::cli::Verb> verbs = em::cli::adminVerbs() + em::cli::feedVerbs() + em::cli::hostVerbs()
        + em::cli::engineVerbs() + em::cli::sshVerbs();
    em::cli::Cli cli(verbs);
    return cli.exec(QCoreApplication::arguments());
}
