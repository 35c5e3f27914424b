#pragma once

// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote,
// CR or LF (or lead with a space), quotes doubled. UTF-8 with no BOM.

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
