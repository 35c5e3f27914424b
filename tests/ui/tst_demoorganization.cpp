// The demo organization: the servers the issue asks for, lab servers from the
// real IIS files, a feed signed by the demo CA and accepted by the real
// verifier, every status recorded by real cycles; written atomically, never
// over an existing demo unless asked.

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "directory/orgdirectory.h"
#include "engine/demoorg.h"
#include "engine/feedupdate.h"
#include "model/buildcatalog.h"
#include "uifixture.h"

using namespace em;

class TestDemoOrganization : public QObject
{
    Q_OBJECT

private:
    const Actor m_actor {QStringLiteral("demo-test"), QStringLiteral("testhost")};
    QTemporaryDir m_tmp;
    QString m_shared; // the demo built once, read by the first tests, changed by refusesToOverwriteUnlessAsked

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_shared = m_tmp.filePath(QStringLiteral("demo"));
    }

    void servers()
    {
        const QList<DemoServer> demo = DemoOrganization::servers();
        QCOMPARE(demo.size(), 8);
        QStringList names;
        QStringList versions;
        int edge = 0, off = 0, blockList = 0, unwritable = 0, updated = 0;
        for (const DemoServer &d : demo) {
            names << d.server.name;
            versions << BuildCatalog::builtin().friendlyName(d.server.build);
            edge += d.server.isEdge() ? 1 : 0;
            off += d.server.mitigationsEnabled ? 0 : 1;
            blockList += d.server.mitigationsBlocked.isEmpty() ? 0 : 1;
            unwritable += d.unwritableConfig ? 1 : 0;
            updated += d.previousBuild ? 1 : 0;
            QVERIFY(!d.purpose.isEmpty());
        }
        QCOMPARE(names.removeDuplicates(), 0);
        for (const char *version : {"Exchange Server 2016 CU23", "Exchange Server 2019 CU12",
                 "Exchange Server 2019 CU13", "Exchange Server 2019 CU14", "Exchange Server SE RTM"})
            QVERIFY2(versions.contains(QString::fromLatin1(version)), version);
        QCOMPARE(edge, 1);
        QCOMPARE(off, 1);
        QCOMPARE(blockList, 1);
        QCOMPARE(unwritable, 1);
        QCOMPARE(updated, 1);
    }

    void createWritesTheDirectory()
    {
        const QString root = m_shared;
        QVERIFY(test::UiFixture::seedDemoPki(root)); // the PKI generation has its own test
        QVERIFY(!DemoOrganization::exists(root));
        auto created = DemoOrganization::create(root, m_actor);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(*created, DemoOrganization::directoryPath(root));
        QVERIFY(DemoOrganization::exists(root));
        QCOMPARE(QDir(root).entryList(QDir::Files), QStringList {QStringLiteral("directory.db")});

        auto dir = OrgDirectory::open(*created);
        QVERIFY(dir);
        const QList<Server> servers = (*dir)->servers().value();
        QCOMPARE(servers.size(), 8);
        for (const DemoServer &d : DemoOrganization::servers()) {
            auto stored = (*dir)->server(d.server.name);
            QVERIFY(stored);
            QCOMPARE(stored->build, d.server.build);
            QCOMPARE(stored->role, d.server.role);
            QCOMPARE(stored->mitigationsEnabled, d.server.mitigationsEnabled);
            QCOMPARE(stored->mitigationsBlocked, d.server.mitigationsBlocked);
        }
        int added = 0;
        const QList<AuditEntry> audit = (*dir)->audit().value();
        for (const AuditEntry &e : audit)
            added += e.action == QLatin1String("add-server") && e.who == m_actor.who ? 1 : 0;
        QCOMPARE(added, 8);
    }

    void everyStatusIsRecorded()
    {
        const QString root = m_shared; // as createWritesTheDirectory made it
        QVERIFY(DemoOrganization::exists(root));
        auto opened = OrgDirectory::open(DemoOrganization::directoryPath(root));
        QVERIFY(opened);
        OrgDirectory &dir = **opened;

        // The feed: signed by the demo CA, verified with the "demo" profile the org uses.
        QCOMPARE(dir.org()->trustProfile, QStringLiteral("demo"));
        const FeedStatus feed = feedStatus(dir).value();
        QVERIFY(feed.hasFeed);
        QCOMPARE(feed.signer, QStringLiteral("CN=EM Console Demo Feed Signing, O=EM Console Demo"));
        QCOMPARE(feed.profile, QStringLiteral("demo"));
        QCOMPARE(feed.mitigations, 4);
        QVERIFY2(feed.lastAttempt && feed.lastAttempt->ok, qPrintable(feed.summary));
        QCOMPARE(feed.lastAttempt->message, QStringLiteral("verified")); // no warning: the demo CRL was checked

        QHash<QString, ActionStatusRecord> status; // "SERVER/ID"
        QSet<ActionStatus> seen;
        const QList<ActionStatusRecord> records = dir.actionStatuses().value();
        for (const ActionStatusRecord &r : records) {
            status.insert(r.server + QLatin1Char('/') + r.actionId, r);
            seen.insert(r.status);
        }
        for (ActionStatus s : {ActionStatus::Applied, ActionStatus::Blocked, ActionStatus::Failed,
                 ActionStatus::NotApplicable, ActionStatus::Disabled, ActionStatus::Obsolete})
            QVERIFY2(seen.contains(s), qPrintable(statusName(s)));
        QVERIFY(!seen.contains(ActionStatus::Pending)); // the cycle ran everywhere it applies

        const auto statusOf = [&status](const char *key) { return status.value(QString::fromLatin1(key)).status; };
        for (const char *id : {"PING1", "M1.1", "M2.1", "M3.1"})
            QCOMPARE(statusOf(qPrintable(QStringLiteral("EX16-MBX01/") + QLatin1String(id))), ActionStatus::Applied);
        QCOMPARE(statusOf("EX19-MBX01/M1.1"), ActionStatus::Failed);
        QVERIFY2(status.value(QStringLiteral("EX19-MBX01/M1.1")).detail.render().contains(QLatin1String("read-only")),
            qPrintable(status.value(QStringLiteral("EX19-MBX01/M1.1")).detail.render()));
        QCOMPARE(statusOf("EX19-MBX01/M2.1"), ActionStatus::Applied);
        QCOMPARE(statusOf("EX19-MBX02/M1.1"), ActionStatus::Obsolete);
        QCOMPARE(statusOf("EX19-MBX02/M3.1"), ActionStatus::Applied);
        QCOMPARE(statusOf("EX19-MBX03/M1.1"), ActionStatus::NotApplicable);
        QCOMPARE(statusOf("EXSE-MBX01/M1.1"), ActionStatus::NotApplicable);
        QCOMPARE(statusOf("EX19-EDGE01/PING1"), ActionStatus::NotApplicable);
        QCOMPARE(statusOf("EX19-MBX04/M3.1"), ActionStatus::Disabled);
        QCOMPARE(statusOf("EX19-MBX05/M2.1"), ActionStatus::Blocked);
        QCOMPARE(statusOf("EX19-MBX05/M3.1"), ActionStatus::Applied);
        QCOMPARE(dir.server(QStringLiteral("EX19-MBX02"))->build.toString(), QStringLiteral("15.2.1258.12"));

        // The rules are really in the lab servers' files.
        QFile site(root + QStringLiteral("/lab/EX16-MBX01/inetpub/wwwroot/web.config"));
        QVERIFY(site.open(QIODevice::ReadOnly));
        QVERIFY(site.readAll().contains("EEMS M1.1 PowerShell - inbound"));
        QFile readOnly(root + QStringLiteral("/lab/EX19-MBX01/inetpub/wwwroot/web.config"));
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QVERIFY(!readOnly.readAll().contains("EEMS M1.1"));
        QCOMPARE(
            QFileInfo(readOnly.fileName()).permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());

        QSet<int> events;
        const QList<Event> recorded = dir.events().value();
        for (const Event &e : recorded)
            events.insert(e.eventId);
        for (int id : {EventActionApplied, EventCycleFinished, EventActionBlocked, EventError})
            QVERIFY2(events.contains(id), qPrintable(QString::number(id)));

        // The tampered copy is refused by the real verifier; the demo feed stays.
        QFile tampered(DemoOrganization::tamperedFeedPath(root));
        QVERIFY(tampered.open(QIODevice::ReadOnly));
        FeedVerification report;
        auto refused = acceptFeedDocument(dir, tampered.readAll(), tampered.fileName(), m_actor, {}, &report);
        QVERIFY(!refused);
        QCOMPARE(report.check(QStringLiteral("digest"))->outcome, CheckOutcome::Failed);
        QCOMPARE(feedStatus(dir)->sha256, feed.sha256);
    }

    void secondCreateReusesThePki()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("demo"));
        QVERIFY(DemoOrganization::create(root, m_actor));
        QFile rootCert(root + QStringLiteral("/pki/root.pem"));
        QVERIFY(rootCert.open(QIODevice::ReadOnly));
        const QByteArray before = rootCert.readAll();
        rootCert.close();
        QCOMPARE(
            QFileInfo(root + QStringLiteral("/pki/signer.key")).permissions() & (QFile::ReadOther | QFile::ReadGroup),
            QFile::Permissions());
        auto again = DemoOrganization::create(root, m_actor, true);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QVERIFY(rootCert.open(QIODevice::ReadOnly));
        QCOMPARE(rootCert.readAll(), before);
        auto dir = OrgDirectory::open(*again);
        QCOMPARE(feedStatus(**dir)->signer, QStringLiteral("CN=EM Console Demo Feed Signing, O=EM Console Demo"));
    }

    void refusesToOverwriteUnlessAsked()
    {
        const QString root = m_shared;
        QVERIFY(DemoOrganization::exists(root));
        {
            auto dir = OrgDirectory::open(DemoOrganization::directoryPath(root));
            QVERIFY((*dir)->removeServer(QStringLiteral("EX19-EDGE01"), m_actor));
        }
        auto again = DemoOrganization::create(root, m_actor);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(again.error().message, QStringLiteral("demo organization '%1': already exists").arg(root));
        QCOMPARE((*OrgDirectory::open(DemoOrganization::directoryPath(root)))->servers()->size(), 7);

        auto replaced = DemoOrganization::create(root, m_actor, true);
        QVERIFY(replaced);
        QCOMPARE((*OrgDirectory::open(*replaced))->servers()->size(), 8);
        QCOMPARE(QDir(root).entryList(QDir::Files), QStringList {QStringLiteral("directory.db")});
    }

    void aLeftoverPartialBuildIsReplaced()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("demo"));
        QVERIFY(test::UiFixture::seedDemoPki(root)); // the PKI generation has its own test
        QVERIFY(QDir().mkpath(root));
        QFile partial(DemoOrganization::directoryPath(root) + QStringLiteral(".partial"));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write("half a database from an interrupted build");
        partial.close();
        QVERIFY(!DemoOrganization::exists(root));
        QVERIFY(DemoOrganization::create(root, m_actor));
        QCOMPARE(QDir(root).entryList(QDir::Files), QStringList {QStringLiteral("directory.db")});
    }

    void aDemoOfAnEarlierVersionIsMadeAgain()
    {
        // The first console wrote servers only: no lab, no feed.
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("demo"));
        QVERIFY(QDir().mkpath(root));
        {
            auto old = OrgDirectory::open(DemoOrganization::directoryPath(root));
            QVERIFY(old);
            QVERIFY((*old)->addServer(DemoOrganization::servers().first().server, m_actor));
        }
        QVERIFY(!DemoOrganization::exists(root));
        QVERIFY(test::UiFixture::seedDemoPki(root));
        auto created = DemoOrganization::create(root, m_actor);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QVERIFY(DemoOrganization::exists(root));
        auto dir = OrgDirectory::open(*created);
        QCOMPARE((*dir)->servers()->size(), 8);
        QVERIFY((*dir)->acceptedFeed().value().has_value());
        QVERIFY(QFile::exists(DemoOrganization::tamperedFeedPath(root)));
    }

    void unwritableRootIsAClearError()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        // A root below a plain file cannot be created.
        auto created = DemoOrganization::create(file + QStringLiteral("/demo"), m_actor);
        QVERIFY(!created);
        QCOMPARE(
            created.error().message, QStringLiteral("demo organization '%1/demo': cannot create the folder").arg(file));
    }
};

QTEST_GUILESS_MAIN(TestDemoOrganization)
#include "tst_demoorganization.moc"
