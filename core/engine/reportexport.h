#pragma once

// Writes the Get-Mitigations report to a CSV file: streamed from the
// directory, written atomically (a cancelled or failed export leaves no file,
// and an existing file untouched).

#include <atomic>
#include <functional>

#include <QString>

#include "model/error.h"

namespace em {

class OrgDirectory;

struct ExportOptions {
    QString identity; // one server; empty: all
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(qint64 rows)> progress; // called every few thousand rows
};

// Returns the number of rows written.
Result<qint64> exportMitigationsCsv(OrgDirectory &directory, const QString &path, const ExportOptions &options = {});

} // namespace em
