// The parity suite (issue 13, docs/operations.md): each admin operation run
// through emctl (the built binary, in a QProcess) and through the console's
// command, on two identical directories, leaves the same directory (servers,
// block lists, organization, statuses, feed, trust profiles, events), writes
// the same audit rows (without their times) and says the same lines.

#include <functional>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "commands/changeserverscommand.h"
#include "commands/cyclecommand.h"
#include "commands/fetchfeedcommand.h"
#include "commands/importfeedcommand.h"
#include "commands/operationcommand.h"
#include "commands/requestruncommand.h"
#include "commands/rollbackcommand.h"
#include "commands/setorgenabledcommand.h"
#include "directory/orgdirectory.h"
#include "feed/trustconfig.h"
#include "language.h"
#include "model/text.h"
#include "uifixture.h"

using namespace em;
using namespace em::ui;

namespace {

std::unique_ptr<OrgDirectory> openDirectory(const QString &path)
{
    auto opened = OrgDirectory::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    return std::move(*opened);
}

QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(','));
}

// Everything an operation may change, as text, without times (each front end
// runs at its own moment).
QStringList snapshot(const QString &path)
{
    auto dir = openDirectory(path);
    QStringList lines;
    const OrgConfig org = dir->org().value();
    lines << QStringLiteral("org enabled=%1 feed=%2 profile=%3 interval=%4 delay=%5 maxAge=%6 revocation=%7 "
                            "diagnostics=%8")
                 .arg(org.mitigationsEnabled)
                 .arg(org.feedUrl.toString(), org.trustProfile)
                 .arg(org.checkInterval.count())
                 .arg(org.firstCheckDelay.count())
                 .arg(org.freshnessMaxAge.count())
                 .arg(int(org.revocationUnknown))
                 .arg(org.diagnosticsUrl.toString());
    const QList<Server> servers = dir->servers().value();
    for (const Server &s : servers)
        lines << QStringLiteral("server %1 build=%2 role=%3 enabled=%4 blocked=%5 proxy=%6 bypass=%7 data=%8 host=%9")
                     .arg(s.name, s.build.toString())
                     .arg(int(s.role))
                     .arg(s.mitigationsEnabled)
                     .arg(joined(s.mitigationsBlocked), s.internetWebProxy, joined(s.internetWebProxyBypassList))
                     .arg(s.dataCollectionEnabled)
                     .arg(s.host);
    const QList<ActionStatusRecord> statuses = dir->actionStatuses().value();
    for (const ActionStatusRecord &r : statuses)
        lines << QStringLiteral("status %1 %2 %3 %4 applied=%5")
                     .arg(r.server, r.actionId, statusName(r.status), r.detail.render())
                     .arg(r.appliedAt.isValid());
    const std::optional<FeedState> feed = dir->acceptedFeed().value();
    if (feed)
        lines << QStringLiteral("feed %1 %2 %3").arg(feed->sha256, feed->signer, feed->source);
    const QList<TrustProfile> profiles = dir->trustProfiles().value();
    for (const TrustProfile &p : profiles)
        lines << QStringLiteral("trust %1").arg(p.name);
    const QList<Event> events = dir->events().value();
    for (const Event &e : events)
        lines << QStringLiteral("event %1 %2 %3").arg(e.eventId).arg(int(e.level)).arg(e.server);
    return lines;
}

// The audit rows without their times; a run request records its time as its value.
QStringList auditRows(const QString &path)
{
    QStringList rows;
    const QList<AuditEntry> audit = openDirectory(path)->audit().value();
    for (const AuditEntry &a : audit) {
        const QString value = a.property == QLatin1String("RunRequestedAt") ? QStringLiteral("<time>") : a.newValue;
        rows << QStringList {a.who, a.host, a.action, a.target, a.property, a.oldValue, value}.join(QLatin1Char('|'));
    }
    return rows;
}

struct EmctlRun {
    int exitCode = -1;
    QStringList out; // standard output, line by line
    QStringList said; // standard error, without "emctl: " and "emctl: warning: ", nor the usage hint
};

EmctlRun emctl(const QString &path, const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(EMCTL_PATH));
    p.setArguments(QStringList {QStringLiteral("--directory"), path} + args);
    p.start();
    if (!p.waitForFinished(120000))
        qFatal("emctl %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    EmctlRun run;
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString line : QString::fromUtf8(p.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("Try 'emctl")))
            continue;
        for (const QLatin1String prefix : {QLatin1String("emctl: warning: "), QLatin1String("emctl: ")}) {
            if (line.startsWith(prefix)) {
                line = line.mid(prefix.size());
                break;
            }
        }
        run.said << line;
    }
    return run;
}

CommandResult runCommand(Command *command)
{
    command->setAutoDelete(false);
    QSignalSpy finished(command, &Command::finished);
    command->start();
    if (!finished.wait(120000))
        qFatal("%s did not finish", qPrintable(command->title()));
    return finished.first().first().value<CommandResult>();
}

using MakeCommand = std::function<Command *(const QString &path)>;

enum Output {
    OnlyMessages, // emctl prints the outcome's lines and nothing else
    WithRecords, // emctl prints records (the server added, the checks of a feed) besides
    CycleRecords, // records besides, and a failed action makes emctl exit 1 (the console: done, with attention)
};

} // namespace

class TestParity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_count = 0;
    QString m_pki; // a CA certificate (PEM) for trust add

    // Two identical directories: the UI fixture, with M3 given a second
    // action M3.2 (so that unblocking M3.1 while M3 is blocked shows the rule).
    std::pair<QString, QString> twins(const std::function<void(const QString &)> &prepare = {})
    {
        ++m_count;
        std::pair<QString, QString> paths {m_tmp.filePath(QStringLiteral("emctl%1.db").arg(m_count)),
            m_tmp.filePath(QStringLiteral("console%1.db").arg(m_count))};
        if (auto built = test::UiFixture::build(paths.first); !built)
            qFatal("%s", qPrintable(built.error().message));
        Catalog catalog = test::UiFixture::catalog();
        for (Mitigation &m : catalog.mitigations) {
            if (m.id == QLatin1String("M3")) {
                Action second = m.actions.first();
                second.id = QStringLiteral("M3.2");
                second.target = QStringLiteral("MSExchangePOP3");
                m.actions << second;
            }
        }
        if (auto accepted = openDirectory(paths.first)->acceptFeed(test::UiFixture::feed(), catalog); !accepted)
            qFatal("%s", qPrintable(accepted.error().message));
        if (prepare)
            prepare(paths.first);
        // The twin: the same file, every connection closed.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(paths.first + suffix) && !QFile::copy(paths.first + suffix, paths.second + suffix))
                qFatal("cannot copy %s", qPrintable(paths.first + suffix));
        }
        return paths;
    }

    // Runs the operation both ways and compares. Returns the console's lines.
    QStringList compare(const QStringList &emctlArgs, const MakeCommand &make, Output output = OnlyMessages,
        const std::function<void(const QString &)> &prepare = {})
    {
        const auto [viaEmctl, viaConsole] = twins(prepare);
        [&] { QCOMPARE(snapshot(viaEmctl), snapshot(viaConsole)); }();

        const EmctlRun cli = emctl(viaEmctl, emctlArgs);
        std::unique_ptr<Command> command(make(viaConsole));
        const CommandResult result = runCommand(command.get());
        const QStringList lines = result.message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);

        // The same lines: the messages on emctl's standard output, the
        // warnings and refusals on its standard error, in that order.
        if (output == OnlyMessages) {
            const QStringList emctlLines = cli.out + cli.said;
            [&] { QCOMPARE(lines, emctlLines); }();
        } else {
            [&] {
                for (const QString &line : lines)
                    QVERIFY2(cli.out.contains(line) || cli.said.contains(line), qPrintable(line));
                for (const QString &line : cli.said)
                    QVERIFY2(lines.contains(line), qPrintable(line));
            }();
        }
        // Done or refused alike.
        [&] {
            const bool consoleFailed
                = result.outcome == CommandResult::Failed || (output == CycleRecords && result.attention);
            QVERIFY2(consoleFailed == (cli.exitCode == 1 || cli.exitCode == 2),
                qPrintable(
                    QStringLiteral("emctl exit %1: %2").arg(cli.exitCode).arg(cli.said.join(QLatin1Char('\n')))));
        }();
        // The same directory and the same audit rows.
        [&] { QCOMPARE(snapshot(viaConsole), snapshot(viaEmctl)); }();
        [&] { QCOMPARE(auditRows(viaConsole), auditRows(viaEmctl)); }();
        return lines;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        i18n::install(QStringLiteral("en"));
        QVERIFY(test::UiFixture::seedDemoPki(m_tmp.path()));
        m_pki = m_tmp.filePath(QStringLiteral("pki/root.pem"));
        QVERIFY(QFile::exists(m_pki));
    }

    void addServer()
    {
        Server s;
        s.name = QStringLiteral("EX09");
        s.build = Build::parse(QStringLiteral("15.2.1544.4")).value();
        const QStringList lines = compare(
            {QStringLiteral("add-server"), s.name, QStringLiteral("--build"), s.build.toString()},
            [s](const QString &path) { return OperationCommand::addServer(path, s); }, WithRecords);
        QCOMPARE(lines, QStringList {QStringLiteral("Registered EX09, build 15.2.1544.4.")});
    }

    void addServerTwiceIsRefused()
    {
        Server s;
        s.name = QStringLiteral("EX01");
        s.build = Build::parse(QStringLiteral("15.2.1544.4")).value();
        compare({QStringLiteral("add-server"), s.name, QStringLiteral("--build"), s.build.toString()},
            [s](const QString &path) { return OperationCommand::addServer(path, s); });
    }

    void removeServer()
    {
        compare({QStringLiteral("remove-server"), QStringLiteral("EX04")},
            [](const QString &path) { return OperationCommand::removeServer(path, QStringLiteral("EX04")); });
    }

    void disableServer()
    {
        const QStringList lines = compare({QStringLiteral("set-server"), QStringLiteral("EX01"),
                                              QStringLiteral("--mitigations-enabled"), QStringLiteral("false")},
            [](const QString &path) {
                return ChangeServersCommand::setEnabled(path, {QStringLiteral("EX01")}, false);
            });
        QCOMPARE(lines, QStringList {QStringLiteral("Mitigations disabled on EX01.")});
    }

    void setProxy()
    {
        const QString proxy = QStringLiteral("http://proxy.contoso.com:8080");
        compare({QStringLiteral("set-server"), QStringLiteral("EX02"), QStringLiteral("--internet-web-proxy"), proxy},
            [proxy](
                const QString &path) { return ChangeServersCommand::setProxy(path, {QStringLiteral("EX02")}, proxy); });
    }

    void badProxyIsRefused()
    {
        const QStringList lines = compare({QStringLiteral("set-server"), QStringLiteral("EX01"),
                                              QStringLiteral("--internet-web-proxy"), QStringLiteral("not a url")},
            [](const QString &path) {
                return ChangeServersCommand::setProxy(path, {QStringLiteral("EX01")}, QStringLiteral("not a url"));
            });
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QLatin1String("invalid proxy 'not a url'")), qPrintable(lines.first()));
    }

    void block()
    {
        compare({QStringLiteral("block"), QStringLiteral("EX01"), QStringLiteral("M2.1")}, [](const QString &path) {
            return ChangeServersCommand::block(path, {QStringLiteral("EX01")}, {QStringLiteral("M2.1")});
        });
    }

    void unblockOneActionOfABlockedMitigation()
    {
        // EX03 blocks M3 (M3.1 and M3.2): unblocking M3.1 leaves M3.2 blocked.
        const QStringList lines = compare(
            {QStringLiteral("unblock"), QStringLiteral("EX03"), QStringLiteral("M3.1")}, [](const QString &path) {
                return ChangeServersCommand::unblock(path, {QStringLiteral("EX03")}, {QStringLiteral("M3.1")});
            });
        QCOMPARE(lines,
            (QStringList {QStringLiteral("Unblocked M3.1 on EX03."),
                QStringLiteral("M3.1 was blocked through M3 on EX03: the block list now names M3.2 instead, so that "
                               "only M3.1 is unblocked.")}));
        auto dir = openDirectory(m_tmp.filePath(QStringLiteral("console%1.db").arg(m_count)));
        QCOMPARE(dir->server(QStringLiteral("EX03"))->mitigationsBlocked, QStringList {QStringLiteral("M3.2")});
    }

    void unblockAWholeMitigation()
    {
        compare({QStringLiteral("unblock"), QStringLiteral("EX03"), QStringLiteral("M3")}, [](const QString &path) {
            return ChangeServersCommand::unblock(path, {QStringLiteral("EX03")}, {QStringLiteral("M3")});
        });
    }

    void unblockAnInvalidIdIsRefused()
    {
        compare({QStringLiteral("unblock"), QStringLiteral("EX03"), QStringLiteral("M3.x")}, [](const QString &path) {
            return ChangeServersCommand::unblock(path, {QStringLiteral("EX03")}, {QStringLiteral("M3.x")});
        });
    }

    void turnOffTheOrganization()
    {
        const QStringList lines
            = compare({QStringLiteral("set-org"), QStringLiteral("--mitigations-enabled"), QStringLiteral("false")},
                [](const QString &path) { return new SetOrgEnabledCommand(path, false); });
        QCOMPARE(lines.first(), QStringLiteral("Mitigations are no longer applied automatically in the organization."));
    }

    void importAGoodFeedReplansEveryServer()
    {
        // Both directories trust the same test signer; both import the same bytes.
        const QString folder = m_tmp.filePath(QStringLiteral("feeds%1").arg(m_count + 1));
        QVERIFY(QDir().mkpath(folder));
        QString good;
        const auto trust = [&](const QString &path) {
            auto feeds = test::UiFixture::signedFeeds(path, folder);
            QVERIFY(feeds);
            if (good.isEmpty()) {
                good = folder + QStringLiteral("/kept.xml");
                QVERIFY(QFile::copy(feeds->good, good));
            }
        };
        const QStringList lines = compare(
            {QStringLiteral("feed"), QStringLiteral("import"), folder + QStringLiteral("/kept.xml")},
            [folder](const QString &path) { return new ImportFeedCommand(path, folder + QStringLiteral("/kept.xml")); },
            OnlyMessages, trust);
        QCOMPARE(lines.first(), QStringLiteral("Accepted the feed from %1/kept.xml").arg(folder));
    }

    void importATamperedFeedIsRefused()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("feeds%1").arg(m_count + 1));
        QVERIFY(QDir().mkpath(folder));
        QString tampered;
        const auto trust = [&](const QString &path) {
            auto feeds = test::UiFixture::signedFeeds(path, folder);
            QVERIFY(feeds);
            if (tampered.isEmpty()) {
                tampered = folder + QStringLiteral("/kept.xml");
                QVERIFY(QFile::copy(feeds->tampered, tampered));
            }
        };
        // emctl prints the checks too (as the console's report dialog shows them): records besides.
        const QStringList lines = compare(
            {QStringLiteral("feed"), QStringLiteral("import"), folder + QStringLiteral("/kept.xml")},
            [folder](const QString &path) { return new ImportFeedCommand(path, folder + QStringLiteral("/kept.xml")); },
            WithRecords, trust);
        QVERIFY2(lines.first().startsWith(QStringLiteral("feed from %1/kept.xml refused: Digest").arg(folder)),
            qPrintable(lines.first()));
    }

    void fetchAFeedFromAFileUrl()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("feeds%1").arg(m_count + 1));
        QVERIFY(QDir().mkpath(folder));
        const QString kept = folder + QStringLiteral("/kept.xml");
        const auto trust = [&](const QString &path) {
            auto feeds = test::UiFixture::signedFeeds(path, folder);
            QVERIFY(feeds);
            if (!QFile::exists(kept))
                QVERIFY(QFile::copy(feeds->good, kept));
        };
        const QUrl url = QUrl::fromLocalFile(kept);
        const QStringList lines = compare(
            {QStringLiteral("feed"), QStringLiteral("fetch"), QStringLiteral("--url"), url.toString()},
            [url](const QString &path) { return new FetchFeedCommand(path, url, {}, {}, {}); }, OnlyMessages, trust);
        QCOMPARE(lines.first(), QStringLiteral("Accepted the feed from %1").arg(kept));
    }

    void runOnTheWholeOrganization()
    {
        // One audit row for the organization (docs/operations.md), compared below.
        const QStringList lines = compare(
            {QStringLiteral("run")}, [](const QString &path) { return new RunNowCommand(path, {}); }, CycleRecords);
        QVERIFY2(lines.first().startsWith(QLatin1String("Cycle run on 5 servers: ")), qPrintable(lines.first()));
        const QStringList audit = auditRows(m_tmp.filePath(QStringLiteral("console%1.db").arg(m_count)));
        QCOMPARE(audit.filter(QStringLiteral("|run|")).size(), 1);
        QVERIFY(audit.filter(QStringLiteral("|run|")).first().contains(QLatin1String("|run|Organization|Cycle|")));
    }

    void runOnOneServer()
    {
        compare(
            {QStringLiteral("run"), QStringLiteral("--identity"), QStringLiteral("EX01")},
            [](const QString &path) { return new RunNowCommand(path, {QStringLiteral("EX01")}); }, CycleRecords);
        const QStringList audit = auditRows(m_tmp.filePath(QStringLiteral("console%1.db").arg(m_count)));
        QCOMPARE(audit.filter(QStringLiteral("|run|")).size(), 1);
        QVERIFY(audit.filter(QStringLiteral("|run|")).first().contains(QLatin1String("|run|EX01|Cycle|")));
    }

    void askTheServiceToRun()
    {
        compare({QStringLiteral("run"), QStringLiteral("--request")},
            [](const QString &path) { return new RequestRunCommand(path); });
    }

    void rollbackWithoutAHostIsRefused()
    {
        compare({QStringLiteral("rollback"), QStringLiteral("EX01"), QStringLiteral("M1.1")}, [](const QString &path) {
            return new RollbackCommand(path, {QStringLiteral("EX01")}, {QStringLiteral("M1.1")});
        });
    }

    void addATrustProfile()
    {
        QFile pem(m_pki);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        TrustProfileInput input;
        input.name = QStringLiteral("contoso-own");
        input.anchorsPem = pem.readAll();
        if (!input.anchorsPem.endsWith('\n'))
            input.anchorsPem += '\n';
        auto profile = makeTrustProfile(input);
        QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
        // emctl lists the profiles after adding one: records besides.
        compare(
            {QStringLiteral("trust"), QStringLiteral("add-profile"), input.name, QStringLiteral("--anchor"), m_pki},
            [p = *profile](const QString &path) { return OperationCommand::addTrustProfile(path, p); }, WithRecords);
    }

    void useATrustProfile()
    {
        compare({QStringLiteral("trust"), QStringLiteral("use"), QStringLiteral("vendor")},
            [](const QString &path) { return OperationCommand::useTrustProfile(path, QStringLiteral("vendor")); });
        compare({QStringLiteral("trust"), QStringLiteral("use"), QStringLiteral("nobody")},
            [](const QString &path) { return OperationCommand::useTrustProfile(path, QStringLiteral("nobody")); });
    }

    void importAnExchangeOrganization()
    {
        const QString folder
            = qEnvironmentVariable("EM_SOURCE_DIR") + QStringLiteral("/tests/fixtures/exchange-clixml/");
        const QStringList files {folder + QStringLiteral("GetExchangeServer-E2016.xml"),
            folder + QStringLiteral("GetOrganizationConfig-E2016.xml")};
        const QStringList lines = compare(QStringList {QStringLiteral("exchange"), QStringLiteral("import")} + files,
            [files](const QString &path) { return OperationCommand::importExchange(path, files); });
        QVERIFY2(lines.first().startsWith(QStringLiteral("Imported %1: ").arg(files.first())),
            qPrintable(lines.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestParity)
#include "tst_parity.moc"
