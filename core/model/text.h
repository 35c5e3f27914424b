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

// Text from a feed, a name or a file, made safe to show as one line of text
// (Format-List, the console, the cycle's report): control characters (C0
// except a line feed when `keepLineFeeds`, DEL, C1) and the Unicode controls
// that reorder or hide text (bidi embeddings, overrides and isolates, the
// direction marks, line and paragraph separators) are shown escaped as
// \uXXXX ("\u202E"), so that a value can neither forge another line nor
// reverse a name. Everything else, backslashes included, is left as it is.
QString displayText(const QString &text, bool keepLineFeeds = false);

} // namespace em
