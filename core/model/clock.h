#pragma once

// The time source of core: the system clock, or a fixed time set by tests so
// expiry, signing times and schedules are checked deterministically.

#include <QDateTime>

namespace em {

class Clock
{
public:
    static QDateTime now(); // UTC
    static void setFixed(const QDateTime &time); // tests only
    static void advance(qint64 seconds); // tests only, when fixed
    static void reset();
};

} // namespace em
