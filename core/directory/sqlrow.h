#pragma once

// Columns named once and read by name (qBittorrent's dbresumedatastorage
// keeps one constant per column the same way). Used by the stores only.

#include <utility>

#include <QByteArray>
#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVarLengthArray>

#include "sqldialect.h"

namespace em::sql {

// One column of a table (or one alias of a query), by name.
struct Column {
    const char *name;

    [[nodiscard]] QString text() const { return QString::fromLatin1(name); }
    [[nodiscard]] QString placeholder() const { return QLatin1Char(':') + text(); }
};

// "a, b, c"
QString columnList(std::initializer_list<Column> columns);
QStringList columnNames(std::initializer_list<Column> columns);
// "INSERT INTO table (a, b) VALUES (:a, :b)"
QString insertStatement(const char *table, std::initializer_list<Column> columns);

// Binds a value to a statement's ":name" placeholder.
inline void bind(QSqlQuery &query, const Column &column, const QVariant &value)
{
    query.bindValue(column.placeholder(), value);
}

// Empty, never NULL: Qt binds a null QString as SQL NULL.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The current row of an executed query, read by column name. The positions
// are looked up once per query, not at every row.
class Row
{
public:
    Row(const QSqlQuery &query, const SqlDialect &dialect) : m_query(query), m_dialect(dialect) { }

    [[nodiscard]] QVariant value(const Column &column) const { return m_query.value(indexOf(column)); }
    [[nodiscard]] QString text(const Column &column) const { return value(column).toString(); }
    [[nodiscard]] qint64 integer(const Column &column) const { return value(column).toLongLong(); }
    [[nodiscard]] QByteArray bytes(const Column &column) const { return value(column).toByteArray(); }
    [[nodiscard]] bool flag(const Column &column) const { return m_dialect.boolFrom(value(column)); }
    [[nodiscard]] QDateTime time(const Column &column) const { return m_dialect.timeFrom(value(column)); }

private:
    int indexOf(const Column &column) const;

    const QSqlQuery &m_query;
    const SqlDialect &m_dialect;
    mutable QSqlRecord m_record;
    mutable QVarLengthArray<std::pair<const char *, int>, 16> m_positions;
};

} // namespace em::sql
