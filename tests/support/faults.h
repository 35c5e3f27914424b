#pragma once

// Real faults for tests, no mocks: a small tmpfs that the test fills up (a
// full disk), and another connection holding an SQLite write transaction (a
// directory locked by another writer).
//
// Mounting a tmpfs needs CAP_SYS_ADMIN: root in the CI container. Without it
// the fixture says so and the test fails (it is never skipped).

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace em::test {

class SmallTmpfs
{
public:
    // Mounts a tmpfs of `kib` KiB on `path` (created when missing).
    SmallTmpfs(const QString &path, int kib) : m_path(path)
    {
        QDir().mkpath(path);
        const QByteArray target = QFile::encodeName(path);
        const QByteArray options = "size=" + QByteArray::number(kib) + "k,mode=0755";
        if (::mount("tmpfs", target.constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0) {
            m_error = QStringLiteral("cannot mount a tmpfs on %1 (%2); the full-disk tests need root "
                                     "(CAP_SYS_ADMIN), as in the CI container")
                          .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~SmallTmpfs()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;

    [[nodiscard]] bool ok() const { return m_mounted; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString filePath(const QString &name) const { return m_path + QLatin1Char('/') + name; }

    // Writes a filler file until the file system refuses more (ENOSPC), down
    // to the last byte. Returns false when it did not get there.
    bool fill()
    {
        const QByteArray name = QFile::encodeName(filePath(QStringLiteral(".filler")));
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (fd < 0)
            return false;
        const QByteArray chunk(64 * 1024, 'x');
        bool full = false;
        for (qsizetype size = chunk.size(); size >= 1; size /= 2) {
            for (;;) {
                const ssize_t n = ::write(fd, chunk.constData(), size_t(size));
                if (n < 0 && errno == ENOSPC) {
                    full = true;
                    break;
                }
                if (n <= 0)
                    break;
            }
        }
        ::close(fd);
        return full;
    }
    void unfill() { QFile::remove(filePath(QStringLiteral(".filler"))); }

private:
    QString m_path;
    QString m_error;
    bool m_mounted = false;
};

// Another writer: a connection of its own to an SQLite directory file that
// holds a write transaction (BEGIN IMMEDIATE) until released.
class DirectoryWriteLock
{
public:
    explicit DirectoryWriteLock(const QString &path)
        : m_name(QStringLiteral("em-test-writer-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            m_error = q.lastError().text();
        else
            m_held = true;
    }
    ~DirectoryWriteLock() { release(); }
    DirectoryWriteLock(const DirectoryWriteLock &) = delete;
    DirectoryWriteLock &operator=(const DirectoryWriteLock &) = delete;

    [[nodiscard]] bool held() const { return m_held; }
    [[nodiscard]] QString error() const { return m_error; }

    void release()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_held) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("ROLLBACK"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
        m_held = false;
    }

private:
    QString m_name;
    QString m_error;
    bool m_held = false;
};

} // namespace em::test
