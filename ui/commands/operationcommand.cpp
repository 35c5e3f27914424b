#include "operationcommand.h"

#include "commands/worker.h"
#include "directory/orgdirectory.h"
#include "engine/operations/operations.h"

namespace em::ui {

namespace {
// Runs in the worker thread, on its own directory connection.
void runOperation(
    WorkerContext<OperationStep> &worker, const QString &path, const OperationCommand::Operation &operation)
{
    OperationStep last;
    auto opened = OrgDirectory::open(path);
    if (!opened) {
        auto refused = std::make_shared<ops::Outcome>();
        refused->refuse(QString(), opened.error());
        last.outcome = refused;
        worker.post(std::move(last));
        return;
    }
    OrgDirectory &directory = **opened;
    ops::Context context {Actor::current()};
    context.cancel = worker.cancelFlag();
    context.progress = [&worker](int done, int total, const QString &what) {
        OperationStep step;
        step.done = done;
        step.total = total;
        step.what = what;
        worker.post(std::move(step));
    };
    context.serverChanged = [&worker, &directory](const QString &server) {
        if (auto summary = summaryOf(directory, server)) {
            OperationStep step;
            step.row = makeServerRow(*summary);
            worker.post(std::move(step));
        }
    };
    last.outcome = operation(directory, context);
    worker.post(std::move(last));
}
} // namespace

CommandResult commandResultOf(const ops::Outcome &outcome)
{
    const QString text = outcome.lines().join(QLatin1Char('\n'));
    if (!outcome.ok())
        return CommandResult::failure(text);
    if (outcome.cancelled)
        return CommandResult::cancelled(text, !outcome.warnings.isEmpty());
    return CommandResult::success(text, !outcome.warnings.isEmpty());
}

OperationCommand::OperationCommand(
    const QString &path, const QString &title, Operation operation, bool cancellable, QObject *parent)
    : Command(parent), m_path(path), m_title(title), m_operation(std::move(operation)), m_cancellable(cancellable)
{ }

OperationCommand::~OperationCommand() = default;

void OperationCommand::doStart()
{
    runInWorker<OperationStep>(
        this, cancelFlag(),
        [path = m_path, operation = m_operation](
            WorkerContext<OperationStep> &worker) { runOperation(worker, path, operation); },
        [this](const OperationStep &step) { deliver(step); }, [this] { done(); });
    emit progress(0, 0, m_title);
}

void OperationCommand::deliver(const OperationStep &step)
{
    if (step.row)
        emit serverChanged(*step.row);
    else if (step.done >= 0)
        emit progress(step.done, step.total, step.what.isEmpty() ? m_title : step.what);
    else if (step.outcome)
        m_outcome = step.outcome;
}

void OperationCommand::done()
{
    if (!m_outcome) {
        finish(CommandResult::failure(tr("%1 stopped before it was done.").arg(m_title)));
        return;
    }
    finish(resultOf(*m_outcome));
}

// ---- The operations with no command class of their own ----

namespace {
template<typename Call>
OperationCommand::Operation operation(Call call)
{
    return [call](OrgDirectory &directory, ops::Context &context) -> std::shared_ptr<ops::Outcome> {
        return std::make_shared<ops::Outcome>(call(directory, context));
    };
}
} // namespace

OperationCommand *OperationCommand::addServer(const QString &path, const Server &server, QObject *parent)
{
    return new OperationCommand(path, tr("Registering %1").arg(server.name),
        operation([server](OrgDirectory &d, ops::Context &c) { return ops::addServer(d, server, c); }), false, parent);
}

OperationCommand *OperationCommand::removeServer(const QString &path, const QString &name, QObject *parent)
{
    return new OperationCommand(path, tr("Removing %1").arg(name),
        operation([name](OrgDirectory &d, ops::Context &c) { return ops::removeServer(d, name, c); }), false, parent);
}

OperationCommand *OperationCommand::setServers(
    const QString &path, const QStringList &servers, const ops::ServerChange &change, QObject *parent)
{
    const QString title = servers.size() == 1 ? tr("Changing %1").arg(servers.first())
                                              : tr("Changing %n server(s)", nullptr, int(servers.size()));
    return new OperationCommand(path, title, operation([servers, change](OrgDirectory &d, ops::Context &c) {
        return ops::setServers(d, servers, change, c);
    }),
        servers.size() > 1, parent);
}

OperationCommand *OperationCommand::setOrg(const QString &path, const ops::OrgChange &change, QObject *parent)
{
    return new OperationCommand(path, tr("Changing the organization"),
        operation([change](OrgDirectory &d, ops::Context &c) { return ops::setOrg(d, change, c); }), true, parent);
}

OperationCommand *OperationCommand::addTrustProfile(const QString &path, const TrustProfile &profile, QObject *parent)
{
    return new OperationCommand(path, tr("Adding the trust profile %1").arg(profile.name),
        operation([profile](OrgDirectory &d, ops::Context &c) { return ops::addTrustProfile(d, profile, c); }), false,
        parent);
}

OperationCommand *OperationCommand::useTrustProfile(const QString &path, const QString &name, QObject *parent)
{
    return new OperationCommand(path, tr("Using the trust profile %1").arg(name),
        operation([name](OrgDirectory &d, ops::Context &c) { return ops::useTrustProfile(d, name, c); }), false,
        parent);
}

OperationCommand *OperationCommand::importExchange(const QString &path, const QStringList &files, QObject *parent)
{
    return new OperationCommand(path, tr("Importing the Exchange organization"),
        operation([files](OrgDirectory &d, ops::Context &c) { return ops::importExchange(d, files, c); }), true,
        parent);
}

} // namespace em::ui
