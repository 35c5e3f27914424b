#pragma once

// The demo organization behind `emconsole --demo`: a fresh org directory with
// eight servers on the builds admins meet in the field (Exchange 2016 CU23,
// 2019 CU12/CU13/CU14, Exchange SE), each Mailbox server with a lab root laid
// out from the real Exchange 2019 IIS files (core/host), a feed signed by a
// demo CA generated on first run and trusted through a "demo" trust profile,
// accepted by the real verifier, and cycles run so that every status shows:
// Applied, Blocked (a block list), Failed (a read-only site web.config),
// NotApplicable (builds outside M1's range, the Edge Transport server),
// Disabled (a server turned off) and Obsolete (a server updated to a newer
// CU after M1 was applied).
//
// Under ROOT: directory.db, lab/NAME (the servers' system drives), pki/ (the
// demo CA and signer keys, kept across resets), feed/ (the signed demo feed
// and a tampered copy to try an import refusal with), Logging/.

#include <optional>

#include <QList>
#include <QString>

#include "directory/orgdirectory.h"
#include "model/server.h"

namespace em {

struct DemoServer {
    Server server;
    QString purpose; // what the demo shows with it
    bool unwritableConfig = false; // its site web.config is read-only, so the URL Rewrite action fails
    bool lab = true; // gets a dir: host (the Edge Transport server is never touched and has none)
    // Registered at this build and cycled once, then updated to server.build.
    std::optional<Build> previousBuild;
};

class DemoOrganization
{
public:
    // The servers of the demo, in the order they are registered.
    static QList<DemoServer> servers();
    // <per-user data>/emconsole/demo: the demo's own folder, apart from the
    // admin's directory.
    static QString defaultRoot();
    // ROOT/directory.db
    static QString directoryPath(const QString &root);
    // ROOT/feed/demo-feed.xml: the signed demo feed, as accepted.
    static QString feedPath(const QString &root);
    // ROOT/feed/demo-feed-tampered.xml: the same feed changed after signing.
    static QString tamperedFeedPath(const QString &root);
    // Whether ROOT already holds a complete demo (its directory and its feed).
    static bool exists(const QString &root);
    // The unsigned EOCS document of the demo feed, issued at `issued`.
    static QByteArray feedDocument(const QDateTime &issued);

    // Builds the demo under ROOT and returns the directory's path. The
    // directory is written under a temporary name and renamed when complete,
    // so an interrupted build never leaves a half demo behind. Refuses a ROOT
    // that already holds a demo directory unless `replace`.
    static Result<QString> create(const QString &root, const Actor &actor, bool replace = false);
};

} // namespace em
