#pragma once

// Builds the demo organization (DemoOrganization::create) in a worker thread,
// unless ROOT already holds one and no reset was asked for; finished carries
// the directory path as its message on success.

#include "commands/command.h"
#include "model/error.h"

template<typename T>
class QFutureWatcher;

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
    void doCancel() override { }

private:
    void done();

    QString m_root;
    bool m_reset;
    QString m_path;
    QFutureWatcher<Result<QString>> *m_watcher = nullptr;
};

} // namespace em::ui
