#pragma once

// How many actions are in each status: the one place statuses are counted, so
// that get-server, Get-Mitigations, the console's server table, the cycle's
// summary and the dashboard agree.

#include "actionstatus.h"

namespace em {

struct StatusCounts {
    int applied = 0;
    int blocked = 0;
    int failed = 0;
    int notApplicable = 0;
    int disabled = 0;
    int pending = 0;
    int obsolete = 0;

    void add(ActionStatus status, int n = 1);
    [[nodiscard]] int of(ActionStatus status) const;
    [[nodiscard]] int total() const;

    StatusCounts &operator+=(const StatusCounts &other);
    friend bool operator==(const StatusCounts &, const StatusCounts &) = default;
};

} // namespace em
