#pragma once

// Rolls back actions on servers (engine/cycle.h rollbackAction), in a worker
// thread: for each server, each action in place there is removed exactly as
// it was added and recorded (status, event, audit). An action that is still
// due is also blocked on that server, so the next cycle does not apply it
// again; the messages say so. Actions not in place are skipped and named.
// Cancelling stops before the next server.

#include <QStringList>

#include "commands/command.h"
#include "consoledata.h"

template<typename T>
class QFutureWatcher;

namespace em::ui {

struct RollbackStep {
    QString server;
    QString id;
    QStringList rolledBack; // action IDs
    QStringList blocked; // action IDs now blocked on the server
    bool notInPlace = false; // nothing to roll back there
    QString error;
    std::optional<ServerRow> row; // the server after its rollbacks
};

class RollbackCommand final : public Command
{
    Q_OBJECT

public:
    RollbackCommand(const QString &path, const QStringList &servers, const QStringList &ids, QObject *parent = nullptr);
    ~RollbackCommand() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool canCancel() const override { return m_servers.size() > 1; }
    // One line per server and action, translated: what was rolled back, blocked, skipped or failed.
    [[nodiscard]] QStringList messages() const { return m_messages; }
    // Whether any action was blocked so the next cycle leaves it alone.
    [[nodiscard]] bool blockedAny() const { return m_blockedAny; }

signals:
    void serverChanged(const em::ui::ServerRow &row);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void deliver(int begin, int end);
    void done();

    QString m_path;
    QStringList m_servers;
    QStringList m_ids;
    QFutureWatcher<RollbackStep> *m_watcher = nullptr;
    QStringList m_messages;
    int m_rolledBack = 0;
    int m_errors = 0;
    int m_serversDone = 0;
    bool m_blockedAny = false;
};

} // namespace em::ui
