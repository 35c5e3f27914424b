#include "feedstore.h"

#include <QCoreApplication>
#include <QHash>

#include "connection.h"
#include "model/clock.h"
#include "model/text.h"
#include "sqlrow.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

using sql::Column;

// feed_state: one row (id 1)
constexpr Column feedKey {"id"};
constexpr Column feedRaw {"raw"};
constexpr Column feedCanonical {"canonical"};
constexpr Column feedSha256 {"sha256"};
constexpr Column feedSigner {"signer"};
constexpr Column feedSigningTime {"signing_time"};
constexpr Column feedAcceptedAt {"accepted_at"};
constexpr Column feedSource {"source"};
constexpr Column feedProfile {"profile"};
constexpr Column feedTimestamped {"timestamped"};

// feed_attempt: one row (id 1)
constexpr Column attemptKey {"id"};
constexpr Column attemptAt {"at"};
constexpr Column attemptOk {"ok"};
constexpr Column attemptSource {"source"};
constexpr Column attemptMessage {"message"};

// catalog_mitigations
constexpr Column mitigationKey {"id"};
constexpr Column mitigationPosition {"position"};
constexpr Column mitigationDescription {"description"};
constexpr Column mitigationRollback {"rollback"};
constexpr Column mitigationApplicability {"applicability"};

// catalog_actions, and retired_actions with the same columns but position
constexpr Column actionKey {"id"};
constexpr Column actionMitigation {"mitigation_id"};
constexpr Column actionPosition {"position"};
constexpr Column actionType {"type"};
constexpr Column actionScope {"scope"};
constexpr Column actionTarget {"target"};
constexpr Column actionDescription {"description"};
constexpr Column actionRules {"rules"};
constexpr Column actionRetiredAt {"retired_at"};

// The one row of the single-row tables.
constexpr int singleRow = 1;

QString applicabilityToText(const QList<ProductRange> &ranges)
{
    QStringList parts;
    for (const ProductRange &r : ranges)
        parts << productKey(r.product) + QLatin1Char(':') + r.min.toString() + QLatin1Char('-') + r.max.toString();
    return parts.join(QLatin1Char(';'));
}

QList<ProductRange> applicabilityFromText(const QString &text)
{
    QList<ProductRange> ranges;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const QStringList bounds = part.mid(colon + 1).split(QLatin1Char('-'));
        if (colon < 0 || bounds.size() != 2)
            continue;
        ranges.append({productFromKey(part.left(colon)), Build::parse(bounds.at(0)).value_or(Build()),
            Build::parse(bounds.at(1)).value_or(Build())});
    }
    return ranges;
}

QString selectActions(const char *table, const char *order)
{
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(sql::columnList(
                 {actionKey, actionMitigation, actionType, actionScope, actionTarget, actionDescription, actionRules}),
            QLatin1String(table), QLatin1String(order));
}

Action actionFrom(const sql::Row &row)
{
    Action a;
    a.id = row.text(actionKey);
    a.mitigationId = row.text(actionMitigation);
    a.type = parseActionType(row.text(actionType)).value_or(ActionType::DoNothing);
    a.scope = parseActionScope(row.text(actionScope)).value_or(ActionScope::Server);
    a.target = row.text(actionTarget);
    a.description = row.text(actionDescription);
    a.rulesXml = row.text(actionRules);
    return a;
}
} // namespace

Result<std::optional<FeedState>> FeedStore::acceptedFeed()
{
    QSqlQuery q = m_connection.query();
    q.prepare(QStringLiteral("SELECT %1 FROM feed_state WHERE id = :id")
                  .arg(sql::columnList({feedRaw, feedCanonical, feedSha256, feedSigner, feedSigningTime, feedAcceptedAt,
                      feedSource, feedProfile, feedTimestamped})));
    sql::bind(q, feedKey, singleRow);
    if (auto r = m_connection.exec(q, Text::tr("reading the accepted feed")); !r)
        return fail(r.error());
    if (!q.next())
        return std::optional<FeedState>();
    const sql::Row row(q, m_connection.dialect());
    FeedState f;
    f.raw = row.bytes(feedRaw);
    f.canonical = row.bytes(feedCanonical);
    f.sha256 = row.text(feedSha256);
    f.signer = row.text(feedSigner);
    f.signingTime = row.time(feedSigningTime);
    f.acceptedAt = row.time(feedAcceptedAt);
    f.source = row.text(feedSource);
    f.profile = row.text(feedProfile);
    f.timestamped = row.flag(feedTimestamped);
    return std::optional<FeedState>(f);
}

Result<Catalog> FeedStore::catalog()
{
    Catalog catalog;
    const QString what = Text::tr("reading the catalog");
    QSqlQuery q = m_connection.query();
    const QString mitigations
        = QStringLiteral("SELECT %1 FROM catalog_mitigations ORDER BY position")
              .arg(
                  sql::columnList({mitigationKey, mitigationDescription, mitigationRollback, mitigationApplicability}));
    if (auto r = m_connection.exec(q, mitigations, what); !r)
        return fail(r.error());
    QHash<QString, qsizetype> indexOf;
    {
        const sql::Row row(q, m_connection.dialect());
        while (q.next()) {
            Mitigation m;
            m.id = row.text(mitigationKey);
            m.description = row.text(mitigationDescription);
            m.rollback = row.text(mitigationRollback);
            m.applicability = applicabilityFromText(row.text(mitigationApplicability));
            indexOf.insert(m.id, catalog.mitigations.size());
            catalog.mitigations.append(m);
        }
    }
    if (auto r = m_connection.exec(q, selectActions("catalog_actions", "position"), what); !r)
        return fail(r.error());
    {
        const sql::Row row(q, m_connection.dialect());
        while (q.next()) {
            Action a = actionFrom(row);
            auto it = indexOf.constFind(a.mitigationId);
            if (it != indexOf.constEnd())
                catalog.mitigations[*it].actions.append(a);
        }
    }
    if (auto r = m_connection.exec(q, selectActions("retired_actions", "id"), what); !r)
        return fail(r.error());
    const sql::Row row(q, m_connection.dialect());
    while (q.next())
        catalog.retired.append(actionFrom(row));
    return catalog;
}

Result<void> FeedStore::acceptFeed(const FeedState &feed, const Catalog &catalog)
{
    const SqlDialect &d = m_connection.dialect();
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("feed"));
        auto current = acceptedFeed();
        if (!current)
            return fail(current.error());
        if (*current && (*current)->signingTime.isValid() && feed.signingTime.isValid()
            && feed.signingTime < (*current)->signingTime) {
            return fail(ErrorCode::Verification,
                Text::tr("feed signed at %1 is older than the accepted feed (signed at %2): refused as a "
                         "possible rollback")
                    .arg(isoTime(feed.signingTime), isoTime((*current)->signingTime)));
        }
        QSqlQuery q = m_connection.query();
        q.prepare(d.upsert(QStringLiteral("feed_state"),
            sql::columnNames({feedKey, feedRaw, feedCanonical, feedSha256, feedSigner, feedSigningTime, feedAcceptedAt,
                feedSource, feedProfile, feedTimestamped}),
            sql::columnNames({feedKey})));
        sql::bind(q, feedKey, singleRow);
        sql::bind(q, feedRaw, feed.raw);
        sql::bind(q, feedCanonical, feed.canonical);
        sql::bind(q, feedSha256, sql::notNull(feed.sha256));
        sql::bind(q, feedSigner, sql::notNull(feed.signer));
        sql::bind(q, feedSigningTime, d.timeValue(feed.signingTime));
        sql::bind(q, feedAcceptedAt, d.timeValue(feed.acceptedAt.isValid() ? feed.acceptedAt : Clock::now()));
        sql::bind(q, feedSource, sql::notNull(feed.source));
        sql::bind(q, feedProfile, sql::notNull(feed.profile));
        sql::bind(q, feedTimestamped, d.boolValue(feed.timestamped));
        if (auto r = m_connection.exec(q, Text::tr("storing the accepted feed")); !r)
            return r;
        return replaceCatalog(catalog);
    });
}

Result<void> FeedStore::replaceCatalog(const Catalog &catalog)
{
    const SqlDialect &d = m_connection.dialect();
    const QString keeping = Text::tr("keeping the actions still in place");
    const QString replacing = Text::tr("replacing the catalog");
    QSqlQuery q = m_connection.query();
    // Keep what a server still has in place, for its rollback.
    q.prepare(d.upsert(QStringLiteral("retired_actions"),
        sql::columnNames({actionKey, actionMitigation, actionType, actionScope, actionTarget, actionDescription,
            actionRules, actionRetiredAt}),
        sql::columnNames({actionKey}),
        QStringLiteral("SELECT c.id, c.mitigation_id, c.type, c.scope, c.target,"
                       " COALESCE(NULLIF(c.description, ''), m.description, ''), c.rules, :retired_at"
                       " FROM catalog_actions c LEFT JOIN catalog_mitigations m ON m.id = c.mitigation_id"
                       " WHERE c.id IN (SELECT action_id FROM action_status WHERE applied_at IS NOT NULL)")));
    sql::bind(q, actionRetiredAt, d.timeValue(Clock::now()));
    if (auto r = m_connection.exec(q, keeping); !r)
        return r;
    if (auto r = m_connection.exec(q, QStringLiteral("DELETE FROM catalog_actions"), replacing); !r)
        return r;
    if (auto r = m_connection.exec(q, QStringLiteral("DELETE FROM catalog_mitigations"), replacing); !r)
        return r;
    QSqlQuery insertMitigation = m_connection.query();
    insertMitigation.prepare(sql::insertStatement("catalog_mitigations",
        {mitigationKey, mitigationPosition, mitigationDescription, mitigationRollback, mitigationApplicability}));
    QSqlQuery insertAction = m_connection.query();
    insertAction.prepare(sql::insertStatement("catalog_actions",
        {actionKey, actionMitigation, actionPosition, actionType, actionScope, actionTarget, actionDescription,
            actionRules}));
    int position = 0;
    for (const Mitigation &m : catalog.mitigations) {
        sql::bind(insertMitigation, mitigationKey, m.id);
        sql::bind(insertMitigation, mitigationPosition, position++);
        sql::bind(insertMitigation, mitigationDescription, sql::notNull(m.description));
        sql::bind(insertMitigation, mitigationRollback, sql::notNull(m.rollback));
        sql::bind(insertMitigation, mitigationApplicability, sql::notNull(applicabilityToText(m.applicability)));
        if (auto r = m_connection.exec(insertMitigation, Text::tr("storing mitigation '%1'").arg(m.id)); !r)
            return r;
        for (const Action &a : m.actions) {
            sql::bind(insertAction, actionKey, a.id);
            sql::bind(insertAction, actionMitigation, m.id);
            sql::bind(insertAction, actionPosition, position++);
            sql::bind(insertAction, actionType, sql::notNull(actionTypeName(a.type)));
            sql::bind(insertAction, actionScope, sql::notNull(actionScopeName(a.scope)));
            sql::bind(insertAction, actionTarget, sql::notNull(a.target));
            sql::bind(insertAction, actionDescription, sql::notNull(a.description));
            sql::bind(insertAction, actionRules, sql::notNull(a.rulesXml));
            if (auto r = m_connection.exec(insertAction, Text::tr("storing action '%1'").arg(a.id)); !r)
                return r;
        }
    }
    // Retired: only what the feed no longer carries and a server still has.
    return m_connection.exec(q,
        QStringLiteral("DELETE FROM retired_actions WHERE id IN (SELECT id FROM catalog_actions)"
                       " OR id NOT IN (SELECT action_id FROM action_status WHERE applied_at IS NOT NULL)"),
        keeping);
}

Result<std::optional<FeedAttempt>> FeedStore::lastFeedAttempt()
{
    QSqlQuery q = m_connection.query();
    q.prepare(QStringLiteral("SELECT %1 FROM feed_attempt WHERE id = :id")
                  .arg(sql::columnList({attemptAt, attemptOk, attemptSource, attemptMessage})));
    sql::bind(q, attemptKey, singleRow);
    if (auto r = m_connection.exec(q, Text::tr("reading the last feed attempt")); !r)
        return fail(r.error());
    if (!q.next())
        return std::optional<FeedAttempt>();
    const sql::Row row(q, m_connection.dialect());
    return std::optional<FeedAttempt>(
        FeedAttempt {row.time(attemptAt), row.flag(attemptOk), row.text(attemptSource), row.text(attemptMessage)});
}

Result<void> FeedStore::recordFeedAttempt(const FeedAttempt &attempt)
{
    const SqlDialect &d = m_connection.dialect();
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("feed-attempt"));
        QSqlQuery q = m_connection.query();
        q.prepare(d.upsert(QStringLiteral("feed_attempt"),
            sql::columnNames({attemptKey, attemptAt, attemptOk, attemptSource, attemptMessage}),
            sql::columnNames({attemptKey})));
        sql::bind(q, attemptKey, singleRow);
        sql::bind(q, attemptAt, d.timeValue(attempt.at.isValid() ? attempt.at : Clock::now()));
        sql::bind(q, attemptOk, d.boolValue(attempt.ok));
        sql::bind(q, attemptSource, sql::notNull(attempt.source));
        sql::bind(q, attemptMessage, sql::notNull(attempt.message));
        return m_connection.exec(q, Text::tr("recording the feed attempt"));
    });
}

} // namespace em
