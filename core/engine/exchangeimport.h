#pragma once

// Importing a real organization's Exchange state into the directory: from
// Export-Clixml files (emctl exchange import FILE...) or read from a server
// over its ssh: connection (emctl exchange import --from EX01: powershell.exe
// with the Exchange snap-in runs Get-ExchangeServer and
// Get-OrganizationConfig into temporary files, fetched by SFTP and removed).

#include <optional>

#include <QStringList>

#include "exchange/exchangestate.h"
#include "host/serverhost.h"
#include "model/actor.h"

namespace em {

class OrgDirectory;

struct ExchangeImportOutcome {
    QStringList added; // servers registered by the import
    QStringList updated; // servers already registered whose settings changed
    QStringList unchanged;
    std::optional<bool> organizationMitigationsEnabled; // when the import held Get-OrganizationConfig
    QStringList ignored; // objects of other types, as the reader lists them
};

// Reads and merges Export-Clixml files (a later file's servers replace an
// earlier's). All or nothing: the first unreadable file fails the whole.
Result<ExchangeState> readExchangeExports(const QStringList &files);

struct RemoteExchangeOptions {
    QString powershell = QStringLiteral("powershell.exe"); // on the server
    int timeoutMs = 300000; // the Exchange cmdlets of a large organization take minutes
};

// Runs the Exchange cmdlets on the directory's ssh: server `server` and
// reads their exports. The temporary files (under ROOT's
// ProgramData/EmConsole/host) are removed whether it succeeds or not.
Result<ExchangeState> fetchExchangeState(OrgDirectory &directory, const QString &server,
    const HostOptions &hostOptions = {}, const RemoteExchangeOptions &options = {});

// The PowerShell script fetchExchangeState runs (`serversPath` and
// `organizationPath` as the server's shell names them).
QString exchangeExportScript(const QString &serversPath, const QString &organizationPath);

// Registers the servers of `state` that the directory does not have,
// updates those it has (each changed setting audited as "exchange-import"),
// and takes the organization's MitigationsEnabled; in one transaction.
Result<ExchangeImportOutcome> importExchangeState(
    OrgDirectory &directory, const ExchangeState &state, const Actor &actor);

} // namespace em
