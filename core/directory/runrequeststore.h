#pragma once

// The run-request flag: the console asks a service (on this machine or
// another) to run a cycle now; the service takes the request once.

#include <optional>

#include <QDateTime>

#include "model/actor.h"
#include "model/error.h"

namespace em {

class DirectoryConnection;
class HistoryStore;

class RunRequestStore
{
public:
    RunRequestStore(DirectoryConnection &connection, HistoryStore &history)
        : m_connection(connection), m_history(history)
    { }

    // Sets the flag (audited as "run-now").
    Result<void> requestRun(const Actor &actor);
    // Reads and clears the flag in one transaction: when it was requested.
    Result<std::optional<QDateTime>> takeRunRequest();

private:
    DirectoryConnection &m_connection;
    HistoryStore &m_history;
};

} // namespace em
