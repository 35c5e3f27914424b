#include "sqlitedialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

#include "locator.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};
} // namespace

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

Result<void> SqliteDialect::prepare(const DirectoryLocator &locator, const DirectoryOptions &options) const
{
    const auto named = [&locator](const QString &cause) {
        return fail(ErrorCode::Database, Text::tr("org directory '%1': %2").arg(locator.displayName(), cause));
    };
    const QFileInfo info(locator.path());
    if (info.exists()) {
        if (info.isDir())
            return named(Text::tr("is a folder, not a database file"));
        // Never open the file ourselves: closing any descriptor of a database
        // file drops every POSIX lock SQLite holds on it in this process (the
        // console and the service open one connection per thread), which lets
        // another process write under them and corrupts the file. SQLite's own
        // first read tells a file that is not a database.
        if (!info.isReadable())
            return named(Text::tr("cannot be read (permission denied)"));
        return {};
    }
    if (!options.createIfMissing)
        return named(Text::tr("does not exist"));
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        return named(Text::tr("cannot create the folder '%1'").arg(parent));
    if (!QFileInfo(parent).isWritable())
        return named(Text::tr("the folder '%1' is read-only").arg(parent));
    return {};
}

void SqliteDialect::configure(QSqlDatabase &db, const DirectoryLocator &locator, const DirectoryOptions &options) const
{
    db.setDatabaseName(locator.path());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
}

QList<SessionStatement> SqliteDialect::sessionSetup() const
{
    return {
        {QStringLiteral("PRAGMA foreign_keys = ON"), Text::tr("enabling foreign keys"), false},
        {QStringLiteral("PRAGMA journal_mode = WAL"), Text::tr("switching to WAL mode"), true},
        {QStringLiteral("PRAGMA synchronous = NORMAL"), Text::tr("setting synchronous mode"), false},
    };
}

QString SqliteDialect::beginWrite() const
{
    // Takes the write lock at once: a deferred transaction that reads first
    // and writes later could not be serialised against another writer.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::tableExistsQuery() const
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?");
}

QString SqliteDialect::tableCountQuery() const
{
    return QStringLiteral("SELECT count(*) AS table_count FROM sqlite_master");
}

QString SqliteDialect::autoIdColumn() const
{
    return QStringLiteral("id INTEGER PRIMARY KEY");
}

QString SqliteDialect::blobType() const
{
    return QStringLiteral("BLOB");
}

QStringList SqliteDialect::appendOnly(const QString &table, const QString &message) const
{
    return {
        QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN SELECT RAISE(ABORT, '%2'); END")
            .arg(table, message),
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN SELECT RAISE(ABORT, '%2'); END")
            .arg(table, message),
    };
}

bool SqliteDialect::isBusy(const QSqlError &error) const
{
    // SQLITE_BUSY and SQLITE_LOCKED.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6");
}

bool SqliteDialect::isNotADatabase(const QSqlError &error) const
{
    return error.text().contains(QLatin1String("not a database"));
}

QString SqliteDialect::notADatabaseCause() const
{
    return Text::tr("is not an EM Console directory (the file is not an SQLite database)");
}

QString SqliteDialect::foreignDatabaseCause() const
{
    return Text::tr("is an SQLite database of another program (no EM Console schema); it was not changed");
}

} // namespace em
