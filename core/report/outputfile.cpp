#include "outputfile.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

OutputFile::OutputFile(QString path, QString what) : m_path(std::move(path)), m_what(std::move(what))
{ }

OutputFile::~OutputFile()
{
    cancel();
}

Error OutputFile::failure(const QString &cause) const
{
    const QString kept = m_inPlace ? QString()
        : m_existed                ? Text::tr("; the previous file is untouched")
                                   : Text::tr("; no file was written");
    return Error {ErrorCode::Io, Text::tr("%1 '%2': cannot be written (%3)%4").arg(m_what, m_path, cause, kept)};
}

Result<void> OutputFile::open()
{
    if (m_path.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("%1: no file name given").arg(m_what));
    const QByteArray native = QFile::encodeName(m_path);
    struct stat st {
    };
    if (::stat(native.constData(), &st) == 0) {
        m_existed = true;
        if (S_ISDIR(st.st_mode))
            return fail(ErrorCode::InvalidArgument, Text::tr("%1 '%2' is a folder").arg(m_what, m_path));
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
            // Non-blocking open: a pipe with no reader fails at once (ENXIO)
            // instead of waiting for one; writes then block as usual.
            const int fd = ::open(native.constData(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
            if (fd < 0) {
                const int error = errno;
                return fail(failure(error == ENXIO ? Text::tr("no program reads from this pipe") : errnoText(error)));
            }
            const int flags = ::fcntl(fd, F_GETFL);
            if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
                const int error = errno;
                ::close(fd);
                return fail(failure(errnoText(error)));
            }
            m_fd = fd;
            m_inPlace = true;
            return {};
        }
        if (!S_ISREG(st.st_mode)) {
            return fail(ErrorCode::InvalidArgument,
                Text::tr("%1 '%2' is not a regular file, a character device or a pipe; refusing to write to it")
                    .arg(m_what, m_path));
        }
    }
    m_save = std::make_unique<QSaveFile>(m_path);
    // Unbuffered: every write reaches the file system at once and its error
    // is seen. (Qt 6.4's QSaveFile::commit() misses a failure of the flush
    // of its own buffer, and renames a truncated file over the target.)
    if (!m_save->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const Error error = failure(m_save->errorString());
        m_save.reset();
        return fail(error);
    }
    return {};
}

Result<void> OutputFile::write(QByteArrayView bytes)
{
    if (m_save) {
        if (m_save->write(bytes.data(), bytes.size()) != bytes.size()) {
            const Error error = failure(m_save->errorString());
            cancel();
            return fail(error);
        }
        return {};
    }
    if (m_fd < 0)
        return fail(ErrorCode::Io, Text::tr("%1 '%2': not open").arg(m_what, m_path));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const Error error = failure(n < 0 ? errnoText(errno) : Text::tr("nothing more could be written"));
            cancel();
            return fail(error);
        }
        done += n;
    }
    return {};
}

Result<void> OutputFile::commit()
{
    if (m_save) {
        const bool committed = m_save->commit();
        const Error error = failure(m_save->errorString());
        m_save.reset();
        if (!committed)
            return fail(error);
        return {};
    }
    if (m_fd < 0)
        return fail(ErrorCode::Io, Text::tr("%1 '%2': not open").arg(m_what, m_path));
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0 && errno != EINTR)
        return fail(failure(errnoText(errno)));
    return {};
}

void OutputFile::cancel()
{
    if (m_save) {
        m_save->cancelWriting();
        m_save.reset();
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

Result<void> writeOutputFile(const QString &path, const QString &what, QByteArrayView bytes)
{
    OutputFile file(path, what);
    if (auto opened = file.open(); !opened)
        return opened;
    if (auto written = file.write(bytes); !written)
        return written;
    return file.commit();
}

} // namespace em
