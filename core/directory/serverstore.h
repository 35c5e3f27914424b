#pragma once

// The registered servers and their block lists (Get-ExchangeServer's settings
// an admin changes). What is applied on a server is the status store's.

#include <functional>
#include <optional>

#include <QDateTime>
#include <QList>

#include "model/actor.h"
#include "model/server.h"

class QSqlQuery;

namespace em {

class DirectoryConnection;
class HistoryStore;

class ServerStore
{
public:
    ServerStore(DirectoryConnection &connection, HistoryStore &history) : m_connection(connection), m_history(history)
    { }

    // Every server with its block list, by name (MitigationsApplied empty).
    Result<QList<Server>> servers();
    // One server by name, case-insensitive (MitigationsApplied empty).
    Result<Server> server(const QString &name);

    Result<Server> addServer(const Server &server, const Actor &actor);
    Result<void> removeServer(const QString &name, const Actor &actor);
    // Read-modify-write of one server in one transaction; audits each changed
    // setting under `action` ("set-server", "block", "unblock").
    Result<Server> updateServer(const QString &name, const QString &action,
        const std::function<Result<void>(Server &)> &change, const Actor &actor);

    // What a cycle found: LastCheck, LastResult and (when valid)
    // MitigationsAppliedTime.
    Result<void> recordCheck(
        const Server &server, const QDateTime &checkedAt, const QString &result, const QDateTime &appliedTime);

private:
    Result<void> writeRow(QSqlQuery &q, Server &server, bool insert);
    Result<void> writeBlockList(QSqlQuery &q, qint64 serverId, const QStringList &blocked);
    // The name a server is registered under when `name` is taken (names are case-insensitive).
    Result<std::optional<QString>> registeredName(const QString &name);

    DirectoryConnection &m_connection;
    HistoryStore &m_history;
};

} // namespace em
