#pragma once

// Rollback of one action (or every action of a mitigation) on one server:
// what it added is removed through the server's host and what it disabled is
// restored; then the new status, the block-list entry that keeps the next
// cycle from applying it again (for an action still due), the audit row and
// the event are recorded in one transaction. A record that cannot be written
// is reported: the change on the server is done, and the error says so.

#include <QStringList>

#include "host/serverhost.h"
#include "model/actor.h"

namespace em {

class OrgDirectory;

struct RollbackOutcome {
    QStringList rolledBack; // action IDs
    QStringList blocked; // IDs added to the block list so the next cycle leaves them alone
};

// Fails (NotFound) when nothing of `id` is in place on the server, and when an
// action in place is no longer known (gone from the feed before the directory
// kept definitions); nothing is touched then.
Result<RollbackOutcome> rollbackAction(OrgDirectory &directory, const QString &server, const QString &id,
    const Actor &actor, const HostOptions &hostOptions = {});

} // namespace em
