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

    // Two Mailbox servers with dir: hosts laid out under LABROOT from the real
    // Exchange IIS files: LAB-A (Exchange 2019 CU12, where M1 applies) and
    // LAB-B (Exchange 2019 CU14, where it does not); the fixture catalog
    // accepted, no cycle run yet (every due action Pending).
    static Result<void> buildLab(const QString &path, const QString &labRoot);

    // A signer of the tests' own (made with the demo PKI code, RSA 2048),
    // trusted by a "ui-test" profile that becomes the directory's, and the demo
    // feed signed by it (GOOD) and changed after signing (TAMPERED), in FOLDER.
    struct SignedFeeds {
        QString good;
        QString tampered;
        QString signerSubject;
    };
    static Result<SignedFeeds> signedFeeds(const QString &directoryPath, const QString &folder);

    // Writes a demo PKI into ROOT/pki (generated once per test process), so
    // that DemoOrganization::create does not spend seconds on RSA-3072 keys.
    static Result<void> seedDemoPki(const QString &root);
};

} // namespace em::test
