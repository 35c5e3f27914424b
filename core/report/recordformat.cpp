#include "recordformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "csv.h"
#include "model/text.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(RecordFormat)
};

QJsonValue jsonValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::QDateTime: {
        const QDateTime t = value.toDateTime();
        return t.isValid() ? QJsonValue(isoTime(t)) : QJsonValue(QJsonValue::Null);
    }
    default:
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
    }
}

// CSV cells: lists joined with "; " so a cell stays one field.
QString csvText(const Field &field)
{
    if (field.value.typeId() == QMetaType::QStringList)
        return field.value.toStringList().join(QStringLiteral("; "));
    if (field.value.typeId() == QMetaType::Bool)
        return boolText(field.value.toBool());
    if (field.value.typeId() == QMetaType::QDateTime)
        return isoTime(field.value.toDateTime());
    return field.value.toString();
}
} // namespace

Result<OutputFormat> parseOutputFormat(const QString &text)
{
    if (text == QLatin1String("text") || text == QLatin1String("list"))
        return OutputFormat::Text;
    if (text == QLatin1String("json"))
        return OutputFormat::Json;
    if (text == QLatin1String("csv"))
        return OutputFormat::Csv;
    return fail(ErrorCode::InvalidArgument, Text::tr("invalid format '%1': expected text, json or csv").arg(text));
}

QString fieldText(const Field &field)
{
    if (!field.text.isNull())
        return field.text;
    const QVariant &v = field.value;
    switch (v.typeId()) {
    case QMetaType::Bool:
        return boolText(v.toBool());
    case QMetaType::QStringList:
        return QLatin1Char('{') + v.toStringList().join(QStringLiteral(", ")) + QLatin1Char('}');
    case QMetaType::QDateTime:
        return isoTime(v.toDateTime());
    default:
        return v.toString();
    }
}

QString formatList(const QList<Record> &records)
{
    QString out;
    for (const Record &record : records) {
        qsizetype width = 0;
        for (const Field &f : record)
            width = std::max(width, f.name.size());
        out += QLatin1Char('\n');
        for (const Field &f : record) {
            // Control characters and bidi controls from feeds and names shown
            // escaped: a value cannot forge a line or reverse a name.
            const QString value = displayText(fieldText(f), true);
            out += f.name.leftJustified(width) + QStringLiteral(" : ");
            // Continuation lines of a multi-line value line up under the first.
            out += QString(value).replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(width + 3, QLatin1Char(' ')));
            out += QLatin1Char('\n');
        }
    }
    if (!records.isEmpty())
        out += QLatin1Char('\n');
    return out;
}

QByteArray formatJson(const QList<Record> &records)
{
    QJsonArray array;
    for (const Record &record : records) {
        QJsonObject object;
        for (const Field &f : record)
            object.insert(f.name, jsonValue(f.value));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray formatCsv(const QList<Record> &records)
{
    QByteArray out;
    if (records.isEmpty())
        return out;
    QStringList header;
    for (const Field &f : records.first())
        header << f.name;
    out += csv::line(header);
    for (const Record &record : records) {
        QStringList cells;
        for (const Field &f : record)
            cells << csvText(f);
        out += csv::line(cells);
    }
    return out;
}

QByteArray formatRecords(const QList<Record> &records, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
        return formatJson(records);
    case OutputFormat::Csv:
        return formatCsv(records);
    case OutputFormat::Text:
        break;
    }
    return formatList(records).toUtf8();
}

} // namespace em
