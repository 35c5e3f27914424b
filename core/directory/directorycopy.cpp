#include "directorycopy.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include "connection.h"
#include "model/text.h"
#include "schema.h"
#include "sqlrow.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

constexpr sql::Column tableNameColumn {"table_name"}; // of SqlDialect::tablesQuery
constexpr sql::Column parentTableColumn {"parent_table"}; // of SqlDialect::parentTablesQuery
constexpr sql::Column columnNameColumn {"column_name"}; // of SqlDialect::identityColumnsQuery

// schema_version is each side's own: both are at the current version once open.
const QString schemaVersionTable = QStringLiteral("schema_version");

// What a column holds, whatever type each engine gives it.
enum class Kind { Bool, Time, Other };

struct Table {
    QString name;
    QStringList columns; // sorted by name
    QList<Kind> kinds;
};

Kind kindOf(const QSqlField &a, const QSqlField &b)
{
    const auto is = [&](QMetaType::Type type) { return a.metaType().id() == type || b.metaType().id() == type; };
    if (is(QMetaType::Bool))
        return Kind::Bool;
    if (is(QMetaType::QDateTime))
        return Kind::Time;
    return Kind::Other;
}

Result<QStringList> tableNames(DirectoryConnection &c)
{
    QSqlQuery q = c.query();
    if (auto r = c.exec(q, c.dialect().tablesQuery(), Text::tr("listing the tables")); !r)
        return fail(r.error());
    QStringList names;
    while (q.next()) {
        const QString name = sql::Row(q, c.dialect()).text(tableNameColumn);
        if (name != schemaVersionTable)
            names << name;
    }
    names.sort();
    return names;
}

// The tables of both sides, parents before the tables whose foreign keys
// refer to them, with the columns both have.
Result<QList<Table>> commonTables(DirectoryConnection &a, DirectoryConnection &b)
{
    auto namesA = tableNames(a);
    if (!namesA)
        return fail(namesA.error());
    auto namesB = tableNames(b);
    if (!namesB)
        return fail(namesB.error());
    if (*namesA != *namesB)
        return fail(ErrorCode::Database,
            Text::tr("'%1' and '%2' do not have the same tables (%3 / %4)")
                .arg(a.locator().displayName(), b.locator().displayName(), namesA->join(QStringLiteral(", ")),
                    namesB->join(QStringLiteral(", "))));
    QHash<QString, QStringList> parents;
    for (const QString &name : std::as_const(*namesA)) {
        QSqlQuery q = a.query();
        q.prepare(a.dialect().parentTablesQuery());
        q.addBindValue(name);
        if (auto r = a.exec(q, Text::tr("reading the foreign keys of %1").arg(name)); !r)
            return fail(r.error());
        while (q.next()) {
            const QString parent = sql::Row(q, a.dialect()).text(parentTableColumn);
            if (parent != name)
                parents[name] << parent;
        }
    }
    QStringList ordered;
    QStringList left = *namesA;
    while (!left.isEmpty()) {
        const auto ready = std::find_if(left.begin(), left.end(), [&](const QString &name) {
            const QStringList &p = parents.value(name);
            return std::all_of(p.begin(), p.end(), [&](const QString &parent) { return ordered.contains(parent); });
        });
        if (ready == left.end())
            return fail(ErrorCode::Database,
                Text::tr("the foreign keys of %1 refer to each other in a cycle").arg(left.join(QStringLiteral(", "))));
        ordered << *ready;
        left.erase(ready);
    }

    QList<Table> tables;
    for (const QString &name : std::as_const(ordered)) {
        const QSqlRecord recordA = a.database().record(name);
        const QSqlRecord recordB = b.database().record(name);
        Table table {name, {}, {}};
        QStringList columnsB;
        for (int i = 0; i < recordA.count(); ++i)
            table.columns << recordA.fieldName(i);
        for (int i = 0; i < recordB.count(); ++i)
            columnsB << recordB.fieldName(i);
        table.columns.sort();
        columnsB.sort();
        if (table.columns.isEmpty() || table.columns != columnsB)
            return fail(ErrorCode::Database,
                Text::tr("the table %1 does not have the same columns in '%2' and '%3'")
                    .arg(name, a.locator().displayName(), b.locator().displayName()));
        for (const QString &column : std::as_const(table.columns))
            table.kinds << kindOf(recordA.field(column), recordB.field(column));
        tables << table;
    }
    return tables;
}

QString selectAll(const Table &table)
{
    return QStringLiteral("SELECT %1 FROM %2").arg(table.columns.join(QStringLiteral(", ")), table.name);
}

// A value as `to` stores it, from what `from` read.
QVariant converted(const QVariant &value, Kind kind, const SqlDialect &from, const SqlDialect &to)
{
    switch (kind) {
    case Kind::Bool:
        if (value.isNull())
            return value;
        return to.boolValue(from.boolFrom(value));
    case Kind::Time:
        return to.timeValue(from.timeFrom(value));
    case Kind::Other:
        break;
    }
    return value;
}

// A value as text that reads the same on both engines.
QString canonical(const QVariant &value, Kind kind, const SqlDialect &dialect)
{
    if (value.isNull())
        return QStringLiteral("\x01null");
    switch (kind) {
    case Kind::Bool:
        return dialect.boolFrom(value) ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Time:
        return isoTime(dialect.timeFrom(value));
    case Kind::Other:
        break;
    }
    if (value.metaType().id() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

// Every row of a table as canonical text, sorted: the engines sort text differently.
Result<QStringList> rowsOf(DirectoryConnection &c, const Table &table)
{
    QSqlQuery q = c.query();
    q.setForwardOnly(true);
    if (auto r = c.exec(q, selectAll(table), Text::tr("reading %1").arg(table.name)); !r)
        return fail(r.error());
    QStringList rows;
    QStringList values;
    while (q.next()) {
        values.clear();
        for (int i = 0; i < table.columns.size(); ++i)
            values << canonical(q.value(i), table.kinds.at(i), c.dialect());
        rows << values.join(QChar(0x1f));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

Result<qint64> rowCount(DirectoryConnection &c, const QString &table)
{
    QSqlQuery q = c.query();
    if (auto r = c.exec(q, QStringLiteral("SELECT count(*) FROM %1").arg(table), Text::tr("counting %1").arg(table));
        !r)
        return fail(r.error());
    if (!q.next())
        return fail(c.error(Text::tr("counting %1").arg(table), q.lastError()));
    return q.value(0).toLongLong();
}

Result<void> copyTable(DirectoryConnection &from, DirectoryConnection &to, const Table &table)
{
    QSqlQuery read = from.query();
    read.setForwardOnly(true);
    if (auto r = from.exec(read, selectAll(table), Text::tr("reading %1").arg(table.name)); !r)
        return r;
    QStringList placeholders;
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery write = to.query();
    write.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table.name, table.columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    const QString what = Text::tr("copying the rows of %1").arg(table.name);
    while (read.next()) {
        for (int i = 0; i < table.columns.size(); ++i)
            write.bindValue(i, converted(read.value(i), table.kinds.at(i), from.dialect(), to.dialect()));
        if (auto r = to.exec(write, what); !r)
            return r;
    }
    if (read.lastError().isValid())
        return fail(from.error(Text::tr("reading %1").arg(table.name), read.lastError()));
    // New rows on the target get ids after the copied ones.
    if (const QString identities = to.dialect().identityColumnsQuery(); !identities.isEmpty()) {
        QSqlQuery q = to.query();
        q.prepare(identities);
        q.addBindValue(table.name);
        if (auto r = to.exec(q, Text::tr("reading the identity columns of %1").arg(table.name)); !r)
            return r;
        QStringList columns;
        while (q.next())
            columns << sql::Row(q, to.dialect()).text(columnNameColumn);
        for (const QString &column : std::as_const(columns)) {
            if (auto r = to.exec(q, to.dialect().resetIdentity(table.name, column),
                    Text::tr("setting the next id of %1").arg(table.name));
                !r)
                return r;
        }
    }
    return {};
}
} // namespace

Result<DirectoryComparison> compareDirectories(DirectoryConnection &a, DirectoryConnection &b)
{
    auto tables = commonTables(a, b);
    if (!tables)
        return fail(tables.error());
    DirectoryComparison result;
    for (const Table &table : std::as_const(*tables)) {
        auto rowsA = rowsOf(a, table);
        if (!rowsA)
            return fail(rowsA.error());
        auto rowsB = rowsOf(b, table);
        if (!rowsB)
            return fail(rowsB.error());
        if (rowsA->size() != rowsB->size())
            return fail(ErrorCode::Database,
                Text::tr("the table %1 differs: %2 rows in '%3', %4 rows in '%5'")
                    .arg(table.name)
                    .arg(rowsA->size())
                    .arg(a.locator().displayName())
                    .arg(rowsB->size())
                    .arg(b.locator().displayName()));
        for (qsizetype i = 0; i < rowsA->size(); ++i) {
            if (rowsA->at(i) != rowsB->at(i))
                return fail(ErrorCode::Database,
                    Text::tr("the table %1 differs between '%2' and '%3' (a row: %4 / %5)")
                        .arg(table.name, a.locator().displayName(), b.locator().displayName(),
                            QString(rowsA->at(i)).replace(QChar(0x1f), QLatin1Char('|')),
                            QString(rowsB->at(i)).replace(QChar(0x1f), QLatin1Char('|'))));
        }
        result.rows += rowsA->size();
        ++result.tables;
    }
    return result;
}

Result<DirectoryComparison> copyDirectory(const DirectoryLocator &from, const DirectoryLocator &to)
{
    if (from == to)
        return fail(ErrorCode::InvalidArgument,
            Text::tr("org directory '%1': cannot copy a directory onto itself").arg(from.displayName()));
    DirectoryOptions sourceOptions;
    sourceOptions.createIfMissing = false;
    auto source = DirectoryConnection::open(from, sourceOptions);
    if (!source)
        return fail(source.error());
    DirectoryOptions targetOptions;
    targetOptions.initialize = true;
    auto target = DirectoryConnection::open(to, targetOptions);
    if (!target)
        return fail(target.error());
    DirectoryConnection &a = **source;
    DirectoryConnection &b = **target;

    auto tables = commonTables(a, b);
    if (!tables)
        return fail(tables.error());
    const QStringList seeded = schema::seededTables();
    for (const Table &table : std::as_const(*tables)) {
        if (seeded.contains(table.name))
            continue; // what a new schema holds by itself; replaced by the source's rows below
        auto count = rowCount(b, table.name);
        if (!count)
            return fail(count.error());
        if (*count > 0)
            return fail(b.named(Text::tr("already holds a directory (%1 rows in %2): a copy goes into a new file or "
                                         "an empty database only; nothing was changed")
                                    .arg(*count)
                                    .arg(table.name)));
    }
    // A reading transaction on the source: the copy is one consistent state
    // even while others write to it.
    QSqlDatabase sourceDb = a.database();
    if (!sourceDb.transaction())
        return fail(a.error(Text::tr("starting to read"), sourceDb.lastError()));
    auto written = b.write([&]() -> Result<void> {
        for (const Table &table : std::as_const(*tables)) {
            if (seeded.contains(table.name)) {
                QSqlQuery clear = b.query();
                if (auto r = b.exec(clear, QStringLiteral("DELETE FROM %1").arg(table.name),
                        Text::tr("emptying %1").arg(table.name));
                    !r)
                    return r;
            }
            if (auto r = copyTable(a, b, table); !r)
                return r;
        }
        return {};
    });
    sourceDb.rollback();
    if (!written)
        return fail(written.error());
    return compareDirectories(a, b);
}

} // namespace em
