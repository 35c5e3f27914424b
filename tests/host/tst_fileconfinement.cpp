// The guarantees every FileAccess gives, run on both implementations: the
// local one (a root on this machine) and the SFTP one (the same folders
// through a real OpenSSH server, the Debian sshd the fixture starts on
// 127.0.0.1). Each case is a row per implementation ("local", "sftp"): write,
// read and atomic replace, create refusing a taken name, no link followed,
// special files refused before they are opened, reads capped, paths confined
// to the root, a failed write leaving nothing behind. What only one of them
// has (devices and lock semantics of the local one, host keys, logins, stale
// SSH locks) stays in tst_fileaccess and tst_sshtransport.

#include <QtTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "host/fileaccess.h"
#include "host/sshhost.h"
#include "hosttestutil.h"
#include "sshdfixture.h"

using namespace em;
using namespace em::host;
using namespace hosttest;
using namespace sshtest;

namespace {
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

const QStringList accesses = {QStringLiteral("local"), QStringLiteral("sftp")};

// The rows of a test without data of its own: one per implementation.
void rowPerAccess()
{
    QTest::addColumn<QString>("access");
    for (const QString &access : accesses)
        QTest::newRow(qPrintable(access)) << access;
}

// Runs OPERATION ("read", "write", ...) on PATH; only whether and why it failed.
Result<void> runOperation(FileAccess &files, const QString &operation, const QString &path)
{
    const auto outcome = [](const auto &r) { return r ? Result<void>() : fail(r.error()); };
    if (operation == QLatin1String("read"))
        return outcome(files.read(path, 1000));
    if (operation == QLatin1String("write"))
        return files.write(path, "rule");
    if (operation == QLatin1String("create"))
        return files.create(path, "rule");
    if (operation == QLatin1String("remove"))
        return files.remove(path);
    if (operation == QLatin1String("status"))
        return outcome(files.status(path));
    if (operation == QLatin1String("list"))
        return outcome(files.list(path));
    if (operation == QLatin1String("mkdir"))
        return files.makeDirectories(path);
    if (operation == QLatin1String("lock"))
        return outcome(files.tryLock(path));
    return fail(ErrorCode::InvalidArgument, QStringLiteral("unknown operation ") + operation);
}
} // namespace

class TestFileConfinement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void writeReadReplace_data() { rowPerAccess(); }
    void writeReadReplace();
    void createRefusesATakenName_data() { rowPerAccess(); }
    void createRefusesATakenName();
    void linksAreRefused_data();
    void linksAreRefused();
    void specialFilesAreRefused_data();
    void specialFilesAreRefused();
    void readsAreCapped_data() { rowPerAccess(); }
    void readsAreCapped();
    void pathsStayUnderTheRoot_data();
    void pathsStayUnderTheRoot();
    void failedWriteLeavesNothing_data();
    void failedWriteLeavesNothing();

private:
    // The FileAccess of the row's implementation over this test's root.
    std::unique_ptr<FileAccess> files(const QString &access, FaultHook faults = {});

    QTemporaryDir m_tmp;
    std::unique_ptr<SshdFixture> m_sshd;
    std::shared_ptr<InMemoryKnownHosts> m_known;
    QString m_root; // a fresh root per test (the SFTP server is this machine)
    QString m_outside; // a folder beside it
    int m_count = 0;
    std::unique_ptr<SshTransport> m_transport; // the connection of the test's SFTP files
};

void TestFileConfinement::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_sshd = std::make_unique<SshdFixture>(m_tmp.filePath(QStringLiteral("sshd")));
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    m_known = std::make_shared<InMemoryKnownHosts>();
    m_known->accept(m_sshd->endpoint(),
        SshHostKey {QStringLiteral("ssh-ed25519"), m_sshd->hostKeyFingerprint(), QStringLiteral("test"), {}});
}

void TestFileConfinement::init()
{
    m_transport.reset();
    ++m_count;
    m_root = m_tmp.filePath(QStringLiteral("root%1").arg(m_count));
    m_outside = m_tmp.filePath(QStringLiteral("outside%1").arg(m_count));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/a/b")));
    QVERIFY(QDir().mkpath(m_outside));
}

void TestFileConfinement::cleanupTestCase()
{
    m_transport.reset();
    m_sshd.reset();
}

std::unique_ptr<FileAccess> TestFileConfinement::files(const QString &access, FaultHook faults)
{
    if (access == QLatin1String("local"))
        return localFileAccess(m_root, false, std::move(faults));
    HostOptions o;
    o.knownHosts = m_known;
    o.sshIdentityFiles = {m_sshd->clientKey()};
    o.connectTimeoutMs = 10000;
    o.networkTimeoutMs = 10000;
    o.serverName = QStringLiteral("EX01");
    auto transport = SshTransport::connect(m_sshd->locator(m_root), o);
    if (!transport) {
        qWarning() << transport.error().message;
        return {};
    }
    m_transport = std::move(*transport);
    auto sftp = m_transport->files(std::move(faults));
    if (!sftp) {
        qWarning() << sftp.error().message;
        return {};
    }
    return std::move(*sftp);
}

void TestFileConfinement::writeReadReplace()
{
    QFETCH(QString, access);
    auto files = this->files(access);
    QVERIFY(files);
    QVERIFY2(files->write(QStringLiteral("a/b/web.config"), "one"), "write");
    auto read = files->read(QStringLiteral("a/b/web.config"), 100);
    QVERIFY2(read, why(read));
    QCOMPARE(*read, QByteArray("one"));
    const QString path = m_root + QStringLiteral("/a/b/web.config");
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    // A config file of real size, replaced (over SFTP: several requests in flight).
    const QByteArray big = readBytes(fixtureDir() + QStringLiteral("/applicationHost.config"));
    QVERIFY(big.size() > 100000);
    QVERIFY(files->write(QStringLiteral("a/b/web.config"), big));
    QCOMPARE(readBytes(path), big);
    QCOMPARE(*files->read(QStringLiteral("a/b/web.config"), configFileLimit), big);
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    QVERIFY(files->write(QStringLiteral("a/b/web.config"), "two"));
    QCOMPARE(readBytes(path), QByteArray("two"));
    QCOMPARE(*files->read(QStringLiteral("a/b/web.config"), 100), QByteArray("two"));
    QVERIFY(files->write(QStringLiteral("a/b/empty"), QByteArray()));
    QCOMPARE(*files->read(QStringLiteral("a/b/empty"), 100), QByteArray());
    QVERIFY(files->remove(QStringLiteral("a/b/empty")));
    // No temporary file stays behind.
    QCOMPARE(entries(m_root + QStringLiteral("/a/b")), QStringList {QStringLiteral("web.config")});

    auto status = files->status(QStringLiteral("a/b/web.config"));
    QVERIFY2(status, why(status));
    QCOMPARE(status->type, FileType::Regular);
    QCOMPARE(status->size, 3);
    QVERIFY(status->writable);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    QVERIFY(!files->status(QStringLiteral("a/b/web.config"))->writable);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    QCOMPARE(files->status(QStringLiteral("a/nope/web.config"))->type, FileType::Missing);
    QCOMPARE(files->status(QStringLiteral("a"))->type, FileType::Directory);
    QCOMPARE(files->status(QString())->type, FileType::Directory);
    auto names = files->list(QStringLiteral("a/b"));
    QVERIFY2(names, why(names));
    QCOMPARE(*names, QStringList {QStringLiteral("web.config")});
    QVERIFY(files->makeDirectories(QStringLiteral("x/y/z")));
    QVERIFY(QFileInfo(m_root + QStringLiteral("/x/y/z")).isDir());
    QVERIFY(files->remove(QStringLiteral("a/b/web.config")));
    QVERIFY(!QFileInfo::exists(path));
    auto missing = files->read(QStringLiteral("a/b/web.config"), 100);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(files->root(), QDir::cleanPath(m_root));
}

void TestFileConfinement::createRefusesATakenName()
{
    QFETCH(QString, access);
    auto files = this->files(access);
    QVERIFY(files);
    QVERIFY(files->create(QStringLiteral("a/backup.bak"), "first"));
    auto again = files->create(QStringLiteral("a/backup.bak"), "second");
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(readBytes(m_root + QStringLiteral("/a/backup.bak")), QByteArray("first"));
    QCOMPARE(entries(m_root + QStringLiteral("/a")), (QStringList {QStringLiteral("b"), QStringLiteral("backup.bak")}));
}

void TestFileConfinement::linksAreRefused_data()
{
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("link"); // made under the root
    QTest::addColumn<QString>("target"); // "OUT" is the outside folder
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("path"); // the path the operation gets
    QTest::addColumn<QString>("named"); // the component the message names

    const QString out = QStringLiteral("OUT/secret.txt");
    for (const QString &access : accesses) {
        const QByteArray name = access.toLatin1(); // kept alive for the rows below
        const char *a = name.constData();
        for (const char *op : {"read", "write", "create", "remove", "status"})
            QTest::addRow("%s: file link, %s", a, op)
                << access << QStringLiteral("a/b/web.config") << out << QString::fromLatin1(op)
                << QStringLiteral("a/b/web.config") << QStringLiteral("a/b/web.config");
        for (const char *op : {"write", "create", "read"})
            QTest::addRow("%s: dangling link, %s", a, op)
                << access << QStringLiteral("a/b/web.config") << QStringLiteral("OUT/new.txt")
                << QString::fromLatin1(op) << QStringLiteral("a/b/web.config") << QStringLiteral("a/b/web.config");
        for (const char *op : {"read", "write", "create", "remove", "status", "list", "mkdir", "lock"})
            QTest::addRow("%s: folder link on the way, %s", a, op)
                << access << QStringLiteral("a/b/c") << QStringLiteral("OUT") << QString::fromLatin1(op)
                << QStringLiteral("a/b/c/secret.txt") << QStringLiteral("a/b/c");
        QTest::addRow("%s: link to a folder, list", a)
            << access << QStringLiteral("a/b/c") << QStringLiteral("OUT") << QStringLiteral("list")
            << QStringLiteral("a/b/c") << QStringLiteral("a/b/c");
        QTest::addRow("%s: lock file link", a)
            << access << QStringLiteral("a/host.lock") << QStringLiteral("OUT/new.txt") << QStringLiteral("lock")
            << QStringLiteral("a/host.lock") << QStringLiteral("a/host.lock");
        QTest::addRow("%s: relative link inside the root", a)
            << access << QStringLiteral("a/b/web.config") << QStringLiteral("../x") << QStringLiteral("read")
            << QStringLiteral("a/b/web.config") << QStringLiteral("a/b/web.config");
    }
}

void TestFileConfinement::linksAreRefused()
{
    QFETCH(QString, access);
    QFETCH(QString, link);
    QFETCH(QString, target);
    QFETCH(QString, operation);
    QFETCH(QString, path);
    QFETCH(QString, named);
    QVERIFY(writeBytes(m_outside + QStringLiteral("/secret.txt"), "outside"));
    QVERIFY(writeBytes(m_root + QStringLiteral("/a/x"), "inside"));
    QVERIFY(QFile::link(QString(target).replace(QLatin1String("OUT"), m_outside), m_root + QLatin1Char('/') + link));
    const QStringList outsideBefore = entries(m_outside);
    const QStringList insideBefore = entries(m_root + QStringLiteral("/a/b"));
    const QStringList rootBefore = entries(m_root + QStringLiteral("/a"));

    auto files = this->files(access);
    QVERIFY(files);
    const Result<void> result = runOperation(*files, operation, path);
    QVERIFY2(!result, qPrintable(operation));
    QCOMPARE(result.error().message, QStringLiteral("'%1' is a symbolic link; refusing to follow it").arg(named));
    // Nothing written or removed on either side of the link, no temporary file.
    QCOMPARE(entries(m_outside), outsideBefore);
    QCOMPARE(readBytes(m_outside + QStringLiteral("/secret.txt")), QByteArray("outside"));
    QVERIFY(QFileInfo(m_root + QLatin1Char('/') + link).isSymLink());
    QCOMPARE(entries(m_root + QStringLiteral("/a/b")), insideBefore);
    QCOMPARE(entries(m_root + QStringLiteral("/a")), rootBefore);
}

void TestFileConfinement::specialFilesAreRefused_data()
{
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("message");
    for (const QString &access : accesses) {
        const QByteArray name = access.toLatin1(); // kept alive for the rows below
        const char *a = name.constData();
        for (const char *op : {"read", "write", "remove", "lock"})
            QTest::addRow("%s: FIFO, %s", a, op)
                << access << QStringLiteral("fifo") << QString::fromLatin1(op)
                << QStringLiteral("'a/b/web.config' is a FIFO (named pipe), not a regular file; refusing to open it");
        for (const char *op : {"read", "write", "remove"})
            QTest::addRow("%s: socket, %s", a, op)
                << access << QStringLiteral("socket") << QString::fromLatin1(op)
                << QStringLiteral("'a/b/web.config' is a socket, not a regular file; refusing to open it");
        QTest::addRow("%s: folder, read", a)
            << access << QStringLiteral("folder") << QStringLiteral("read")
            << QStringLiteral("'a/b/web.config' is a folder, not a regular file; refusing to open it");
    }
}

void TestFileConfinement::specialFilesAreRefused()
{
    QFETCH(QString, access);
    QFETCH(QString, kind);
    QFETCH(QString, operation);
    QFETCH(QString, message);
    const QString path = m_root + QStringLiteral("/a/b/web.config");
    const QByteArray encoded = QFile::encodeName(path);
    int socketFd = -1;
    if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(encoded.constData(), 0644), 0);
    } else if (kind == QLatin1String("socket")) {
        socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(socketFd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(encoded.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
        QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    } else {
        QVERIFY(QDir().mkpath(path));
    }
    // Were the FIFO opened (here, or by sftp-server), the open would block there.
    const FifoWatchdog watchdog(path);
    auto files = this->files(access);
    QVERIFY(files);
    auto status = files->status(QStringLiteral("a/b/web.config"));
    QVERIFY2(status, why(status));
    QCOMPARE(status->type, kind == QLatin1String("folder") ? FileType::Directory : FileType::Special);
    const Result<void> result = runOperation(*files, operation, QStringLiteral("a/b/web.config"));
    if (socketFd >= 0)
        ::close(socketFd);
    QVERIFY(!result);
    QCOMPARE(result.error().message, message);
    // Still there, and nothing beside it.
    struct stat st {
    };
    QCOMPARE(::lstat(encoded.constData(), &st), 0);
    QCOMPARE(entries(m_root + QStringLiteral("/a/b")), QStringList {QStringLiteral("web.config")});
}

void TestFileConfinement::readsAreCapped()
{
    QFETCH(QString, access);
    auto files = this->files(access);
    QVERIFY(files);
    QVERIFY(writeBytes(m_root + QStringLiteral("/a/exact"), QByteArray(1000, 'x')));
    QVERIFY(writeBytes(m_root + QStringLiteral("/a/over"), QByteArray(1001, 'x')));
    QCOMPARE(files->read(QStringLiteral("a/exact"), 1000)->size(), 1000);
    auto over = files->read(QStringLiteral("a/over"), 1000);
    QVERIFY(!over);
    QCOMPARE(over.error().message,
        QStringLiteral("'a/over' is 1001 bytes, more than the 1 KiB such a file may have; refusing to read it"));
    // 200 MB (sparse: no disk used) is refused by its size, before a byte is read.
    QFile big(m_root + QStringLiteral("/a/big.config"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(200 * 1000 * 1000));
    big.close();
    QElapsedTimer timer;
    timer.start();
    auto refused = files->read(QStringLiteral("a/big.config"), configFileLimit);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
        QStringLiteral(
            "'a/big.config' is 200000000 bytes, more than the 16 MiB such a file may have; refusing to read it"));
    QVERIFY(timer.elapsed() < 2000);
}

void TestFileConfinement::pathsStayUnderTheRoot_data()
{
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("path");
    for (const QString &access : accesses) {
        const QByteArray name = access.toLatin1(); // kept alive for the rows below
        const char *a = name.constData();
        QTest::addRow("%s: ..", a) << access << QStringLiteral("../outside1/secret.txt");
        QTest::addRow("%s: .. in the middle", a) << access << QStringLiteral("a/../../x");
        QTest::addRow("%s: .", a) << access << QStringLiteral("a/./b");
    }
    // A backslash is a name character on the local side; on the server it
    // may be a separator (a Windows OpenSSH), so SFTP refuses it.
    QTest::addRow("sftp: backslashes") << QStringLiteral("sftp") << QStringLiteral("a\\..\\..\\x");
}

void TestFileConfinement::pathsStayUnderTheRoot()
{
    QFETCH(QString, access);
    QFETCH(QString, path);
    auto files = this->files(access);
    QVERIFY(files);
    auto read = files->read(path, 100);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(read.error().message.contains(QLatin1String("is not allowed in a path under a host root")),
        qPrintable(read.error().message));
    QVERIFY(!files->write(path, "x"));
    QVERIFY(!files->makeDirectories(path));
}

void TestFileConfinement::failedWriteLeavesNothing_data()
{
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("exists");
    for (const QString &access : accesses) {
        const QByteArray name = access.toLatin1(); // kept alive for the rows below
        const char *a = name.constData();
        QTest::addRow("%s: device fails half way, replace", a) << access << QStringLiteral("write") << true;
        QTest::addRow("%s: rename fails, replace", a) << access << QStringLiteral("commit") << true;
        QTest::addRow("%s: device fails half way, new file", a) << access << QStringLiteral("write") << false;
    }
}

void TestFileConfinement::failedWriteLeavesNothing()
{
    QFETCH(QString, access);
    QFETCH(QString, step);
    QFETCH(bool, exists);
    const QString path = m_root + QStringLiteral("/a/b/web.config");
    if (exists)
        QVERIFY(writeBytes(path, "original"));
    const QStringList before = entries(m_root + QStringLiteral("/a/b"));
    QStringList calls;
    auto files = this->files(access, [&](const QString &s, const QString &p) {
        calls << s + QLatin1Char(':') + p;
        return s == step;
    });
    QVERIFY(files);
    auto written = files->write(QStringLiteral("a/b/web.config"), QByteArray(300000, 'n'));
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY2(
        written.error().message.startsWith(QLatin1String("'a/b/web.config': ")), qPrintable(written.error().message));
    QVERIFY(calls.contains(step + QLatin1Char(':') + path));
    QCOMPARE(entries(m_root + QStringLiteral("/a/b")), before);
    if (exists)
        QCOMPARE(readBytes(path), QByteArray("original"));
}

QTEST_GUILESS_MAIN(TestFileConfinement)
#include "tst_fileconfinement.moc"
