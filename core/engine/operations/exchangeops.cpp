// Exchange operations: import a real organization's state, and the script
// of what differs from it.

#include "opsupport.h"

#include <QFileInfo>

#include "directory/exchangeimportstore.h"
#include "directory/leasestore.h"
#include "directory/orgdirectory.h"
#include "directory/serverstore.h"
#include "engine/planner.h"
#include "exchange/exchangestate.h"
#include "feed/localfile.h"
#include "model/clock.h"
#include "model/text.h"

namespace em::ops {

using detail::Text;

namespace {
const QString importAction = QStringLiteral("exchange-import");

// One audit row for a server: the properties that changed, with their old
// and new values ("MitigationsEnabled=True; MitigationsBlocked=").
AuditEntry auditRow(const Server &before, const Server &after, const Actor &actor, const QDateTime &now)
{
    const AuditedProperties oldProps = auditedProperties(before);
    const AuditedProperties newProps = auditedProperties(after);
    QStringList names, oldValues, newValues;
    for (qsizetype i = 0; i < oldProps.size(); ++i) {
        if (oldProps.at(i).second == newProps.at(i).second)
            continue;
        names << oldProps.at(i).first;
        oldValues << oldProps.at(i).first + QLatin1Char('=') + oldProps.at(i).second;
        newValues << newProps.at(i).first + QLatin1Char('=') + newProps.at(i).second;
    }
    return AuditEntry {0, now, actor.who, actor.host, importAction, after.name, names.join(QStringLiteral(", ")),
        oldValues.join(QStringLiteral("; ")), newValues.join(QStringLiteral("; "))};
}

enum class ServerImport { Registered, Updated, Unchanged };

// The server's AD site from the export, where it has one (a service node may
// serve one site: `emctl service --site`); an export without a site leaves
// the directory's as it is. `soFar`: what the import did to the server before.
Result<ServerImport> importSite(
    OrgDirectory &directory, const ExchangeServerState &state, const Actor &actor, ServerImport soFar)
{
    if (state.site.isEmpty())
        return soFar;
    LeaseStore leases(directory.connection(), directory.historyStore());
    auto changed = leases.setSite(state.name, state.site, actor, importAction);
    if (!changed)
        return fail(changed.error());
    return *changed && soFar == ServerImport::Unchanged ? ServerImport::Updated : soFar;
}

// Registers or updates one server from its Exchange state, in the caller's
// transaction. The directory's own fields stay: the host locator, the last
// check, and what is applied (written only by the engine, DESIGN section 3).
Result<ServerImport> importServer(OrgDirectory &directory, const ExchangeServerState &state, const Actor &actor)
{
    ServerStore &servers = directory.serverStore();
    auto existing = servers.server(state.name);
    if (!existing && existing.error().code != ErrorCode::NotFound)
        return fail(existing.error());
    const Server before = existing ? *existing : Server {};
    Server after = importedServer(state, before);
    after.mitigationsApplied = before.mitigationsApplied;
    after.mitigationsAppliedTime = before.mitigationsAppliedTime;
    if (existing && auditedProperties(before) == auditedProperties(after))
        return importSite(directory, state, actor, ServerImport::Unchanged);
    const QDateTime now = Clock::now();
    if (existing) {
        auto updated = servers.updateServer(
            before.name, importAction,
            [&after](Server &s) -> Result<void> {
                s = after;
                return {};
            },
            actor, ServerAudit::ByCaller);
        if (!updated)
            return fail(updated.error());
    } else {
        auto added = servers.addServer(after, actor, ServerAudit::ByCaller);
        if (!added)
            return fail(added.error());
    }
    if (auto r = directory.addAudit(auditRow(before, after, actor, now)); !r)
        return fail(r.error());
    if (auto r = refreshPlannedStatuses(directory, after.name); !r)
        return fail(r.error());
    return importSite(directory, state, actor, existing ? ServerImport::Updated : ServerImport::Registered);
}

// The state imported before (to merge this import into), empty before the first.
Result<std::pair<ExchangeState, QStringList>> lastImport(OrgDirectory &directory)
{
    auto last = directory.exchangeImportStore().lastImport();
    if (!last)
        return fail(last.error());
    if (!*last)
        return std::pair<ExchangeState, QStringList>();
    auto state = exchangeStateFromJson((*last)->state);
    if (!state)
        return fail(state.error().wrapped(Text::tr("the last Exchange import kept in the org directory")));
    return std::pair {*state, (*last)->files};
}
} // namespace

namespace {
// Imports one source's state (a file, or what a server's cmdlets exported):
// its servers, the organization's switch and the kept state, all or nothing.
// `merged` and `importedFiles` are the kept import, advanced on success.
void importState(OrgDirectory &directory, const ExchangeState &state, const QString &source, ExchangeState &merged,
    QStringList &importedFiles, bool &orgChanged, Context &context, Outcome &outcome)
{
    QStringList registered, updated;
    int unchanged = 0;
    std::optional<bool> orgEnabled;
    ExchangeState next = merged;
    next.merge(state);
    auto written = directory.write([&]() -> Result<void> {
        registered.clear();
        updated.clear();
        unchanged = 0;
        for (const ExchangeServerState &server : std::as_const(state.servers)) {
            auto imported = importServer(directory, server, context.actor);
            if (!imported)
                return fail(imported.error().wrapped(Text::tr("server '%1'").arg(server.name)));
            switch (*imported) {
            case ServerImport::Registered:
                registered << server.name;
                break;
            case ServerImport::Updated:
                updated << server.name;
                break;
            case ServerImport::Unchanged:
                ++unchanged;
                break;
            }
        }
        if (state.organization && state.organization->mitigationsEnabled) {
            auto before = directory.org();
            if (!before)
                return fail(before.error());
            const bool enabled = *state.organization->mitigationsEnabled;
            if (before->mitigationsEnabled != enabled) {
                auto after = directory.updateOrg(
                    [enabled](OrgConfig &o) -> Result<void> {
                        o.mitigationsEnabled = enabled;
                        return {};
                    },
                    context.actor, importAction);
                if (!after)
                    return fail(after.error());
                orgEnabled = enabled;
            }
        }
        return directory.exchangeImportStore().recordImport(
            {exchangeStateToJson(next), Clock::now(), importedFiles + QStringList {source}});
    });
    if (!written) {
        outcome.refuse(source, written.error().wrapped(source));
        return;
    }
    merged = next;
    importedFiles << source;
    for (const QString &name : registered + updated) {
        outcome.changed << name;
        context.changed(name);
    }
    outcome.messages << Text::tr(
        "Imported %1: %n server(s), %2 registered, %3 updated, %4 unchanged.", nullptr, int(state.servers.size()))
                            .arg(source)
                            .arg(registered.size())
                            .arg(updated.size())
                            .arg(unchanged);
    if (orgEnabled) {
        orgChanged = true;
        outcome.changed << QStringLiteral("Organization");
        outcome.messages << (*orgEnabled ? Text::tr("Mitigations are applied automatically in the organization.")
                                         : Text::tr("Mitigations are no longer applied automatically in the "
                                                    "organization."));
    }
    if (!state.ignored.isEmpty())
        outcome.warnings << Text::tr(
            "%1: %n object(s) of other types were not read (%2)", nullptr, int(state.ignored.size()))
                                .arg(source, state.ignored.join(QStringLiteral("; ")));
}
} // namespace

Outcome importExchange(OrgDirectory &directory, const QStringList &files, Context &context)
{
    Outcome outcome;
    auto last = lastImport(directory);
    if (!last) {
        outcome.refuse(QString(), last.error());
        return outcome;
    }
    ExchangeState merged = last->first;
    QStringList importedFiles = last->second;
    bool orgChanged = false;
    const int total = int(files.size());
    for (int i = 0; i < total; ++i) {
        if (context.isCancelled()) {
            outcome.cancelled = true;
            outcome.messages << Text::tr("Cancelled: %1 of %2 files were not imported.").arg(total - i).arg(total);
            break;
        }
        const QString path = QFileInfo(files.at(i)).absoluteFilePath();
        context.report(i, total, Text::tr("Importing %1").arg(path));
        auto bytes = readLocalFile(path, Text::tr("Exchange export"), clixml::Limits {}.maxBytes);
        if (!bytes) {
            outcome.refuse(path, bytes.error());
            continue;
        }
        auto state = parseExchangeExport(*bytes, path);
        if (!state) {
            outcome.refuse(path, state.error());
            continue;
        }
        importState(directory, *state, path, merged, importedFiles, orgChanged, context, outcome);
        context.report(i + 1, total, Text::tr("Importing %1").arg(path));
    }
    // The organization's switch changes what is due on every server.
    if (orgChanged)
        detail::replanAll(directory, outcome, context, Text::tr("Updating the statuses of the servers"));
    return outcome;
}

Outcome importExchangeFrom(
    OrgDirectory &directory, const QString &server, const RemoteExchangeOptions &options, Context &context)
{
    Outcome outcome;
    auto last = lastImport(directory);
    if (!last) {
        outcome.refuse(QString(), last.error());
        return outcome;
    }
    context.report(0, 1, Text::tr("Reading the Exchange state of %1").arg(server));
    auto state = fetchExchangeState(directory, server, context.hostOptions, options);
    if (!state) {
        outcome.refuse(server, state.error());
        return outcome;
    }
    ExchangeState merged = last->first;
    QStringList importedFiles = last->second;
    bool orgChanged = false;
    const QString source = Text::tr("%1 (Get-ExchangeServer, Get-OrganizationConfig)").arg(server);
    importState(directory, *state, source, merged, importedFiles, orgChanged, context, outcome);
    context.report(1, 1, QString());
    if (orgChanged)
        detail::replanAll(directory, outcome, context, Text::tr("Updating the statuses of the servers"));
    return outcome;
}

Result<ExchangeScript> exchangeScript(OrgDirectory &directory, const QString &identity)
{
    auto last = lastImport(directory);
    if (!last)
        return fail(last.error());
    auto servers = directory.servers();
    if (!servers)
        return fail(servers.error());
    auto org = directory.org();
    if (!org)
        return fail(org.error());
    return em::exchangeScript(last->first, *servers, *org, identity);
}

} // namespace em::ops
