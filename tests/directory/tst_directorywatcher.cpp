// DirectoryWatcher (core): on PostgreSQL a committed write made on another
// connection arrives as a notification naming what changed, a rolled-back one
// never does; on SQLite PRAGMA data_version tells a commit by another
// connection. Both engines, data-driven.

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "directory/directorywatcher.h"
#include "directory/orgdirectory.h"
#include "pgcluster.h"

using namespace em;
using em::test::PostgresCluster;

class TestDirectoryWatcher : public QObject
{
    Q_OBJECT

    PostgresCluster m_cluster;
    QTemporaryDir m_tmp;
    int m_count = 0;

    QString newDirectory(const QString &engine)
    {
        const QString locator = engine == QLatin1String("postgresql")
            ? m_cluster.locator(m_cluster.createDatabase())
            : m_tmp.filePath(QStringLiteral("directory%1.db").arg(++m_count));
        OrgDirectory::Options options;
        options.initialize = true;
        auto dir = OrgDirectory::open(locator, options);
        if (!dir)
            qFatal("%s", qPrintable(dir.error().message));
        return locator;
    }

    static Server server(const QString &name)
    {
        Server s;
        s.name = name;
        s.build = Build(15, 2, 1118, 7);
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(m_cluster.ok(), qPrintable(m_cluster.error()));
    }

    void announcesCommittedWritesOnly_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void announcesCommittedWritesOnly()
    {
        QFETCH(QString, engine);
        const QString locator = newDirectory(engine);
        DirectoryWatcher watcher(*DirectoryLocator::parse(locator));
        QSignalSpy watching(&watcher, &DirectoryWatcher::watching);
        QSignalSpy changed(&watcher, &DirectoryWatcher::changed);
        QVERIFY(watching.wait(10000));
        QCOMPARE(changed.count(), 0);

        auto dir = OrgDirectory::open(locator);
        QVERIFY(dir);
        const Actor alice {QStringLiteral("alice"), QStringLiteral("ws")};
        // A write that fails is rolled back: nobody hears of it.
        const auto failed = (*dir)->write([&]() -> Result<void> {
            if (auto added = (*dir)->addServer(server(QStringLiteral("EX09")), alice); !added)
                return fail(added.error());
            return fail(ErrorCode::InvalidArgument, QStringLiteral("changed my mind"));
        });
        QVERIFY(!failed);
        QTest::qWait(3 * DirectoryWatcher::pollMs);
        QCOMPARE(changed.count(), 0);

        QVERIFY((*dir)->addServer(server(QStringLiteral("EX10")), alice));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 1000);
        if (engine == QLatin1String("postgresql")) {
            // One notification per subject: the server, and the audit row its registration wrote.
            QTRY_COMPARE(changed.count(), 2);
            QStringList subjects;
            for (const QList<QVariant> &signal : std::as_const(changed))
                subjects += signal.at(0).toStringList();
            subjects.sort();
            QCOMPARE(subjects, (QStringList {QStringLiteral("audit"), QStringLiteral("server:EX10")}));
        } else {
            QCOMPARE(changed.first().at(0).toStringList(), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestDirectoryWatcher)
#include "tst_directorywatcher.moc"
