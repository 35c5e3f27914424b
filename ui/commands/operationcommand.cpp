#include "operationcommand.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include "directory/orgdirectory.h"
#include "engine/operations/operations.h"

namespace em::ui {

namespace {
// Runs in a worker thread, on its own directory connection.
void runOperation(QPromise<OperationStep> &promise, const QString &path, const OperationCommand::Operation &operation,
    const std::shared_ptr<std::atomic<bool>> &cancel)
{
    OperationStep last;
    auto opened = OrgDirectory::open(path);
    if (!opened) {
        auto refused = std::make_shared<ops::Outcome>();
        refused->refuse(QString(), opened.error());
        last.outcome = refused;
        promise.addResult(std::move(last));
        return;
    }
    OrgDirectory &directory = **opened;
    ops::Context context {Actor::current()};
    context.cancel = cancel.get();
    context.progress = [&promise](int done, int total, const QString &what) {
        OperationStep step;
        step.done = done;
        step.total = total;
        step.what = what;
        promise.addResult(std::move(step));
    };
    context.serverChanged = [&promise, &directory](const QString &server) {
        if (auto summary = summaryOf(directory, server)) {
            OperationStep step;
            step.row = makeServerRow(*summary);
            promise.addResult(std::move(step));
        }
    };
    last.outcome = operation(directory, context);
    promise.addResult(std::move(last));
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
    : Command(parent), m_path(path), m_title(title), m_operation(std::move(operation)), m_cancellable(cancellable),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{ }

OperationCommand::~OperationCommand()
{
    // What is done stays done; the worker stops at its next check, and its
    // pool (a child) waits for it.
    m_cancel->store(true);
}

void OperationCommand::doStart()
{
    m_watcher = new QFutureWatcher<OperationStep>(this);
    connect(m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &OperationCommand::deliver);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &OperationCommand::done);
    // A thread of its own: an operation may wait for the global pool (a feed's
    // verification), and the command's end waits for it (after cancel).
    auto *pool = new QThreadPool(this);
    pool->setMaxThreadCount(1);
    m_watcher->setFuture(QtConcurrent::run(pool, runOperation, m_path, m_operation, m_cancel));
    emit progress(0, 0, m_title);
}

void OperationCommand::doCancel()
{
    m_cancel->store(true);
}

void OperationCommand::deliver(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const OperationStep step = m_watcher->future().resultAt(i);
        if (step.row)
            emit serverChanged(*step.row);
        else if (step.done >= 0)
            emit progress(step.done, step.total, step.what.isEmpty() ? m_title : step.what);
        else if (step.outcome)
            m_outcome = step.outcome;
    }
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
