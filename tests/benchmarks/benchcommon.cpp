#include "benchcommon.h"

#include <algorithm>
#include <thread>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>

#include "directory/locator.h"
#include "directory/orgdirectory.h"
#include "engine/planner.h"
#include "host/labserver.h"
#include "model/clock.h"

namespace em::bench {

namespace {
const Actor generator {QStringLiteral("benchmark"), QStringLiteral("bench-generator")};

// A deterministic spread of values: the same directory on every run.
quint32 mix(quint32 a, quint32 b)
{
    quint32 h = a * 2654435761u ^ (b + 0x9e3779b9u + (a << 6) + (a >> 2));
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    return h;
}

QString rulesFor(const QString &actionId, bool outbound)
{
    if (outbound) {
        return QStringLiteral(
            "<outboundRules>\n"
            "  <preConditions>\n"
            "    <preCondition name=\"EEMS %1 HTML - precondition\">\n"
            "      <add input=\"{RESPONSE_CONTENT_TYPE}\" pattern=\"^text/html\" />\n"
            "    </preCondition>\n"
            "  </preConditions>\n"
            "  <rule name=\"EEMS %1 strip server header - outbound\" preCondition=\"EEMS %1 HTML - precondition\">\n"
            "    <match serverVariable=\"RESPONSE_Server\" pattern=\".*\" />\n"
            "    <action type=\"Rewrite\" value=\"\" />\n"
            "  </rule>\n"
            "</outboundRules>")
            .arg(actionId);
    }
    return QStringLiteral(
        "<rule name=\"EEMS %1 PowerShell - inbound\" stopProcessing=\"true\">\n"
        "  <match url=\".*\" />\n"
        "  <conditions>\n"
        "    <add input=\"{UrlDecode:{REQUEST_URI}}\" pattern=\"(?=.*autodiscover)(?=.*powershell)\" />\n"
        "  </conditions>\n"
        "  <action type=\"AbortRequest\" />\n"
        "</rule>")
        .arg(actionId);
}

Server makeServer(int index)
{
    static const char *const builds[] = {"15.2.1118.7", "15.2.1544.4", "15.1.2507.6", "15.2.2562.17", "15.2.1258.12"};
    static const char *const sites[] = {"AMS", "DUB", "NYC", "SEA", "SIN", "FRA", "LON", "SYD"};
    Server s;
    const quint32 h = mix(quint32(index), 7);
    s.name = QStringLiteral("EX-%1-MBX%2").arg(QLatin1String(sites[h % 8])).arg(index, 5, 10, QLatin1Char('0'));
    s.build = Build::parse(QLatin1String(builds[(h >> 4) % 5])).value();
    if ((h >> 8) % 50 == 0) {
        s.role = ServerRole::EdgeTransport;
        s.name.replace(QLatin1String("MBX"), QLatin1String("EDG"));
    }
    if ((h >> 12) % 50 == 1)
        s.mitigationsEnabled = false;
    if ((h >> 16) % 20 == 2)
        s.mitigationsBlocked = {QStringLiteral("M3")};
    if ((h >> 20) % 4 == 0)
        s.internetWebProxy
            = QStringLiteral("http://proxy-%1.contoso.com:8080").arg(QString::fromLatin1(sites[h % 8]).toLower());
    s.host = QStringLiteral("windows:");
    return s;
}
// The vendor's heartbeat, PING1, as every catalog carries it.
Mitigation pingMitigation()
{
    Mitigation ping;
    ping.id = QStringLiteral("PING1");
    ping.description = QStringLiteral("EEMS Heartbeat probe. Does not modify any exchange settings.");
    Action pingAction;
    pingAction.id = ping.id;
    pingAction.mitigationId = ping.id;
    pingAction.type = ActionType::DoNothing;
    pingAction.scope = ActionScope::Server;
    pingAction.description = QStringLiteral("Ping mitigation action. Does not modify any exchange settings.");
    ping.actions << pingAction;
    return ping;
}
} // namespace

QString engineOf(const QString &locator)
{
    auto parsed = DirectoryLocator::parse(locator);
    return parsed && parsed->kind() == DirectoryLocator::Kind::PostgreSql ? QStringLiteral("postgresql")
                                                                          : QStringLiteral("sqlite");
}

QString withDatabase(const QString &postgresLocator, const QString &database)
{
    static const QRegularExpression path(QStringLiteral("^(postgres(?:ql)?://[^/?]*)(/[^?]*)?"));
    QString locator = postgresLocator;
    return locator.replace(path, QStringLiteral("\\1/") + database);
}

Result<QString> newPostgresDatabase(const QString &postgresLocator, const QString &database)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-d"), postgresLocator, QStringLiteral("-c"),
            QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database), QStringLiteral("-c"),
            QStringLiteral("CREATE DATABASE %1").arg(database)});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(ErrorCode::Database,
            QStringLiteral("psql could not create the database '%1' on %2: %3")
                .arg(database, postgresLocator, QString::fromLocal8Bit(p.readAll()).trimmed()));
    return withDatabase(postgresLocator, database);
}

Result<QString> newDirectoryLocator(const QString &folder, const QString &postgresServer, const QString &name)
{
    if (postgresServer.isEmpty())
        return QDir(folder).absoluteFilePath(name + QStringLiteral(".db"));
    return newPostgresDatabase(postgresServer, name);
}

Result<std::unique_ptr<OrgDirectory>> createDirectory(const QString &locator)
{
    auto parsed = DirectoryLocator::parse(locator);
    if (!parsed)
        return fail(parsed.error());
    if (parsed->kind() == DirectoryLocator::Kind::SqliteFile && QFileInfo::exists(parsed->path()))
        return fail(ErrorCode::AlreadyExists, QStringLiteral("'%1' exists already").arg(locator));
    OrgDirectory::Options options;
    options.initialize = true;
    auto opened = OrgDirectory::open(*parsed, options);
    if (!opened)
        return fail(opened.error());
    if (!(*opened)->created())
        return fail(ErrorCode::AlreadyExists, QStringLiteral("'%1' holds a directory already").arg(locator));
    return opened;
}

Catalog largeCatalog(int actions)
{
    Catalog c;
    c.version = QStringLiteral("1.0.4");
    const Mitigation ping = pingMitigation();
    c.mitigations << ping;
    int made = 1;
    for (int m = 1; made < actions; ++m) {
        Mitigation mit;
        mit.id = QStringLiteral("M%1").arg(m);
        mit.description = QStringLiteral("Mitigation of CVE-2025-%1 via %2")
                              .arg(40000 + m)
                              .arg(m % 4 == 2      ? QStringLiteral("disabling an app pool")
                                      : m % 4 == 3 ? QStringLiteral("disabling a service")
                                                   : QStringLiteral("URL Rewrite configuration"));
        if (m % 3 == 1) {
            mit.applicability = {{Product::Exchange2019, Build(15, 2, 0, 0), Build(15, 2, 1118, 15)},
                {Product::Exchange2016, Build(15, 1, 0, 0), Build(15, 1, 2507, 13)}};
        }
        mit.rollback = QStringLiteral("Remove the rules named \"EEMS %1.*\" from IIS URL Rewrite, or restore the "
                                      "service and app pool start settings.")
                           .arg(mit.id);
        for (int a = 1; a <= 2 && made < actions; ++a, ++made) {
            Action act;
            act.id = QStringLiteral("%1.%2").arg(mit.id).arg(a);
            act.mitigationId = mit.id;
            switch (m % 4) {
            case 0:
            case 1:
                act.type = ActionType::UrlRewrite;
                act.scope = a == 1 ? ActionScope::Site : ActionScope::VDir;
                act.target = a == 1 ? QStringLiteral("Default Web Site") : QStringLiteral("Default Web Site/owa");
                act.rulesXml = rulesFor(act.id, a == 2);
                act.description = a == 1 ? QStringLiteral("Block requests matching the exploit pattern, inbound")
                                         : QStringLiteral("Strip the Server header from OWA responses, outbound");
                break;
            case 2:
                act.type = ActionType::DisableAppPool;
                act.scope = ActionScope::Server;
                act.target
                    = a == 1 ? QStringLiteral("MSExchangeOWACalendarAppPool") : QStringLiteral("MSExchangeECPAppPool");
                act.description = QStringLiteral("Stop and disable the application pool %1").arg(act.target);
                break;
            default:
                act.type = ActionType::DisableService;
                act.scope = ActionScope::Server;
                act.target = a == 1 ? QStringLiteral("MSExchangeIMAP4") : QStringLiteral("MSExchangePOP3");
                act.description = QStringLiteral("Stop and disable the service %1").arg(act.target);
                break;
            }
            mit.actions << act;
        }
        c.mitigations << mit;
    }
    return c;
}

namespace {
FeedState fakeFeed(const QString &what)
{
    FeedState f;
    f.raw = QByteArrayLiteral("<EOCS version=\"1.0.4\"><!-- benchmark catalog --></EOCS>");
    f.canonical = f.raw;
    f.sha256 = QString::fromLatin1(QCryptographicHash::hash(f.raw, QCryptographicHash::Sha256).toHex());
    f.signer = QStringLiteral("CN=Contoso Mitigation Signing, O=Contoso Ltd");
    f.signingTime = Clock::now().addSecs(-3600);
    f.acceptedAt = Clock::now().addSecs(-1800);
    f.source = what;
    f.profile = QStringLiteral("vendor");
    f.timestamped = true;
    return f;
}

QString appliedDetail(const Action &a)
{
    switch (a.type) {
    case ActionType::UrlRewrite:
        return a.scope == ActionScope::VDir
            ? QStringLiteral("added outbound rule 'EEMS %1 strip server header - outbound', precondition 'EEMS %1 "
                             "HTML - precondition' to C:\\Program Files\\Microsoft\\Exchange Server\\V15\\FrontEnd\\"
                             "HttpProxy\\owa\\web.config")
                  .arg(a.id)
            : QStringLiteral("added rule 'EEMS %1 PowerShell - inbound' to C:\\inetpub\\wwwroot\\web.config").arg(a.id);
    case ActionType::DisableAppPool:
        return QStringLiteral("application pool '%1': autoStart true -> false, stopped").arg(a.target);
    case ActionType::DisableService:
        return QStringLiteral("service '%1': start type Manual -> Disabled").arg(a.target);
    case ActionType::DoNothing:
        break;
    }
    return {};
}
} // namespace

Result<void> buildLargeDirectory(const QString &locator, const LargeDirectoryOptions &options)
{
    auto opened = createDirectory(locator);
    if (!opened)
        return fail(opened.error());
    OrgDirectory &dir = **opened;
    const Catalog catalog = largeCatalog(options.actionsPerServer);
    if (auto accepted = dir.acceptFeed(fakeFeed(QStringLiteral("benchmark:large")), catalog); !accepted)
        return accepted;
    auto org = dir.org();
    if (!org)
        return fail(org.error());

    const QDateTime now = Clock::now();
    for (int i = 1; i <= options.servers; ++i) {
        auto added = dir.addServer(makeServer(i), generator);
        if (!added)
            return fail(added.error());
        const Server &s = *added;
        const QDateTime checked = now.addSecs(-qint64(mix(quint32(i), 3) % 3600));
        const QDateTime applied = checked.addDays(-qint64(mix(quint32(i), 5) % 30));
        CycleRecord record;
        record.server = s.name;
        record.checkedAt = checked;
        int failed = 0;
        int appliedCount = 0;
        int action = 0;
        for (const PlannedAction &p : planServer(*org, s, catalog, {})) {
            ActionStatusRecord r = statusWithoutApplying(p, s.name, checked);
            if (p.status == ActionStatus::Pending) {
                const quint32 roll = mix(quint32(i), quint32(++action)) % 100;
                if (roll < 90 || p.action.type == ActionType::DoNothing) {
                    r.status = ActionStatus::Applied;
                    r.detail = StatusDetail::text(appliedDetail(p.action));
                    r.appliedAt = applied;
                    r.changedAt = applied;
                    ++appliedCount;
                } else if (roll < 96) {
                    r.status = ActionStatus::Failed;
                    r.detail = StatusDetail::text(p.action.type == ActionType::UrlRewrite
                            ? QStringLiteral(
                                "config file 'C:\\inetpub\\wwwroot\\web.config' is read-only (no write "
                                "permission); EM Console does not change read-only config files: clear the "
                                "read-only attribute to let it")
                            : QStringLiteral("service '%1': \"sc.exe config\" failed: Access is denied.")
                                  .arg(p.action.target));
                    ++failed;
                }
            }
            record.statuses << r;
        }
        record.result = failed > 0 ? QStringLiteral("Failed: %1 action(s) failed").arg(failed)
                                   : QStringLiteral("Success: %1 applied, no change").arg(appliedCount);
        record.appliedTime = applied;
        record.events << Event {0, checked, EventCycleFinished, EventLevel::Information, s.name,
            QStringLiteral("Mitigation cycle finished on %1: %2.").arg(s.name, record.result)};
        if (failed > 0)
            record.events << Event {0, checked, EventError, EventLevel::Error, s.name,
                QStringLiteral("Mitigation action failed on %1: access is denied.").arg(s.name)};
        if (auto written = dir.recordCycle(record); !written)
            return written;
        if (options.progress && (i % 500 == 0 || i == options.servers))
            options.progress(i, options.servers);
    }
    return {};
}

Catalog labCatalog()
{
    Catalog c;
    c.version = QStringLiteral("1.0.4");
    const Mitigation ping = pingMitigation();
    Mitigation m1;
    m1.id = QStringLiteral("M1");
    m1.description = QStringLiteral("Mitigation of CVE-2022-41040 via URL Rewrite configuration");
    m1.rollback = QStringLiteral(
        "Remove the rule \"EEMS M1.1 PowerShell - inbound\" from the IIS URL Rewrite module in Default Web Site.");
    Action a;
    a.id = QStringLiteral("M1.1");
    a.mitigationId = m1.id;
    a.type = ActionType::UrlRewrite;
    a.scope = ActionScope::Site;
    a.target = QStringLiteral("Default Web Site");
    a.description = QStringLiteral("Block autodiscover PowerShell requests");
    a.rulesXml = rulesFor(a.id, false);
    m1.actions << a;
    c.mitigations << ping << m1;
    return c;
}

Result<QStringList> buildLabOrganization(
    const QString &labRoot, const QString &directory, const LabOrganizationOptions &options)
{
    if (!QDir().mkpath(labRoot))
        return fail(ErrorCode::Io, QStringLiteral("cannot create '%1'").arg(labRoot));
    auto opened = createDirectory(directory);
    if (!opened)
        return fail(opened.error());
    OrgDirectory &dir = **opened;
    if (auto accepted = dir.acceptFeed(fakeFeed(QStringLiteral("benchmark:lab")), labCatalog()); !accepted)
        return fail(accepted.error());
    QStringList roots;
    for (int i = 1; i <= options.servers; ++i) {
        const QString name = QStringLiteral("LAB%1").arg(i, 4, 10, QLatin1Char('0'));
        LabServerOptions lab;
        lab.serverName = name;
        auto created = createLabServer(QDir(labRoot).absoluteFilePath(name), lab);
        if (!created)
            return fail(created.error());
        Server s;
        s.name = name;
        s.build = Build::parse(QStringLiteral("15.2.1118.7")).value();
        s.host = created->locator;
        if (auto added = dir.addServer(s, generator); !added)
            return fail(added.error());
        roots << created->root;
        if (options.progress && (i % 100 == 0 || i == options.servers))
            options.progress(i, options.servers);
    }
    return roots;
}

Stats statsOf(QList<double> values)
{
    Stats s;
    s.n = int(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.min = values.first();
    s.max = values.last();
    const qsizetype mid = values.size() / 2;
    s.median = values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / double(values.size());
    return s;
}

QString statsText(const Stats &stats, const QString &unit, int decimals)
{
    return QStringLiteral("median %1 %4 (min %2, max %3, n=%5)")
        .arg(stats.median, 0, 'f', decimals)
        .arg(stats.min, 0, 'f', decimals)
        .arg(stats.max, 0, 'f', decimals)
        .arg(unit)
        .arg(stats.n);
}

namespace {
QString firstMatch(const QString &file, const QString &pattern)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

double statusValueMiB(const QString &file)
{
    const QString kb = firstMatch(file, QStringLiteral("^VmHWM:\\s*(\\d+) kB"));
    return kb.isEmpty() ? 0 : kb.toDouble() / 1024.0;
}
} // namespace

QString machineDescription()
{
    const QString cpu = firstMatch(QStringLiteral("/proc/cpuinfo"), QStringLiteral("^model name\\s*:\\s*(.*)$"));
    const double ramGiB
        = firstMatch(QStringLiteral("/proc/meminfo"), QStringLiteral("^MemTotal:\\s*(\\d+) kB")).toDouble() / 1024.0
        / 1024.0;
    return QStringLiteral("nproc %1, CPU %2, RAM %3 GiB, %4, Qt %5, load average %6")
        .arg(std::thread::hardware_concurrency())
        .arg(cpu)
        .arg(ramGiB, 0, 'f', 1)
        .arg(QSysInfo::prettyProductName(), QLatin1String(qVersion()), loadAverage());
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

double loadAverage1()
{
    return loadAverage().section(QLatin1Char(' '), 0, 0).toDouble();
}

double peakMemoryMiB()
{
    return statusValueMiB(QStringLiteral("/proc/self/status"));
}

double peakMemoryMiB(qint64 pid)
{
    return statusValueMiB(QStringLiteral("/proc/%1/status").arg(pid));
}

double waitForQuietMachine(double threshold, int maxSeconds)
{
    double load = loadAverage1();
    for (int waited = 0; load >= threshold && waited < maxSeconds; waited += 5) {
        std::this_thread::sleep_for(std::chrono::seconds(5));
        load = loadAverage1();
    }
    return load;
}

} // namespace em::bench
