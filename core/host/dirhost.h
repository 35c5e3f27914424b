#pragma once

// dir:PATH — a server root laid out like the server's system drive (a lab
// copy, a staging tree, a mounted admin share). IIS config files are edited in
// place; service and app pool runtime state lives in PATH/EmConsole/state.json.

#include <memory>

#include "iishost.h"

namespace em::host {

class DirHost final : public IisHost
{
public:
    static Result<std::unique_ptr<DirHost>> open(const QString &root, const HostOptions &options);

    Result<QString> configFile(const Action &action) override;
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
    DirHost(const QString &root, const HostOptions &options);
    Result<void> setServiceState(const QString &name, RunState state);
    Result<void> setPoolState(const QString &name, RunState state);
};

} // namespace em::host
