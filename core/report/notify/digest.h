#pragma once

// The notification digest (DESIGN section 8, "Notifications"): what changed in
// one cycle compared with what the admins were already told.
//
// The engine describes a finished cycle in plain values (CycleDigestInput:
// per-server action outcomes, the feed's outcome, reachability);
// computeDigest() compares it with NotifyMemory, the small record of what was
// already notified, and returns the digest to send (none for an unchanged
// cycle) and the memory to keep. A lasting problem (an action failing, a
// server unreachable, the feed refused or stale, an action obsolete) is sent
// once when it starts, again as a reminder after a configurable period, and
// once when it clears; one-off news (an action applied, a feed accepted) is
// sent once.
//
// NotificationState bundles the memory with the digests still waiting for
// each channel, so a failed delivery is retried (merged with newer news) at
// the next cycle; it serialises to one JSON document the directory stores.

#include <chrono>
#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "model/actionstatus.h"
#include "model/error.h"

namespace em {

struct Catalog;

// ---- What a cycle reports (filled by the engine from its CycleReport) ----

// One action on one server at the end of the cycle.
struct NotifyAction {
    QString actionId; // "M1.1"
    QString description; // the action's description in the catalog
    ActionStatus status = ActionStatus::Pending;
    QString detail; // the status detail: the error of a Failed action
    bool appliedNow = false; // this cycle applied it, put it back or replaced it
    QString change; // what this cycle changed (ActionOutcome::change)
    QString rollback; // the mitigation's rollback text (used for Obsolete)
};

// One server the cycle took up.
struct NotifyServer {
    QString server;
    QString unreachable; // why the server could not be processed at all (ServerOutcome::error); empty: reached
    QList<NotifyAction> actions;
};

struct MitigationSummary {
    QString id;
    QString description;
    friend bool operator==(const MitigationSummary &, const MitigationSummary &) = default;
};

// The feed check that preceded the cycle.
struct NotifyFeed {
    enum class Outcome {
        NotChecked, // no fetch or import this time: feed conditions stay as they are
        Unchanged, // fetched and verified, byte-identical to the accepted feed
        Accepted, // a new feed was verified and accepted
        Refused, // could not be obtained or failed verification; the previous feed stays in effect
    };
    Outcome outcome = Outcome::NotChecked;
    QString source; // URL or file
    QString signer; // Accepted: the signer's subject
    QDateTime signingTime; // Accepted
    QString reason; // Refused: why
    QList<MitigationSummary> added; // Accepted: mitigations the previous feed did not have
    QList<MitigationSummary> removed; // Accepted: mitigations the new feed no longer has
    bool stale = false; // the feed in effect is older than the freshness limit
    qint64 ageSeconds = -1; // of the feed in effect
    std::chrono::seconds maxAge {0}; // the organization's freshness limit
};

struct CycleDigestInput {
    QDateTime at; // when the cycle finished (Clock::now())
    NotifyFeed feed;
    QList<NotifyServer> servers; // the servers this cycle took up
    // Every server of the organization was taken up (not one --identity, not
    // cancelled): memory of servers absent from `servers` is then forgotten
    // (they were removed); otherwise it is left alone.
    bool complete = true;
};

// Fills added/removed from the catalogs before and after a new feed.
void setCatalogChange(NotifyFeed &feed, const Catalog &before, const Catalog &after);

// ---- The digest ----

enum class DigestKind {
    Failed, // an action failed
    Unreachable, // a server could not be processed
    FeedRefused, // the feed could not be obtained or verified
    FeedStale, // the feed in effect is older than the freshness limit
    Obsolete, // an applied action no longer applies: roll it back
    Blocked, // an action skipped because an admin blocked it
    Applied, // an action was applied (or put back, or replaced)
    FeedAccepted, // a new feed was accepted
    Test, // `emctl notify test`, the console's "Send test"
};
enum class DigestPhase {
    Started, // new (for one-off news, always this)
    Reminder, // still so after the reminder period
    Cleared, // no longer so
};

QString digestKindName(DigestKind kind); // "failed", "unreachable", "feed-refused", ... (JSON)
std::optional<DigestKind> parseDigestKind(const QString &name);
QString digestPhaseName(DigestPhase phase); // "started", "reminder", "cleared"
std::optional<DigestPhase> parseDigestPhase(const QString &name);

struct DigestEntry {
    DigestKind kind = DigestKind::Applied;
    DigestPhase phase = DigestPhase::Started;
    QString server; // empty for the feed's entries
    QString id; // action ID; empty for server and feed entries
    QString description; // the action's description
    QString detail; // the error, what was changed, the refusal reason, the status now (Cleared)
    QString rollback; // Obsolete: the feed's rollback text
    QString source; // feed entries: the feed URL or file
    QString signer; // FeedAccepted
    QDateTime signingTime; // FeedAccepted
    QList<MitigationSummary> added, removed; // FeedAccepted
    qint64 ageSeconds = -1; // FeedStale
    qint64 maxAgeSeconds = -1; // FeedStale
    QDateTime since; // when the condition started (Reminder, Cleared)
    QDateTime at; // the cycle that reported it

    [[nodiscard]] QString key() const; // "failed|EX01|M1.1": one condition
    [[nodiscard]] QJsonObject toJson() const;
    static Result<DigestEntry> fromJson(const QJsonObject &object);
    friend bool operator==(const DigestEntry &, const DigestEntry &) = default;
};

struct Digest {
    QString id; // unique; a merged digest gets a new one
    QDateTime from; // the first cycle it covers
    QDateTime to; // the last cycle it covers
    QList<DigestEntry> entries; // in severity order (see DigestKind), then server, then ID
    int omitted = 0; // older entries dropped by merging (a long delivery outage)

    [[nodiscard]] bool isEmpty() const { return entries.isEmpty(); }
    [[nodiscard]] int count(DigestKind kind) const;
    [[nodiscard]] int count(DigestKind kind, DigestPhase phase) const;
    [[nodiscard]] QJsonObject toJson() const; // the "digest" object of docs/notifications.md
    static Result<Digest> fromJson(const QJsonObject &object);
};

// A digest holding one Test entry (delivery check).
Digest makeTestDigest(const QDateTime &at, const QString &sentBy);

// `newer` appended to `older`: an entry of `newer` replaces the one of
// `older` for the same condition and phase; at most `maxEntries` entries are
// kept (the oldest go, counted in `omitted`).
Digest mergeDigests(const Digest &older, const Digest &newer, int maxEntries = 500);

// ---- What was already notified ----

struct NotifyMemoryEntry {
    DigestKind kind = DigestKind::Failed;
    QString server;
    QString id;
    QString detail; // last seen
    QDateTime since; // when it started
    QDateTime lastSent; // when it was last put in a digest (start or reminder)
    friend bool operator==(const NotifyMemoryEntry &, const NotifyMemoryEntry &) = default;
};

struct NotifyMemory {
    QMap<QString, NotifyMemoryEntry> conditions; // by DigestEntry::key()
    friend bool operator==(const NotifyMemory &, const NotifyMemory &) = default;
};

struct NotifyRules {
    // A lasting problem is sent again after this long (0: never again until it clears).
    std::chrono::seconds reminderAfter {24 * 3600};
};

struct DigestStep {
    std::optional<Digest> digest; // nullopt: nothing to tell
    NotifyMemory memory; // to keep for the next cycle
};

DigestStep computeDigest(const NotifyMemory &memory, const CycleDigestInput &input, const NotifyRules &rules);

// ---- Memory and outbox, as the directory keeps them ----

enum class NotifyChannel { Mail, Webhook };
QString notifyChannelName(NotifyChannel channel); // "mail", "webhook"

struct NotificationState {
    NotifyMemory memory;
    std::optional<Digest> pendingMail; // not yet delivered by mail
    std::optional<Digest> pendingWebhook; // not yet delivered by webhook

    [[nodiscard]] const std::optional<Digest> &pending(NotifyChannel channel) const;
    std::optional<Digest> &pending(NotifyChannel channel);

    [[nodiscard]] QByteArray toJson() const;
    // An empty document is the initial state; anything unreadable is an error
    // naming what is wrong.
    static Result<NotificationState> fromJson(const QByteArray &json);
};

// One cycle: the memory advances, and the new digest (if any) joins what is
// pending on each enabled channel. Store the result before delivering.
struct CycleNotification {
    NotificationState state;
    std::optional<Digest> digest; // this cycle's news alone (for the log)
};
CycleNotification advanceNotifications(const NotificationState &state, const CycleDigestInput &input,
    const NotifyRules &rules, bool mailEnabled, bool webhookEnabled);

// After a delivery attempt: what was delivered on `channel` (the digest with
// this id) is no longer pending. A digest that grew meanwhile stays.
void markDelivered(NotificationState &state, NotifyChannel channel, const QString &digestId);

} // namespace em
