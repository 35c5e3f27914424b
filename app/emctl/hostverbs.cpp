// emctl verbs for server hosts: lab servers made from real IIS configuration,
// and what a host's applicationHost.config says about its sites.

#include <QCoreApplication>
#include <QDir>

#include "cli.h"
#include "host/labserver.h"
#include "host/serverhost.h"

namespace em::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(emctl)
};

int labServer(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Server name."));
    p.addPositionalArgument(QStringLiteral("PATH"), Text::tr("New folder for the server's system drive."));
    p.addOption(valueOption("from",
        Text::tr("Folder with applicationHost.config and <Site>[-<vdir>]_web.config "
                 "files (default: the built-in Exchange 2019 configuration)."),
        "DIR"));
    p.addOption(valueOption("build",
        Text::tr("Also register the server in the org directory with this Exchange "
                 "build, host dir:PATH."),
        "BUILD"));
    p.addOption(valueOption("role", Text::tr("Mailbox (default) or EdgeTransport, with --build."), "ROLE"));
    if (!cli.parse(p, args, 2, 2))
        return cli.parseExitCode();
    const QString name = p.positionalArguments().at(0);
    const QString path = QDir::cleanPath(QFileInfo(p.positionalArguments().at(1)).absoluteFilePath());
    if (auto valid = checkServerName(name); !valid)
        return cli.usage(valid.error().message);

    // Check the registration before laying anything out.
    std::optional<Server> server;
    if (p.isSet(QStringLiteral("build"))) {
        auto parsed = serverFromOptions(p, name);
        if (!parsed)
            return cli.usage(parsed.error().message);
        Server s = *parsed;
        s.host = QStringLiteral("dir:") + path;
        server = s;
    } else if (p.isSet(QStringLiteral("role"))) {
        return cli.usage(Text::tr("--role needs --build (it is used to register the server)"));
    }
    OrgDirectory *directory = nullptr;
    if (server) {
        directory = cli.directory();
        if (!directory)
            return ExitFailed;
        if (auto existing = directory->server(name); existing)
            return cli.failed(Text::tr("server '%1' is already registered; nothing was laid out").arg(name));
    }

    LabServerOptions options;
    options.serverName = name;
    options.sourceDirectory = p.value(QStringLiteral("from"));
    auto lab = createLabServer(path, options);
    if (!lab)
        return cli.failed(lab.error());
    if (server) {
        if (auto added = directory->addServer(*server, Actor::current()); !added)
            return cli.failed(Text::tr("lab laid out in '%1', but registering it failed: %2")
                                  .arg(QDir::toNativeSeparators(lab->root), added.error().message));
    }
    QStringList webConfigs;
    for (const QString &file : std::as_const(lab->webConfigs))
        webConfigs << QDir::toNativeSeparators(QDir(lab->root).relativeFilePath(file));
    cli.printRecords({{
        {QStringLiteral("Name"), name, {}},
        {QStringLiteral("Host"), lab->locator, {}},
        {QStringLiteral("ApplicationHostConfig"),
            QDir::toNativeSeparators(QDir(lab->root).relativeFilePath(lab->applicationHostConfig)), {}},
        {QStringLiteral("WebConfigs"), webConfigs, {}},
        {QStringLiteral("Services"), lab->services, {}},
        {QStringLiteral("Registered"), server.has_value(), {}},
    }});
    return ExitOk;
}

int hostVdirs(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("LOCATOR"), Text::tr("dir:PATH or windows:."));
    if (!cli.parse(p, args, 1, 1))
        return cli.parseExitCode();
    auto host = ServerHost::create(p.positionalArguments().first());
    if (!host)
        return cli.failed(host.error());
    auto vdirs = (*host)->virtualDirectories();
    if (!vdirs)
        return cli.failed(vdirs.error());
    QList<Record> records;
    for (const VirtualDirectoryInfo &vdir : std::as_const(*vdirs)) {
        records << Record {
            {QStringLiteral("Target"), vdir.target(), {}},
            {QStringLiteral("ApplicationPool"), vdir.applicationPool, {}},
            {QStringLiteral("PhysicalPath"), vdir.physicalPath, {}},
            {QStringLiteral("LocalPath"), QDir::toNativeSeparators(vdir.localPath), {}},
            {QStringLiteral("Exists"), vdir.exists, {}},
        };
    }
    cli.printRecords(records);
    return ExitOk;
}
} // namespace

QList<Verb> hostVerbs()
{
    return {
        {QStringLiteral("lab-server"), QStringLiteral("NAME PATH [--from DIR] [--build BUILD [--role ROLE]]"),
            Text::tr("lay out a lab server (dir: host) from real Exchange 2019 IIS configuration; with --build, "
                     "register it"),
            labServer, Writes},
        {QStringLiteral("host vdirs"), QStringLiteral("LOCATOR"),
            Text::tr("list a host's sites and virtual directories with their physical paths"), hostVdirs},
    };
}

} // namespace em::cli
