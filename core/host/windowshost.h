#pragma once

// windows: — the local Windows server. IIS config files are edited in place
// on the system drive; services and app pools are driven by sc.exe and
// appcmd.exe (paths in HostOptions, so tests run stubs that print the real
// tools' output). The files go through a FileAccess and the tools through a
// CommandRunner: a remote Windows server is the same host over SFTP and SSH.

#include <memory>

#include "commandrunner.h"
#include "iishost.h"

namespace em::host {

class WindowsHost final : public IisHost
{
public:
    static Result<std::unique_ptr<WindowsHost>> open(const HostOptions &options);
    // The same host over other parts (ssh: SFTP files and SSH exec):
    // `files` is the system drive, `stateFiles` + `statePrefix` the state folder.
    static Result<std::unique_ptr<WindowsHost>> open(const QString &locator, std::unique_ptr<FileAccess> files,
        std::unique_ptr<FileAccess> stateFiles, const QString &statePrefix, std::unique_ptr<CommandRunner> commands,
        const HostOptions &options);

    Result<ServiceStatus> serviceStatus(const QString &name) override;
    Result<AppPoolStatus> appPoolStatus(const QString &name) override;

protected:
    Result<void> setServiceStartType(const QString &name, ServiceStartType type) override;
    Result<void> stopService(const QString &name) override;
    Result<void> startService(const QString &name) override;
    Result<QJsonValue> appPoolAutoStartRecord(const QString &name) override;
    Result<void> setAppPoolAutoStart(const QString &name, const QJsonValue &record) override;
    Result<void> stopAppPool(const QString &name) override;
    Result<void> startAppPool(const QString &name) override;

private:
    WindowsHost(QString locator, std::unique_ptr<FileAccess> files, std::unique_ptr<FileAccess> stateFiles,
        QString statePrefix, std::unique_ptr<CommandRunner> commands, const HostOptions &options);

    struct Output {
        int exitCode = 0;
        QString text;
    };
    Result<Output> run(const QString &program, const QStringList &arguments) const;
    Result<Output> sc(const QString &service, const QStringList &arguments) const;
    Result<Output> appcmd(const QString &pool, const QStringList &arguments) const;
    Result<RunState> queryServiceState(const QString &name) const;
    Result<void> waitForService(const QString &name, RunState wanted) const;

    std::unique_ptr<CommandRunner> m_commands;
};

} // namespace em::host
