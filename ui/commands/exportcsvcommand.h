#pragma once

// Exports the Get-Mitigations report (engine/reportexport.h) of every server,
// or of one, to a CSV file, in a worker thread: progress in rows, cancel at
// any time. The file is written atomically: a cancelled or failed export
// leaves no file (and an existing file untouched).

#include <atomic>
#include <memory>

#include "commands/command.h"
#include "model/error.h"

template<typename T>
class QFutureWatcher;

namespace em::ui {

class ExportCsvCommand final : public Command
{
    Q_OBJECT

public:
    // `server` empty: every server.
    ExportCsvCommand(const QString &path, const QString &file, const QString &server, QObject *parent = nullptr);
    ~ExportCsvCommand() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString file() const { return m_file; }
    [[nodiscard]] qint64 rows() const { return m_rows; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void done();

    QString m_path;
    QString m_file;
    QString m_server;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Result<qint64>> *m_watcher = nullptr;
    qint64 m_rows = 0;
};

} // namespace em::ui
