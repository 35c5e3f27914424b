// The real MainWindow (offscreen) on an org directory in a private
// PostgreSQL cluster (pgcluster.h): "Open org directory on a database
// server" takes a postgresql:// URI, and refuses one with a password.

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>

#include "directory/orgdirectory.h"
#include "language.h"
#include "mainwindow.h"
#include "models/servertablemodel.h"
#include "pgcluster.h"
#include "settingsdialog.h"

using namespace em;
using namespace em::ui;
using em::test::PostgresCluster;

class TestConsolePostgres : public QObject
{
    Q_OBJECT

    PostgresCluster m_cluster;

    // Opens the dialog from the File menu's action and accepts `text`.
    static void enterUri(MainWindow &window, const QString &text)
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("openDatabaseAction"));
        QVERIFY(action);
        action->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QInputDialog *>(QStringLiteral("openDatabaseDialog"))));
        dialog->setTextValue(text);
        dialog->accept();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("emconsole-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_consolepostgres"));
        SettingsDialog::setLanguageSetting(QStringLiteral("en"));
        i18n::install(QStringLiteral("en"));
        QVERIFY2(m_cluster.ok(), qPrintable(m_cluster.error()));
    }

    void opensAPostgresUri()
    {
        const QString db = m_cluster.createDatabase();
        QVERIFY(!db.isEmpty());
        const QString locator = m_cluster.locator(db);
        {
            OrgDirectory::Options options;
            options.initialize = true;
            auto dir = OrgDirectory::open(locator, options);
            QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
            Server s;
            s.name = QStringLiteral("EX01");
            s.build = Build(15, 2, 1118, 7);
            QVERIFY((*dir)->addServer(s, Actor {QStringLiteral("alice"), QStringLiteral("ws")}));
        }
        MainWindow window;
        enterUri(window, locator);
        QTRY_VERIFY_WITH_TIMEOUT(window.isLoaded(), 20000);
        QCOMPARE(window.serverModel()->rowCount(), 1);
        QVERIFY2(window.windowTitle().contains(db), qPrintable(window.windowTitle()));
    }

    void refusesAPasswordInTheUri()
    {
        MainWindow window;
        enterUri(window, QStringLiteral("postgresql://em:Hunter2pw@/emdir?host=%1").arg(m_cluster.socketDir()));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("errorMessageBox"))));
        QVERIFY2(box->text().contains(QLatin1String("PGPASSFILE")), qPrintable(box->text()));
        QVERIFY(!box->text().contains(QLatin1String("Hunter2pw")));
        QVERIFY(!window.isLoaded());
    }
};

QTEST_MAIN(TestConsolePostgres)
#include "tst_consolepostgres.moc"
