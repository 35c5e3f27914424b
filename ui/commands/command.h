#pragma once

// A user action that runs in the background, after Kleopatra's Command:
// start() once, cancel() at any time, progress while it runs, finished exactly
// once with the outcome. Directory work runs in a worker thread with its own
// OrgDirectory connection (commands/worker.h); the UI thread only receives
// results. A command deletes itself after finished unless setAutoDelete(false);
// hold it in QPointer.
//
// A command with a parent widget talks to the admin itself: it asks its
// confirmation() before it starts (declined: finished as cancelled, and it
// never started) and shows its own outcome (showResult(): by default an error
// dialog when it failed). Without one (tests, the parity suite) it asks
// nothing and shows nothing.
//
// The engine's operations are commands too: RunNowCommand, ReapplyCommand,
// RollbackCommand, RequestRunCommand (engine/cycle), ExportCsvCommand
// (engine/reportexport), ImportFeedCommand and FetchFeedCommand
// (engine/feedupdate), TestConnectivityCommand (report/connectivity).

#include <atomic>
#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>

class QMessageBox;
class QWidget;

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

// A question asked before a command starts; an empty title: nothing to ask.
struct Confirmation {
    QString title;
    QString text;
    QString acceptText; // the accept button; Cancel is the default
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

    // The window the command's questions and dialogs belong to (see above).
    void setParentWidget(QWidget *widget);
    [[nodiscard]] QWidget *parentWidget() const;

    // Asks the confirmation first when there is one (and a parent widget).
    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Whether the work began (false after a declined confirmation).
    [[nodiscard]] bool hasStarted() const { return m_started; }
    [[nodiscard]] bool isCancelRequested() const { return m_cancelRequested; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    // The work begins (after any confirmation).
    void started();
    // `total` 0: the amount of work is not known yet.
    void progress(int done, int total, const QString &text);
    void finished(const em::ui::CommandResult &result);

protected:
    virtual void doStart() = 0;
    // Besides the shared cancel flag, which the worker reads.
    virtual void doCancel() { }
    // Ends the command: shows its outcome (with a parent widget), emits
    // finished once and schedules deletion.
    void finish(const CommandResult &result);

    [[nodiscard]] virtual Confirmation confirmation() const { return {}; }
    // With a parent widget, once finished: by default an error dialog
    // titled failureTitle() when the command failed.
    virtual void showResult(const CommandResult &result);
    [[nodiscard]] virtual QString failureTitle() const;

    // Window-modal message boxes over the parent widget (no nested event
    // loop), deleted on close. objectName: how tests find them.
    QMessageBox *information(const QString &title, const QString &text, const QString &objectName);
    QMessageBox *warning(const QString &title, const QString &text, const QString &objectName);
    QMessageBox *error(const QString &title, const QString &message);
    // Asks QUESTION; `onAnswer(true)` when accepted.
    void confirm(const Confirmation &question, const std::function<void(bool accepted)> &onAnswer);

    // Set by cancel() (and when the command goes); shared with its worker threads.
    [[nodiscard]] const std::shared_ptr<std::atomic<bool>> &cancelFlag() const { return m_cancelFlag; }

private:
    void begin();

    QPointer<QWidget> m_parentWidget;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    bool m_running = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_autoDelete = true;
};

} // namespace em::ui

Q_DECLARE_METATYPE(em::ui::CommandResult)
