#include "digest.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include "model/mitigation.h"
#include "model/text.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(NotificationDigest)
};

constexpr char stateFormat[] = "emconsole-notify-state/1";
constexpr char digestFormat[] = "emconsole-digest/1";

struct KindName {
    DigestKind kind;
    const char *name;
};
constexpr KindName kindNames[] = {
    {DigestKind::Failed, "failed"},
    {DigestKind::Unreachable, "unreachable"},
    {DigestKind::FeedRefused, "feed-refused"},
    {DigestKind::FeedStale, "feed-stale"},
    {DigestKind::Obsolete, "obsolete"},
    {DigestKind::Blocked, "blocked"},
    {DigestKind::Applied, "applied"},
    {DigestKind::FeedAccepted, "feed-accepted"},
    {DigestKind::Test, "test"},
};

QString newDigestId(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
}

bool entryLess(const DigestEntry &a, const DigestEntry &b)
{
    if (a.kind != b.kind)
        return a.kind < b.kind;
    if (a.phase != b.phase)
        return a.phase < b.phase;
    if (a.server != b.server)
        return a.server.compare(b.server, Qt::CaseInsensitive) < 0;
    return a.id < b.id;
}

// Lasting problems are reminded of; a block is an admin's choice, told once.
bool remindable(DigestKind kind)
{
    return kind != DigestKind::Blocked;
}

// Whether its end is told (a block lifted shows as the action's new status).
bool clearedIsTold(DigestKind kind)
{
    return kind != DigestKind::Blocked;
}

QString conditionKey(DigestKind kind, const QString &server, const QString &id)
{
    return digestKindName(kind) + QLatin1Char('|') + server + QLatin1Char('|') + id;
}

QDateTime parseJsonTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

void putString(QJsonObject &o, const char *name, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(name), value);
}

void putTime(QJsonObject &o, const char *name, const QDateTime &value)
{
    if (value.isValid())
        o.insert(QLatin1String(name), isoTime(value));
}

QJsonArray mitigationsJson(const QList<MitigationSummary> &list)
{
    QJsonArray a;
    for (const MitigationSummary &m : list)
        a.append(QJsonObject {{QStringLiteral("id"), m.id}, {QStringLiteral("description"), m.description}});
    return a;
}

QList<MitigationSummary> mitigationsFromJson(const QJsonValue &value)
{
    QList<MitigationSummary> list;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        list.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("description")).toString()});
    }
    return list;
}

void sortEntries(QList<DigestEntry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(), entryLess);
}
} // namespace

QString digestKindName(DigestKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

std::optional<DigestKind> parseDigestKind(const QString &name)
{
    for (const KindName &k : kindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QString digestPhaseName(DigestPhase phase)
{
    switch (phase) {
    case DigestPhase::Started:
        return QStringLiteral("started");
    case DigestPhase::Reminder:
        return QStringLiteral("reminder");
    case DigestPhase::Cleared:
        return QStringLiteral("cleared");
    }
    return {};
}

std::optional<DigestPhase> parseDigestPhase(const QString &name)
{
    for (DigestPhase p : {DigestPhase::Started, DigestPhase::Reminder, DigestPhase::Cleared}) {
        if (name == digestPhaseName(p))
            return p;
    }
    return std::nullopt;
}

QString notifyChannelName(NotifyChannel channel)
{
    return channel == NotifyChannel::Mail ? QStringLiteral("mail") : QStringLiteral("webhook");
}

void setCatalogChange(NotifyFeed &feed, const Catalog &before, const Catalog &after)
{
    feed.added.clear();
    feed.removed.clear();
    for (const Mitigation &m : after.mitigations) {
        if (!before.findMitigation(m.id))
            feed.added.append({m.id, m.description});
    }
    for (const Mitigation &m : before.mitigations) {
        if (!after.findMitigation(m.id))
            feed.removed.append({m.id, m.description});
    }
}

// ---- DigestEntry ----

QString DigestEntry::key() const
{
    // Two feeds accepted before a delivery are two pieces of news.
    if (kind == DigestKind::FeedAccepted || kind == DigestKind::Test)
        return conditionKey(kind, QString(), isoTime(kind == DigestKind::Test ? at : signingTime) + source);
    return conditionKey(kind, server, id);
}

QJsonObject DigestEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), digestKindName(kind));
    o.insert(QStringLiteral("phase"), digestPhaseName(phase));
    putString(o, "server", server);
    putString(o, "id", id);
    putString(o, "description", description);
    putString(o, "detail", detail);
    putString(o, "rollback", rollback);
    putString(o, "source", source);
    putString(o, "signer", signer);
    putTime(o, "signingTime", signingTime);
    if (kind == DigestKind::FeedAccepted) {
        o.insert(QStringLiteral("added"), mitigationsJson(added));
        o.insert(QStringLiteral("removed"), mitigationsJson(removed));
    }
    if (ageSeconds >= 0)
        o.insert(QStringLiteral("ageSeconds"), ageSeconds);
    if (maxAgeSeconds >= 0)
        o.insert(QStringLiteral("maxAgeSeconds"), maxAgeSeconds);
    putTime(o, "since", since);
    putTime(o, "at", at);
    return o;
}

Result<DigestEntry> DigestEntry::fromJson(const QJsonObject &o)
{
    DigestEntry e;
    const QString kindText = o.value(QStringLiteral("kind")).toString();
    const auto kind = parseDigestKind(kindText);
    if (!kind)
        return fail(ErrorCode::Format, Text::tr("digest entry: unknown kind '%1'").arg(kindText));
    const QString phaseText = o.value(QStringLiteral("phase")).toString();
    const auto phase = parseDigestPhase(phaseText);
    if (!phase)
        return fail(ErrorCode::Format, Text::tr("digest entry: unknown phase '%1'").arg(phaseText));
    e.kind = *kind;
    e.phase = *phase;
    e.server = o.value(QStringLiteral("server")).toString();
    e.id = o.value(QStringLiteral("id")).toString();
    e.description = o.value(QStringLiteral("description")).toString();
    e.detail = o.value(QStringLiteral("detail")).toString();
    e.rollback = o.value(QStringLiteral("rollback")).toString();
    e.source = o.value(QStringLiteral("source")).toString();
    e.signer = o.value(QStringLiteral("signer")).toString();
    e.signingTime = parseJsonTime(o.value(QStringLiteral("signingTime")));
    e.added = mitigationsFromJson(o.value(QStringLiteral("added")));
    e.removed = mitigationsFromJson(o.value(QStringLiteral("removed")));
    e.ageSeconds = qint64(o.value(QStringLiteral("ageSeconds")).toDouble(-1));
    e.maxAgeSeconds = qint64(o.value(QStringLiteral("maxAgeSeconds")).toDouble(-1));
    e.since = parseJsonTime(o.value(QStringLiteral("since")));
    e.at = parseJsonTime(o.value(QStringLiteral("at")));
    return e;
}

// ---- Digest ----

int Digest::count(DigestKind kind) const
{
    return int(std::count_if(entries.begin(), entries.end(), [kind](const DigestEntry &e) { return e.kind == kind; }));
}

int Digest::count(DigestKind kind, DigestPhase phase) const
{
    return int(std::count_if(entries.begin(), entries.end(),
        [kind, phase](const DigestEntry &e) { return e.kind == kind && e.phase == phase; }));
}

QJsonObject Digest::toJson() const
{
    QJsonObject counts;
    for (const KindName &k : kindNames) {
        const int n = count(k.kind, DigestPhase::Started) + count(k.kind, DigestPhase::Reminder);
        if (n > 0)
            counts.insert(QLatin1String(k.name), n);
    }
    int cleared = 0;
    for (const DigestEntry &e : entries)
        cleared += e.phase == DigestPhase::Cleared ? 1 : 0;
    if (cleared > 0)
        counts.insert(QStringLiteral("cleared"), cleared);
    QJsonArray list;
    for (const DigestEntry &e : entries)
        list.append(e.toJson());
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(digestFormat));
    o.insert(QStringLiteral("id"), id);
    putTime(o, "from", from);
    putTime(o, "to", to);
    o.insert(QStringLiteral("counts"), counts);
    o.insert(QStringLiteral("entries"), list);
    o.insert(QStringLiteral("omitted"), omitted);
    return o;
}

Result<Digest> Digest::fromJson(const QJsonObject &o)
{
    const QString format = o.value(QStringLiteral("format")).toString();
    if (format != QLatin1String(digestFormat))
        return fail(
            ErrorCode::Format, Text::tr("digest: format '%1' is not %2").arg(format, QLatin1String(digestFormat)));
    Digest d;
    d.id = o.value(QStringLiteral("id")).toString();
    if (d.id.isEmpty())
        return fail(ErrorCode::Format, Text::tr("digest: no id"));
    d.from = parseJsonTime(o.value(QStringLiteral("from")));
    d.to = parseJsonTime(o.value(QStringLiteral("to")));
    d.omitted = o.value(QStringLiteral("omitted")).toInt();
    const QJsonArray list = o.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto entry = DigestEntry::fromJson(list.at(i).toObject());
        if (!entry)
            return fail(entry.error().wrapped(Text::tr("digest %1, entry %2").arg(d.id).arg(i + 1)));
        d.entries.append(*entry);
    }
    return d;
}

Digest makeTestDigest(const QDateTime &at, const QString &sentBy)
{
    Digest d;
    d.id = newDigestId(at);
    d.from = d.to = at;
    DigestEntry e;
    e.kind = DigestKind::Test;
    e.detail = sentBy;
    e.at = at;
    d.entries.append(e);
    return d;
}

Digest mergeDigests(const Digest &older, const Digest &newer, int maxEntries)
{
    Digest merged;
    merged.from = older.from.isValid() && (!newer.from.isValid() || older.from < newer.from) ? older.from : newer.from;
    merged.to = older.to.isValid() && (!newer.to.isValid() || older.to > newer.to) ? older.to : newer.to;
    merged.id = newDigestId(merged.to.isValid() ? merged.to : QDateTime::currentDateTimeUtc());
    merged.omitted = older.omitted + newer.omitted;
    QSet<QString> replaced;
    for (const DigestEntry &e : newer.entries)
        replaced.insert(e.key() + QLatin1Char('#') + digestPhaseName(e.phase));
    for (const DigestEntry &e : older.entries) {
        if (!replaced.contains(e.key() + QLatin1Char('#') + digestPhaseName(e.phase)))
            merged.entries.append(e);
    }
    merged.entries.append(newer.entries);
    if (maxEntries > 0 && merged.entries.size() > maxEntries) {
        std::stable_sort(merged.entries.begin(), merged.entries.end(),
            [](const DigestEntry &a, const DigestEntry &b) { return a.at < b.at; });
        const qsizetype drop = merged.entries.size() - maxEntries;
        merged.entries.remove(0, drop);
        merged.omitted += int(drop);
    }
    sortEntries(merged.entries);
    return merged;
}

// ---- computeDigest ----

DigestStep computeDigest(const NotifyMemory &memory, const CycleDigestInput &input, const NotifyRules &rules)
{
    const QDateTime now = input.at.toUTC();
    NotifyMemory next = memory;
    QList<DigestEntry> entries;
    QSet<QString> seen;

    // A lasting problem reported by this cycle: told when it starts, and
    // again after the reminder period.
    const auto condition = [&](DigestEntry e) {
        e.at = now;
        const QString key = e.key();
        seen.insert(key);
        auto it = next.conditions.find(key);
        if (it == next.conditions.end()) {
            e.phase = DigestPhase::Started;
            e.since = now;
            entries.append(e);
            next.conditions.insert(key, {e.kind, e.server, e.id, e.detail, now, now});
            return;
        }
        it->detail = e.detail;
        if (remindable(e.kind) && rules.reminderAfter.count() > 0
            && it->lastSent.secsTo(now) >= rules.reminderAfter.count()) {
            e.phase = DigestPhase::Reminder;
            e.since = it->since;
            entries.append(e);
            it->lastSent = now;
        }
    };
    // A remembered problem this cycle no longer reports: told once, forgotten.
    const auto clear = [&](const QString &key, DigestEntry e) {
        const NotifyMemoryEntry remembered = next.conditions.take(key);
        if (!clearedIsTold(remembered.kind))
            return;
        e.kind = remembered.kind;
        e.phase = DigestPhase::Cleared;
        e.server = remembered.server;
        e.id = remembered.id;
        e.since = remembered.since;
        e.at = now;
        entries.append(e);
    };

    QSet<QString> inputServers;
    for (const NotifyServer &s : input.servers) {
        inputServers.insert(s.server);
        if (!s.unreachable.isEmpty()) {
            DigestEntry e;
            e.kind = DigestKind::Unreachable;
            e.server = s.server;
            e.detail = s.unreachable;
            condition(e);
            continue;
        }
        QHash<QString, const NotifyAction *> byId;
        for (const NotifyAction &a : s.actions) {
            byId.insert(a.actionId, &a);
            DigestEntry e;
            e.server = s.server;
            e.id = a.actionId;
            e.description = a.description;
            switch (a.status) {
            case ActionStatus::Applied:
                if (a.appliedNow) {
                    e.kind = DigestKind::Applied;
                    e.phase = DigestPhase::Started;
                    e.detail = a.change;
                    e.at = now;
                    entries.append(e);
                }
                break;
            case ActionStatus::Failed:
                e.kind = DigestKind::Failed;
                e.detail = a.detail;
                condition(e);
                break;
            case ActionStatus::Obsolete:
                e.kind = DigestKind::Obsolete;
                e.detail = a.detail;
                e.rollback = a.rollback;
                condition(e);
                break;
            case ActionStatus::Blocked:
                e.kind = DigestKind::Blocked;
                e.detail = a.detail;
                condition(e);
                break;
            case ActionStatus::NotApplicable:
            case ActionStatus::Disabled:
            case ActionStatus::Pending:
                break;
            }
        }
        // What this reachable server no longer reports has cleared.
        const QStringList keys = next.conditions.keys();
        for (const QString &key : keys) {
            const NotifyMemoryEntry &m = next.conditions[key];
            if (m.server != s.server || seen.contains(key))
                continue;
            DigestEntry e;
            if (m.kind == DigestKind::Unreachable) {
                clear(key, e);
                continue;
            }
            if (m.kind != DigestKind::Failed && m.kind != DigestKind::Obsolete && m.kind != DigestKind::Blocked)
                continue;
            if (const NotifyAction *a = byId.value(m.id)) {
                e.description = a->description;
                e.detail = statusName(a->status); // the status now
            }
            clear(key, e);
        }
    }

    const NotifyFeed &feed = input.feed;
    if (feed.outcome != NotifyFeed::Outcome::NotChecked) {
        const QString refusedKey = conditionKey(DigestKind::FeedRefused, QString(), QString());
        if (feed.outcome == NotifyFeed::Outcome::Refused) {
            DigestEntry e;
            e.kind = DigestKind::FeedRefused;
            e.detail = feed.reason;
            e.source = feed.source;
            condition(e);
        } else if (next.conditions.contains(refusedKey)) {
            DigestEntry e;
            e.source = feed.source;
            e.detail = feed.outcome == NotifyFeed::Outcome::Accepted ? QStringLiteral("accepted")
                                                                     : QStringLiteral("unchanged");
            clear(refusedKey, e);
        }
        if (feed.outcome == NotifyFeed::Outcome::Accepted) {
            DigestEntry e;
            e.kind = DigestKind::FeedAccepted;
            e.source = feed.source;
            e.signer = feed.signer;
            e.signingTime = feed.signingTime.toUTC();
            e.added = feed.added;
            e.removed = feed.removed;
            e.at = now;
            entries.append(e);
        }
        const QString staleKey = conditionKey(DigestKind::FeedStale, QString(), QString());
        DigestEntry stale;
        stale.kind = DigestKind::FeedStale;
        stale.source = feed.source;
        stale.ageSeconds = feed.ageSeconds;
        stale.maxAgeSeconds = feed.maxAge.count();
        if (feed.stale)
            condition(stale);
        else if (next.conditions.contains(staleKey))
            clear(staleKey, stale);
    }

    // A complete cycle took up every server: the others were removed.
    if (input.complete) {
        const QStringList keys = next.conditions.keys();
        for (const QString &key : keys) {
            const QString server = next.conditions[key].server;
            if (!server.isEmpty() && !inputServers.contains(server))
                next.conditions.remove(key);
        }
    }

    DigestStep step;
    step.memory = next;
    if (!entries.isEmpty()) {
        sortEntries(entries);
        Digest d;
        d.id = newDigestId(now);
        d.from = d.to = now;
        d.entries = entries;
        step.digest = d;
    }
    return step;
}

// ---- NotificationState ----

const std::optional<Digest> &NotificationState::pending(NotifyChannel channel) const
{
    return channel == NotifyChannel::Mail ? pendingMail : pendingWebhook;
}

std::optional<Digest> &NotificationState::pending(NotifyChannel channel)
{
    return channel == NotifyChannel::Mail ? pendingMail : pendingWebhook;
}

QByteArray NotificationState::toJson() const
{
    QJsonArray conditions;
    for (auto it = memory.conditions.cbegin(); it != memory.conditions.cend(); ++it) {
        const NotifyMemoryEntry &m = it.value();
        QJsonObject o;
        o.insert(QStringLiteral("kind"), digestKindName(m.kind));
        putString(o, "server", m.server);
        putString(o, "id", m.id);
        putString(o, "detail", m.detail);
        putTime(o, "since", m.since);
        putTime(o, "lastSent", m.lastSent);
        conditions.append(o);
    }
    QJsonObject pendingObject;
    for (NotifyChannel c : {NotifyChannel::Mail, NotifyChannel::Webhook}) {
        if (pending(c))
            pendingObject.insert(notifyChannelName(c), pending(c)->toJson());
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(stateFormat));
    root.insert(QStringLiteral("conditions"), conditions);
    root.insert(QStringLiteral("pending"), pendingObject);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<NotificationState> NotificationState::fromJson(const QByteArray &json)
{
    NotificationState state;
    if (json.trimmed().isEmpty())
        return state;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Format,
            Text::tr("notification state: not JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    const QJsonObject root = doc.object();
    const QString format = root.value(QStringLiteral("format")).toString();
    if (format != QLatin1String(stateFormat))
        return fail(ErrorCode::Format,
            Text::tr("notification state: format '%1' is not %2").arg(format, QLatin1String(stateFormat)));
    for (const QJsonValue &v : root.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString kindText = o.value(QStringLiteral("kind")).toString();
        const auto kind = parseDigestKind(kindText);
        if (!kind)
            return fail(ErrorCode::Format, Text::tr("notification state: unknown condition kind '%1'").arg(kindText));
        NotifyMemoryEntry m;
        m.kind = *kind;
        m.server = o.value(QStringLiteral("server")).toString();
        m.id = o.value(QStringLiteral("id")).toString();
        m.detail = o.value(QStringLiteral("detail")).toString();
        m.since = parseJsonTime(o.value(QStringLiteral("since")));
        m.lastSent = parseJsonTime(o.value(QStringLiteral("lastSent")));
        if (!m.since.isValid() || !m.lastSent.isValid())
            return fail(ErrorCode::Format,
                Text::tr("notification state: condition '%1' has no valid times")
                    .arg(conditionKey(m.kind, m.server, m.id)));
        state.memory.conditions.insert(conditionKey(m.kind, m.server, m.id), m);
    }
    const QJsonObject pendingObject = root.value(QStringLiteral("pending")).toObject();
    for (NotifyChannel c : {NotifyChannel::Mail, NotifyChannel::Webhook}) {
        const QJsonValue v = pendingObject.value(notifyChannelName(c));
        if (v.isUndefined() || v.isNull())
            continue;
        auto digest = Digest::fromJson(v.toObject());
        if (!digest)
            return fail(digest.error().wrapped(Text::tr("notification state: pending %1").arg(notifyChannelName(c))));
        state.pending(c) = *digest;
    }
    return state;
}

CycleNotification advanceNotifications(const NotificationState &state, const CycleDigestInput &input,
    const NotifyRules &rules, bool mailEnabled, bool webhookEnabled)
{
    CycleNotification out;
    out.state = state;
    DigestStep step = computeDigest(state.memory, input, rules);
    out.state.memory = std::move(step.memory);
    out.digest = step.digest;
    const auto queue = [&](NotifyChannel channel, bool enabled) {
        std::optional<Digest> &pending = out.state.pending(channel);
        if (!enabled) {
            pending.reset(); // a channel switched off keeps nothing waiting
            return;
        }
        if (!out.digest)
            return;
        pending = pending ? mergeDigests(*pending, *out.digest) : *out.digest;
    };
    queue(NotifyChannel::Mail, mailEnabled);
    queue(NotifyChannel::Webhook, webhookEnabled);
    return out;
}

void markDelivered(NotificationState &state, NotifyChannel channel, const QString &digestId)
{
    std::optional<Digest> &pending = state.pending(channel);
    if (pending && pending->id == digestId)
        pending.reset();
}

} // namespace em
