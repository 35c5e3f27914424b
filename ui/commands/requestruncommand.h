#pragma once

// Asks the EM service to run a cycle now (ops::requestServiceRun, as emctl
// run-now): sets the "run requested" flag a service polls, wherever it runs,
// and audits it. For organizations whose servers apply mitigations through
// `emctl service`.

#include "commands/operationcommand.h"

namespace em::ui {

class RequestRunCommand final : public OperationCommand
{
    Q_OBJECT

public:
    explicit RequestRunCommand(const QString &path, QObject *parent = nullptr);
};

} // namespace em::ui
