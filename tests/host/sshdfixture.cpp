#include "sshdfixture.h"

#include <csignal>

#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace sshtest {

namespace {
const QString sshd = QStringLiteral("/usr/sbin/sshd");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool accepting(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    return socket.waitForConnected(200);
}

qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

QList<qint64> descendantsOf(qint64 root)
{
    QList<qint64> all;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    QHash<qint64, qint64> parents;
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok)
            parents.insert(pid, parentOf(pid));
    }
    QList<qint64> frontier {root};
    while (!frontier.isEmpty()) {
        const qint64 parent = frontier.takeFirst();
        for (auto it = parents.begin(); it != parents.end(); ++it) {
            if (it.value() == parent && !all.contains(it.key())) {
                all << it.key();
                frontier << it.key();
            }
        }
    }
    return all;
}
} // namespace

QByteArray runTool(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

SshdFixture::SshdFixture(QString folder) : m_folder(std::move(folder))
{
    if (const passwd *pw = ::getpwuid(::getuid()))
        m_user = QString::fromLocal8Bit(pw->pw_name);
}

SshdFixture::~SshdFixture()
{
    stop();
}

bool SshdFixture::keygen(const QString &file)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral(".pub"));
    int code = 0;
    runTool(QStringLiteral("ssh-keygen"),
        {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
            QStringLiteral("-C"), QStringLiteral("em-test"), QStringLiteral("-f"), file},
        &code);
    if (code != 0 || !QFile::exists(file)) {
        m_error = QStringLiteral("ssh-keygen could not make %1").arg(file);
        return false;
    }
    return true;
}

bool SshdFixture::newHostKey()
{
    return keygen(hostKey());
}

QString SshdFixture::strangerKey()
{
    const QString file = m_folder + QStringLiteral("/stranger_ed25519");
    if (!QFile::exists(file) && !keygen(file))
        return {};
    return file;
}

bool SshdFixture::start(const QStringList &setEnv)
{
    if (!QFile::exists(sshd)) {
        m_error = QStringLiteral("%1 is missing: install openssh-server (packaging/bootstrap.sh)").arg(sshd);
        return false;
    }
    QDir().mkpath(m_folder);
    if (!QFile::exists(hostKey()) && !keygen(hostKey()))
        return false;
    if (!QFile::exists(clientKey()) && !keygen(clientKey()))
        return false;
    QFile pub(clientKey() + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly) || !writeFile(m_folder + QStringLiteral("/authorized_keys"), pub.readAll())) {
        m_error = QStringLiteral("cannot write authorized_keys");
        return false;
    }
    if (::getuid() == 0 && !QFileInfo::exists(QStringLiteral("/run/sshd"))) {
        // sshd running as root wants its privilege separation folder.
        QDir().mkpath(QStringLiteral("/run/sshd"));
        QFile::setPermissions(QStringLiteral("/run/sshd"),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (m_port == 0 || attempt > 0)
            m_port = freePort();
        QStringList config {
            QStringLiteral("ListenAddress 127.0.0.1:%1").arg(m_port),
            QStringLiteral("HostKey %1").arg(hostKey()),
            QStringLiteral("PidFile %1/sshd.pid").arg(m_folder),
            QStringLiteral("AuthorizedKeysFile %1/authorized_keys").arg(m_folder),
            QStringLiteral("StrictModes no"),
            QStringLiteral("UsePAM no"),
            QStringLiteral("PermitRootLogin prohibit-password"),
            QStringLiteral("PubkeyAuthentication yes"),
            QStringLiteral("PasswordAuthentication no"),
            QStringLiteral("KbdInteractiveAuthentication no"),
            QStringLiteral("GSSAPIAuthentication no"),
            QStringLiteral("UseDNS no"),
            QStringLiteral("PrintMotd no"),
            QStringLiteral("MaxStartups 200"),
            QStringLiteral("MaxSessions 100"),
            QStringLiteral("LogLevel ERROR"),
            QStringLiteral("Subsystem sftp /usr/lib/openssh/sftp-server"),
        };
        // One SetEnv line (sshd reads only the first). The sessions' shell
        // (bash, when run by sshd) reads $HOME/.bashrc: the test user's own
        // start-up files stay out of the tests.
        config << QStringLiteral("SetEnv HOME=%1 %2").arg(m_folder, setEnv.join(QLatin1Char(' '))).trimmed();
        const QString configFile = m_folder + QStringLiteral("/sshd_config");
        if (!writeFile(configFile, config.join(QLatin1Char('\n')).toUtf8() + '\n')) {
            m_error = QStringLiteral("cannot write %1").arg(configFile);
            return false;
        }
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.setStandardOutputFile(m_folder + QStringLiteral("/sshd.log"), QIODevice::Append);
        m_sshd.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), configFile});
        if (!m_sshd.waitForStarted(5000)) {
            m_error = QStringLiteral("cannot start %1: %2").arg(sshd, m_sshd.errorString());
            return false;
        }
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_sshd.state() == QProcess::Running && !accepting(m_port))
            QThread::msleep(50);
        if (m_sshd.state() == QProcess::Running && accepting(m_port))
            return true;
        m_sshd.kill();
        m_sshd.waitForFinished(2000);
        m_error = QStringLiteral("sshd did not start: %1").arg(QString::fromLocal8Bit(log()));
    }
    return false;
}

void SshdFixture::killSessions()
{
    for (const qint64 pid : sessionPids())
        ::kill(pid_t(pid), SIGKILL);
    // Until they are gone (zombies count as gone).
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        bool alive = false;
        for (const qint64 pid : sessionPids()) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (stat.open(QIODevice::ReadOnly)) {
                const QByteArray line = stat.readAll();
                const qsizetype close = line.lastIndexOf(')');
                if (close > 0 && line.mid(close + 2, 1) != "Z")
                    alive = true;
            }
        }
        if (!alive)
            return;
        QThread::msleep(20);
    }
}

void SshdFixture::stop()
{
    if (m_sshd.state() == QProcess::NotRunning)
        return;
    const QList<qint64> sessions = sessionPids();
    ::kill(pid_t(m_sshd.processId()), SIGTERM);
    for (const qint64 pid : sessions)
        ::kill(pid_t(pid), SIGKILL);
    if (!m_sshd.waitForFinished(5000)) {
        m_sshd.kill();
        m_sshd.waitForFinished(2000);
    }
    // The sessions were started by the listener: they are reaped by init.
    for (const qint64 pid : sessions)
        ::kill(pid_t(pid), SIGKILL);
}

qint64 SshdFixture::listenerPid() const
{
    return m_sshd.state() == QProcess::Running ? m_sshd.processId() : 0;
}

QList<qint64> SshdFixture::sessionPids() const
{
    const qint64 listener = listenerPid();
    return listener > 0 ? descendantsOf(listener) : QList<qint64>();
}

QByteArray SshdFixture::log() const
{
    QFile f(m_folder + QStringLiteral("/sshd.log"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString SshdFixture::hostKeyFingerprint() const
{
    // "256 SHA256:xxxx em-test (ED25519)"
    const QByteArray out
        = runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), hostKey() + QStringLiteral(".pub")});
    static const QRegularExpression pattern(QStringLiteral("(SHA256:\\S+)"));
    return pattern.match(QString::fromLatin1(out)).captured(1);
}

QString SshdFixture::locator(const QString &root) const
{
    return QStringLiteral("ssh://%1@127.0.0.1:%2%3?shell=sh").arg(m_user).arg(m_port).arg(root);
}

QString SshdFixture::endpoint() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

StalledServer::StalledServer()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_fd, 16) != 0)
        return;
    socklen_t length = sizeof address;
    if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        m_port = ntohs(address.sin_port);
}

StalledServer::~StalledServer()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace sshtest
