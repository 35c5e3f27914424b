#include "copyexchangescriptcommand.h"

#include <QClipboard>
#include <QGuiApplication>

#include "commands/worker.h"
#include "engine/operations/operations.h"

namespace em::ui {

CopyExchangeScriptCommand::CopyExchangeScriptCommand(const QString &path, QObject *parent)
    : Command(parent), m_path(path)
{ }

QString CopyExchangeScriptCommand::title() const
{
    return tr("Making the PowerShell commands");
}

QString CopyExchangeScriptCommand::failureTitle() const
{
    return tr("The PowerShell commands could not be made");
}

void CopyExchangeScriptCommand::doStart()
{
    runInWorker<Result<ExchangeScript>>(
        this, cancelFlag(),
        [path = m_path] {
            return onDirectory(path, [](OrgDirectory &directory) { return ops::exchangeScript(directory); });
        },
        [this](const Result<ExchangeScript> &script) {
            if (!script) {
                finish(CommandResult::failure(script.error().message));
                return;
            }
            QGuiApplication::clipboard()->setText(script->text());
            QString message
                = tr("%n PowerShell command(s) copied to the clipboard.", nullptr, int(script->commands.size()));
            if (!script->notes.isEmpty())
                message += QLatin1Char(' ') + script->notes.join(QLatin1Char(' '));
            finish(CommandResult::success(message));
        });
    emit progress(0, 0, title());
}

} // namespace em::ui
