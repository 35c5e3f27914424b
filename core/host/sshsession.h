#pragma once

// SshSession: one SSH connection to a server (libssh), used by the SFTP file
// access and the SSH exec command runner of an ssh: host. Internal to
// core/host (sshhost.h is the public side).
//
// Every wait has a deadline and honours the cancel flag: the session is
// non-blocking and waits by polling its socket in slices of at most 50 ms.
// Connecting (name lookup, TCP, key exchange, host key check, login) has
// its own time limit; each later request a per-operation one. Cancel ends
// a wait at once, except for a change in progress on the server (an upload,
// a rename, a tool run), which gets the same 5 s grace as a local tool.
// A session that timed out, was cancelled in the middle of a request or
// lost its connection is broken: every later call fails at once, naming the
// first cause.

#include <atomic>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

#include "model/error.h"
#include "model/sshknownhosts.h"

struct ssh_session_struct;
struct ssh_channel_struct;
struct ssh_channel_callbacks_struct;

namespace em::host {

struct SshLocator;

struct SshConnectOptions {
    int connectTimeoutMs = 15000; // name lookup, TCP, key exchange and login together
    int operationTimeoutMs = 30000; // each request after that (an SFTP request and its reply)
    const std::atomic<bool> *cancel = nullptr;
    std::shared_ptr<const SshKnownHosts> knownHosts;
    // Private keys tried first (then the agent, ~/.ssh/id_* and IdentityFile).
    QStringList identityFiles;
    // The ssh_config file read for Host aliases, HostName, Port, User and
    // IdentityFile; empty: ~/.ssh/config, then /etc/ssh/ssh_config.
    QString configFile;
    QString serverName; // how messages name the server ("emctl ssh-trust EX01")
};

// How long a wait may last, and what cancel does to it.
class SshDeadline
{
public:
    enum Kind {
        Interruptible, // cancel ends it at once (connecting, reading)
        Finishing, // a change on the server in progress: cancel gives it 5 s more
    };
    SshDeadline(int timeoutMs, const std::atomic<bool> *cancel, Kind kind);

    // Fails with Cancelled or a time-out naming `what`; otherwise the
    // milliseconds left (at least 1).
    Result<int> check(const QString &what);
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }

private:
    int m_timeoutMs;
    QDeadlineTimer m_deadline;
    const std::atomic<bool> *m_cancel;
    Kind m_kind;
    QDeadlineTimer m_grace;
    bool m_cancelSeen = false;
};

class SshSession
{
public:
    // Connects, checks the host key against `options.knownHosts` (refusing
    // an unknown or changed key before logging in) and logs in.
    static Result<std::shared_ptr<SshSession>> connect(const SshLocator &locator, const SshConnectOptions &options);
    // Connects and returns the host key the server presents, without
    // checking it and without logging in (emctl ssh-trust).
    static Result<SshHostKey> presentedKey(const SshLocator &locator, const SshConnectOptions &options);

    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // "ssh://emadmin@ex01.contoso.com:22", for messages.
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] const SshHostKey &hostKey() const { return m_hostKey; }
    [[nodiscard]] const SshConnectOptions &options() const { return m_options; }
    [[nodiscard]] SshDeadline deadline(SshDeadline::Kind kind) const;
    [[nodiscard]] SshDeadline deadline(int timeoutMs, SshDeadline::Kind kind) const;

    // A session channel running `command` (exec; `callbacks` are set
    // before it starts, so that no exit status is missed) or the subsystem.
    Result<ssh_channel_struct *> openExec(
        const QByteArray &command, ssh_channel_callbacks_struct *callbacks, SshDeadline &deadline);
    Result<ssh_channel_struct *> openSubsystem(const char *subsystem, SshDeadline &deadline);
    // Closes and frees a channel (never waits).
    void closeChannel(ssh_channel_struct *channel);

    // Waits until the socket has something to read (or can take pending
    // output), at most 50 ms; fails when the deadline passed or on cancel.
    Result<void> wait(SshDeadline &deadline, const QString &what);

    // Waits at most `ms` for the socket, without a deadline of its own.
    void pollOnce(int ms);

    // Marks the session unusable; later calls fail with this error.
    em::Unexpected<Error> broken(const Error &error);
    [[nodiscard]] Result<void> usable() const;
    // The libssh error of the session, for messages.
    [[nodiscard]] QString lastError() const;

private:
    SshSession(ssh_session_struct *session, QString name, SshConnectOptions options);
    Result<ssh_channel_struct *> openChannel(SshDeadline &deadline, const QString &what);

    ssh_session_struct *m_session = nullptr;
    QString m_name;
    SshConnectOptions m_options;
    SshHostKey m_hostKey;
    std::optional<Error> m_broken;
};

} // namespace em::host
