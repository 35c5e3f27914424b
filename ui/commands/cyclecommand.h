#pragma once

// Runs the mitigation cycle (engine/cycle.h runCycle) now, in a worker thread
// with its own directory connection: on every server of the organization, or
// on the servers given, each reported (serverChanged) as soon as its cycle is
// recorded (a whole-organization run reports progress per server; its caller
// reads every row again afterwards). Cancelling stops before the next server
// (the ones in progress finish, as the engine guarantees). The run is audited.
//
// RunNowCommand is the toolbar's "Run now"; ReapplyCommand is the details
// pane's "Reapply": the same cycle on the selected servers, which applies what
// is due and puts back what was removed by hand.

#include <atomic>
#include <memory>

#include <QStringList>

#include "commands/command.h"
#include "consoledata.h"

template<typename T>
class QFutureWatcher;

namespace em::ui {

struct CycleFailure {
    QString server;
    QString actionId; // empty: the server itself could not be processed
    QString detail;
};

struct CycleSummary {
    int total = 0; // servers asked for
    int servers = 0; // servers processed
    StatusCounts counts; // the actions of the servers processed, by status
    int changed = 0; // actions applied or replaced by this run
    QList<CycleFailure> failures;
    QString logFile;
    bool cancelled = false;
};

struct CycleStep {
    enum Kind { Row, Summary, Failure };
    Kind kind = Row;
    std::optional<ServerRow> row;
    CycleSummary summary;
    QString error;
};

class CycleCommand : public Command
{
    Q_OBJECT

public:
    ~CycleCommand() override;

    [[nodiscard]] QString title() const override { return m_title; }
    [[nodiscard]] bool canCancel() const override { return m_servers.size() != 1; }
    [[nodiscard]] QStringList servers() const { return m_servers; }
    [[nodiscard]] const CycleSummary &summary() const { return m_summary; }

signals:
    // A server of a run on given servers, once its cycle is recorded.
    void serverChanged(const em::ui::ServerRow &row);
    // The outcome, before finished: what ran and what failed.
    void reported(const em::ui::CycleSummary &summary);

protected:
    // `servers` empty: every server. `auditAction` names the run in the audit ("run", "reapply").
    CycleCommand(const QString &path, const QStringList &servers, const QString &auditAction, const QString &title,
        QObject *parent);
    void doStart() override;
    void doCancel() override;

private:
    void deliver(int begin, int end);
    void onProgress();
    void done();

    QString m_path;
    QStringList m_servers;
    QString m_auditAction;
    QString m_title;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<CycleStep> *m_watcher = nullptr;
    CycleSummary m_summary;
    QString m_error;
    bool m_reported = false;
};

class RunNowCommand final : public CycleCommand
{
    Q_OBJECT

public:
    // `servers` empty: the whole organization.
    RunNowCommand(const QString &path, const QStringList &servers, QObject *parent = nullptr);
};

class ReapplyCommand final : public CycleCommand
{
    Q_OBJECT

public:
    ReapplyCommand(const QString &path, const QStringList &servers, QObject *parent = nullptr);
};

// The summary as one status-bar line: "Cycle run on 8 servers: 18 applied, 1 failed, 2 blocked."
QString cycleSummaryText(const CycleSummary &summary);

} // namespace em::ui

Q_DECLARE_METATYPE(em::ui::CycleSummary)
