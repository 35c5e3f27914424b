#pragma once

// Several service nodes on one directory: a node claims a server's cycle
// through a lease row with an expiry on the database's clock (the one clock
// the nodes share), so that two nodes never work on one server at once, and
// a node that died loses its servers when its leases expire. Also each
// server's site (a node may serve one site) and which node served it last.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "model/actor.h"
#include "model/error.h"

namespace em {

class DirectoryConnection;
class HistoryStore;

// How a server is served: its site, the node that served it last, and the
// lease held on it now (empty node: none, or expired).
struct ServerServing {
    QString site;
    QString servedBy;
    QDateTime servedAt;
    QString leaseNode;
    QDateTime leaseExpires;
};

class LeaseStore
{
public:
    LeaseStore(DirectoryConnection &connection, HistoryStore &history);

    // Takes (or renews) the lease on `server` for `node` until the database's
    // clock is `seconds` further: true when `node` holds it now, false when
    // another node holds a lease that has not expired.
    Result<bool> claim(const QString &server, const QString &node, int seconds);
    // Gives up every lease `node` holds (a node that stops cleanly, an admin's run that ends).
    Result<void> release(const QString &node);
    // Records that `node` served `server` now.
    Result<void> markServed(const QString &server, const QString &node);

    Result<ServerServing> serving(const QString &server);
    // The names of the servers of a site (case-insensitive).
    Result<QStringList> serversOfSite(const QString &site);
    // Sets a server's site, with its audit row under `action` (set-server,
    // or exchange-import for a site read from an export). False: it was already that.
    Result<bool> setSite(const QString &server, const QString &site, const Actor &actor,
        const QString &action = QStringLiteral("set-server"));

private:
    Result<qint64> serverId(const QString &server);

    DirectoryConnection &m_connection;
    HistoryStore &m_history;
};

} // namespace em
