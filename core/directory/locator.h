#pragma once

// Where an org directory lives: the path of an SQLite file, or a PostgreSQL
// database named by a libpq connection URI
// (postgresql://user@host:5432/emdir?sslmode=verify-full, or
// postgresql:///emdir?host=/run/postgresql for a Unix socket). A value:
// parsed once, shown in messages and audit rows, and handed to the worker
// threads that open their own connection.
//
// A locator never holds a secret: a password in the URI is refused, with
// where it belongs instead (libpq's own sources: ~/.pgpass, the file named
// by PGPASSFILE, or PGPASSWORD), so that what is shown is always the whole
// locator.

#include <utility>

#include <QList>
#include <QString>

#include "model/error.h"

namespace em {

class DirectoryLocator
{
public:
    enum class Kind { SqliteFile, PostgreSql };

    // libpq connection parameters (keyword, value): host, port, dbname,
    // user, sslmode, sslrootcert...
    using Parameters = QList<std::pair<QString, QString>>;

    DirectoryLocator() = default;

    // A postgresql:// (or postgres://) URI, else a file path (relative paths
    // are taken from the current folder). Refuses an empty text, a password,
    // an unknown URI parameter and any other URI scheme.
    static Result<DirectoryLocator> parse(const QString &text);
    // $EM_DIRECTORY, else the per-user data folder's emconsole/directory.db.
    static DirectoryLocator defaultLocator();
    static QString defaultText();

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isNull() const { return m_text.isEmpty(); }
    // The absolute file path (SqliteFile).
    [[nodiscard]] QString path() const { return m_kind == Kind::SqliteFile ? m_text : QString(); }
    // The connection parameters, in the URI's order (PostgreSql).
    [[nodiscard]] const Parameters &parameters() const { return m_parameters; }
    [[nodiscard]] QString parameter(const QString &keyword) const;
    // The database server as messages name it: "db.contoso.com:5432", or the
    // socket folder of a Unix-socket locator (PostgreSql).
    [[nodiscard]] QString serverName() const;
    // As messages and audit rows name it; never holds a secret.
    [[nodiscard]] QString displayName() const { return m_text; }
    // What parse() reads back to the same locator.
    [[nodiscard]] QString toString() const { return m_text; }
    // Where the service keeps its per-run logs: the SQLite file's folder, or
    // the per-user data folder for a database on a server.
    [[nodiscard]] QString dataFolder() const;

    friend bool operator==(const DirectoryLocator &, const DirectoryLocator &) = default;

private:
    static Result<DirectoryLocator> parsePostgres(const QString &text);

    Kind m_kind = Kind::SqliteFile;
    QString m_text;
    Parameters m_parameters;
};

} // namespace em
