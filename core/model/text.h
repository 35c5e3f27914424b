#pragma once

// Parsing and formatting shared by emctl and the console: booleans as Exchange
// accepts them, durations, times.

#include <chrono>

#include <QDateTime>
#include <QString>

#include "error.h"

namespace em {

// true|false|$true|$false|1|0 (case-insensitive).
Result<bool> parseBool(const QString &text);
QString boolText(bool value); // "True" / "False", as PowerShell prints

// "90s", "10m", "1h", "1d", "1h30m" or plain seconds.
Result<std::chrono::seconds> parseDuration(const QString &text);
QString durationText(std::chrono::seconds duration); // "1h", "10m", "1h30m"

// ISO 8601 ("2026-11-20T10:00:00Z", "2026-11-20") or relative ("-1h", "-7d").
Result<QDateTime> parseTime(const QString &text);
QString isoTime(const QDateTime &time); // "2026-11-20T10:00:00Z", empty for null

} // namespace em
