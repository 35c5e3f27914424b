#include "actionstatus.h"

#include <QCoreApplication>

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ActionStatus)
};
} // namespace

QString statusName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Applied:
        return QStringLiteral("Applied");
    case ActionStatus::Blocked:
        return QStringLiteral("Blocked");
    case ActionStatus::Failed:
        return QStringLiteral("Failed");
    case ActionStatus::NotApplicable:
        return QStringLiteral("NotApplicable");
    case ActionStatus::Disabled:
        return QStringLiteral("Disabled");
    case ActionStatus::Pending:
        return QStringLiteral("Pending");
    case ActionStatus::Obsolete:
        return QStringLiteral("Obsolete");
    }
    return {};
}

Result<ActionStatus> parseStatus(const QString &text)
{
    for (ActionStatus s : allActionStatuses) {
        if (text.compare(statusName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return fail(ErrorCode::InvalidArgument, Text::tr("unknown status '%1'").arg(text));
}

} // namespace em
