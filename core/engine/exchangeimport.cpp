#include "exchangeimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include "directory/orgdirectory.h"
#include "engine/sshtrust.h"
#include "exchange/powershellscript.h"
#include "host/sshhost.h"
#include "model/text.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeImport)
};

// Where the exports are written, relative to the server's ROOT (the host's
// own folder, so that a cut connection leaves nothing elsewhere).
const QString exportFolder = QStringLiteral("ProgramData/EmConsole/host");

// A path under ROOT as the server's shell names it: "/C:/" + "a/b" is
// C:\a\b on Windows; a POSIX root stays a POSIX path.
QString remotePath(const QString &root, const QString &relative)
{
    static const QRegularExpression drive(QStringLiteral("^/([A-Za-z]):/?$"));
    const auto m = drive.match(root);
    if (m.hasMatch())
        return m.captured(1) + QStringLiteral(":\\") + QString(relative).replace(QLatin1Char('/'), QLatin1Char('\\'));
    return root + (root.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + relative;
}

// The last lines of what a program printed, for a message.
QString tail(const QByteArray &output)
{
    QString text = QString::fromUtf8(output).trimmed();
    if (text.size() > 2000)
        text = QStringLiteral("...") + text.right(2000);
    return text;
}
} // namespace

QString exchangeExportScript(const QString &serversPath, const QString &organizationPath)
{
    return QStringLiteral("$ErrorActionPreference = 'Stop'\n"
                          "Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn\n"
                          "Get-ExchangeServer | Export-Clixml -Path %1\n"
                          "Get-OrganizationConfig | Export-Clixml -Path %2\n")
        .arg(powerShellLiteral(serversPath), powerShellLiteral(organizationPath));
}

Result<ExchangeState> fetchExchangeState(
    OrgDirectory &directory, const QString &name, const HostOptions &hostOptions, const RemoteExchangeOptions &options)
{
    auto server = directory.server(name);
    if (!server)
        return fail(server.error());
    if (!server->host.startsWith(QLatin1String("ssh://")))
        return fail(ErrorCode::InvalidArgument,
            Text::tr("server '%1' is not reached over SSH (host '%2'): --from needs an ssh:// host")
                .arg(server->name, server->host.isEmpty() ? Text::tr("none") : server->host));
    auto keyed = withDirectoryKnownHosts(directory, hostOptions);
    if (!keyed)
        return fail(keyed.error());
    keyed->serverName = server->name;
    auto transport = host::SshTransport::connect(server->host, *keyed);
    if (!transport)
        return fail(transport.error().wrapped(Text::tr("server '%1'").arg(server->name)));
    auto files = (*transport)->files();
    if (!files)
        return fail(files.error().wrapped(Text::tr("server '%1'").arg(server->name)));
    if (auto made = (*files)->makeDirectories(exportFolder); !made)
        return fail(made.error().wrapped(Text::tr("server '%1'").arg(server->name)));

    const QString nonce = QString::number(QRandomGenerator::system()->generate64(), 16);
    const QString serversFile = exportFolder + QStringLiteral("/exchange-%1-servers.xml").arg(nonce);
    const QString organizationFile = exportFolder + QStringLiteral("/exchange-%1-organization.xml").arg(nonce);
    const QString root = (*files)->root();
    const QString script = exchangeExportScript(remotePath(root, serversFile), remotePath(root, organizationFile));

    const auto removeExports = [&]() -> Result<void> {
        for (const QString &file : {serversFile, organizationFile}) {
            auto status = (*files)->status(file);
            if (status && status->type != host::FileType::Missing) {
                if (auto removed = (*files)->remove(file); !removed)
                    return removed;
            }
        }
        return {};
    };
    const auto readBoth = [&]() -> Result<ExchangeState> {
        auto ran = (*transport)->runPowerShell(script, options.timeoutMs, options.powershell);
        if (!ran)
            return fail(ran.error());
        if (ran->exitCode != 0)
            return fail(ErrorCode::Apply,
                Text::tr("%1 with the Exchange snap-in exited with code %2: %3")
                    .arg(options.powershell)
                    .arg(ran->exitCode)
                    .arg(tail(ran->standardError.isEmpty() ? ran->standardOutput : ran->standardError)));
        ExchangeState state;
        for (const QString &file : {serversFile, organizationFile}) {
            auto bytes = (*files)->read(file, clixml::Limits {}.maxBytes);
            if (!bytes)
                return fail(bytes.error());
            auto parsed = parseExchangeExport(*bytes, server->name + QLatin1Char(':') + file);
            if (!parsed)
                return fail(parsed.error());
            state.merge(*parsed);
        }
        return state;
    };
    auto state = readBoth();
    auto removed = removeExports();
    if (!state)
        return fail(state.error().wrapped(Text::tr("server '%1'").arg(server->name)));
    if (!removed)
        return fail(removed.error().wrapped(
            Text::tr("server '%1': the export was read but its temporary files could not be removed")
                .arg(server->name)));
    return state;
}

} // namespace em
