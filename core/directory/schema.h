#pragma once

// The org directory's schema, as ordered migration steps that every dialect
// runs: portable SQL, with the dialect writing only what cannot be portable
// (the assigned key column, the blob type, the append-only triggers).

#include <QList>
#include <QStringList>

namespace em {
class SqlDialect;
}

namespace em::schema {

// The version the last step brings a directory to.
inline constexpr int currentVersion = 8;

// Entry i brings the schema from version i to version i + 1.
QList<QStringList> migrations(const SqlDialect &dialect);

// Tables a step fills with a row of its own (the notifications' one row):
// a new directory is not empty there.
QStringList seededTables();

} // namespace em::schema
