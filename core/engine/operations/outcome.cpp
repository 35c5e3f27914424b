#include "opsupport.h"

#include "directory/orgdirectory.h"
#include "engine/planner.h"

namespace em::ops {

using detail::Text;

void Context::report(int done, int total, const QString &what) const
{
    if (progress)
        progress(done, total, what);
}

void Context::changed(const QString &server) const
{
    if (serverChanged)
        serverChanged(server);
}

QStringList Outcome::refusalLines() const
{
    QStringList lines;
    for (const Refusal &r : refused)
        lines << r.error.message;
    return lines;
}

QStringList Outcome::lines() const
{
    return messages + warnings + refusalLines();
}

void Outcome::refuse(const QString &target, const Error &error, bool several)
{
    refused << Refusal {target, several && !target.isEmpty() ? error.wrapped(target) : error};
}

namespace detail {

QString serversText(const QStringList &servers)
{
    if (servers.size() == 1)
        return servers.first();
    return Text::tr("%n server(s)", nullptr, int(servers.size()));
}

int replanAll(OrgDirectory &directory, Outcome &outcome, Context &context, const QString &what)
{
    auto servers = directory.servers();
    if (!servers) {
        outcome.warnings << Text::tr("the statuses of the servers were not refreshed: %1").arg(servers.error().message);
        return 0;
    }
    const int total = int(servers->size());
    int done = 0;
    int replanned = 0;
    for (const Server &server : std::as_const(*servers)) {
        if (context.isCancelled()) {
            outcome.cancelled = true;
            outcome.messages << Text::tr("Statuses of %1 servers are updated at their next cycle.").arg(total - done);
            break;
        }
        if (auto planned = refreshPlannedStatuses(directory, server.name); planned) {
            ++replanned;
            context.changed(server.name);
        } else {
            outcome.warnings << Text::tr("the change is saved, but the statuses of '%1' were not refreshed: %2")
                                    .arg(server.name, planned.error().message);
        }
        context.report(++done, total, what);
    }
    return replanned;
}

} // namespace detail

} // namespace em::ops
