// emctl's notification options and verbs (issue 16; docs/notifications.md).

#include "notifyverbs.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "cli.h"
#include "engine/aftercycle.h"
#include "engine/cycle.h"
#include "model/text.h"

namespace em::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(emctl)
};

const QString mailOption = QStringLiteral("notify-mail");
const QString fromOption = QStringLiteral("notify-from");
const QString smtpUrlOption = QStringLiteral("smtp-url");
const QString smtpUserOption = QStringLiteral("smtp-user");
const QString passwordFileOption = QStringLiteral("smtp-password-file");
const QString smtpCaOption = QStringLiteral("smtp-ca-file");
const QString webhookOption = QStringLiteral("notify-webhook");
const QString webhookFileOption = QStringLiteral("notify-webhook-file");
const QString webhookCaOption = QStringLiteral("notify-webhook-ca-file");
const QString languageOption = QStringLiteral("notify-language");
const QString reminderOption = QStringLiteral("notify-reminder");
const QString connectTimeoutOption = QStringLiteral("notify-connect-timeout");
const QString timeoutOption = QStringLiteral("notify-timeout");

// A file setting is stored as an absolute path: the service reads it from elsewhere.
QString absolutePath(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

Result<std::chrono::seconds> seconds(const QString &option, const QString &text, bool zeroAllowed)
{
    if (zeroAllowed && text.trimmed() == QLatin1String("0"))
        return std::chrono::seconds(0);
    auto d = parseDuration(text);
    if (!d)
        return fail(d.error().wrapped(QStringLiteral("--%1").arg(option)));
    if (d->count() <= 0 && !zeroAllowed)
        return fail(ErrorCode::InvalidArgument, Text::tr("--%1: at least one second").arg(option));
    return *d;
}

int notifyTest(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    auto settings = notificationSettings(*dir);
    if (!settings)
        return cli.failed(settings.error());
    const Actor actor = Actor::current();
    const QString sentBy = Text::tr("emctl notify test, by %1 on %2").arg(actor.who, actor.host);
    auto report = sendTestNotification(*settings, notificationRoute(*dir), sentBy);
    if (!report) {
        if (report.error().code == ErrorCode::InvalidArgument)
            return cli.failed(report.error().message
                + Text::tr(" (emctl set-org --notify-mail ADDR,... --notify-from ADDR --smtp-url URL, or "
                           "--notify-webhook URL)"));
        return cli.failed(report.error());
    }
    for (const ChannelOutcome &c : report->channels) {
        if (!c.error)
            cli.print(Text::tr("Test message sent: %1\n").arg(c.target));
    }
    if (!report->ok())
        return cli.failed(report->errors().join(QLatin1Char('\n')));
    return ExitOk;
}
} // namespace

void NotifyOptions::add(QCommandLineParser &p)
{
    p.addOption(valueOption(
        "notify-mail", Text::tr("Send digests to these addresses (comma-separated; \"\" for no mail)."), "ADDR,..."));
    p.addOption(valueOption("notify-from", Text::tr("The sender address of the digests."), "ADDR"));
    p.addOption(valueOption(
        "smtp-url", Text::tr("The mail server: smtp://host[:587] (STARTTLS required) or smtps://host[:465]."), "URL"));
    p.addOption(valueOption("smtp-user", Text::tr("SMTP AUTH user (\"\" for none)."), "USER"));
    p.addOption(valueOption("smtp-password-file",
        Text::tr("File whose first line is the SMTP password, read at each delivery (default with a user: "
                 "$CREDENTIALS_DIRECTORY/smtp-password). The password itself is never stored."),
        "FILE"));
    p.addOption(valueOption(
        "smtp-ca-file", Text::tr("PEM of the CAs of a private mail server (\"\": the system's store)."), "PEM"));
    p.addOption(valueOption(
        "notify-webhook", Text::tr("POST digests as JSON to this https URL (Teams, Slack; \"\" for none)."), "URL"));
    p.addOption(valueOption("notify-webhook-file",
        Text::tr("Read the webhook URL from the first line of this file (keeps its token off the command line)."),
        "FILE"));
    p.addOption(valueOption(
        "notify-webhook-ca-file", Text::tr("PEM trusted for the webhook besides the system's store."), "PEM"));
    p.addOption(valueOption("notify-language", Text::tr("The language of the digests: en or fr."), "LANG"));
    p.addOption(valueOption("notify-reminder",
        Text::tr("Tell a lasting problem again after this long (default 24h; 0: never)."), "DURATION"));
    p.addOption(valueOption("notify-connect-timeout",
        Text::tr("Per channel: connection, TLS and greeting timeout (default 15s)."), "DURATION"));
    p.addOption(valueOption(
        "notify-timeout", Text::tr("Per channel: the whole delivery's timeout (default 60s)."), "DURATION"));
}

Result<void> NotifyOptions::read(const QCommandLineParser &p)
{
    const auto given = [&](const QString &name) {
        const bool set = p.isSet(name);
        m_any = m_any || set;
        return set;
    };
    if (given(mailOption)) {
        auto to = parseMailAddresses(p.value(mailOption));
        if (!to)
            return fail(to.error().wrapped(QStringLiteral("--notify-mail")));
        m_mailTo = *to;
    }
    if (given(fromOption)) {
        const QString from = p.value(fromOption).trimmed();
        if (!from.isEmpty()) {
            if (auto ok = checkMailAddress(from); !ok)
                return fail(ok.error().wrapped(QStringLiteral("--notify-from")));
        }
        m_mailFrom = from;
    }
    if (given(smtpUrlOption)) {
        const QString text = p.value(smtpUrlOption).trimmed();
        if (text.isEmpty()) {
            m_smtpUrl = QUrl();
        } else {
            auto url = parseSmtpUrl(text);
            if (!url)
                return fail(url.error());
            m_smtpUrl = *url;
        }
    }
    if (given(smtpUserOption))
        m_smtpUser = p.value(smtpUserOption).trimmed();
    if (given(passwordFileOption))
        m_smtpPasswordFile = absolutePath(p.value(passwordFileOption));
    if (given(smtpCaOption))
        m_smtpCaFile = absolutePath(p.value(smtpCaOption));
    if (given(webhookOption) && given(webhookFileOption))
        return fail(ErrorCode::InvalidArgument, Text::tr("give --notify-webhook or --notify-webhook-file, not both"));
    QString webhook;
    bool webhookGiven = false;
    if (p.isSet(webhookOption)) {
        webhook = p.value(webhookOption).trimmed();
        webhookGiven = true;
    } else if (p.isSet(webhookFileOption)) {
        const QString path = p.value(webhookFileOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, Text::tr("--notify-webhook-file '%1': %2").arg(path, file.errorString()));
        webhook = QString::fromUtf8(file.readLine(64 * 1024)).trimmed();
        webhookGiven = true;
    }
    if (webhookGiven) {
        if (webhook.isEmpty()) {
            m_webhookUrl = QUrl();
        } else {
            auto url = parseWebhookUrl(webhook);
            if (!url)
                return fail(url.error());
            m_webhookUrl = *url;
        }
    }
    if (given(webhookCaOption))
        m_webhookCaFile = absolutePath(p.value(webhookCaOption));
    if (given(languageOption)) {
        const QString language = p.value(languageOption).trimmed().toLower();
        if (language != QLatin1String("en") && language != QLatin1String("fr"))
            return fail(ErrorCode::InvalidArgument,
                Text::tr("invalid --notify-language '%1': expected en or fr").arg(p.value(languageOption)));
        m_language = language;
    }
    if (given(reminderOption)) {
        auto d = seconds(reminderOption, p.value(reminderOption), true);
        if (!d)
            return fail(d.error());
        m_reminder = *d;
    }
    if (given(connectTimeoutOption)) {
        auto d = seconds(connectTimeoutOption, p.value(connectTimeoutOption), false);
        if (!d)
            return fail(d.error());
        m_connectTimeout = *d;
    }
    if (given(timeoutOption)) {
        auto d = seconds(timeoutOption, p.value(timeoutOption), false);
        if (!d)
            return fail(d.error());
        m_timeout = *d;
    }
    return {};
}

void NotifyOptions::apply(NotificationSettings &s) const
{
    if (m_mailTo)
        s.mailTo = *m_mailTo;
    if (m_mailFrom)
        s.mailFrom = *m_mailFrom;
    if (m_smtpUrl)
        s.smtpUrl = *m_smtpUrl;
    if (m_smtpUser)
        s.smtpUser = *m_smtpUser;
    if (m_smtpPasswordFile)
        s.smtpPasswordFile = *m_smtpPasswordFile;
    if (m_smtpCaFile)
        s.smtpCaFile = *m_smtpCaFile;
    if (m_webhookUrl)
        s.webhookUrl = *m_webhookUrl;
    if (m_webhookCaFile)
        s.webhookCaFile = *m_webhookCaFile;
    if (m_language)
        s.language = *m_language;
    if (m_reminder)
        s.reminderAfter = *m_reminder;
    if (m_connectTimeout)
        s.connectTimeout = *m_connectTimeout;
    if (m_timeout)
        s.timeout = *m_timeout;
}

QStringList NotifyOptions::warnings() const
{
    QStringList out;
    for (const auto &file : {m_smtpPasswordFile, m_smtpCaFile, m_webhookCaFile}) {
        if (file && !file->isEmpty() && !QFileInfo(*file).isReadable())
            out << Text::tr("'%1' cannot be read by this user; the service must be able to read it").arg(*file);
    }
    return out;
}

Record notifyOrgFields(OrgDirectory &dir)
{
    Record record;
    auto settings = notificationSettings(dir);
    if (!settings) {
        record << Field {QStringLiteral("Notifications"), settings.error().message, {}};
        return record;
    }
    for (const auto &[name, value] : notificationSettingsFields(*settings))
        record << Field {name, value, {}};
    return record;
}

QList<Verb> notifyVerbs()
{
    return {
        {QStringLiteral("notify test"), QString(),
            Text::tr("send a test message on every notification channel set (mail, webhook)"), notifyTest},
    };
}

} // namespace em::cli
