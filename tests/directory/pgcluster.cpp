#include "pgcluster.h"

#include <pwd.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>

namespace em::test {

namespace {
const char *serverUser = "postgres";

// The newest installed server programs (Debian: /usr/lib/postgresql/N/bin),
// else initdb on the PATH.
QString findBinDir()
{
    QVersionNumber best;
    QString found;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &entry : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = versions.filePath(entry) + QStringLiteral("/bin");
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFileInfo::exists(bin + QStringLiteral("/initdb")) && QFileInfo::exists(bin + QStringLiteral("/pg_ctl"))
            && (found.isEmpty() || version > best)) {
            best = version;
            found = bin;
        }
    }
    if (found.isEmpty()) {
        const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        if (!initdb.isEmpty())
            found = QFileInfo(initdb).absolutePath();
    }
    return found;
}

bool isRoot()
{
    return ::geteuid() == 0;
}

bool giveToServerUser(const QString &path)
{
    if (!isRoot())
        return true;
    const passwd *pw = ::getpwnam(serverUser);
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size() && f.flush();
}

// The environment of the clients the fixture runs: none of the caller's
// PG* settings.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}
} // namespace

namespace {
QString folderTemplate(const PostgresCluster::Options &options)
{
    const QString parent = options.parentFolder.isEmpty() ? QDir::tempPath() : options.parentFolder;
    return parent + QStringLiteral("/pgcluster-XXXXXX");
}
} // namespace

PostgresCluster::PostgresCluster(Options options) : m_options(options), m_dir(folderTemplate(options))
{
    m_ok = initialize();
}

PostgresCluster::~PostgresCluster()
{
    if (m_running)
        runAsServerUser(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), path(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"),
                QStringLiteral("-w"), QStringLiteral("stop")});
}

bool PostgresCluster::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool PostgresCluster::runAsServerUser(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path()); // readable by the server user, unlike the test's folder
    p.setProcessEnvironment(cleanEnvironment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (isRoot())
        p.start(QStringLiteral("runuser"),
            QStringList {QStringLiteral("-u"), QString::fromLatin1(serverUser), QStringLiteral("--"), program}
                + arguments);
    else
        p.start(program, arguments);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        m_error = QStringLiteral("%1 did not finish within 120 s").arg(program);
        return false;
    }
    const QString said = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = said;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed (exit %2): %3").arg(program).arg(p.exitCode()).arg(said);
        return false;
    }
    return true;
}

bool PostgresCluster::initialize()
{
    if (!m_dir.isValid())
        return fail(QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString()));
    m_binDir = findBinDir();
    if (m_binDir.isEmpty())
        return fail(QStringLiteral("the PostgreSQL server programs (initdb, pg_ctl) are not installed: no "
                                   "/usr/lib/postgresql/*/bin/initdb and no initdb on the PATH. Install the Debian "
                                   "package 'postgresql' (packaging/bootstrap.sh does)."));
    if (isRoot() && !::getpwnam(serverUser))
        return fail(QStringLiteral("running as root, but there is no '%1' user to run the server as (PostgreSQL "
                                   "refuses to run as root); the Debian package 'postgresql' creates it")
                        .arg(QString::fromLatin1(serverUser)));
    // The server user must reach the folder: /tmp's QTemporaryDir is 0700.
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther);
    if (!giveToServerUser(m_dir.path()))
        return fail(QStringLiteral("cannot give %1 to the user %2").arg(m_dir.path(), QString::fromLatin1(serverUser)));
    const QString data = path(QStringLiteral("data"));
    if (!runAsServerUser(m_binDir + QStringLiteral("/initdb"),
            {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("em"), QStringLiteral("-A"),
                QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")}))
        return false;
    // "emlogin" must give its password; "em" is trusted.
    const QByteArray hba = "local all emlogin scram-sha-256\n"
                           "local all all trust\n"
                           "hostssl all emlogin 127.0.0.1/32 scram-sha-256\n"
                           "hostssl all all 127.0.0.1/32 trust\n";
    const QString hbaPath = data + QStringLiteral("/pg_hba.conf");
    if (!writeText(hbaPath, hba) || !giveToServerUser(hbaPath))
        return fail(QStringLiteral("cannot write %1").arg(hbaPath));
    if (m_options.tls) {
        if (!makeCertificates())
            return false;
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(QStringLiteral("no free loopback port: %1").arg(probe.errorString()));
        m_tcpPort = probe.serverPort();
    }
    if (!start())
        return false;
    bool created = false;
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE emlogin LOGIN PASSWORD 'emlogin-secret'"), &created);
    return created;
}

bool PostgresCluster::makeCertificates()
{
    const auto openssl = [this](const QStringList &arguments) {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), arguments);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return fail(QStringLiteral("openssl %1 failed: %2")
                            .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll())));
        return true;
    };
    const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!writeText(path(QStringLiteral("server.ext")), "subjectAltName=DNS:localhost,IP:127.0.0.1\n"))
        return fail(QStringLiteral("cannot write server.ext"));
    const bool made = openssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                          + QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                              QStringLiteral("ca.crt"), QStringLiteral("-days"), QStringLiteral("30"),
                              QStringLiteral("-subj"), QStringLiteral("/CN=EM Console Test Database CA")})
        && openssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
            + QStringList {QStringLiteral("-keyout"), QStringLiteral("other-ca.key"), QStringLiteral("-out"),
                QStringLiteral("other-ca.crt"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Some Other CA")})
        && openssl(QStringList {QStringLiteral("req")} + ec
            + QStringList {QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")})
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
            QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
            QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.crt"),
            QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"), QStringLiteral("server.ext")});
    if (!made)
        return false;
    // The server refuses a key others can read.
    const QString key = path(QStringLiteral("server.key"));
    if (!QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner) || !giveToServerUser(key)
        || !giveToServerUser(path(QStringLiteral("server.crt"))))
        return fail(QStringLiteral("cannot hand the server key to the user %1").arg(QString::fromLatin1(serverUser)));
    return true;
}

QString PostgresCluster::caCertPath() const
{
    return m_dir.filePath(QStringLiteral("ca.crt"));
}

QString PostgresCluster::otherCaCertPath() const
{
    return m_dir.filePath(QStringLiteral("other-ca.crt"));
}

bool PostgresCluster::start()
{
    QStringList settings = {QStringLiteral("-c unix_socket_directories='%1'").arg(m_dir.path())};
    // A test cluster: durability traded for speed.
    if (!m_options.durable)
        settings << QStringLiteral("-c fsync=off -c synchronous_commit=off -c full_page_writes=off");
    if (m_options.tls) {
        settings << QStringLiteral("-c listen_addresses='127.0.0.1' -c port=%1").arg(m_tcpPort)
                 << QStringLiteral("-c ssl=on -c ssl_cert_file='%1' -c ssl_key_file='%2'")
                        .arg(path(QStringLiteral("server.crt")), path(QStringLiteral("server.key")));
    } else {
        settings << QStringLiteral("-c listen_addresses=''");
    }
    if (!runAsServerUser(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), path(QStringLiteral("data")), QStringLiteral("-l"),
                path(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120"),
                QStringLiteral("-o"), settings.join(QLatin1Char(' ')), QStringLiteral("start")})) {
        QFile log(path(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            m_error += QStringLiteral("\nserver log:\n") + QString::fromLocal8Bit(log.readAll());
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresCluster::stop()
{
    if (!m_running)
        return true;
    const bool stopped = runAsServerUser(m_binDir + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), path(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("fast"),
            QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = !stopped;
    return stopped;
}

QString PostgresCluster::locator(const QString &database, const QString &user) const
{
    const int port = m_options.tls ? m_tcpPort : 5432;
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(user, database, m_dir.path()).arg(port);
}

QString PostgresCluster::psql(const QString &database, const QString &sql, bool *ok)
{
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment());
    p.start(m_binDir + QStringLiteral("/psql"),
        {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_options.tls ? m_tcpPort : 5432),
            QStringLiteral("-U"), QStringLiteral("em"), QStringLiteral("-d"), database, QStringLiteral("-X"),
            QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
    const bool finished = p.waitForFinished(120000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    const bool good = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!good)
        m_error = QStringLiteral("psql -c \"%1\" failed: %2").arg(sql, QString::fromUtf8(p.readAllStandardError()));
    if (ok)
        *ok = good;
    return out;
}

QString PostgresCluster::createDatabase(const QString &prefix)
{
    const QString name = QStringLiteral("%1_%2").arg(prefix).arg(++m_databases);
    bool created = false;
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name), &created);
    return created ? name : QString();
}

int PostgresCluster::terminateSessions(const QString &database)
{
    return psql(QStringLiteral("postgres"),
        QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                       " WHERE datname = '%1' AND pid <> pg_backend_pid()")
            .arg(database))
        .toInt();
}

} // namespace em::test
