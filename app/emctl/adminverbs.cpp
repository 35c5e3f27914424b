// emctl verbs for servers, the organization, block lists, events and audit.

#include <QCoreApplication>
#include <QRegularExpression>

#include "cli.h"
#include "engine/planner.h"
#include "host/serverhost.h"
#include "model/buildcatalog.h"
#include "model/text.h"

namespace em::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(emctl)
};

QString versionText(const Build &build)
{
    return QStringLiteral("%1 (%2)").arg(build.toString(), BuildCatalog::builtin().friendlyName(build));
}

Record serverRecord(const Server &s)
{
    return {
        {QStringLiteral("Name"), s.name, {}},
        {QStringLiteral("Version"), s.build.toString(), versionText(s.build)},
        {QStringLiteral("VersionName"), BuildCatalog::builtin().friendlyName(s.build), {}},
        {QStringLiteral("Role"), roleName(s.role), {}},
        {QStringLiteral("MitigationsEnabled"), s.mitigationsEnabled, {}},
        {QStringLiteral("MitigationsApplied"), s.mitigationsApplied, {}},
        {QStringLiteral("MitigationsBlocked"), s.mitigationsBlocked, {}},
        {QStringLiteral("MitigationsAppliedTime"), s.mitigationsAppliedTime, {}},
        {QStringLiteral("InternetWebProxy"), s.internetWebProxy, {}},
        {QStringLiteral("InternetWebProxyBypassList"), s.internetWebProxyBypassList, {}},
        {QStringLiteral("DataCollectionEnabled"), s.dataCollectionEnabled, {}},
        {QStringLiteral("Host"), s.host, {}},
        {QStringLiteral("LastCheck"), s.lastCheck, {}},
        {QStringLiteral("LastResult"), s.lastResult, {}},
    };
}

Record orgRecord(const OrgConfig &o)
{
    return {
        {QStringLiteral("MitigationsEnabled"), o.mitigationsEnabled, {}},
        {QStringLiteral("MitigationFeedUrl"), o.feedUrl.toString(), {}},
        {QStringLiteral("TrustProfile"), o.trustProfile, {}},
        {QStringLiteral("CheckInterval"), durationText(o.checkInterval), {}},
        {QStringLiteral("FirstCheckDelay"), durationText(o.firstCheckDelay), {}},
        {QStringLiteral("FeedMaxAge"), durationText(o.freshnessMaxAge), {}},
        {QStringLiteral("RevocationUnknown"),
            o.revocationUnknown == RevocationMode::Fail ? QStringLiteral("Fail") : QStringLiteral("Warn"), {}},
        {QStringLiteral("MaxFeedBytes"), o.maxFeedBytes, {}},
        {QStringLiteral("DiagnosticsUrl"), o.diagnosticsUrl.toString(), {}},
    };
}

// Splits "M1,M2.1" and "M1 M2.1" lists and checks each ID's syntax.
Result<QStringList> parseIdList(const QStringList &parts)
{
    QStringList ids;
    for (const QString &part : parts) {
        for (const QString &raw : part.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
            if (auto valid = checkMitigationId(raw); !valid)
                return fail(valid.error());
            ids << raw;
        }
    }
    return ids;
}

bool containsId(const QStringList &list, const QString &id)
{
    for (const QString &entry : list) {
        if (entry.compare(id, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Re-plans statuses after a settings change so Get-Mitigations and the console
// show its effect before the next cycle. The change itself is already saved.
void refreshStatuses(Cli &cli, OrgDirectory &dir, const QStringList &servers)
{
    for (const QString &name : servers) {
        if (auto refreshed = refreshPlannedStatuses(dir, name); !refreshed)
            cli.warn(Text::tr("the change is saved, but the statuses of '%1' were not refreshed: %2")
                         .arg(name, refreshed.error().message));
    }
}

QStringList allServerNames(OrgDirectory &dir)
{
    QStringList names;
    if (auto servers = dir.servers()) {
        for (const Server &s : *servers)
            names << s.name;
    }
    return names;
}

// The --host value as stored: empty (no host), or a locator as core/host checks it.
Result<QString> hostOption(const QCommandLineParser &p)
{
    const QString value = p.value(QStringLiteral("host"));
    return value.isEmpty() ? Result<QString>(QString()) : parseHostLocator(value);
}

int addServer(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Server name."));
    p.addOption(valueOption("build", Text::tr("Exchange build, e.g. 15.2.1118.7."), "BUILD"));
    p.addOption(valueOption("role", Text::tr("Mailbox (default) or EdgeTransport."), "ROLE"));
    p.addOption(valueOption("host", Text::tr("Where actions are applied: dir:PATH or windows:."), "LOCATOR"));
    if (!cli.parse(p, args, 1, 1))
        return cli.parseExitCode();
    auto parsed = serverFromOptions(p, p.positionalArguments().first());
    if (!parsed)
        return cli.usage(parsed.error().message);
    Server s = *parsed;
    auto host = hostOption(p);
    if (!host)
        return cli.usage(host.error().message);
    s.host = *host;

    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    auto added = dir->addServer(s, Actor::current());
    if (!added)
        return added.error().code == ErrorCode::InvalidArgument ? cli.usage(added.error().message)
                                                                : cli.failed(added.error());
    refreshStatuses(cli, *dir, {added->name});
    cli.printRecords({serverRecord(*added)});
    return ExitOk;
}

int removeServer(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Server name."));
    if (!cli.parse(p, args, 1, 1))
        return cli.parseExitCode();
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    if (auto removed = dir->removeServer(p.positionalArguments().first(), Actor::current()); !removed)
        return cli.failed(removed.error());
    return ExitOk;
}

int getServer(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Server name; all servers when omitted."));
    if (!cli.parse(p, args, 0, 1))
        return cli.parseExitCode();
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    QList<Record> records;
    if (p.positionalArguments().isEmpty()) {
        auto servers = dir->servers();
        if (!servers)
            return cli.failed(servers.error());
        for (const Server &s : *servers)
            records << serverRecord(s);
    } else {
        auto s = dir->server(p.positionalArguments().first());
        if (!s)
            return cli.failed(s.error());
        records << serverRecord(*s);
    }
    cli.printRecords(records);
    return ExitOk;
}

int setServer(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Server name."));
    p.addOption(valueOption("mitigations-enabled", Text::tr("Apply mitigations on this server."), "BOOL"));
    p.addOption(valueOption("mitigations-blocked", Text::tr("Replace the block list (\"\" clears it)."), "IDS"));
    p.addOption(valueOption("internet-web-proxy", Text::tr("Proxy URL for the feed (\"\" for none)."), "URL"));
    p.addOption(valueOption("internet-web-proxy-bypass-list", Text::tr("Hosts that bypass the proxy."), "HOSTS"));
    p.addOption(valueOption("data-collection-enabled", Text::tr("Send diagnostic data."), "BOOL"));
    p.addOption(valueOption("build", Text::tr("Exchange build after an update."), "BUILD"));
    p.addOption(valueOption("role", Text::tr("Mailbox or EdgeTransport."), "ROLE"));
    p.addOption(valueOption("host", Text::tr("dir:PATH or windows:."), "LOCATOR"));
    if (!cli.parse(p, args, 1, 1))
        return cli.parseExitCode();

    // Validate every option before touching the directory.
    std::optional<bool> enabled, dataCollection;
    std::optional<QStringList> blocked, bypass;
    std::optional<Build> build;
    std::optional<ServerRole> role;
    std::optional<QString> host;
    if (p.isSet(QStringLiteral("host"))) {
        auto h = hostOption(p);
        if (!h)
            return cli.usage(h.error().message);
        host = *h;
    }
    if (p.isSet(QStringLiteral("mitigations-enabled"))) {
        auto b = parseBool(p.value(QStringLiteral("mitigations-enabled")));
        if (!b)
            return cli.usage(b.error().message);
        enabled = *b;
    }
    if (p.isSet(QStringLiteral("data-collection-enabled"))) {
        auto b = parseBool(p.value(QStringLiteral("data-collection-enabled")));
        if (!b)
            return cli.usage(b.error().message);
        dataCollection = *b;
    }
    if (p.isSet(QStringLiteral("mitigations-blocked"))) {
        auto ids = parseIdList({p.value(QStringLiteral("mitigations-blocked"))});
        if (!ids)
            return cli.usage(ids.error().message);
        blocked = *ids;
    }
    if (p.isSet(QStringLiteral("internet-web-proxy-bypass-list")))
        bypass = p.value(QStringLiteral("internet-web-proxy-bypass-list"))
                     .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    if (p.isSet(QStringLiteral("build"))) {
        auto b = Build::parse(p.value(QStringLiteral("build")));
        if (!b)
            return cli.usage(b.error().message);
        build = *b;
    }
    if (p.isSet(QStringLiteral("role"))) {
        auto r = parseRole(p.value(QStringLiteral("role")));
        if (!r)
            return cli.usage(r.error().message);
        role = *r;
    }

    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    auto updated = dir->updateServer(
        p.positionalArguments().first(), QStringLiteral("set-server"),
        [&](Server &s) -> Result<void> {
            if (enabled)
                s.mitigationsEnabled = *enabled;
            if (dataCollection)
                s.dataCollectionEnabled = *dataCollection;
            if (blocked)
                s.mitigationsBlocked = *blocked;
            if (bypass)
                s.internetWebProxyBypassList = *bypass;
            if (p.isSet(QStringLiteral("internet-web-proxy")))
                s.internetWebProxy = p.value(QStringLiteral("internet-web-proxy"));
            if (build)
                s.build = *build;
            if (role)
                s.role = *role;
            if (host)
                s.host = *host;
            return {};
        },
        Actor::current());
    if (!updated)
        return updated.error().code == ErrorCode::InvalidArgument ? cli.usage(updated.error().message)
                                                                  : cli.failed(updated.error());
    refreshStatuses(cli, *dir, {updated->name});
    return ExitOk;
}

int changeBlockList(Cli &cli, const QStringList &args, bool block)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Server name."));
    p.addPositionalArgument(
        QStringLiteral("ID"), Text::tr("Mitigation IDs (M1) or action IDs (M1.2)."), QStringLiteral("ID..."));
    if (!cli.parse(p, args, 2, -1))
        return cli.parseExitCode();
    auto ids = parseIdList(p.positionalArguments().mid(1));
    if (!ids)
        return cli.usage(ids.error().message);
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    auto updated = dir->updateServer(
        p.positionalArguments().first(), block ? QStringLiteral("block") : QStringLiteral("unblock"),
        [&](Server &s) -> Result<void> {
            for (const QString &id : *ids) {
                if (block && !containsId(s.mitigationsBlocked, id))
                    s.mitigationsBlocked.append(id);
                if (!block) {
                    s.mitigationsBlocked.removeIf(
                        [&id](const QString &entry) { return entry.compare(id, Qt::CaseInsensitive) == 0; });
                }
            }
            return {};
        },
        Actor::current());
    if (!updated)
        return cli.failed(updated.error());
    refreshStatuses(cli, *dir, {updated->name});
    return ExitOk;
}

int getOrg(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    auto org = dir->org();
    if (!org)
        return cli.failed(org.error());
    cli.printRecords({orgRecord(*org)});
    return ExitOk;
}

int setOrg(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(
        valueOption("mitigations-enabled", Text::tr("Apply mitigations automatically in the organization."), "BOOL"));
    p.addOption(valueOption("feed-url", Text::tr("Where the feed is fetched (https: or file:)."), "URL"));
    p.addOption(valueOption("interval", Text::tr("Check interval, e.g. 1h."), "DURATION"));
    p.addOption(
        valueOption("first-check-delay", Text::tr("Delay of the first check after a service start."), "DURATION"));
    p.addOption(valueOption("feed-max-age", Text::tr("Warn when the accepted feed is older than this."), "DURATION"));
    p.addOption(
        valueOption("revocation-unknown", Text::tr("When revocation cannot be checked: warn or fail."), "MODE"));
    p.addOption(valueOption("diagnostics-url", Text::tr("Where diagnostic data is posted (\"\" for nowhere)."), "URL"));
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();

    std::optional<bool> enabled;
    std::optional<std::chrono::seconds> interval, delay, maxAge;
    std::optional<QUrl> feedUrl, diagnosticsUrl;
    std::optional<RevocationMode> revocation;
    if (p.isSet(QStringLiteral("mitigations-enabled"))) {
        auto b = parseBool(p.value(QStringLiteral("mitigations-enabled")));
        if (!b)
            return cli.usage(b.error().message);
        enabled = *b;
    }
    const auto duration = [&](const char *name, std::optional<std::chrono::seconds> &target) {
        if (!p.isSet(QString::fromLatin1(name)))
            return true;
        auto d = parseDuration(p.value(QString::fromLatin1(name)));
        if (!d) {
            cli.usage(d.error().message);
            return false;
        }
        target = *d;
        return true;
    };
    if (!duration("interval", interval) || !duration("first-check-delay", delay) || !duration("feed-max-age", maxAge))
        return ExitUsage;
    if (p.isSet(QStringLiteral("feed-url"))) {
        const QUrl url(p.value(QStringLiteral("feed-url")), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("file")))
            return cli.usage(Text::tr("invalid feed URL '%1': expected an https: or file: URL")
                                 .arg(p.value(QStringLiteral("feed-url"))));
        feedUrl = url;
    }
    if (p.isSet(QStringLiteral("diagnostics-url"))) {
        const QString text = p.value(QStringLiteral("diagnostics-url"));
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty() && (!url.isValid() || url.scheme() != QLatin1String("https")))
            return cli.usage(Text::tr("invalid diagnostics URL '%1': expected an https: URL").arg(text));
        diagnosticsUrl = url;
    }
    if (p.isSet(QStringLiteral("revocation-unknown"))) {
        const QString mode = p.value(QStringLiteral("revocation-unknown")).toLower();
        if (mode != QLatin1String("warn") && mode != QLatin1String("fail"))
            return cli.usage(Text::tr("invalid revocation mode '%1': expected warn or fail").arg(mode));
        revocation = mode == QLatin1String("fail") ? RevocationMode::Fail : RevocationMode::Warn;
    }

    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    auto updated = dir->updateOrg(
        [&](OrgConfig &o) -> Result<void> {
            if (enabled)
                o.mitigationsEnabled = *enabled;
            if (feedUrl)
                o.feedUrl = *feedUrl;
            if (interval)
                o.checkInterval = *interval;
            if (delay)
                o.firstCheckDelay = *delay;
            if (maxAge)
                o.freshnessMaxAge = *maxAge;
            if (revocation)
                o.revocationUnknown = *revocation;
            if (diagnosticsUrl)
                o.diagnosticsUrl = *diagnosticsUrl;
            return {};
        },
        Actor::current());
    if (!updated)
        return cli.failed(updated.error());
    if (enabled)
        refreshStatuses(cli, *dir, allServerNames(*dir));
    return ExitOk;
}

int showAudit(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(valueOption("since", Text::tr("Only changes at or after TIME (ISO 8601, or -1h, -7d)."), "TIME"));
    p.addOption(valueOption("identity", Text::tr("Only changes to this server (or Organization)."), "NAME"));
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    AuditFilter filter;
    filter.target = p.value(QStringLiteral("identity"));
    if (p.isSet(QStringLiteral("since"))) {
        auto since = parseTime(p.value(QStringLiteral("since")));
        if (!since)
            return cli.usage(since.error().message);
        filter.since = *since;
    }
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    auto entries = dir->audit(filter);
    if (!entries)
        return cli.failed(entries.error());
    QList<Record> records;
    for (const AuditEntry &e : *entries) {
        records << Record {{QStringLiteral("RunDate"), e.time, {}}, {QStringLiteral("Caller"), e.who, {}},
            {QStringLiteral("Host"), e.host, {}}, {QStringLiteral("Action"), e.action, {}},
            {QStringLiteral("ObjectModified"), e.target, {}}, {QStringLiteral("Property"), e.property, {}},
            {QStringLiteral("OldValue"), e.oldValue, {}}, {QStringLiteral("NewValue"), e.newValue, {}}};
    }
    cli.printRecords(records);
    return ExitOk;
}

int showEvents(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(valueOption("identity", Text::tr("Only events of this server."), "NAME"));
    p.addOption(valueOption("since", Text::tr("Only events at or after TIME (ISO 8601, or -1h, -7d)."), "TIME"));
    p.addOption(valueOption("id", Text::tr("Only events with this ID (1005, 1006, 1007, 1008)."), "N"));
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    EventFilter filter;
    filter.server = p.value(QStringLiteral("identity"));
    if (p.isSet(QStringLiteral("since"))) {
        auto since = parseTime(p.value(QStringLiteral("since")));
        if (!since)
            return cli.usage(since.error().message);
        filter.since = *since;
    }
    if (p.isSet(QStringLiteral("id"))) {
        bool ok = false;
        filter.eventId = p.value(QStringLiteral("id")).toInt(&ok);
        if (!ok || filter.eventId <= 0)
            return cli.usage(Text::tr("invalid event ID '%1'").arg(p.value(QStringLiteral("id"))));
    }
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    if (!filter.server.isEmpty()) {
        // Events outlive removed servers, so an unknown name is not an error
        // when it has history; only a name never seen is.
        auto s = dir->server(filter.server);
        if (!s) {
            auto any = dir->events(EventFilter {filter.server, {}, 0, 1});
            if (any && any->isEmpty())
                return cli.failed(s.error());
        }
    }
    auto events = dir->events(filter);
    if (!events)
        return cli.failed(events.error());
    QList<Record> records;
    for (const Event &e : *events) {
        records << Record {{QStringLiteral("TimeCreated"), e.time, {}}, {QStringLiteral("Id"), e.eventId, {}},
            {QStringLiteral("LevelDisplayName"), eventLevelName(e.level), {}}, {QStringLiteral("Server"), e.server, {}},
            {QStringLiteral("Message"), e.message, {}}};
    }
    cli.printRecords(records);
    return ExitOk;
}
} // namespace

QList<Verb> adminVerbs()
{
    return {
        {QStringLiteral("add-server"),
            QStringLiteral("NAME --build BUILD [--role Mailbox|EdgeTransport] [--host dir:PATH|windows:]"),
            Text::tr("register a server"), addServer, Writes},
        {QStringLiteral("remove-server"), QStringLiteral("NAME"),
            Text::tr("unregister a server (its history stays in events and audit)"), removeServer, Writes},
        {QStringLiteral("get-server"), QStringLiteral("[NAME]"), Text::tr("show one or all servers"), getServer},
        {QStringLiteral("set-server"),
            QStringLiteral("NAME [--mitigations-enabled B] [--mitigations-blocked ID,...] [--internet-web-proxy URL] "
                           "[--data-collection-enabled B] [--build BUILD]"),
            Text::tr("change a server's settings"), setServer, Writes},
        {QStringLiteral("block"), QStringLiteral("NAME ID..."),
            Text::tr("add mitigation or action IDs to a server's block list"),
            [](Cli &cli, const QStringList &args) { return changeBlockList(cli, args, true); }, Writes},
        {QStringLiteral("unblock"), QStringLiteral("NAME ID..."), Text::tr("remove IDs from a server's block list"),
            [](Cli &cli, const QStringList &args) { return changeBlockList(cli, args, false); }, Writes},
        {QStringLiteral("get-org"), QString(), Text::tr("show the organization settings"), getOrg},
        {QStringLiteral("set-org"), QStringLiteral("[--mitigations-enabled B] [--feed-url URL] [--interval DURATION]"),
            Text::tr("change the organization settings"), setOrg, Writes},
        {QStringLiteral("events"), QStringLiteral("[--identity NAME] [--since TIME] [--id N]"),
            Text::tr("show the service's events"), showEvents},
        {QStringLiteral("audit"), QStringLiteral("[--since TIME] [--identity NAME]"),
            Text::tr("show the admin audit log"), showAudit},
    };
}

} // namespace em::cli
