// The console's commands against real directory files: reading in batches,
// changing servers (audited, re-planned, reported per server, with the core's
// messages), switching the organization, cancelling, and the demo build.

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "commands/changeserverscommand.h"
#include "commands/createdemocommand.h"
#include "commands/loaddirectorycommand.h"
#include "commands/loadserverdetailscommand.h"
#include "commands/setorgenabledcommand.h"
#include "directory/orgdirectory.h"
#include "engine/demoorg.h"
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
        QCOMPARE(ex01.summary.blocked, 1);
        QCOMPARE(ex01.summary.failed, 0); // M2.1 was the failed one

        auto dir = openDirectory(path);
        QCOMPARE(statusOf(*dir, QStringLiteral("EX01"), QStringLiteral("M2.1")), ActionStatus::Blocked);
        QCOMPARE(statusOf(*dir, QStringLiteral("EX02"), QStringLiteral("M2.1")), ActionStatus::Blocked);
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
        QCOMPARE(statusOf(*dir, QStringLiteral("EX01"), QStringLiteral("PING1")), ActionStatus::Disabled);
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
        QCOMPARE(statusOf(*dir, QStringLiteral("EX01"), QStringLiteral("PING1")), ActionStatus::Disabled);
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
