#include "statuscounts.h"

namespace em {

namespace {
template<typename Counts>
auto &slot(Counts &c, ActionStatus status)
{
    switch (status) {
    case ActionStatus::Applied:
        return c.applied;
    case ActionStatus::Blocked:
        return c.blocked;
    case ActionStatus::Failed:
        return c.failed;
    case ActionStatus::NotApplicable:
        return c.notApplicable;
    case ActionStatus::Disabled:
        return c.disabled;
    case ActionStatus::Pending:
        return c.pending;
    case ActionStatus::Obsolete:
        break;
    }
    return c.obsolete;
}
} // namespace

void StatusCounts::add(ActionStatus status, int n)
{
    slot(*this, status) += n;
}

int StatusCounts::of(ActionStatus status) const
{
    return slot(*this, status);
}

int StatusCounts::total() const
{
    int n = 0;
    for (ActionStatus s : allActionStatuses)
        n += of(s);
    return n;
}

StatusCounts &StatusCounts::operator+=(const StatusCounts &other)
{
    for (ActionStatus s : allActionStatuses)
        add(s, other.of(s));
    return *this;
}

} // namespace em
