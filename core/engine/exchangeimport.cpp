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

Result<ExchangeState> readExchangeExports(const QStringList &files)
{
    if (files.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("no export file given"));
    ExchangeState state;
    const clixml::Limits limits;
    for (const QString &path : files) {
        QFile file(path);
        if (file.size() > limits.maxBytes)
            return fail(ErrorCode::Format,
                Text::tr("%1: larger than %2 bytes, the most an export is read up to").arg(path).arg(limits.maxBytes));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, Text::tr("%1: cannot read: %2").arg(path, file.errorString()));
        const QByteArray bytes = file.read(limits.maxBytes + 1);
        if (file.error() != QFileDevice::NoError)
            return fail(ErrorCode::Io, Text::tr("%1: cannot read: %2").arg(path, file.errorString()));
        auto parsed = parseExchangeExport(bytes, path, limits);
        if (!parsed)
            return fail(parsed.error());
        state.merge(*parsed);
    }
    return state;
}

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

Result<ExchangeImportOutcome> importExchangeState(
    OrgDirectory &directory, const ExchangeState &state, const Actor &actor)
{
    if (state.isEmpty())
        return fail(ErrorCode::InvalidArgument,
            Text::tr("the export holds no Exchange server and no organization configuration: nothing to import"));
    ExchangeImportOutcome outcome;
    outcome.ignored = state.ignored;
    auto written = directory.write([&]() -> Result<void> {
        for (const ExchangeServerState &s : state.servers) {
            auto existing = directory.server(s.name);
            if (!existing) {
                if (existing.error().code != ErrorCode::NotFound)
                    return fail(existing.error());
                auto added = directory.addServer(importedServer(s), actor);
                if (!added)
                    return fail(added.error().wrapped(Text::tr("importing server '%1'").arg(s.name)));
                outcome.added << added->name;
                continue;
            }
            const Server before = *existing;
            auto updated = directory.updateServer(
                s.name, QStringLiteral("exchange-import"),
                [&](Server &server) -> Result<void> {
                    server = importedServer(s, server);
                    return {};
                },
                actor);
            if (!updated)
                return fail(updated.error().wrapped(Text::tr("importing server '%1'").arg(s.name)));
            const bool same = before.build == updated->build && before.role == updated->role
                && before.mitigationsEnabled == updated->mitigationsEnabled
                && before.mitigationsBlocked == updated->mitigationsBlocked
                && before.dataCollectionEnabled == updated->dataCollectionEnabled
                && before.internetWebProxy == updated->internetWebProxy;
            (same ? outcome.unchanged : outcome.updated) << updated->name;
        }
        if (state.organization && state.organization->mitigationsEnabled) {
            const bool enabled = *state.organization->mitigationsEnabled;
            auto org = directory.updateOrg(
                [&](OrgConfig &o) -> Result<void> {
                    o.mitigationsEnabled = enabled;
                    return {};
                },
                actor);
            if (!org)
                return fail(org.error());
            outcome.organizationMitigationsEnabled = enabled;
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    return outcome;
}

} // namespace em
