#pragma once

// The small JSON state file of a host: what apply changed, so that rollback
// can restore it (previous start types, autoStart values, URL Rewrite
// containers EM Console created), and for a dir: host the runtime state a
// real server keeps in the SCM and WAS (service start types and states, app
// pool states). Read and written through the host's FileAccess (confined to
// its root, size-capped, replaced atomically) after every change.

#include <optional>

#include <QJsonObject>
#include <QString>

#include "fileaccess.h"
#include "rewriteedit.h"
#include "serverhost.h"

namespace em::host {

class HostState
{
public:
    // `path` is relative to the root of `files`, which must outlive the
    // state. A missing file gives an empty state; a malformed one, a link or
    // a special file an error naming it.
    static Result<HostState> load(FileAccess &files, const QString &path);
    Result<void> save();
    // Puts back the file exactly as load() found it (or removes it when there
    // was none): for undoing a save when the change it recorded failed.
    Result<void> revert();

    [[nodiscard]] QString path() const { return m_path; } // relative to the root of its FileAccess
    [[nodiscard]] bool exists() const { return m_exists; }

    // What an action changed: {"type": ..., "target": ..., "previous...": ...}.
    [[nodiscard]] std::optional<QJsonObject> actionRecord(const QString &actionId) const;
    void setActionRecord(const QString &actionId, const QJsonObject &record);
    void removeActionRecord(const QString &actionId);

    // URL Rewrite containers created per file (key: path relative to the root).
    [[nodiscard]] ContainerJournal containers(const QString &fileKey) const;
    void setContainers(const QString &fileKey, const ContainerJournal &journal);

    // dir: hosts only.
    [[nodiscard]] bool hasServiceList() const;
    void setServiceList(const QList<ServiceStatus> &services);
    // Case-insensitive; std::nullopt for an unknown name.
    [[nodiscard]] std::optional<ServiceStatus> service(const QString &name) const;
    void setService(const ServiceStatus &status);
    [[nodiscard]] std::optional<RunState> appPoolState(const QString &name) const;
    void setAppPoolState(const QString &name, RunState state);

    void setServerName(const QString &name);

    // The Exchange 2019 Mailbox server services a lab knows, with their usual
    // start types (POP3 and IMAP4 are Manual and stopped after setup).
    static QList<ServiceStatus> defaultExchangeServices();

private:
    [[nodiscard]] QString name() const; // how messages name the file

    FileAccess *m_files = nullptr;
    QString m_path;
    bool m_exists = false;
    bool m_existed = false;
    QByteArray m_loadedBytes;
    QJsonObject m_root;
};

} // namespace em::host
