#pragma once

// What both host kinds share: IIS config files under a root that stands for
// the system drive (URL Rewrite edits, site and vdir lookup, backups, atomic
// writes) and the bookkeeping of DisableService / DisableAppPool. DirHost and
// WindowsHost supply the service and app pool operations.

#include <memory>

#include <QJsonValue>

class QLockFile;

#include "hoststate.h"
#include "iisconfig.h"
#include "serverhost.h"

namespace em::host {

class IisHost : public ServerHost
{
public:
    IisHost(QString locator, const QString &root, QString stateDirectory, HostOptions options);

    [[nodiscard]] QString locator() const override { return m_locator; }
    Result<ActionProbe> probe(const Action &action) override;
    Result<ApplyResult> apply(const Action &action) override;
    Result<ApplyResult> rollback(const Action &action) override;

    Result<QList<VirtualDirectoryInfo>> virtualDirectories() override;
    Result<QString> configFile(const Action &action) override;
    [[nodiscard]] QString backupDirectory() const override;

    [[nodiscard]] QString applicationHostPath() const;
    [[nodiscard]] const ServerPaths &paths() const { return m_paths; }

protected:
    // Service operations (the start type and state are read with serviceStatus()).
    virtual Result<void> setServiceStartType(const QString &name, ServiceStartType type) = 0;
    virtual Result<void> stopService(const QString &name) = 0;
    virtual Result<void> startService(const QString &name) = 0;
    // App pool autoStart as a value to remember and give back: what the host
    // needs to restore it exactly (dir: the raw attribute, null when absent).
    virtual Result<QJsonValue> appPoolAutoStartRecord(const QString &name) = 0;
    virtual Result<void> setAppPoolAutoStart(const QString &name, const QJsonValue &record) = 0;
    virtual Result<void> stopAppPool(const QString &name) = 0;
    virtual Result<void> startAppPool(const QString &name) = 0;

    [[nodiscard]] QString stateFilePath() const;
    Result<HostState> loadState() const;

    // The file read for editing; `text` decoded, `bytes` as on disk.
    struct LoadedConfig {
        QString path; // local
        QString name; // how messages name it
        QByteArray bytes;
        ConfigText config;
        bool exists = true;
    };
    Result<LoadedConfig> readConfig(const QString &localPath) const;
    // Checks the file can be written (an existing file without any write bit
    // is read-only, like the Windows attribute), keeps a backup, writes through
    // QSaveFile. On failure the file keeps its original bytes. An empty
    // `newBytes` with `remove` deletes the file (after the backup).
    Result<void> writeConfig(const LoadedConfig &file, const QByteArray &newBytes, bool remove = false) const;
    Result<void> checkWritable(const LoadedConfig &file) const;
    [[nodiscard]] QString displayName(const QString &localPath) const;
    Result<std::unique_ptr<QLockFile>> lockHost() const;

    QString m_locator;
    ServerPaths m_paths;
    QString m_stateDirectory;
    HostOptions m_options;

private:
    struct RewriteTarget {
        QString file; // local path
        QString locationPath; // Server scope with a target
        bool mayCreate = false; // a site's or vdir's web.config that does not exist yet
    };
    Result<RewriteTarget> rewriteTarget(const Action &action);
    Result<QList<IisSite>> sites();
    QByteArray m_sitesBytes; // applicationHost.config as last parsed for m_sites
    QList<IisSite> m_sites;

    Result<ActionProbe> probeRewrite(const Action &action);
    Result<ApplyResult> applyRewrite(const Action &action);
    Result<ApplyResult> rollbackRewrite(const Action &action);
    Result<ActionProbe> probeService(const Action &action);
    Result<ApplyResult> applyService(const Action &action);
    Result<ApplyResult> rollbackService(const Action &action);
    Result<ActionProbe> probeAppPool(const Action &action);
    Result<ApplyResult> applyAppPool(const Action &action);
    Result<ApplyResult> rollbackAppPool(const Action &action);
    Result<void> checkServerAction(const Action &action, const QString &what) const;
};

// The new web.config a site or vdir gets when it has none (IIS writes the same).
QString newWebConfigText();

} // namespace em::host
