// The console's commands against real directory files: reading in batches,
// changing servers (audited, re-planned, reported per server, with the core's
// messages), switching the organization, cancelling, and the demo build; the
// engine's operations: cycles on lab servers from the real IIS files,
// rollback, CSV export, feed import and fetch through the real verifier (in
// the console's language, recorded in English), run requests, connectivity.

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "commands/changeserverscommand.h"
#include "commands/createdemocommand.h"
#include "commands/cyclecommand.h"
#include "commands/exportcsvcommand.h"
#include "commands/fetchfeedcommand.h"
#include "commands/importfeedcommand.h"
#include "commands/loaddirectorycommand.h"
#include "commands/loadserverdetailscommand.h"
#include "commands/requestruncommand.h"
#include "commands/rollbackcommand.h"
#include "commands/setorgenabledcommand.h"
#include "commands/testconnectivitycommand.h"
#include "directory/orgdirectory.h"
#include "engine/cycle.h"
#include "engine/demoorg.h"
#include "language.h"
#include "uifixture.h"

using namespace em;
using namespace em::ui;

namespace {
CommandResult resultOf(const QSignalSpy &finished)
{
    return finished.at(0).at(0).value<CommandResult>();
}

std::unique_ptr<OrgDirectory> openDirectory(const QString &path)
{
    auto opened = OrgDirectory::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    return std::move(*opened);
}

ActionStatus statusOf(OrgDirectory &dir, const QString &server, const QString &action)
{
    const QList<ActionStatusRecord> records = dir.actionStatuses(server).value();
    for (const ActionStatusRecord &r : records) {
        if (r.actionId == action)
            return r.status;
    }
    qFatal("no status for %s on %s", qPrintable(action), qPrintable(server));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<AuditEntry> auditOf(OrgDirectory &dir, const QString &action)
{
    QList<AuditEntry> found;
    const QList<AuditEntry> entries = dir.audit().value();
    for (const AuditEntry &e : entries) {
        if (e.action == action)
            found << e;
    }
    return found;
}
} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_count = 0;

    QString freshLab(QString *labRoot)
    {
        const QString path = m_tmp.filePath(QStringLiteral("lab%1.db").arg(++m_count));
        *labRoot = m_tmp.filePath(QStringLiteral("labs%1").arg(m_count));
        auto built = test::UiFixture::buildLab(path, *labRoot);
        if (!built)
            qFatal("%s", qPrintable(built.error().message));
        return path;
    }

    // Runs a command to its end; returns its result.
    static CommandResult run(Command *command, int timeoutMs = 30000)
    {
        command->setAutoDelete(false);
        QSignalSpy finished(command, &Command::finished);
        command->start();
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            qFatal("command '%s' did not finish", qPrintable(command->title()));
        return resultOf(finished);
    }

    QString freshFixture(int lab = 0)
    {
        const QString path = m_tmp.filePath(QStringLiteral("dir%1.db").arg(++m_count));
        auto built = test::UiFixture::build(path, lab);
        if (!built)
            qFatal("%s", qPrintable(built.error().message));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qRegisterMetaType<CommandResult>();
        i18n::install(QStringLiteral("en"));
    }

    void runNowAppliesAndAudits()
    {
        QString labs;
        const QString path = freshLab(&labs);
        std::unique_ptr<RunNowCommand> command(new RunNowCommand(path, {QStringLiteral("LAB-A")}));
        QSignalSpy rows(command.get(), &CycleCommand::serverChanged);
        QSignalSpy reported(command.get(), &CycleCommand::reported);
        const CommandResult result = run(command.get());
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.attention);
        QCOMPARE(result.message, QStringLiteral("Cycle run on 1 server: 4 applied."));
        QCOMPARE(rows.count(), 1);
        const ServerRow row = rows.at(0).at(0).value<ServerRow>();
        QCOMPARE(row.name(), QStringLiteral("LAB-A"));
        QCOMPARE(row.summary.counts.applied, 4);
        QCOMPARE(reported.count(), 1);
        QCOMPARE(command->summary().changed, 4);
        QVERIFY(command->summary().failures.isEmpty());
        QVERIFY(readAll(labs + QStringLiteral("/LAB-A/inetpub/wwwroot/web.config")).contains("EEMS M1.1"));
        auto dir = openDirectory(path);
        QCOMPARE(statusOf(*dir, QStringLiteral("LAB-A"), QStringLiteral("M1.1")), ActionStatus::Applied);
        QCOMPARE(statusOf(*dir, QStringLiteral("LAB-B"), QStringLiteral("M1.1")), ActionStatus::NotApplicable);
        QCOMPARE(statusOf(*dir, QStringLiteral("LAB-B"), QStringLiteral("M2.1")), ActionStatus::Pending); // not run
        const QList<AuditEntry> audit = auditOf(*dir, QStringLiteral("run"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).target, QStringLiteral("LAB-A"));
        QCOMPARE(audit.at(0).newValue, QStringLiteral("Success: 4 applied, 4 changed"));
    }

    void failuresAreReportedPerServerAndAction()
    {
        // The fixture's servers have no host: every action that needs one fails, the heartbeat applies.
        const QString path = freshFixture();
        std::unique_ptr<RunNowCommand> command(new RunNowCommand(path, {}));
        const CommandResult result = run(command.get());
        QCOMPARE(result.outcome, CommandResult::Succeeded);
        QVERIFY(result.attention);
        const CycleSummary &summary = command->summary();
        QCOMPARE(summary.servers, 5);
        QVERIFY(summary.counts.failed > 0);
        QCOMPARE(summary.failures.size(), summary.counts.failed);
        const CycleFailure &first = summary.failures.first();
        QVERIFY(!first.actionId.isEmpty());
        QVERIFY2(first.detail.contains(QLatin1String("has no host")), qPrintable(first.detail));
        QVERIFY2(result.message.startsWith(QStringLiteral("Cycle run on 5 servers: ")), qPrintable(result.message));
        QCOMPARE(auditOf(*openDirectory(path), QStringLiteral("run")).at(0).target, QStringLiteral("Organization"));
    }

    void cycleCancelStopsBetweenServers()
    {
        const QString path = freshFixture(295);
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
        std::unique_ptr<RunNowCommand> command(new RunNowCommand(path, {}));
        QSignalSpy progress(command.get(), &Command::progress);
        connect(command.get(), &Command::progress, command.get(), [&command](int done) {
            if (done >= 1)
                command->cancel(); // once the first server is done
        });
        const CommandResult result = run(command.get(), 60000);
        QCOMPARE(result.outcome, CommandResult::Cancelled);
        QVERIFY2(result.message.startsWith(QLatin1String("Cycle cancelled after ")), qPrintable(result.message));
        const CycleSummary &summary = command->summary();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.total, 300);
        QVERIFY2(summary.servers < 300, "the worker stopped before the last server");
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.last().at(1).toInt(), 300); // "server i of 300"
        // Servers processed were checked by this run; the others were not.
        auto dir = openDirectory(path);
        int checked = 0;
        const QList<Server> servers = dir->servers().value();
        for (const Server &s : servers)
            checked += s.lastCheck.isValid() && s.lastCheck >= started ? 1 : 0;
        QCOMPARE(checked, summary.servers);
    }

    void rollbackSaysWhatItBlockedAndSkips()
    {
        QString labs;
        const QString path = freshLab(&labs);
        const QString site = labs + QStringLiteral("/LAB-A/inetpub/wwwroot/web.config");
        const QByteArray original = readAll(site);
        {
            auto dir = openDirectory(path);
            QVERIFY(runCycle(*dir, CycleOptions {}));
        }
        std::unique_ptr<RollbackCommand> command(
            new RollbackCommand(path, {QStringLiteral("LAB-A"), QStringLiteral("LAB-B")}, {QStringLiteral("M1.1")}));
        QSignalSpy rows(command.get(), &RollbackCommand::serverChanged);
        const CommandResult result = run(command.get());
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(command->messages(),
            QStringList({QStringLiteral("M1.1 rolled back on LAB-A, and blocked there so that the next cycle does not "
                                        "apply it again. Unblock it to let the EM service apply it again."),
                QStringLiteral("M1.1 is not applied on LAB-B: nothing to roll back.")}));
        QVERIFY(command->blockedAny());
        QCOMPARE(rows.count(), 2);
        QCOMPARE(readAll(site), original);
        auto dir = openDirectory(path);
        QCOMPARE(statusOf(*dir, QStringLiteral("LAB-A"), QStringLiteral("M1.1")), ActionStatus::Blocked);
        const QList<AuditEntry> audit = auditOf(*dir, QStringLiteral("rollback"));
        QCOMPARE(audit.size(), 2); // the block list change and the rollback itself
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &e) {
            return e.property == QLatin1String("M1.1") && e.oldValue == QLatin1String("Applied")
                && e.newValue == QLatin1String("Blocked");
        }));
    }

    void rollbackOfWhatIsNoLongerDueDoesNotBlock()
    {
        QString labs;
        const QString path = freshLab(&labs);
        {
            auto dir = openDirectory(path);
            QVERIFY(runCycle(*dir, CycleOptions {}));
            // The server is updated past M1's range: the rule is obsolete.
            QVERIFY(dir->updateServer(
                QStringLiteral("LAB-A"), QStringLiteral("set-server"),
                [](Server &s) -> Result<void> {
                    s.build = Build::parse(QStringLiteral("15.2.1258.12")).value();
                    return {};
                },
                Actor {QStringLiteral("t"), QStringLiteral("h")}));
        }
        std::unique_ptr<RollbackCommand> command(
            new RollbackCommand(path, {QStringLiteral("LAB-A")}, {QStringLiteral("M1.1")}));
        const CommandResult result = run(command.get());
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.message, QStringLiteral("M1.1 rolled back on LAB-A."));
        QVERIFY(!command->blockedAny());
        QVERIFY(openDirectory(path)->server(QStringLiteral("LAB-A"))->mitigationsBlocked.isEmpty());
    }

    void exportOneServer()
    {
        const QString path = freshFixture();
        const QString file = m_tmp.filePath(QStringLiteral("ex03.csv"));
        std::unique_ptr<ExportCsvCommand> command(new ExportCsvCommand(path, file, QStringLiteral("EX03")));
        const CommandResult result = run(command.get());
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QList<QByteArray> lines = readAll(file).split('\n');
        QCOMPARE(lines.first(), QByteArray("Server,ID,Type,Description,Status,Detail,AppliedTime\r"));
        QCOMPARE(lines.last(), QByteArray()); // ends with CRLF
        QCOMPARE(command->rows(), lines.size() - 2);
        QCOMPARE(command->rows(), 4);
        for (qsizetype i = 1; i < lines.size() - 1; ++i)
            QVERIFY2(lines.at(i).startsWith("EX03,"), lines.at(i).constData());
        QCOMPARE(result.message, QStringLiteral("Exported 4 rows to %1.").arg(QDir::toNativeSeparators(file)));

        std::unique_ptr<ExportCsvCommand> unknown(
            new ExportCsvCommand(path, file + QStringLiteral("x"), QStringLiteral("NOPE")));
        const CommandResult failed = run(unknown.get());
        QCOMPARE(failed.outcome, CommandResult::Failed);
        QCOMPARE(failed.message, QStringLiteral("server 'NOPE': not found in the org directory"));
        QVERIFY(!QFile::exists(file + QStringLiteral("x")));
    }

    void cancelledExportLeavesNoFile()
    {
        const QString path = freshFixture(1195); // 6,000 rows: the export checks for cancel every 4,096
        const QString file = m_tmp.filePath(QStringLiteral("cancelled.csv"));
        const QString existing = m_tmp.filePath(QStringLiteral("existing.csv"));
        QFile previous(existing);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("the previous report");
        previous.close();
        for (const QString &target : {file, existing}) {
            std::unique_ptr<ExportCsvCommand> command(new ExportCsvCommand(path, target, QString()));
            connect(command.get(), &Command::started, command.get(), &Command::cancel); // before the worker starts
            const CommandResult result = run(command.get(), 60000);
            QCOMPARE(result.outcome, CommandResult::Cancelled);
            QCOMPARE(result.message, QStringLiteral("Export cancelled; no file was written."));
        }
        QVERIFY(!QFile::exists(file));
        QCOMPARE(readAll(existing), QByteArray("the previous report"));
        QCOMPARE(QDir(m_tmp.path()).entryList({QStringLiteral("cancelled.csv*")}, QDir::Files), QStringList());
    }

    void importAcceptsAGoodFeedAndReplans()
    {
        const QString path = freshFixture();
        auto feeds = test::UiFixture::signedFeeds(path, m_tmp.path());
        QVERIFY2(feeds, qPrintable(feeds ? QString() : feeds.error().message));
        std::unique_ptr<ImportFeedCommand> command(new ImportFeedCommand(path, feeds->good));
        QSignalSpy rows(command.get(), &ImportFeedCommand::serverChanged);
        const CommandResult result = run(command.get());
        QVERIFY2(result.ok(), qPrintable(result.message));
        const FeedUpdateReport &report = command->report();
        QVERIFY(report.accepted);
        QVERIFY(report.changed);
        QCOMPARE(report.signer, feeds->signerSubject);
        QCOMPARE(report.mitigations, 4);
        QVERIFY(report.warnings.isEmpty());
        QCOMPARE(report.replanned, 5);
        QCOMPARE(rows.count(), 5);
        QVERIFY2(result.message.startsWith(QStringLiteral("Feed accepted from %1: signed by EM Test Feed Signing on ")
                                               .arg(QDir::toNativeSeparators(feeds->good))),
            qPrintable(result.message));
        QVERIFY(result.message.endsWith(QLatin1String("; 4 mitigations.")));
        auto dir = openDirectory(path);
        QCOMPARE((*dir->acceptedFeed())->signer, feeds->signerSubject);
        QCOMPARE(auditOf(*dir, QStringLiteral("feed-accept")).size(), 1);

        // The same file again: nothing changes.
        std::unique_ptr<ImportFeedCommand> again(new ImportFeedCommand(path, feeds->good));
        const CommandResult same = run(again.get());
        QVERIFY(same.ok());
        QVERIFY(!again->report().changed);
        QCOMPARE(same.message,
            QStringLiteral("The feed from %1 is the one already in effect.")
                .arg(QDir::toNativeSeparators(feeds->good)));
    }

    void refusedFeedReportsInTheConsoleLanguageAndRecordsInEnglish()
    {
        const QString path = freshFixture();
        auto feeds = test::UiFixture::signedFeeds(path, m_tmp.path());
        QVERIFY(feeds);
        const QString before = (*openDirectory(path)->acceptedFeed())->sha256;
        i18n::install(QStringLiteral("fr"));
        std::unique_ptr<ImportFeedCommand> command(new ImportFeedCommand(path, feeds->tampered));
        const CommandResult result = run(command.get());
        i18n::install(QStringLiteral("en"));
        QCOMPARE(result.outcome, CommandResult::Failed);
        const FeedUpdateReport &report = command->report();
        QVERIFY(!report.accepted);
        QVERIFY(report.verification);
        const FeedCheck *digest = report.verification->check(QStringLiteral("digest"));
        QVERIFY(digest);
        QCOMPARE(digest->outcome, CheckOutcome::Failed);
        // Shown in French...
        QVERIFY2(!digest->title.contains(QLatin1String("Digest")), qPrintable(digest->title));
        QVERIFY2(result.message.startsWith(QStringLiteral("Le flux")), qPrintable(result.message));
        // ...recorded in English, and the previous feed stays in effect.
        auto dir = openDirectory(path);
        QCOMPARE((*dir->acceptedFeed())->sha256, before);
        const std::optional<FeedAttempt> attempt = dir->lastFeedAttempt().value();
        QVERIFY(attempt && !attempt->ok);
        QVERIFY2(attempt->message.startsWith(QStringLiteral("feed from %1 refused: Digest").arg(feeds->tampered)),
            qPrintable(attempt->message));
        QList<Event> errors = dir->events(EventFilter {{}, {}, EventError, 0}).value();
        errors.removeIf([](const Event &e) { return !e.server.isEmpty(); }); // the fixture's cycle failures
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.contains(QLatin1String("stays in effect")), qPrintable(errors.first().message));
    }

    void unreadableFeedFileIsRecorded()
    {
        const QString path = freshFixture();
        const QString missing = m_tmp.filePath(QStringLiteral("no-such-feed.xml"));
        std::unique_ptr<ImportFeedCommand> command(new ImportFeedCommand(path, missing));
        const CommandResult result = run(command.get());
        QCOMPARE(result.outcome, CommandResult::Failed);
        QVERIFY(!command->report().verification);
        QVERIFY2(
            result.message.startsWith(QStringLiteral("feed file '%1': ").arg(missing)), qPrintable(result.message));
        QVERIFY(!openDirectory(path)->lastFeedAttempt().value()->ok);
    }

    void fetchFromAFileUrlThroughTheJob()
    {
        const QString path = freshFixture();
        auto feeds = test::UiFixture::signedFeeds(path, m_tmp.path());
        QVERIFY(feeds);
        std::unique_ptr<FetchFeedCommand> command(
            new FetchFeedCommand(path, QUrl::fromLocalFile(feeds->good), QString(), {}, QString()));
        QSignalSpy rows(command.get(), &FetchFeedCommand::serverChanged);
        const CommandResult result = run(command.get());
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(command->report().accepted);
        QVERIFY(command->report().changed);
        QCOMPARE(rows.count(), 5);
        QCOMPARE((*openDirectory(path)->acceptedFeed())->signer, feeds->signerSubject);
    }

    void fetchFromAnUnreachableEndpointKeepsTheFeed()
    {
        const QString path = freshFixture();
        const QString before = (*openDirectory(path)->acceptedFeed())->sha256;
        std::unique_ptr<FetchFeedCommand> command(
            new FetchFeedCommand(path, QUrl(QStringLiteral("https://127.0.0.1:9/feed.xml")), QString(), {}, QString()));
        const CommandResult result = run(command.get());
        QCOMPARE(result.outcome, CommandResult::Failed);
        QVERIFY(!command->report().verification);
        QVERIFY2(result.message.startsWith(QLatin1String("Cannot get the feed from https://127.0.0.1:9/feed.xml: ")),
            qPrintable(result.message));
        QVERIFY(result.message.endsWith(QLatin1String(". The feed in effect is unchanged.")));
        auto dir = openDirectory(path);
        QCOMPARE((*dir->acceptedFeed())->sha256, before);
        QVERIFY(!dir->lastFeedAttempt().value()->ok);
    }

    void requestRunSetsTheFlagAndAudits()
    {
        const QString path = freshFixture();
        std::unique_ptr<RequestRunCommand> command(new RequestRunCommand(path));
        const CommandResult result = run(command.get());
        QVERIFY2(result.ok(), qPrintable(result.message));
        auto dir = openDirectory(path);
        QCOMPARE(auditOf(*dir, QStringLiteral("run-now")).size(), 1);
        auto requested = dir->takeRunRequest();
        QVERIFY(requested && requested->has_value());
    }

    void connectivitySharesOneTestPerProxy()
    {
        const QUrl endpoint(QStringLiteral("https://127.0.0.1:9/GetExchangeMitigations"));
        const QString proxy = QStringLiteral("http://127.0.0.1:9");
        std::unique_ptr<TestConnectivityCommand> command(new TestConnectivityCommand(endpoint,
            {{QStringLiteral("EX01"), QString(), {}}, {QStringLiteral("EX02"), QString(), {}},
                {QStringLiteral("EX03"), proxy, {}}}));
        command->setStepTimeout(std::chrono::milliseconds(5000));
        QSignalSpy tested(command.get(), &TestConnectivityCommand::serverTested);
        const CommandResult result = run(command.get());
        QCOMPARE(result.outcome, CommandResult::Succeeded);
        QVERIFY(result.attention);
        QCOMPARE(result.message,
            QStringLiteral("3 of 3 servers cannot reach the Mitigation Service endpoint from this computer."));
        QCOMPARE(tested.count(), 3);
        QCOMPARE(command->failed(), 3);
        for (const QList<QVariant> &args : std::as_const(tested)) {
            const ConnectivityResult r = args.at(1).value<ConnectivityResult>();
            QCOMPARE(r.lines().value(0), QStringLiteral("Result: Failed."));
            QCOMPARE(r.proxy, args.at(0).toString() == QLatin1String("EX03") ? proxy : QString());
        }
    }

    void loadDeliversServersInBatches()
    {
        const QString path = freshFixture(1195); // 1,200 servers: 500 + 500 + 200
        auto *command = new LoadDirectoryCommand(path, LoadDirectoryCommand::Everything);
        QSignalSpy header(command, &LoadDirectoryCommand::headerLoaded);
        QSignalSpy batches(command, &LoadDirectoryCommand::serversLoaded);
        QSignalSpy complete(command, &LoadDirectoryCommand::serversComplete);
        QSignalSpy history(command, &LoadDirectoryCommand::historyLoaded);
        QSignalSpy progress(command, &Command::progress);
        QSignalSpy finished(command, &Command::finished);
        QSignalSpy destroyed(command, &QObject::destroyed);
        command->start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(resultOf(finished).ok(), qPrintable(resultOf(finished).message));
        QCOMPARE(header.count(), 1);
        const Catalog catalog = header.at(0).at(2).value<Catalog>();
        QCOMPARE(catalog.mitigations.size(), 4);
        QCOMPARE(batches.count(), 3);
        QCOMPARE(batches.at(0).at(0).value<QList<ServerRow>>().size(), LoadDirectoryCommand::batchSize);
        QCOMPARE(batches.at(2).at(0).value<QList<ServerRow>>().size(), 200);
        QCOMPARE(complete.count(), 1);
        QCOMPARE(complete.at(0).at(0).value<QSet<QString>>().size(), 1200);
        QCOMPARE(history.count(), 1);
        QCOMPARE(history.at(0).at(0).value<QList<Event>>().size(), 5);
        QVERIFY(progress.count() >= 3);
        QCOMPARE(progress.last().at(0).toInt(), 1200);
        QCOMPARE(progress.last().at(1).toInt(), 1200);
        QVERIFY(destroyed.wait(1000)); // deletes itself once finished
    }

    void loadNamesTheDirectoryThatCannotBeRead()
    {
        const QString path = m_tmp.filePath(QStringLiteral("not-a-directory.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not an SQLite database, just text");
        file.close();
        auto *command = new LoadDirectoryCommand(path, LoadDirectoryCommand::Everything);
        QSignalSpy batches(command, &LoadDirectoryCommand::serversLoaded);
        QSignalSpy finished(command, &Command::finished);
        command->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(resultOf(finished).outcome, CommandResult::Failed);
        QCOMPARE(resultOf(finished).message,
            QStringLiteral("org directory '%1': is not an EM Console directory (the file is not an SQLite "
                           "database)")
                .arg(path));
        QCOMPARE(batches.count(), 0);
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("this is not an SQLite database, just text"));
    }

    void blockOnSeveralServersIsAuditedAndReplanned()
    {
        const QString path = freshFixture();
        auto *command = ChangeServersCommand::block(
            path, {QStringLiteral("EX01"), QStringLiteral("EX02")}, {QStringLiteral("M2.1")});
        QSignalSpy changed(command, &ChangeServersCommand::serverChanged);
        QSignalSpy finished(command, &Command::finished);
        command->start();
        QVERIFY(finished.wait(10000));
        QVERIFY2(resultOf(finished).ok(), qPrintable(resultOf(finished).message));
        QCOMPARE(resultOf(finished).message, QStringLiteral("Blocked M2.1 on 2 servers."));
        QCOMPARE(changed.count(), 2);
        const ServerRow ex01 = changed.at(0).at(0).value<ServerRow>();
        QCOMPARE(ex01.name(), QStringLiteral("EX01"));
        QCOMPARE(ex01.server().mitigationsBlocked, QStringList {QStringLiteral("M2.1")});
        QCOMPARE(ex01.summary.counts.blocked, 1);
        QCOMPARE(ex01.summary.counts.failed, 0); // M2.1 was the failed one

        // On EX02 M2.1 is in place: still Applied (and counted so), the block stops further changes.
        const ServerRow ex02 = changed.at(1).at(0).value<ServerRow>();
        QCOMPARE(ex02.summary.counts.blocked, 0);
        QCOMPARE(ex02.summary.counts.applied, int(ex02.server().mitigationsApplied.size()));
        QVERIFY(ex02.server().mitigationsApplied.contains(QStringLiteral("M2.1")));

        auto dir = openDirectory(path);
        QCOMPARE(statusOf(*dir, QStringLiteral("EX01"), QStringLiteral("M2.1")), ActionStatus::Blocked);
        QCOMPARE(statusOf(*dir, QStringLiteral("EX02"), QStringLiteral("M2.1")), ActionStatus::Applied);
        const QList<AuditEntry> audit = auditOf(*dir, QStringLiteral("block"));
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(0).target, QStringLiteral("EX01"));
        QCOMPARE(audit.at(0).property, QStringLiteral("MitigationsBlocked"));
        QCOMPARE(audit.at(0).newValue, QStringLiteral("M2.1"));
    }

    void unblockRemovesTheEntryThatBlocks()
    {
        const QString path = freshFixture();
        // EX03 blocks the whole mitigation M3; unblocking its action M3.1 removes M3.
        auto *command = ChangeServersCommand::unblock(path, {QStringLiteral("EX03")}, {QStringLiteral("M3.1")});
        QSignalSpy finished(command, &Command::finished);
        command->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(resultOf(finished).message, QStringLiteral("Unblocked M3.1 on EX03."));
        auto dir = openDirectory(path);
        QVERIFY(dir->server(QStringLiteral("EX03"))->mitigationsBlocked.isEmpty());
        QCOMPARE(statusOf(*dir, QStringLiteral("EX03"), QStringLiteral("M3.1")), ActionStatus::Pending);
        const QList<AuditEntry> audit = auditOf(*dir, QStringLiteral("unblock"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).oldValue, QStringLiteral("M3"));
        QCOMPARE(audit.at(0).newValue, QString());
    }

    void badInputGetsTheCoreMessageAndChangesNothing()
    {
        const QString path = freshFixture();
        auto *command = ChangeServersCommand::setProxy(
            path, {QStringLiteral("EX01"), QStringLiteral("NOPE")}, QStringLiteral("not a url"));
        QSignalSpy changed(command, &ChangeServersCommand::serverChanged);
        QSignalSpy finished(command, &Command::finished);
        command->start();
        QVERIFY(finished.wait(10000));
        const CommandResult result = resultOf(finished);
        QCOMPARE(result.outcome, CommandResult::Failed);
        QCOMPARE(result.message,
            QStringLiteral("EX01: invalid proxy 'not a url': expected a URL such as http://proxy.contoso.com:8080\n"
                           "NOPE: server 'NOPE': not found in the org directory"));
        QCOMPARE(changed.count(), 0);
        auto dir = openDirectory(path);
        QCOMPARE(dir->server(QStringLiteral("EX01"))->internetWebProxy, QString());
        QCOMPARE(auditOf(*dir, QStringLiteral("set-server")).size(), 0);
    }

    void someServersFailOthersChange()
    {
        const QString path = freshFixture();
        auto *command = ChangeServersCommand::setEnabled(path, {QStringLiteral("EX01"), QStringLiteral("NOPE")}, false);
        QSignalSpy finished(command, &Command::finished);
        command->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(resultOf(finished).outcome, CommandResult::Failed);
        QCOMPARE(resultOf(finished).message,
            QStringLiteral("Mitigations disabled on EX01.\n"
                           "NOPE: server 'NOPE': not found in the org directory"));
        auto dir = openDirectory(path);
        QVERIFY(!dir->server(QStringLiteral("EX01"))->mitigationsEnabled);
        QCOMPARE(
            statusOf(*dir, QStringLiteral("EX01"), QStringLiteral("M2.1")), ActionStatus::Disabled); // failed before
        QCOMPARE(statusOf(*dir, QStringLiteral("EX01"), QStringLiteral("PING1")), ActionStatus::Applied); // in place
    }

    void cancelStopsBeforeTheNextServer()
    {
        const QString path = freshFixture(295);
        QStringList names;
        const QList<Server> all = openDirectory(path)->servers().value();
        for (const Server &s : all)
            names << s.name;
        QCOMPARE(names.size(), 300);
        auto *command = ChangeServersCommand::setEnabled(path, names, false);
        QSignalSpy changed(command, &ChangeServersCommand::serverChanged);
        QSignalSpy finished(command, &Command::finished);
        connect(command, &ChangeServersCommand::serverChanged, command, &Command::cancel);
        command->start();
        QVERIFY(finished.wait(60000));
        const CommandResult result = resultOf(finished);
        QCOMPARE(result.outcome, CommandResult::Cancelled);
        QVERIFY2(result.message.contains(QLatin1String("servers were not changed")), qPrintable(result.message));

        // Every server is either changed completely (setting, audit) or untouched.
        auto dir = openDirectory(path);
        int off = 0;
        const QList<Server> after = dir->servers().value();
        for (const Server &s : after)
            off += s.mitigationsEnabled ? 0 : 1;
        const int audited = int(auditOf(*dir, QStringLiteral("set-server")).size());
        QCOMPARE(audited, off - 1); // EX04 was off from the start
        QVERIFY(off - 1 >= changed.count());
        QVERIFY2(off - 1 < 300, "the worker stopped before the last server");
    }

    void orgSwitchIsAuditedAndReplansEveryServer()
    {
        const QString path = freshFixture();
        auto *command = new SetOrgEnabledCommand(path, false);
        QSignalSpy org(command, &SetOrgEnabledCommand::orgChanged);
        QSignalSpy changed(command, &SetOrgEnabledCommand::serverChanged);
        QSignalSpy finished(command, &Command::finished);
        command->start();
        QVERIFY(finished.wait(10000));
        QVERIFY2(resultOf(finished).ok(), qPrintable(resultOf(finished).message));
        QCOMPARE(org.count(), 1);
        QVERIFY(!org.at(0).at(0).value<OrgConfig>().mitigationsEnabled);
        QCOMPARE(changed.count(), 5);
        auto dir = openDirectory(path);
        QVERIFY(!dir->org()->mitigationsEnabled);
        QCOMPARE(
            statusOf(*dir, QStringLiteral("EX01"), QStringLiteral("M2.1")), ActionStatus::Disabled); // failed before
        QCOMPARE(statusOf(*dir, QStringLiteral("EX01"), QStringLiteral("PING1")), ActionStatus::Applied); // in place
        const QList<AuditEntry> audit = auditOf(*dir, QStringLiteral("set-org"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).target, QStringLiteral("Organization"));
        QCOMPARE(audit.at(0).property, QStringLiteral("MitigationsEnabled"));
        QCOMPARE(audit.at(0).oldValue, QStringLiteral("True"));
        QCOMPARE(audit.at(0).newValue, QStringLiteral("False"));
    }

    void detailsOfOneServer()
    {
        const QString path = freshFixture();
        auto *command = new LoadServerDetailsCommand(path, QStringLiteral("ex02"));
        QSignalSpy loaded(command, &LoadServerDetailsCommand::loaded);
        QSignalSpy finished(command, &Command::finished);
        command->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(loaded.count(), 1);
        const ServerDetails details = loaded.at(0).at(0).value<ServerDetails>();
        QCOMPARE(details.server.name, QStringLiteral("EX02"));
        QCOMPARE(details.actions.size(), 5);

        auto *unknown = new LoadServerDetailsCommand(path, QStringLiteral("NOPE"));
        QSignalSpy unknownFinished(unknown, &Command::finished);
        unknown->start();
        QVERIFY(unknownFinished.wait(10000));
        QCOMPARE(resultOf(unknownFinished).message, QStringLiteral("server 'NOPE': not found in the org directory"));
    }

    void demoIsBuiltOnceAndReused()
    {
        const QString root = m_tmp.filePath(QStringLiteral("demo"));
        QVERIFY(test::UiFixture::seedDemoPki(root)); // RSA-3072 generation is tested with the demo itself
        auto *first = new CreateDemoCommand(root, false);
        QSignalSpy firstFinished(first, &Command::finished);
        first->start();
        QVERIFY(firstFinished.wait(10000));
        QVERIFY2(resultOf(firstFinished).ok(), qPrintable(resultOf(firstFinished).message));
        const QString path = resultOf(firstFinished).message;
        QCOMPARE(path, DemoOrganization::directoryPath(root));
        {
            auto dir = openDirectory(path);
            QCOMPARE(dir->servers()->size(), 8);
            QVERIFY(dir->removeServer(QStringLiteral("EX16-MBX01"), Actor {QStringLiteral("t"), QStringLiteral("h")}));
        }
        // Opened again: the admin's changes to the demo stay.
        auto *again = new CreateDemoCommand(root, false);
        QSignalSpy againFinished(again, &Command::finished);
        again->start();
        QVERIFY(againFinished.wait(10000));
        QCOMPARE(openDirectory(path)->servers()->size(), 7);
        // Reset: built afresh.
        auto *reset = new CreateDemoCommand(root, true);
        QSignalSpy resetFinished(reset, &Command::finished);
        reset->start();
        QVERIFY(resetFinished.wait(10000));
        QVERIFY(resultOf(resetFinished).ok());
        QCOMPARE(openDirectory(path)->servers()->size(), 8);
    }
};

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
