#pragma once

// Reading a real organization's Exchange state from a server over its ssh:
// connection (emctl exchange import --from EX01): powershell.exe with the
// Exchange snap-in runs Get-ExchangeServer and Get-OrganizationConfig into
// temporary files, fetched by SFTP and removed. ops::importExchangeFrom
// imports what it returns as ops::importExchange imports files.

#include <optional>

#include <QStringList>

#include "exchange/exchangestate.h"
#include "host/serverhost.h"
#include "model/actor.h"

namespace em {

class OrgDirectory;

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

} // namespace em
