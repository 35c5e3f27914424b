#pragma once

// The organization's settings (Get-OrganizationConfig's MitigationsEnabled,
// the feed URL, intervals...) and the trust profiles feeds are verified with.

#include <functional>

#include <QList>

#include "model/actor.h"
#include "model/server.h"
#include "model/trustprofile.h"

namespace em {

class DirectoryConnection;
class HistoryStore;

class OrgStore
{
public:
    OrgStore(DirectoryConnection &connection, HistoryStore &history) : m_connection(connection), m_history(history) { }

    Result<OrgConfig> org();
    // Read-modify-write in one transaction; audits each changed setting.
    Result<OrgConfig> updateOrg(const std::function<Result<void>(OrgConfig &)> &change, const Actor &actor);

    // "vendor" is built in and always present, first.
    Result<QList<TrustProfile>> trustProfiles();
    Result<TrustProfile> trustProfile(const QString &name);
    Result<void> addTrustProfile(const TrustProfile &profile, const Actor &actor);

private:
    DirectoryConnection &m_connection;
    HistoryStore &m_history;
};

} // namespace em
