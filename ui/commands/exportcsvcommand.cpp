#include "exportcsvcommand.h"

#include <QDir>
#include <QFutureWatcher>
#include <QLocale>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "directory/orgdirectory.h"
#include "engine/reportexport.h"

namespace em::ui {

namespace {
// Runs in a worker thread, on its own directory connection.
void exportCsv(QPromise<Result<qint64>> &promise, const QString &path, const QString &file, const QString &server,
    const std::shared_ptr<std::atomic<bool>> &cancel)
{
    auto opened = OrgDirectory::open(path);
    if (!opened) {
        promise.addResult(fail(opened.error()));
        return;
    }
    ExportOptions options;
    options.identity = server;
    options.cancel = cancel.get();
    options.progress = [&promise](qint64 rows) { promise.setProgressValue(int(qMin<qint64>(rows, INT_MAX))); };
    promise.addResult(exportMitigationsCsv(**opened, file, options));
}
} // namespace

ExportCsvCommand::ExportCsvCommand(const QString &path, const QString &file, const QString &server, QObject *parent)
    : Command(parent), m_path(path), m_file(file), m_server(server),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{ }

ExportCsvCommand::~ExportCsvCommand()
{
    m_cancel->store(true); // the export stops and leaves no file
}

QString ExportCsvCommand::title() const
{
    return m_server.isEmpty() ? tr("Exporting the Get-Mitigations report")
                              : tr("Exporting the Get-Mitigations report of %1").arg(m_server);
}

void ExportCsvCommand::doStart()
{
    m_watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
        [this](int rows) { emit progress(rows, 0, tr("Exporting: %1 rows written").arg(QLocale().toString(rows))); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ExportCsvCommand::done);
    m_watcher->setFuture(QtConcurrent::run(exportCsv, m_path, m_file, m_server, m_cancel));
    emit progress(0, 0, title());
}

void ExportCsvCommand::doCancel()
{
    m_cancel->store(true);
}

void ExportCsvCommand::done()
{
    const Result<qint64> written = m_watcher->result();
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
