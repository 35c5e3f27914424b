#include "requestruncommand.h"

#include "engine/operations/operations.h"

namespace em::ui {

RequestRunCommand::RequestRunCommand(const QString &path, QObject *parent)
    : OperationCommand(
        path, tr("Asking the EM service to run now"),
        [](OrgDirectory &d, ops::Context &c) -> std::shared_ptr<ops::Outcome> {
            return std::make_shared<ops::Outcome>(ops::requestServiceRun(d, c));
        },
        false, parent)
{ }

} // namespace em::ui
