#pragma once

// Changes the settings of one or several servers in the org directory, as the
// emctl verbs do (block, unblock, set-server): one audited transaction per
// server, then the server's statuses re-planned (refreshPlannedStatuses) so
// the change shows at once. Each changed server is reported as it is done;
// cancelling stops before the next server (the ones done stay changed).

#include <functional>

#include <QStringList>

#include "commands/command.h"
#include "consoledata.h"

template<typename T>
class QFutureWatcher;

namespace em::ui {

struct ServerChangeStep {
    QString server;
    QString error; // empty: changed
    std::optional<ServerRow> row; // the server as it is now, when it could be read
};

class ChangeServersCommand final : public Command
{
    Q_OBJECT

public:
    using Change = std::function<Result<void>(Server &)>;

    // Adds mitigation or action IDs to the block lists ("block").
    static ChangeServersCommand *block(
        const QString &path, const QStringList &servers, const QStringList &ids, QObject *parent = nullptr);
    // Removes what blocks the given IDs: the IDs themselves and, for an action
    // ID, its mitigation's ID ("unblock").
    static ChangeServersCommand *unblock(
        const QString &path, const QStringList &servers, const QStringList &ids, QObject *parent = nullptr);
    // MitigationsEnabled of each server ("set-server").
    static ChangeServersCommand *setEnabled(
        const QString &path, const QStringList &servers, bool enabled, QObject *parent = nullptr);
    // InternetWebProxy of each server; empty clears it ("set-server").
    static ChangeServersCommand *setProxy(
        const QString &path, const QStringList &servers, const QString &proxy, QObject *parent = nullptr);

    ~ChangeServersCommand() override;

    [[nodiscard]] QString title() const override { return m_title; }
    [[nodiscard]] bool canCancel() const override { return m_servers.size() > 1; }
    [[nodiscard]] QStringList servers() const { return m_servers; }
    [[nodiscard]] QString auditAction() const { return m_auditAction; }

signals:
    void serverChanged(const em::ui::ServerRow &row);

protected:
    void doStart() override;
    void doCancel() override;

private:
    // `done` formats the result: %1 is the server name, or the count when several.
    struct Wording {
        QString title;
        QString doneOne; // "Blocked M1.1 on %1."
        QString doneMany; // "Blocked M1.1 on %1 servers."
    };
    ChangeServersCommand(const QString &path, const QStringList &servers, const QString &auditAction, Change change,
        Wording wording, QObject *parent);
    void deliver(int begin, int end);
    void done();

    QString m_path;
    QStringList m_servers;
    QString m_auditAction;
    Change m_change;
    QString m_title;
    Wording m_wording;
    QFutureWatcher<ServerChangeStep> *m_watcher = nullptr;
    QStringList m_changed;
    QStringList m_failures; // "EX01: message"
};

} // namespace em::ui
