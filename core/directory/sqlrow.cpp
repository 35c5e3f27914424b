#include "sqlrow.h"

namespace em::sql {

QStringList columnNames(std::initializer_list<Column> columns)
{
    QStringList names;
    names.reserve(qsizetype(columns.size()));
    for (const Column &c : columns)
        names << c.text();
    return names;
}

QString columnList(std::initializer_list<Column> columns)
{
    return columnNames(columns).join(QStringLiteral(", "));
}

QString insertStatement(const char *table, std::initializer_list<Column> columns)
{
    QStringList placeholders;
    for (const Column &c : columns)
        placeholders << c.placeholder();
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(QLatin1String(table), columnList(columns), placeholders.join(QStringLiteral(", ")));
}

int Row::indexOf(const Column &column) const
{
    // Columns are constants: their name pointer identifies them.
    for (const auto &[name, position] : m_positions) {
        if (name == column.name)
            return position;
    }
    if (m_record.isEmpty())
        m_record = m_query.record();
    const int position = m_record.indexOf(QLatin1String(column.name));
    Q_ASSERT_X(position >= 0, "sql::Row", column.name); // a query that does not select the column is a bug
    m_positions.append({column.name, position});
    return position;
}

} // namespace em::sql
