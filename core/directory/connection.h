#pragma once

// One connection to an org directory: owns the named QSqlDatabase (one per
// thread: open another connection in each thread), the SQL dialect, and the
// write transactions every store goes through. Opening checks the schema and
// runs the migrations.
//
// A write that lost to a concurrent one (PostgreSQL's serialization failure)
// or whose connection dropped before it committed is run again whole, on a
// new connection if need be: write bodies are pure directory work, so running
// one again is safe. A connection found dropped between writes is opened
// again by the next statement.

#include <functional>
#include <memory>

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include "locator.h"
#include "sqldialect.h"

class QSqlDatabase;
class QSqlError;

namespace em {

class DirectoryConnection
{
public:
    // How often a write is run in all when it keeps losing to concurrent ones.
    static constexpr int maxWriteAttempts = 12;

    // Opens (and creates or migrates) the directory. Refuses what is not a
    // database, a database of another program and one written by a newer
    // schema, unchanged.
    static Result<std::unique_ptr<DirectoryConnection>> open(
        const DirectoryLocator &locator, const DirectoryOptions &options);

    ~DirectoryConnection();
    DirectoryConnection(const DirectoryConnection &) = delete;
    DirectoryConnection &operator=(const DirectoryConnection &) = delete;

    [[nodiscard]] const DirectoryLocator &locator() const { return m_locator; }
    // Whether opening created the directory (there was no schema yet).
    [[nodiscard]] bool created() const { return m_created; }
    [[nodiscard]] const SqlDialect &dialect() const { return *m_dialect; }
    [[nodiscard]] QSqlDatabase database() const;
    // A new statement on this connection (opened again first if it dropped
    // outside a write).
    [[nodiscard]] QSqlQuery query() const;

    // Runs `body` in one write transaction (the dialect's beginWrite ...
    // COMMIT) and rolls everything back when it fails. A write inside another
    // joins it: the outer one commits or rolls back the whole, and a failed
    // inner write rolls back the whole even if the outer body went on. The
    // outermost write runs `body` again after a serialization failure or a
    // connection lost before COMMIT, up to maxWriteAttempts times.
    Result<void> write(const std::function<Result<void>()> &body);
    // How many writes were run again since the connection opened (for tests
    // and benchmarks).
    [[nodiscard]] int writeRetries() const { return m_writeRetries; }
    // The schema version the database had when it was opened (0: it was
    // empty and opening created the schema).
    [[nodiscard]] int versionFound() const { return m_versionFound; }

    // Tells the directory's watchers what the current write changed, when it
    // commits ("server:EX01", "org"...; see directoryChannel()). A write that
    // notes nothing announces "*". Nothing outside a write.
    void noteChange(const QString &payload);

    // Runs a prepared statement; on error names what was being done.
    Result<void> exec(QSqlQuery &query, const QString &what) const;
    // Prepares and runs `sql`.
    Result<void> exec(QSqlQuery &query, const QString &sql, const QString &what) const;
    // "org directory 'LOCATOR': WHAT failed (CAUSE)"
    [[nodiscard]] Error error(const QString &what, const QSqlError &cause) const;
    // "org directory 'LOCATOR': CAUSE"
    [[nodiscard]] Error named(const QString &cause) const;

private:
    DirectoryConnection(DirectoryLocator locator, std::unique_ptr<SqlDialect> dialect, QString connectionName,
        DirectoryOptions options);

    // Whether the schema is there (false: an empty database).
    Result<bool> checkSchema();
    Result<void> setUpSession();
    Result<void> migrate();
    Result<void> connect();
    // Opens the connection again when it dropped; false when it is fine.
    Result<bool> reconnectIfDropped() const;
    [[nodiscard]] bool dropped() const;
    Result<void> writeOnce(const std::function<Result<void>()> &body);

    DirectoryLocator m_locator;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    DirectoryOptions m_options;
    int m_writeDepth = 0;
    bool m_writeFailed = false;
    int m_writeRetries = 0;
    int m_versionFound = 0;
    QStringList m_changes;
    // Set by error() while a write runs: what failed may succeed if run again.
    mutable bool m_retryable = false;
    bool m_created = false;
};

} // namespace em
