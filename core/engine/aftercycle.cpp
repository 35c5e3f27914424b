#include "aftercycle.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>

#include "directory/notificationstore.h"
#include "directory/orgdirectory.h"
#include "engine/cycle.h"
#include "engine/feedupdate.h"
#include "model/clock.h"
#include "model/recordtext.h"
#include "model/text.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Notifications)
};

QString listText(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

// Waits for a delivery; `cancel` asks the notifier to end it (within about a second).
DeliveryReport waitFor(Notifier &notifier, QFuture<DeliveryReport> future, const std::atomic<bool> *cancel)
{
    bool cancelled = false;
    while (!future.isFinished()) {
        if (cancel && cancel->load() && !cancelled) {
            notifier.cancel();
            cancelled = true;
        }
        QThread::msleep(20);
    }
    return future.result();
}

// One audit row per changed setting; values never hold a secret.
struct SettingChange {
    QString property;
    QString oldValue;
    QString newValue;
};

QList<SettingChange> changes(const NotificationSettings &before, const NotificationSettings &after)
{
    const auto oldFields = notificationSettingsFields(before);
    const auto newFields = notificationSettingsFields(after);
    QList<SettingChange> out;
    for (qsizetype i = 0; i < newFields.size(); ++i) {
        if (oldFields.at(i).second != newFields.at(i).second)
            out << SettingChange {newFields.at(i).first, oldFields.at(i).second, newFields.at(i).second};
    }
    // The webhook's path is its secret token: a new token at the same host is audited without it.
    if (before.webhookUrl != after.webhookUrl
        && redactedWebhookUrl(before.webhookUrl) == redactedWebhookUrl(after.webhookUrl))
        out << SettingChange {QStringLiteral("NotifyWebhook"), redactedWebhookUrl(before.webhookUrl),
            Text::tr("%1 (new token)").arg(redactedWebhookUrl(after.webhookUrl))};
    return out;
}
} // namespace

Result<NotificationSettings> notificationSettings(OrgDirectory &dir)
{
    auto stored = NotificationStore(dir.connection()).settings();
    if (!stored)
        return fail(stored.error());
    if (stored->isEmpty())
        return NotificationSettings {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*stored, &error);
    if (!doc.isObject())
        return fail(ErrorCode::Format,
            Text::tr("notification settings in the directory: not a JSON object (%1)").arg(error.errorString()));
    return NotificationSettings::fromJson(doc.object());
}

Result<void> setNotificationSettings(OrgDirectory &dir, const NotificationSettings &settings, const Actor &actor)
{
    if (auto valid = settings.validate(); !valid)
        return fail(valid.error());
    return dir.write([&]() -> Result<void> {
        auto before = notificationSettings(dir);
        if (!before)
            return fail(before.error());
        if (*before == settings)
            return {};
        if (auto r = NotificationStore(dir.connection())
                         .setSettings(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
            !r)
            return r;
        const QDateTime now = Clock::now();
        for (const SettingChange &c : changes(*before, settings)) {
            if (auto r = dir.addAudit({0, now, actor.who, actor.host, QStringLiteral("set-org"),
                    QStringLiteral("Organization"), c.property, c.oldValue, c.newValue});
                !r)
                return r;
        }
        return {};
    });
}

Result<NotificationState> notificationState(OrgDirectory &dir)
{
    auto stored = NotificationStore(dir.connection()).state();
    if (!stored)
        return fail(stored.error());
    return NotificationState::fromJson(*stored);
}

QString redactedWebhookUrl(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    QUrl shown = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    const bool hasSecret = (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery();
    return shown.toString() + (hasSecret ? QStringLiteral("/…") : QString());
}

QList<std::pair<QString, QString>> notificationSettingsFields(const NotificationSettings &s)
{
    const auto seconds = [](std::chrono::seconds d) { return d.count() == 0 ? QStringLiteral("0") : durationText(d); };
    return {
        {QStringLiteral("NotifyMail"), listText(s.mailTo)},
        {QStringLiteral("NotifyFrom"), s.mailFrom},
        {QStringLiteral("SmtpUrl"), s.smtpUrl.toString()},
        {QStringLiteral("SmtpUser"), s.smtpUser},
        {QStringLiteral("SmtpPasswordFile"),
            !s.smtpPasswordFile.isEmpty() ? s.smtpPasswordFile
                : s.smtpUser.isEmpty()    ? QString()
                                          : QStringLiteral("$CREDENTIALS_DIRECTORY/smtp-password")},
        {QStringLiteral("SmtpCaFile"), s.smtpCaFile},
        {QStringLiteral("NotifyWebhook"), redactedWebhookUrl(s.webhookUrl)},
        {QStringLiteral("NotifyWebhookCaFile"), s.webhookCaFile},
        {QStringLiteral("NotifyLanguage"), s.language},
        {QStringLiteral("NotifyReminder"), seconds(s.reminderAfter)},
        {QStringLiteral("NotifyConnectTimeout"), seconds(s.connectTimeout)},
        {QStringLiteral("NotifyTimeout"), seconds(s.timeout)},
    };
}

NetworkRoute notificationRoute(OrgDirectory &dir)
{
    auto servers = dir.servers();
    if (servers) {
        for (const Server &s : *servers) {
            if (!s.isEdge() && !s.internetWebProxy.isEmpty())
                return {s.internetWebProxy, s.internetWebProxyBypassList};
        }
    }
    return {};
}

NotifyFeed feedCheckOutcome(
    const Result<FeedUpdateOutcome> &result, const QString &source, const Catalog &before, const Catalog &after)
{
    NotifyFeed feed;
    feed.source = source;
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled)
            return feed; // NotChecked
        feed.outcome = NotifyFeed::Outcome::Refused;
        feed.reason = result.error().message;
        return feed;
    }
    if (!result->changed) {
        feed.outcome = NotifyFeed::Outcome::Unchanged;
        return feed;
    }
    feed.outcome = NotifyFeed::Outcome::Accepted;
    if (!result->state.source.isEmpty())
        feed.source = result->state.source;
    feed.signer = result->state.signer;
    feed.signingTime = result->state.signingTime;
    setCatalogChange(feed, before, after);
    return feed;
}

CycleDigestInput cycleDigestInput(
    const CycleReport &report, const Catalog &catalog, const NotifyFeed &feed, bool complete, const QDateTime &at)
{
    CycleDigestInput input;
    input.at = at;
    input.feed = feed;
    input.complete = complete && !report.cancelled;
    // The details go into the directory's state: English, as events.
    const RecordTextScope recordText;
    for (const ServerOutcome &s : report.servers) {
        NotifyServer server;
        server.server = s.server;
        server.unreachable = s.error;
        for (const ActionOutcome &a : s.actions) {
            NotifyAction action;
            action.actionId = a.status.actionId;
            action.status = a.status.status;
            action.detail = a.status.detail.render();
            action.change = a.change;
            action.appliedNow = !a.change.isEmpty() && a.status.status == ActionStatus::Applied;
            if (const Action *known = catalog.findAction(action.actionId))
                action.description = known->description;
            if (const Mitigation *m = catalog.findMitigation(mitigationIdOf(action.actionId)))
                action.rollback = m->rollback;
            server.actions << action;
        }
        input.servers << server;
    }
    return input;
}

Result<AfterCycleNotification> notifyAfterCycle(OrgDirectory &dir, const CycleReport &report, const NotifyFeed &feedIn,
    bool complete, const std::atomic<bool> *cancel)
{
    AfterCycleNotification out;
    auto settings = notificationSettings(dir);
    if (!settings)
        return fail(settings.error());
    if (!settings->mailEnabled() && !settings->webhookEnabled())
        return out;
    out.configured = true;

    NotifyFeed feed = feedIn;
    if (auto status = feedStatus(dir); status && status->hasFeed) {
        feed.stale = status->stale;
        feed.ageSeconds = status->ageSeconds;
        if (auto org = dir.org())
            feed.maxAge = org->freshnessMaxAge;
    }
    auto catalog = dir.catalog();
    if (!catalog)
        return fail(catalog.error());
    const CycleDigestInput input = cycleDigestInput(report, *catalog, feed, complete, Clock::now());

    // Advance and store first: what was seen is remembered even if delivery hangs.
    NotificationState state;
    auto advanced
        = NotificationStore(dir.connection()).updateState([&](const QByteArray &stored) -> Result<QByteArray> {
              auto before = NotificationState::fromJson(stored);
              if (!before)
                  return fail(before.error().wrapped(Text::tr("notification state in the directory")));
              CycleNotification step = advanceNotifications(
                  *before, input, settings->rules(), settings->mailEnabled(), settings->webhookEnabled());
              state = step.state;
              out.digest = step.digest;
              return state.toJson();
          });
    if (!advanced)
        return fail(advanced.error());
    if (!state.pendingMail && !state.pendingWebhook)
        return out; // an unchanged cycle, nothing waiting: nothing is sent

    Notifier notifier(true);
    out.delivery = waitFor(notifier, notifier.deliverPending(*settings, state, notificationRoute(dir)), cancel);

    // Delivered digests are no longer pending (one that grew meanwhile stays).
    auto recorded
        = NotificationStore(dir.connection()).updateState([&](const QByteArray &stored) -> Result<QByteArray> {
              auto now = NotificationState::fromJson(stored);
              if (!now)
                  return fail(now.error().wrapped(Text::tr("notification state in the directory")));
              for (const ChannelOutcome &c : std::as_const(out.delivery.channels)) {
                  if (!c.error)
                      markDelivered(*now, c.channel, c.digestId);
              }
              return now->toJson();
          });
    const QDateTime at = Clock::now();
    for (const ChannelOutcome &c : std::as_const(out.delivery.channels)) {
        if (!c.error) {
            out.lines << Text::tr("notification sent: %1").arg(c.target);
            continue;
        }
        const RecordTextScope recordText;
        const QString message
            = Text::tr("Notification could not be delivered: %1. The digest is kept and sent again at the next cycle.")
                  .arg(c.error->message);
        out.lines << message;
        if (auto r = dir.addEvent({0, at, EventError, EventLevel::Error, QString(), message}); !r)
            return fail(r.error());
    }
    if (!recorded)
        return fail(recorded.error());
    return out;
}

Result<DeliveryReport> sendTestNotification(const NotificationSettings &settings, const NetworkRoute &route,
    const QString &sentBy, const std::atomic<bool> *cancel)
{
    if (auto valid = settings.validate(); !valid)
        return fail(valid.error());
    if (!settings.mailEnabled() && !settings.webhookEnabled())
        return fail(ErrorCode::InvalidArgument,
            Text::tr("no notification channel is set: give mail recipients and an SMTP server, or a webhook URL"));
    Notifier notifier(false);
    return waitFor(notifier, notifier.deliver(settings, makeTestDigest(Clock::now(), sentBy), route), cancel);
}

} // namespace em
