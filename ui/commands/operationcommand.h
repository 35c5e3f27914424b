#pragma once

// A console command that runs one admin operation of core/engine/operations
// (the same function emctl's verb calls) in a worker thread, on its own
// directory connection: progress and cancel on the way, each server the
// operation changed reported with its row as it is done (serverChanged), and
// the outcome's lines, the ones emctl prints, as the result. The commands
// that change servers all derive from it, so they share one signal.
//
// The operations with no command class of their own (add, remove and set a
// server, set the organization, trust profiles, the Exchange import) are
// made by the factories below.

#include <functional>
#include <memory>

#include <QStringList>

#include "commands/command.h"
#include "consoledata.h"

namespace em {
class OrgDirectory;
struct TrustProfile;
namespace ops {
struct Context;
struct Outcome;
struct ServerChange;
struct OrgChange;
} // namespace ops
} // namespace em

namespace em::ui {

// What the worker hands over: a server's row, progress, or (last) the outcome.
struct OperationStep {
    std::optional<ServerRow> row;
    int done = -1; // progress when >= 0
    int total = 0;
    QString what;
    std::shared_ptr<const ops::Outcome> outcome;
};

// The result the console shows for an outcome: its lines, as emctl prints
// them; failed when something was refused, cancelled when it stopped early.
CommandResult commandResultOf(const ops::Outcome &outcome);

class OperationCommand : public Command
{
    Q_OBJECT

public:
    // Runs in the worker thread. The outcome may be a subtype (FeedOutcome, RunOutcome).
    using Operation = std::function<std::shared_ptr<ops::Outcome>(OrgDirectory &, ops::Context &)>;

    OperationCommand(
        const QString &path, const QString &title, Operation operation, bool cancellable, QObject *parent = nullptr);
    ~OperationCommand() override;

    [[nodiscard]] QString title() const override { return m_title; }
    [[nodiscard]] bool canCancel() const override { return m_cancellable; }
    // What the operation did, once finished (a refusal when the directory could not be opened).
    [[nodiscard]] const ops::Outcome *outcome() const { return m_outcome.get(); }

    static OperationCommand *addServer(const QString &path, const Server &server, QObject *parent = nullptr);
    static OperationCommand *removeServer(const QString &path, const QString &name, QObject *parent = nullptr);
    static OperationCommand *setServers(
        const QString &path, const QStringList &servers, const ops::ServerChange &change, QObject *parent = nullptr);
    static OperationCommand *setOrg(const QString &path, const ops::OrgChange &change, QObject *parent = nullptr);
    static OperationCommand *addTrustProfile(
        const QString &path, const TrustProfile &profile, QObject *parent = nullptr);
    static OperationCommand *useTrustProfile(const QString &path, const QString &name, QObject *parent = nullptr);
    static OperationCommand *importExchange(const QString &path, const QStringList &files, QObject *parent = nullptr);

signals:
    // A server the operation changed (or re-planned), as it is now.
    void serverChanged(const em::ui::ServerRow &row);

protected:
    void doStart() override;
    // On the UI thread once the operation returned, before finished: the result to show.
    virtual CommandResult resultOf(const ops::Outcome &outcome) { return commandResultOf(outcome); }
    // For a subclass whose operation needs its members: before start().
    void setOperation(Operation operation) { m_operation = std::move(operation); }
    // The question asked before the operation starts (with a parent widget).
    void setConfirmation(const Confirmation &question) { m_confirmation = question; }
    [[nodiscard]] Confirmation confirmation() const override { return m_confirmation; }

private:
    void deliver(const OperationStep &step);
    void done();

    QString m_path;
    QString m_title;
    Operation m_operation;
    bool m_cancellable;
    Confirmation m_confirmation;
    std::shared_ptr<const ops::Outcome> m_outcome;
};

} // namespace em::ui
