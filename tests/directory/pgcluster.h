#pragma once

// A private PostgreSQL cluster for one test program: Debian's initdb into a
// temporary folder, then pg_ctl start listening on a Unix socket in that
// folder only (no TCP port), as the postgres user when the tests run as root
// (PostgreSQL refuses to run as root). Stopped and deleted on destruction,
// which also runs when a test fails. With TLS, it also listens on a free
// loopback port with ssl=on and a certificate of a test CA made with the
// openssl command.
//
// Roles: "em" (superuser, trusted on the socket and on TLS connections) and
// "emlogin" (password "emlogin-secret", SCRAM everywhere): the tests of
// libpq's password sources and of a refused login use it.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace em::test {

class PostgresCluster
{
public:
    struct Options {
        bool tls = false; // also listen on 127.0.0.1 with ssl=on
        // PostgreSQL's own durability settings (fsync, synchronous_commit,
        // full_page_writes on), as a real server runs: the benchmarks. Tests
        // trade them for speed.
        bool durable = false;
        // Where the cluster's folder is made (default: the system's temporary
        // folder); the server user must be able to reach it.
        QString parentFolder;
    };

    PostgresCluster() : PostgresCluster(Options {}) { }
    explicit PostgresCluster(Options options);
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // False with error() saying why (PostgreSQL not installed, initdb failed...).
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] QString socketDir() const { return m_dir.path(); }
    [[nodiscard]] int tcpPort() const { return m_tcpPort; } // TLS clusters
    [[nodiscard]] QString caCertPath() const; // the CA that signed the server's certificate (TLS)
    [[nodiscard]] QString otherCaCertPath() const; // a CA that did not (TLS)
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

    // A new empty database owned by "em"; its name is returned.
    QString createDatabase(const QString &prefix = QStringLiteral("emdir"));
    // The locator of a database over the Unix socket, as user "em".
    [[nodiscard]] QString locator(const QString &database, const QString &user = QStringLiteral("em")) const;

    // Runs SQL with psql as "em" and returns what it printed (unaligned,
    // tuples only); *ok false (and error() set) when psql failed.
    QString psql(const QString &database, const QString &sql, bool *ok = nullptr);
    // Ends every other session on the database (pg_terminate_backend).
    int terminateSessions(const QString &database);

    bool stop(); // pg_ctl stop -m fast
    bool start(); // after stop()
    [[nodiscard]] bool running() const { return m_running; }

private:
    bool initialize();
    bool makeCertificates();
    bool runAsServerUser(const QString &program, const QStringList &arguments, QString *output = nullptr);
    bool fail(const QString &error);

    Options m_options;
    QTemporaryDir m_dir;
    QString m_binDir;
    int m_tcpPort = 0;
    int m_databases = 0;
    bool m_ok = false;
    bool m_running = false;
    QString m_error;
};

} // namespace em::test
