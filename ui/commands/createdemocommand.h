#pragma once

// Builds the demo organization (DemoOrganization::create) in a worker thread,
// unless ROOT already holds one and no reset was asked for; finished carries
// the directory path as its message on success. With a parent widget, a
// failure is shown in a dialog.

#include "commands/command.h"
#include "model/error.h"

namespace em::ui {

class CreateDemoCommand final : public Command
{
    Q_OBJECT

public:
    CreateDemoCommand(const QString &root, bool reset, QObject *parent = nullptr);
    ~CreateDemoCommand() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool canCancel() const override { return false; }
    [[nodiscard]] QString directoryPath() const { return m_path; }

protected:
    void doStart() override;
    [[nodiscard]] QString failureTitle() const override;

private:
    QString m_root;
    bool m_reset;
    QString m_path;
};

} // namespace em::ui
