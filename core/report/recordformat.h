#pragma once

// Records printed by emctl: Format-List text ("Name : value", one block per
// record, as PowerShell prints), JSON (an array of objects) or CSV.

#include <QList>
#include <QString>
#include <QVariant>

#include "model/error.h"

namespace em {

struct Field {
    QString name;
    QVariant value; // QString, bool, qint64, QStringList, QDateTime
    QString text; // how Format-List shows it, when not derived from value
};

using Record = QList<Field>;

enum class OutputFormat { Text, Json, Csv };
Result<OutputFormat> parseOutputFormat(const QString &text);

QString formatList(const QList<Record> &records);
QByteArray formatJson(const QList<Record> &records);
QByteArray formatCsv(const QList<Record> &records); // header from the first record
QByteArray formatRecords(const QList<Record> &records, OutputFormat format);

// How one value reads in Format-List: True/False, {a, b} for lists, ISO time.
QString fieldText(const Field &field);

} // namespace em
