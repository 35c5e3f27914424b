#pragma once

// Rolls back actions on servers (ops::rollback, as emctl rollback), in a
// worker thread: for each server, each action in place there is removed
// exactly as it was added and recorded (status, event, audit). An action that
// is still due is also blocked on that server, so the next cycle does not
// apply it again; the messages say so. Actions not in place are skipped and
// named. Cancelling stops before the next server. Asked first; what was done
// is shown in a dialog (with a parent widget).

#include <QStringList>

#include "commands/operationcommand.h"

namespace em::ui {

class RollbackCommand final : public OperationCommand
{
    Q_OBJECT

public:
    RollbackCommand(const QString &path, const QStringList &servers, const QStringList &ids, QObject *parent = nullptr);

    // One line per server and action, translated: what was rolled back, blocked, skipped or failed.
    [[nodiscard]] QStringList messages() const { return m_messages; }
    // Whether any action was blocked so the next cycle leaves it alone.
    [[nodiscard]] bool blockedAny() const { return m_blockedAny; }

protected:
    CommandResult resultOf(const ops::Outcome &outcome) override;
    void showResult(const CommandResult &result) override;

private:
    QStringList m_messages;
    bool m_blockedAny = false;
};

} // namespace em::ui
