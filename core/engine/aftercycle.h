#pragma once

// Notifications after a cycle (DESIGN section 8, "Notifications"), the one
// piece every front end calls: the EM service, `emctl run` and the console's
// Run now. It compares the cycle with what the admins were already told,
// stores the new state in the directory, delivers what is pending (this
// cycle's digest and any earlier one that could not be delivered) on each
// enabled channel, and records the outcome: a delivered digest is no longer
// pending; a failed channel is an event 1008 naming the channel and the
// cause, and its digest stays in the directory for the next cycle.
//
// Delivery runs on the notifier's own threads with the settings' connect and
// total timeouts: a stalled mail server ends as a timeout and the cycle's
// servers were all processed before. The settings and the state are stored
// by core/directory/notificationstore.h.

#include <atomic>
#include <optional>

#include <QStringList>

#include "model/actor.h"
#include "report/notify/notifier.h"

namespace em {

class OrgDirectory;
struct Catalog;
struct CycleReport;
struct FeedUpdateOutcome;

// ---- Settings, as the directory keeps them ----

// The organization's notification settings; the defaults (nothing enabled)
// when they were never set.
Result<NotificationSettings> notificationSettings(OrgDirectory &dir);
// Validates and stores the settings in one transaction, auditing each changed
// setting as `set-org` (never a secret: the webhook by scheme and host, the
// SMTP password by the path of its file).
Result<void> setNotificationSettings(OrgDirectory &dir, const NotificationSettings &settings, const Actor &actor);
Result<NotificationState> notificationState(OrgDirectory &dir);

// The settings as `get-org` and the console show them, in order: name and
// text (no secret: the webhook URL without its path).
QList<std::pair<QString, QString>> notificationSettingsFields(const NotificationSettings &settings);
// "https://hooks.example.com/…" : a webhook URL without its secret path.
QString redactedWebhookUrl(const QUrl &url);

// The route webhooks take: the first Mailbox server's InternetWebProxy, as the feed fetch.
NetworkRoute notificationRoute(OrgDirectory &dir);

// ---- What a cycle reports ----

// The feed check of the service before its cycle: Accepted (with the
// mitigations `before` did not have and those `after` no longer has),
// Unchanged, or Refused with the reason. Staleness is filled in by
// notifyAfterCycle from the feed in effect.
NotifyFeed feedCheckOutcome(
    const Result<FeedUpdateOutcome> &result, const QString &source, const Catalog &before, const Catalog &after);

// A cycle's report as the digest reads it: each server's actions with their
// descriptions and rollback texts from `catalog`. `complete`: every server of
// the organization was taken up (not one server, not cancelled).
CycleDigestInput cycleDigestInput(
    const CycleReport &report, const Catalog &catalog, const NotifyFeed &feed, bool complete, const QDateTime &at);

struct AfterCycleNotification {
    bool configured = false; // a channel is enabled; false: nothing was done
    std::optional<Digest> digest; // this cycle's news (nullopt: an unchanged cycle)
    DeliveryReport delivery; // the channels that had something to send
    QStringList lines; // what happened, one line each, for the log and emctl's output
};

// After a cycle (not a dry run): advance the state, store it, deliver what is
// pending, record the outcome (events 1008 for failures). Waits for the
// delivery, within the settings' timeouts; `cancel` (SIGTERM, the console's
// Cancel) ends it sooner, the digests kept for the next cycle. Fails only
// when the directory cannot be read or written; a delivery failure is in the
// result and the events. Call from a thread that may block (a worker, emctl).
// `feed`: the feed check before the cycle (NotChecked when there was none).
// `complete`: every server of the organization was taken up (not one
// --identity); conditions of servers absent from a complete cycle are forgotten.
Result<AfterCycleNotification> notifyAfterCycle(OrgDirectory &dir, const CycleReport &report, const NotifyFeed &feed,
    bool complete, const std::atomic<bool> *cancel = nullptr);

// `emctl notify test`, the console's "Send test": one test digest on every
// channel `settings` enables, now, with messages in the program's language.
// Records nothing. Fails when no channel is enabled.
Result<DeliveryReport> sendTestNotification(const NotificationSettings &settings, const NetworkRoute &route,
    const QString &sentBy, const std::atomic<bool> *cancel = nullptr);

} // namespace em
