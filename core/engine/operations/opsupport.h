#pragma once

// What the operations share (not part of the API): the message helpers and
// the re-planning of servers after a change.

#include <functional>

#include <QCoreApplication>

#include "engine/operations/operations.h"

namespace em::ops::detail {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Operations)
};

// An outcome that refused TARGET for ERROR and changed nothing: bad input, or
// a directory that could not be read or written before anything was done.
inline Outcome refused(const QString &target, const Error &error)
{
    Outcome outcome;
    outcome.refuse(target, error);
    return outcome;
}

// Sets FIELD to the value a change gives for it, when it gives one.
template<typename T, typename U>
void setIf(T &field, const std::optional<U> &value)
{
    if (value)
        field = *value;
}

// "EX01", or "3 servers": where a change was made, in a message.
QString serversText(const QStringList &servers);

// Re-plans every server after an organization-wide change (MitigationsEnabled,
// a new feed), each in its own transaction, reporting progress and each
// server to the context. Stops when cancelled (the next cycle re-plans the
// rest: a message says how many). Returns how many were re-planned.
int replanAll(OrgDirectory &directory, Outcome &outcome, Context &context, const QString &what);

} // namespace em::ops::detail
