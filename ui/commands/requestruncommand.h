#pragma once

// Asks the EM service to run a cycle now (OrgDirectory::requestRun): sets the
// "run requested" flag a service polls, wherever it runs, and audits it. For
// organizations whose servers apply mitigations through `emctl service`.

#include "commands/command.h"
#include "model/error.h"

template<typename T>
class QFutureWatcher;

namespace em::ui {

class RequestRunCommand final : public Command
{
    Q_OBJECT

public:
    explicit RequestRunCommand(const QString &path, QObject *parent = nullptr);
    ~RequestRunCommand() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool canCancel() const override { return false; }

protected:
    void doStart() override;
    void doCancel() override { }

private:
    void done();

    QString m_path;
    QFutureWatcher<Result<void>> *m_watcher = nullptr;
};

} // namespace em::ui
