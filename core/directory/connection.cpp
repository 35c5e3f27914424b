#include "connection.h"

#include <atomic>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

#include "schema.h"
#include "sqlrow.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

std::atomic<int> connectionCounter {0};

constexpr sql::Column versionColumn {"version"}; // schema_version's one column
constexpr sql::Column tableCountColumn {"table_count"}; // of SqlDialect::tableCountQuery
} // namespace

int defaultBusyTimeoutMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("EM_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnv >= 0 ? fromEnv : 5000;
}

DirectoryConnection::DirectoryConnection(
    DirectoryLocator locator, std::unique_ptr<SqlDialect> dialect, QString connectionName)
    : m_locator(std::move(locator)), m_dialect(std::move(dialect)), m_connectionName(std::move(connectionName))
{ }

DirectoryConnection::~DirectoryConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<DirectoryConnection>> DirectoryConnection::open(
    const DirectoryLocator &locator, const DirectoryOptions &options)
{
    if (locator.isNull())
        return fail(ErrorCode::InvalidArgument, Text::tr("org directory: no path given"));
    auto dialect = SqlDialect::forLocator(locator);
    if (!dialect)
        return fail(dialect.error());
    if (auto prepared = (*dialect)->prepare(locator, options); !prepared)
        return fail(prepared.error());

    const QString name = QStringLiteral("em-directory-%1").arg(connectionCounter.fetch_add(1));
    std::unique_ptr<DirectoryConnection> connection(new DirectoryConnection(locator, std::move(*dialect), name));
    {
        const SqlDialect &d = connection->dialect();
        QSqlDatabase db = QSqlDatabase::addDatabase(d.driverName(), name);
        if (!db.isValid())
            return fail(connection->named(Text::tr("the Qt SQL driver %1 is not installed").arg(d.driverName())));
        d.configure(db, locator, options);
        if (!db.open())
            return fail(connection->named(Text::tr("cannot open (%1)").arg(db.lastError().text())));
    }
    // The schema is looked at before anything writes to the database.
    bool exists = false;
    if (auto checked = connection->checkSchema(exists); !checked)
        return fail(checked.error());
    if (!exists && !options.createIfMissing) {
        // An empty file (SQLite takes one for an empty database) or an empty
        // database: only what writes makes a directory of it.
        return fail(connection->named(Text::tr("is empty: it holds no org directory yet; it was not changed")));
    }
    connection->m_created = !exists;
    if (auto set = connection->setUpSession(); !set)
        return fail(set.error());
    if (auto migrated = connection->migrate(); !migrated)
        return fail(migrated.error());
    return connection;
}

QSqlDatabase DirectoryConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery DirectoryConnection::query() const
{
    return QSqlQuery(database());
}

Error DirectoryConnection::named(const QString &cause) const
{
    return Error(ErrorCode::Database, Text::tr("org directory '%1': %2").arg(m_locator.displayName(), cause));
}

Error DirectoryConnection::error(const QString &what, const QSqlError &cause) const
{
    return Error(ErrorCode::Database,
        Text::tr("org directory '%1': %2 failed (%3)").arg(m_locator.displayName(), what, cause.text()));
}

Result<void> DirectoryConnection::exec(QSqlQuery &query, const QString &what) const
{
    if (query.exec())
        return {};
    return fail(error(what, query.lastError()));
}

Result<void> DirectoryConnection::exec(QSqlQuery &query, const QString &sql, const QString &what) const
{
    if (query.exec(sql))
        return {};
    return fail(error(what, query.lastError()));
}

Result<void> DirectoryConnection::checkSchema(bool &exists)
{
    exists = false;
    const QString locked = Text::tr("locked by another program beyond the busy timeout");
    QSqlQuery q = query();
    // The first statement that reads the file: a failed prepare is the first
    // to tell a file that is not a database.
    bool read = q.prepare(m_dialect->tableExistsQuery());
    if (read) {
        q.addBindValue(QStringLiteral("schema_version"));
        read = q.exec();
    }
    if (!read) {
        if (m_dialect->isNotADatabase(q.lastError()))
            return fail(named(m_dialect->notADatabaseCause()));
        if (m_dialect->isBusy(q.lastError()))
            return fail(named(locked));
        return fail(error(Text::tr("reading the schema"), q.lastError()));
    }
    if (q.next()) {
        if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
            return fail(error(Text::tr("reading the schema version"), q.lastError()));
        const int version = int(sql::Row(q, *m_dialect).integer(versionColumn));
        if (version > schema::currentVersion) {
            return fail(named(Text::tr("written by a newer EM Console (schema version %1; this program reads up "
                                       "to %2); it was not changed")
                                  .arg(version)
                                  .arg(schema::currentVersion)));
        }
        exists = true;
        return {};
    }
    // Not ours and not empty: refuse rather than add tables to someone else's database.
    if (!q.exec(m_dialect->tableCountQuery()) || !q.next())
        return fail(error(Text::tr("reading the schema"), q.lastError()));
    if (sql::Row(q, *m_dialect).integer(tableCountColumn) > 0)
        return fail(named(m_dialect->foreignDatabaseCause()));
    return {};
}

Result<void> DirectoryConnection::setUpSession()
{
    QSqlQuery q = query();
    for (const SessionStatement &statement : m_dialect->sessionSetup()) {
        if (!q.exec(statement.sql) || (statement.returnsRow && !q.next())) {
            if (m_dialect->isBusy(q.lastError()))
                return fail(named(Text::tr("locked by another program beyond the busy timeout")));
            return fail(error(statement.what, q.lastError()));
        }
        q.finish();
    }
    return {};
}

Result<void> DirectoryConnection::migrate()
{
    const QList<QStringList> steps = schema::migrations(*m_dialect);
    Q_ASSERT(steps.size() == schema::currentVersion);
    const auto storedVersion = [this]() {
        QSqlQuery q = query();
        if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
            return int(sql::Row(q, *m_dialect).integer(versionColumn));
        return 0;
    };
    // Fast path: already current, no write lock needed.
    if (storedVersion() == steps.size())
        return {};
    return write([&]() -> Result<void> {
        QSqlQuery q = query();
        for (int step = storedVersion(); step < steps.size(); ++step) {
            for (const QString &sql : steps.at(step)) {
                if (auto r = exec(q, sql, Text::tr("schema migration to version %1").arg(step + 1)); !r)
                    return r;
            }
            q.prepare(QStringLiteral("UPDATE schema_version SET version = :version"));
            q.bindValue(QStringLiteral(":version"), step + 1);
            if (auto r = exec(q, Text::tr("recording schema version %1").arg(step + 1)); !r)
                return r;
        }
        return {};
    });
}

Result<void> DirectoryConnection::write(const std::function<Result<void>()> &body)
{
    if (m_writeDepth > 0) {
        ++m_writeDepth;
        Result<void> result = body();
        --m_writeDepth;
        m_writeFailed = m_writeFailed || !result;
        return result;
    }
    QSqlQuery begin = query();
    if (!begin.exec(m_dialect->beginWrite())) {
        if (m_dialect->isBusy(begin.lastError()))
            return fail(named(Text::tr("locked by another writer beyond the busy timeout; it was not changed")));
        return fail(error(Text::tr("starting a transaction"), begin.lastError()));
    }
    m_writeDepth = 1;
    m_writeFailed = false;
    Result<void> result = body();
    m_writeDepth = 0;
    if (result && m_writeFailed)
        result = fail(named(Text::tr("a change inside the transaction failed; it was not changed")));
    QSqlQuery end = query();
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QSqlError why = end.lastError();
        end.exec(QStringLiteral("ROLLBACK"));
        return fail(error(Text::tr("committing"), why));
    }
    return {};
}

} // namespace em
