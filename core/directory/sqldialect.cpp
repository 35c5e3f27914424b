#include "sqldialect.h"

#include <QSqlError>

#include "locator.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"

namespace em {

Result<std::unique_ptr<SqlDialect>> SqlDialect::forLocator(const DirectoryLocator &locator)
{
    switch (locator.kind()) {
    case DirectoryLocator::Kind::SqliteFile:
        break;
    case DirectoryLocator::Kind::PostgreSql:
        return std::make_unique<PostgresDialect>();
    }
    return std::make_unique<SqliteDialect>();
}

QString SqlDialect::describe(const QSqlError &error, const DirectoryLocator &) const
{
    return error.text();
}

QString SqlDialect::upsert(
    const QString &table, const QStringList &columns, const QStringList &key, const QString &source) const
{
    // Standard since SQLite 3.24 and PostgreSQL 9.5; unlike SQLite's INSERT OR
    // REPLACE it updates the row in place instead of deleting it first.
    QStringList placeholders;
    QStringList updates;
    for (const QString &column : columns) {
        placeholders << QLatin1Char(':') + column;
        if (!key.contains(column))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    const QString values
        = source.isEmpty() ? QStringLiteral("VALUES (%1)").arg(placeholders.join(QStringLiteral(", "))) : source;
    const QString onConflict = updates.isEmpty()
        ? QStringLiteral("DO NOTHING")
        : QStringLiteral("DO UPDATE SET %1").arg(updates.join(QStringLiteral(", ")));
    return QStringLiteral("INSERT INTO %1 (%2) %3 ON CONFLICT (%4) %5")
        .arg(table, columns.join(QStringLiteral(", ")), values, key.join(QStringLiteral(", ")), onConflict);
}

QVariant SqlDialect::boolValue(bool value) const
{
    return value ? 1 : 0;
}

bool SqlDialect::boolFrom(const QVariant &value) const
{
    return value.toInt() != 0;
}

QVariant SqlDialect::timeValue(const QDateTime &time) const
{
    // ISO 8601 text in UTC: sorts and compares as text the same as in time.
    if (!time.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return time.toUTC().toString(Qt::ISODate);
}

QString SqlDialect::timeAsText(const QString &column) const
{
    return column;
}

QDateTime SqlDialect::timeFrom(const QVariant &value) const
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    // Fast path for what timeValue() writes ("2026-11-20T10:00:00Z"): reports
    // read hundreds of thousands of these, and QDateTime::fromString is slow.
    if (text.size() == 20 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')
        && text.at(10) == QLatin1Char('T') && text.at(13) == QLatin1Char(':') && text.at(16) == QLatin1Char(':')
        && text.at(19) == QLatin1Char('Z')) {
        bool digits = true;
        const auto number = [&](qsizetype at, qsizetype length) {
            int n = 0;
            for (qsizetype i = at; i < at + length; ++i) {
                const char16_t c = text.at(i).unicode();
                digits = digits && c >= '0' && c <= '9';
                n = n * 10 + (c - '0');
            }
            return n;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2));
        if (digits && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace em
