#pragma once

// Reads one server's actions and statuses in a worker thread (for the details
// pane when the selection changes or after a change to that server).

#include "commands/command.h"
#include "consoledata.h"

namespace em::ui {

class LoadServerDetailsCommand final : public Command
{
    Q_OBJECT

public:
    LoadServerDetailsCommand(const QString &path, const QString &server, QObject *parent = nullptr);
    ~LoadServerDetailsCommand() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString server() const { return m_server; }

signals:
    void loaded(const em::ui::ServerDetails &details);

protected:
    void doStart() override;

private:
    void done(const Result<ServerDetails> &details);

    QString m_path;
    QString m_server;
};

} // namespace em::ui
