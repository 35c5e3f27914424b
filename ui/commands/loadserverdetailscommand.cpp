#include "loadserverdetailscommand.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace em::ui {

namespace {
Result<ServerDetails> loadDetails(const QString &path, const QString &server)
{
    auto opened = OrgDirectory::open(path);
    if (!opened)
        return fail(opened.error());
    return detailsOf(**opened, server);
}
} // namespace

LoadServerDetailsCommand::LoadServerDetailsCommand(const QString &path, const QString &server, QObject *parent)
    : Command(parent), m_path(path), m_server(server)
{ }

LoadServerDetailsCommand::~LoadServerDetailsCommand()
{
    if (m_watcher)
        m_watcher->future().cancel();
}

QString LoadServerDetailsCommand::title() const
{
    return tr("Reading the actions of %1").arg(m_server);
}

void LoadServerDetailsCommand::doStart()
{
    m_watcher = new QFutureWatcher<Result<ServerDetails>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &LoadServerDetailsCommand::done);
    m_watcher->setFuture(QtConcurrent::run(loadDetails, m_path, m_server));
}

void LoadServerDetailsCommand::doCancel()
{
    if (m_watcher)
        m_watcher->future().cancel();
}

void LoadServerDetailsCommand::done()
{
    if (m_watcher->isCanceled() || m_watcher->future().resultCount() == 0) {
        finish(CommandResult::cancelled(QString()));
        return;
    }
    const Result<ServerDetails> details = m_watcher->result();
    if (!details) {
        finish(CommandResult::failure(details.error().message));
        return;
    }
    emit loaded(*details);
    finish(CommandResult::success(QString()));
}

} // namespace em::ui
