#include "requestruncommand.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "directory/orgdirectory.h"

namespace em::ui {

namespace {
Result<void> requestRun(const QString &path)
{
    auto opened = OrgDirectory::open(path);
    if (!opened)
        return fail(opened.error());
    return (*opened)->requestRun(Actor::current());
}
} // namespace

RequestRunCommand::RequestRunCommand(const QString &path, QObject *parent) : Command(parent), m_path(path)
{ }

RequestRunCommand::~RequestRunCommand() = default; // one short transaction: it completes

QString RequestRunCommand::title() const
{
    return tr("Asking the EM service to run now");
}

void RequestRunCommand::doStart()
{
    m_watcher = new QFutureWatcher<Result<void>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &RequestRunCommand::done);
    m_watcher->setFuture(QtConcurrent::run(requestRun, m_path));
    emit progress(0, 0, title());
}

void RequestRunCommand::done()
{
    const Result<void> requested = m_watcher->result();
    if (!requested) {
        finish(CommandResult::failure(requested.error().message));
        return;
    }
    finish(CommandResult::success(tr("Run requested: the EM service runs a cycle when it next looks for requests "
                                     "(every 30 seconds by default).")));
}

} // namespace em::ui
