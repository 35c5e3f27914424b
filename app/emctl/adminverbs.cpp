// emctl verbs for servers, the organization, block lists, events and audit.

#include <QCoreApplication>
#include <QRegularExpression>

#include "cli.h"
#include "directory/leasestore.h"
#include "engine/operations/operations.h"
#include "host/serverhost.h"
#include "model/buildcatalog.h"
#include "model/text.h"
#include "notifyverbs.h"

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
    ops::Context context {Actor::current()};
    const ops::Outcome outcome = ops::addServer(*dir, s, context);
    const int code = printOutcome(cli, outcome);
    if (code == ExitOk) {
        if (auto added = dir->server(outcome.changed.first()))
            cli.printRecords({serverRecord(*added)});
    }
    return code;
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
    ops::Context context {Actor::current()};
    return printOutcome(cli, ops::removeServer(*dir, p.positionalArguments().first(), context));
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
    QList<Server> servers;
    if (p.positionalArguments().isEmpty()) {
        auto all = dir->servers();
        if (!all)
            return cli.failed(all.error());
        servers = *all;
    } else {
        auto s = dir->server(p.positionalArguments().first());
        if (!s)
            return cli.failed(s.error());
        servers << *s;
    }
    QList<Record> records;
    LeaseStore leases(dir->connection(), dir->historyStore());
    for (const Server &s : std::as_const(servers)) {
        auto serving = leases.serving(s.name);
        if (!serving)
            return cli.failed(serving.error());
        records << serverRecord(s)
                + Record {{QStringLiteral("Site"), serving->site, {}},
                    {QStringLiteral("ServedBy"), serving->servedBy, {}},
                    {QStringLiteral("ServedAt"), serving->servedAt, {}}};
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
    p.addOption(
        valueOption("site", Text::tr("The server's site (\"\" for none): a service node may serve one site."), "SITE"));
    if (!cli.parse(p, args, 1, 1))
        return cli.parseExitCode();

    // Every option is checked before the directory is touched.
    ops::ServerChange change;
    if (p.isSet(QStringLiteral("host"))) {
        auto h = hostOption(p);
        if (!h)
            return cli.usage(h.error().message);
        change.host = *h;
    }
    for (auto [option, target] : {std::pair {"mitigations-enabled", &change.mitigationsEnabled},
             std::pair {"data-collection-enabled", &change.dataCollectionEnabled}}) {
        if (!p.isSet(QString::fromLatin1(option)))
            continue;
        auto b = parseBool(p.value(QString::fromLatin1(option)));
        if (!b)
            return cli.usage(b.error().message);
        *target = *b;
    }
    if (p.isSet(QStringLiteral("mitigations-blocked"))) {
        auto ids = parseIdList({p.value(QStringLiteral("mitigations-blocked"))});
        if (!ids)
            return cli.usage(ids.error().message);
        change.mitigationsBlocked = *ids;
    }
    if (p.isSet(QStringLiteral("internet-web-proxy-bypass-list")))
        change.internetWebProxyBypassList
            = p.value(QStringLiteral("internet-web-proxy-bypass-list"))
                  .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    if (p.isSet(QStringLiteral("internet-web-proxy")))
        change.internetWebProxy = p.value(QStringLiteral("internet-web-proxy"));
    if (p.isSet(QStringLiteral("build"))) {
        auto b = Build::parse(p.value(QStringLiteral("build")));
        if (!b)
            return cli.usage(b.error().message);
        change.build = *b;
    }
    if (p.isSet(QStringLiteral("role"))) {
        auto r = parseRole(p.value(QStringLiteral("role")));
        if (!r)
            return cli.usage(r.error().message);
        change.role = *r;
    }

    if (p.isSet(QStringLiteral("site")))
        change.site = p.value(QStringLiteral("site"));

    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    ops::Context context {Actor::current()};
    return printOutcome(cli, ops::setServers(*dir, {p.positionalArguments().first()}, change, context));
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
    ops::Context context {Actor::current()};
    const QStringList servers {p.positionalArguments().first()};
    return printOutcome(
        cli, block ? ops::block(*dir, servers, *ids, context) : ops::unblock(*dir, servers, *ids, context));
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
    cli.printRecords({orgRecord(*org) + notifyOrgFields(*dir)}); // notifications: issue 16
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
    NotifyOptions notify; // notifications (issue 16): --notify-mail, --smtp-url, --notify-webhook...
    NotifyOptions::add(p);
    if (!cli.parse(p, args, 0, 0))
        return cli.parseExitCode();
    if (auto read = notify.read(p); !read)
        return cli.usage(read.error().message);

    ops::OrgChange change;
    if (p.isSet(QStringLiteral("mitigations-enabled"))) {
        auto b = parseBool(p.value(QStringLiteral("mitigations-enabled")));
        if (!b)
            return cli.usage(b.error().message);
        change.mitigationsEnabled = *b;
    }
    for (auto [option, target] :
        {std::pair {"interval", &change.checkInterval}, std::pair {"first-check-delay", &change.firstCheckDelay},
            std::pair {"feed-max-age", &change.feedMaxAge}}) {
        if (!p.isSet(QString::fromLatin1(option)))
            continue;
        auto d = parseDuration(p.value(QString::fromLatin1(option)));
        if (!d)
            return cli.usage(d.error().message);
        *target = *d;
    }
    if (p.isSet(QStringLiteral("feed-url"))) {
        const QUrl url(p.value(QStringLiteral("feed-url")), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("file")))
            return cli.usage(Text::tr("invalid feed URL '%1': expected an https: or file: URL")
                                 .arg(p.value(QStringLiteral("feed-url"))));
        change.feedUrl = url;
    }
    if (p.isSet(QStringLiteral("diagnostics-url"))) {
        const QString text = p.value(QStringLiteral("diagnostics-url"));
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty() && (!url.isValid() || url.scheme() != QLatin1String("https")))
            return cli.usage(Text::tr("invalid diagnostics URL '%1': expected an https: URL").arg(text));
        change.diagnosticsUrl = url;
    }
    if (p.isSet(QStringLiteral("revocation-unknown"))) {
        const QString mode = p.value(QStringLiteral("revocation-unknown")).toLower();
        if (mode != QLatin1String("warn") && mode != QLatin1String("fail"))
            return cli.usage(Text::tr("invalid revocation mode '%1': expected warn or fail").arg(mode));
        change.revocationUnknown = mode == QLatin1String("fail") ? RevocationMode::Fail : RevocationMode::Warn;
    }

    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    if (notify.any())
        change.editNotifications = [notify](NotificationSettings &settings) { notify.apply(settings); };
    ops::Context context {Actor::current()};
    const ops::Outcome outcome = ops::setOrg(*dir, change, context);
    if (!outcome.refused.isEmpty() && outcome.refused.first().error.code == ErrorCode::InvalidArgument)
        return cli.usage(outcome.refused.first().error.message);
    if (outcome.ok()) {
        for (const QString &warning : notify.warnings())
            cli.warn(warning);
    }
    return printOutcome(cli, outcome);
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
        {QStringLiteral("set-org"),
            QStringLiteral("[--mitigations-enabled B] [--feed-url URL] [--interval DURATION] [--notify-mail ADDR,... "
                           "--notify-from ADDR --smtp-url URL [--smtp-user U] [--smtp-password-file F] "
                           "[--smtp-ca-file PEM]] [--notify-webhook URL]"),
            Text::tr("change the organization settings"), setOrg, Writes},
        {QStringLiteral("events"), QStringLiteral("[--identity NAME] [--since TIME] [--id N]"),
            Text::tr("show the service's events"), showEvents},
        {QStringLiteral("audit"), QStringLiteral("[--since TIME] [--identity NAME]"),
            Text::tr("show the admin audit log"), showAudit},
    };
}

} // namespace em::cli
