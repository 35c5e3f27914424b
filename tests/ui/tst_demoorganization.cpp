// The demo organization: the servers the issue asks for, written atomically,
// never over an existing demo unless asked.

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "directory/orgdirectory.h"
#include "engine/demoorg.h"
#include "model/buildcatalog.h"

using namespace em;

class TestDemoOrganization : public QObject
{
    Q_OBJECT

private:
    const Actor m_actor {QStringLiteral("demo-test"), QStringLiteral("testhost")};

private slots:
    void servers()
    {
        const QList<DemoServer> demo = DemoOrganization::servers();
        QCOMPARE(demo.size(), 8);
        QStringList names;
        QStringList versions;
        int edge = 0, off = 0, blockList = 0, unwritable = 0;
        for (const DemoServer &d : demo) {
            names << d.server.name;
            versions << BuildCatalog::builtin().friendlyName(d.server.build);
            edge += d.server.isEdge() ? 1 : 0;
            off += d.server.mitigationsEnabled ? 0 : 1;
            blockList += d.server.mitigationsBlocked.isEmpty() ? 0 : 1;
            unwritable += d.unwritableConfig ? 1 : 0;
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
    }

    void createWritesTheDirectory()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("demo"));
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

    void refusesToOverwriteUnlessAsked()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("demo"));
        QVERIFY(DemoOrganization::create(root, m_actor));
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
        QVERIFY(QDir().mkpath(root));
        QFile partial(DemoOrganization::directoryPath(root) + QStringLiteral(".partial"));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write("half a database from an interrupted build");
        partial.close();
        QVERIFY(!DemoOrganization::exists(root));
        QVERIFY(DemoOrganization::create(root, m_actor));
        QCOMPARE(QDir(root).entryList(QDir::Files), QStringList {QStringLiteral("directory.db")});
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
