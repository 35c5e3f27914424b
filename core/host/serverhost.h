#pragma once

// ServerHost: the one interface the engine applies actions through. It reads
// and edits a server's IIS configuration (surgically: every byte it did not add
// stays as it was), disables and re-enables services and app pools, and reads
// back the current state so the engine can detect drift.
//
// Implementations: DirHost ("dir:PATH", a server root laid out like the
// system drive; service and app pool state in a state file in the root) and
// WindowsHost ("windows:", real paths, sc.exe and appcmd.exe via QProcess).

#include <memory>

#include <QString>

#include "model/mitigation.h"

namespace em {

// What an action looks like on the server right now.
enum class ActionState {
    Absent,  // nothing of the action is there
    InPlace, // exactly what the feed asks for is there
    Differs, // something carrying the action's name is there but differs (older rule, hand edit)
};

struct ActionProbe {
    ActionState state = ActionState::Absent;
    QString detail; // for Differs: what differs, in words an admin understands
};

struct ApplyResult {
    bool changed = false; // false: already in place, nothing written
    QString summary; // "added rule 'EEMS M1.1 ...' to C:\\inetpub\\wwwroot\\web.config", "replaced ...: <what differed>"
};

struct HostOptions {
    QString scPath = QStringLiteral("sc.exe"); // windows: only
    QString appcmdPath = QStringLiteral("C:\\Windows\\System32\\inetsrv\\appcmd.exe"); // windows: only
    int processTimeoutMs = 60000;
    bool keepBackups = true; // timestamped copy of a config file before each change
};

class ServerHost
{
public:
    virtual ~ServerHost() = default;

    // "dir:/srv/lab/EX01" or "windows:". Fails with a clear message for an
    // unknown scheme or a root without applicationHost.config.
    static Result<std::unique_ptr<ServerHost>> create(const QString &locator, const HostOptions &options = {});

    [[nodiscard]] virtual QString locator() const = 0;

    // Reads the current state of the action (no change).
    virtual Result<ActionProbe> probe(const Action &action) = 0;
    // Puts the action in place: adds what is absent, replaces what differs,
    // leaves alone what is in place (no write). Verifies the result took effect.
    virtual Result<ApplyResult> apply(const Action &action) = 0;
    // Removes exactly what apply added and restores what it disabled.
    virtual Result<ApplyResult> rollback(const Action &action) = 0;
};

} // namespace em
