#include "mitigationreport.h"

#include "model/text.h"
#include "report/csv.h"

namespace em {

QStringList mitigationReportHeader()
{
    return {QStringLiteral("Server"), QStringLiteral("ID"), QStringLiteral("Type"), QStringLiteral("Description"),
        QStringLiteral("Status"), QStringLiteral("Detail"), QStringLiteral("AppliedTime")};
}

Record mitigationRecord(const MitigationRow &row)
{
    return {{QStringLiteral("Server"), row.server, {}}, {QStringLiteral("ID"), row.id, {}},
        {QStringLiteral("Type"), row.type, {}}, {QStringLiteral("Description"), row.description, {}},
        {QStringLiteral("Status"), row.status, {}}, {QStringLiteral("Detail"), row.detail.render(), {}},
        {QStringLiteral("AppliedTime"), row.appliedTime, {}}};
}

namespace {
// isoTime() ("2026-11-20T10:00:00Z") without QDateTime::toString, which
// formats through QString::asprintf: a fifth of the export's time.
void appendIsoTime(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid())
        return;
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    int y = 0, mo = 0, d = 0;
    utc.date().getDate(&y, &mo, &d);
    const QTime t = utc.time();
    if (y < 1000 || y > 9999) {
        csv::appendField(out, isoTime(time));
        return;
    }
    char text[20];
    const auto two = [](char *at, int value) {
        at[0] = char('0' + value / 10);
        at[1] = char('0' + value % 10);
    };
    two(text, y / 100);
    two(text + 2, y % 100);
    text[4] = '-';
    two(text + 5, mo);
    text[7] = '-';
    two(text + 8, d);
    text[10] = 'T';
    two(text + 11, t.hour());
    text[13] = ':';
    two(text + 14, t.minute());
    text[16] = ':';
    two(text + 17, t.second());
    out.append(text, 19);
    out += 'Z';
}
} // namespace

void appendMitigationCsv(QByteArray &out, const MitigationRow &row)
{
    csv::appendField(out, row.server);
    out += ',';
    csv::appendField(out, row.id);
    out += ',';
    csv::appendField(out, row.type);
    out += ',';
    csv::appendField(out, row.description);
    out += ',';
    csv::appendField(out, row.status);
    out += ',';
    // In the source language, as the status keywords: a CSV file is data,
    // the same whoever exports it.
    csv::appendField(out, row.detail.sourceText());
    out += ',';
    appendIsoTime(out, row.appliedTime);
    out += "\r\n";
}

} // namespace em
