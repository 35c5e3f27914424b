#pragma once

// Lab servers: a dir: host root made from real IIS configuration of an
// Exchange 2019 server (tests/fixtures/exchange2019-iis, built into emcore),
// laid out as on the server's system drive, so that the engine, the console
// and the demo apply mitigations to real files.

#include <QStringList>

#include "model/error.h"

namespace em {

struct LabServerOptions {
    // Folder holding applicationHost.config and <Site>[-<vdir>]_web.config
    // files (DefaultWebSite_web.config, DefaultWebSite-OWA_web.config,
    // ExchangeBackEnd-OWA_web.config...). Empty: the built-in copy.
    QString sourceDirectory;
    QString serverName; // recorded in EmConsole/state.json
};

struct LabServer {
    QString root; // absolute
    QString locator; // "dir:" + root
    QString applicationHostConfig; // local path
    QStringList webConfigs; // local paths, in the order laid out
    QStringList services; // the services the lab knows (for DisableService)
};

// The built-in source (":/em/lab/exchange2019-iis").
QString builtinLabSource();

// Lays out a lab server under `root`, which must not exist or be empty:
// applicationHost.config at root/Windows/System32/inetsrv/config/, every
// site and vdir folder named in its <sites>, each source web.config at the
// physical path of its site or vdir, and EmConsole/state.json with the
// Exchange services the lab knows. Built in a sibling temporary folder and
// renamed into place, so a failure leaves nothing behind.
Result<LabServer> createLabServer(const QString &root, const LabServerOptions &options = {});

} // namespace em
