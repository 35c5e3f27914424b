#pragma once

// "Copy PowerShell commands" (ops::exchangeScript, as emctl exchange script):
// reads the directory in a worker thread and puts the Set-ExchangeServer /
// Set-OrganizationConfig commands that bring Exchange to the directory's
// settings on the clipboard. With a parent widget, a failure is shown in a
// dialog.

#include "commands/command.h"

namespace em::ui {

class CopyExchangeScriptCommand final : public Command
{
    Q_OBJECT

public:
    explicit CopyExchangeScriptCommand(const QString &path, QObject *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool canCancel() const override { return false; }

protected:
    void doStart() override;
    [[nodiscard]] QString failureTitle() const override;

private:
    QString m_path;
};

} // namespace em::ui
