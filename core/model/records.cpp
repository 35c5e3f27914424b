#include "records.h"

namespace em {

QString eventLevelName(EventLevel level)
{
    switch (level) {
    case EventLevel::Information:
        return QStringLiteral("Information");
    case EventLevel::Warning:
        return QStringLiteral("Warning");
    case EventLevel::Error:
        return QStringLiteral("Error");
    }
    return {};
}

} // namespace em
