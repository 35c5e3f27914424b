#include "clock.h"

#include <atomic>

namespace em {

namespace {
// Milliseconds since the epoch when fixed, or INT64_MIN for the system clock.
std::atomic<qint64> fixedMs {std::numeric_limits<qint64>::min()};
} // namespace

QDateTime Clock::now()
{
    const qint64 ms = fixedMs.load();
    if (ms == std::numeric_limits<qint64>::min())
        return QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void Clock::setFixed(const QDateTime &time)
{
    fixedMs.store(time.toMSecsSinceEpoch());
}

void Clock::advance(qint64 seconds)
{
    qint64 ms = fixedMs.load();
    if (ms != std::numeric_limits<qint64>::min())
        fixedMs.store(ms + seconds * 1000);
}

void Clock::reset()
{
    fixedMs.store(std::numeric_limits<qint64>::min());
}

} // namespace em
