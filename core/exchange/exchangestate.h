#pragma once

// A real organization's Exchange state, as Get-ExchangeServer and
// Get-OrganizationConfig report it, read from their Export-Clixml files; and
// the directory record an imported server becomes.

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include "exchange/clixml.h"
#include "model/server.h"

namespace em {

// One Get-ExchangeServer object. A property missing from the export (older
// builds have no MitigationsEnabled) is nullopt or empty, never a guess.
struct ExchangeServerState {
    QString name;
    Build build; // from AdminDisplayVersion; may be newer than the build catalogue
    ServerRole role = ServerRole::Mailbox; // EdgeTransport when ServerRole holds Edge
    QString serverRole; // as exported: "Mailbox", "Edge", "Mailbox, ClientAccess"
    // Absent on builds without the EM service (before Exchange 2016 CU22 /
    // 2019 CU11): then the export has no mitigation settings at all.
    std::optional<bool> mitigationsEnabled;
    QStringList mitigationsApplied;
    QStringList mitigationsBlocked;
    QDateTime mitigationsAppliedTime; // null when absent
    std::optional<bool> dataCollectionEnabled;
    QString internetWebProxy; // empty when not set
    QString site; // the AD site's name ("Default-First-Site-Name"); empty when absent

    friend bool operator==(const ExchangeServerState &, const ExchangeServerState &) = default;
};

// The Get-OrganizationConfig object.
struct ExchangeOrganizationState {
    QString name;
    std::optional<bool> mitigationsEnabled; // absent before Exchange 2016 CU22 / 2019 CU11

    friend bool operator==(const ExchangeOrganizationState &, const ExchangeOrganizationState &) = default;
};

struct ExchangeState {
    QList<ExchangeServerState> servers;
    std::optional<ExchangeOrganizationState> organization;
    // Top-level objects of other types, which were not read: "line 4: System.String".
    QStringList ignored;

    [[nodiscard]] bool isEmpty() const { return servers.isEmpty() && !organization; }
    // The server of that name (case-insensitive, as Exchange names); nullptr when absent.
    [[nodiscard]] const ExchangeServerState *server(QStringView name) const;
    // Takes in a later import: its servers replace those of the same name, its
    // organization replaces this one; the others stay.
    void merge(const ExchangeState &later);

    friend bool operator==(const ExchangeState &, const ExchangeState &) = default;
};

inline constexpr QLatin1String exchangeServerType("Microsoft.Exchange.Data.Directory.Management.ExchangeServer");
inline constexpr QLatin1String organizationConfigType(
    "Microsoft.Exchange.Data.Directory.Management.OrganizationConfig");

// Reads one Export-Clixml file of Get-ExchangeServer and/or Get-OrganizationConfig
// objects. All or nothing: any error (malformed CliXml, a server without a name
// or a valid AdminDisplayVersion, a name given twice, no Exchange object at all)
// gives an ErrorCode::Format error "FILE: line L, column C: cause", and no state.
Result<ExchangeState> parseExchangeExport(
    const QByteArray &bytes, const QString &fileName, const clixml::Limits &limits = {});

// The imported state kept between an import and a script (the directory
// stores it as it is). fromJson refuses anything toJson would not write.
QByteArray exchangeStateToJson(const ExchangeState &state);
Result<ExchangeState> exchangeStateFromJson(const QByteArray &json);

// The directory record for an imported server: `existing` (the server already
// registered under that name, or a default Server for a new one) with every
// value the export holds. What the export does not hold stays as it was, and
// so do the directory's own fields (id, host locator, last check).
Server importedServer(const ExchangeServerState &state, Server existing = {});

} // namespace em
