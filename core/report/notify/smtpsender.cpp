#include "smtpsender.h"

#include <cerrno>
#include <memory>
#include <mutex>

#include <curl/curl.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include "report/notify/notificationsettings.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)
};

constexpr qint64 maxPasswordFileBytes = 4096;

// A secret held in memory for one transfer: overwritten when it goes.
class Secret
{
public:
    Secret() = default;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    ~Secret() { wipe(m_bytes); }
    [[nodiscard]] const char *data() const { return m_bytes.constData(); }
    void set(QByteArray bytes)
    {
        wipe(m_bytes);
        m_bytes = std::move(bytes);
    }

    static void wipe(QByteArray &bytes)
    {
        volatile char *p = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            p[i] = 0;
        bytes.clear();
    }

private:
    QByteArray m_bytes;
};

struct CurlDeleter {
    void operator()(CURL *h) const { curl_easy_cleanup(h); }
};
struct SlistDeleter {
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

struct Upload {
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *upload = static_cast<Upload *>(userdata);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = std::min(room, upload->data->size() - upload->offset);
    if (n > 0) {
        memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
        upload->offset += n;
    }
    return size_t(n);
}

int checkCancel(void *userdata, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancel = static_cast<const std::atomic<bool> *>(userdata);
    return cancel && cancel->load() ? 1 : 0;
}

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 4);
}

struct PasswordRead {
    QByteArray password;
    QString error;
};

// The first line of the file, without its line end.
PasswordRead readPassword(const SmtpOptions &options)
{
    QString path = options.passwordFile;
    if (path.isEmpty()) {
        const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
        if (!credentials.isEmpty() && QFileInfo::exists(QDir(credentials).filePath(QStringLiteral("smtp-password"))))
            path = QDir(credentials).filePath(QStringLiteral("smtp-password"));
    }
    if (path.isEmpty())
        return {{},
            Text::tr("no password file for SMTP user '%1' (and no smtp-password credential in $CREDENTIALS_DIRECTORY)")
                .arg(options.user)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, Text::tr("the SMTP password file '%1' cannot be read: %2").arg(path, file.errorString())};
    if (!QFileInfo(path).isFile())
        return {{}, Text::tr("the SMTP password file '%1' is not a regular file").arg(path)};
    QByteArray bytes = file.read(maxPasswordFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        Secret::wipe(bytes);
        return {{}, Text::tr("the SMTP password file '%1' cannot be read: %2").arg(path, file.errorString())};
    }
    if (bytes.size() > maxPasswordFileBytes) {
        Secret::wipe(bytes);
        return {
            {}, Text::tr("the SMTP password file '%1' is larger than %2 bytes").arg(path).arg(maxPasswordFileBytes)};
    }
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    QByteArray password(bytes.constData(), end);
    Secret::wipe(bytes);
    if (password.isEmpty())
        return {{}, Text::tr("the SMTP password file '%1' is empty").arg(path)};
    if (password.contains('\0'))
        return {{}, Text::tr("the SMTP password file '%1' holds a NUL byte").arg(path)};
    return {password, {}};
}

SmtpResult failWith(SmtpFailure failure, const QString &channel, const QString &cause)
{
    return {failure,
        Error(failure == SmtpFailure::Cancelled ? ErrorCode::Cancelled : ErrorCode::Network,
            Text::tr("%1: %2").arg(channel, cause))};
}

// The SMTP reply code in curl's message ("RCPT failed: 550"), else the last reply's.
long replyCode(const QString &curlMessage, CURL *handle)
{
    const qsizetype colon = curlMessage.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        bool ok = false;
        const long code = curlMessage.mid(colon + 1).trimmed().toLong(&ok);
        if (ok && code >= 200 && code < 600)
            return code;
    }
    long code = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &code);
    return code;
}
} // namespace

SmtpResult sendMail(const SmtpOptions &options, const QString &envelopeFrom, const QStringList &recipients,
    const QByteArray &message, const std::atomic<bool> *cancel)
{
    const QString channel = mailChannelText(options.url);
    auto url = parseSmtpUrl(options.url.toString());
    if (!url)
        return failWith(SmtpFailure::InvalidRequest, channel, url.error().message);
    if (recipients.isEmpty())
        return failWith(SmtpFailure::InvalidRequest, channel, Text::tr("no recipient"));
    for (const QString &address : recipients + QStringList {envelopeFrom}) {
        if (auto ok = checkMailAddress(address); !ok)
            return failWith(SmtpFailure::InvalidRequest, channel, ok.error().message);
    }
    if (!options.caFile.isEmpty() && !QFileInfo(options.caFile).isReadable())
        return failWith(SmtpFailure::InvalidRequest, channel,
            Text::tr("the CA file '%1' cannot be read").arg(QDir::toNativeSeparators(options.caFile)));

    Secret password;
    if (!options.user.isEmpty()) {
        PasswordRead read = readPassword(options);
        if (!read.error.isEmpty())
            return failWith(SmtpFailure::InvalidRequest, channel, read.error);
        password.set(std::move(read.password));
    }

    globalInit();
    std::unique_ptr<CURL, CurlDeleter> handle(curl_easy_init());
    if (!handle)
        return failWith(SmtpFailure::Connect, channel, Text::tr("libcurl could not start a transfer"));
    CURL *h = handle.get();
    std::unique_ptr<curl_slist, SlistDeleter> rcpt;
    for (const QString &r : recipients) {
        curl_slist *next = curl_slist_append(rcpt.get(), QByteArray('<' + r.toLatin1() + '>').constData());
        if (!next)
            return failWith(SmtpFailure::Connect, channel, Text::tr("out of memory"));
        (void)rcpt.release();
        rcpt.reset(next);
    }

    const bool implicitTls = url->scheme() == QLatin1String("smtps");
    // The URL's path is the name curl gives in EHLO.
    const QByteArray curlUrl = url->scheme().toLatin1() + "://" + QUrl::toAce(url->host()) + ':'
        + QByteArray::number(url->port()) + '/' + QUrl::toAce(QSysInfo::machineHostName());
    const QByteArray from = '<' + envelopeFrom.toLatin1() + '>';
    const QByteArray user = options.user.toUtf8();
    const QByteArray caFile = QFile::encodeName(options.caFile);
    Upload upload {&message, 0};
    char errorBuffer[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(h, CURLOPT_URL, curlUrl.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(h, CURLOPT_PROXY, ""); // never through a proxy from the environment
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    // TLS is required: STARTTLS on smtp://, from the first byte on smtps://.
    if (!implicitTls)
        curl_easy_setopt(h, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(h, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options.caFile.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.constData());
        curl_easy_setopt(h, CURLOPT_CAPATH, nullptr); // the given CAs only
    }
    if (!options.user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.data());
    }
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(options.connectTimeout.count()));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(options.totalTimeout.count()));
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, checkCancel);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool> *>(cancel));

    const CURLcode code = curl_easy_perform(h);
    // Whatever curl keeps of the password goes with the handle; ours with `password`.
    curl_easy_setopt(h, CURLOPT_PASSWORD, nullptr);
    if (code == CURLE_OK)
        return {};

    const QString detail = QString::fromLocal8Bit(errorBuffer).trimmed();
    const QString curlText = detail.isEmpty() ? QString::fromLatin1(curl_easy_strerror(code)) : detail;
    const QString host = url->host();
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return failWith(SmtpFailure::Dns, channel, Text::tr("DNS: host '%1' not found").arg(host));
    case CURLE_COULDNT_CONNECT: {
        long osError = 0;
        curl_easy_getinfo(h, CURLINFO_OS_ERRNO, &osError);
        if (osError == ECONNREFUSED || curlText.contains(QLatin1String("refused"), Qt::CaseInsensitive))
            return failWith(
                SmtpFailure::Refused, channel, Text::tr("connection refused (is the mail server running?)"));
        return failWith(SmtpFailure::Connect, channel, Text::tr("cannot connect: %1").arg(curlText));
    }
    case CURLE_OPERATION_TIMEDOUT: {
        double connectSeconds = 0;
        curl_easy_getinfo(h, CURLINFO_APPCONNECT_TIME, &connectSeconds);
        long reply = 0;
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &reply);
        if (reply == 0)
            return failWith(SmtpFailure::Timeout, channel,
                Text::tr("timeout: the server did not answer within %1 s").arg(seconds(options.connectTimeout)));
        return failWith(SmtpFailure::Timeout, channel,
            Text::tr("timeout: the server stopped answering (limits: %1 s to connect, %2 s in all)")
                .arg(seconds(options.connectTimeout), seconds(options.totalTimeout)));
    }
    case CURLE_USE_SSL_FAILED:
        return failWith(SmtpFailure::StartTls, channel,
            Text::tr("STARTTLS refused: the server does not offer TLS (%1), and mail is never sent in clear; use a "
                     "server with STARTTLS or an smtps:// URL")
                .arg(curlText));
    case CURLE_PEER_FAILED_VERIFICATION:
        return failWith(SmtpFailure::TlsVerification, channel,
            options.caFile.isEmpty()
                ? Text::tr("TLS verification failed: the server's certificate is not trusted by this system's CA "
                           "store or not issued for %1 (%2); give the CA file of a private mail server")
                      .arg(host, curlText)
                : Text::tr("TLS verification failed: the server's certificate is not issued by the CA file '%1' or "
                           "not for %2 (%3)")
                      .arg(QDir::toNativeSeparators(options.caFile), host, curlText));
    case CURLE_SSL_CACERT_BADFILE:
        return failWith(SmtpFailure::InvalidRequest, channel,
            Text::tr("the CA file '%1' holds no usable certificate").arg(QDir::toNativeSeparators(options.caFile)));
    case CURLE_SSL_CONNECT_ERROR:
        return failWith(SmtpFailure::Tls, channel, Text::tr("TLS handshake failed: %1").arg(curlText));
    case CURLE_LOGIN_DENIED:
        return failWith(SmtpFailure::Authentication, channel,
            Text::tr("authentication failed for user '%1' (%2)").arg(options.user, curlText));
    case CURLE_ABORTED_BY_CALLBACK:
        return failWith(SmtpFailure::Cancelled, channel, Text::tr("cancelled"));
    default:
        break;
    }
    if (curlText.startsWith(QLatin1String("RCPT failed"))
        || curlText.contains(QLatin1String("recipient"), Qt::CaseInsensitive))
        return failWith(SmtpFailure::Recipient, channel,
            Text::tr("a recipient was refused (SMTP %1); recipients: %2")
                .arg(replyCode(curlText, h))
                .arg(recipients.join(QStringLiteral(", "))));
    // A server that wants AUTH but did not offer it (curl then goes on without).
    if (replyCode(curlText, h) == 530)
        return failWith(SmtpFailure::Authentication, channel,
            options.user.isEmpty()
                ? Text::tr("the server requires authentication (SMTP 530): set an SMTP user and password file")
                : Text::tr("the server requires authentication but offered no AUTH method curl can use (SMTP 530)"));
    if (curlText.startsWith(QLatin1String("MAIL failed")))
        return failWith(SmtpFailure::Sender, channel,
            Text::tr("the sender address '%1' was refused (SMTP %2)").arg(envelopeFrom).arg(replyCode(curlText, h)));
    if (curlText.startsWith(QLatin1String("DATA failed")) || code == CURLE_UPLOAD_FAILED)
        return failWith(SmtpFailure::Data, channel,
            Text::tr("the message was refused (SMTP %1): %2").arg(replyCode(curlText, h)).arg(curlText));
    if (curlText.contains(QLatin1String("authentication"), Qt::CaseInsensitive))
        return failWith(SmtpFailure::Authentication, channel,
            Text::tr("authentication failed for user '%1' (%2)").arg(options.user, curlText));
    if (code == CURLE_GOT_NOTHING || code == CURLE_RECV_ERROR || code == CURLE_SEND_ERROR
        || code == CURLE_WEIRD_SERVER_REPLY)
        return failWith(SmtpFailure::Protocol, channel,
            Text::tr("the server closed the connection or answered out of protocol: %1").arg(curlText));
    return failWith(SmtpFailure::Protocol, channel, curlText);
}

} // namespace em
