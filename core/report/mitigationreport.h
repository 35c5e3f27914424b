#pragma once

// The Get-Mitigations report: one row per server and action, as text records
// and RFC 4180 CSV.

#include <QByteArray>
#include <QStringList>

#include "model/records.h"
#include "report/recordformat.h"

namespace em {

QStringList mitigationReportHeader(); // Server, ID, Type, Description, Status, Detail, AppliedTime
Record mitigationRecord(const MitigationRow &row);
// Appends one CSV line (CRLF) for the row.
void appendMitigationCsv(QByteArray &out, const MitigationRow &row);

} // namespace em
