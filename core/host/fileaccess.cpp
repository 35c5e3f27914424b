#include "fileaccess.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

// A file descriptor, closed when it goes out of scope.
class Fd
{
public:
    Fd() = default;
    explicit Fd(int fd) : m_fd(fd) { }
    Fd(Fd &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) { }
    Fd &operator=(Fd &&other) noexcept
    {
        reset(std::exchange(other.m_fd, -1));
        return *this;
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd() { reset(); }

    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] bool isValid() const { return m_fd >= 0; }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }
    // Closes and says whether close() succeeded (some file systems report a
    // failed write only there).
    bool close() { return ::close(std::exchange(m_fd, -1)) == 0; }

private:
    int m_fd = -1;
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path.isEmpty() ? QStringLiteral(".") : path);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString typeName(mode_t mode)
{
    if (S_ISFIFO(mode))
        return Text::tr("a FIFO (named pipe)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Text::tr("a device");
    if (S_ISSOCK(mode))
        return Text::tr("a socket");
    if (S_ISDIR(mode))
        return Text::tr("a folder");
    if (S_ISLNK(mode))
        return Text::tr("a symbolic link");
    return Text::tr("a special file");
}

em::Unexpected<Error> linkError(const QString &path)
{
    return fail(ErrorCode::Io, Text::tr("'%1' is a symbolic link; refusing to follow it").arg(shown(path)));
}

em::Unexpected<Error> notRegular(const QString &path, mode_t mode)
{
    return fail(ErrorCode::Io,
        Text::tr("'%1' is %2, not a regular file; refusing to open it").arg(shown(path), typeName(mode)));
}

em::Unexpected<Error> systemFailure(const QString &path, const QString &what, int error)
{
    return fail(ErrorCode::Io, Text::tr("'%1': %2: %3").arg(shown(path), what, systemError(error)));
}

QString limitText(qint64 limit)
{
    constexpr qint64 mib = 1024 * 1024;
    if (limit % mib == 0)
        return Text::tr("%1 MiB").arg(limit / mib);
    return Text::tr("%1 KiB").arg(limit / 1024.0, 0, 'f', 0);
}

em::Unexpected<Error> tooLarge(const QString &path, qint64 size, qint64 limit)
{
    return fail(ErrorCode::Io,
        Text::tr("'%1' is %2 bytes, more than the %3 such a file may have; refusing to read it")
            .arg(shown(path))
            .arg(size)
            .arg(limitText(limit)));
}

// The components of a relative path; "." and ".." would let a path leave
// the folder it names, so they are refused rather than resolved.
Result<QStringList> components(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String(".") || part == QLatin1String("..") || part.contains(QChar(0)))
            return fail(ErrorCode::InvalidArgument,
                Text::tr("path '%1': '%2' is not allowed in a path under a host root").arg(shown(path), part));
    }
    return parts;
}

bool sameFile(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

Result<void> writeAll(int fd, const char *data, qint64 size, const QString &path)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(std::min<qint64>(size, 1 << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return systemFailure(path, Text::tr("cannot write"), errno);
        }
        data += n;
        size -= n;
    }
    return {};
}

QByteArray temporaryName(const QByteArray &name)
{
    // "<name>.XXXXXX", as QSaveFile names its temporary files, so that a
    // leftover of a killed write is recognised whichever wrote it.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray result = name + '.';
    for (int i = 0; i < 6; ++i)
        result += alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))];
    return result;
}

class LocalFileLock final : public FileLock
{
public:
    LocalFileLock(Fd directory, QByteArray name, Fd file)
        : m_directory(std::move(directory)), m_name(std::move(name)), m_file(std::move(file))
    { }
    ~LocalFileLock() override
    {
        // Removed while still held, and only if it is still our file: a
        // waiter that opened it meanwhile sees it gone and opens it anew.
        struct stat mine {
        };
        struct stat named {
        };
        if (::fstat(m_file.get(), &mine) == 0
            && ::fstatat(m_directory.get(), m_name.constData(), &named, AT_SYMLINK_NOFOLLOW) == 0
            && sameFile(mine, named))
            ::unlinkat(m_directory.get(), m_name.constData(), 0);
    }

private:
    Fd m_directory;
    QByteArray m_name;
    Fd m_file; // holds the flock
};

class LocalFileAccess final : public FileAccess
{
public:
    LocalFileAccess(QString root, bool createRoot, FaultHook faults)
        : m_root(std::move(root)), m_createRoot(createRoot), m_faults(std::move(faults))
    { }

    [[nodiscard]] QString root() const override { return m_root; }

    Result<FileStatus> status(const QString &path) override
    {
        auto parts = components(path);
        if (!parts)
            return fail(parts.error());
        if (parts->isEmpty()) {
            if (auto root = rootFd(); !root)
                return fail(root.error());
            return FileStatus {FileType::Directory, 0, true};
        }
        bool missing = false;
        auto dir = walk(*parts, parts->size() - 1, false, &missing);
        if (!dir)
            return fail(dir.error());
        if (missing)
            return FileStatus {};
        struct stat st {
        };
        if (::fstatat(dir->get(), QFile::encodeName(parts->last()).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT)
                return FileStatus {};
            return systemFailure(path, Text::tr("cannot read its status"), errno);
        }
        if (S_ISLNK(st.st_mode))
            return linkError(path);
        FileStatus status;
        status.type = S_ISREG(st.st_mode) ? FileType::Regular
            : S_ISDIR(st.st_mode)         ? FileType::Directory
                                          : FileType::Special;
        status.size = st.st_size;
        status.writable = (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0;
        return status;
    }

    Result<QStringList> list(const QString &directory) override
    {
        auto parts = components(directory);
        if (!parts)
            return fail(parts.error());
        auto dir = walk(*parts, parts->size(), false, nullptr);
        if (!dir)
            return fail(dir.error());
        // A new open of the folder, not a dup: a dup shares the read
        // position with the held root descriptor.
        const int fd = ::openat(dir->get(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return systemFailure(directory, Text::tr("cannot list the folder"), errno);
        DIR *stream = ::fdopendir(fd);
        if (!stream) {
            const int error = errno;
            ::close(fd);
            return systemFailure(directory, Text::tr("cannot list the folder"), error);
        }
        QStringList names;
        errno = 0;
        while (const dirent *entry = ::readdir(stream)) {
            const QByteArray name(entry->d_name);
            if (name != "." && name != "..")
                names << QFile::decodeName(name);
        }
        const int error = errno;
        ::closedir(stream);
        if (error != 0)
            return systemFailure(directory, Text::tr("cannot list the folder"), error);
        return names;
    }

    Result<QByteArray> read(const QString &path, qint64 limit) override
    {
        auto parts = components(path);
        if (!parts)
            return fail(parts.error());
        if (parts->isEmpty())
            return fail(ErrorCode::InvalidArgument, Text::tr("no file name given"));
        bool missing = false;
        auto dir = walk(*parts, parts->size() - 1, false, &missing);
        if (!dir)
            return fail(dir.error());
        if (missing)
            return fail(ErrorCode::NotFound, Text::tr("'%1' does not exist").arg(shown(path)));
        const QByteArray name = QFile::encodeName(parts->last());
        // The type is checked before anything is opened (opening a FIFO
        // blocks, opening a device may act on it); the open must then find
        // that same file.
        struct stat before {
        };
        if (::fstatat(dir->get(), name.constData(), &before, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT)
                return fail(ErrorCode::NotFound, Text::tr("'%1' does not exist").arg(shown(path)));
            return systemFailure(path, Text::tr("cannot read its status"), errno);
        }
        if (S_ISLNK(before.st_mode))
            return linkError(path);
        if (!S_ISREG(before.st_mode))
            return notRegular(path, before.st_mode);
        if (before.st_size > limit)
            return tooLarge(path, before.st_size, limit);
        Fd file(::openat(dir->get(), name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
        if (!file.isValid()) {
            if (errno == ELOOP)
                return linkError(path);
            if (errno == ENOENT)
                return fail(ErrorCode::NotFound, Text::tr("'%1' does not exist").arg(shown(path)));
            return systemFailure(path, Text::tr("cannot open"), errno);
        }
        struct stat opened {
        };
        if (::fstat(file.get(), &opened) != 0)
            return systemFailure(path, Text::tr("cannot read its status"), errno);
        if (!S_ISREG(opened.st_mode))
            return notRegular(path, opened.st_mode);
        if (!sameFile(before, opened))
            return fail(ErrorCode::Io, Text::tr("'%1' was replaced while it was being opened").arg(shown(path)));

        QByteArray data(qsizetype(std::min<qint64>(opened.st_size, limit)), Qt::Uninitialized);
        qint64 filled = 0;
        for (;;) {
            if (filled == data.size()) {
                if (filled > limit)
                    return tooLarge(path, filled, limit);
                // The file grew since fstat: read on, up to one byte past the limit.
                data.resize(qsizetype(std::min<qint64>(limit + 1, std::max<qint64>(filled * 2, 4096))));
            }
            const ssize_t n = ::read(file.get(), data.data() + filled, size_t(data.size() - filled));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return systemFailure(path, Text::tr("cannot read"), errno);
            }
            if (n == 0)
                break;
            filled += n;
        }
        if (filled > limit)
            return tooLarge(path, filled, limit);
        data.truncate(qsizetype(filled));
        return data;
    }

    Result<void> write(const QString &path, const QByteArray &bytes) override { return store(path, bytes, true); }

    Result<void> create(const QString &path, const QByteArray &bytes) override { return store(path, bytes, false); }

    Result<void> remove(const QString &path) override
    {
        auto parts = components(path);
        if (!parts)
            return fail(parts.error());
        if (parts->isEmpty())
            return fail(ErrorCode::InvalidArgument, Text::tr("no file name given"));
        bool missing = false;
        auto dir = walk(*parts, parts->size() - 1, false, &missing);
        if (!dir)
            return fail(dir.error());
        if (missing)
            return fail(ErrorCode::NotFound, Text::tr("'%1' does not exist").arg(shown(path)));
        const QByteArray name = QFile::encodeName(parts->last());
        struct stat st {
        };
        if (::fstatat(dir->get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT)
                return fail(ErrorCode::NotFound, Text::tr("'%1' does not exist").arg(shown(path)));
            return systemFailure(path, Text::tr("cannot read its status"), errno);
        }
        if (S_ISLNK(st.st_mode))
            return linkError(path);
        if (!S_ISREG(st.st_mode))
            return notRegular(path, st.st_mode);
        if (::unlinkat(dir->get(), name.constData(), 0) != 0)
            return systemFailure(path, Text::tr("cannot remove it"), errno);
        if (::fsync(dir->get()) != 0)
            return systemFailure(path, Text::tr("removed, but its folder could not be flushed to disk"), errno);
        return {};
    }

    Result<void> makeDirectories(const QString &path) override
    {
        auto parts = components(path);
        if (!parts)
            return fail(parts.error());
        auto dir = walk(*parts, parts->size(), true, nullptr);
        if (!dir)
            return fail(dir.error());
        return {};
    }

    Result<std::unique_ptr<FileLock>> tryLock(const QString &path) override
    {
        auto parts = components(path);
        if (!parts)
            return fail(parts.error());
        if (parts->isEmpty())
            return fail(ErrorCode::InvalidArgument, Text::tr("no file name given"));
        auto dir = walk(*parts, parts->size() - 1, false, nullptr);
        if (!dir)
            return fail(dir.error());
        const QByteArray name = QFile::encodeName(parts->last());
        // The previous holder removes the file as it lets go; a file opened
        // just before that is no longer the lock, so the name is checked
        // after locking and the open tried again.
        for (int attempt = 0; attempt < 20; ++attempt) {
            Fd file(
                ::openat(dir->get(), name.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644));
            if (!file.isValid()) {
                if (errno == ELOOP)
                    return linkError(path);
                return systemFailure(path, Text::tr("cannot open the lock file"), errno);
            }
            struct stat mine {
            };
            if (::fstat(file.get(), &mine) != 0)
                return systemFailure(path, Text::tr("cannot read its status"), errno);
            if (!S_ISREG(mine.st_mode))
                return notRegular(path, mine.st_mode);
            if (::flock(file.get(), LOCK_EX | LOCK_NB) != 0) {
                if (errno == EWOULDBLOCK || errno == EINTR)
                    return std::unique_ptr<FileLock>();
                return systemFailure(path, Text::tr("cannot lock"), errno);
            }
            struct stat named {
            };
            if (::fstatat(dir->get(), name.constData(), &named, AT_SYMLINK_NOFOLLOW) == 0 && sameFile(mine, named)) {
                Fd directory(::fcntl(dir->get(), F_DUPFD_CLOEXEC, 0));
                if (!directory.isValid())
                    return systemFailure(path, Text::tr("cannot lock"), errno);
                return std::unique_ptr<FileLock>(
                    std::make_unique<LocalFileLock>(std::move(directory), name, std::move(file)));
            }
        }
        return std::unique_ptr<FileLock>(); // it keeps changing hands: held, for the caller's wait
    }

private:
    Result<int> rootFd()
    {
        if (m_rootFd.isValid())
            return m_rootFd.get();
        const QByteArray encoded = QFile::encodeName(m_root);
        m_rootFd.reset(::open(encoded.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!m_rootFd.isValid() && errno == ENOENT && m_createRoot) {
            if (!QDir().mkpath(m_root))
                return fail(ErrorCode::Io, Text::tr("cannot create the folder '%1'").arg(shown(m_root)));
            m_rootFd.reset(::open(encoded.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        }
        if (!m_rootFd.isValid())
            return fail(
                ErrorCode::Io, Text::tr("cannot open the folder '%1': %2").arg(shown(m_root), systemError(errno)));
        return m_rootFd.get();
    }

    // The folder made of the first `count` components, each opened in the
    // one before it without following a link. When one is missing: created
    // with `create`, else `*missing` is set (an invalid Fd returned), else NotFound.
    Result<Fd> walk(const QStringList &parts, qsizetype count, bool create, bool *missing)
    {
        auto root = rootFd();
        if (!root)
            return fail(root.error());
        Fd current(::fcntl(*root, F_DUPFD_CLOEXEC, 0));
        if (!current.isValid())
            return systemFailure(m_root, Text::tr("cannot open the folder"), errno);
        QString walked;
        for (qsizetype i = 0; i < count; ++i) {
            walked = joinPath(walked, parts.at(i));
            const QByteArray name = QFile::encodeName(parts.at(i));
            constexpr int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
            int fd = ::openat(current.get(), name.constData(), flags);
            if (fd < 0 && errno == ENOENT && create) {
                if (::mkdirat(current.get(), name.constData(), 0777) != 0 && errno != EEXIST)
                    return systemFailure(walked, Text::tr("cannot create the folder"), errno);
                fd = ::openat(current.get(), name.constData(), flags);
            }
            if (fd < 0) {
                const int error = errno;
                if (error == ENOENT) {
                    if (missing) {
                        *missing = true;
                        return Fd();
                    }
                    return fail(ErrorCode::NotFound, Text::tr("'%1' does not exist").arg(shown(walked)));
                }
                struct stat st {
                };
                if ((error == ELOOP || error == ENOTDIR)
                    && ::fstatat(current.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
                    if (S_ISLNK(st.st_mode))
                        return linkError(walked);
                    return fail(
                        ErrorCode::Io, Text::tr("'%1' is %2, not a folder").arg(shown(walked), typeName(st.st_mode)));
                }
                return systemFailure(walked, Text::tr("cannot open the folder"), error);
            }
            current = Fd(fd);
        }
        return current;
    }

    Result<void> store(const QString &path, const QByteArray &bytes, bool replace)
    {
        auto parts = components(path);
        if (!parts)
            return fail(parts.error());
        if (parts->isEmpty())
            return fail(ErrorCode::InvalidArgument, Text::tr("no file name given"));
        auto dir = walk(*parts, parts->size() - 1, false, nullptr);
        if (!dir)
            return fail(dir.error());
        const QByteArray name = QFile::encodeName(parts->last());
        struct stat existing {
        };
        bool exists = false;
        if (::fstatat(dir->get(), name.constData(), &existing, AT_SYMLINK_NOFOLLOW) == 0) {
            exists = true;
            if (S_ISLNK(existing.st_mode))
                return linkError(path);
            if (!replace)
                return fail(ErrorCode::AlreadyExists, Text::tr("'%1' already exists").arg(shown(path)));
            if (!S_ISREG(existing.st_mode))
                return notRegular(path, existing.st_mode);
        } else if (errno != ENOENT) {
            return systemFailure(path, Text::tr("cannot read its status"), errno);
        }

        QByteArray temporary;
        Fd out;
        for (int attempt = 0; attempt < 100 && !out.isValid(); ++attempt) {
            temporary = temporaryName(name);
            out.reset(::openat(dir->get(), temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                exists ? 0600 : 0666));
            if (!out.isValid() && errno != EEXIST)
                return systemFailure(path, Text::tr("cannot create a temporary file beside it"), errno);
        }
        if (!out.isValid())
            return fail(ErrorCode::Io, Text::tr("'%1': cannot create a temporary file beside it").arg(shown(path)));
        // From here on a failure removes the temporary file: nothing half-written stays.
        auto discard = [&](em::Unexpected<Error> error) {
            out.reset();
            ::unlinkat(dir->get(), temporary.constData(), 0);
            return error;
        };
        const QString full = fullPath(path);
        if (replace && m_faults && m_faults(QStringLiteral("write"), full)) {
            // A device that fails half way.
            (void)writeAll(out.get(), bytes.constData(), bytes.size() / 2, path);
            return discard(systemFailure(path, Text::tr("cannot write"), EIO));
        }
        if (auto ok = writeAll(out.get(), bytes.constData(), bytes.size(), path); !ok)
            return discard(fail(ok.error()));
        if (exists && ::fchmod(out.get(), existing.st_mode & 07777) != 0)
            return discard(systemFailure(path, Text::tr("cannot keep its permissions"), errno));
        if (::fsync(out.get()) != 0)
            return discard(systemFailure(path, Text::tr("cannot flush it to disk"), errno));
        if (!out.close())
            return discard(systemFailure(path, Text::tr("cannot write"), errno));
        if (replace && m_faults && m_faults(QStringLiteral("commit"), full))
            return discard(systemFailure(path, Text::tr("cannot rename the temporary file over it"), EIO));
        if (replace) {
            if (::renameat(dir->get(), temporary.constData(), dir->get(), name.constData()) != 0)
                return discard(systemFailure(path, Text::tr("cannot rename the temporary file over it"), errno));
        } else {
            int renamed
                = ::renameat2(dir->get(), temporary.constData(), dir->get(), name.constData(), RENAME_NOREPLACE);
            if (renamed != 0 && (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP)) {
                // A file system without no-replace renames (some network
                // shares): check, then rename; callers pick unused names.
                struct stat taken {
                };
                if (::fstatat(dir->get(), name.constData(), &taken, AT_SYMLINK_NOFOLLOW) == 0)
                    errno = EEXIST;
                else
                    renamed = ::renameat(dir->get(), temporary.constData(), dir->get(), name.constData());
            }
            if (renamed != 0) {
                if (errno == EEXIST)
                    return discard(fail(ErrorCode::AlreadyExists, Text::tr("'%1' already exists").arg(shown(path))));
                return discard(systemFailure(path, Text::tr("cannot rename the temporary file to it"), errno));
            }
        }
        if (::fsync(dir->get()) != 0)
            return systemFailure(path, Text::tr("written, but its folder could not be flushed to disk"), errno);
        return {};
    }

    QString m_root;
    bool m_createRoot = false;
    FaultHook m_faults;
    Fd m_rootFd;
};
} // namespace

QString FileAccess::fullPath(const QString &path) const
{
    return joinPath(root(), path);
}

std::unique_ptr<FileAccess> localFileAccess(const QString &root, bool createRoot, FaultHook faults)
{
    return std::make_unique<LocalFileAccess>(QDir::cleanPath(root), createRoot, std::move(faults));
}

QString parentPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QString fileNamePart(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString joinPath(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a.endsWith(QLatin1Char('/')) ? a + b : a + QLatin1Char('/') + b;
}

} // namespace em::host
