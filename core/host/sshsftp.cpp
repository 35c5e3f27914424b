#include "sshsftp.h"

#include <algorithm>
#include <deque>
#include <map>

#include <csignal>
#include <cstring>
#include <mutex>

#include <unistd.h>

#include <libssh/libssh.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

// SFTP version 3 (draft-ietf-secsh-filexfer-02).
enum : quint8 {
    FxpInit = 1,
    FxpVersion = 2,
    FxpOpen = 3,
    FxpClose = 4,
    FxpRead = 5,
    FxpWrite = 6,
    FxpLstat = 7,
    FxpFstat = 8,
    FxpFsetstat = 10,
    FxpOpendir = 11,
    FxpReaddir = 12,
    FxpRemove = 13,
    FxpMkdir = 14,
    FxpStat = 17,
    FxpRename = 18,
    FxpStatus = 101,
    FxpHandle = 102,
    FxpData = 103,
    FxpName = 104,
    FxpAttrs = 105,
    FxpExtended = 200,
    FxpExtendedReply = 201,
};
enum : quint32 {
    FxOk = 0,
    FxEof = 1,
    FxNoSuchFile = 2,
    FxPermissionDenied = 3,
    FxFailure = 4,
    FxOpUnsupported = 8,
};
enum : quint32 {
    OpenRead = 0x01,
    OpenWrite = 0x02,
    OpenCreate = 0x08,
    OpenTruncate = 0x10,
    OpenExclusive = 0x20,
};
enum : quint32 {
    AttrSize = 0x01,
    AttrUidGid = 0x02,
    AttrPermissions = 0x04,
    AttrTimes = 0x08,
    AttrExtended = 0x80000000,
};
constexpr quint32 typeMask = 0170000;
constexpr quint32 typeRegular = 0100000;
constexpr quint32 typeDirectory = 0040000;
constexpr quint32 typeLink = 0120000;
constexpr quint32 typeFifo = 0010000;
constexpr quint32 typeCharDevice = 0020000;
constexpr quint32 typeBlockDevice = 0060000;
constexpr quint32 typeSocket = 0140000;

constexpr qsizetype maxReply = 1024 * 1024; // OpenSSH sends at most 256 KiB
constexpr quint32 chunk = 32 * 1024; // per READ and WRITE, as OpenSSH's sftp client
constexpr int inFlight = 16; // requests pipelined
// A host lock older than this, by its holder's clock, is taken to be left
// behind by a process that ended or lost its connection while holding it.
constexpr qint64 staleLockSeconds = 10 * 60;

class Packer
{
public:
    Packer &u8(quint8 v)
    {
        data.append(char(v));
        return *this;
    }
    Packer &u32(quint32 v)
    {
        for (int shift = 24; shift >= 0; shift -= 8)
            data.append(char((v >> shift) & 0xff));
        return *this;
    }
    Packer &u64(quint64 v)
    {
        u32(quint32(v >> 32));
        return u32(quint32(v & 0xffffffffu));
    }
    Packer &str(const QByteArray &v)
    {
        u32(quint32(v.size()));
        data.append(v);
        return *this;
    }
    Packer &permissions(std::optional<quint32> mode)
    {
        if (!mode)
            return u32(0);
        return u32(AttrPermissions).u32(*mode);
    }
    QByteArray data;
};

class Unpacker
{
public:
    explicit Unpacker(const QByteArray &data) : m_data(data) { }
    quint8 u8()
    {
        if (!need(1))
            return 0;
        return quint8(m_data.at(m_pos++));
    }
    quint32 u32()
    {
        if (!need(4))
            return 0;
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | quint8(m_data.at(m_pos++));
        return v;
    }
    quint64 u64()
    {
        const quint64 high = u32();
        return (high << 32) | u32();
    }
    QByteArray str()
    {
        const quint32 size = u32();
        if (!need(qsizetype(size)))
            return {};
        const QByteArray v = m_data.mid(m_pos, qsizetype(size));
        m_pos += qsizetype(size);
        return v;
    }
    SftpChannel::Attributes attributes()
    {
        SftpChannel::Attributes a;
        const quint32 flags = u32();
        if (flags & AttrSize) {
            a.hasSize = true;
            a.size = u64();
        }
        if (flags & AttrUidGid) {
            u32();
            u32();
        }
        if (flags & AttrPermissions) {
            a.hasPermissions = true;
            a.permissions = u32();
        }
        if (flags & AttrTimes) {
            a.hasTimes = true;
            u32(); // atime
            a.mtime = u32();
        }
        if (flags & AttrExtended) {
            const quint32 count = u32();
            for (quint32 i = 0; i < count && m_ok; ++i) {
                str();
                str();
            }
        }
        return a;
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] bool atEnd() const { return m_pos >= m_data.size(); }

private:
    bool need(qsizetype n)
    {
        if (!m_ok || n < 0 || m_data.size() - m_pos < n) {
            m_ok = false;
            return false;
        }
        return true;
    }
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

struct Status {
    quint32 code = FxOk;
    QString message;
};

std::optional<Status> statusOf(const SftpChannel::Reply &reply)
{
    if (reply.type != FxpStatus)
        return std::nullopt;
    Unpacker in(reply.body);
    Status status;
    status.code = in.u32();
    status.message = QString::fromUtf8(in.str());
    if (!in.ok())
        return std::nullopt;
    return status;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path.isEmpty() ? QStringLiteral(".") : path);
}

quint32 readBigEndian32(const char *p)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(p[i]);
    return v;
}
} // namespace

// ---------------------------------------------------------------------------
// The channel

SftpChannel::SftpChannel(std::shared_ptr<SshSession> session, ssh_channel channel)
    : m_session(std::move(session)), m_channel(channel)
{ }

SftpChannel::~SftpChannel()
{
    m_session->closeChannel(m_channel);
}

Result<std::shared_ptr<SftpChannel>> SftpChannel::open(std::shared_ptr<SshSession> session)
{
    SshDeadline deadline = session->deadline(SshDeadline::Interruptible);
    auto channel = session->openSubsystem("sftp", deadline);
    if (!channel)
        return fail(channel.error());
    std::shared_ptr<SftpChannel> sftp(new SftpChannel(std::move(session), *channel));
    if (auto ok = sftp->init(deadline); !ok)
        return fail(ok.error());
    return sftp;
}

Result<void> SftpChannel::init(SshDeadline &deadline)
{
    const QString what = Text::tr("%1: starting SFTP").arg(m_session->name());
    Packer packet;
    packet.u32(5).u8(FxpInit).u32(3);
    if (auto ok = writeAll(packet.data, deadline, what); !ok)
        return ok;
    while (!m_version) {
        if (auto ok = takePackets(what); !ok)
            return ok;
        if (m_version)
            break;
        auto got = readAvailable(what);
        if (!got)
            return fail(got.error());
        if (!*got) {
            if (auto ok = m_session->wait(deadline, what); !ok)
                return ok;
        }
    }
    Unpacker in(*m_version);
    const quint32 version = in.u32();
    if (!in.ok() || version < 3)
        return m_session->broken(Error(ErrorCode::Network,
            Text::tr("%1: the server speaks SFTP version %2; version 3 is needed").arg(what).arg(version)));
    while (!in.atEnd()) {
        const QByteArray name = in.str();
        const QByteArray data = in.str();
        if (!in.ok())
            break;
        m_extensions.insert(name + ' ' + data);
    }
    m_version.reset();
    return {};
}

bool SftpChannel::hasExtension(const char *name) const
{
    for (const QByteArray &entry : m_extensions) {
        if (entry.startsWith(QByteArray(name) + ' '))
            return true;
    }
    return false;
}

Result<void> SftpChannel::writeAll(const QByteArray &bytes, SshDeadline &deadline, const QString &what)
{
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const int n = ssh_channel_write(
            m_channel, bytes.constData() + offset, uint32_t(std::min<qsizetype>(bytes.size() - offset, chunk)));
        if (n < 0)
            return m_session->broken(Error(
                ErrorCode::Network, Text::tr("%1: the connection was lost (%2)").arg(what, m_session->lastError())));
        offset += n;
        if (n == 0) {
            // The server's window is full: take in its replies meanwhile.
            auto got = readAvailable(what);
            if (!got)
                return fail(got.error());
            if (auto ok = m_session->wait(deadline, what); !ok)
                return ok;
        }
    }
    return {};
}

Result<bool> SftpChannel::readAvailable(const QString &what)
{
    char buffer[64 * 1024];
    bool any = false;
    for (;;) {
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
        if (n > 0) {
            m_in.append(buffer, n);
            any = true;
            continue;
        }
        if (n == 0 && !ssh_channel_is_eof(m_channel) && ssh_channel_is_open(m_channel))
            return any;
        if (any)
            return true; // the replies that did come first
        return m_session->broken(Error(ErrorCode::Network,
            n == SSH_ERROR || !ssh_channel_is_open(m_channel)
                ? Text::tr("%1: the connection was lost (%2)").arg(what, m_session->lastError())
                : Text::tr("%1: the server ended the SFTP session").arg(what)));
    }
}

Result<void> SftpChannel::takePackets(const QString &what)
{
    while (m_in.size() >= 4) {
        const quint32 length = readBigEndian32(m_in.constData());
        if (length < 1 || qsizetype(length) > maxReply)
            return m_session->broken(Error(ErrorCode::Network,
                Text::tr("%1: the server sent a malformed SFTP packet (%2 bytes)").arg(what).arg(length)));
        if (m_in.size() < 4 + qsizetype(length))
            return {};
        const quint8 type = quint8(m_in.at(4));
        if (type == FxpVersion) {
            m_version = m_in.mid(5, qsizetype(length) - 1);
        } else {
            if (length < 5)
                return m_session->broken(
                    Error(ErrorCode::Network, Text::tr("%1: the server sent a malformed SFTP packet").arg(what)));
            const quint32 id = readBigEndian32(m_in.constData() + 5);
            if (!m_forgotten.remove(id))
                m_replies.insert(id, Reply {type, m_in.mid(9, qsizetype(length) - 5)});
        }
        m_in.remove(0, 4 + qsizetype(length));
    }
    return {};
}

Result<quint32> SftpChannel::send(quint8 type, const QByteArray &payload, SshDeadline &deadline, const QString &what)
{
    if (auto ok = m_session->usable(); !ok)
        return fail(ok.error());
    const quint32 id = m_nextId++;
    Packer packet;
    packet.u32(quint32(payload.size() + 5)).u8(type).u32(id);
    packet.data.append(payload);
    if (auto ok = writeAll(packet.data, deadline, what); !ok)
        return fail(ok.error());
    return id;
}

Result<SftpChannel::Reply> SftpChannel::receive(quint32 id, SshDeadline &deadline, const QString &what)
{
    for (;;) {
        if (auto it = m_replies.find(id); it != m_replies.end()) {
            Reply reply = *it;
            m_replies.erase(it);
            return reply;
        }
        if (auto ok = m_session->usable(); !ok)
            return fail(ok.error());
        auto got = readAvailable(what);
        if (!got)
            return fail(got.error());
        if (auto ok = takePackets(what); !ok)
            return fail(ok.error());
        if (m_replies.contains(id))
            continue;
        if (!*got) {
            if (auto ok = m_session->wait(deadline, what); !ok) {
                forget(id);
                return fail(ok.error());
            }
        }
    }
}

void SftpChannel::forget(quint32 id)
{
    if (!m_replies.remove(id))
        m_forgotten.insert(id);
}

// ---------------------------------------------------------------------------
// The files

namespace {
using Attributes = SftpChannel::Attributes;

QString typeName(quint32 permissions)
{
    switch (permissions & typeMask) {
    case typeFifo:
        return Text::tr("a FIFO (named pipe)");
    case typeCharDevice:
    case typeBlockDevice:
        return Text::tr("a device");
    case typeSocket:
        return Text::tr("a socket");
    case typeDirectory:
        return Text::tr("a folder");
    case typeLink:
        return Text::tr("a symbolic link");
    default:
        return Text::tr("a special file");
    }
}

bool isLink(const Attributes &a)
{
    return (a.permissions & typeMask) == typeLink;
}
bool isDirectory(const Attributes &a)
{
    return (a.permissions & typeMask) == typeDirectory;
}
bool isRegular(const Attributes &a)
{
    return (a.permissions & typeMask) == typeRegular;
}

em::Unexpected<Error> linkError(const QString &path)
{
    return fail(ErrorCode::Io, Text::tr("'%1' is a symbolic link; refusing to follow it").arg(shown(path)));
}

em::Unexpected<Error> notRegular(const QString &path, const Attributes &a)
{
    return fail(ErrorCode::Io,
        Text::tr("'%1' is %2, not a regular file; refusing to open it").arg(shown(path), typeName(a.permissions)));
}

em::Unexpected<Error> tooLarge(const QString &path, quint64 size, qint64 limit)
{
    constexpr qint64 mib = 1024 * 1024;
    const QString limitText
        = limit % mib == 0 ? Text::tr("%1 MiB").arg(limit / mib) : Text::tr("%1 KiB").arg(limit / 1024.0, 0, 'f', 0);
    return fail(ErrorCode::Io,
        Text::tr("'%1' is %2 bytes, more than the %3 such a file may have; refusing to read it")
            .arg(shown(path))
            .arg(size)
            .arg(limitText));
}

Result<QStringList> components(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String(".") || part == QLatin1String("..") || part.contains(QChar(0))
            || part.contains(QLatin1Char('\\')))
            return fail(ErrorCode::InvalidArgument,
                Text::tr("path '%1': '%2' is not allowed in a path under a host root").arg(shown(path), part));
    }
    return parts;
}

QString temporarySuffix()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString result = QStringLiteral(".emtmp-");
    for (int i = 0; i < 6; ++i)
        result += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
    return result;
}

// The tokens of the host locks this process holds: a lock file of this
// process whose token is not here was left behind (its connection was
// lost before it could be removed).
class HeldLocks
{
public:
    void add(const QByteArray &token)
    {
        const std::lock_guard lock(m_mutex);
        m_tokens.insert(token);
    }
    void remove(const QByteArray &token)
    {
        const std::lock_guard lock(m_mutex);
        m_tokens.remove(token);
    }
    bool contains(const QByteArray &token)
    {
        const std::lock_guard lock(m_mutex);
        return m_tokens.contains(token);
    }

private:
    std::mutex m_mutex;
    QSet<QByteArray> m_tokens;
};

HeldLocks &heldLocks()
{
    static HeldLocks locks;
    return locks;
}

QByteArray lockField(const QByteArray &content, const char *name)
{
    for (const QByteArray &line : content.split('\n')) {
        if (line.startsWith(QByteArray(name) + ": "))
            return line.mid(qsizetype(std::strlen(name)) + 2).trimmed();
    }
    return {};
}

class SftpFileLock final : public FileLock
{
public:
    SftpFileLock(std::shared_ptr<SftpChannel> sftp, QString root, QString path, QByteArray content)
        : m_sftp(std::move(sftp)), m_root(std::move(root)), m_path(std::move(path)), m_content(std::move(content))
    { }
    ~SftpFileLock() override;

private:
    std::shared_ptr<SftpChannel> m_sftp; // the connection outlives the lock
    QString m_root;
    QString m_path;
    QByteArray m_content;
};

class SftpFileAccess final : public FileAccess
{
public:
    SftpFileAccess(std::shared_ptr<SftpChannel> sftp, QString root, FaultHook faults)
        : m_sftp(std::move(sftp)), m_root(std::move(root)), m_faults(std::move(faults))
    { }

    [[nodiscard]] QString root() const override { return m_root; }

    Result<FileStatus> status(const QString &path) override
    {
        auto deadline = session().deadline(SshDeadline::Interruptible);
        auto at = walk(path, deadline, Walk::RootAllowed, Walk::FoldersAbove | Walk::MayBeMissing);
        if (!at)
            return fail(at.error());
        if (at->parts.isEmpty())
            return FileStatus {FileType::Directory, 0, true};
        if (!at->found())
            return FileStatus {};
        const Attributes &a = *at->chain.last();
        if (isLink(a))
            return linkError(path);
        FileStatus status;
        status.type = isRegular(a) ? FileType::Regular : isDirectory(a) ? FileType::Directory : FileType::Special;
        status.size = qint64(a.size);
        status.writable = (a.permissions & 0222) != 0;
        return status;
    }

    Result<QStringList> list(const QString &directory) override
    {
        auto deadline = session().deadline(SshDeadline::Interruptible);
        if (auto at = walk(directory, deadline, Walk::RootAllowed, Walk::FoldersAll); !at)
            return fail(at.error());
        const QString what = operation(Text::tr("listing '%1'"), directory);
        auto id = m_sftp->send(FxpOpendir, Packer().str(remote(directory)).data, deadline, what);
        if (!id)
            return fail(id.error());
        auto handle = handleReply(*id, deadline, what, directory, Text::tr("cannot list the folder"));
        if (!handle)
            return fail(handle.error());
        QStringList names;
        for (;;) {
            auto next = m_sftp->send(FxpReaddir, Packer().str(*handle).data, deadline, what);
            if (!next)
                return fail(next.error());
            auto reply = m_sftp->receive(*next, deadline, what);
            if (!reply)
                return fail(reply.error());
            if (auto status = statusOf(*reply)) {
                closeHandle(*handle);
                if (status->code == FxEof)
                    break;
                return failure(directory, Text::tr("cannot list the folder"), *status);
            }
            if (reply->type != FxpName)
                return malformed(what);
            Unpacker in(reply->body);
            const quint32 count = in.u32();
            for (quint32 i = 0; i < count && in.ok(); ++i) {
                const QByteArray name = in.str();
                in.str(); // long name
                in.attributes();
                if (name != "." && name != "..")
                    names << QString::fromUtf8(name);
            }
            if (!in.ok())
                return malformed(what);
        }
        return names;
    }

    Result<QByteArray> read(const QString &path, qint64 limit) override
    {
        auto deadline = session().deadline(SshDeadline::Interruptible);
        return readFile(path, limit, deadline);
    }

    Result<void> write(const QString &path, const QByteArray &bytes) override { return store(path, bytes, true); }

    Result<void> create(const QString &path, const QByteArray &bytes) override { return store(path, bytes, false); }

    Result<void> remove(const QString &path) override
    {
        auto deadline = session().deadline(SshDeadline::Finishing);
        auto at = walk(path, deadline, Walk::NameNeeded, Walk::FoldersAbove | Walk::MustExist);
        if (!at)
            return fail(at.error());
        const Attributes &a = *at->chain.last();
        if (isLink(a))
            return linkError(path);
        if (!isRegular(a))
            return notRegular(path, a);
        return simpleRequest(FxpRemove, Packer().str(remote(path)).data, deadline, path, Text::tr("cannot remove it"));
    }

    Result<void> makeDirectories(const QString &path) override
    {
        auto deadline = session().deadline(SshDeadline::Finishing);
        auto at = walk(path, deadline, Walk::RootAllowed, Walk::Unchecked);
        if (!at)
            return fail(at.error());
        QString walked;
        for (qsizetype i = 0; i < at->parts.size(); ++i) {
            walked = joinPath(walked, at->parts.at(i));
            std::optional<Attributes> a = at->chain.at(i);
            if (!a) {
                // Missing from here on: made one after the other, each
                // looked at again (someone may have put a link there meanwhile).
                if (auto made = simpleRequest(FxpMkdir, Packer().str(remote(walked)).u32(0).data, deadline, walked,
                        Text::tr("cannot create the folder"));
                    !made) {
                    auto again = lstat(walked, deadline);
                    if (!again || !*again)
                        return made;
                }
                auto again = lstat(walked, deadline);
                if (!again)
                    return fail(again.error());
                a = *again;
                if (!a)
                    return fail(ErrorCode::Io, Text::tr("'%1': cannot create the folder").arg(shown(walked)));
            }
            if (isLink(*a))
                return linkError(walked);
            if (!isDirectory(*a))
                return fail(
                    ErrorCode::Io, Text::tr("'%1' is %2, not a folder").arg(shown(walked), typeName(a->permissions)));
        }
        return {};
    }

    Result<std::unique_ptr<FileLock>> tryLock(const QString &path) override
    {
        auto deadline = session().deadline(SshDeadline::Finishing);
        auto at = walk(path, deadline, Walk::NameNeeded, Walk::FoldersAbove);
        if (!at)
            return fail(at.error());
        // The lock is the file itself, created exclusively; its content
        // names the holder and when it took it.
        const QByteArray content = QStringLiteral("EM Console host lock\nholder: %1 pid %2\ntaken: %3\ntoken: %4\n")
                                       .arg(QHostInfo::localHostName())
                                       .arg(::getpid())
                                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                                       .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                                       .toUtf8();
        for (int attempt = 0; attempt < 2; ++attempt) {
            std::optional<Attributes> existing = at->chain.last();
            if (attempt > 0) {
                auto again = lstat(path, deadline);
                if (!again)
                    return fail(again.error());
                existing = *again;
            }
            if (existing) {
                if (isLink(*existing))
                    return linkError(path);
                if (!isRegular(*existing))
                    return notRegular(path, *existing);
                // Held; unless its holder is long gone.
                if (attempt == 0 && isStale(path, *existing, deadline)) {
                    (void)simpleRequest(FxpRemove, Packer().str(remote(path)).data, deadline, path, {});
                    continue;
                }
                return std::unique_ptr<FileLock>();
            }
            auto created = createExclusive(path, content, deadline);
            if (!created)
                return fail(created.error());
            if (*created) {
                heldLocks().add(lockField(content, "token"));
                return std::unique_ptr<FileLock>(std::make_unique<SftpFileLock>(m_sftp, m_root, path, content));
            }
            return std::unique_ptr<FileLock>(); // another holder was faster
        }
        return std::unique_ptr<FileLock>();
    }

    // The lock's release: removed only while it still holds what we wrote.
    void release(const QString &path, const QByteArray &content)
    {
        auto deadline = session().deadline(SshDeadline::Finishing);
        auto current = readFile(path, 4096, deadline);
        if (current && *current == content)
            (void)simpleRequest(FxpRemove, Packer().str(remote(path)).data, deadline, path, {});
    }

    // Creates the file with O_CREAT | O_EXCL on the server and writes
    // `content`; false when the name is taken.
    Result<bool> createExclusive(const QString &path, const QByteArray &content, SshDeadline &deadline)
    {
        const QString what = operation(Text::tr("creating '%1'"), path);
        auto reply = request(FxpOpen,
            Packer().str(remote(path)).u32(OpenWrite | OpenCreate | OpenExclusive).permissions(0644).data, deadline,
            what);
        if (!reply)
            return fail(reply.error());
        if (auto status = statusOf(*reply)) {
            auto taken = lstat(path, deadline);
            if (taken && *taken)
                return false;
            return failure(path, Text::tr("cannot create the lock file"), *status);
        }
        if (reply->type != FxpHandle)
            return malformed(what);
        Unpacker in(reply->body);
        const QByteArray handle = in.str();
        if (!in.ok())
            return malformed(what);
        auto written = handleRequest(FxpWrite, Packer().str(handle).u64(0).str(content).data, deadline, path,
            Text::tr("cannot write the lock file"), content.size());
        auto closed = handleRequest(FxpClose, Packer().str(handle).data, deadline, path,
            Text::tr("cannot write the lock file"), content.size());
        if (!written || !closed) {
            (void)simpleRequest(FxpRemove, Packer().str(remote(path)).data, deadline, path, {});
            return fail(!written ? written.error() : closed.error());
        }
        return true;
    }

private:
    [[nodiscard]] SshSession &session() const { return m_sftp->session(); }

    QByteArray remote(const QString &relative) const
    {
        if (relative.isEmpty())
            return m_root.toUtf8();
        return joinPath(m_root, relative).toUtf8();
    }

    // "ssh://u@h:22: reading 'x'"
    QString operation(const QString &verb, const QString &path) const
    {
        return session().name() + QStringLiteral(": ") + verb.arg(shown(path));
    }

    em::Unexpected<Error> malformed(const QString &what)
    {
        return session().broken(
            Error(ErrorCode::Network, Text::tr("%1: the server sent an unexpected SFTP reply").arg(what)));
    }

    em::Unexpected<Error> failure(const QString &path, const QString &verb, const Status &status)
    {
        switch (status.code) {
        case FxNoSuchFile:
            return fail(ErrorCode::NotFound, Text::tr("'%1' does not exist").arg(shown(path)));
        case FxPermissionDenied:
            return fail(ErrorCode::Io,
                Text::tr("'%1': %2: permission denied on the server (the SSH user may not do this)")
                    .arg(shown(path), verb));
        case FxOpUnsupported:
            return fail(ErrorCode::Io, Text::tr("'%1': %2: the server does not support this").arg(shown(path), verb));
        default:
            return fail(ErrorCode::Io,
                Text::tr("'%1': %2: the server reported: %3")
                    .arg(shown(path), verb, status.message.isEmpty() ? Text::tr("failure") : status.message));
        }
    }

    // One request and its reply (the connection's error when there is none).
    Result<SftpChannel::Reply> request(
        quint8 type, const QByteArray &payload, SshDeadline &deadline, const QString &what)
    {
        auto id = m_sftp->send(type, payload, deadline, what);
        if (!id)
            return fail(id.error());
        return m_sftp->receive(*id, deadline, what);
    }

    // A request answered by a status: the status, or why there is none.
    Result<Status> statusRequest(quint8 type, const QByteArray &payload, SshDeadline &deadline, const QString &what)
    {
        auto reply = request(type, payload, deadline, what);
        if (!reply)
            return fail(reply.error());
        const auto status = statusOf(*reply);
        if (!status)
            return malformed(what);
        return *status;
    }

    // A request answered by a status; OK or the error.
    Result<void> simpleRequest(
        quint8 type, const QByteArray &payload, SshDeadline &deadline, const QString &path, const QString &verb)
    {
        const QString what
            = session().name() + QStringLiteral(": ") + verb + QStringLiteral(" '") + shown(path) + QLatin1Char('\'');
        auto status = statusRequest(type, payload, deadline, what);
        if (!status)
            return fail(status.error());
        if (status->code != FxOk)
            return failure(path, verb, *status);
        return {};
    }

    Result<QByteArray> handleReply(
        quint32 id, SshDeadline &deadline, const QString &what, const QString &path, const QString &verb)
    {
        auto reply = m_sftp->receive(id, deadline, what);
        if (!reply)
            return fail(reply.error());
        if (auto status = statusOf(*reply))
            return failure(path, verb, *status);
        if (reply->type != FxpHandle)
            return malformed(what);
        Unpacker in(reply->body);
        const QByteArray handle = in.str();
        if (!in.ok())
            return malformed(what);
        return handle;
    }

    void closeHandle(const QByteArray &handle)
    {
        auto deadline = session().deadline(SshDeadline::Finishing);
        auto id = m_sftp->send(FxpClose, Packer().str(handle).data, deadline, Text::tr("closing a file"));
        if (id)
            m_sftp->forget(*id);
    }

    Result<std::optional<Attributes>> attributesReply(
        quint32 id, SshDeadline &deadline, const QString &what, const QString &path)
    {
        auto reply = m_sftp->receive(id, deadline, what);
        if (!reply)
            return fail(reply.error());
        if (auto status = statusOf(*reply)) {
            if (status->code == FxNoSuchFile)
                return std::optional<Attributes>();
            return failure(path, Text::tr("cannot read its status"), *status);
        }
        if (reply->type != FxpAttrs)
            return malformed(what);
        Unpacker in(reply->body);
        const Attributes a = in.attributes();
        if (!in.ok())
            return malformed(what);
        if (!a.hasPermissions)
            return fail(ErrorCode::Io,
                Text::tr("'%1': the server did not say what kind of file it is; refusing to use it").arg(shown(path)));
        return std::optional<Attributes>(a);
    }

    Result<std::optional<Attributes>> lstat(const QString &path, SshDeadline &deadline)
    {
        const QString what = operation(Text::tr("looking at '%1'"), path);
        auto id = m_sftp->send(FxpLstat, Packer().str(remote(path)).data, deadline, what);
        if (!id)
            return fail(id.error());
        return attributesReply(*id, deadline, what, path);
    }

    // The root itself may be reached through links (the admin's choice);
    // it must be a folder.
    Result<void> checkRoot(SshDeadline &deadline)
    {
        if (m_rootChecked)
            return {};
        const QString what = operation(Text::tr("looking at the root '%1'"), m_root);
        auto id = m_sftp->send(FxpStat, Packer().str(m_root.toUtf8()).data, deadline, what);
        if (!id)
            return fail(id.error());
        auto a = attributesReply(*id, deadline, what, m_root);
        if (!a)
            return fail(a.error());
        if (!*a)
            return fail(ErrorCode::NotFound,
                Text::tr("%1: the root '%2' does not exist on the server").arg(session().name(), m_root));
        if (!isDirectory(**a))
            return fail(ErrorCode::Io,
                Text::tr("%1: the root '%2' is %3, not a folder")
                    .arg(session().name(), m_root, typeName((*a)->permissions)));
        m_rootChecked = true;
        return {};
    }

    // What is at each of the first `count` prefixes of `parts`, without
    // following links (LSTAT), asked for all at once: one round trip.
    Result<QList<std::optional<Attributes>>> lstatChain(
        const QStringList &parts, qsizetype count, SshDeadline &deadline, const QString &path)
    {
        const QString what = operation(Text::tr("looking at '%1'"), path);
        QList<quint32> ids;
        QString walked;
        for (qsizetype i = 0; i < count; ++i) {
            walked = joinPath(walked, parts.at(i));
            auto id = m_sftp->send(FxpLstat, Packer().str(remote(walked)).data, deadline, what);
            if (!id) {
                for (quint32 sent : std::as_const(ids))
                    m_sftp->forget(sent);
                return fail(id.error());
            }
            ids << *id;
        }
        QList<std::optional<Attributes>> result;
        walked.clear();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            walked = joinPath(walked, parts.at(i));
            auto a = attributesReply(ids.at(i), deadline, what, walked);
            if (!a) {
                for (qsizetype j = i + 1; j < ids.size(); ++j)
                    m_sftp->forget(ids.at(j));
                return fail(a.error());
            }
            result << *a;
        }
        return result;
    }

    // The first `folders` entries of a chain must be folders, not links.
    // A missing one: `*missing` set (or NotFound without `missing`).
    Result<void> checkFolders(
        const QStringList &parts, const QList<std::optional<Attributes>> &chain, qsizetype folders, bool *missing)
    {
        QString walked;
        for (qsizetype i = 0; i < folders; ++i) {
            walked = joinPath(walked, parts.at(i));
            const std::optional<Attributes> &a = chain.at(i);
            if (!a) {
                if (missing) {
                    *missing = true;
                    return {};
                }
                return fail(ErrorCode::NotFound, Text::tr("'%1' does not exist").arg(shown(walked)));
            }
            if (isLink(*a))
                return linkError(walked);
            if (!isDirectory(*a))
                return fail(
                    ErrorCode::Io, Text::tr("'%1' is %2, not a folder").arg(shown(walked), typeName(a->permissions)));
        }
        return {};
    }

    // Where a path leads under the root, as every file call looks at it first:
    // its components (no "..", no "."), the root checked, what is at each
    // prefix (LSTAT, one round trip) and, as asked, the folders on the way
    // checked to be folders and not links. Each step's failure is the call's.
    struct Walk {
        enum Root { RootAllowed, NameNeeded };
        enum Check {
            Unchecked = 0,
            FoldersAbove = 0x1, // the folders above the last component
            FoldersAll = 0x2, // every component, the last one too
            MayBeMissing = 0x4, // with FoldersAbove: a missing folder is not an error (found() is false)
            MustExist = 0x8, // with FoldersAbove: the path itself must exist (NotFound)
        };
        QStringList parts;
        QList<std::optional<Attributes>> chain;
        bool missing = false; // a folder above it does not exist
        [[nodiscard]] bool found() const { return !missing && !chain.isEmpty() && chain.last(); }
    };

    Result<Walk> walk(const QString &path, SshDeadline &deadline, Walk::Root root, int checks)
    {
        Walk at;
        auto parts = components(path);
        if (!parts)
            return fail(parts.error());
        at.parts = *parts;
        if (root == Walk::NameNeeded && at.parts.isEmpty())
            return fail(ErrorCode::InvalidArgument, Text::tr("no file name given"));
        if (auto ok = checkRoot(deadline); !ok)
            return fail(ok.error());
        if (at.parts.isEmpty())
            return at;
        auto chain = lstatChain(at.parts, at.parts.size(), deadline, path);
        if (!chain)
            return fail(chain.error());
        at.chain = *chain;
        if (checks & (Walk::FoldersAbove | Walk::FoldersAll)) {
            const qsizetype folders = checks & Walk::FoldersAll ? at.parts.size() : at.parts.size() - 1;
            // Without a tolerance the first missing folder is named (NotFound).
            const bool tolerant = !(checks & Walk::FoldersAll) && (checks & (Walk::MayBeMissing | Walk::MustExist));
            if (auto ok = checkFolders(at.parts, at.chain, folders, tolerant ? &at.missing : nullptr); !ok)
                return fail(ok.error());
        }
        if ((checks & Walk::MustExist) && !at.found())
            return fail(ErrorCode::NotFound, Text::tr("'%1' does not exist").arg(shown(path)));
        return at;
    }

    Result<QByteArray> readFile(const QString &path, qint64 limit, SshDeadline &deadline)
    {
        auto at = walk(path, deadline, Walk::NameNeeded, Walk::FoldersAbove | Walk::MustExist);
        if (!at)
            return fail(at.error());
        // The type is checked before anything is opened (opening a FIFO
        // blocks the server, opening a device may act on it).
        const Attributes before = *at->chain.last();
        if (isLink(before))
            return linkError(path);
        if (!isRegular(before))
            return notRegular(path, before);
        if (qint64(before.size) > limit)
            return tooLarge(path, before.size, limit);
        const QString what = operation(Text::tr("reading '%1'"), path);
        auto id = m_sftp->send(FxpOpen, Packer().str(remote(path)).u32(OpenRead).u32(0).data, deadline, what);
        if (!id)
            return fail(id.error());
        auto handle = handleReply(*id, deadline, what, path, Text::tr("cannot open"));
        if (!handle)
            return fail(handle.error());
        auto data = readOpened(*handle, path, before, limit, deadline, what);
        closeHandle(*handle);
        return data;
    }

    Result<QByteArray> readOpened(const QByteArray &handle, const QString &path, const Attributes &before, qint64 limit,
        SshDeadline &deadline, const QString &what)
    {
        // The open must have found the file that was looked at (SFTP has no
        // "do not follow" open: a link put there meanwhile shows here).
        auto statId = m_sftp->send(FxpFstat, Packer().str(handle).data, deadline, what);
        if (!statId)
            return fail(statId.error());
        auto opened = attributesReply(*statId, deadline, what, path);
        if (!opened)
            return fail(opened.error());
        if (!*opened)
            return fail(ErrorCode::NotFound, Text::tr("'%1' does not exist").arg(shown(path)));
        if (!isRegular(**opened))
            return notRegular(path, **opened);
        if ((*opened)->size != before.size || (*opened)->mtime != before.mtime
            || ((*opened)->permissions != before.permissions))
            return fail(ErrorCode::Io, Text::tr("'%1' was replaced while it was being opened").arg(shown(path)));

        // Requests for the size looked at and one just past it (which
        // should say end of file), in flight together; then one at a time
        // from where the data ends, if a reply was short or the file grew.
        const quint64 expected = std::min<quint64>(before.size, quint64(limit) + 1);
        std::deque<quint64> planned;
        for (quint64 offset = 0; offset < expected; offset += chunk)
            planned.push_back(offset);
        planned.push_back(expected);
        std::deque<std::pair<quint64, quint32>> pending; // offset, request id
        auto forgetPending = [&] {
            for (const auto &entry : pending)
                m_sftp->forget(entry.second);
            pending.clear();
        };
        QByteArray data;
        for (;;) {
            while (pending.size() < size_t(inFlight) && !planned.empty()) {
                auto id
                    = m_sftp->send(FxpRead, Packer().str(handle).u64(planned.front()).u32(chunk).data, deadline, what);
                if (!id) {
                    forgetPending();
                    return fail(id.error());
                }
                pending.emplace_back(planned.front(), *id);
                planned.pop_front();
            }
            if (pending.empty()) {
                planned.push_back(quint64(data.size()));
                continue;
            }
            const auto [offset, id] = pending.front();
            pending.pop_front();
            auto reply = m_sftp->receive(id, deadline, what);
            if (!reply) {
                forgetPending();
                return fail(reply.error());
            }
            if (auto status = statusOf(*reply)) {
                if (status->code == FxEof) {
                    if (offset == quint64(data.size())) {
                        forgetPending();
                        break;
                    }
                    continue; // past a short read: asked again from where the data ends
                }
                forgetPending();
                return failure(path, Text::tr("cannot read"), *status);
            }
            if (reply->type != FxpData) {
                forgetPending();
                return malformed(what);
            }
            Unpacker in(reply->body);
            const QByteArray bytes = in.str();
            if (!in.ok()) {
                forgetPending();
                return malformed(what);
            }
            if (offset != quint64(data.size()))
                continue;
            data.append(bytes);
            if (data.size() > limit) {
                forgetPending();
                return tooLarge(path, quint64(data.size()), limit);
            }
        }
        return data;
    }

    // Why a write failed with a generic failure: a full disk says so.
    QString diskFullCause(const QString &path, qint64 needed, SshDeadline &deadline)
    {
        if (!m_sftp->hasExtension("statvfs@openssh.com"))
            return {};
        const QString what = operation(Text::tr("looking at the free space for '%1'"), path);
        auto id = m_sftp->send(
            FxpExtended, Packer().str("statvfs@openssh.com").str(remote(parentPath(path))).data, deadline, what);
        if (!id)
            return {};
        auto reply = m_sftp->receive(*id, deadline, what);
        if (!reply || reply->type != FxpExtendedReply)
            return {};
        Unpacker in(reply->body);
        in.u64(); // f_bsize
        const quint64 fragment = in.u64();
        in.u64(); // f_blocks
        in.u64(); // f_bfree
        const quint64 available = in.u64();
        if (!in.ok())
            return {};
        const quint64 free = available * fragment;
        if (free >= quint64(needed) + 64 * 1024)
            return {};
        return Text::tr("the server's disk is full (%1 bytes free, %2 needed)").arg(free).arg(needed);
    }

    em::Unexpected<Error> writeFailure(
        const QString &path, const QString &verb, const Status &status, qint64 needed, SshDeadline &deadline)
    {
        if (status.code == FxFailure) {
            const QString cause = diskFullCause(path, needed, deadline);
            if (!cause.isEmpty())
                return fail(ErrorCode::Io, Text::tr("'%1': %2: %3").arg(shown(path), verb, cause));
        }
        return failure(path, verb, status);
    }

    // Writes `bytes` to a new file beside `path` and renames it to `path`:
    // over it (`replace`), or only when the name is free. `mode`: the
    // permissions the file gets (the replaced file's).
    Result<void> upload(const QString &path, const QByteArray &bytes, std::optional<quint32> mode, bool exclusiveName,
        SshDeadline &deadline, bool replace = false)
    {
        const QString what = operation(Text::tr("writing '%1'"), path);
        QString temporary;
        QByteArray handle;
        for (int attempt = 0; attempt < 10 && handle.isEmpty(); ++attempt) {
            temporary = path + temporarySuffix();
            auto reply = request(FxpOpen,
                Packer()
                    .str(remote(temporary))
                    .u32(OpenWrite | OpenCreate | OpenExclusive | OpenTruncate)
                    .permissions(mode.value_or(0644))
                    .data,
                deadline, what);
            if (!reply)
                return fail(reply.error());
            if (auto status = statusOf(*reply)) {
                // A name that is taken is a failure too: try another one.
                auto taken = lstat(temporary, deadline);
                if (taken && *taken)
                    continue;
                return writeFailure(
                    path, Text::tr("cannot create a temporary file beside it"), *status, bytes.size(), deadline);
            }
            if (reply->type != FxpHandle)
                return malformed(what);
            Unpacker in(reply->body);
            handle = in.str();
            if (!in.ok() || handle.isEmpty())
                return malformed(what);
        }
        if (handle.isEmpty())
            return fail(ErrorCode::Io, Text::tr("'%1': cannot create a temporary file beside it").arg(shown(path)));

        // From here on a failure removes the temporary file (when the
        // connection still allows it; otherwise the next write does).
        bool open = true;
        // A write the server refused: its cause is looked for once the
        // temporary file is gone (a full disk then shows its true space).
        std::optional<Status> refusedWrite;
        auto discard = [&](em::Unexpected<Error> error) {
            if (open)
                closeHandle(handle);
            auto cleanup = session().deadline(SshDeadline::Finishing);
            (void)simpleRequest(FxpRemove, Packer().str(remote(temporary)).data, cleanup, temporary, {});
            if (refusedWrite)
                return writeFailure(path, Text::tr("cannot write"), *refusedWrite, bytes.size(), cleanup);
            return error;
        };

        std::map<quint64, quint32> pending;
        auto forgetPending = [&] {
            for (const auto &entry : pending)
                m_sftp->forget(entry.second);
            pending.clear();
        };
        auto collect = [&](bool all) -> Result<void> {
            while (!pending.empty() && (all || pending.size() >= size_t(inFlight))) {
                const auto first = pending.begin();
                auto reply = m_sftp->receive(first->second, deadline, what);
                pending.erase(first);
                if (!reply) {
                    forgetPending();
                    return fail(reply.error());
                }
                const auto status = statusOf(*reply);
                if (!status) {
                    forgetPending();
                    return malformed(what);
                }
                if (status->code != FxOk) {
                    forgetPending();
                    refusedWrite = *status;
                    return fail(ErrorCode::Io, Text::tr("'%1': cannot write").arg(shown(path)));
                }
            }
            return {};
        };
        const QString full = fullPath(path);
        bool halfway = false;
        for (qsizetype offset = 0; offset < bytes.size(); offset += chunk) {
            if (replace && !halfway && m_faults && offset >= bytes.size() / 2) {
                halfway = true;
                // Tests: a device that fails half way (or a connection cut there).
                if (m_faults(QStringLiteral("write"), full)) {
                    forgetPending();
                    return discard(
                        fail(ErrorCode::Io, Text::tr("'%1': cannot write: Input/output error").arg(shown(path))));
                }
            }
            auto id = m_sftp->send(
                FxpWrite, Packer().str(handle).u64(quint64(offset)).str(bytes.mid(offset, chunk)).data, deadline, what);
            if (!id) {
                forgetPending();
                return discard(fail(id.error()));
            }
            pending.emplace(quint64(offset), *id);
            if (auto ok = collect(false); !ok)
                return discard(fail(ok.error()));
        }
        if (auto ok = collect(true); !ok)
            return discard(fail(ok.error()));
        if (mode) {
            if (auto ok = handleRequest(FxpFsetstat, Packer().str(handle).permissions(*mode).data, deadline, path,
                    Text::tr("cannot keep its permissions"), bytes.size());
                !ok)
                return discard(fail(ok.error()));
        }
        if (m_sftp->hasExtension("fsync@openssh.com")) {
            if (auto ok = handleRequest(FxpExtended, Packer().str("fsync@openssh.com").str(handle).data, deadline, path,
                    Text::tr("cannot flush it to disk"), bytes.size());
                !ok)
                return discard(fail(ok.error()));
        }
        open = false;
        if (auto ok = handleRequest(
                FxpClose, Packer().str(handle).data, deadline, path, Text::tr("cannot write"), bytes.size());
            !ok)
            return discard(fail(ok.error()));
        if (replace && m_faults && m_faults(QStringLiteral("commit"), full))
            return discard(fail(ErrorCode::Io,
                Text::tr("'%1': cannot rename the temporary file over it: Input/output error").arg(shown(path))));

        if (replace) {
            if (m_sftp->hasExtension("posix-rename@openssh.com")) {
                // rename(2) on the server: atomic, over the old file.
                if (auto ok = handleRequest(FxpExtended,
                        Packer().str("posix-rename@openssh.com").str(remote(temporary)).str(remote(path)).data,
                        deadline, path, Text::tr("cannot rename the temporary file over it"), 0);
                    !ok)
                    return discard(fail(ok.error()));
            } else {
                // SFTP 3's rename never replaces: the old file goes first
                // (a moment without it; docs/host.md).
                if (auto ok = simpleRequest(
                        FxpRemove, Packer().str(remote(path)).data, deadline, path, Text::tr("cannot replace it"));
                    !ok && ok.error().code != ErrorCode::NotFound)
                    return discard(fail(ok.error()));
                if (auto ok = simpleRequest(FxpRename, Packer().str(remote(temporary)).str(remote(path)).data, deadline,
                        path, Text::tr("cannot rename the temporary file over it"));
                    !ok)
                    return discard(fail(ok.error()));
            }
        } else {
            // SFTP 3's rename fails when the name is taken (OpenSSH links,
            // then unlinks); looked at first for servers that would replace.
            if (exclusiveName) {
                auto taken = lstat(path, deadline);
                if (!taken)
                    return discard(fail(taken.error()));
                if (*taken)
                    return discard(fail(ErrorCode::AlreadyExists, Text::tr("'%1' already exists").arg(shown(path))));
            }
            if (auto ok = simpleRequest(FxpRename, Packer().str(remote(temporary)).str(remote(path)).data, deadline,
                    path, Text::tr("cannot rename the temporary file to it"));
                !ok) {
                auto taken = lstat(path, deadline);
                if (taken && *taken)
                    return discard(fail(ErrorCode::AlreadyExists, Text::tr("'%1' already exists").arg(shown(path))));
                return discard(fail(ok.error()));
            }
        }
        return {};
    }

    // A request on an open handle (or an extension) answered by a status.
    Result<void> handleRequest(quint8 type, const QByteArray &payload, SshDeadline &deadline, const QString &path,
        const QString &verb, qint64 needed)
    {
        const QString what = operation(Text::tr("writing '%1'"), path);
        auto status = statusRequest(type, payload, deadline, what);
        if (!status)
            return fail(status.error());
        if (status->code != FxOk)
            return writeFailure(path, verb, *status, needed, deadline);
        return {};
    }

    // Temporary files of ours beside `path` left by a write that was cut
    // off (the connection lost, the process killed). Writes are made under
    // the host lock, so no other write of ours is in progress.
    void removeLeftovers(const QString &path, SshDeadline &deadline)
    {
        const QString folder = parentPath(path);
        const QString name = fileNamePart(path);
        auto entries = list(folder);
        if (!entries)
            return;
        static const QRegularExpression suffix(QStringLiteral("^\\.emtmp-[A-Za-z0-9]{6}$"));
        for (const QString &entry : std::as_const(*entries)) {
            if (!entry.startsWith(name) || !suffix.match(QStringView(entry).mid(name.size())).hasMatch())
                continue;
            const QString leftover = joinPath(folder, entry);
            auto a = lstat(leftover, deadline);
            if (a && *a && isRegular(**a))
                (void)simpleRequest(FxpRemove, Packer().str(remote(leftover)).data, deadline, leftover, {});
        }
    }

    Result<void> store(const QString &path, const QByteArray &bytes, bool replace)
    {
        auto deadline = session().deadline(SshDeadline::Finishing);
        auto at = walk(path, deadline, Walk::NameNeeded, Walk::FoldersAbove);
        if (!at)
            return fail(at.error());
        std::optional<quint32> mode;
        if (const std::optional<Attributes> &existing = at->chain.last()) {
            if (isLink(*existing))
                return linkError(path);
            if (!replace)
                return fail(ErrorCode::AlreadyExists, Text::tr("'%1' already exists").arg(shown(path)));
            if (!isRegular(*existing))
                return notRegular(path, *existing);
            mode = existing->permissions & 07777;
        }
        if (replace)
            removeLeftovers(path, deadline);
        return upload(path, bytes, mode, !replace, deadline, replace);
    }

    std::shared_ptr<SftpChannel> m_sftp;
    QString m_root;
    FaultHook m_faults;
    bool m_rootChecked = false;

    // Whether a lock file was left behind: by this process (a lock it no
    // longer holds, its connection lost before the removal), by a process
    // of this machine that has ended, or, from another machine, taken more
    // than ten minutes ago by its holder's clock (its connection or process
    // may have ended; no change takes that long). docs/host.md.
    bool isStale(const QString &path, const Attributes &lock, SshDeadline &deadline)
    {
        QByteArray content;
        if (auto read = readFile(path, 4096, deadline))
            content = *read;
        const QByteArray holder = lockField(content, "holder"); // "<host name> pid <pid>"
        const qsizetype pidAt = holder.lastIndexOf(" pid ");
        if (pidAt > 0 && QString::fromUtf8(holder.left(pidAt)) == QHostInfo::localHostName()) {
            bool ok = false;
            const qint64 pid = holder.mid(pidAt + 5).toLongLong(&ok);
            if (ok && pid == ::getpid())
                return !heldLocks().contains(lockField(content, "token"));
            if (ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
                return true;
        }
        QDateTime taken = QDateTime::fromString(QString::fromUtf8(lockField(content, "taken")), Qt::ISODate);
        // A lock without a time (its holder ended before writing it): the file's.
        if (!taken.isValid() && lock.hasTimes)
            taken = QDateTime::fromSecsSinceEpoch(lock.mtime, Qt::UTC);
        return taken.isValid() && taken.secsTo(QDateTime::currentDateTimeUtc()) > staleLockSeconds;
    }

    friend class SftpFileLock;
};

SftpFileLock::~SftpFileLock()
{
    SftpFileAccess(m_sftp, m_root, {}).release(m_path, m_content);
    heldLocks().remove(lockField(m_content, "token"));
}
} // namespace

std::unique_ptr<FileAccess> sftpFileAccess(std::shared_ptr<SftpChannel> sftp, const QString &root, FaultHook faults)
{
    QString clean = QDir::cleanPath(root);
    return std::make_unique<SftpFileAccess>(std::move(sftp), clean, std::move(faults));
}

} // namespace em::host
