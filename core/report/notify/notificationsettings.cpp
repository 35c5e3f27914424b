#include "notificationsettings.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(NotificationSettings)
};

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("smtps"))
        return 465;
    if (scheme == QLatin1String("smtp"))
        return 25;
    if (scheme == QLatin1String("https"))
        return 443;
    return 80;
}

bool isDomainLabelChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

Result<void> checkMailAddress(const QString &address)
{
    const auto bad = [&address](const QString &why) {
        return fail(ErrorCode::InvalidArgument, Text::tr("mail address '%1': %2").arg(address, why));
    };
    if (address.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("a mail address is empty"));
    if (address.size() > 254)
        return bad(Text::tr("longer than 254 characters"));
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return bad(Text::tr("expected local-part@domain"));
    for (QChar c : address) {
        if (c.unicode() <= 32 || c.unicode() >= 127)
            return bad(Text::tr("only ASCII letters, digits and punctuation without spaces are accepted"));
        if (QStringLiteral("<>()[],;:\\\"").contains(c))
            return bad(Text::tr("the character '%1' is not accepted (give the bare address, without a name)").arg(c));
    }
    const QString local = address.left(at);
    if (local.contains(QLatin1Char('@')))
        return bad(Text::tr("more than one '@'"));
    const QStringList labels = address.mid(at + 1).split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))
            || !std::all_of(label.begin(), label.end(), isDomainLabelChar))
            return bad(Text::tr("the domain '%1' is not a valid host name").arg(address.mid(at + 1)));
    }
    return {};
}

Result<QStringList> parseMailAddresses(const QString &commaSeparated)
{
    QStringList out;
    for (const QString &part : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString address = part.trimmed();
        if (address.isEmpty())
            continue;
        if (auto ok = checkMailAddress(address); !ok)
            return fail(ok.error());
        if (!out.contains(address, Qt::CaseInsensitive))
            out.append(address);
    }
    return out;
}

Result<QUrl> parseSmtpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // A password typed into the URL is never repeated in a message.
    if (!url.userInfo().isEmpty() || (!url.isValid() && text.contains(QLatin1Char('@'))))
        return fail(ErrorCode::InvalidArgument,
            Text::tr("SMTP URL: give the user separately and the password in a file, never in the URL"));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return fail(ErrorCode::InvalidArgument,
            Text::tr("SMTP URL '%1': expected smtp://host[:port] or smtps://host[:port]").arg(text));
    if (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))
        return fail(ErrorCode::InvalidArgument,
            Text::tr("SMTP URL '%1': the scheme must be smtp (STARTTLS) or smtps (TLS from the start)").arg(text));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return fail(ErrorCode::InvalidArgument, Text::tr("SMTP URL '%1': no path is expected").arg(text));
    if (url.hasQuery() || url.hasFragment())
        return fail(ErrorCode::InvalidArgument, Text::tr("SMTP URL '%1': no query or fragment is expected").arg(text));
    QUrl clean;
    clean.setScheme(scheme);
    clean.setHost(url.host());
    clean.setPort(url.port(defaultPort(scheme)));
    return clean;
}

Result<QUrl> parseWebhookUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    // The URL itself is a secret (it carries the webhook's token): never in a message.
    if (!url.isValid() || url.host().isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("webhook URL: expected https://host/path"));
    if (scheme == QLatin1String("https"))
        return url;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return url;
        return fail(ErrorCode::InvalidArgument,
            Text::tr("webhook URL: plain http:// is accepted only to a loopback address, not to %1; use https://")
                .arg(url.host()));
    }
    return fail(ErrorCode::InvalidArgument, Text::tr("webhook URL: the scheme must be https, not '%1'").arg(scheme));
}

QString mailChannelText(const QUrl &smtpUrl)
{
    const QString scheme = smtpUrl.scheme().toLower();
    return Text::tr("mail to %1://%2:%3").arg(scheme, smtpUrl.host()).arg(smtpUrl.port(defaultPort(scheme)));
}

QString webhookChannelText(const QUrl &webhookUrl)
{
    const QString scheme = webhookUrl.scheme().toLower();
    const int port = webhookUrl.port(defaultPort(scheme));
    return Text::tr("webhook %1")
        .arg(port == defaultPort(scheme) ? QStringLiteral("%1://%2").arg(scheme, webhookUrl.host())
                                         : QStringLiteral("%1://%2:%3").arg(scheme, webhookUrl.host()).arg(port));
}

Result<void> NotificationSettings::validate() const
{
    for (const QString &to : mailTo) {
        if (auto ok = checkMailAddress(to); !ok)
            return fail(ok.error().wrapped(Text::tr("notification recipients")));
    }
    if (!mailTo.isEmpty() || !smtpUrl.isEmpty()) {
        if (mailTo.isEmpty())
            return fail(ErrorCode::InvalidArgument, Text::tr("an SMTP server is set but no recipient"));
        if (smtpUrl.isEmpty())
            return fail(ErrorCode::InvalidArgument, Text::tr("mail recipients are set but no SMTP server URL"));
        if (auto url = parseSmtpUrl(smtpUrl.toString()); !url)
            return fail(url.error());
        if (mailFrom.isEmpty())
            return fail(ErrorCode::InvalidArgument, Text::tr("mail recipients are set but no sender address (From)"));
    }
    if (!mailFrom.isEmpty()) {
        if (auto ok = checkMailAddress(mailFrom); !ok)
            return fail(ok.error().wrapped(Text::tr("sender address")));
    }
    if (!smtpPasswordFile.isEmpty() && smtpUser.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("an SMTP password file is set but no SMTP user"));
    if (smtpUser.contains(QLatin1Char('\n')) || smtpUser.contains(QLatin1Char('\r')))
        return fail(ErrorCode::InvalidArgument, Text::tr("the SMTP user contains a line break"));
    if (!webhookUrl.isEmpty()) {
        if (auto url = parseWebhookUrl(webhookUrl.toString()); !url)
            return fail(url.error());
    }
    if (language != QLatin1String("en") && language != QLatin1String("fr"))
        return fail(
            ErrorCode::InvalidArgument, Text::tr("notification language '%1': expected en or fr").arg(language));
    if (reminderAfter.count() < 0)
        return fail(ErrorCode::InvalidArgument, Text::tr("the reminder period cannot be negative"));
    if (connectTimeout.count() <= 0 || timeout.count() <= 0)
        return fail(ErrorCode::InvalidArgument, Text::tr("notification timeouts must be at least one second"));
    return {};
}

QJsonObject NotificationSettings::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("mailTo"), QJsonArray::fromStringList(mailTo));
    o.insert(QStringLiteral("mailFrom"), mailFrom);
    o.insert(QStringLiteral("smtpUrl"), smtpUrl.toString());
    o.insert(QStringLiteral("smtpUser"), smtpUser);
    o.insert(QStringLiteral("smtpPasswordFile"), smtpPasswordFile);
    o.insert(QStringLiteral("smtpCaFile"), smtpCaFile);
    o.insert(QStringLiteral("webhookUrl"), webhookUrl.toString());
    o.insert(QStringLiteral("webhookCaFile"), webhookCaFile);
    o.insert(QStringLiteral("language"), language);
    o.insert(QStringLiteral("reminderAfterSeconds"), qint64(reminderAfter.count()));
    o.insert(QStringLiteral("connectTimeoutSeconds"), qint64(connectTimeout.count()));
    o.insert(QStringLiteral("timeoutSeconds"), qint64(timeout.count()));
    return o;
}

Result<NotificationSettings> NotificationSettings::fromJson(const QJsonObject &o)
{
    NotificationSettings s;
    for (const QJsonValue &v : o.value(QStringLiteral("mailTo")).toArray())
        s.mailTo.append(v.toString());
    s.mailFrom = o.value(QStringLiteral("mailFrom")).toString();
    s.smtpUrl = QUrl(o.value(QStringLiteral("smtpUrl")).toString());
    s.smtpUser = o.value(QStringLiteral("smtpUser")).toString();
    s.smtpPasswordFile = o.value(QStringLiteral("smtpPasswordFile")).toString();
    s.smtpCaFile = o.value(QStringLiteral("smtpCaFile")).toString();
    s.webhookUrl = QUrl(o.value(QStringLiteral("webhookUrl")).toString());
    s.webhookCaFile = o.value(QStringLiteral("webhookCaFile")).toString();
    s.language = o.value(QStringLiteral("language")).toString(QStringLiteral("en"));
    s.reminderAfter = std::chrono::seconds(qint64(o.value(QStringLiteral("reminderAfterSeconds")).toDouble(24 * 3600)));
    s.connectTimeout = std::chrono::seconds(qint64(o.value(QStringLiteral("connectTimeoutSeconds")).toDouble(15)));
    s.timeout = std::chrono::seconds(qint64(o.value(QStringLiteral("timeoutSeconds")).toDouble(60)));
    if (auto ok = s.validate(); !ok)
        return fail(ok.error().wrapped(Text::tr("notification settings")));
    return s;
}

} // namespace em
