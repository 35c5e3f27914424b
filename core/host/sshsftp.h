#pragma once

// SFTP (version 3, as OpenSSH and Windows OpenSSH speak it) over an SSH
// session channel, and the FileAccess built on it. Internal to core/host.
//
// The protocol is spoken here rather than through libssh's sftp functions
// so that every request has a deadline and honours cancel (libssh's block
// inside), requests can be pipelined (a path's folders looked at in one
// round trip, reads and writes in flight together), and OpenSSH's
// extensions are used: posix-rename@openssh.com (atomic replace),
// fsync@openssh.com, statvfs@openssh.com (telling a full disk apart).

#include <memory>

#include <QHash>
#include <QSet>

#include "fileaccess.h"
#include "sshsession.h"

namespace em::host {

class SftpChannel
{
public:
    struct Attributes {
        bool hasSize = false;
        bool hasPermissions = false;
        bool hasTimes = false;
        quint64 size = 0;
        quint32 permissions = 0; // with the file type bits (S_IFMT)
        quint32 mtime = 0;
    };
    struct Reply {
        quint8 type = 0;
        QByteArray body; // after the request id
    };

    static Result<std::shared_ptr<SftpChannel>> open(std::shared_ptr<SshSession> session);
    ~SftpChannel();
    SftpChannel(const SftpChannel &) = delete;
    SftpChannel &operator=(const SftpChannel &) = delete;

    [[nodiscard]] SshSession &session() const { return *m_session; }
    [[nodiscard]] bool hasExtension(const char *name) const;

    // Sends a request; its id.
    Result<quint32> send(quint8 type, const QByteArray &payload, SshDeadline &deadline, const QString &what);
    // Waits for the reply to `id`.
    Result<Reply> receive(quint32 id, SshDeadline &deadline, const QString &what);
    // The reply to `id` will be dropped when it comes.
    void forget(quint32 id);

private:
    SftpChannel(std::shared_ptr<SshSession> session, ssh_channel_struct *channel);
    Result<void> writeAll(const QByteArray &bytes, SshDeadline &deadline, const QString &what);
    // Reads what has arrived; false when nothing had.
    Result<bool> readAvailable(const QString &what);
    Result<void> takePackets(const QString &what);
    Result<void> init(SshDeadline &deadline);

    std::shared_ptr<SshSession> m_session;
    ssh_channel_struct *m_channel = nullptr;
    QByteArray m_in;
    quint32 m_nextId = 1;
    QHash<quint32, Reply> m_replies;
    QSet<quint32> m_forgotten;
    QSet<QByteArray> m_extensions; // "name version"
    std::optional<QByteArray> m_version; // the VERSION packet, while connecting
};

// The files under `root` on the server (a remote absolute path: "/C:",
// "/srv/lab/EX01"), with the guarantees of localFileAccess; docs/host.md.
std::unique_ptr<FileAccess> sftpFileAccess(std::shared_ptr<SftpChannel> sftp, const QString &root, FaultHook faults);

} // namespace em::host
