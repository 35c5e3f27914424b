#include "localfile.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedFile)
};

QString typeText(mode_t mode)
{
    if (S_ISDIR(mode))
        return Text::tr("a directory");
    if (S_ISFIFO(mode))
        return Text::tr("a FIFO (named pipe)");
    if (S_ISCHR(mode))
        return Text::tr("a character device");
    if (S_ISBLK(mode))
        return Text::tr("a block device");
    if (S_ISSOCK(mode))
        return Text::tr("a socket");
    return Text::tr("a special file");
}

em::Unexpected<Error> notRegular(const QString &what, const QString &path, mode_t mode)
{
    return fail(ErrorCode::Io,
        Text::tr("%1 '%2' is %3, not a regular file; refusing to read it").arg(what, path, typeText(mode)));
}

em::Unexpected<Error> tooLarge(const QString &what, const QString &path, qint64 size, qint64 maxBytes)
{
    return fail(ErrorCode::Io,
        Text::tr("%1 '%2': %3 bytes is over the limit of %4 bytes").arg(what, path).arg(size).arg(maxBytes));
}

em::Unexpected<Error> systemError(const QString &what, const QString &path, int error)
{
    if (error == ENOENT)
        return fail(ErrorCode::Io, Text::tr("%1 '%2': not found").arg(what, path));
    return fail(ErrorCode::Io,
        Text::tr("%1 '%2': cannot be read: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(error))));
}

struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
};
} // namespace

Result<QByteArray> readLocalFile(const QString &path, const QString &what, qint64 maxBytes, bool *overLimit)
{
    bool ignored = false;
    bool &over = overLimit ? *overLimit : ignored;
    over = false;
    if (path.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("%1: no file name given").arg(what));
    const QByteArray native = QFile::encodeName(path);
    // The type is checked before opening: opening a FIFO blocks until a
    // writer comes, and a device never ends.
    struct stat st {
    };
    if (::stat(native.constData(), &st) != 0)
        return systemError(what, path, errno);
    if (!S_ISREG(st.st_mode))
        return notRegular(what, path, st.st_mode);
    if (st.st_size > maxBytes) {
        over = true;
        return tooLarge(what, path, st.st_size, maxBytes);
    }
    // O_NONBLOCK: should the path be replaced by a FIFO after the check, the
    // open does not wait for a writer; fstat then refuses it.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return systemError(what, path, errno);
    FdCloser closer {fd};
    if (::fstat(fd, &st) != 0)
        return systemError(what, path, errno);
    if (!S_ISREG(st.st_mode))
        return notRegular(what, path, st.st_mode);
    if (st.st_size > maxBytes) {
        over = true;
        return tooLarge(what, path, st.st_size, maxBytes);
    }
    QByteArray data;
    data.reserve(qsizetype(st.st_size));
    char buffer[65536];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return systemError(what, path, errno);
        if (n == 0)
            break;
        if (data.size() + n > maxBytes) {
            over = true;
            return fail(ErrorCode::Io,
                Text::tr("%1 '%2': grew past the limit of %3 bytes while being read").arg(what, path).arg(maxBytes));
        }
        data.append(buffer, qsizetype(n));
    }
    return data;
}

} // namespace em
