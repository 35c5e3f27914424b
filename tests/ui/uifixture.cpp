#include "uifixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>

#include "directory/orgdirectory.h"
#include "engine/demoorg.h"
#include "engine/planner.h"
#include "feed/demopki.h"
#include "feed/feedsign.h"
#include "feed/trustconfig.h"
#include "host/labserver.h"
#include "model/clock.h"

namespace em::test {

namespace {
Action action(const char *id, const char *mitigation, ActionType type, ActionScope scope, const char *target,
    const char *description)
{
    Action a;
    a.id = QString::fromLatin1(id);
    a.mitigationId = QString::fromLatin1(mitigation);
    a.type = type;
    a.scope = scope;
    a.target = QString::fromLatin1(target);
    a.description = QString::fromLatin1(description);
    return a;
}

Server server(const char *name, const char *build)
{
    Server s;
    s.name = QString::fromLatin1(name);
    s.build = Build::parse(QString::fromLatin1(build)).value();
    return s;
}

ActionStatusRecord record(
    const QString &server, const char *id, ActionStatus status, const QDateTime &at, const QString &detail = {})
{
    ActionStatusRecord r;
    r.server = server;
    r.actionId = QString::fromLatin1(id);
    r.status = status;
    r.detail = StatusDetail::text(detail);
    r.changedAt = at;
    if (status == ActionStatus::Applied)
        r.appliedAt = at;
    return r;
}

Event event(const QString &server, int id, EventLevel level, const QDateTime &at, const QString &message)
{
    Event e;
    e.server = server;
    e.eventId = id;
    e.level = level;
    e.time = at;
    e.message = message;
    return e;
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, QStringLiteral("cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

Result<DemoPki> testPki(const QString &rootName, const QString &signerName, const QString &organization)
{
    DemoPkiOptions options;
    options.rootName = rootName;
    options.signerName = signerName;
    options.organization = organization;
    options.rsaBits = 2048; // fast; the verifier's minimum
    return generateDemoPki(options);
}

Result<void> addServers(OrgDirectory &dir, int labServers)
{
    const Actor actor {QStringLiteral("fixture"), QStringLiteral("testhost")};
    QList<Server> servers;
    servers << server("EX01", "15.2.1118.7") << server("EX02", "15.2.1544.4") << server("EX03", "15.1.2507.6");
    servers[2].mitigationsBlocked = {QStringLiteral("M3")};
    Server edge = server("EDGE01", "15.2.1544.4");
    edge.role = ServerRole::EdgeTransport;
    servers << edge;
    Server off = server("EX04", "15.2.2562.17");
    off.mitigationsEnabled = false;
    servers << off;
    for (int i = 1; i <= labServers; ++i) {
        Server lab = server("LAB", i % 2 ? "15.2.1258.12" : "15.1.2507.6");
        lab.name = QStringLiteral("LAB%1").arg(i, 5, 10, QLatin1Char('0'));
        servers << lab;
    }
    for (const Server &s : std::as_const(servers)) {
        if (auto added = dir.addServer(s, actor); !added)
            return fail(added.error());
    }
    return {};
}
} // namespace

Catalog UiFixture::catalog()
{
    Catalog c;
    c.version = QStringLiteral("1.0.4");
    Mitigation ping;
    ping.id = QStringLiteral("PING1");
    ping.description = QStringLiteral("EEMS Heartbeat probe. Does not modify any exchange settings.");
    ping.actions << action("PING1", "PING1", ActionType::DoNothing, ActionScope::Server, "",
        "Ping mitigation action. Does not modify any exchange settings.");
    Mitigation m1;
    m1.id = QStringLiteral("M1");
    m1.description = QStringLiteral("Mitigation of CVE-2022-41040 via URL Rewrite configuration");
    m1.applicability = {{Product::Exchange2019, Build(15, 2, 0, 0), Build(15, 2, 1118, 15)},
        {Product::Exchange2016, Build(15, 1, 0, 0), Build(15, 1, 2507, 13)}};
    m1.rollback = QStringLiteral("Remove the rule \"EEMS M1.1 PowerShell - inbound\" from the IIS URL Rewrite module "
                                 "in Default Web Site.");
    Action m11 = action("M1.1", "M1", ActionType::UrlRewrite, ActionScope::Site, "Default Web Site",
        "Block autodiscover PowerShell requests");
    m11.rulesXml = QStringLiteral(
        "<rule name=\"EEMS M1.1 PowerShell - inbound\" stopProcessing=\"true\">\n"
        "  <match url=\".*\" />\n"
        "  <conditions><add input=\"{UrlDecode:{REQUEST_URI}}\" pattern=\"(?=.*autodiscover)(?=.*powershell)\" "
        "/></conditions>\n"
        "  <action type=\"AbortRequest\" />\n"
        "</rule>");
    m1.actions << m11;
    Mitigation m2;
    m2.id = QStringLiteral("M2");
    m2.description = QStringLiteral("Stop the OWA calendar application pool");
    m2.rollback = QStringLiteral("Start MSExchangeOWACalendarAppPool and set autoStart back to true.");
    m2.actions << action("M2.1", "M2", ActionType::DisableAppPool, ActionScope::Server, "MSExchangeOWACalendarAppPool",
        "Stop and disable the OWA calendar app pool");
    Mitigation m3;
    m3.id = QStringLiteral("M3");
    m3.description = QStringLiteral("Turn off IMAP4 until the fix is installed");
    m3.rollback = QStringLiteral("Set MSExchangeIMAP4 to Automatic and start it.");
    m3.actions << action("M3.1", "M3", ActionType::DisableService, ActionScope::Server, "MSExchangeIMAP4",
        "Stop and disable the IMAP4 service");
    c.mitigations << ping << m1 << m2 << m3;
    return c;
}

FeedState UiFixture::feed()
{
    FeedState f;
    f.raw = QByteArrayLiteral("<EOCS version=\"1.0.4\"><!-- UI test fixture --></EOCS>");
    f.canonical = f.raw;
    f.sha256 = QString::fromLatin1(QCryptographicHash::hash(f.raw, QCryptographicHash::Sha256).toHex());
    f.signer = QStringLiteral("CN=Contoso Mitigation Signing, O=Contoso Ltd");
    f.signingTime = Clock::now().addSecs(-3 * 3600);
    f.acceptedAt = Clock::now().addSecs(-2 * 3600);
    f.source = QStringLiteral("https://feeds.contoso.com/eems.xml");
    f.profile = QStringLiteral("contoso");
    f.timestamped = true;
    return f;
}

Result<void> UiFixture::buildWithoutFeed(const QString &path, int labServers)
{
    auto opened = OrgDirectory::open(path);
    if (!opened)
        return fail(opened.error());
    return addServers(**opened, labServers);
}

Result<void> UiFixture::build(const QString &path, int labServers)
{
    auto opened = OrgDirectory::open(path);
    if (!opened)
        return fail(opened.error());
    OrgDirectory &dir = **opened;
    if (auto r = addServers(dir, labServers); !r)
        return r;
    if (auto r = dir.acceptFeed(feed(), catalog()); !r)
        return r;

    const QDateTime now = Clock::now();
    const QDateTime earlier = now.addSecs(-40 * 60);
    const QDateTime yesterday = now.addDays(-1);
    const QString ex01 = QStringLiteral("EX01"), ex02 = QStringLiteral("EX02"), ex03 = QStringLiteral("EX03");
    QList<CycleRecord> cycles;
    CycleRecord c1 {ex01,
        {record(ex01, "PING1", ActionStatus::Applied, earlier), record(ex01, "M1.1", ActionStatus::Applied, earlier),
            record(ex01, "M2.1", ActionStatus::Failed, earlier,
                QStringLiteral("applicationHost.config cannot be written: permission denied")),
            record(ex01, "M3.1", ActionStatus::Applied, earlier)},
        earlier, QStringLiteral("1 action failed"), earlier,
        {event(ex01, EventActionApplied, EventLevel::Information, earlier,
             QStringLiteral("Mitigation action M1.1 applied: added rule 'EEMS M1.1 PowerShell - inbound'.")),
            event(ex01, EventError, EventLevel::Error, earlier,
                QStringLiteral("Mitigation action M2.1 failed: applicationHost.config cannot be written: "
                               "permission denied")),
            event(ex01, EventCycleFinished, EventLevel::Information, earlier,
                QStringLiteral("Mitigation cycle finished: 3 applied, 1 failed."))}};
    // M0.1 was applied by an earlier feed and is no longer in it: Obsolete.
    CycleRecord c2 {ex02,
        {record(ex02, "PING1", ActionStatus::Applied, earlier), record(ex02, "M0.1", ActionStatus::Applied, yesterday),
            record(ex02, "M2.1", ActionStatus::Applied, earlier), record(ex02, "M3.1", ActionStatus::Applied, earlier)},
        earlier, QStringLiteral("Succeeded"), earlier,
        {event(ex02, EventCycleFinished, EventLevel::Information, earlier,
            QStringLiteral("Mitigation cycle finished: state unchanged."))}};
    CycleRecord c3 {ex03,
        {record(ex03, "PING1", ActionStatus::Applied, earlier), record(ex03, "M1.1", ActionStatus::Applied, earlier),
            record(ex03, "M2.1", ActionStatus::Applied, earlier)},
        earlier, QStringLiteral("Succeeded"), earlier,
        {event(ex03, EventActionBlocked, EventLevel::Warning, earlier,
            QStringLiteral("Mitigation M3 is blocked by an administrator: M3.1 skipped."))}};
    for (const CycleRecord &c : {c1, c2, c3}) {
        if (auto r = dir.recordCycle(c); !r)
            return r;
    }
    auto servers = dir.servers();
    if (!servers)
        return fail(servers.error());
    for (const Server &s : *servers) {
        if (auto r = refreshPlannedStatuses(dir, s.name); !r)
            return r;
    }
    return {};
}

Result<void> UiFixture::buildLab(const QString &path, const QString &labRoot)
{
    auto opened = OrgDirectory::open(path);
    if (!opened)
        return fail(opened.error());
    OrgDirectory &dir = **opened;
    const Actor actor {QStringLiteral("fixture"), QStringLiteral("testhost")};
    const std::pair<const char *, const char *> servers[] = {{"LAB-A", "15.2.1118.7"}, {"LAB-B", "15.2.1544.4"}};
    for (const auto &[name, build] : servers) {
        Server s = server(name, build);
        auto lab = createLabServer(QDir(labRoot).filePath(s.name), LabServerOptions {{}, s.name});
        if (!lab)
            return fail(lab.error());
        s.host = lab->locator;
        if (auto added = dir.addServer(s, actor); !added)
            return fail(added.error());
    }
    if (auto r = dir.acceptFeed(feed(), catalog()); !r)
        return r;
    for (const auto &[name, build] : servers) {
        if (auto r = refreshPlannedStatuses(dir, QString::fromLatin1(name)); !r)
            return r;
    }
    return {};
}

Result<UiFixture::SignedFeeds> UiFixture::signedFeeds(const QString &directoryPath, const QString &folder)
{
    auto pki
        = testPki(QStringLiteral("EM Test Root"), QStringLiteral("EM Test Feed Signing"), QStringLiteral("EM Test"));
    if (!pki)
        return fail(pki.error());
    auto crl = demoRootCrl(*pki, 30);
    if (!crl)
        return fail(crl.error());
    TrustProfileInput input;
    input.name = QStringLiteral("ui-test");
    input.anchorsPem = pki->rootCertificatePem;
    input.signerSubject = pki->signerSubject;
    input.requiredEkus = DemoPki::signerEkus();
    input.crlsPem = *crl;
    auto profile = makeTrustProfile(input);
    if (!profile)
        return fail(profile.error());
    auto opened = OrgDirectory::open(directoryPath);
    if (!opened)
        return fail(opened.error());
    const Actor actor {QStringLiteral("fixture"), QStringLiteral("testhost")};
    if (auto r = (*opened)->addTrustProfile(*profile, actor); !r)
        return fail(r.error());
    auto org = (*opened)->updateOrg(
        [](OrgConfig &o) -> Result<void> {
            o.trustProfile = QStringLiteral("ui-test");
            return {};
        },
        actor);
    if (!org)
        return fail(org.error());

    SigningInput signing;
    signing.keyPem = pki->signerKeyPem;
    signing.certificatePem = pki->signerCertificatePem;
    signing.chainPem = pki->rootCertificatePem;
    auto signedFeed = signFeed(DemoOrganization::feedDocument(Clock::now()), signing);
    if (!signedFeed)
        return fail(signedFeed.error());
    SignedFeeds feeds;
    feeds.good = QDir(folder).filePath(QStringLiteral("good-feed.xml"));
    feeds.tampered = QDir(folder).filePath(QStringLiteral("tampered-feed.xml"));
    feeds.signerSubject = pki->signerSubject;
    QByteArray tampered = signedFeed->document;
    // Inside the signed content: the digest no longer matches.
    tampered.replace("MSExchangeIMAP4\"", "MSExchangePOP3\"");
    if (tampered == signedFeed->document)
        return fail(ErrorCode::Format, QStringLiteral("the demo feed no longer names MSExchangeIMAP4"));
    if (auto r = writeFile(feeds.good, signedFeed->document); !r)
        return fail(r.error());
    if (auto r = writeFile(feeds.tampered, tampered); !r)
        return fail(r.error());
    return feeds;
}

Result<void> UiFixture::seedDemoPki(const QString &root)
{
    static const Result<DemoPki> pki
        = testPki(DemoPkiOptions().rootName, DemoPkiOptions().signerName, DemoPkiOptions().organization);
    if (!pki)
        return fail(pki.error());
    const QString folder = QDir(root).filePath(QStringLiteral("pki"));
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, QStringLiteral("cannot create '%1'").arg(folder));
    const std::pair<const char *, QByteArray> files[] = {{"root.pem", pki->rootCertificatePem},
        {"root.key", pki->rootKeyPem}, {"signer.pem", pki->signerCertificatePem}, {"signer.key", pki->signerKeyPem}};
    for (const auto &[name, bytes] : files) {
        if (auto r = writeFile(QDir(folder).filePath(QString::fromLatin1(name)), bytes); !r)
            return r;
    }
    return {};
}

} // namespace em::test
