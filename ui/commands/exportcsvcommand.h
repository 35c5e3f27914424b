#pragma once

// Exports the Get-Mitigations report (engine/reportexport.h) of every server,
// or of one, to a CSV file, in a worker thread: progress in rows, cancel at
// any time. The file is written atomically: a cancelled or failed export
// leaves no file (and an existing file untouched). With a parent widget, a
// failure is shown in a dialog.

#include "commands/command.h"
#include "model/error.h"

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
    [[nodiscard]] QString failureTitle() const override;

private:
    void done(const Result<qint64> &written);

    QString m_path;
    QString m_file;
    QString m_server;
    qint64 m_rows = 0;
};

} // namespace em::ui
