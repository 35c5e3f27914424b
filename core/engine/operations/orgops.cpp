// Organization operations: settings and trust profiles.

#include "opsupport.h"

#include "directory/orgdirectory.h"
#include "engine/aftercycle.h"
#include "model/text.h"

namespace em::ops {

using detail::Text;

namespace {
const QString organization = QStringLiteral("Organization");

QStringList describe(const OrgChange &c)
{
    QStringList lines;
    if (c.mitigationsEnabled)
        lines << (*c.mitigationsEnabled ? Text::tr("Mitigations are applied automatically in the organization.")
                                        : Text::tr("Mitigations are no longer applied automatically in the "
                                                   "organization."));
    if (c.feedUrl)
        lines << Text::tr("The feed is fetched from %1.").arg(c.feedUrl->toDisplayString());
    if (c.checkInterval)
        lines << Text::tr("The feed is checked every %1.").arg(durationText(*c.checkInterval));
    if (c.firstCheckDelay)
        lines
            << Text::tr("The first check comes %1 after the EM service starts.").arg(durationText(*c.firstCheckDelay));
    if (c.feedMaxAge)
        lines << Text::tr("A feed older than %1 is reported as stale.").arg(durationText(*c.feedMaxAge));
    if (c.revocationUnknown)
        lines << (*c.revocationUnknown == RevocationMode::Fail
                ? Text::tr("A feed whose revocation cannot be checked is refused.")
                : Text::tr("A feed whose revocation cannot be checked is accepted with a warning."));
    if (c.diagnosticsUrl)
        lines << (c.diagnosticsUrl->isEmpty()
                ? Text::tr("Diagnostic data is not sent.")
                : Text::tr("Diagnostic data is sent to %1.").arg(c.diagnosticsUrl->toDisplayString()));
    return lines;
}
} // namespace

bool OrgChange::isEmpty() const
{
    return !mitigationsEnabled && !feedUrl && !checkInterval && !firstCheckDelay && !feedMaxAge && !revocationUnknown
        && !diagnosticsUrl && !editNotifications;
}

Outcome setOrg(OrgDirectory &directory, const OrgChange &change, Context &context)
{
    Outcome outcome;
    auto before = directory.org();
    if (!before)
        return detail::refused(organization, before.error());
    // The organization's settings and the notification settings change together or not at all.
    std::optional<OrgConfig> after;
    auto written = directory.write([&]() -> Result<void> {
        auto updated = directory.updateOrg(
            [&change](OrgConfig &o) -> Result<void> {
                detail::setIf(o.mitigationsEnabled, change.mitigationsEnabled);
                detail::setIf(o.feedUrl, change.feedUrl);
                detail::setIf(o.checkInterval, change.checkInterval);
                detail::setIf(o.firstCheckDelay, change.firstCheckDelay);
                detail::setIf(o.freshnessMaxAge, change.feedMaxAge);
                detail::setIf(o.revocationUnknown, change.revocationUnknown);
                detail::setIf(o.diagnosticsUrl, change.diagnosticsUrl);
                return {};
            },
            context.actor);
        if (!updated)
            return fail(updated.error());
        after = *updated;
        if (!change.editNotifications)
            return {};
        auto settings = notificationSettings(directory);
        if (!settings)
            return fail(settings.error());
        change.editNotifications(*settings);
        return setNotificationSettings(directory, *settings, context.actor);
    });
    if (!written)
        return detail::refused(organization, written.error());
    outcome.changed << organization;
    outcome.messages << describe(change);
    if (change.editNotifications)
        outcome.messages << Text::tr("The notification settings were saved.");
    // Only the switch changes what is due: every server's statuses follow it.
    if (after->mitigationsEnabled != before->mitigationsEnabled)
        detail::replanAll(directory, outcome, context, Text::tr("Updating the statuses of the servers"));
    return outcome;
}

Outcome addTrustProfile(OrgDirectory &directory, const TrustProfile &profile, Context &context)
{
    Outcome outcome;
    const bool replacing = bool(directory.trustProfile(profile.name));
    if (auto added = directory.addTrustProfile(profile, context.actor); !added)
        return detail::refused(profile.name, added.error());
    outcome.changed << profile.name;
    outcome.messages << (replacing ? Text::tr("Trust profile '%1' replaced.").arg(profile.name)
                                   : Text::tr("Trust profile '%1' added.").arg(profile.name));
    return outcome;
}

Outcome useTrustProfile(OrgDirectory &directory, const QString &name, Context &context)
{
    Outcome outcome;
    auto profile = directory.trustProfile(name);
    if (!profile)
        return detail::refused(name, profile.error());
    auto updated = directory.updateOrg(
        [&](OrgConfig &o) -> Result<void> {
            o.trustProfile = profile->name;
            return {};
        },
        context.actor);
    if (!updated)
        return detail::refused(organization, updated.error());
    outcome.changed << organization;
    outcome.messages << Text::tr("The organization now verifies feeds with trust profile '%1'.").arg(profile->name);
    return outcome;
}

} // namespace em::ops
