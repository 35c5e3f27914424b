#pragma once

// The organization's notification settings (`emctl set-org --notify-mail ...
// --smtp-url ... --notify-webhook ...`, the console's Notifications page):
// where digests go and how. The SMTP password is never part of them: only
// the path of the file that holds it.

#include <chrono>

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include "model/error.h"
#include "report/notify/digest.h"

namespace em {

struct NotificationSettings {
    QStringList mailTo; // recipients; empty: no mail
    QString mailFrom; // the sender address (From and envelope)
    QUrl smtpUrl; // smtp://host[:587] (STARTTLS required) or smtps://host[:465]
    QString smtpUser; // empty: no AUTH
    // File holding the SMTP password (its first line). Empty with a user:
    // $CREDENTIALS_DIRECTORY/smtp-password (systemd's LoadCredential=).
    QString smtpPasswordFile;
    QString smtpCaFile; // PEM of the CAs that may issue the mail server's certificate; empty: the system's store
    QUrl webhookUrl; // https:// (http:// only to a loopback address); empty: no webhook
    QString webhookCaFile; // PEM trusted for the webhook besides the system's store
    QString language = QStringLiteral("en"); // of the digests: "en" or "fr"
    std::chrono::seconds reminderAfter {24 * 3600}; // a lasting problem is told again after this long; 0: never
    std::chrono::seconds connectTimeout {15}; // per channel: connection, TLS and greeting
    std::chrono::seconds timeout {60}; // per channel: the whole delivery

    [[nodiscard]] bool mailEnabled() const { return !mailTo.isEmpty() && !smtpUrl.isEmpty(); }
    [[nodiscard]] bool webhookEnabled() const { return !webhookUrl.isEmpty(); }
    [[nodiscard]] NotifyRules rules() const { return {reminderAfter}; }

    // Every field checked as set-org would: addresses, URLs, language, that a
    // password file goes with a user, timeouts. Files are not read here.
    [[nodiscard]] Result<void> validate() const;

    [[nodiscard]] QJsonObject toJson() const;
    static Result<NotificationSettings> fromJson(const QJsonObject &object);

    friend bool operator==(const NotificationSettings &, const NotificationSettings &) = default;
};

// "secops@contoso.com,exadmins@contoso.com" -> the addresses; each checked.
Result<QStringList> parseMailAddresses(const QString &commaSeparated);
// A plain address local@domain (ASCII, no display name, no spaces or controls).
Result<void> checkMailAddress(const QString &address);
// smtp:// or smtps://, a host, no user or password in the URL, no path.
Result<QUrl> parseSmtpUrl(const QString &text);
// https://, or http:// to a loopback address (127.0.0.0/8, ::1, localhost).
Result<QUrl> parseWebhookUrl(const QString &text);
bool isLoopbackHost(const QString &host);

// How errors and logs name a channel: "mail to smtp://mail.contoso.com:587",
// "webhook https://hooks.example.com" (a webhook URL's path is a secret: it
// is never printed).
QString mailChannelText(const QUrl &smtpUrl);
QString webhookChannelText(const QUrl &webhookUrl);

} // namespace em
