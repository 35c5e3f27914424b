#pragma once

// The per-server status of one action, as Get-Mitigations reports it.

#include <QString>

#include "error.h"

namespace em {

enum class ActionStatus { Applied, Blocked, Failed, NotApplicable, Disabled, Pending, Obsolete };

inline constexpr ActionStatus allActionStatuses[] = {ActionStatus::Applied, ActionStatus::Blocked, ActionStatus::Failed,
    ActionStatus::NotApplicable, ActionStatus::Disabled, ActionStatus::Pending, ActionStatus::Obsolete};

QString statusName(ActionStatus status); // "Applied", "NotApplicable", ... (stored and exported as is)
Result<ActionStatus> parseStatus(const QString &text);

} // namespace em
