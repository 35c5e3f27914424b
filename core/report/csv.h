#pragma once

// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote,
// CR or LF (or lead with a space), quotes doubled. UTF-8 with no BOM.
//
// Formula injection (OWASP "CSV Injection"): a cell that starts with '=', '+',
// '-', '@', a tab or a carriage return is one Excel or LibreOffice would run
// as a formula; it is written with a single quote in front ("'=1+1"), which
// makes the spreadsheet show it as text. Feed descriptions, names and any
// other text go through this; the quote is the only change to the value.

#include <QByteArray>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace em::csv {

QByteArray field(const QString &value);
QByteArray line(const QStringList &fields);
// Appends field(value) to `out` without a temporary (the export writes
// hundreds of thousands of rows).
void appendField(QByteArray &out, QStringView value);

} // namespace em::csv
