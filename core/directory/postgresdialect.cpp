#include "postgresdialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>

#include "locator.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

// libpq's conninfo quoting: single quotes, with \ and ' escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

// What libpq and the server said, without the driver's wrapping: "FATAL:",
// the SQLSTATE Qt appends, libpq's "connection to server ... failed:" and
// its hints, on one line.
QString serverSaid(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    static const QRegularExpression sqlState(QStringLiteral("\\(\\w{5}\\)\\s*$"));
    text.remove(sqlState);
    static const QRegularExpression prefix(QStringLiteral("^connection to server (at|on) .*? failed:\\s*"),
        QRegularExpression::DotMatchesEverythingOption);
    text.remove(prefix);
    static const QRegularExpression hint(
        QStringLiteral("\\n\\s*Is the server running.*$"), QRegularExpression::DotMatchesEverythingOption);
    text.remove(hint);
    static const QRegularExpression severity(QStringLiteral("^(FATAL|ERROR|PANIC):\\s+"));
    text.remove(severity);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" ")).trimmed();
}

enum class Cause { Refused, NoServerOnSocket, UnknownHost, Timeout, Authentication, Tls, NoDatabase, Lost, Other };

Cause classify(const QSqlError &error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString state = error.nativeErrorCode();
    const auto has = [&text](const char *part) { return text.contains(QLatin1String(part), Qt::CaseInsensitive); };
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03") || has("server closed the connection unexpectedly")
        || has("no connection to the server") || has("terminating connection") || has("connection to server was lost")
        || has("could not receive data from server") || has("could not send data to server")
        || has("SSL connection has been closed unexpectedly"))
        return Cause::Lost;
    if (has("certificate verify failed") || has("root certificate file") || has("does not match host name")
        || has("server does not support SSL") || has("SSL error") || has("certificate present, but not private key")
        || has("could not read certificate") || has("SSL SYSCALL"))
        return Cause::Tls;
    if (has("Connection refused"))
        return Cause::Refused;
    if (has("No such file or directory") && has("socket"))
        return Cause::NoServerOnSocket;
    if (has("could not translate host name") || has("Name or service not known"))
        return Cause::UnknownHost;
    if (has("timeout expired"))
        return Cause::Timeout;
    if (has("authentication failed") || has("no password supplied") || has("no pg_hba.conf entry")
        || has("password authentication") || has("role \"") || state == QLatin1String("28P01")
        || state == QLatin1String("28000"))
        return Cause::Authentication;
    if (has("database \"") && has("does not exist"))
        return Cause::NoDatabase;
    return Cause::Other;
}

QString passwordSources()
{
    return Text::tr("a password goes in ~/.pgpass, the file named by PGPASSFILE, or PGPASSWORD");
}
} // namespace

QString PostgresDialect::connectionString(const DirectoryLocator &locator)
{
    QStringList parts;
    QStringList given;
    for (const auto &[keyword, value] : locator.parameters()) {
        parts << keyword + QLatin1Char('=') + quoted(value);
        given << keyword;
    }
    // Unless the locator (or libpq's environment variable, when it has one) says otherwise.
    const auto byDefault = [&](const char *keyword, const char *environment, const QString &value) {
        if (!given.contains(QLatin1String(keyword)) && (!environment || qEnvironmentVariableIsEmpty(environment)))
            parts << QLatin1String(keyword) + QLatin1Char('=') + quoted(value);
    };
    // libpq waits for ever by default: a database server that does not answer
    // must not hang the console or the service.
    byDefault("connect_timeout", "PGCONNECT_TIMEOUT", QStringLiteral("10"));
    // A connection that silently died (a cut network) is noticed within about
    // a minute instead of the system's two hours.
    byDefault("keepalives_idle", nullptr, QStringLiteral("30"));
    byDefault("keepalives_interval", nullptr, QStringLiteral("10"));
    byDefault("keepalives_count", nullptr, QStringLiteral("3"));
    const QString program = QCoreApplication::applicationName();
    byDefault("application_name", "PGAPPNAME", program.isEmpty() ? QStringLiteral("emconsole") : program);
    return parts.join(QLatin1Char(' '));
}

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

Result<void> PostgresDialect::prepare(const DirectoryLocator &, const DirectoryOptions &) const
{
    return {};
}

void PostgresDialect::configure(QSqlDatabase &db, const DirectoryLocator &locator, const DirectoryOptions &) const
{
    // The driver appends the connect options to its own (empty) host, dbname
    // and user settings: the whole libpq connection string goes there, so
    // that libpq reads its password sources and TLS settings itself.
    db.setConnectOptions(connectionString(locator));
}

QList<SessionStatement> PostgresDialect::sessionSetup(const DirectoryOptions &options) const
{
    return {
        // Times are written and read in UTC whatever the server's zone.
        {QStringLiteral("SET TIME ZONE 'UTC'"), Text::tr("setting the time zone"), false},
        // A writer waits for another one's row lock as long as on SQLite.
        {QStringLiteral("SET lock_timeout = %1").arg(options.busyTimeoutMs), Text::tr("setting the lock timeout"),
            false},
        // libpq prints notices on stderr ("table ... does not exist, skipping").
        {QStringLiteral("SET client_min_messages = warning"), Text::tr("setting the message level"), false},
    };
}

QString PostgresDialect::openFailure(const QSqlError &error, const DirectoryLocator &locator) const
{
    const QString server = locator.serverName();
    const QString said = serverSaid(error);
    switch (classify(error)) {
    case Cause::Refused:
        return Text::tr("cannot connect to the database server at %1: connection refused (is PostgreSQL running "
                        "there and accepting TCP connections?)")
            .arg(server);
    case Cause::NoServerOnSocket:
        return Text::tr("cannot connect to the database server at %1: no server listens on that socket (is "
                        "PostgreSQL running?)")
            .arg(server);
    case Cause::UnknownHost:
        return Text::tr("cannot connect to the database server at %1: the host name cannot be resolved (%2)")
            .arg(server, said);
    case Cause::Timeout:
        return Text::tr("cannot connect to the database server at %1: no answer within the connection timeout (%2)")
            .arg(server, said);
    case Cause::Authentication:
        return Text::tr("the database server at %1 refused the login (%2); %3").arg(server, said, passwordSources());
    case Cause::Tls:
        return Text::tr("the TLS verification of the database server at %1 failed (%2): check sslrootcert and the "
                        "server's certificate")
            .arg(server, said);
    case Cause::NoDatabase:
        return Text::tr("the database '%1' does not exist on the server at %2: create it (createdb), then run "
                        "'emctl directory init'")
            .arg(locator.parameter(QStringLiteral("dbname")), server);
    case Cause::Lost:
        return Text::tr("the database server at %1 closed the connection (%2)").arg(server, said);
    case Cause::Other:
        break;
    }
    return Text::tr("cannot connect to the database server at %1 (%2)").arg(server, said);
}

QString PostgresDialect::beginWrite() const
{
    // REPEATABLE READ: a read-modify-write whose rows another transaction
    // changed since it began fails with a serialization failure instead of
    // overwriting that change, and the connection runs the whole write
    // again. Every write of the directory changes the rows it read (a
    // server's row, org_config's keys, the feed's row, a lease row), and
    // unique names are a unique index, so SERIALIZABLE's extra predicate
    // locks would only add false conflicts between service nodes.
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ");
}

bool PostgresDialect::isSerializationFailure(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    // serialization_failure, deadlock_detected, and unique_violation: the
    // stores check names before inserting, so a duplicate key is a
    // concurrent insert, which the retry reports as a taken name.
    return state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("23505");
}

QString PostgresDialect::tableExistsQuery() const
{
    return QStringLiteral("SELECT table_name FROM information_schema.tables"
                          " WHERE table_schema = current_schema() AND table_name = ?");
}

QString PostgresDialect::tableCountQuery() const
{
    return QStringLiteral("SELECT count(*) AS table_count FROM information_schema.tables"
                          " WHERE table_schema = current_schema()");
}

QString PostgresDialect::autoIdColumn() const
{
    // BY DEFAULT, not ALWAYS: `directory copy` writes the ids it copies.
    return QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
}

QString PostgresDialect::blobType() const
{
    return QStringLiteral("BYTEA");
}

QString PostgresDialect::boolType() const
{
    return QStringLiteral("BOOLEAN");
}

QString PostgresDialect::timeType() const
{
    return QStringLiteral("TIMESTAMPTZ");
}

QStringList PostgresDialect::appendOnly(const QString &table, const QString &message) const
{
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION em_append_only() RETURNS trigger LANGUAGE plpgsql AS"
                       " $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$"),
        QStringLiteral("CREATE TRIGGER %1_no_change BEFORE UPDATE OR DELETE ON %1"
                       " FOR EACH ROW EXECUTE FUNCTION em_append_only('%2')")
            .arg(table, message),
        QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1"
                       " FOR EACH STATEMENT EXECUTE FUNCTION em_append_only('%2')")
            .arg(table, message),
    };
}

QString PostgresDialect::tablesQuery() const
{
    return QStringLiteral("SELECT table_name FROM information_schema.tables"
                          " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name");
}

QString PostgresDialect::parentTablesQuery() const
{
    return QStringLiteral("SELECT DISTINCT u.table_name AS parent_table FROM information_schema.table_constraints c"
                          " JOIN information_schema.constraint_column_usage u"
                          " ON u.constraint_schema = c.constraint_schema AND u.constraint_name = c.constraint_name"
                          " WHERE c.constraint_type = 'FOREIGN KEY' AND c.table_schema = current_schema()"
                          " AND c.table_name = ?");
}

QString PostgresDialect::identityColumnsQuery() const
{
    return QStringLiteral("SELECT column_name FROM information_schema.columns"
                          " WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'");
}

QString PostgresDialect::resetIdentity(const QString &table, const QString &column) const
{
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'),"
                          " COALESCE((SELECT max(%2) FROM %1), 0) + 1, false)")
        .arg(table, column);
}

QString PostgresDialect::currentTime(int seconds) const
{
    return QStringLiteral("(date_trunc('second', statement_timestamp()) + make_interval(secs => %1))").arg(seconds);
}

QString PostgresDialect::notifyStatement() const
{
    return QStringLiteral("SELECT pg_notify('%1', :payload)").arg(directoryChannel());
}

QVariant PostgresDialect::boolValue(bool value) const
{
    return value;
}

bool PostgresDialect::boolFrom(const QVariant &value) const
{
    return value.toBool();
}

QVariant PostgresDialect::timeValue(const QDateTime &time) const
{
    if (!time.isValid())
        return QVariant(QMetaType(QMetaType::QDateTime));
    // To the second, as on SQLite: a directory copied between the two
    // compares equal.
    const QDateTime utc = time.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute(), utc.time().second()), Qt::UTC);
}

QString PostgresDialect::timeAsText(const QString &column) const
{
    // Kept to the second (timeValue), so this is the time exactly.
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')").arg(column);
}

QDateTime PostgresDialect::timeFrom(const QVariant &value) const
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    // Text: a time kept in a text column (org_config) or cast to text.
    const QString text = value.toString();
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        return QDateTime::fromString(QString(text).replace(10, 1, QLatin1Char('T')), Qt::ISODateWithMs).toUTC();
    return SqlDialect::timeFrom(value);
}

bool PostgresDialect::isBusy(const QSqlError &error) const
{
    return error.nativeErrorCode() == QLatin1String("55P03"); // lock_not_available (lock_timeout)
}

bool PostgresDialect::isNotADatabase(const QSqlError &) const
{
    return false;
}

QString PostgresDialect::notADatabaseCause() const
{
    return Text::tr("is not an EM Console directory");
}

QString PostgresDialect::foreignDatabaseCause() const
{
    return Text::tr("is a PostgreSQL database with tables of another program (no EM Console schema); it was not "
                    "changed");
}

QString PostgresDialect::describe(const QSqlError &error, const DirectoryLocator &locator) const
{
    const QString said = serverSaid(error);
    if (classify(error) == Cause::Lost)
        return Text::tr("the connection to the database server at %1 was lost: %2").arg(locator.serverName(), said);
    if (isSerializationFailure(error))
        return Text::tr("a concurrent change on %1 got in the way: %2").arg(locator.serverName(), said);
    return said.isEmpty() ? error.text() : said;
}

} // namespace em
