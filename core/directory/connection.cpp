#include "connection.h"

#include <atomic>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
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
constexpr sql::Column payloadColumn {"payload"}; // of SqlDialect::notifyStatement

// A notification per change up to this many in one write; beyond, one "*"
// (everything may have changed) keeps a large write's commit short.
constexpr int maxChangesNamed = 64;
} // namespace

int defaultBusyTimeoutMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("EM_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnv >= 0 ? fromEnv : 5000;
}

DirectoryConnection::DirectoryConnection(
    DirectoryLocator locator, std::unique_ptr<SqlDialect> dialect, QString connectionName, DirectoryOptions options)
    : m_locator(std::move(locator)), m_dialect(std::move(dialect)), m_connectionName(std::move(connectionName)),
      m_options(options)
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
    std::unique_ptr<DirectoryConnection> connection(
        new DirectoryConnection(locator, std::move(*dialect), name, options));
    if (auto connected = connection->connect(); !connected)
        return fail(connected.error());
    // The schema is looked at before anything writes to the database.
    auto schemaThere = connection->checkSchema();
    if (!schemaThere)
        return fail(schemaThere.error());
    if (!*schemaThere && !connection->dialect().createsSchemaOnOpen() && !options.initialize) {
        return fail(connection->named(Text::tr("is an empty database without the EM Console schema: create the "
                                               "schema with 'emctl directory init --directory %1'")
                                          .arg(locator.displayName())));
    }
    if (!*schemaThere && !options.createIfMissing && !options.initialize) {
        // An empty file (SQLite takes one for an empty database): only what
        // writes makes a directory of it.
        return fail(connection->named(Text::tr("is empty: it holds no org directory yet; it was not changed")));
    }
    connection->m_created = !*schemaThere;
    if (auto set = connection->setUpSession(); !set)
        return fail(set.error());
    if (auto migrated = connection->migrate(); !migrated)
        return fail(migrated.error());
    return connection;
}

Result<void> DirectoryConnection::connect()
{
    QSqlDatabase db;
    if (QSqlDatabase::contains(m_connectionName)) {
        db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    } else {
        db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
        if (!db.isValid())
            return fail(named(Text::tr("the Qt SQL driver %1 is not installed").arg(m_dialect->driverName())));
        m_dialect->configure(db, m_locator, m_options);
    }
    if (!db.open())
        return fail(named(m_dialect->openFailure(db.lastError(), m_locator)));
    return {};
}

bool DirectoryConnection::dropped() const
{
    return !database().isOpen();
}

Result<bool> DirectoryConnection::reconnectIfDropped() const
{
    if (m_writeDepth > 0 || !dropped())
        return false;
    // Opening again changes nothing the caller sees but the connection.
    auto *self = const_cast<DirectoryConnection *>(this);
    if (auto connected = self->connect(); !connected)
        return fail(connected.error());
    if (auto set = self->setUpSession(); !set)
        return fail(set.error());
    return true;
}

QSqlDatabase DirectoryConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery DirectoryConnection::query() const
{
    // A failed reconnection leaves the connection closed: the statement
    // then fails, and error() says why.
    [[maybe_unused]] const auto reconnected = reconnectIfDropped();
    return QSqlQuery(database());
}

Error DirectoryConnection::named(const QString &cause) const
{
    return Error(ErrorCode::Database, Text::tr("org directory '%1': %2").arg(m_locator.displayName(), cause));
}

Error DirectoryConnection::error(const QString &what, const QSqlError &cause) const
{
    const bool lost = dropped();
    if (m_writeDepth > 0 && (lost || m_dialect->isSerializationFailure(cause)))
        m_retryable = true;
    if (lost && !cause.isValid())
        return named(
            Text::tr("%1 failed: no connection to the database server at %2").arg(what, m_locator.serverName()));
    // PostgreSQL takes its locks statement by statement, not at BEGIN.
    if (m_dialect->isBusy(cause))
        return named(Text::tr("%1 failed: locked by another writer beyond the busy timeout").arg(what));
    return Error(ErrorCode::Database,
        Text::tr("org directory '%1': %2 failed (%3)")
            .arg(m_locator.displayName(), what, m_dialect->describe(cause, m_locator)));
}

Result<void> DirectoryConnection::exec(QSqlQuery &query, const QString &what) const
{
    // A statement whose preparation failed (PostgreSQL parses it on the
    // server, which may time out on a lock) holds that error; running it
    // anyway would hide it behind the driver's syntax error.
    if (query.lastError().isValid())
        return fail(error(what, query.lastError()));
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

Result<bool> DirectoryConnection::checkSchema()
{
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
        return true;
    }
    // Not ours and not empty: refuse rather than add tables to someone else's database.
    if (!q.exec(m_dialect->tableCountQuery()) || !q.next())
        return fail(error(Text::tr("reading the schema"), q.lastError()));
    if (sql::Row(q, *m_dialect).integer(tableCountColumn) > 0)
        return fail(named(m_dialect->foreignDatabaseCause()));
    return false;
}

Result<void> DirectoryConnection::setUpSession()
{
    QSqlQuery q(database());
    for (const SessionStatement &statement : m_dialect->sessionSetup(m_options)) {
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
    // 0 for an empty database. The table is looked up first: on PostgreSQL
    // a failed SELECT would abort the migration's transaction.
    const auto storedVersion = [this]() {
        QSqlQuery q = query();
        q.prepare(m_dialect->tableExistsQuery());
        q.addBindValue(QStringLiteral("schema_version"));
        if (!q.exec() || !q.next())
            return 0;
        if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
            return int(sql::Row(q, *m_dialect).integer(versionColumn));
        return 0;
    };
    // Fast path: already current, no write lock needed.
    m_versionFound = storedVersion();
    if (m_versionFound == steps.size())
        return {};
    return write([&]() -> Result<void> {
        QSqlQuery q = query();
        const int from = storedVersion();
        // Another program upgraded it meanwhile, to a version newer than ours.
        if (from > steps.size())
            return fail(named(Text::tr("written by a newer EM Console (schema version %1; this program reads up "
                                       "to %2); it was not changed")
                                  .arg(from)
                                  .arg(steps.size())));
        for (int step = from; step < steps.size(); ++step) {
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

void DirectoryConnection::noteChange(const QString &payload)
{
    if (m_writeDepth > 0 && !m_changes.contains(payload))
        m_changes << payload;
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
    for (int attempt = 1;; ++attempt) {
        Result<void> result = writeOnce(body);
        if (result || !m_retryable)
            return result;
        if (attempt >= maxWriteAttempts) {
            return fail(Error(result.error().code,
                result.error().message + Text::tr("; tried %1 times, nothing was changed").arg(maxWriteAttempts)));
        }
        ++m_writeRetries;
        // Random backoff, growing: two writers that collided do not collide again in step.
        const int ceiling = std::min(10 << std::min(attempt, 5), 300);
        QThread::msleep(QRandomGenerator::global()->bounded(ceiling / 2, ceiling));
    }
}

Result<void> DirectoryConnection::writeOnce(const std::function<Result<void>()> &body)
{
    m_retryable = false;
    if (auto reconnected = reconnectIfDropped(); !reconnected)
        return fail(reconnected.error());
    // Not query(): inside a transaction the connection must never be opened
    // again behind the transaction's back (a COMMIT on a new connection
    // would commit nothing and say nothing).
    QSqlQuery begin(database());
    if (!begin.exec(m_dialect->beginWrite())) {
        if (m_dialect->isBusy(begin.lastError()))
            return fail(named(Text::tr("locked by another writer beyond the busy timeout; it was not changed")));
        m_retryable = dropped(); // it dropped since the last statement: open it again and start over
        return fail(error(Text::tr("starting a transaction"), begin.lastError()));
    }
    m_writeDepth = 1;
    m_writeFailed = false;
    m_changes.clear();
    Result<void> result = body();
    if (result && m_writeFailed)
        result = fail(named(Text::tr("a change inside the transaction failed; it was not changed")));
    if (result && !m_dialect->notifyStatement().isEmpty()) {
        // Every write tells the listening consoles, when the transaction
        // commits and only then; a write that named nothing may have changed
        // anything.
        QSqlQuery notify(database());
        notify.prepare(m_dialect->notifyStatement());
        const QStringList payloads
            = m_changes.isEmpty() || m_changes.size() > maxChangesNamed ? QStringList {QStringLiteral("*")} : m_changes;
        for (const QString &payload : payloads) {
            sql::bind(notify, payloadColumn, payload);
            if (auto r = exec(notify, Text::tr("announcing the change")); !r) {
                result = r;
                break;
            }
        }
    }
    m_writeDepth = 0;
    m_changes.clear();
    QSqlQuery end(database());
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    // The driver's commit, not a COMMIT statement: PostgreSQL answers COMMIT
    // in a failed transaction with a rollback and no error, which the driver
    // reports.
    QSqlDatabase db = database();
    if (!db.commit()) {
        const QSqlError why = db.lastError();
        const bool lost = dropped();
        Error failed = error(Text::tr("committing"), why);
        // A serialization failure at COMMIT rolled everything back: safe to
        // run again. A connection lost during COMMIT leaves unknown whether
        // the server committed: never run again, say so.
        m_retryable = !lost && m_dialect->isSerializationFailure(why);
        if (lost)
            failed = named(Text::tr("the connection to the database server at %1 was lost while committing (%2): "
                                    "the change may or may not have been saved; check before repeating it")
                               .arg(m_locator.serverName(), m_dialect->describe(why, m_locator)));
        end.exec(QStringLiteral("ROLLBACK"));
        return fail(failed);
    }
    return {};
}

} // namespace em
