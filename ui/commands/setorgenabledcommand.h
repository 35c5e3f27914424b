#pragma once

// Switches the organization's MitigationsEnabled ("Apply mitigations
// automatically") through ops::setOrg, as emctl set-org
// --mitigations-enabled: audited, then every server re-planned so the
// Disabled / Pending statuses show at once. The switch itself is one
// transaction; the re-planning reports each server as it is done and can be
// cancelled (the next cycle re-plans the rest). Turning it off is confirmed
// first.

#include <memory>

#include "commands/operationcommand.h"

namespace em::ui {

class SetOrgEnabledCommand final : public OperationCommand
{
    Q_OBJECT

public:
    SetOrgEnabledCommand(const QString &path, bool enabled, QObject *parent = nullptr);

    [[nodiscard]] bool enabled() const { return m_enabled; }

signals:
    // The organization as written, before finished.
    void orgChanged(const em::OrgConfig &org);

protected:
    CommandResult resultOf(const ops::Outcome &outcome) override;

private:
    bool m_enabled;
    std::shared_ptr<std::optional<OrgConfig>> m_org; // written by the worker
};

} // namespace em::ui
