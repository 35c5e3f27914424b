#pragma once

// What differs between the SQL databases the org directory runs on (an
// SQLite file, a PostgreSQL database), in one small object, so that the
// stores and the migrations write one SQL: how a write transaction starts, how
// a row is upserted, how the schema is looked at, what a connection sets up
// once, the types the migrations need, how booleans and times are stored, how
// other connections hear of a change, and what an error means (locked, not a
// database, a serialization failure to retry, why a connection failed).

#include <memory>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "model/error.h"

class QSqlDatabase;
class QSqlError;

namespace em {

class DirectoryLocator;

// 5000 ms, or $EM_BUSY_TIMEOUT_MS.
int defaultBusyTimeoutMs();

struct DirectoryOptions {
    int busyTimeoutMs = defaultBusyTimeoutMs(); // how long a writer waits for another one's lock
    // Create the directory (its file and folders, or its tables in an empty
    // database) when there is none. Off for what only reads: a mistyped
    // locator is refused instead of becoming a new, empty organization.
    bool createIfMissing = true;
    // Create the schema in an empty database even where opening does not
    // (a database on a server: `emctl directory init`).
    bool initialize = false;
};

// One statement a connection runs once after opening (a PRAGMA, a SET).
struct SessionStatement {
    QString sql;
    QString what; // "enabling foreign keys", for the error message
    bool returnsRow = false; // a PRAGMA that answers must have its row read to take effect
};

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The dialect of the database the locator names.
    static Result<std::unique_ptr<SqlDialect>> forLocator(const DirectoryLocator &locator);

    // ---- Connecting ----
    [[nodiscard]] virtual QString driverName() const = 0; // "QSQLITE"
    // Checks (and prepares, e.g. creates the folder of a file) what the
    // locator names, before the driver touches it.
    virtual Result<void> prepare(const DirectoryLocator &locator, const DirectoryOptions &options) const = 0;
    // Sets the database name and driver options of a new connection.
    virtual void configure(
        QSqlDatabase &db, const DirectoryLocator &locator, const DirectoryOptions &options) const = 0;
    [[nodiscard]] virtual QList<SessionStatement> sessionSetup(const DirectoryOptions &options) const = 0;
    // Whether opening an empty database creates the schema there. A file
    // the user names is theirs to fill; a database on a server may be the
    // wrong one, so it takes `emctl directory init`.
    [[nodiscard]] virtual bool createsSchemaOnOpen() const { return true; }
    // Why the connection could not be opened, as said after the locator.
    [[nodiscard]] virtual QString openFailure(const QSqlError &error, const DirectoryLocator &locator) const = 0;

    // ---- Transactions ----
    // Starts a transaction that writes: taken before reading what it changes,
    // so that concurrent read-modify-writes serialise.
    [[nodiscard]] virtual QString beginWrite() const = 0;
    // The transaction lost to a concurrent one and was rolled back: running
    // it again may succeed (PostgreSQL's serialization failure, deadlock).
    [[nodiscard]] virtual bool isSerializationFailure(const QSqlError &) const { return false; }

    // ---- Statements ----
    // INSERT ... that replaces the row with the same key. `source` is a SELECT
    // giving the columns in order; empty: VALUES with one named placeholder
    // per column (":name").
    [[nodiscard]] virtual QString upsert(const QString &table, const QStringList &columns, const QStringList &key,
        const QString &source = QString()) const;

    // ---- Schema ----
    // A query with one placeholder (the table name) that returns a row when
    // the table exists.
    [[nodiscard]] virtual QString tableExistsQuery() const = 0;
    // A query returning the number of tables (ours or anybody's) in a
    // column named table_count.
    [[nodiscard]] virtual QString tableCountQuery() const = 0;
    // Column definitions and statements the migrations cannot write portably.
    [[nodiscard]] virtual QString autoIdColumn() const = 0; // "id" with its type: a key the database assigns
    [[nodiscard]] virtual QString blobType() const = 0;
    [[nodiscard]] virtual QString boolType() const { return QStringLiteral("INTEGER"); }
    // 64-bit integers (build sort keys, references to assigned keys).
    [[nodiscard]] virtual QString bigIntType() const { return QStringLiteral("INTEGER"); }
    [[nodiscard]] virtual QString timeType() const { return QStringLiteral("TEXT"); }
    // Statements that make a table refuse UPDATE and DELETE with `message`.
    [[nodiscard]] virtual QStringList appendOnly(const QString &table, const QString &message) const = 0;
    // Every table of the directory's schema, one per row in a column table_name.
    [[nodiscard]] virtual QString tablesQuery() const = 0;
    // With one placeholder (a table): the tables its foreign keys refer to,
    // in a column parent_table.
    [[nodiscard]] virtual QString parentTablesQuery() const = 0;
    // With one placeholder (a table): its columns whose values the database
    // assigns from a counter, in a column column_name; empty: none to reset.
    [[nodiscard]] virtual QString identityColumnsQuery() const { return {}; }
    // After rows were copied in with their ids: new rows get the next free id.
    [[nodiscard]] virtual QString resetIdentity(const QString &, const QString &) const { return {}; }
    // An expression for the database's clock now plus `seconds`, as the
    // time columns store it: the one clock several machines share.
    [[nodiscard]] virtual QString currentTime(int seconds) const = 0;

    // ---- Change notifications ----
    // A statement with one placeholder (:payload) that makes every connection
    // listening on directoryChannel() hear of a change when the transaction
    // commits; empty: the engine has none (the watcher polls instead).
    [[nodiscard]] virtual QString notifyStatement() const { return {}; }

    // ---- Values ----
    [[nodiscard]] virtual QVariant boolValue(bool value) const;
    [[nodiscard]] virtual bool boolFrom(const QVariant &value) const;
    // Null for an invalid time.
    [[nodiscard]] virtual QVariant timeValue(const QDateTime &time) const;
    [[nodiscard]] virtual QDateTime timeFrom(const QVariant &value) const;
    // A time column read as the text timeValue() writes on SQLite
    // ("2026-11-20T10:00:00Z"), for reads of many rows: timeFrom() reads that
    // form without QDateTime::fromString, and without the driver's own
    // conversion (QPSQL's goes through the C library's time zone, which
    // stats /etc/localtime at every value). The column as it is here.
    [[nodiscard]] virtual QString timeAsText(const QString &column) const;

    // ---- Errors ----
    // Another connection holds the lock beyond the busy timeout.
    [[nodiscard]] virtual bool isBusy(const QSqlError &error) const = 0;
    // What the locator names is not a database at all.
    [[nodiscard]] virtual bool isNotADatabase(const QSqlError &error) const = 0;
    // Why a database that is not a directory is refused, as said after its locator.
    [[nodiscard]] virtual QString notADatabaseCause() const = 0;
    [[nodiscard]] virtual QString foreignDatabaseCause() const = 0;
    // The cause of a failed statement in words, naming the database server
    // where it matters ("the connection to db:5432 was lost (...)").
    [[nodiscard]] virtual QString describe(const QSqlError &error, const DirectoryLocator &locator) const;
};

// The notification channel of directory changes (PostgreSQL LISTEN/NOTIFY).
// Payloads name what changed ("server:EX01", "org", "feed", "audit"...; "*":
// anything), never a value.
inline QString directoryChannel()
{
    return QStringLiteral("emconsole_changes");
}

} // namespace em
