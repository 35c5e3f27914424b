#pragma once

// Changes the settings of one or several servers in the org directory through
// the same operations as the emctl verbs (block, unblock, set-server): one
// audited transaction per server, its statuses re-planned with it, each
// changed server reported as it is done; cancelling stops before the next
// server (the ones done stay changed). The rules, unblock's among them, are
// in docs/operations.md. Turning mitigations off, and blocking on several
// servers, are confirmed first.

#include <QStringList>

#include "commands/operationcommand.h"

namespace em::ui {

class ChangeServersCommand final : public OperationCommand
{
    Q_OBJECT

public:
    // Adds mitigation or action IDs to the block lists (ops::block).
    static ChangeServersCommand *block(
        const QString &path, const QStringList &servers, const QStringList &ids, QObject *parent = nullptr);
    // Unblocks the given IDs (ops::unblock): an action blocked through its
    // mitigation is the only one unblocked.
    static ChangeServersCommand *unblock(
        const QString &path, const QStringList &servers, const QStringList &ids, QObject *parent = nullptr);
    // MitigationsEnabled of each server (ops::setServers).
    static ChangeServersCommand *setEnabled(
        const QString &path, const QStringList &servers, bool enabled, QObject *parent = nullptr);
    // InternetWebProxy of each server; empty clears it (ops::setServers).
    static ChangeServersCommand *setProxy(
        const QString &path, const QStringList &servers, const QString &proxy, QObject *parent = nullptr);

    [[nodiscard]] QStringList servers() const { return m_servers; }
    [[nodiscard]] QString auditAction() const { return m_auditAction; }

private:
    ChangeServersCommand(const QString &path, const QStringList &servers, const QString &auditAction,
        const QString &title, Operation operation, QObject *parent);

    QStringList m_servers;
    QString m_auditAction;
};

} // namespace em::ui
