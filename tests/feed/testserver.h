#pragma once

// Real network peers for the feed tests, all on loopback: an HTTP(S) server
// (QTcpServer + QSslSocket) with scripted misbehaviour (stall, trickle,
// oversized bodies, redirects), an RFC 3161 TSA answering with tokens in the
// vendor's form (or any variation of it), and a tinyproxy process with a
// generated config.

#include <functional>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include "testpki.h"

namespace testserver {

struct Request {
    QByteArray method;
    QByteArray target; // "/feed.xml"
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct Response {
    int status = 200;
    QByteArray reason = "OK";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool omitContentLength = false; // send the body and close (no Content-Length)
    bool stall = false; // send the headers, then nothing, keep the connection open
    bool silent = false; // send nothing at all, keep the connection open
    int trickleIntervalMs = 0; // send the body one byte per interval
};

class Server final : public QTcpServer
{
    Q_OBJECT

public:
    using Handler = std::function<Response(const Request &)>;

    // TLS when certificate and key are given.
    explicit Server(
        Handler handler, const QByteArray &certPem = {}, const QByteArray &keyPem = {}, QObject *parent = nullptr);
    bool start(); // on 127.0.0.1, any free port
    [[nodiscard]] QString url(const QString &path) const; // "https://127.0.0.1:PORT/path" or "http://..."
    [[nodiscard]] int requestCount() const { return m_requests; }
    [[nodiscard]] int connectionCount() const { return m_connections; }
    [[nodiscard]] QList<Request> requests() const { return m_log; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void serve(QTcpSocket *socket);
    Handler m_handler;
    QSslCertificate m_cert;
    QSslKey m_key;
    bool m_tls = false;
    int m_requests = 0;
    int m_connections = 0;
    QList<Request> m_log;
};

// A TSA handler: answers application/timestamp-query POSTs with tokens built
// as `options` say (testpki::timestampReply).
Server::Handler tsaHandler(const testpki::TsaOptions &options);

// tinyproxy on a free loopback port, with a generated config; stopped on destruction.
class Proxy
{
public:
    explicit Proxy(const QString &dir);
    ~Proxy();
    bool start(QString *error);
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString url() const; // "http://127.0.0.1:PORT"
    [[nodiscard]] QByteArray log() const;

private:
    QString m_dir;
    quint16 m_port = 0;
    QProcess m_process;
};

quint16 freePort();

} // namespace testserver
