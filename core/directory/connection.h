#pragma once

// One connection to an org directory: owns the named QSqlDatabase (one per
// thread: open another connection in each thread), the SQL dialect, and the
// write transactions every store goes through. Opening checks the schema and
// runs the migrations.

#include <functional>
#include <memory>

#include <QSqlQuery>
#include <QString>

#include "locator.h"
#include "sqldialect.h"

class QSqlDatabase;
class QSqlError;

namespace em {

class DirectoryConnection
{
public:
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
    // A new statement on this connection.
    [[nodiscard]] QSqlQuery query() const;

    // Runs `body` in one write transaction (the dialect's beginWrite ...
    // COMMIT) and rolls everything back when it fails. A write inside another
    // joins it: the outer one commits or rolls back the whole, and a failed
    // inner write rolls back the whole even if the outer body went on.
    Result<void> write(const std::function<Result<void>()> &body);

    // Runs a prepared statement; on error names what was being done.
    Result<void> exec(QSqlQuery &query, const QString &what) const;
    // Prepares and runs `sql`.
    Result<void> exec(QSqlQuery &query, const QString &sql, const QString &what) const;
    // "org directory 'PATH': WHAT failed (CAUSE)"
    [[nodiscard]] Error error(const QString &what, const QSqlError &cause) const;
    // "org directory 'PATH': CAUSE"
    [[nodiscard]] Error named(const QString &cause) const;

private:
    DirectoryConnection(DirectoryLocator locator, std::unique_ptr<SqlDialect> dialect, QString connectionName);

    // Sets `exists` to whether the database holds a directory schema.
    Result<void> checkSchema(bool &exists);
    Result<void> setUpSession();
    Result<void> migrate();

    DirectoryLocator m_locator;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    int m_writeDepth = 0;
    bool m_writeFailed = false;
    bool m_created = false;
};

} // namespace em
