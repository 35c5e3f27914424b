#include "exportcsvcommand.h"

#include <QDir>
#include <QLocale>

#include "commands/worker.h"
#include "engine/reportexport.h"

namespace em::ui {

namespace {
// What the export's worker hands over: rows written so far, or (last) the result.
struct ExportStep {
    qint64 rows = 0;
    std::optional<Result<qint64>> written;
};

void exportCsv(WorkerContext<ExportStep> &worker, const QString &path, const QString &file, const QString &server)
{
    ExportOptions options;
    options.identity = server;
    options.cancel = worker.cancelFlag();
    options.progress = [&worker](qint64 rows) { worker.post(ExportStep {rows, {}}); };
    Result<qint64> written
        = onDirectory(path, [&](OrgDirectory &directory) { return exportMitigationsCsv(directory, file, options); });
    worker.post(ExportStep {0, std::move(written)});
}
} // namespace

ExportCsvCommand::ExportCsvCommand(const QString &path, const QString &file, const QString &server, QObject *parent)
    : Command(parent), m_path(path), m_file(file), m_server(server)
{ }

ExportCsvCommand::~ExportCsvCommand() = default; // the export stops and leaves no file

QString ExportCsvCommand::title() const
{
    return m_server.isEmpty() ? tr("Exporting the Get-Mitigations report")
                              : tr("Exporting the Get-Mitigations report of %1").arg(m_server);
}

QString ExportCsvCommand::failureTitle() const
{
    return tr("The report could not be exported");
}

void ExportCsvCommand::doStart()
{
    runInWorker<ExportStep>(
        this, cancelFlag(),
        [path = m_path, file = m_file, server = m_server](
            WorkerContext<ExportStep> &worker) { exportCsv(worker, path, file, server); },
        [this](const ExportStep &step) {
            if (step.written)
                done(*step.written);
            else
                emit progress(int(qMin<qint64>(step.rows, INT_MAX)), 0,
                    tr("Exporting: %1 rows written").arg(QLocale().toString(step.rows)));
        },
        [] {});
    emit progress(0, 0, title());
}

void ExportCsvCommand::done(const Result<qint64> &written)
{
    if (!written) {
        if (written.error().code == ErrorCode::Cancelled)
            finish(CommandResult::cancelled(tr("Export cancelled; no file was written.")));
        else
            finish(CommandResult::failure(written.error().message));
        return;
    }
    m_rows = *written;
    finish(CommandResult::success(tr("Exported %n row(s) to %1.", nullptr, int(qMin<qint64>(m_rows, INT_MAX)))
                                      .arg(QDir::toNativeSeparators(m_file))));
}

} // namespace em::ui
