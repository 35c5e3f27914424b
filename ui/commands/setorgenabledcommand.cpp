#include "setorgenabledcommand.h"

#include "directory/orgdirectory.h"
#include "engine/operations/operations.h"

namespace em::ui {

namespace {
OperationCommand::Operation switchOrg(bool enabled, const std::shared_ptr<std::optional<OrgConfig>> &org)
{
    return [enabled, org](OrgDirectory &d, ops::Context &c) -> std::shared_ptr<ops::Outcome> {
        ops::OrgChange change;
        change.mitigationsEnabled = enabled;
        auto outcome = std::make_shared<ops::Outcome>(ops::setOrg(d, change, c));
        if (outcome->ok()) {
            if (auto written = d.org())
                *org = *written;
        }
        return outcome;
    };
}
} // namespace

SetOrgEnabledCommand::SetOrgEnabledCommand(const QString &path, bool enabled, QObject *parent)
    : OperationCommand(path, enabled ? tr("Turning on automatic mitigations") : tr("Turning off automatic mitigations"),
        Operation(), true, parent),
      m_enabled(enabled), m_org(std::make_shared<std::optional<OrgConfig>>())
{
    setOperation(switchOrg(enabled, m_org));
    if (!enabled)
        setConfirmation({tr("Turn off automatic mitigations"),
            tr("No server of the organization will apply mitigations any more. Mitigations already applied stay in "
               "place until they are rolled back.\n\nThe feed is still fetched and verified, and the console keeps "
               "showing what would apply."),
            tr("Turn off")});
}

CommandResult SetOrgEnabledCommand::resultOf(const ops::Outcome &outcome)
{
    if (*m_org)
        emit orgChanged(**m_org);
    return commandResultOf(outcome);
}

} // namespace em::ui
