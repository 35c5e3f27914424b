#pragma once

// The org directory on a PostgreSQL database through Qt's QPSQL driver:
// libpq connection parameters from the locator (passwords from libpq's own
// sources), REPEATABLE READ write transactions that the connection runs again
// on a serialization failure, introspection through information_schema,
// identity columns, BYTEA, BOOLEAN and TIMESTAMPTZ, an append-only trigger in
// PL/pgSQL, NOTIFY for live consoles, and errors in words that name the
// database server and the cause.

#include "sqldialect.h"

namespace em {

class PostgresDialect final : public SqlDialect
{
public:
    // The libpq connection string the driver is given: the locator's
    // parameters, a connection timeout and TCP keepalives unless the locator
    // or the environment sets them, and the program's name.
    static QString connectionString(const DirectoryLocator &locator);

    [[nodiscard]] QString driverName() const override;
    Result<void> prepare(const DirectoryLocator &locator, const DirectoryOptions &options) const override;
    void configure(QSqlDatabase &db, const DirectoryLocator &locator, const DirectoryOptions &options) const override;
    [[nodiscard]] QList<SessionStatement> sessionSetup(const DirectoryOptions &options) const override;
    [[nodiscard]] bool createsSchemaOnOpen() const override { return false; }
    [[nodiscard]] QString openFailure(const QSqlError &error, const DirectoryLocator &locator) const override;

    [[nodiscard]] QString beginWrite() const override;
    [[nodiscard]] bool isSerializationFailure(const QSqlError &error) const override;

    [[nodiscard]] QString tableExistsQuery() const override;
    [[nodiscard]] QString tableCountQuery() const override;
    [[nodiscard]] QString autoIdColumn() const override;
    [[nodiscard]] QString blobType() const override;
    [[nodiscard]] QString boolType() const override;
    [[nodiscard]] QString bigIntType() const override { return QStringLiteral("BIGINT"); }
    [[nodiscard]] QString timeType() const override;
    [[nodiscard]] QStringList appendOnly(const QString &table, const QString &message) const override;
    [[nodiscard]] QString tablesQuery() const override;
    [[nodiscard]] QString parentTablesQuery() const override;
    [[nodiscard]] QString identityColumnsQuery() const override;
    [[nodiscard]] QString resetIdentity(const QString &table, const QString &column) const override;
    [[nodiscard]] QString currentTime(int seconds) const override;
    [[nodiscard]] QString notifyStatement() const override;

    [[nodiscard]] QVariant boolValue(bool value) const override;
    [[nodiscard]] bool boolFrom(const QVariant &value) const override;
    [[nodiscard]] QVariant timeValue(const QDateTime &time) const override;
    [[nodiscard]] QDateTime timeFrom(const QVariant &value) const override;
    [[nodiscard]] QString timeAsText(const QString &column) const override;

    [[nodiscard]] bool isBusy(const QSqlError &error) const override;
    [[nodiscard]] bool isNotADatabase(const QSqlError &error) const override;
    [[nodiscard]] QString notADatabaseCause() const override;
    [[nodiscard]] QString foreignDatabaseCause() const override;
    [[nodiscard]] QString describe(const QSqlError &error, const DirectoryLocator &locator) const override;
};

} // namespace em
