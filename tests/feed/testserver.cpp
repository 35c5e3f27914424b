#include "testserver.h"

#include <memory>

#include <QElapsedTimer>
#include <QFile>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include "testpki.h"

namespace testserver {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

Server::Server(Handler handler, const QByteArray &certPem, const QByteArray &keyPem, QObject *parent)
    : QTcpServer(parent), m_handler(std::move(handler))
{
    if (!certPem.isEmpty()) {
        m_cert = QSslCertificate(certPem, QSsl::Pem);
        m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (m_key.isNull())
            m_key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        m_tls = true;
    }
}

bool Server::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString Server::url(const QString &path) const
{
    return QStringLiteral("%1://127.0.0.1:%2%3")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(serverPort())
        .arg(path);
}

void Server::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(socketDescriptor)) {
            delete ssl;
            return;
        }
        ssl->setLocalCertificate(m_cert);
        ssl->setPrivateKey(m_key);
        ssl->setProtocol(QSsl::TlsV1_2OrLater);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
    }
    serve(socket);
}

void Server::serve(QTcpSocket *socket)
{
    ++m_connections;
    auto buffer = std::make_shared<QByteArray>();
    auto busy = std::make_shared<bool>(false);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QAbstractSocket::errorOccurred, socket,
        [socket](QAbstractSocket::SocketError) { socket->deleteLater(); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, busy] {
        *buffer += socket->readAll();
        // Keep-alive: answer every complete request on this connection, in order.
        while (!*busy) {
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(
                        lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->remove(0, headerEnd + 4 + length);
            ++m_requests;
            m_log << request;
            const Response response = m_handler(request);
            if (response.silent) {
                *busy = true;
                return;
            }
            const bool special = response.stall || response.trickleIntervalMs > 0 || response.omitContentLength;
            const bool keepAlive = !special && request.headers.value("connection").toLower() != "close";
            QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
            for (const auto &h : response.headers)
                head += h.first + ": " + h.second + "\r\n";
            if (!response.omitContentLength)
                head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
            socket->write(head);
            if (response.stall) {
                *busy = true; // the connection stays open, silent
                return;
            }
            if (response.trickleIntervalMs > 0) {
                *busy = true;
                auto *timer = new QTimer(socket);
                auto sent = std::make_shared<qsizetype>(0);
                const QByteArray body = response.body;
                connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body] {
                    if (*sent >= body.size()) {
                        timer->stop();
                        socket->disconnectFromHost();
                        return;
                    }
                    socket->write(body.mid((*sent)++, 1));
                });
                timer->start(response.trickleIntervalMs);
                return;
            }
            socket->write(response.body);
            if (!keepAlive) {
                *busy = true;
                socket->disconnectFromHost();
                return;
            }
        }
    });
}

Server::Handler tsaHandler(const testpki::TsaOptions &options)
{
    return [options](const Request &request) {
        Response r;
        if (request.method != "POST" || request.headers.value("content-type") != "application/timestamp-query") {
            r.status = 400;
            r.reason = "Bad Request";
            return r;
        }
        QString error;
        r.body = testpki::timestampReply(options, request.body, &error);
        if (r.body.isEmpty()) {
            qWarning("TSA: %s", qPrintable(error));
            r.status = 500;
            r.reason = "Internal Server Error";
            return r;
        }
        r.headers << std::pair {QByteArray("Content-Type"), QByteArray("application/timestamp-reply")};
        return r;
    };
}

Proxy::Proxy(const QString &dir) : m_dir(dir)
{ }

Proxy::~Proxy()
{
    stop();
}

QString Proxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QByteArray Proxy::log() const
{
    return testpki::readFile(m_dir + QStringLiteral("/tinyproxy.log"));
}

bool Proxy::start(QString *error)
{
    m_port = freePort();
    const QString config = m_dir + QStringLiteral("/tinyproxy.conf");
    const QByteArray text = "Port " + QByteArray::number(m_port)
        + "\nListen 127.0.0.1\nTimeout 30\nAllow 127.0.0.1\nMaxClients 50\nLogLevel Info\n"
          "LogFile \""
        + m_dir.toUtf8() + "/tinyproxy.log\"\n";
    if (!testpki::writeFile(config, text)) {
        *error = QStringLiteral("cannot write ") + config;
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("/usr/bin/tinyproxy"), {QStringLiteral("-d"), QStringLiteral("-c"), config});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("tinyproxy: ") + m_process.errorString();
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        if (m_process.state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    *error = QStringLiteral("tinyproxy did not listen on port %1: %2")
                 .arg(m_port)
                 .arg(QString::fromUtf8(m_process.readAll()));
    return false;
}

void Proxy::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

} // namespace testserver
