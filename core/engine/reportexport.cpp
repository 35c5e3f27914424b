#include "reportexport.h"

#include <QCoreApplication>
#include <QSaveFile>

#include "directory/orgdirectory.h"
#include "report/csv.h"
#include "report/mitigationreport.h"

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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, Text::tr("CSV file '%1': cannot be written (%2)").arg(path, file.errorString()));

    QByteArray buffer = csv::line(mitigationReportHeader());
    buffer.reserve(1 << 20);
    qint64 rows = 0;
    bool cancelled = false;
    bool writeFailed = false;
    auto streamed = directory.mitigationRows(options.identity, [&](const MitigationRow &row) {
        appendMitigationCsv(buffer, row);
        ++rows;
        if (buffer.size() >= (1 << 20)) {
            if (file.write(buffer) != buffer.size()) {
                writeFailed = true;
                return false;
            }
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
    if (!streamed) {
        file.cancelWriting();
        return fail(streamed.error());
    }
    // A cancel that came after the last check still wins: nothing is committed.
    if (cancelled || (options.cancel && options.cancel->load())) {
        file.cancelWriting();
        return fail(ErrorCode::Cancelled, Text::tr("CSV export to '%1' cancelled; no file was written").arg(path));
    }
    if (writeFailed || file.write(buffer) != buffer.size() || !file.commit())
        return fail(ErrorCode::Io, Text::tr("CSV file '%1': write failed (%2)").arg(path, file.errorString()));
    if (options.progress)
        options.progress(rows);
    return rows;
}

} // namespace em
