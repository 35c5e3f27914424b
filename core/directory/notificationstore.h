#pragma once

// Where the organization's notifications live in the directory (DESIGN
// section 8): the settings and the state (what was already told, the digests
// still to deliver), each one JSON document the notification code reads and
// writes (report/notify: NotificationSettings, NotificationState). The store
// keeps them as text; it does not look inside. Build one on the directory's
// connection: NotificationStore store(dir.connection()).

#include <functional>

#include <QByteArray>

#include "model/error.h"

namespace em {

class DirectoryConnection;

class NotificationStore
{
public:
    explicit NotificationStore(DirectoryConnection &connection) : m_connection(connection) { }

    // Empty when never set.
    Result<QByteArray> settings();
    Result<QByteArray> state();
    // Inside the caller's write transaction when there is one.
    Result<void> setSettings(const QByteArray &json);
    Result<void> setState(const QByteArray &json);
    // Read-modify-write of the state in one write transaction, so that two
    // programs recording deliveries at once lose nothing: `change` gets the
    // stored document and returns the one to store.
    Result<void> updateState(const std::function<Result<QByteArray>(const QByteArray &)> &change);

private:
    Result<QByteArray> column(const char *name);
    Result<void> setColumn(const char *name, const QByteArray &json);

    DirectoryConnection &m_connection;
};

} // namespace em
