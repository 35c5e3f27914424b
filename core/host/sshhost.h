#pragma once

// ssh: hosts — a remote Windows server reached over SSH, agentless (OpenSSH
// Server ships with Windows Server 2019 and later). The host is the
// windows: host built from other parts: its files through SFTP under ROOT,
// its tools (sc.exe, appcmd.exe) run over the same connection. One
// connection per host object, opened when the host is created and closed
// with it: the cycle creates one host per server, so one SSH session per
// server per cycle. docs/host.md ("ssh: hosts") has the details.
//
//   ssh://[USER@]HOST[:PORT]/ROOT[?shell=cmd|powershell|sh]
//   ssh://emadmin@ex01.contoso.com/C:/

#include <memory>

#include "commandrunner.h"
#include "fileaccess.h"
#include "model/sshknownhosts.h"
#include "serverhost.h"

namespace em::host {

// The shell the server's SSH daemon runs commands with: cmd.exe is Windows
// OpenSSH's default; an admin may have set DefaultShell to PowerShell;
// sh is the POSIX shell of a Linux server (the tests' sshd).
enum class RemoteShell { Cmd, PowerShell, Posix };

struct SshLocator {
    QString user; // empty: ~/.ssh/config's User, else the local user name
    QString host; // a name, an address or a ~/.ssh/config Host alias, lower case
    int port = 0; // 0: ~/.ssh/config's Port, else 22
    QString root; // the system drive as the server's SFTP names it: "/C:/"
    RemoteShell shell = RemoteShell::Cmd;

    // The key of the accepted host keys: "host:port" as the locator names
    // them (22 when no port is given): "ex01.contoso.com:22".
    [[nodiscard]] QString endpoint() const;
    // "ssh://emadmin@ex01.contoso.com", for messages.
    [[nodiscard]] QString display() const;
    // The locator as it is stored.
    [[nodiscard]] QString toString() const;
};

// Checks an ssh:// locator without connecting; refusals name the locator
// and what is wrong.
Result<SshLocator> parseSshLocator(const QString &locator);

// The command line that makes the server's shell run `program` with exactly
// `arguments` (docs/host.md, "Commands over SSH"). cmd.exe: arguments with
// spaces are put in double quotes; characters cmd.exe or the program's
// argument parser would interpret (" % ! ^ & | < > ( ) and control
// characters) are refused. PowerShell: each word in single quotes, called
// with &; double quotes and empty arguments are refused (Windows PowerShell
// passes them on wrongly). sh: each word in single quotes.
Result<QByteArray> remoteCommandLine(RemoteShell shell, const QString &program, const QStringList &arguments);

class SshSession;
class SftpChannel;

// One connection to a server: its files under ROOT by SFTP and its programs
// by SSH exec. Used by the ssh: host and by what else reaches a server (the
// vendor's state through PowerShell: emctl exchange import --from).
class SshTransport
{
public:
    // Connects (HostOptions: knownHosts, connectTimeoutMs, networkTimeoutMs,
    // cancel, sshIdentityFiles, sshConfigFile, serverName). An unknown or
    // changed host key, a refused login, a server that does not answer fail
    // here with a message naming the server and the cause.
    static Result<std::unique_ptr<SshTransport>> connect(const QString &locator, const HostOptions &options);
    ~SshTransport();
    SshTransport(const SshTransport &) = delete;
    SshTransport &operator=(const SshTransport &) = delete;

    [[nodiscard]] const SshLocator &locator() const { return m_locator; }
    [[nodiscard]] QString name() const; // "ssh://emadmin@ex01.contoso.com:22"
    [[nodiscard]] SshHostKey hostKey() const;

    // The files under ROOT (several may be open on one connection; they
    // share its SFTP channel). `faults`: tests only, as for localFileAccess.
    Result<std::unique_ptr<FileAccess>> files(FaultHook faults = {});
    // Programs run through the server's shell on this connection.
    std::unique_ptr<CommandRunner> commands();

    // Runs a PowerShell script: `powershell` -NoProfile -NonInteractive
    // -EncodedCommand <the script, UTF-16LE, base64> (the script never
    // meets the shell's quoting).
    Result<CommandOutput> runPowerShell(
        const QString &script, int timeoutMs, const QString &powershell = QStringLiteral("powershell.exe"));
    // A file's bytes by SFTP (a path relative to ROOT, with the same checks
    // as every host file: no link followed, no special file, `limit`).
    Result<QByteArray> fetch(const QString &path, qint64 limit);

private:
    SshTransport(SshLocator locator, std::shared_ptr<SshSession> session);
    SshLocator m_locator;
    std::shared_ptr<SshSession> m_session;
    std::shared_ptr<SftpChannel> m_sftp; // opened at the first files()
};

// The ssh: ServerHost (a WindowsHost over an SshTransport).
Result<std::unique_ptr<ServerHost>> openSshHost(const QString &locator, const HostOptions &options);

// Connects and returns the host key the server presents, without checking
// it and without logging in (what emctl ssh-trust shows).
Result<SshHostKey> presentedSshHostKey(const QString &locator, const HostOptions &options);

} // namespace em::host
