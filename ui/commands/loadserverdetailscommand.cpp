#include "loadserverdetailscommand.h"

#include "commands/worker.h"

namespace em::ui {

LoadServerDetailsCommand::LoadServerDetailsCommand(const QString &path, const QString &server, QObject *parent)
    : Command(parent), m_path(path), m_server(server)
{ }

LoadServerDetailsCommand::~LoadServerDetailsCommand() = default;

QString LoadServerDetailsCommand::title() const
{
    return tr("Reading the actions of %1").arg(m_server);
}

void LoadServerDetailsCommand::doStart()
{
    runInWorker<Result<ServerDetails>>(
        this, cancelFlag(),
        [path = m_path, server = m_server] {
            return onDirectory(path, [&server](OrgDirectory &directory) { return detailsOf(directory, server); });
        },
        [this](const Result<ServerDetails> &details) { done(details); });
}

void LoadServerDetailsCommand::done(const Result<ServerDetails> &details)
{
    if (isCancelRequested()) {
        finish(CommandResult::cancelled(QString()));
        return;
    }
    if (!details) {
        finish(CommandResult::failure(details.error().message));
        return;
    }
    emit loaded(*details);
    finish(CommandResult::success(QString()));
}

} // namespace em::ui
