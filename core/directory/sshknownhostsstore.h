#pragma once

// The SSH host keys admins accepted for ssh: servers, kept in the org
// directory so that every admin and service node trusts the same keys. One
// row per endpoint ("host:port" as the server's locator names it) and key
// type; accepting a key of a type replaces the one accepted before.

#include <memory>

#include <QList>
#include <QString>

#include "model/actor.h"
#include "model/error.h"
#include "model/sshknownhosts.h"

namespace em {

class DirectoryConnection;
class HistoryStore;

struct SshKnownHost {
    QString endpoint; // "ex01.contoso.com:22"
    SshHostKey key;
};

class SshKnownHostsStore
{
public:
    SshKnownHostsStore(DirectoryConnection &connection, HistoryStore &history)
        : m_connection(connection), m_history(history)
    { }

    Result<QList<SshKnownHost>> all();
    Result<QList<SshHostKey>> accepted(const QString &endpoint);
    // Stores `key` for `endpoint` (replacing the accepted key of the same
    // type) and audits it as "ssh-trust" of `server`, the old and the new
    // fingerprint. `key.acceptedBy` and `acceptedAt` are set from the actor
    // and the clock.
    Result<void> accept(const QString &server, const QString &endpoint, const SshHostKey &key, const Actor &actor);
    // Every accepted key, as the ssh: hosts of one cycle read them (a
    // snapshot: hosts on worker threads do not touch the directory).
    Result<std::shared_ptr<const SshKnownHosts>> snapshot();

private:
    DirectoryConnection &m_connection;
    HistoryStore &m_history;
};

} // namespace em
