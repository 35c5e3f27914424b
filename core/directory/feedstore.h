#pragma once

// The accepted feed (exactly what was verified), its catalog of mitigations
// and actions, the actions a newer feed dropped while a server still has them
// in place (kept to roll them back), and the last fetch or import attempt.

#include <optional>

#include "model/mitigation.h"
#include "model/records.h"

namespace em {

class DirectoryConnection;

class FeedStore
{
public:
    explicit FeedStore(DirectoryConnection &connection) : m_connection(connection) { }

    Result<std::optional<FeedState>> acceptedFeed();
    // The accepted feed's mitigations, and the retired actions.
    Result<Catalog> catalog();
    // Replaces the accepted feed and catalog in one transaction. Refuses a
    // feed signed before the accepted one (anti-rollback), checked inside the
    // transaction so two concurrent imports cannot both pass.
    Result<void> acceptFeed(const FeedState &feed, const Catalog &catalog);

    Result<std::optional<FeedAttempt>> lastFeedAttempt();
    Result<void> recordFeedAttempt(const FeedAttempt &attempt);

private:
    Result<void> replaceCatalog(const Catalog &catalog);

    DirectoryConnection &m_connection;
};

} // namespace em
