#include "sshhost.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>

#include "sshcommand.h"
#include "sshsession.h"
#include "sshsftp.h"
#include "windowshost.h"

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

const QString syntax = QStringLiteral("ssh://[USER@]HOST[:PORT]/ROOT");

QString shellName(RemoteShell shell)
{
    switch (shell) {
    case RemoteShell::Cmd:
        return QStringLiteral("cmd");
    case RemoteShell::PowerShell:
        return QStringLiteral("powershell");
    case RemoteShell::Posix:
        return QStringLiteral("sh");
    }
    return {};
}

QString hostPart(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

SshConnectOptions connectOptions(const HostOptions &options)
{
    SshConnectOptions o;
    o.connectTimeoutMs = options.connectTimeoutMs;
    o.operationTimeoutMs = options.networkTimeoutMs;
    o.cancel = options.cancel;
    o.knownHosts = options.knownHosts;
    o.identityFiles = options.sshIdentityFiles;
    o.configFile = options.sshConfigFile;
    o.serverName = options.serverName;
    return o;
}
} // namespace

QString SshLocator::endpoint() const
{
    return hostPart(host) + QLatin1Char(':') + QString::number(port > 0 ? port : 22);
}

QString SshLocator::display() const
{
    QString text = QStringLiteral("ssh://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += hostPart(host);
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

QString SshLocator::toString() const
{
    QString text = QStringLiteral("ssh://");
    if (!user.isEmpty())
        text += QString::fromLatin1(QUrl::toPercentEncoding(user, "\\ ")) + QLatin1Char('@');
    text += hostPart(host);
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QString::fromLatin1(QUrl::toPercentEncoding(root, "/:\\ "));
    if (shell != RemoteShell::Cmd)
        text += QStringLiteral("?shell=") + shellName(shell);
    return text;
}

Result<SshLocator> parseSshLocator(const QString &locator)
{
    auto refuse = [&](const QString &why) {
        return fail(ErrorCode::InvalidArgument, Text::tr("host locator '%1': %2").arg(locator, why));
    };
    if (!locator.startsWith(QLatin1String("ssh://"), Qt::CaseInsensitive))
        return refuse(Text::tr("expected %1, e.g. ssh://emadmin@ex01.contoso.com/C:/").arg(syntax));
    QString rest = locator.mid(6);
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : QUrl::fromPercentEncoding(rest.mid(slash).toUtf8());

    SshLocator result;
    QString hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        result.user = QUrl::fromPercentEncoding(authority.left(at).toUtf8());
        hostPort = authority.mid(at + 1);
        if (result.user.isEmpty())
            return refuse(Text::tr("no user name before '@'"));
        for (const QChar c : std::as_const(result.user)) {
            if (c.unicode() < 0x20 || c == QLatin1Char('/') || c == QLatin1Char(':'))
                return refuse(Text::tr("the user name '%1' is not valid").arg(result.user));
        }
    }
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return refuse(Text::tr("'[' without ']' around an IPv6 address"));
        result.host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return refuse(Text::tr("unexpected '%1' after the address").arg(after));
            portText = after.mid(1);
            if (portText.isEmpty())
                return refuse(Text::tr("no port after ':'"));
        }
        static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f:.]+$"));
        if (!ipv6.match(result.host).hasMatch())
            return refuse(Text::tr("'%1' is not an IPv6 address").arg(result.host));
    } else {
        const qsizetype colon = hostPort.indexOf(QLatin1Char(':'));
        if (colon >= 0 && hostPort.indexOf(QLatin1Char(':'), colon + 1) >= 0)
            return refuse(Text::tr("an IPv6 address goes in brackets: ssh://[2001:db8::10]/C:/"));
        result.host = colon < 0 ? hostPort : hostPort.left(colon);
        if (colon >= 0) {
            portText = hostPort.mid(colon + 1);
            if (portText.isEmpty())
                return refuse(Text::tr("no port after ':'"));
        }
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (!result.host.isEmpty() && !name.match(result.host).hasMatch())
            return refuse(Text::tr("'%1' is not a host name or address").arg(result.host));
    }
    result.host = result.host.toLower();
    if (result.host.isEmpty())
        return refuse(Text::tr("no host; expected %1").arg(syntax));
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (!ok || !digits.match(portText).hasMatch() || port < 1 || port > 65535)
            return refuse(Text::tr("the port '%1' is not a number from 1 to 65535").arg(portText));
        result.port = port;
    }

    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return refuse(Text::tr("no root after the host: give the folder that stands for the server's system drive, "
                               "as its SFTP server names it (/C:/ on Windows OpenSSH), e.g. "
                               "ssh://emadmin@ex01.contoso.com/C:/"));
    for (const QString &part : parts) {
        if (part == QLatin1String(".") || part == QLatin1String("..") || part.contains(QLatin1Char('\\')))
            return refuse(Text::tr("'%1' is not allowed in the root").arg(part));
        for (const QChar c : part) {
            if (c.unicode() < 0x20)
                return refuse(Text::tr("the root contains a control character"));
        }
    }
    result.root = QLatin1Char('/') + parts.join(QLatin1Char('/'));
    static const QRegularExpression drive(QStringLiteral("^/[A-Za-z]:$"));
    if (drive.match(result.root).hasMatch())
        result.root = result.root.left(2).toUpper() + QStringLiteral(":/");

    if (!query.isEmpty()) {
        for (const QString &item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype equals = item.indexOf(QLatin1Char('='));
            const QString key = item.left(equals);
            const QString value = equals < 0 ? QString() : item.mid(equals + 1).toLower();
            if (key != QLatin1String("shell"))
                return refuse(Text::tr("unknown setting '%1'; the only one is shell=cmd|powershell|sh").arg(key));
            if (value == QLatin1String("cmd"))
                result.shell = RemoteShell::Cmd;
            else if (value == QLatin1String("powershell"))
                result.shell = RemoteShell::PowerShell;
            else if (value == QLatin1String("sh"))
                result.shell = RemoteShell::Posix;
            else
                return refuse(Text::tr("shell '%1' is not known; expected cmd, powershell or sh").arg(value));
        }
    }
    return result;
}

SshTransport::SshTransport(SshLocator locator, std::shared_ptr<SshSession> session)
    : m_locator(std::move(locator)), m_session(std::move(session))
{ }

SshTransport::~SshTransport() = default;

Result<std::unique_ptr<SshTransport>> SshTransport::connect(const QString &locator, const HostOptions &options)
{
    auto parsed = parseSshLocator(locator);
    if (!parsed)
        return fail(parsed.error());
    auto session = SshSession::connect(*parsed, connectOptions(options));
    if (!session)
        return fail(session.error());
    return std::unique_ptr<SshTransport>(new SshTransport(*parsed, std::move(*session)));
}

QString SshTransport::name() const
{
    return m_session->name();
}

SshHostKey SshTransport::hostKey() const
{
    return m_session->hostKey();
}

Result<std::unique_ptr<FileAccess>> SshTransport::files(FaultHook faults)
{
    if (!m_sftp) {
        auto sftp = SftpChannel::open(m_session);
        if (!sftp)
            return fail(sftp.error());
        m_sftp = std::move(*sftp);
    }
    return sftpFileAccess(m_sftp, m_locator.root, std::move(faults));
}

std::unique_ptr<CommandRunner> SshTransport::commands()
{
    return sshCommandRunner(m_session, m_locator.shell);
}

Result<CommandOutput> SshTransport::runPowerShell(const QString &script, int timeoutMs, const QString &powershell)
{
    // -EncodedCommand takes the script as UTF-16LE in base64: nothing in it
    // meets the shell's quoting.
    QByteArray utf16;
    utf16.reserve(script.size() * 2);
    for (const QChar c : script) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    return commands()->run(powershell,
        {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-EncodedCommand"),
            QString::fromLatin1(utf16.toBase64())},
        timeoutMs, m_session->options().cancel);
}

Result<QByteArray> SshTransport::fetch(const QString &path, qint64 limit)
{
    auto access = files();
    if (!access)
        return fail(access.error());
    return (*access)->read(path, limit);
}

Result<std::unique_ptr<ServerHost>> openSshHost(const QString &locator, const HostOptions &options)
{
    auto transport = SshTransport::connect(locator, options);
    if (!transport)
        return fail(transport.error());
    const QString stored = (*transport)->locator().toString();
    auto files = (*transport)->files(options.failAt);
    if (!files)
        return fail(files.error());
    // The state file, backups and the host lock live on the server (so
    // that every admin and service node sees the same), in the same place
    // as on windows: <system drive>/ProgramData/EmConsole/host.
    auto stateFiles = (*transport)->files();
    if (!stateFiles)
        return fail(stateFiles.error());
    // The parts share the connection; it ends with the host.
    auto host = WindowsHost::open(stored, std::move(*files), std::move(*stateFiles),
        QStringLiteral("ProgramData/EmConsole/host"), (*transport)->commands(), options);
    if (!host)
        return fail(host.error());
    return std::unique_ptr<ServerHost>(std::move(*host));
}

Result<SshHostKey> presentedSshHostKey(const QString &locator, const HostOptions &options)
{
    auto parsed = parseSshLocator(locator);
    if (!parsed)
        return fail(parsed.error());
    return SshSession::presentedKey(*parsed, connectOptions(options));
}

} // namespace em::host
