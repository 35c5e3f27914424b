#pragma once

// A real SMTP server for the notification tests: Debian's aiosmtpd
// (tests/report/smtpserver.py, run with /usr/bin/python3) on 127.0.0.1, with
// STARTTLS or implicit TLS and AUTH as asked, storing what it receives as
// files the tests parse. Stopped on destruction. Also a TCP server that
// accepts connections and never says a word (a stalled mail server).

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>

namespace smtpfixture {

struct Options {
    QString certPath; // with keyPath: offer STARTTLS (or implicit TLS)
    QString keyPath;
    bool implicitTls = false;
    QString user; // require AUTH
    QString passwordFile;
    QString mechanisms = QStringLiteral("LOGIN,PLAIN");
    QStringList rejectRecipients; // answered 550
    bool hideAuth = false; // with implicitTls: AUTH required (530) but never offered
};

class SmtpServer
{
public:
    SmtpServer(const QString &dir, Options options);
    ~SmtpServer();
    SmtpServer(const SmtpServer &) = delete;
    SmtpServer &operator=(const SmtpServer &) = delete;

    bool start(QString *error);
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString url() const; // "smtp://127.0.0.1:PORT" or "smtps://..."
    [[nodiscard]] int messageCount() const;
    [[nodiscard]] QJsonObject message(int n) const; // 1-based, as the server parsed it
    [[nodiscard]] QByteArray rawMessage(int n) const; // the bytes received
    [[nodiscard]] QString log(); // what the server wrote on stderr

private:
    QString m_dir;
    QString m_out;
    Options m_options;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_stderr;
};

// Accepts TCP connections and keeps them open without a byte.
class StallServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit StallServer(QObject *parent = nullptr);
    bool start(); // 127.0.0.1, a free port
    [[nodiscard]] int connections() const { return m_connections; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    int m_connections = 0;
};

// A loopback port nothing listens on (bound, then released).
quint16 closedPort();

} // namespace smtpfixture
