#include "orgstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "connection.h"
#include "historystore.h"
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

// org_config: one row per setting
constexpr Column settingKey {"key"};
constexpr Column settingValue {"value"};

// trust_profiles
constexpr Column profileName {"name"};
constexpr Column profileAnchors {"anchors_pem"};
constexpr Column profileTsaAnchors {"tsa_anchors_pem"};
constexpr Column profileIntermediates {"intermediates_pem"};
constexpr Column profileSigner {"signer_subject"};
constexpr Column profileEkus {"ekus"};
constexpr Column profileCrls {"crls_pem"};

// The org settings as audited and stored: property name -> text.
AuditedProperties orgProperties(const OrgConfig &o)
{
    return {
        {QStringLiteral("MitigationsEnabled"), boolText(o.mitigationsEnabled)},
        {QStringLiteral("MitigationFeedUrl"), o.feedUrl.toString()},
        {QStringLiteral("TrustProfile"), o.trustProfile},
        {QStringLiteral("CheckInterval"), durationText(o.checkInterval)},
        {QStringLiteral("FirstCheckDelay"), durationText(o.firstCheckDelay)},
        {QStringLiteral("FeedMaxAge"), durationText(o.freshnessMaxAge)},
        {QStringLiteral("RevocationUnknown"),
            o.revocationUnknown == RevocationMode::Fail ? QStringLiteral("Fail") : QStringLiteral("Warn")},
        {QStringLiteral("MaxFeedBytes"), QString::number(o.maxFeedBytes)},
        {QStringLiteral("DiagnosticsUrl"), o.diagnosticsUrl.toString()},
    };
}

void setOrgProperty(OrgConfig &o, const QString &key, const QString &value)
{
    if (key == QLatin1String("MitigationsEnabled")) {
        o.mitigationsEnabled = parseBool(value).value_or(o.mitigationsEnabled);
    } else if (key == QLatin1String("MitigationFeedUrl")) {
        o.feedUrl = QUrl(value);
    } else if (key == QLatin1String("TrustProfile")) {
        o.trustProfile = value;
    } else if (key == QLatin1String("CheckInterval")) {
        o.checkInterval = parseDuration(value).value_or(o.checkInterval);
    } else if (key == QLatin1String("FirstCheckDelay")) {
        o.firstCheckDelay = parseDuration(value).value_or(o.firstCheckDelay);
    } else if (key == QLatin1String("FeedMaxAge")) {
        o.freshnessMaxAge = parseDuration(value).value_or(o.freshnessMaxAge);
    } else if (key == QLatin1String("RevocationUnknown")) {
        o.revocationUnknown = value == QLatin1String("Fail") ? RevocationMode::Fail : RevocationMode::Warn;
    } else if (key == QLatin1String("MaxFeedBytes")) {
        o.maxFeedBytes = value.toLongLong();
    } else if (key == QLatin1String("DiagnosticsUrl")) {
        o.diagnosticsUrl = QUrl(value);
    }
}
} // namespace

Result<OrgConfig> OrgStore::org()
{
    OrgConfig config;
    QSqlQuery q = m_connection.query();
    const QString sql = QStringLiteral("SELECT %1 FROM org_config").arg(sql::columnList({settingKey, settingValue}));
    if (auto r = m_connection.exec(q, sql, Text::tr("reading the organization settings")); !r)
        return fail(r.error());
    const sql::Row row(q, m_connection.dialect());
    while (q.next())
        setOrgProperty(config, row.text(settingKey), row.text(settingValue));
    return config;
}

Result<OrgConfig> OrgStore::updateOrg(
    const std::function<Result<void>(OrgConfig &)> &change, const Actor &actor, const QString &action)
{
    OrgConfig after;
    auto written = m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("org"));
        auto before = org();
        if (!before)
            return fail(before.error());
        after = *before;
        if (auto r = change(after); !r)
            return r;
        const AuditedProperties oldProps = orgProperties(*before);
        const AuditedProperties newProps = orgProperties(after);
        QSqlQuery q = m_connection.query();
        q.prepare(m_connection.dialect().upsert(QStringLiteral("org_config"),
            sql::columnNames({settingKey, settingValue}), sql::columnNames({settingKey})));
        for (qsizetype i = 0; i < newProps.size(); ++i) {
            if (oldProps.at(i).second == newProps.at(i).second)
                continue;
            sql::bind(q, settingKey, newProps.at(i).first);
            sql::bind(q, settingValue, sql::notNull(newProps.at(i).second));
            if (auto r = m_connection.exec(q, Text::tr("writing the organization settings")); !r)
                return r;
        }
        return m_history.auditChanges(oldProps, newProps, action, QStringLiteral("Organization"), actor);
    });
    if (!written)
        return fail(written.error());
    return after;
}

Result<QList<TrustProfile>> OrgStore::trustProfiles()
{
    QList<TrustProfile> list {TrustProfile::vendor()};
    QSqlQuery q = m_connection.query();
    const QString sql = QStringLiteral("SELECT %1 FROM trust_profiles ORDER BY name")
                            .arg(sql::columnList({profileName, profileAnchors, profileTsaAnchors, profileIntermediates,
                                profileSigner, profileEkus, profileCrls}));
    if (auto r = m_connection.exec(q, sql, Text::tr("reading trust profiles")); !r)
        return fail(r.error());
    const sql::Row row(q, m_connection.dialect());
    while (q.next()) {
        TrustProfile p;
        p.name = row.text(profileName);
        p.anchorsPem = row.text(profileAnchors).toUtf8();
        p.tsaAnchorsPem = row.text(profileTsaAnchors).toUtf8();
        p.intermediatesPem = row.text(profileIntermediates).toUtf8();
        p.signerSubject = row.text(profileSigner);
        p.requiredEkus = row.text(profileEkus).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        p.crlsPem = row.text(profileCrls).toUtf8();
        list.append(p);
    }
    return list;
}

Result<TrustProfile> OrgStore::trustProfile(const QString &name)
{
    auto all = trustProfiles();
    if (!all)
        return fail(all.error());
    for (const TrustProfile &p : *all) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return fail(ErrorCode::NotFound, Text::tr("trust profile '%1': not found").arg(name));
}

Result<void> OrgStore::addTrustProfile(const TrustProfile &profile, const Actor &actor)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"));
    if (!namePattern.match(profile.name).hasMatch())
        return fail(ErrorCode::InvalidArgument,
            Text::tr("invalid trust profile name '%1': use letters, digits, '.', '_' and '-'").arg(profile.name));
    if (profile.name.compare(QLatin1String("vendor"), Qt::CaseInsensitive) == 0)
        return fail(ErrorCode::AlreadyExists, Text::tr("trust profile 'vendor': built in, cannot be replaced"));
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("trust-profiles"));
        QSqlQuery q = m_connection.query();
        q.prepare(QStringLiteral("SELECT %1 FROM trust_profiles WHERE name = :name").arg(profileSigner.text()));
        sql::bind(q, profileName, sql::notNull(profile.name));
        if (auto r = m_connection.exec(q, Text::tr("looking up trust profile '%1'").arg(profile.name)); !r)
            return r;
        const bool replacing = q.next();
        q.prepare(m_connection.dialect().upsert(QStringLiteral("trust_profiles"),
            sql::columnNames({profileName, profileAnchors, profileTsaAnchors, profileIntermediates, profileSigner,
                profileEkus, profileCrls}),
            sql::columnNames({profileName})));
        sql::bind(q, profileName, sql::notNull(profile.name));
        sql::bind(q, profileAnchors, sql::notNull(QString::fromUtf8(profile.anchorsPem)));
        sql::bind(q, profileTsaAnchors, sql::notNull(QString::fromUtf8(profile.tsaAnchorsPem)));
        sql::bind(q, profileIntermediates, sql::notNull(QString::fromUtf8(profile.intermediatesPem)));
        sql::bind(q, profileSigner, sql::notNull(profile.signerSubject));
        sql::bind(q, profileEkus, sql::notNull(profile.requiredEkus.join(QLatin1Char(' '))));
        sql::bind(q, profileCrls, sql::notNull(QString::fromUtf8(profile.crlsPem)));
        if (auto r = m_connection.exec(q, Text::tr("writing trust profile '%1'").arg(profile.name)); !r)
            return r;
        return m_history.addAudit({0, Clock::now(), actor.who, actor.host,
            replacing ? QStringLiteral("trust-replace-profile") : QStringLiteral("trust-add-profile"), profile.name,
            QStringLiteral("SignerSubject"), QString(), profile.signerSubject});
    });
}

} // namespace em
