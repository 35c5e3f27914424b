#pragma once

// A private OpenSSH server for the ssh: host tests and the SSH benchmark:
// the Debian /usr/sbin/sshd run in the foreground (-D -e) with a config
// written here (127.0.0.1, a free port, a host key generated per run,
// AuthorizedKeysFile and PidFile in the fixture's folder, the real
// /usr/lib/openssh/sftp-server), logging in the current user (root in CI:
// PermitRootLogin prohibit-password) with a client key generated per run
// and given to libssh explicitly (OpenSSH looks up root's home itself, so
// ~/.ssh is never relied on). Sessions get HOME=<fixture folder>, so that
// the test user's shell start-up files do not run. Stopped, with every
// connection it started, when the fixture goes.
//
// Also a stalled server: a listening socket nobody ever answers on.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace sshtest {

class SshdFixture
{
public:
    // `folder` holds keys, config, pid file and log; made when missing.
    explicit SshdFixture(QString folder);
    ~SshdFixture();
    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;

    // Generates the host and client keys (once) and starts sshd on a free
    // port (the same port again after a stop). `setEnv`: "NAME=value"
    // pairs sshd sets for every session (SetEnv). False with error() on failure.
    bool start(const QStringList &setEnv = {});
    // Stops the listener and every session (SIGKILL to the sessions, as a
    // crash or a pulled cable would end them).
    void stop();
    // Ends every session's processes at once (the listener stays).
    void killSessions();
    // Replaces the host key by a new one (takes effect at the next start).
    bool newHostKey();
    // A second client key that the server does not know.
    QString strangerKey();

    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString user() const { return m_user; }
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] QString clientKey() const { return m_folder + QStringLiteral("/client_ed25519"); }
    [[nodiscard]] QString hostKey() const { return m_folder + QStringLiteral("/host_ed25519"); }
    // The host key's fingerprint as ssh-keygen -lf prints it ("SHA256:...").
    [[nodiscard]] QString hostKeyFingerprint() const;
    // "ssh://USER@127.0.0.1:PORT" + root + "?shell=sh"
    [[nodiscard]] QString locator(const QString &root) const;
    // "127.0.0.1:PORT", the known-hosts key.
    [[nodiscard]] QString endpoint() const;
    [[nodiscard]] qint64 listenerPid() const;
    // The processes sshd started for sessions (and theirs).
    [[nodiscard]] QList<qint64> sessionPids() const;
    // What sshd printed (LogLevel ERROR), for failure messages.
    [[nodiscard]] QByteArray log() const;

private:
    bool keygen(const QString &file);
    QString m_folder;
    QString m_user;
    QString m_error;
    int m_port = 0;
    QProcess m_sshd;
};

// A TCP listener on 127.0.0.1 that completes connections (the kernel does)
// and never sends a byte: an SSH server that hangs.
class StalledServer
{
public:
    StalledServer();
    ~StalledServer();
    StalledServer(const StalledServer &) = delete;
    StalledServer &operator=(const StalledServer &) = delete;
    [[nodiscard]] int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

// Runs a program and returns its standard output (empty on failure).
QByteArray runTool(const QString &program, const QStringList &arguments, int *exitCode = nullptr);

} // namespace sshtest
