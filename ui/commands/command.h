#pragma once

// A user action that runs in the background, after Kleopatra's Command:
// start() once, cancel() at any time, progress while it runs, finished exactly
// once with the outcome. Directory work runs in a worker thread with its own
// OrgDirectory connection; the UI thread only receives results. A command
// deletes itself after finished unless setAutoDelete(false); hold it in QPointer.
//
// The engine's operations are commands too: RunNowCommand, ReapplyCommand,
// RollbackCommand, RequestRunCommand (engine/cycle), ExportCsvCommand
// (engine/reportexport), ImportFeedCommand and FetchFeedCommand
// (engine/feedupdate), TestConnectivityCommand (report/connectivity).

#include <QObject>
#include <QString>

namespace em::ui {

struct CommandResult {
    enum Outcome { Succeeded, Failed, Cancelled };
    Outcome outcome = Succeeded;
    QString message; // ready to show; on failure the core's message, as emctl prints it
    bool attention = false; // done, but something needs a look (an action failed, an endpoint is unreachable)

    [[nodiscard]] bool ok() const { return outcome == Succeeded; }
    static CommandResult success(const QString &message, bool attention = false)
    {
        return {Succeeded, message, attention};
    }
    static CommandResult failure(const QString &message) { return {Failed, message, true}; }
    static CommandResult cancelled(const QString &message, bool attention = false)
    {
        return {Cancelled, message, attention};
    }
};

class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(QObject *parent = nullptr);
    ~Command() override;

    // What the status bar shows while the command runs: "Blocking M1.1 on 3 servers".
    [[nodiscard]] virtual QString title() const = 0;
    // Whether cancel() can stop it part-way (a single directory write cannot).
    [[nodiscard]] virtual bool canCancel() const { return true; }

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isCancelRequested() const { return m_cancelRequested; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void started();
    // `total` 0: the amount of work is not known yet.
    void progress(int done, int total, const QString &text);
    void finished(const em::ui::CommandResult &result);

protected:
    virtual void doStart() = 0;
    virtual void doCancel() = 0;
    // Ends the command: emits finished once and schedules deletion.
    void finish(const CommandResult &result);

private:
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_autoDelete = true;
};

} // namespace em::ui

Q_DECLARE_METATYPE(em::ui::CommandResult)
