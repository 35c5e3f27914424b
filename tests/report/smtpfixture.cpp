#include "smtpfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpSocket>

namespace smtpfixture {

SmtpServer::SmtpServer(const QString &dir, Options options)
    : m_dir(dir), m_out(QDir(dir).filePath(QStringLiteral("received"))), m_options(std::move(options))
{ }

SmtpServer::~SmtpServer()
{
    stop();
}

bool SmtpServer::start(QString *error)
{
    QDir().mkpath(m_out);
    QStringList args {QStringLiteral(SMTP_SERVER_SCRIPT), QStringLiteral("--out"), m_out};
    if (!m_options.certPath.isEmpty())
        args << QStringLiteral("--cert") << m_options.certPath << QStringLiteral("--key") << m_options.keyPath;
    if (m_options.implicitTls)
        args << QStringLiteral("--implicit-tls");
    if (!m_options.user.isEmpty())
        args << QStringLiteral("--user") << m_options.user << QStringLiteral("--password-file")
             << m_options.passwordFile << QStringLiteral("--mechanisms") << m_options.mechanisms;
    if (m_options.hideAuth)
        args << QStringLiteral("--hide-auth");
    for (const QString &r : m_options.rejectRecipients)
        args << QStringLiteral("--reject-rcpt") << r;
    // Debian's interpreter, with python3-aiosmtpd: not the python3 first on PATH.
    m_process.start(QStringLiteral("/usr/bin/python3"), args);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("/usr/bin/python3 did not start: ") + m_process.errorString();
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(60000); // python's start under a loaded machine
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
    }
    m_stderr += m_process.readAllStandardError();
    if (!out.startsWith("READY ")) {
        *error = QStringLiteral("the SMTP server did not start: ") + QString::fromUtf8(out + m_stderr);
        stop();
        return false;
    }
    m_port = quint16(out.mid(6).trimmed().toUInt());
    return m_port != 0;
}

void SmtpServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_stderr += m_process.readAllStandardError();
}

QString SmtpServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_options.implicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp"))
        .arg(m_port);
}

int SmtpServer::messageCount() const
{
    return int(QDir(m_out).entryList({QStringLiteral("*.json")}, QDir::Files).size());
}

QJsonObject SmtpServer::message(int n) const
{
    QFile f(QDir(m_out).filePath(QStringLiteral("%1.json").arg(n)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray SmtpServer::rawMessage(int n) const
{
    QFile f(QDir(m_out).filePath(QStringLiteral("%1.eml").arg(n)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString SmtpServer::log()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

StallServer::StallServer(QObject *parent) : QTcpServer(parent)
{ }

bool StallServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void StallServer::incomingConnection(qintptr socketDescriptor)
{
    ++m_connections;
    auto *socket = new QTcpSocket(this); // kept open, never written to
    socket->setSocketDescriptor(socketDescriptor);
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace smtpfixture
