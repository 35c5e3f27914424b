// The ssh: transport against a real OpenSSH server (the Debian sshd, started
// by the fixture on 127.0.0.1): locators, host key trust (unknown refused
// and shown, accepted, changed refused loudly), logins, the SFTP FileAccess
// (the guarantees it shares with the local one are tst_fileconfinement; here
// its exclusive lock with a staleness rule and a missing root), the SSH exec
// CommandRunner (exit codes, output, quoting, time
// limit, cancel), time-outs against a server that never answers, and the
// PowerShell transport with a stand-in powershell.

#include <atomic>
#include <thread>

#include <QHostInfo>
#include <QTcpServer>
#include <QtTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "host/sshhost.h"
#include "hosttestutil.h"
#include "sshdfixture.h"

using namespace em;
using namespace em::host;
using namespace hosttest;
using namespace sshtest;

Q_DECLARE_METATYPE(em::host::RemoteShell)

class TestSshTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void locators_data();
    void locators();
    void commandLines_data();
    void commandLines();

    void unknownHostKeyIsRefusedThenAccepted();
    void changedHostKeyIsRefusedLoudly();
    void wrongUserKeyIsRefused();
    void sshConfigAliasPortUserIdentity();
    void agentLogin();
    void stalledServerTimesOut();
    void cancelEndsTheConnectionAttempt();
    void refusedAndUnknownNames_data();
    void refusedAndUnknownNames();

    void lockIsExclusiveAndStaleLocksAreTaken();
    void missingRoot();

    void commandOutputAndExitCode();
    void argumentsArriveExactly();
    void commandTimeout();
    void commandCancel();
    void powershellScriptAndFetch();

private:
    HostOptions options() const;
    std::unique_ptr<SshTransport> connect(const QString &root, HostOptions o);
    std::unique_ptr<FileAccess> files(const QString &root, FaultHook faults = {});

    QTemporaryDir m_tmp;
    std::unique_ptr<SshdFixture> m_sshd;
    std::shared_ptr<InMemoryKnownHosts> m_known;
    QString m_root; // a fresh root per test (on the "server", which is this machine)
    QString m_outside;
    int m_count = 0;
    std::unique_ptr<SshTransport> m_transport; // the connection of the test's files()
};

void TestSshTransport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_sshd = std::make_unique<SshdFixture>(m_tmp.filePath(QStringLiteral("sshd")));
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    m_known = std::make_shared<InMemoryKnownHosts>();
    m_known->accept(m_sshd->endpoint(),
        SshHostKey {QStringLiteral("ssh-ed25519"), m_sshd->hostKeyFingerprint(), QStringLiteral("test"), {}});
}

void TestSshTransport::init()
{
    m_transport.reset();
    ++m_count;
    m_root = m_tmp.filePath(QStringLiteral("root%1").arg(m_count));
    m_outside = m_tmp.filePath(QStringLiteral("outside%1").arg(m_count));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/a/b")));
    QVERIFY(QDir().mkpath(m_outside));
}

void TestSshTransport::cleanupTestCase()
{
    m_transport.reset();
    m_sshd.reset();
}

HostOptions TestSshTransport::options() const
{
    HostOptions o;
    o.knownHosts = m_known;
    o.sshIdentityFiles = {m_sshd->clientKey()};
    o.connectTimeoutMs = 10000;
    o.networkTimeoutMs = 10000;
    o.serverName = QStringLiteral("EX01");
    return o;
}

std::unique_ptr<SshTransport> TestSshTransport::connect(const QString &root, HostOptions o)
{
    auto transport = SshTransport::connect(m_sshd->locator(root), o);
    if (!transport) {
        qWarning() << transport.error().message;
        return {};
    }
    return std::move(*transport);
}

std::unique_ptr<FileAccess> TestSshTransport::files(const QString &root, FaultHook faults)
{
    if (!m_transport)
        m_transport = connect(root, options());
    if (!m_transport)
        return {};
    auto access = m_transport->files(std::move(faults));
    if (!access) {
        qWarning() << access.error().message;
        return {};
    }
    return std::move(*access);
}

void TestSshTransport::locators_data()
{
    QTest::addColumn<QString>("locator");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::addColumn<QString>("endpointOrMessage");
    QTest::newRow("windows drive") << QStringLiteral("ssh://emadmin@EX01.contoso.com/C:/")
                                   << QStringLiteral("ssh://emadmin@ex01.contoso.com/C:/")
                                   << QStringLiteral("ex01.contoso.com:22");
    QTest::newRow("drive without slash, lower case")
        << QStringLiteral("ssh://emadmin@ex01/c:") << QStringLiteral("ssh://emadmin@ex01/C:/")
        << QStringLiteral("ex01:22");
    QTest::newRow("port, no user") << QStringLiteral("SSH://ex01:2222/C:/") << QStringLiteral("ssh://ex01:2222/C:/")
                                   << QStringLiteral("ex01:2222");
    QTest::newRow("UPN user") << QStringLiteral("ssh://emadmin%40contoso.com@ex01/C:/")
                              << QStringLiteral("ssh://emadmin%40contoso.com@ex01/C:/") << QStringLiteral("ex01:22");
    QTest::newRow("UPN user, raw @") << QStringLiteral("ssh://emadmin@contoso.com@ex01/C:/")
                                     << QStringLiteral("ssh://emadmin%40contoso.com@ex01/C:/")
                                     << QStringLiteral("ex01:22");
    QTest::newRow("domain user") << QStringLiteral("ssh://CONTOSO\\emadmin@ex01/C:/")
                                 << QStringLiteral("ssh://CONTOSO\\emadmin@ex01/C:/") << QStringLiteral("ex01:22");
    QTest::newRow("IPv6") << QStringLiteral("ssh://[2001:DB8::10]:22/C:/")
                          << QStringLiteral("ssh://[2001:db8::10]:22/C:/") << QStringLiteral("[2001:db8::10]:22");
    QTest::newRow("linux root, sh") << QStringLiteral("ssh://root@127.0.0.1:2200/srv/lab/../lab/EX01/?shell=sh")
                                    << QString() << QStringLiteral("'..' is not allowed in the root");
    QTest::newRow("linux root, sh, clean")
        << QStringLiteral("ssh://root@127.0.0.1:2200//srv/lab/EX01/?shell=sh")
        << QStringLiteral("ssh://root@127.0.0.1:2200/srv/lab/EX01?shell=sh") << QStringLiteral("127.0.0.1:2200");
    QTest::newRow("powershell shell") << QStringLiteral("ssh://ex01/C:/?shell=PowerShell")
                                      << QStringLiteral("ssh://ex01/C:/?shell=powershell") << QStringLiteral("ex01:22");
    QTest::newRow("no //") << QStringLiteral("ssh:ex01") << QString()
                           << QStringLiteral("host locator 'ssh:ex01': expected ssh://[USER@]HOST[:PORT]/ROOT");
    QTest::newRow("no root") << QStringLiteral("ssh://ex01") << QString() << QStringLiteral("no root after the host");
    QTest::newRow("root is /") << QStringLiteral("ssh://ex01/") << QString()
                               << QStringLiteral("no root after the host");
    QTest::newRow("no host") << QStringLiteral("ssh://emadmin@/C:/") << QString() << QStringLiteral("no host");
    QTest::newRow("empty user") << QStringLiteral("ssh://@ex01/C:/") << QString()
                                << QStringLiteral("no user name before '@'");
    QTest::newRow("port zero") << QStringLiteral("ssh://ex01:0/C:/") << QString()
                               << QStringLiteral("the port '0' is not a number from 1 to 65535");
    QTest::newRow("port too big") << QStringLiteral("ssh://ex01:70000/C:/") << QString()
                                  << QStringLiteral("the port '70000' is not a number from 1 to 65535");
    QTest::newRow("port not a number") << QStringLiteral("ssh://ex01:ssh/C:/") << QString()
                                       << QStringLiteral("the port 'ssh' is not a number");
    QTest::newRow("empty port") << QStringLiteral("ssh://ex01:/C:/") << QString()
                                << QStringLiteral("no port after ':'");
    QTest::newRow("bare IPv6") << QStringLiteral("ssh://2001:db8::10/C:/") << QString()
                               << QStringLiteral("an IPv6 address goes in brackets");
    QTest::newRow("bad host") << QStringLiteral("ssh://ex 01/C:/") << QString()
                              << QStringLiteral("'ex 01' is not a host name or address");
    QTest::newRow("unknown setting") << QStringLiteral("ssh://ex01/C:/?user=x") << QString()
                                     << QStringLiteral("unknown setting 'user'");
    QTest::newRow("unknown shell") << QStringLiteral("ssh://ex01/C:/?shell=bash") << QString()
                                   << QStringLiteral("shell 'bash' is not known; expected cmd, powershell or sh");
}

void TestSshTransport::locators()
{
    QFETCH(QString, locator);
    QFETCH(QString, stored);
    QFETCH(QString, endpointOrMessage);
    auto parsed = parseHostLocator(locator);
    if (stored.isEmpty()) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.error().message.contains(endpointOrMessage), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(locator), qPrintable(parsed.error().message));
        return;
    }
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(*parsed, stored);
    // The stored form reads back as itself.
    QCOMPARE(*parseHostLocator(*parsed), stored);
    QCOMPARE(parseSshLocator(*parsed)->endpoint(), endpointOrMessage);
}

void TestSshTransport::commandLines_data()
{
    QTest::addColumn<RemoteShell>("shell");
    QTest::addColumn<QStringList>("words"); // program first
    QTest::addColumn<QString>("line"); // empty: refused
    QTest::addColumn<QString>("message");
    const QStringList sc {QStringLiteral("sc.exe"), QStringLiteral("config"), QStringLiteral("MSExchangeIMAP4"),
        QStringLiteral("start="), QStringLiteral("disabled")};
    QTest::newRow("cmd: sc config") << RemoteShell::Cmd << sc
                                    << QStringLiteral("sc.exe config MSExchangeIMAP4 start= disabled") << QString();
    QTest::newRow("cmd: appcmd, a pool with a space")
        << RemoteShell::Cmd
        << QStringList {QStringLiteral("C:\\Windows\\System32\\inetsrv\\appcmd.exe"), QStringLiteral("list"),
               QStringLiteral("apppool"), QStringLiteral("My Pool"), QStringLiteral("/text:*")}
        << QStringLiteral("C:\\Windows\\System32\\inetsrv\\appcmd.exe list apppool \"My Pool\" /text:*") << QString();
    QTest::newRow("cmd: quoted program gets one more pair")
        << RemoteShell::Cmd
        << QStringList {QStringLiteral("C:\\Program Files\\Tools\\sc.exe"), QStringLiteral("query"),
               QStringLiteral("A B\\")}
        << QStringLiteral("\"\"C:\\Program Files\\Tools\\sc.exe\" query \"A B\\\\\"\"") << QString();
    QTest::newRow("cmd: empty argument") << RemoteShell::Cmd << QStringList {QStringLiteral("x.exe"), QString()}
                                         << QStringLiteral("x.exe \"\"") << QString();
    for (const char *bad : {"a&b", "a|b", "a>b", "a<b", "a^b", "%PATH%", "!x!", "a\"b", "(x)", "a\nb"})
        QTest::addRow("cmd refuses %s", bad)
            << RemoteShell::Cmd << QStringList {QStringLiteral("sc.exe"), QString::fromLatin1(bad)} << QString()
            << QStringLiteral("would be interpreted there");
    QTest::newRow("powershell: sc config")
        << RemoteShell::PowerShell << sc << QStringLiteral("& 'sc.exe' 'config' 'MSExchangeIMAP4' 'start=' 'disabled'")
        << QString();
    QTest::newRow("powershell: quote doubled")
        << RemoteShell::PowerShell << QStringList {QStringLiteral("x.exe"), QStringLiteral("O'Brien $x;y")}
        << QStringLiteral("& 'x.exe' 'O''Brien $x;y'") << QString();
    QTest::newRow("powershell refuses a double quote")
        << RemoteShell::PowerShell << QStringList {QStringLiteral("x.exe"), QStringLiteral("a\"b")} << QString()
        << QStringLiteral("would be interpreted there");
    QTest::newRow("powershell refuses a typographic quote")
        << RemoteShell::PowerShell << QStringList {QStringLiteral("x.exe"), QString(QChar(0x2019))} << QString()
        << QStringLiteral("would be interpreted there");
    QTest::newRow("powershell refuses an empty argument")
        << RemoteShell::PowerShell << QStringList {QStringLiteral("x.exe"), QString()} << QString()
        << QStringLiteral("empty argument");
    QTest::newRow("sh") << RemoteShell::Posix << QStringList {QStringLiteral("/x/sc.sh"), QStringLiteral("it's; $(rm)")}
                        << QStringLiteral("'/x/sc.sh' 'it'\\''s; $(rm)'") << QString();
}

void TestSshTransport::commandLines()
{
    QFETCH(RemoteShell, shell);
    QFETCH(QStringList, words);
    QFETCH(QString, line);
    QFETCH(QString, message);
    auto built = remoteCommandLine(shell, words.first(), words.mid(1));
    if (line.isEmpty()) {
        QVERIFY(!built);
        QCOMPARE(built.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(built.error().message.contains(message), qPrintable(built.error().message));
        return;
    }
    QVERIFY2(built, why(built));
    QCOMPARE(QString::fromUtf8(*built), line);
}

void TestSshTransport::unknownHostKeyIsRefusedThenAccepted()
{
    auto known = std::make_shared<InMemoryKnownHosts>();
    HostOptions o = options();
    o.knownHosts = known;
    const QString fingerprint = m_sshd->hostKeyFingerprint();
    QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));

    auto refused = SshTransport::connect(m_sshd->locator(m_root), o);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Verification);
    // The fingerprint ssh-keygen prints, and how to accept it.
    QVERIFY2(
        refused.error().message.contains(QStringLiteral("is not trusted yet")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("the ssh-ed25519 key %1").arg(fingerprint)),
        qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("emctl ssh-trust EX01 --fingerprint %1").arg(fingerprint)),
        qPrintable(refused.error().message));
    // No options.knownHosts at all: refused the same way.
    HostOptions none = options();
    none.knownHosts.reset();
    QVERIFY(!SshTransport::connect(m_sshd->locator(m_root), none));

    // What ssh-trust shows: the presented key, without logging in.
    auto presented = presentedSshHostKey(m_sshd->locator(m_root), o);
    QVERIFY2(presented, why(presented));
    QCOMPARE(presented->type, QStringLiteral("ssh-ed25519"));
    QCOMPARE(presented->fingerprint, fingerprint);
    QVERIFY(isSshFingerprint(presented->fingerprint));

    known->accept(m_sshd->endpoint(), *presented);
    auto accepted = SshTransport::connect(m_sshd->locator(m_root), o);
    QVERIFY2(accepted, why(accepted));
    QCOMPARE((*accepted)->hostKey().fingerprint, fingerprint);
    auto access = (*accepted)->files();
    QVERIFY2(access, why(access));
    QCOMPARE((*access)->status(QStringLiteral("a/b"))->type, FileType::Directory);
}

void TestSshTransport::changedHostKeyIsRefusedLoudly()
{
    const QString before = m_sshd->hostKeyFingerprint();
    auto known = std::make_shared<InMemoryKnownHosts>();
    known->accept(m_sshd->endpoint(),
        SshHostKey {QStringLiteral("ssh-ed25519"), before, QStringLiteral("alice"),
            QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC)});
    HostOptions o = options();
    o.knownHosts = known;
    QVERIFY2(SshTransport::connect(m_sshd->locator(m_root), o), "the accepted key works");

    // The server comes back with another key (reinstalled... or someone in between).
    m_sshd->stop();
    QVERIFY(m_sshd->newHostKey());
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    const QString after = m_sshd->hostKeyFingerprint();
    QVERIFY(after != before);

    auto refused = SshTransport::connect(m_sshd->locator(m_root), o);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Verification);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QStringLiteral("WARNING: the host key of %1 has CHANGED").arg(m_sshd->endpoint())),
        qPrintable(message));
    QVERIFY2(
        message.contains(QStringLiteral("it now presents the ssh-ed25519 key %1").arg(after)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("the accepted key is ssh-ed25519 %1 (accepted by alice on 2026-11-20 "
                                             "09:30 UTC)")
                                  .arg(before)),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Someone may be intercepting the connection")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("emctl ssh-trust EX01 --fingerprint %1").arg(after)), qPrintable(message));

    // The suite's own trust follows the new key.
    m_known->accept(m_sshd->endpoint(), SshHostKey {QStringLiteral("ssh-ed25519"), after, {}, {}});
    QVERIFY2(SshTransport::connect(m_sshd->locator(m_root), options()), "the new key, once accepted");
}

void TestSshTransport::wrongUserKeyIsRefused()
{
    HostOptions o = options();
    o.sshIdentityFiles = {m_sshd->strangerKey()};
    QVERIFY(!o.sshIdentityFiles.first().isEmpty());
    auto refused = SshTransport::connect(m_sshd->locator(m_root), o);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Verification);
    QVERIFY2(
        refused.error().message.contains(QStringLiteral("the server refused the login of '%1'").arg(m_sshd->user())),
        qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(o.sshIdentityFiles.first()), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("the server accepts: publickey")),
        qPrintable(refused.error().message));

    HostOptions missing = options();
    missing.sshIdentityFiles = {m_tmp.filePath(QStringLiteral("no-such-key"))};
    auto unreadable = SshTransport::connect(m_sshd->locator(m_root), missing);
    QVERIFY(!unreadable);
    QVERIFY2(unreadable.error().message.contains(QStringLiteral("cannot read the private key")),
        qPrintable(unreadable.error().message));
}

void TestSshTransport::sshConfigAliasPortUserIdentity()
{
    // As an admin's ~/.ssh/config would have it: an alias with its address,
    // port, user and key. The locator names only the alias.
    const QString config = m_tmp.filePath(QStringLiteral("ssh_config"));
    QVERIFY(writeBytes(config,
        QStringLiteral("Host ex01-lab\n    HostName 127.0.0.1\n    Port %1\n    User %2\n    IdentityFile %3\n")
            .arg(m_sshd->port())
            .arg(m_sshd->user(), m_sshd->clientKey())
            .toUtf8()));
    HostOptions o = options();
    o.sshIdentityFiles.clear(); // the key comes from the config
    o.sshConfigFile = config;
    auto known = std::make_shared<InMemoryKnownHosts>();
    known->accept(QStringLiteral("ex01-lab:22"),
        SshHostKey {QStringLiteral("ssh-ed25519"), m_sshd->hostKeyFingerprint(), {}, {}});
    o.knownHosts = known;
    auto transport = SshTransport::connect(QStringLiteral("ssh://ex01-lab%1?shell=sh").arg(m_root), o);
    QVERIFY2(transport, why(transport));
    QCOMPARE((*transport)->name(),
        QStringLiteral("ssh://%1@127.0.0.1:%2 (ex01-lab)").arg(m_sshd->user()).arg(m_sshd->port()));
    auto out = (*transport)->commands()->run(QStringLiteral("/bin/echo"), {QStringLiteral("hello")}, 10000, nullptr);
    QVERIFY2(out, why(out));
    QCOMPARE(out->standardOutput, QByteArray("hello\n"));

    // A ProxyCommand there is refused, not run.
    QVERIFY(writeBytes(config,
        QStringLiteral("Host ex01-lab\n    HostName 127.0.0.1\n    Port %1\n    ProxyCommand nc %%h %%p\n")
            .arg(m_sshd->port())
            .toUtf8()));
    auto proxied = SshTransport::connect(QStringLiteral("ssh://ex01-lab%1?shell=sh").arg(m_root), o);
    QVERIFY(!proxied);
    QVERIFY2(proxied.error().message.contains(QStringLiteral("ProxyCommand")), qPrintable(proxied.error().message));
}

void TestSshTransport::agentLogin()
{
    // A real ssh-agent holding the client key; no key given to libssh.
    HostOptions o = options();
    o.sshIdentityFiles.clear();
    const QByteArray savedSocket = qgetenv("SSH_AUTH_SOCK");
    qunsetenv("SSH_AUTH_SOCK");
    auto without = SshTransport::connect(m_sshd->locator(m_root), o);
    QVERIFY2(!without, "no agent and no key: refused");
    QVERIFY2(without.error().message.contains(QStringLiteral("the server refused the login")),
        qPrintable(without.error().message));

    const QString socket = m_tmp.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    QVERIFY2(agent.waitForStarted(), qPrintable(agent.errorString()));
    QTRY_VERIFY(QFileInfo::exists(socket));
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    add.setProcessEnvironment(env);
    add.start(QStringLiteral("ssh-add"), {m_sshd->clientKey()});
    QVERIFY(add.waitForFinished());
    QCOMPARE(add.exitCode(), 0);
    qputenv("SSH_AUTH_SOCK", socket.toUtf8());
    auto viaAgent = SshTransport::connect(m_sshd->locator(m_root), o);
    agent.kill();
    agent.waitForFinished();
    if (savedSocket.isEmpty())
        qunsetenv("SSH_AUTH_SOCK");
    else
        qputenv("SSH_AUTH_SOCK", savedSocket);
    QVERIFY2(viaAgent, why(viaAgent));
}

void TestSshTransport::stalledServerTimesOut()
{
    StalledServer stalled;
    QVERIFY(stalled.port() > 0);
    HostOptions o = options();
    o.connectTimeoutMs = 1500;
    QElapsedTimer timer;
    timer.start();
    auto result = SshTransport::connect(QStringLiteral("ssh://root@127.0.0.1:%1/srv?shell=sh").arg(stalled.port()), o);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Network);
    QVERIFY2(result.error().message.contains(QStringLiteral("did not complete the handshake)")),
        qPrintable(result.error().message));
    QVERIFY2(
        result.error().message.contains(QStringLiteral("no answer within 1.5 s")), qPrintable(result.error().message));
    QVERIFY2(elapsed >= 1400 && elapsed < 3500, qPrintable(QString::number(elapsed)));
}

void TestSshTransport::cancelEndsTheConnectionAttempt()
{
    StalledServer stalled;
    std::atomic<bool> cancel {false};
    HostOptions o = options();
    o.connectTimeoutMs = 60000;
    o.cancel = &cancel;
    QElapsedTimer timer;
    timer.start();
    const DelayedCancel later(cancel, 300);
    auto result = SshTransport::connect(QStringLiteral("ssh://root@127.0.0.1:%1/srv?shell=sh").arg(stalled.port()), o);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY2(elapsed < 1300, qPrintable(QString::number(elapsed)));
}

void TestSshTransport::refusedAndUnknownNames_data()
{
    QTest::addColumn<QString>("locator");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing listens") << QStringLiteral("ssh://root@127.0.0.1:%CLOSED%/srv?shell=sh")
                                     << QStringLiteral("127.0.0.1 port %CLOSED% refused the connection");
    QTest::newRow("no such name") << QStringLiteral("ssh://root@no-such-host.invalid/srv?shell=sh")
                                  << QStringLiteral("cannot find the address of 'no-such-host.invalid'");
}

void TestSshTransport::refusedAndUnknownNames()
{
    QFETCH(QString, locator);
    QFETCH(QString, message);
    // A port that was free a moment ago: nothing listens there.
    int closed = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closed = probe.serverPort();
    }
    locator.replace(QLatin1String("%CLOSED%"), QString::number(closed));
    message.replace(QLatin1String("%CLOSED%"), QString::number(closed));
    HostOptions o = options();
    o.connectTimeoutMs = 5000;
    auto result = SshTransport::connect(locator, o);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Network);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void TestSshTransport::lockIsExclusiveAndStaleLocksAreTaken()
{
    auto first = this->files(m_root);
    QVERIFY(first);
    // A second connection, as another admin node would have.
    auto otherTransport = connect(m_root, options());
    QVERIFY(otherTransport);
    auto second = otherTransport->files();
    QVERIFY2(second, why(second));

    auto held = first->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(held, why(held));
    QVERIFY(*held);
    const QByteArray content = readBytes(m_root + QStringLiteral("/a/host.lock"));
    QVERIFY2(content.contains("holder: ") && content.contains("taken: "), content.constData());
    auto other = (*second)->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(other, why(other));
    QVERIFY(!*other); // held elsewhere: no lock, no error
    held->reset();
    QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/a/host.lock")));
    auto now = (*second)->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(now, why(now));
    QVERIFY(*now);
    now->reset();

    // Left by a holder that lost its connection: held until it is stale.
    const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(writeBytes(m_root + QStringLiteral("/a/host.lock"),
        "EM Console host lock\nholder: admin-ws pid 1\ntaken: " + recent.toString(Qt::ISODate).toUtf8() + "\n"));
    auto fresh = first->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(fresh, why(fresh));
    QVERIFY(!*fresh);
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-11 * 60);
    QVERIFY(writeBytes(m_root + QStringLiteral("/a/host.lock"),
        "EM Console host lock\nholder: admin-ws pid 1\ntaken: " + old.toString(Qt::ISODate).toUtf8() + "\n"));
    auto stale = first->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(stale, why(stale));
    QVERIFY(*stale);
    QVERIFY(!readBytes(m_root + QStringLiteral("/a/host.lock")).contains("admin-ws pid 1"));
    stale->reset();

    // From this machine: a process that is still running holds it; one that
    // has ended, or this very process (a lock it no longer holds: its
    // connection was lost before the release), does not.
    const QString here = QHostInfo::localHostName();
    const QString lockFile = m_root + QStringLiteral("/a/host.lock");
    auto lockOf = [&](qint64 pid, const QByteArray &token) {
        return QStringLiteral("EM Console host lock\nholder: %1 pid %2\ntaken: %3\ntoken: %4\n")
            .arg(here)
            .arg(pid)
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), QString::fromLatin1(token))
            .toUtf8();
    };
    QVERIFY(writeBytes(lockFile, lockOf(m_sshd->listenerPid(), "1234")));
    auto running = first->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(running, why(running));
    QVERIFY(!*running);
    QProcess ended;
    ended.start(QStringLiteral("/bin/sleep"), {QStringLiteral("0.2")});
    QVERIFY(ended.waitForStarted());
    const qint64 endedPid = ended.processId();
    QVERIFY(endedPid > 0);
    QVERIFY(ended.waitForFinished());
    QVERIFY(writeBytes(lockFile, lockOf(endedPid, "1234")));
    auto gone = first->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(gone, why(gone));
    QVERIFY(*gone);
    gone->reset();
    QVERIFY(writeBytes(lockFile, lockOf(QCoreApplication::applicationPid(), "5678")));
    auto mine = first->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(mine, why(mine));
    QVERIFY(*mine);
    // While it is held here, another connection of this process waits.
    auto meanwhile = (*second)->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(meanwhile, why(meanwhile));
    QVERIFY(!*meanwhile);
    stale = std::move(*mine);

    // Someone broke our lock meanwhile: the release leaves theirs alone.
    QVERIFY(writeBytes(m_root + QStringLiteral("/a/host.lock"), "EM Console host lock\nholder: other\n"));
    stale->reset();
    QCOMPARE(readBytes(m_root + QStringLiteral("/a/host.lock")), QByteArray("EM Console host lock\nholder: other\n"));
}

void TestSshTransport::missingRoot()
{
    auto transport = connect(m_root + QStringLiteral("/nope"), options());
    QVERIFY(transport);
    auto files = transport->files();
    QVERIFY2(files, why(files));
    auto status = (*files)->status(QStringLiteral("a"));
    QVERIFY(!status);
    QCOMPARE(status.error().code, ErrorCode::NotFound);
    QVERIFY2(
        status.error().message.contains(QStringLiteral("the root '%1/nope' does not exist on the server").arg(m_root)),
        qPrintable(status.error().message));
}

void TestSshTransport::commandOutputAndExitCode()
{
    auto transport = connect(m_root, options());
    QVERIFY(transport);
    auto runner = transport->commands();
    auto out = runner->run(QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), QStringLiteral("printf 'out\\r\\n'; printf 'err' >&2; exit 3")}, 10000, nullptr);
    QVERIFY2(out, why(out));
    QCOMPARE(out->exitCode, 3);
    QCOMPARE(out->standardOutput, QByteArray("out\r\n"));
    QCOMPARE(out->standardError, QByteArray("err"));
    // Several commands on one connection, one after the other.
    for (int i = 0; i < 5; ++i) {
        auto again = runner->run(QStringLiteral("/bin/echo"), {QString::number(i)}, 10000, nullptr);
        QVERIFY2(again, why(again));
        QCOMPARE(again->standardOutput, QByteArray::number(i) + '\n');
    }
    auto missing = runner->run(QStringLiteral("/nonexistent/sc.exe"), {QStringLiteral("query")}, 10000, nullptr);
    QVERIFY2(missing, why(missing));
    QCOMPARE(missing->exitCode, 127); // the shell's "not found"
    // Output over the cap: stopped.
    auto flood = runner->run(
        QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("head -c 6000000 /dev/zero")}, 20000, nullptr);
    QVERIFY(!flood);
    QVERIFY2(flood.error().message.contains(QStringLiteral("printed more than 4 MiB; it was stopped")),
        qPrintable(flood.error().message));
    // A crash is reported as one.
    auto crashed = runner->run(
        QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("kill -SEGV $$")}, 10000, nullptr);
    QVERIFY2(!crashed, crashed ? qPrintable(QString::number(crashed->exitCode)) : "");
    QVERIFY2(
        crashed.error().message.contains(QStringLiteral("crashed (signal SEGV)")), qPrintable(crashed.error().message));
}

void TestSshTransport::argumentsArriveExactly()
{
    auto transport = connect(m_root, options());
    QVERIFY(transport);
    const QStringList arguments {QStringLiteral("start="), QStringLiteral("with space"), QStringLiteral("it's"),
        QStringLiteral("$(touch /tmp/em-pwned)"), QStringLiteral("a;b|c&d"), QStringLiteral("\"quoted\""),
        QStringLiteral("*"), QString(), QStringLiteral("Pool É ü")};
    auto out = transport->commands()->run(
        QStringLiteral("/usr/bin/printf"), QStringList {QStringLiteral("[%s]\\n")} + arguments, 10000, nullptr);
    QVERIFY2(out, why(out));
    QStringList expected;
    for (const QString &a : arguments)
        expected << QLatin1Char('[') + a + QLatin1Char(']');
    QCOMPARE(QString::fromUtf8(out->standardOutput), expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/em-pwned")));
}

void TestSshTransport::commandTimeout()
{
    auto transport = connect(m_root, options());
    QVERIFY(transport);
    QElapsedTimer timer;
    timer.start();
    auto out = transport->commands()->run(QStringLiteral("/bin/sleep"), {QStringLiteral("30")}, 1000, nullptr);
    QVERIFY(!out);
    QVERIFY2(out.error().message.contains(QStringLiteral("sleep 30 did not finish within 1 s; it was stopped")),
        qPrintable(out.error().message));
    QVERIFY(timer.elapsed() < 3000);
    // The connection still serves the next command.
    auto next = transport->commands()->run(QStringLiteral("/bin/echo"), {QStringLiteral("ok")}, 10000, nullptr);
    QVERIFY2(next, why(next));
    QCOMPARE(next->standardOutput, QByteArray("ok\n"));
}

void TestSshTransport::commandCancel()
{
    auto transport = connect(m_root, options());
    QVERIFY(transport);
    std::atomic<bool> cancel {false};
    QElapsedTimer timer;
    timer.start();
    {
        const DelayedCancel later(cancel, 300);
        // A tool in the middle of a change gets 5 s to finish ...
        auto finishing = transport->commands()->run(
            QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("sleep 1; echo done")}, 30000, &cancel);
        QVERIFY2(finishing, why(finishing));
        QCOMPARE(finishing->standardOutput, QByteArray("done\n"));
    }
    // ... one that hangs is stopped then.
    timer.restart();
    auto hung = transport->commands()->run(QStringLiteral("/bin/sleep"), {QStringLiteral("30")}, 60000, &cancel);
    QVERIFY(!hung);
    QCOMPARE(hung.error().code, ErrorCode::Cancelled);
    QVERIFY2(hung.error().message.contains(QStringLiteral("was cancelled and did not end within 5 s")),
        qPrintable(hung.error().message));
    QVERIFY2(timer.elapsed() < 7000, qPrintable(QString::number(timer.elapsed())));
}

void TestSshTransport::powershellScriptAndFetch()
{
    // A stand-in powershell.exe: decodes -EncodedCommand as PowerShell would,
    // keeps the script, and writes the recorded CliXml export where the
    // script says (the last word of its last line).
    const QString stub = m_root + QStringLiteral("/powershell.sh");
    const QString exportFile = qEnvironmentVariable("EM_SOURCE_DIR")
        + QStringLiteral("/tests/fixtures/exchange-clixml/GetExchangeServer-E2016.xml");
    QByteArray script
        = "#!/bin/bash\n"
          "[ \"$1 $2 $3\" = \"-NoProfile -NonInteractive -EncodedCommand\" ] || { echo bad args >&2; exit 2; }\n"
          "printf %s \"$4\" | base64 -d | iconv -f UTF-16LE -t UTF-8 > \"$(dirname \"$0\")/script.ps1\"\n"
          "target=$(tail -n 1 \"$(dirname \"$0\")/script.ps1\" | awk '{print $NF}' | tr -d \"'\")\n"
          "cp '"
        + QFile::encodeName(exportFile) + "' \"$(dirname \"$0\")/$target\"\n";
    QVERIFY(writeBytes(stub, script));
    QVERIFY(QFile::setPermissions(stub, QFile::permissions(stub) | QFileDevice::ExeOwner));
    QVERIFY2(QFileInfo::exists(exportFile), qPrintable(exportFile));

    auto transport = connect(m_root, options());
    QVERIFY(transport);
    const QString ps = QStringLiteral("Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn\n"
                                      "$ErrorActionPreference = \"Stop\" # « quotes », pipes | and $vars\n"
                                      "Get-ExchangeServer | Export-Clixml -Path 'export.xml'");
    auto out = transport->runPowerShell(ps, 10000, stub);
    QVERIFY2(out, why(out));
    QVERIFY2(out->exitCode == 0, out->standardError.constData());
    QCOMPARE(QString::fromUtf8(readBytes(m_root + QStringLiteral("/script.ps1"))), ps);
    auto fetched = transport->fetch(QStringLiteral("export.xml"), configFileLimit);
    QVERIFY2(fetched, why(fetched));
    QCOMPARE(*fetched, readBytes(exportFile));
}

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_sshtransport.moc"
