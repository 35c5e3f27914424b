#include "command.h"

namespace em::ui {

Command::Command(QObject *parent) : QObject(parent)
{ }

Command::~Command() = default;

void Command::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    emit started();
    doStart();
}

void Command::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    doCancel();
}

void Command::finish(const CommandResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    emit finished(result);
    if (m_autoDelete)
        deleteLater();
}

} // namespace em::ui
