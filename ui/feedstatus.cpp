#include "feedstatus.h"

#include <QCoreApplication>
#include <QLocale>

#include "model/text.h"

namespace em::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedStatus)
};

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

QString commonName(const QString &subject)
{
    for (const QString &part : subject.split(QLatin1Char(','))) {
        const QString p = part.trimmed();
        if (p.startsWith(QLatin1String("CN="), Qt::CaseInsensitive))
            return p.mid(3);
    }
    return subject;
}

QString ageText(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 90 * 60)
        return Text::tr("%1 min").arg(QLocale().toString((seconds + 30) / 60));
    if (seconds < 48 * 3600)
        return Text::tr("%1 h").arg(QLocale().toString((seconds + 1800) / 3600));
    return Text::tr("%1 d").arg(QLocale().toString((seconds + 43200) / 86400));
}

FeedStatus feedStatus(const FeedInfo &info, const OrgConfig &org, const QDateTime &now)
{
    FeedStatus status;
    const std::optional<FeedAttempt> &attempt = info.attempt;
    if (!info.feed) {
        if (attempt && !attempt->ok) {
            status.level = FeedStatus::Error;
            status.text = Text::tr("No feed accepted yet: the last attempt (%1) failed: %2")
                              .arg(shortTime(attempt->at), attempt->message);
            status.toolTip = Text::tr("Source: %1").arg(attempt->source);
        } else {
            status.level = FeedStatus::None;
            status.text = Text::tr("No feed accepted yet");
            status.toolTip = Text::tr("Feed URL: %1").arg(org.feedUrl.toString());
        }
        return status;
    }

    const FeedState &feed = *info.feed;
    const QDateTime signedAt = feed.signingTime.isValid() ? feed.signingTime : feed.acceptedAt;
    const qint64 age = signedAt.secsTo(now);
    status.level = FeedStatus::Ok;
    status.text = Text::tr("Feed signed by %1 on %2 (%3 old), verified with the '%4' trust profile")
                      .arg(commonName(feed.signer), shortTime(signedAt), ageText(age), feed.profile);
    if (age > qint64(org.freshnessMaxAge.count())) {
        status.level = FeedStatus::Warning;
        status.text += Text::tr("; older than the %1 allowed").arg(durationText(org.freshnessMaxAge));
    }
    if (attempt && !attempt->ok && (!feed.acceptedAt.isValid() || attempt->at > feed.acceptedAt)) {
        status.level = FeedStatus::Warning;
        status.text += Text::tr("; the last check (%1) failed: %2").arg(shortTime(attempt->at), attempt->message);
    }
    QStringList tip;
    tip << Text::tr("Signer: %1").arg(feed.signer);
    tip << Text::tr("Signing time: %1 (%2)")
               .arg(isoTime(signedAt),
                   feed.timestamped ? Text::tr("RFC 3161 timestamp") : Text::tr("issued attribute, no timestamp"));
    tip << Text::tr("Accepted: %1").arg(isoTime(feed.acceptedAt));
    tip << Text::tr("Source: %1").arg(feed.source);
    tip << Text::tr("SHA-256: %1").arg(feed.sha256);
    if (attempt)
        tip << Text::tr("Last check: %1, %2").arg(isoTime(attempt->at), attempt->message);
    status.toolTip = tip.join(QLatin1Char('\n'));
    return status;
}

} // namespace em::ui
