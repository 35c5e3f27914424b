#include "sshsession.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <QCoreApplication>

#include "sshhost.h"

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

constexpr int cancelGraceMs = 5000;
constexpr int sliceMs = 50;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString sessionError(ssh_session session)
{
    const char *text = ssh_get_error(session);
    return text && *text ? QString::fromUtf8(text) : Text::tr("unknown error");
}

// Waits for a socket, at most `ms`.
void pollSocket(int fd, short events, int ms)
{
    pollfd p {fd, events, 0};
    ::poll(&p, 1, std::clamp(ms, 0, sliceMs));
}

// The result of a name lookup done on a thread of its own: getaddrinfo
// cannot be interrupted, so a lookup that takes too long is left to finish
// alone while the connection attempt fails on time.
struct Lookup {
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    int status = 0;
    addrinfo *addresses = nullptr;
    ~Lookup()
    {
        if (addresses)
            ::freeaddrinfo(addresses);
    }
};

Result<std::shared_ptr<Lookup>> lookUp(const QString &host, int port, SshDeadline &deadline, const QString &what)
{
    auto lookup = std::make_shared<Lookup>();
    const QByteArray name = host.toUtf8();
    const QByteArray service = QByteArray::number(port);
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
    // An address needs no lookup.
    if (::getaddrinfo(name.constData(), service.constData(), &hints, &lookup->addresses) == 0) {
        lookup->finished = true;
        return lookup;
    }
    lookup->addresses = nullptr;
    std::thread([lookup, name, service] {
        addrinfo hints {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_NUMERICSERV;
        addrinfo *addresses = nullptr;
        const int status = ::getaddrinfo(name.constData(), service.constData(), &hints, &addresses);
        const std::lock_guard lock(lookup->mutex);
        lookup->status = status;
        lookup->addresses = addresses;
        lookup->finished = true;
        lookup->done.notify_all();
    }).detach();
    std::unique_lock lock(lookup->mutex);
    while (!lookup->finished) {
        lock.unlock();
        auto left = deadline.check(what);
        if (!left)
            return fail(left.error());
        lock.lock();
        lookup->done.wait_for(lock, std::chrono::milliseconds(std::min(*left, sliceMs)));
    }
    return lookup;
}

// A TCP connection to the first address of `host` that answers.
Result<int> connectTcp(const QString &name, const QString &host, int port, SshDeadline &deadline)
{
    auto lookup = lookUp(host, port, deadline, Text::tr("%1: looking up the address of '%2'").arg(name, host));
    if (!lookup)
        return fail(lookup.error());
    if ((*lookup)->status != 0)
        return fail(ErrorCode::Network,
            Text::tr("%1: cannot find the address of '%2': %3")
                .arg(name, host, QString::fromLocal8Bit(::gai_strerror((*lookup)->status))));
    QString lastError;
    for (const addrinfo *a = (*lookup)->addresses; a; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) {
            lastError = systemError(errno);
            continue;
        }
        int error = 0;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            error = errno;
            if (error == EINPROGRESS) {
                error = 0;
                for (;;) {
                    auto left = deadline.check(Text::tr("%1: connecting to %2 port %3").arg(name, host).arg(port));
                    if (!left) {
                        ::close(fd);
                        return fail(left.error());
                    }
                    pollfd p {fd, POLLOUT, 0};
                    if (::poll(&p, 1, std::min(*left, sliceMs)) > 0)
                        break;
                }
                socklen_t length = sizeof error;
                if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
                    error = errno;
            }
        }
        if (error == 0) {
            // SFTP is request and reply: small packets must not wait.
            const int on = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
            return fd;
        }
        ::close(fd);
        if (error == ECONNREFUSED)
            lastError = Text::tr("%1 port %2 refused the connection (is the OpenSSH Server service running, and "
                                 "the port open in the firewall?)")
                            .arg(host)
                            .arg(port);
        else
            lastError = Text::tr("cannot connect to %1 port %2: %3").arg(host).arg(port).arg(systemError(error));
    }
    return fail(ErrorCode::Network, Text::tr("%1: %2").arg(name, lastError));
}

QString fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    const QByteArray bytes(reinterpret_cast<const char *>(hash), qsizetype(length));
    ssh_clean_pubkey_hash(&hash);
    // As OpenSSH prints it: base64 without the padding.
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

// The host key algorithms to offer: the types of the accepted keys first,
// so that a server with several keys presents the one that was accepted.
QByteArray hostKeyPreference(const QList<SshHostKey> &accepted)
{
    static const QStringList defaults {QStringLiteral("ssh-ed25519"), QStringLiteral("ecdsa-sha2-nistp521"),
        QStringLiteral("ecdsa-sha2-nistp384"), QStringLiteral("ecdsa-sha2-nistp256"), QStringLiteral("rsa-sha2-512"),
        QStringLiteral("rsa-sha2-256")};
    QStringList order;
    for (const SshHostKey &key : accepted) {
        if (key.type == QLatin1String("ssh-rsa"))
            order << QStringLiteral("rsa-sha2-512") << QStringLiteral("rsa-sha2-256");
        else if (defaults.contains(key.type))
            order << key.type;
    }
    order << defaults;
    order.removeDuplicates();
    return order.join(QLatin1Char(',')).toLatin1();
}

QString acceptedText(const SshHostKey &key)
{
    QString text = key.type + QLatin1Char(' ') + key.fingerprint;
    if (!key.acceptedBy.isEmpty() && key.acceptedAt.isValid())
        text += Text::tr(" (accepted by %1 on %2)")
                    .arg(key.acceptedBy, key.acceptedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    return text;
}

// Refuses a key that is not one an admin accepted for this endpoint.
Result<void> checkHostKey(const SshHostKey &presented, const QList<SshHostKey> &accepted, const QString &name,
    const QString &endpoint, const QString &serverName)
{
    for (const SshHostKey &key : accepted) {
        if (key.fingerprint == presented.fingerprint)
            return {};
    }
    const QString server = serverName.isEmpty() ? QStringLiteral("SERVER") : serverName;
    if (accepted.isEmpty())
        return fail(ErrorCode::Verification,
            Text::tr("%1: the host key of %2 is not trusted yet; nothing was sent to the server. It presents the %3 "
                     "key %4. Check this fingerprint on the server (ssh-keygen -lf "
                     "%ProgramData%\\ssh\\ssh_host_*_key.pub) and accept it with: emctl ssh-trust %5 --fingerprint %4")
                .arg(name, endpoint, presented.type, presented.fingerprint, server));
    QStringList known;
    for (const SshHostKey &key : accepted)
        known << acceptedText(key);
    return fail(ErrorCode::Verification,
        Text::tr("%1: WARNING: the host key of %2 has CHANGED: it now presents the %3 key %4, but the accepted key "
                 "is %5. Someone may be intercepting the connection (or the server was reinstalled, or its keys "
                 "replaced). Nothing was sent to the server and nothing will be until an administrator has checked "
                 "the new key on the server and accepted it with: emctl ssh-trust %6 --fingerprint %4")
            .arg(name, endpoint, presented.type, presented.fingerprint, known.join(QStringLiteral(", ")), server));
}

// Repeats a non-blocking libssh call while it asks to be called again.
template<typename Call>
Result<int> repeat(ssh_session session, int again, SshDeadline &deadline, const QString &what, Call call)
{
    for (;;) {
        const int rc = call();
        if (rc != again)
            return rc;
        auto left = deadline.check(what);
        if (!left)
            return fail(left.error());
        const int fd = ssh_get_fd(session);
        if (fd < 0)
            return rc;
        short events = POLLIN;
        if (ssh_get_poll_flags(session) & SSH_WRITE_PENDING)
            events |= POLLOUT;
        pollSocket(fd, events, *left);
    }
}

class SessionGuard
{
public:
    explicit SessionGuard(ssh_session session) : m_session(session) { }
    ~SessionGuard()
    {
        if (m_session) {
            ssh_silent_disconnect(m_session);
            ssh_free(m_session);
        }
    }
    SessionGuard(const SessionGuard &) = delete;
    SessionGuard &operator=(const SessionGuard &) = delete;
    [[nodiscard]] ssh_session get() const { return m_session; }
    ssh_session release() { return std::exchange(m_session, nullptr); }

private:
    ssh_session m_session;
};

struct Handshake {
    QString name; // ssh://user@host:port
    QString user;
    SshHostKey key;
    QList<SshHostKey> accepted;
};

// Everything up to the host key: options and ~/.ssh/config, TCP, key exchange.
Result<Handshake> handshake(
    ssh_session session, const SshLocator &locator, const SshConnectOptions &options, SshDeadline &deadline)
{
    Handshake result;
    const QString given = locator.display();
    const QByteArray host = locator.host.toUtf8();
    ssh_options_set(session, SSH_OPTIONS_HOST, host.constData());
    if (locator.port > 0) {
        const unsigned int port = unsigned(locator.port);
        ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    }
    if (!locator.user.isEmpty())
        ssh_options_set(session, SSH_OPTIONS_USER, locator.user.toUtf8().constData());
    const int verbosity = SSH_LOG_NOLOG;
    ssh_options_set(session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
    // ~/.ssh/config (and /etc/ssh/ssh_config): Host aliases, HostName, Port,
    // User, IdentityFile. What the locator says wins, as on ssh's command line.
    const QByteArray config = options.configFile.toUtf8();
    if (ssh_options_parse_config(session, options.configFile.isEmpty() ? nullptr : config.constData()) < 0)
        return fail(ErrorCode::InvalidArgument,
            Text::tr("%1: cannot read the SSH client configuration '%2': %3")
                .arg(given, options.configFile.isEmpty() ? QStringLiteral("~/.ssh/config") : options.configFile,
                    sessionError(session)));
    char *proxy = nullptr;
    if (ssh_options_get(session, SSH_OPTIONS_PROXYCOMMAND, &proxy) == SSH_OK && proxy) {
        const QString command = QString::fromUtf8(proxy);
        ssh_string_free_char(proxy);
        if (!command.isEmpty() && command.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
            return fail(ErrorCode::InvalidArgument,
                Text::tr("%1: the SSH client configuration sets ProxyCommand or ProxyJump for this host; EM Console "
                         "connects to servers directly and does not run proxy commands")
                    .arg(given));
    }
    QString effectiveHost = locator.host;
    char *value = nullptr;
    if (ssh_options_get(session, SSH_OPTIONS_HOST, &value) == SSH_OK && value) {
        effectiveHost = QString::fromUtf8(value);
        ssh_string_free_char(value);
    }
    unsigned int port = 22;
    ssh_options_get_port(session, &port);
    value = nullptr;
    if (ssh_options_get(session, SSH_OPTIONS_USER, &value) != SSH_OK || !value) {
        ssh_options_set(session, SSH_OPTIONS_USER, nullptr); // the local user's name, as ssh does
        value = nullptr;
        ssh_options_get(session, SSH_OPTIONS_USER, &value);
    }
    if (value) {
        result.user = QString::fromUtf8(value);
        ssh_string_free_char(value);
    }
    result.name = QStringLiteral("ssh://%1%2:%3")
                      .arg(result.user.isEmpty() ? QString() : result.user + QLatin1Char('@'),
                          effectiveHost.contains(QLatin1Char(':')) ? QLatin1Char('[') + effectiveHost + QLatin1Char(']')
                                                                   : effectiveHost)
                      .arg(port);
    if (effectiveHost != locator.host)
        result.name += Text::tr(" (%1)").arg(locator.host);

    // The org directory's known hosts are the only ones: libssh's own files
    // are neither read nor written.
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
    ssh_options_set(session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    if (options.knownHosts) {
        auto accepted = options.knownHosts->accepted(locator.endpoint());
        if (!accepted)
            return fail(accepted.error().wrapped(Text::tr("%1: cannot read the accepted host keys").arg(given)));
        result.accepted = *accepted;
    }
    ssh_options_set(session, SSH_OPTIONS_HOSTKEYS, hostKeyPreference(result.accepted).constData());

    auto fd = connectTcp(result.name, effectiveHost, int(port), deadline);
    if (!fd)
        return fail(fd.error());
    socket_t socket = *fd;
    if (ssh_options_set(session, SSH_OPTIONS_FD, &socket) != SSH_OK) {
        ::close(*fd);
        return fail(ErrorCode::Network, Text::tr("%1: %2").arg(result.name, sessionError(session)));
    }
    ssh_set_blocking(session, 0);
    auto connected = repeat(session, SSH_AGAIN, deadline,
        Text::tr("%1: SSH handshake (the server accepted the connection but did not complete the handshake)")
            .arg(result.name),
        [&] { return ssh_connect(session); });
    if (!connected)
        return fail(connected.error());
    if (*connected != SSH_OK)
        return fail(
            ErrorCode::Network, Text::tr("%1: the SSH handshake failed: %2").arg(result.name, sessionError(session)));

    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK || !key)
        return fail(ErrorCode::Network,
            Text::tr("%1: cannot read the server's host key: %2").arg(result.name, sessionError(session)));
    result.key.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    result.key.fingerprint = fingerprintOf(key);
    ssh_key_free(key);
    if (result.key.fingerprint.isEmpty())
        return fail(ErrorCode::Network, Text::tr("%1: cannot compute the host key's fingerprint").arg(result.name));
    return result;
}

QString methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    return names.isEmpty() ? Text::tr("nothing") : names.join(QStringLiteral(", "));
}

// Logs in as OpenSSH does, without ever asking anything: Kerberos (GSSAPI)
// when the server offers it, then public keys (the given ones, the agent,
// ~/.ssh/id_* and IdentityFile). Passwords are never used.
Result<void> authenticate(
    ssh_session session, const SshConnectOptions &options, const Handshake &shake, SshDeadline &deadline)
{
    const QString what = Text::tr("%1: logging in").arg(shake.name);
    auto rc = repeat(session, SSH_AUTH_AGAIN, deadline, what, [&] { return ssh_userauth_none(session, nullptr); });
    if (!rc)
        return fail(rc.error());
    if (*rc == SSH_AUTH_SUCCESS)
        return {};
    if (*rc == SSH_AUTH_ERROR)
        return fail(ErrorCode::Network, Text::tr("%1: login failed: %2").arg(shake.name, sessionError(session)));
    const int methods = ssh_userauth_list(session, nullptr);
    QStringList tried;
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC) {
        rc = repeat(session, SSH_AUTH_AGAIN, deadline, what, [&] { return ssh_userauth_gssapi(session); });
        if (!rc)
            return fail(rc.error());
        if (*rc == SSH_AUTH_SUCCESS)
            return {};
        tried << Text::tr("Kerberos (GSSAPI)");
    }
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        for (const QString &file : options.identityFiles) {
            ssh_key key = nullptr;
            if (ssh_pki_import_privkey_file(file.toUtf8().constData(), nullptr, nullptr, nullptr, &key) != SSH_OK)
                return fail(ErrorCode::InvalidArgument,
                    Text::tr("%1: cannot read the private key '%2' (missing, unreadable, not a key, or protected by "
                             "a passphrase: use the SSH agent for such keys)")
                        .arg(shake.name, file));
            rc = repeat(
                session, SSH_AUTH_AGAIN, deadline, what, [&] { return ssh_userauth_publickey(session, nullptr, key); });
            ssh_key_free(key);
            if (!rc)
                return fail(rc.error());
            if (*rc == SSH_AUTH_SUCCESS)
                return {};
            if (*rc == SSH_AUTH_ERROR)
                return fail(
                    ErrorCode::Network, Text::tr("%1: login failed: %2").arg(shake.name, sessionError(session)));
            tried << Text::tr("the key '%1'").arg(file);
        }
        rc = repeat(session, SSH_AUTH_AGAIN, deadline, what,
            [&] { return ssh_userauth_publickey_auto(session, nullptr, nullptr); });
        if (!rc)
            return fail(rc.error());
        if (*rc == SSH_AUTH_SUCCESS)
            return {};
        if (*rc == SSH_AUTH_ERROR)
            return fail(ErrorCode::Network, Text::tr("%1: login failed: %2").arg(shake.name, sessionError(session)));
        tried << Text::tr("the SSH agent and the user's keys (~/.ssh/id_*, IdentityFile)");
    }
    return fail(ErrorCode::Verification,
        Text::tr("%1: the server refused the login of '%2' (tried: %3; the server accepts: %4)")
            .arg(shake.name, shake.user,
                tried.isEmpty() ? Text::tr("nothing it accepts") : tried.join(QStringLiteral(", ")),
                methodNames(methods)));
}
} // namespace

SshDeadline::SshDeadline(int timeoutMs, const std::atomic<bool> *cancel, Kind kind)
    : m_timeoutMs(std::max(1, timeoutMs)), m_deadline(m_timeoutMs), m_cancel(cancel), m_kind(kind)
{ }

Result<int> SshDeadline::check(const QString &what)
{
    if (m_cancel && m_cancel->load()) {
        if (m_kind == Interruptible)
            return fail(ErrorCode::Cancelled, Text::tr("%1: cancelled").arg(what));
        if (!m_cancelSeen) {
            m_cancelSeen = true;
            m_grace = QDeadlineTimer(cancelGraceMs);
        } else if (m_grace.hasExpired()) {
            return fail(ErrorCode::Cancelled,
                Text::tr("%1: cancelled, and it did not finish within %2 s").arg(what).arg(cancelGraceMs / 1000));
        }
    }
    if (m_deadline.hasExpired())
        return fail(ErrorCode::Network, Text::tr("%1: no answer within %2 s").arg(what).arg(m_timeoutMs / 1000.0));
    qint64 left = m_deadline.remainingTime();
    if (m_cancelSeen)
        left = std::min(left, m_grace.remainingTime());
    return int(std::clamp<qint64>(left, 1, INT_MAX));
}

SshSession::SshSession(ssh_session session, QString name, SshConnectOptions options)
    : m_session(session), m_name(std::move(name)), m_options(std::move(options))
{ }

SshSession::~SshSession()
{
    if (m_session) {
        // A polite goodbye when the connection is still there; never a wait.
        if (!m_broken)
            ssh_disconnect(m_session);
        ssh_free(m_session);
    }
}

Result<std::shared_ptr<SshSession>> SshSession::connect(const SshLocator &locator, const SshConnectOptions &options)
{
    SessionGuard guard(ssh_new());
    if (!guard.get())
        return fail(ErrorCode::Network, Text::tr("%1: cannot create an SSH session").arg(locator.display()));
    SshDeadline deadline(options.connectTimeoutMs, options.cancel, SshDeadline::Interruptible);
    auto shake = handshake(guard.get(), locator, options, deadline);
    if (!shake)
        return fail(shake.error());
    // Before anything is sent that a server might use or keep.
    if (auto trusted = checkHostKey(shake->key, shake->accepted, shake->name, locator.endpoint(), options.serverName);
        !trusted)
        return fail(trusted.error());
    if (auto ok = authenticate(guard.get(), options, *shake, deadline); !ok)
        return fail(ok.error());
    std::shared_ptr<SshSession> session(new SshSession(guard.release(), shake->name, options));
    session->m_hostKey = shake->key;
    return session;
}

Result<SshHostKey> SshSession::presentedKey(const SshLocator &locator, const SshConnectOptions &options)
{
    SessionGuard guard(ssh_new());
    if (!guard.get())
        return fail(ErrorCode::Network, Text::tr("%1: cannot create an SSH session").arg(locator.display()));
    SshDeadline deadline(options.connectTimeoutMs, options.cancel, SshDeadline::Interruptible);
    auto shake = handshake(guard.get(), locator, options, deadline);
    if (!shake)
        return fail(shake.error());
    return shake->key;
}

SshDeadline SshSession::deadline(SshDeadline::Kind kind) const
{
    return SshDeadline(m_options.operationTimeoutMs, m_options.cancel, kind);
}

SshDeadline SshSession::deadline(int timeoutMs, SshDeadline::Kind kind) const
{
    return SshDeadline(timeoutMs, m_options.cancel, kind);
}

Result<void> SshSession::usable() const
{
    if (m_broken)
        return fail(*m_broken);
    return {};
}

em::Unexpected<Error> SshSession::broken(const Error &error)
{
    if (!m_broken)
        m_broken = error;
    return fail(error);
}

QString SshSession::lastError() const
{
    return sessionError(m_session);
}

Result<void> SshSession::wait(SshDeadline &deadline, const QString &what)
{
    auto left = deadline.check(what);
    if (!left) {
        // A server that stopped answering stays silent: later requests fail at once.
        if (left.error().code != ErrorCode::Cancelled)
            return broken(left.error());
        return fail(left.error());
    }
    const int fd = ssh_get_fd(m_session);
    if (fd < 0 || !ssh_is_connected(m_session))
        return broken(
            Error(ErrorCode::Network, Text::tr("%1: the connection was lost (%2)").arg(what, sessionError(m_session))));
    short events = POLLIN;
    if (ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING)
        events |= POLLOUT;
    pollSocket(fd, events, *left);
    return {};
}

void SshSession::pollOnce(int ms)
{
    const int fd = ssh_get_fd(m_session);
    if (fd < 0)
        return;
    short events = POLLIN;
    if (ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING)
        events |= POLLOUT;
    pollSocket(fd, events, ms);
}

Result<ssh_channel> SshSession::openChannel(SshDeadline &deadline, const QString &what)
{
    if (auto ok = usable(); !ok)
        return fail(ok.error());
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel)
        return broken(Error(ErrorCode::Network, Text::tr("%1: %2").arg(what, sessionError(m_session))));
    for (;;) {
        const int rc = ssh_channel_open_session(channel);
        if (rc == SSH_OK)
            return channel;
        if (rc != SSH_AGAIN) {
            const QString cause = sessionError(m_session);
            ssh_channel_free(channel);
            if (!ssh_is_connected(m_session))
                return broken(Error(ErrorCode::Network, Text::tr("%1: the connection was lost (%2)").arg(what, cause)));
            return fail(ErrorCode::Network, Text::tr("%1: the server refused a new channel: %2").arg(what, cause));
        }
        if (auto ok = wait(deadline, what); !ok) {
            ssh_channel_free(channel);
            return fail(ok.error());
        }
    }
}

Result<ssh_channel> SshSession::openExec(
    const QByteArray &command, ssh_channel_callbacks callbacks, SshDeadline &deadline)
{
    const QString what = Text::tr("%1: starting a command").arg(m_name);
    auto channel = openChannel(deadline, what);
    if (!channel)
        return fail(channel.error());
    if (callbacks)
        ssh_set_channel_callbacks(*channel, callbacks);
    for (;;) {
        const int rc = ssh_channel_request_exec(*channel, command.constData());
        if (rc == SSH_OK)
            return *channel;
        if (rc != SSH_AGAIN) {
            const QString cause = sessionError(m_session);
            if (callbacks)
                ssh_remove_channel_callbacks(*channel, callbacks);
            closeChannel(*channel);
            return fail(ErrorCode::Apply, Text::tr("%1: the server refused to run it: %2").arg(what, cause));
        }
        if (auto ok = wait(deadline, what); !ok) {
            if (callbacks)
                ssh_remove_channel_callbacks(*channel, callbacks);
            closeChannel(*channel);
            return fail(ok.error());
        }
    }
}

Result<ssh_channel> SshSession::openSubsystem(const char *subsystem, SshDeadline &deadline)
{
    const QString what = Text::tr("%1: starting %2").arg(m_name, QLatin1String(subsystem));
    auto channel = openChannel(deadline, what);
    if (!channel)
        return fail(channel.error());
    for (;;) {
        const int rc = ssh_channel_request_subsystem(*channel, subsystem);
        if (rc == SSH_OK)
            return *channel;
        if (rc != SSH_AGAIN) {
            const QString cause = sessionError(m_session);
            closeChannel(*channel);
            return fail(ErrorCode::Network,
                Text::tr("%1: the server does not offer it (%2); is 'Subsystem sftp' set in its sshd_config?")
                    .arg(what, cause));
        }
        if (auto ok = wait(deadline, what); !ok) {
            closeChannel(*channel);
            return fail(ok.error());
        }
    }
}

void SshSession::closeChannel(ssh_channel channel)
{
    if (!channel)
        return;
    if (!m_broken && ssh_is_connected(m_session) && ssh_channel_is_open(channel))
        ssh_channel_close(channel); // non-blocking: sends the close and goes on
    ssh_channel_free(channel);
}

} // namespace em::host
