#pragma once

// A whole org directory moved between engines (`emctl directory copy`):
// every row of every table of the schema, from an SQLite file to a
// PostgreSQL database or back, in one transaction on the target, and then
// both compared row by row. Values keep their meaning across the engines'
// types (booleans, times, blobs); ids are kept, so references between tables
// hold, and new rows on PostgreSQL get the next free id afterwards.

#include <QString>

#include "locator.h"
#include "model/error.h"

namespace em {

class DirectoryConnection;

struct DirectoryComparison {
    qint64 rows = 0; // in all tables, on each side
    int tables = 0;
};

// Copies `from` into `to`. The target is created (an SQLite file, or the
// schema in an empty PostgreSQL database) and must hold no directory data
// yet: a copy never merges. The source is opened as any program opens it
// (an older schema is brought up to date first). On success both sides
// compared equal.
Result<DirectoryComparison> copyDirectory(const DirectoryLocator &from, const DirectoryLocator &to);

// Compares every row of every table of two open directories; an error names
// the first table that differs and how.
Result<DirectoryComparison> compareDirectories(DirectoryConnection &a, DirectoryConnection &b);

} // namespace em
