#pragma once

// Runs the mitigation cycle (ops::runNow, as emctl run) now, in a worker thread
// with its own directory connection: on every server of the organization, or
// on the servers given, each reported (serverChanged) as soon as its cycle is
// recorded (a whole-organization run reports progress per server; its caller
// reads every row again afterwards). Cancelling stops before the next server
// (the ones in progress finish, as the engine guarantees). The run is audited
// as docs/operations.md says: one row for the organization, or one per server named.
//
// RunNowCommand is the toolbar's "Run now"; ReapplyCommand is the details
// pane's "Reapply": the same cycle on the selected servers, which applies what
// is due and puts back what was removed by hand. With a parent widget, the
// failed actions are listed in a dialog.

#include <QStringList>

#include "commands/operationcommand.h"

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

class CycleCommand : public OperationCommand
{
    Q_OBJECT

public:
    [[nodiscard]] QStringList servers() const { return m_servers; }
    [[nodiscard]] const CycleSummary &summary() const { return m_summary; }

signals:
    // The outcome, before finished: what ran and what failed.
    void reported(const em::ui::CycleSummary &summary);

protected:
    // `servers` empty: every server. `auditAction` names the run in the audit ("run", "reapply").
    CycleCommand(const QString &path, const QStringList &servers, const QString &auditAction, const QString &title,
        QObject *parent);
    CommandResult resultOf(const ops::Outcome &outcome) override;
    void showResult(const CommandResult &result) override;

private:
    QStringList m_servers;
    CycleSummary m_summary;
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

} // namespace em::ui

Q_DECLARE_METATYPE(em::ui::CycleSummary)
