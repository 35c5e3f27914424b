#pragma once

// A real org directory for the console's tests: five named servers (2019 CU12,
// 2019 CU14 with an obsolete action, 2016 CU23 with M3 blocked, an Edge
// Transport, an Exchange SE with mitigations off), optional numbered lab
// servers, a hand-built catalog accepted with OrgDirectory::acceptFeed (a
// fixture for the UI; the feed verifier has its own tests), one recorded cycle
// (applied, failed, obsolete) and its events.

#include <QString>

#include "model/error.h"
#include "model/mitigation.h"
#include "model/records.h"

namespace em::test {

struct UiFixture {
    static Catalog catalog();
    static FeedState feed();
    // Builds the directory at PATH (which must not exist yet).
    static Result<void> build(const QString &path, int labServers = 0);
    // Only the servers, no feed and no cycle.
    static Result<void> buildWithoutFeed(const QString &path, int labServers = 0);
};

} // namespace em::test
