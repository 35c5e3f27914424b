#pragma once

// What differs between the SQL databases the org directory runs on (SQLite
// today, PostgreSQL next), in one small object, so that the stores and the
// migrations write one SQL: how a write transaction starts, how a row is
// upserted, how the schema is looked at, what a connection sets up once, the
// types the migrations need, how booleans and times are stored, and which
// errors mean "locked" or "not a database".

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
    [[nodiscard]] virtual QList<SessionStatement> sessionSetup() const = 0;

    // ---- Transactions ----
    // Starts a transaction that writes: taken before reading what it changes,
    // so that concurrent read-modify-writes serialise.
    [[nodiscard]] virtual QString beginWrite() const = 0;

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
    // Statements that make a table refuse UPDATE and DELETE with `message`.
    [[nodiscard]] virtual QStringList appendOnly(const QString &table, const QString &message) const = 0;

    // ---- Values ----
    [[nodiscard]] virtual QVariant boolValue(bool value) const;
    [[nodiscard]] virtual bool boolFrom(const QVariant &value) const;
    // Null for an invalid time.
    [[nodiscard]] virtual QVariant timeValue(const QDateTime &time) const;
    [[nodiscard]] virtual QDateTime timeFrom(const QVariant &value) const;

    // ---- Errors ----
    // Another connection holds the lock beyond the busy timeout.
    [[nodiscard]] virtual bool isBusy(const QSqlError &error) const = 0;
    // What the locator names is not a database at all.
    [[nodiscard]] virtual bool isNotADatabase(const QSqlError &error) const = 0;
    // Why a database that is not a directory is refused, as said after its locator.
    [[nodiscard]] virtual QString notADatabaseCause() const = 0;
    [[nodiscard]] virtual QString foreignDatabaseCause() const = 0;
};

} // namespace em
