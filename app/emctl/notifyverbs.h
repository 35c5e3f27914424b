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
struct CycleReport;
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
    // Changes the stored settings (inside the caller's write transaction),
    // audited as set-org; the combination is validated (a recipient needs a
    // server and a sender...).
    Result<void> store(OrgDirectory &dir, const Actor &actor) const;
    // Files named by the options that this user cannot read (the service may).
    [[nodiscard]] QStringList warnings() const;

private:
    void apply(NotificationSettings &settings) const;

    bool m_any = false;
    std::optional<QStringList> m_mailTo;
    std::optional<QString> m_mailFrom, m_smtpUser, m_smtpPasswordFile, m_smtpCaFile, m_webhookCaFile, m_language;
    std::optional<QUrl> m_smtpUrl, m_webhookUrl;
    std::optional<std::chrono::seconds> m_reminder, m_connectTimeout, m_timeout;
};

// The notification settings as get-org shows them (no secret).
Record notifyOrgFields(OrgDirectory &dir);

// After `emctl run` (not a dry run): the digest of the cycle, delivered; what
// happened is printed (failures as warnings; they are also events 1008).
void notifyAfterRun(Cli &cli, OrgDirectory &dir, const CycleReport &report, bool wholeOrganization);

} // namespace em::cli
