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
        {QStringLiteral("Status"), row.status, {}}, {QStringLiteral("Detail"), row.detail, {}},
        {QStringLiteral("AppliedTime"), row.appliedTime, {}}};
}

void appendMitigationCsv(QByteArray &out, const MitigationRow &row)
{
    out += csv::field(row.server);
    out += ',';
    out += csv::field(row.id);
    out += ',';
    out += csv::field(row.type);
    out += ',';
    out += csv::field(row.description);
    out += ',';
    out += csv::field(row.status);
    out += ',';
    out += csv::field(row.detail);
    out += ',';
    out += csv::field(isoTime(row.appliedTime));
    out += "\r\n";
}

} // namespace em
