#pragma once

// What the benchmark programs share: generators for a large org directory
// (thousands of servers, hundreds of thousands of action statuses, written
// through OrgDirectory as the engine writes them) and for a lab organization
// of dir: servers built from the real IIS fixtures; timing statistics; the
// machine description and peak memory the results are reported with.

#include <functional>
#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

#include "model/error.h"
#include "model/mitigation.h"

namespace em {
class OrgDirectory;
}

namespace em::bench {

// The engine of a directory locator, as RESULT lines name it: "sqlite" (a
// file path) or "postgresql" (a postgresql:// URI).
QString engineOf(const QString &locator);
// The locator of another database on the same PostgreSQL server.
QString withDatabase(const QString &postgresLocator, const QString &database);
// A new empty database `database` on the server of `postgresLocator` (the
// locator of any database there), made with psql (dropped first when a run
// before left it); its locator.
Result<QString> newPostgresDatabase(const QString &postgresLocator, const QString &database);
// Where a benchmark keeps a directory of its own named `name`: a file
// folder/name.db, or, when `postgresServer` is set, a new database `name` on
// that server.
Result<QString> newDirectoryLocator(const QString &folder, const QString &postgresServer, const QString &name);
// Opens a new directory: an SQLite file that must not exist yet, or an empty
// PostgreSQL database (its schema is created).
Result<std::unique_ptr<OrgDirectory>> createDirectory(const QString &locator);

// A catalog of `actions` actions (PING1 first, then mitigations of two
// actions each, cycling through the four action types and the three
// UrlRewrite scopes), with realistic descriptions and rules.
Catalog largeCatalog(int actions);

struct LargeDirectoryOptions {
    int servers = 10000;
    int actionsPerServer = 30;
    std::function<void(int done, int total)> progress;
};

// Builds a directory at `locator` (createDirectory: a new file or an empty
// database): the servers (a mix of
// builds, 2% Edge Transport, some with blocks or mitigations off), the catalog
// accepted with OrgDirectory::acceptFeed, and one recorded cycle per server
// (Applied, NotApplicable, Blocked, Failed, Disabled, Pending statuses with
// their details and times, and the cycle's events), each server one
// OrgDirectory::recordCycle transaction as the engine writes it.
Result<void> buildLargeDirectory(const QString &locator, const LargeDirectoryOptions &options);

struct LabOrganizationOptions {
    int servers = 1000;
    std::function<void(int done, int total)> progress;
};

// Lays out `servers` lab servers under `labRoot` (createLabServer, the real
// Exchange 2019 IIS fixtures) and registers them in a new directory at
// `directory` (createDirectory) with host dir:<root>, build 15.2.1118.7 (Exchange 2019 CU12),
// and a catalog of PING1 and one Site-scope URL Rewrite (M1.1 on Default Web
// Site) accepted through OrgDirectory::acceptFeed.
Result<QStringList> buildLabOrganization(
    const QString &labRoot, const QString &directory, const LabOrganizationOptions &options);
Catalog labCatalog();

struct Stats {
    int n = 0;
    double median = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
};
Stats statsOf(QList<double> values);
// "median 12.34 ms (min 11.90, max 13.02, n=7)"
QString statsText(const Stats &stats, const QString &unit, int decimals = 2);

// nproc, CPU model, RAM, Qt version, and the load average now.
QString machineDescription();
QString loadAverage(); // "/proc/loadavg" first three fields
double loadAverage1(); // the 1-minute load average
// Peak resident memory of this process (VmHWM), in MiB.
double peakMemoryMiB();
// Peak resident memory of another running process, in MiB (0 when unknown).
double peakMemoryMiB(qint64 pid);

// Waits (up to `maxSeconds`) until the 1-minute load average drops below
// `threshold`; returns the load when it stopped waiting.
double waitForQuietMachine(double threshold, int maxSeconds);

} // namespace em::bench
