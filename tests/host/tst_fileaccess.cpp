// The two parts a host is built from: FileAccess (local files confined to a
// root; what every FileAccess guarantees is tst_fileconfinement, run on this
// one and on SFTP; here what only the local one has: devices, the kernel's
// lock) and CommandRunner (QProcess with a time limit and cancel that end the
// tool and what it started).

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

class TestFileAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void devicesAreRefused();
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
