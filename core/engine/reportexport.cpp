#include "reportexport.h"

#include <QCoreApplication>

#include "directory/orgdirectory.h"
#include "report/csv.h"
#include "report/mitigationreport.h"
#include "report/outputfile.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};
} // namespace

Result<qint64> exportMitigationsCsv(OrgDirectory &directory, const QString &path, const ExportOptions &options)
{
    if (!options.identity.isEmpty()) {
        if (auto server = directory.server(options.identity); !server)
            return fail(server.error());
    }
    OutputFile file(path, Text::tr("CSV file"));
    if (auto opened = file.open(); !opened)
        return fail(opened.error());

    QByteArray buffer = csv::line(mitigationReportHeader());
    buffer.reserve(1 << 20);
    qint64 rows = 0;
    bool cancelled = false;
    Result<void> written;
    auto streamed = directory.mitigationRows(options.identity, [&](const MitigationRow &row) {
        appendMitigationCsv(buffer, row);
        ++rows;
        if (buffer.size() >= (1 << 20)) {
            written = file.write(buffer);
            if (!written)
                return false;
            buffer.clear();
        }
        if ((rows & 4095) == 0) {
            if (options.progress)
                options.progress(rows);
            if (options.cancel && options.cancel->load()) {
                cancelled = true;
                return false;
            }
        }
        return true;
    });
    if (!written)
        return fail(written.error());
    if (!streamed) {
        file.cancel();
        return fail(streamed.error());
    }
    // A cancel that came after the last check still wins: nothing is committed.
    if (cancelled || (options.cancel && options.cancel->load())) {
        file.cancel();
        return fail(ErrorCode::Cancelled, Text::tr("CSV export to '%1' cancelled; no file was written").arg(path));
    }
    if (written = file.write(buffer); !written)
        return fail(written.error());
    if (auto committed = file.commit(); !committed)
        return fail(committed.error());
    if (options.progress)
        options.progress(rows);
    return rows;
}

} // namespace em
