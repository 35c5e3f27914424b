#include "importfeedcommand.h"

#include <QDir>
#include <QLocale>

#include "engine/operations/operations.h"
#include "feedstatus.h"
#include "widgets/feedreportdialog.h"

namespace em::ui {

QString feedRefusalText(const FeedUpdateReport &r)
{
    if (r.verification && !r.verification->verified && !r.verification->failure.isEmpty())
        return ImportFeedCommand::tr("The feed from %1 was refused: %2")
            .arg(QDir::toNativeSeparators(r.source), r.verification->failure);
    return r.error;
}

CommandResult FeedCommand::resultOf(const ops::Outcome &outcome)
{
    const auto &feed = static_cast<const ops::FeedOutcome &>(outcome);
    FeedUpdateReport &r = m_report;
    r = FeedUpdateReport();
    r.accepted = feed.accepted;
    r.changed = feed.feedChanged;
    r.source = feed.source;
    r.verification = feed.verification;
    r.replanned = feed.replanned;
    r.warnings = feed.warnings;
    if (!feed.refused.isEmpty())
        r.error = feed.refused.first().error.message;
    if (feed.accepted && feed.verification) {
        r.signer = feed.verification->signerSubject;
        r.signingTime = feed.verification->signingTime;
        r.timestamped = feed.verification->timestamped;
        r.mitigations = int(feed.verification->catalog.mitigations.size());
        r.actions = int(feed.verification->catalog.allActions().size());
    }
    if (r.verification && r.verification->checks.isEmpty())
        r.verification.reset(); // nothing was verified: the error says why
    m_inEffect = feed.inEffect;
    return commandResultOf(outcome);
}

void FeedCommand::showResult(const CommandResult &result)
{
    if (result.outcome != CommandResult::Failed)
        return;
    if (!m_report.verification) {
        error(failureTitle(), result.message);
        return;
    }
    // A refused feed: its verification report, and which feed stays in effect.
    QString inEffect;
    if (m_inEffect) {
        const QDateTime signedAt = m_inEffect->signingTime.isValid() ? m_inEffect->signingTime : m_inEffect->acceptedAt;
        inEffect = tr("The feed in effect is unchanged: signed by %1 on %2.")
                       .arg(commonName(m_inEffect->signer),
                           QLocale().toString(signedAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        inEffect = tr("No feed is in effect: nothing is applied until a feed is accepted.");
    }
    auto *dialog = new FeedReportDialog(m_report, inEffect, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString ImportFeedCommand::failureTitle() const
{
    return tr("The feed could not be imported");
}

ImportFeedCommand::ImportFeedCommand(const QString &path, const QString &file, QObject *parent)
    : FeedCommand(
        path, tr("Importing the feed %1").arg(QDir::toNativeSeparators(file)),
        [file](OrgDirectory &d, ops::Context &c) -> std::shared_ptr<ops::Outcome> {
            return std::make_shared<ops::FeedOutcome>(ops::importFeed(d, file, {}, c));
        },
        false, parent)
{ }

} // namespace em::ui
