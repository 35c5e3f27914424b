#pragma once

// ServerHost: the one interface the engine applies actions through. It reads
// and edits a server's IIS configuration (surgically: every byte it did not add
// stays as it was), disables and re-enables services and app pools, and reads
// back the current state so the engine can detect drift.
//
// Implementations: DirHost ("dir:PATH", a server root laid out like the
// system drive; service and app pool state in a state file in the root),
// WindowsHost ("windows:", real paths, sc.exe and appcmd.exe via QProcess)
// and the same over SSH ("ssh://[USER@]HOST[:PORT]/ROOT", sshhost.h).
// Where rules go, backups, the state file: docs/host.md. A ServerHost is
// used from one thread at a time; calls block (file I/O, tool runs), so run
// them off the UI thread. Changes are serialised across processes by a lock
// file in the host's state folder.

#include <atomic>
#include <functional>
#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

#include "model/mitigation.h"

namespace em {

class SshKnownHosts;

// What an action looks like on the server right now.
enum class ActionState {
    Absent, // nothing of the action is there
    InPlace, // exactly what the feed asks for is there
    Differs, // something carrying the action's name is there but differs (older rule, hand edit)
};

struct ActionProbe {
    ActionState state = ActionState::Absent;
    QString detail; // for Differs: what differs, in words an admin understands
};

struct ApplyResult {
    bool changed = false; // false: already in place, nothing written
    QString
        summary; // "added rule 'EEMS M1.1 ...' to C:\\inetpub\\wwwroot\\web.config", "replaced ...: <what differed>"
};

struct HostOptions {
    QString scPath = QStringLiteral("sc.exe"); // windows: only
    QString appcmdPath = QStringLiteral("C:\\Windows\\System32\\inetsrv\\appcmd.exe"); // windows: only
    // The longest any single wait may take: a tool run, a service getting to
    // its new state, the host lock held by another process.
    int processTimeoutMs = 60000;
    // Set (by the engine on cancel or SIGTERM) to end every wait: the wait
    // for the host lock and for a service to change state end at once, a
    // tool still running 5 s later is stopped; the call fails with
    // ErrorCode::Cancelled. A change that needs no wait still completes.
    const std::atomic<bool> *cancel = nullptr;
    bool keepBackups = true; // timestamped copy of a config file before each change
    // windows: only: the drive whose Windows\System32\inetsrv\config and site
    // folders the host edits. On Windows it is the real system drive; tests on
    // other systems point it at a lab root.
    QString systemDrive = QStringLiteral("C:/");
    // windows: only: where the host keeps its state file (what apply changed,
    // for rollback) and config backups; empty: <systemDrive>/ProgramData/EmConsole/host.
    // A dir: host keeps both in PATH/EmConsole.
    QString stateDirectory;
    // ssh: only. The host keys admins accepted (the org directory's, as a
    // snapshot); none: every host key is unknown and refused.
    std::shared_ptr<const SshKnownHosts> knownHosts;
    int connectTimeoutMs = 15000; // ssh: name lookup, TCP, key exchange and login
    int networkTimeoutMs = 30000; // ssh: each file operation over SFTP
    QStringList sshIdentityFiles; // ssh: private keys tried before the agent and ~/.ssh
    QString sshConfigFile; // ssh: empty: ~/.ssh/config and /etc/ssh/ssh_config
    QString serverName; // the server's name in the directory, for messages ("emctl ssh-trust EX01")
    // Tests only: called before each step of writing a config file ("backup",
    // "write": half the bytes written, "commit": before the rename) with the
    // file's local path; returning true makes that step fail as a failing
    // device would.
    std::function<bool(const QString &step, const QString &path)> failAt;
};

enum class ServiceStartType { Boot, System, Automatic, AutomaticDelayed, Manual, Disabled };
enum class RunState { Running, Stopped, StartPending, StopPending, Paused };

QString startTypeName(ServiceStartType type); // "Automatic", "Manual", "Disabled"... (as Get-Service prints)
Result<ServiceStartType> parseStartType(const QString &text);
QString runStateName(RunState state); // "Running", "Stopped"...
Result<RunState> parseRunState(const QString &text);

struct ServiceStatus {
    QString name;
    ServiceStartType startType = ServiceStartType::Automatic;
    RunState state = RunState::Running;
};

struct AppPoolStatus {
    QString name;
    bool autoStart = true;
    RunState state = RunState::Running; // Running = "Started" in IIS terms
};

// A virtual directory of a site, as applicationHost.config's <sites> says.
struct VirtualDirectoryInfo {
    QString site; // "Default Web Site"
    QString path; // "/owa"
    QString applicationPool;
    QString physicalPath; // as written: "C:\Program Files\...\owa"
    QString localPath; // where it is on this host (resolved case-insensitively)
    bool exists = false; // whether that folder exists
    [[nodiscard]] QString target() const { return path == QLatin1String("/") ? site : site + path; }
};

// A host locator checked for what it says, without touching the host:
// "dir:PATH" (PATH not empty, made absolute and clean), "windows:" or
// "ssh://[USER@]HOST[:PORT]/ROOT". Returns the locator as it is stored;
// refuses anything else with a message naming it.
Result<QString> parseHostLocator(const QString &locator);

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

    // Read-only views for the console, the lab helper and drift checks.

    // Every virtual directory of every site.
    virtual Result<QList<VirtualDirectoryInfo>> virtualDirectories() = 0;
    // The local path of the config file an action edits: applicationHost.config
    // for Server-scope UrlRewrite (and DisableAppPool on a dir: host), the
    // site's or vdir's web.config; empty for other actions.
    virtual Result<QString> configFile(const Action &action) = 0;
    virtual Result<ServiceStatus> serviceStatus(const QString &name) = 0;
    virtual Result<AppPoolStatus> appPoolStatus(const QString &name) = 0;
    // Where config backups go (EmConsole/backups under a dir: root).
    [[nodiscard]] virtual QString backupDirectory() const = 0;
};

} // namespace em
