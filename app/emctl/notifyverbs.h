#pragma once

// emctl's notification pieces (issue 16; DESIGN section 8): the set-org
// options, the get-org fields, the digest after `emctl run`, and the
// `notify test` verb. Kept apart from the verbs they hook into so that they
// move with them onto core/engine/operations.

#include <chrono>
#include <optional>

#include <QCommandLineParser>
#include <QStringList>
#include <QUrl>

#include "report/recordformat.h"

namespace em {
class OrgDirectory;
struct Actor;
struct NotificationSettings;
} // namespace em

namespace em::cli {

class Cli;

// The set-org options --notify-mail, --notify-from, --smtp-url, --smtp-user,
// --smtp-password-file, --smtp-ca-file, --notify-webhook (or
// --notify-webhook-file), --notify-webhook-ca-file, --notify-language,
// --notify-reminder, --notify-connect-timeout, --notify-timeout. An empty
// value clears a setting. No option takes a secret: the SMTP password stays
// in its file (or $CREDENTIALS_DIRECTORY/smtp-password).
class NotifyOptions
{
public:
    static void add(QCommandLineParser &parser);
    // Reads and checks each option given; an error is a usage error.
    Result<void> read(const QCommandLineParser &parser);
    [[nodiscard]] bool any() const { return m_any; }
    // Files named by the options that this user cannot read (the service may).
    [[nodiscard]] QStringList warnings() const;
    // Sets what the options give in `settings`.
    void apply(NotificationSettings &settings) const;

private:
    bool m_any = false;
    std::optional<QStringList> m_mailTo;
    std::optional<QString> m_mailFrom, m_smtpUser, m_smtpPasswordFile, m_smtpCaFile, m_webhookCaFile, m_language;
    std::optional<QUrl> m_smtpUrl, m_webhookUrl;
    std::optional<std::chrono::seconds> m_reminder, m_connectTimeout, m_timeout;
};

// The notification settings as get-org shows them (no secret).
Record notifyOrgFields(OrgDirectory &dir);

} // namespace em::cli
