#pragma once

// Text recorded in the org directory (statuses' details, events, results) is
// shared by every admin and program that reads the directory, whatever their
// language, so it is written in the source language (English), as Exchange's
// own event log and audit are. A RecordTextScope marks the current thread as
// producing such text; the console's translator leaves it untranslated.

namespace em {

class RecordTextScope
{
public:
    RecordTextScope();
    ~RecordTextScope();
    RecordTextScope(const RecordTextScope &) = delete;
    RecordTextScope &operator=(const RecordTextScope &) = delete;

    // Whether the calling thread is inside a scope.
    static bool active();
};

} // namespace em
