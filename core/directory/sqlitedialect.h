#pragma once

// The org directory on an SQLite file: WAL, a busy timeout, foreign keys on,
// BEGIN IMMEDIATE for writes, introspection through sqlite_master.

#include "sqldialect.h"

namespace em {

class SqliteDialect final : public SqlDialect
{
public:
    [[nodiscard]] QString driverName() const override;
    Result<void> prepare(const DirectoryLocator &locator, const DirectoryOptions &options) const override;
    void configure(QSqlDatabase &db, const DirectoryLocator &locator, const DirectoryOptions &options) const override;
    [[nodiscard]] QList<SessionStatement> sessionSetup() const override;

    [[nodiscard]] QString beginWrite() const override;

    [[nodiscard]] QString tableExistsQuery() const override;
    [[nodiscard]] QString tableCountQuery() const override;
    [[nodiscard]] QString autoIdColumn() const override;
    [[nodiscard]] QString blobType() const override;
    [[nodiscard]] QStringList appendOnly(const QString &table, const QString &message) const override;

    [[nodiscard]] bool isBusy(const QSqlError &error) const override;
    [[nodiscard]] bool isNotADatabase(const QSqlError &error) const override;
    [[nodiscard]] QString notADatabaseCause() const override;
    [[nodiscard]] QString foreignDatabaseCause() const override;
};

} // namespace em
