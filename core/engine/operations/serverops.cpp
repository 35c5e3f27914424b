// Server operations: add, remove, set, block, unblock.

#include "opsupport.h"

#include <algorithm>

#include "directory/leasestore.h"
#include "directory/orgdirectory.h"
#include "engine/planner.h"

namespace em::ops {

using detail::serversText;
using detail::Text;

namespace {

bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool listed(const QStringList &list, const QString &id)
{
    return std::any_of(list.cbegin(), list.cend(), [&id](const QString &entry) { return sameId(entry, id); });
}

// Changes each server in its own transaction, together with its re-planned
// statuses, so a server is either changed completely or not at all. Returns
// the servers changed, by their registered names.
QStringList changeEach(OrgDirectory &directory, const QStringList &servers, const QString &action,
    const std::function<Result<void>(Server &)> &change, const Context &context, Outcome &outcome, const QString &title)
{
    QStringList done;
    const bool several = servers.size() > 1;
    const int total = int(servers.size());
    for (int i = 0; i < total; ++i) {
        if (context.isCancelled()) {
            outcome.cancelled = true;
            break;
        }
        const QString &name = servers.at(i);
        QString stored;
        auto written = directory.write([&]() -> Result<void> {
            auto updated = directory.updateServer(name, action, change, context.actor);
            if (!updated)
                return fail(updated.error());
            stored = updated->name;
            return refreshPlannedStatuses(directory, stored);
        });
        if (written) {
            done << stored;
            outcome.changed << stored;
            context.changed(stored);
        } else {
            outcome.refuse(name, written.error(), several);
        }
        context.report(i + 1, total, title);
    }
    if (outcome.cancelled)
        outcome.messages
            << Text::tr("Cancelled: %1 of %2 servers were not changed.").arg(total - int(done.size())).arg(total);
    return done;
}

QString idList(const QStringList &ids)
{
    return ids.join(QStringLiteral(", "));
}

// What a server change says, one line per setting, for the servers changed.
QStringList describe(const ServerChange &c, const QStringList &servers)
{
    const QString where = serversText(servers);
    QStringList lines;
    if (c.mitigationsEnabled)
        lines << (*c.mitigationsEnabled ? Text::tr("Mitigations enabled on %1.").arg(where)
                                        : Text::tr("Mitigations disabled on %1.").arg(where));
    if (c.mitigationsBlocked)
        lines << (c.mitigationsBlocked->isEmpty()
                ? Text::tr("Block list of %1 cleared.").arg(where)
                : Text::tr("Block list of %1 set to %2.").arg(where, idList(*c.mitigationsBlocked)));
    if (c.internetWebProxy)
        lines << (c.internetWebProxy->trimmed().isEmpty()
                ? Text::tr("Proxy cleared on %1.").arg(where)
                : Text::tr("Proxy set to %1 on %2.").arg(c.internetWebProxy->trimmed(), where));
    if (c.internetWebProxyBypassList)
        lines << (c.internetWebProxyBypassList->isEmpty()
                ? Text::tr("Proxy bypass list of %1 cleared.").arg(where)
                : Text::tr("Proxy bypass list of %1 set to %2.").arg(where, idList(*c.internetWebProxyBypassList)));
    if (c.dataCollectionEnabled)
        lines << (*c.dataCollectionEnabled ? Text::tr("Data collection enabled on %1.").arg(where)
                                           : Text::tr("Data collection disabled on %1.").arg(where));
    if (c.build)
        lines << Text::tr("Build of %1 set to %2.").arg(where, c.build->toString());
    if (c.role)
        lines << Text::tr("Role of %1 set to %2.").arg(where, roleName(*c.role));
    if (c.host)
        lines << (c.host->isEmpty() ? Text::tr("Host of %1 cleared.").arg(where)
                                    : Text::tr("Host of %1 set to %2.").arg(where, *c.host));
    return lines;
}

void apply(const ServerChange &c, Server &s)
{
    using detail::setIf;
    setIf(s.mitigationsEnabled, c.mitigationsEnabled);
    setIf(s.mitigationsBlocked, c.mitigationsBlocked);
    if (c.internetWebProxy)
        s.internetWebProxy = c.internetWebProxy->trimmed();
    setIf(s.internetWebProxyBypassList, c.internetWebProxyBypassList);
    setIf(s.dataCollectionEnabled, c.dataCollectionEnabled);
    setIf(s.build, c.build);
    setIf(s.role, c.role);
    setIf(s.host, c.host);
}

Result<void> checkIds(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (auto valid = checkMitigationId(id); !valid)
            return valid;
    }
    return {};
}

// Unblocks `id` in the block list `blocked` of `server`; says in `notes` what
// else changed. See docs/operations.md, "Unblocking".
Result<void> unblockOne(
    QStringList &blocked, const QString &id, const QString &server, const Catalog &catalog, QStringList &notes)
{
    if (!id.contains(QLatin1Char('.'))) {
        // A mitigation: itself and each of its actions.
        blocked.removeIf([&id](const QString &entry) { return sameId(mitigationIdOf(entry), id); });
        return {};
    }
    blocked.removeIf([&id](const QString &entry) { return sameId(entry, id); });
    const QString mitigation = mitigationIdOf(id);
    const qsizetype at = std::find_if(blocked.cbegin(), blocked.cend(), [&mitigation](const QString &entry) {
        return sameId(entry, mitigation);
    }) - blocked.cbegin();
    if (at == blocked.size())
        return {};
    const Mitigation *m = catalog.findMitigation(mitigation);
    if (!m)
        return fail(ErrorCode::NotFound,
            Text::tr("%1 is blocked through %2 on %3, and the accepted feed does not list the actions of %2: "
                     "unblock %2 to unblock it")
                .arg(id, mitigation, server));
    QStringList others;
    for (const Action &a : m->actions) {
        if (!sameId(a.id, id) && !listed(blocked, a.id))
            others << a.id;
    }
    blocked.removeAt(at);
    for (qsizetype i = 0; i < others.size(); ++i)
        blocked.insert(at + i, others.at(i));
    notes << (others.isEmpty()
            ? Text::tr("%1 was blocked through %2 on %3, which has no other action: %2 is no longer blocked.")
                  .arg(id, mitigation, server)
            : Text::tr("%1 was blocked through %2 on %3: the block list now names %4 instead, so that only %1 is "
                       "unblocked.")
                  .arg(id, mitigation, server, idList(others)));
    return {};
}

} // namespace

bool ServerChange::isEmpty() const
{
    return !mitigationsEnabled && !mitigationsBlocked && !internetWebProxy && !internetWebProxyBypassList
        && !dataCollectionEnabled && !build && !role && !host && !site;
}

Outcome addServer(OrgDirectory &directory, const Server &server, Context &context)
{
    Outcome outcome;
    QString stored;
    auto written = directory.write([&]() -> Result<void> {
        auto added = directory.addServer(server, context.actor);
        if (!added)
            return fail(added.error());
        stored = added->name;
        return refreshPlannedStatuses(directory, stored);
    });
    if (!written)
        return detail::refused(server.name, written.error());
    outcome.changed << stored;
    outcome.messages << Text::tr("Registered %1, build %2.").arg(stored, server.build.toString());
    context.changed(stored);
    return outcome;
}

Outcome removeServer(OrgDirectory &directory, const QString &name, Context &context)
{
    Outcome outcome;
    QString stored = name;
    auto written = directory.write([&]() -> Result<void> {
        auto existing = directory.server(name);
        if (!existing)
            return fail(existing.error());
        stored = existing->name;
        return directory.removeServer(name, context.actor);
    });
    if (!written)
        return detail::refused(name, written.error());
    outcome.changed << stored;
    outcome.messages << Text::tr("Removed %1 from the org directory; its events and audit stay.").arg(stored);
    return outcome;
}

Outcome setServers(OrgDirectory &directory, const QStringList &servers, const ServerChange &change, Context &context)
{
    Outcome outcome;
    if (auto valid = change.mitigationsBlocked ? checkIds(*change.mitigationsBlocked) : Result<void>(); !valid)
        return detail::refused(QString(), valid.error());
    const QStringList done = changeEach(
        directory, servers, QStringLiteral("set-server"),
        [&change](Server &s) -> Result<void> {
            apply(change, s);
            return {};
        },
        context, outcome, Text::tr("Changing %1").arg(serversText(servers)));
    QStringList sited;
    if (change.site) {
        LeaseStore leases(directory.connection(), directory.historyStore());
        for (const QString &server : done) {
            if (auto set = leases.setSite(server, change.site->trimmed(), context.actor); !set)
                outcome.refuse(server, set.error(), servers.size() > 1);
            else
                sited << server;
        }
    }
    if (!done.isEmpty())
        outcome.messages = describe(change, done) + outcome.messages;
    if (!sited.isEmpty())
        outcome.messages << (change.site->trimmed().isEmpty()
                ? Text::tr("%1 belongs to no site.").arg(serversText(sited))
                : Text::tr("Site of %1: %2.").arg(serversText(sited), change.site->trimmed()));
    return outcome;
}

Outcome block(OrgDirectory &directory, const QStringList &servers, const QStringList &ids, Context &context)
{
    Outcome outcome;
    if (auto valid = checkIds(ids); !valid)
        return detail::refused(QString(), valid.error());
    const QStringList done = changeEach(
        directory, servers, QStringLiteral("block"),
        [&ids](Server &s) -> Result<void> {
            for (const QString &id : ids) {
                if (!listed(s.mitigationsBlocked, id))
                    s.mitigationsBlocked.append(id);
            }
            return {};
        },
        context, outcome, Text::tr("Blocking %1 on %2").arg(idList(ids), serversText(servers)));
    if (!done.isEmpty())
        outcome.messages.prepend(Text::tr("Blocked %1 on %2.").arg(idList(ids), serversText(done)));
    return outcome;
}

Outcome unblock(OrgDirectory &directory, const QStringList &servers, const QStringList &ids, Context &context)
{
    Outcome outcome;
    if (auto valid = checkIds(ids); !valid)
        return detail::refused(QString(), valid.error());
    auto catalog = directory.catalog();
    if (!catalog)
        return detail::refused(QString(), catalog.error());
    QStringList notes;
    QStringList serverNotes; // of the server being changed; kept once it is written
    Context keepingNotes = context;
    keepingNotes.serverChanged = [&](const QString &server) {
        notes << serverNotes;
        context.changed(server);
    };
    const QStringList done = changeEach(
        directory, servers, QStringLiteral("unblock"),
        [&](Server &s) -> Result<void> {
            serverNotes.clear();
            for (const QString &id : ids) {
                if (auto r = unblockOne(s.mitigationsBlocked, id, s.name, *catalog, serverNotes); !r)
                    return r;
            }
            return {};
        },
        keepingNotes, outcome, Text::tr("Unblocking %1 on %2").arg(idList(ids), serversText(servers)));
    if (!done.isEmpty())
        outcome.messages = QStringList {Text::tr("Unblocked %1 on %2.").arg(idList(ids), serversText(done))} + notes
            + outcome.messages;
    return outcome;
}

} // namespace em::ops
