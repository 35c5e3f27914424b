#pragma once

// What both host kinds share: IIS config files under a root that stands for
// the system drive (URL Rewrite edits, site and vdir lookup, backups, atomic
// writes) and the bookkeeping of DisableService / DisableAppPool. DirHost and
// WindowsHost supply the service and app pool operations.
//
// Every file is read and written through a FileAccess (the config files
// under the root, and the host's own state folder), never by path: that is
// what keeps every access inside the root, and what lets another transport
// (SFTP) carry the same edits.

#include <memory>

#include <QJsonValue>

#include "fileaccess.h"
#include "hoststate.h"
#include "iisconfig.h"
#include "serverhost.h"

namespace em::host {

class IisHost : public ServerHost
{
public:
    // `files`: the system drive (its root stands for C:\). `stateFiles` and
    // `statePrefix`: the folder where the state file, the backups and the
    // host lock live (a FileAccess of its own, without test faults).
    IisHost(QString locator, std::unique_ptr<FileAccess> files, std::unique_ptr<FileAccess> stateFiles,
        QString statePrefix, HostOptions options);

    [[nodiscard]] QString locator() const override { return m_locator; }
    Result<ActionProbe> probe(const Action &action) override;
    Result<ApplyResult> apply(const Action &action) override;
    Result<ApplyResult> rollback(const Action &action) override;

    Result<QList<VirtualDirectoryInfo>> virtualDirectories() override;
    Result<QString> configFile(const Action &action) override;
    [[nodiscard]] QString backupDirectory() const override;

    [[nodiscard]] QString applicationHostPath() const; // local
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

    [[nodiscard]] QString stateFilePath() const; // for messages
    [[nodiscard]] QString statePath(const QString &name) const; // relative to m_stateFiles
    Result<HostState> loadState() const;

    // The file read for editing; `text` decoded, `bytes` as on disk.
    struct LoadedConfig {
        QString relative; // under the root
        QString path; // local
        QString name; // how messages name it
        QByteArray bytes;
        ConfigText config;
        bool exists = true;
    };
    // A missing file gives exists = false; a link, a special file or a file
    // over the size cap an error naming it.
    Result<LoadedConfig> readConfig(const QString &relativePath) const;
    // Checks the file can be written (an existing file without any write bit
    // is read-only, like the Windows attribute), keeps a backup, replaces it
    // atomically. On failure the file keeps its original bytes. An empty
    // `newBytes` with `remove` deletes the file (after the backup).
    Result<void> writeConfig(const LoadedConfig &file, const QByteArray &newBytes, bool remove = false) const;
    Result<void> checkWritable(const LoadedConfig &file) const;
    void removeInterruptedWrites(const QString &relativePath, const QByteArray &written) const;
    [[nodiscard]] QString displayName(const QString &relativePath) const;
    Result<std::unique_ptr<FileLock>> lockHost() const;
    // Fails with Cancelled once HostOptions::cancel is set.
    [[nodiscard]] Result<void> checkCancelled(const QString &what) const;
    // Waits `ms`, or less when cancelled.
    void pause(int ms) const;
    // applicationHost.config, relative to the root, in the case it has on disk.
    [[nodiscard]] QString applicationHostRelative() const;
    // A relative path with each existing segment in the case it has on disk
    // (Windows paths are case-insensitive); missing segments as written.
    Result<QString> resolveCase(const QString &relativePath) const;

    QString m_locator;
    ServerPaths m_paths;
    std::unique_ptr<FileAccess> m_files;
    std::unique_ptr<FileAccess> m_stateFiles;
    QString m_statePrefix;
    HostOptions m_options;

private:
    struct RewriteTarget {
        QString file; // relative to the root
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
