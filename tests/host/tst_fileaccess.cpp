// The two parts a host is built from: FileAccess (local files confined to a
// root: no link followed, special files refused before they are opened, reads
// capped, atomic replace) and CommandRunner (QProcess with a time limit and
// cancel that end the tool and what it started).

#include <atomic>
#include <thread>

#include <QtTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include "host/commandrunner.h"
#include "host/fileaccess.h"
#include "hosttestutil.h"

using namespace em;
using namespace em::host;
using namespace hosttest;

namespace {
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestFileAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void writeReadReplace();
    void createRefusesATakenName();
    void linksAreRefused_data();
    void linksAreRefused();
    void specialFilesAreRefused_data();
    void specialFilesAreRefused();
    void devicesAreRefused();
    void readsAreCapped();
    void pathsStayUnderTheRoot_data();
    void pathsStayUnderTheRoot();
    void failedWriteLeavesNothing_data();
    void failedWriteLeavesNothing();
    void lockIsExclusive();

    void commandOutputAndExitCode();
    void commandTimeoutEndsItAndItsChildren();
    void commandCancelEndsIt();
    void commandFinishingAfterCancelKeepsItsResult();
    void commandMissing();

private:
    QTemporaryDir m_tmp;
    QString m_root; // a fresh root per test
    QString m_outside; // a folder beside it
    int m_count = 0;
};

void TestFileAccess::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

void TestFileAccess::init()
{
    ++m_count;
    m_root = m_tmp.filePath(QStringLiteral("root%1").arg(m_count));
    m_outside = m_tmp.filePath(QStringLiteral("outside%1").arg(m_count));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/a/b")));
    QVERIFY(QDir().mkpath(m_outside));
}

void TestFileAccess::writeReadReplace()
{
    auto files = localFileAccess(m_root);
    QVERIFY2(files->write(QStringLiteral("a/b/web.config"), "one"), "write");
    auto read = files->read(QStringLiteral("a/b/web.config"), 100);
    QVERIFY2(read, why(read));
    QCOMPARE(*read, QByteArray("one"));
    const QString path = m_root + QStringLiteral("/a/b/web.config");
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    QVERIFY(files->write(QStringLiteral("a/b/web.config"), "two"));
    QCOMPARE(readBytes(path), QByteArray("two"));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    // No temporary file stays behind.
    QCOMPARE(entries(m_root + QStringLiteral("/a/b")), QStringList {QStringLiteral("web.config")});

    auto status = files->status(QStringLiteral("a/b/web.config"));
    QVERIFY2(status, why(status));
    QCOMPARE(status->type, FileType::Regular);
    QCOMPARE(status->size, 3);
    QVERIFY(status->writable);
    QCOMPARE(files->status(QStringLiteral("a/nope/web.config"))->type, FileType::Missing);
    QCOMPARE(files->status(QStringLiteral("a"))->type, FileType::Directory);
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
}

void TestFileAccess::createRefusesATakenName()
{
    auto files = localFileAccess(m_root);
    QVERIFY(files->create(QStringLiteral("a/backup.bak"), "first"));
    auto again = files->create(QStringLiteral("a/backup.bak"), "second");
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(readBytes(m_root + QStringLiteral("/a/backup.bak")), QByteArray("first"));
    QCOMPARE(entries(m_root + QStringLiteral("/a")), (QStringList {QStringLiteral("b"), QStringLiteral("backup.bak")}));
}

void TestFileAccess::linksAreRefused_data()
{
    QTest::addColumn<QString>("link"); // made under the root
    QTest::addColumn<QString>("target"); // "OUT" is the outside folder
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("path"); // the path the operation gets
    QTest::addColumn<QString>("named"); // the component the message names

    const QString out = QStringLiteral("OUT/secret.txt");
    for (const char *op : {"read", "write", "create", "remove", "status"})
        QTest::addRow("file link, %s", op) << QStringLiteral("a/b/web.config") << out << QString::fromLatin1(op)
                                           << QStringLiteral("a/b/web.config") << QStringLiteral("a/b/web.config");
    for (const char *op : {"write", "create", "read"})
        QTest::addRow("dangling link, %s", op)
            << QStringLiteral("a/b/web.config") << QStringLiteral("OUT/new.txt") << QString::fromLatin1(op)
            << QStringLiteral("a/b/web.config") << QStringLiteral("a/b/web.config");
    for (const char *op : {"read", "write", "create", "remove", "status", "list", "mkdir", "lock"})
        QTest::addRow("folder link on the way, %s", op)
            << QStringLiteral("a/b/c") << QStringLiteral("OUT") << QString::fromLatin1(op)
            << QStringLiteral("a/b/c/secret.txt") << QStringLiteral("a/b/c");
    QTest::newRow("link to a folder, list")
        << QStringLiteral("a/b/c") << QStringLiteral("OUT") << QStringLiteral("list") << QStringLiteral("a/b/c")
        << QStringLiteral("a/b/c");
    QTest::newRow("lock file link") << QStringLiteral("a/host.lock") << QStringLiteral("OUT/new.txt")
                                    << QStringLiteral("lock") << QStringLiteral("a/host.lock")
                                    << QStringLiteral("a/host.lock");
    QTest::newRow("relative link inside the root")
        << QStringLiteral("a/b/web.config") << QStringLiteral("../x") << QStringLiteral("read")
        << QStringLiteral("a/b/web.config") << QStringLiteral("a/b/web.config");
}

void TestFileAccess::linksAreRefused()
{
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

    auto files = localFileAccess(m_root);
    Result<void> result;
    if (operation == QLatin1String("read")) {
        auto r = files->read(path, 1000);
        result = r ? Result<void>() : fail(r.error());
    } else if (operation == QLatin1String("write")) {
        result = files->write(path, "rule");
    } else if (operation == QLatin1String("create")) {
        result = files->create(path, "rule");
    } else if (operation == QLatin1String("remove")) {
        result = files->remove(path);
    } else if (operation == QLatin1String("status")) {
        auto r = files->status(path);
        result = r ? Result<void>() : fail(r.error());
    } else if (operation == QLatin1String("list")) {
        auto r = files->list(path);
        result = r ? Result<void>() : fail(r.error());
    } else if (operation == QLatin1String("mkdir")) {
        result = files->makeDirectories(path);
    } else if (operation == QLatin1String("lock")) {
        auto r = files->tryLock(path);
        result = r ? Result<void>() : fail(r.error());
    }
    QVERIFY2(!result, qPrintable(operation));
    QCOMPARE(result.error().message, QStringLiteral("'%1' is a symbolic link; refusing to follow it").arg(named));
    // Nothing written or removed on either side of the link, no temporary file.
    QCOMPARE(entries(m_outside), outsideBefore);
    QCOMPARE(readBytes(m_outside + QStringLiteral("/secret.txt")), QByteArray("outside"));
    QVERIFY(QFileInfo(m_root + QLatin1Char('/') + link).isSymLink());
    QCOMPARE(entries(m_root + QStringLiteral("/a/b")), insideBefore);
    QCOMPARE(entries(m_root + QStringLiteral("/a")), rootBefore);
}

void TestFileAccess::specialFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("message");
    for (const char *op : {"read", "write", "remove", "lock"})
        QTest::addRow("FIFO, %s", op) << QStringLiteral("fifo") << QString::fromLatin1(op)
                                      << QStringLiteral("'a/b/web.config' is a FIFO (named pipe), not a regular file; "
                                                        "refusing to open it");
    for (const char *op : {"read", "write", "remove"})
        QTest::addRow("socket, %s", op) << QStringLiteral("socket") << QString::fromLatin1(op)
                                        << QStringLiteral(
                                               "'a/b/web.config' is a socket, not a regular file; refusing to open it");
    QTest::newRow("folder, read") << QStringLiteral("folder") << QStringLiteral("read")
                                  << QStringLiteral("'a/b/web.config' is a folder, not a regular file; refusing to "
                                                    "open it");
}

void TestFileAccess::specialFilesAreRefused()
{
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
    const FifoWatchdog watchdog(path);
    auto files = localFileAccess(m_root);
    auto status = files->status(QStringLiteral("a/b/web.config"));
    QVERIFY2(status, why(status));
    QCOMPARE(status->type, kind == QLatin1String("folder") ? FileType::Directory : FileType::Special);
    Result<void> result;
    if (operation == QLatin1String("read")) {
        auto r = files->read(QStringLiteral("a/b/web.config"), 1000);
        result = r ? Result<void>() : fail(r.error());
    } else if (operation == QLatin1String("write")) {
        result = files->write(QStringLiteral("a/b/web.config"), "rule");
    } else if (operation == QLatin1String("remove")) {
        result = files->remove(QStringLiteral("a/b/web.config"));
    } else {
        auto r = files->tryLock(QStringLiteral("a/b/web.config"));
        result = r ? Result<void>() : fail(r.error());
    }
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

void TestFileAccess::devicesAreRefused()
{
    // Rooted at /dev: /dev/zero would fill memory, /dev/null reads as empty.
    auto dev = localFileAccess(QStringLiteral("/dev"));
    for (const char *name : {"zero", "null", "urandom"}) {
        auto read = dev->read(QString::fromLatin1(name), configFileLimit);
        QVERIFY(!read);
        QCOMPARE(read.error().message,
            QStringLiteral("'%1' is a device, not a regular file; refusing to open it").arg(QLatin1String(name)));
    }
    // A device node made under a root, as an attacker with root on a share could.
    const QString node = m_root + QStringLiteral("/a/b/web.config");
    if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0644, makedev(1, 5)) == 0) {
        auto files = localFileAccess(m_root);
        auto read = files->read(QStringLiteral("a/b/web.config"), configFileLimit);
        QVERIFY(!read);
        QCOMPARE(read.error().message,
            QStringLiteral("'a/b/web.config' is a device, not a regular file; refusing to open it"));
        QVERIFY(!files->write(QStringLiteral("a/b/web.config"), "x"));
    } else {
        qInfo("mknod is not permitted here (%s): the /dev checks above stand for it", std::strerror(errno));
    }
}

void TestFileAccess::readsAreCapped()
{
    auto files = localFileAccess(m_root);
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
    auto refused = files->read(QStringLiteral("a/big.config"), configFileLimit);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
        QStringLiteral(
            "'a/big.config' is 200000000 bytes, more than the 16 MiB such a file may have; refusing to read it"));
}

void TestFileAccess::pathsStayUnderTheRoot_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("..") << QStringLiteral("../outside1/secret.txt");
    QTest::newRow(".. in the middle") << QStringLiteral("a/../../x");
    QTest::newRow(".") << QStringLiteral("a/./b");
}

void TestFileAccess::pathsStayUnderTheRoot()
{
    QFETCH(QString, path);
    auto files = localFileAccess(m_root);
    auto read = files->read(path, 100);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(read.error().message.contains(QLatin1String("is not allowed in a path under a host root")),
        qPrintable(read.error().message));
    QVERIFY(!files->write(path, "x"));
    QVERIFY(!files->makeDirectories(path));
}

void TestFileAccess::failedWriteLeavesNothing_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("exists");
    QTest::newRow("device fails half way, replace") << QStringLiteral("write") << true;
    QTest::newRow("rename fails, replace") << QStringLiteral("commit") << true;
    QTest::newRow("device fails half way, new file") << QStringLiteral("write") << false;
}

void TestFileAccess::failedWriteLeavesNothing()
{
    QFETCH(QString, step);
    QFETCH(bool, exists);
    const QString path = m_root + QStringLiteral("/a/b/web.config");
    if (exists)
        QVERIFY(writeBytes(path, "original"));
    const QStringList before = entries(m_root + QStringLiteral("/a/b"));
    QStringList calls;
    auto files = localFileAccess(m_root, false, [&](const QString &s, const QString &p) {
        calls << s + QLatin1Char(':') + p;
        return s == step;
    });
    auto written = files->write(QStringLiteral("a/b/web.config"), QByteArray(100000, 'n'));
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY2(
        written.error().message.startsWith(QLatin1String("'a/b/web.config': ")), qPrintable(written.error().message));
    QVERIFY(calls.contains(step + QLatin1Char(':') + path));
    QCOMPARE(entries(m_root + QStringLiteral("/a/b")), before);
    if (exists)
        QCOMPARE(readBytes(path), QByteArray("original"));
}

void TestFileAccess::lockIsExclusive()
{
    auto first = localFileAccess(m_root);
    auto second = localFileAccess(m_root);
    auto held = first->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(held, why(held));
    QVERIFY(*held);
    auto other = second->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(other, why(other));
    QVERIFY(!*other); // held elsewhere: no lock, no error
    held->reset();
    QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/a/host.lock")));
    auto now = second->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(now, why(now));
    QVERIFY(*now);
    // A lock file left by a process that died is free: the kernel released its lock.
    now->reset();
    QVERIFY(writeBytes(m_root + QStringLiteral("/a/host.lock"), ""));
    auto stale = first->tryLock(QStringLiteral("a/host.lock"));
    QVERIFY2(stale, why(stale));
    QVERIFY(*stale);
}

void TestFileAccess::commandOutputAndExitCode()
{
    auto runner = localCommandRunner();
    auto out = runner->run(QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 3")}, 10000, nullptr);
    QVERIFY2(out, why(out));
    QCOMPARE(out->exitCode, 3);
    QCOMPARE(out->standardOutput, QByteArray("out\n"));
    QCOMPARE(out->standardError, QByteArray("err\n"));
}

void TestFileAccess::commandTimeoutEndsItAndItsChildren()
{
    // A tool that hangs, having started a child that hangs too.
    const QString pids = m_tmp.filePath(QStringLiteral("pids%1").arg(m_count));
    auto runner = localCommandRunner();
    QElapsedTimer timer;
    timer.start();
    auto out = runner->run(QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), QStringLiteral("sleep 1000 & echo $$ $! > '%1'; wait").arg(pids)}, 500, nullptr);
    QVERIFY(!out);
    QCOMPARE(out.error().code, ErrorCode::Apply);
    QVERIFY2(
        out.error().message.contains(QLatin1String("did not finish within 0.5 s")), qPrintable(out.error().message));
    QVERIFY2(timer.elapsed() < 30000, "the time limit did not end the wait");
    const QList<QByteArray> ids = readBytes(pids).trimmed().split(' ');
    QCOMPARE(ids.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(ids.at(0).toLongLong()), 5000);
    QTRY_VERIFY2_WITH_TIMEOUT(processGone(ids.at(1).toLongLong()), "the tool's child outlived it", 5000);
}

void TestFileAccess::commandCancelEndsIt()
{
    std::atomic<bool> cancel {false};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    auto runner = localCommandRunner();
    QElapsedTimer timer;
    timer.start();
    auto out
        = runner->run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("sleep 1000")}, 600000, &cancel);
    canceller.join();
    QVERIFY(!out);
    QCOMPARE(out.error().code, ErrorCode::Cancelled);
    QCOMPARE(out.error().message,
        QStringLiteral("sh -c sleep 1000 was cancelled and did not end within 5 s; it was stopped"));
    QVERIFY2(timer.elapsed() < 30000, "cancel did not end the wait");
}

void TestFileAccess::commandFinishingAfterCancelKeepsItsResult()
{
    // Cancelled while it was changing something: it gets to finish.
    std::atomic<bool> cancel {false};
    auto runner = localCommandRunner();
    Result<CommandOutput> out;
    {
        const DelayedCancel canceller(cancel, 100);
        out = runner->run(
            QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("sleep 1; echo done")}, 600000, &cancel);
    }
    QVERIFY2(out, why(out));
    QCOMPARE(out->standardOutput, QByteArray("done\n"));
}

void TestFileAccess::commandMissing()
{
    auto out = localCommandRunner()->run(m_tmp.filePath(QStringLiteral("no-such-tool")), {}, 5000, nullptr);
    QVERIFY(!out);
    QVERIFY2(out.error().message.startsWith(QLatin1String("cannot run '")), qPrintable(out.error().message));
}

QTEST_GUILESS_MAIN(TestFileAccess)
#include "tst_fileaccess.moc"
