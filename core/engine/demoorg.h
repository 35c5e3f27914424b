#pragma once

// The demo organization behind `emconsole --demo`: a fresh org directory with
// eight servers on the builds admins meet in the field (Exchange 2016 CU23,
// 2019 CU12/CU13/CU14, Exchange SE), one Edge Transport, one with mitigations
// turned off, one with a block list, and one whose configuration will be made
// unwritable so its actions fail.
//
// Still to come (they need the feed, host and engine work):
//  - lab roots: each server gets a `dir:` host under ROOT/lab/NAME laid out from
//    tests/fixtures/exchange2019-iis (core/host), and the "unwritable" one a
//    read-only applicationHost.config; see DemoServer::unwritableConfig.
//  - the demo feed: PING1, an M1-style URL Rewrite, an app pool and a service
//    mitigation, signed by a demo CA generated here on first run and trusted
//    through a "demo" trust profile (core/feed), then imported (engine/feedupdate).
//  - one cycle run over every server so each status shows (engine).

#include <QList>
#include <QString>

#include "directory/orgdirectory.h"
#include "model/server.h"

namespace em {

struct DemoServer {
    Server server;
    QString purpose; // what the demo shows with it
    bool unwritableConfig = false; // its lab root's config is made read-only, so applying fails
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
    // Whether ROOT already holds a complete demo directory.
    static bool exists(const QString &root);

    // Builds the demo under ROOT and returns the directory's path. The
    // directory is written under a temporary name and renamed when complete,
    // so an interrupted build never leaves a half demo behind. Refuses a ROOT
    // that already holds a demo directory unless `replace`.
    static Result<QString> create(const QString &root, const Actor &actor, bool replace = false);
};

} // namespace em
