#pragma once

// A registered Exchange server and the organization-wide settings, as the
// vendor keeps them in Active Directory (Get-ExchangeServer / Get-OrganizationConfig).

#include <chrono>

#include <QDateTime>
#include <QMetaType>
#include <QStringList>
#include <QUrl>

#include "build.h"
#include "statuscounts.h"

namespace em {

enum class ServerRole { Mailbox, EdgeTransport };

QString roleName(ServerRole role); // "Mailbox", "EdgeTransport"
Result<ServerRole> parseRole(const QString &text);
// A server name as Exchange allows it: letters, digits and hyphens, at most
// 63 (a NetBIOS/DNS label), not starting with a hyphen.
Result<void> checkServerName(const QString &name);

struct Server {
    qint64 id = 0; // directory row id; 0 until stored
    QString name;
    Build build;
    ServerRole role = ServerRole::Mailbox;
    bool mitigationsEnabled = true;
    QStringList mitigationsBlocked; // mitigation IDs (M1) and action IDs (M1.2)
    QStringList mitigationsApplied; // action IDs, written only by the engine
    QDateTime mitigationsAppliedTime;
    bool dataCollectionEnabled = false;
    QString internetWebProxy; // URL or empty
    QStringList internetWebProxyBypassList;
    QString host; // host locator: "dir:/srv/lab/EX01" or "windows:"
    QDateTime lastCheck;
    QString lastResult;

    [[nodiscard]] bool isEdge() const { return role == ServerRole::EdgeTransport; }
    // The settings an admin gives are well-formed: name, build, block-list
    // IDs, proxy URL, host locator. The error names the setting and the cause.
    [[nodiscard]] Result<void> validate() const;

    friend bool operator==(const Server &, const Server &) = default;
};

// A server and how many of its actions are in each status.
struct ServerSummary {
    Server server;
    StatusCounts counts;

    friend bool operator==(const ServerSummary &, const ServerSummary &) = default;
};

enum class RevocationMode { Warn, Fail };

struct OrgConfig {
    static QUrl vendorFeedUrl()
    {
        return QUrl(QStringLiteral("https://officeclient.microsoft.com/GetExchangeMitigations"));
    }

    bool mitigationsEnabled = true;
    QUrl feedUrl = vendorFeedUrl();
    QString trustProfile = QStringLiteral("vendor");
    std::chrono::seconds checkInterval {3600};
    std::chrono::seconds firstCheckDelay {600};
    std::chrono::seconds freshnessMaxAge {7 * 24 * 3600};
    RevocationMode revocationUnknown = RevocationMode::Warn;
    qint64 maxFeedBytes = 4 * 1024 * 1024;
    QUrl diagnosticsUrl; // empty: diagnostic data is never sent
};

} // namespace em

Q_DECLARE_METATYPE(em::Server)
