// The real MainWindow on a real directory file, driven like an admin would:
// switch the organization, block and unblock actions, turn a server off, set a
// proxy, filter the servers and switch the language. Each change must show at
// once, be in the directory, and land in the audit tab.

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "directory/orgdirectory.h"
#include "language.h"
#include "mainwindow.h"
#include "models/actiontablemodel.h"
#include "models/audittablemodel.h"
#include "models/servertablemodel.h"
#include "settingsdialog.h"
#include "uifixture.h"

using namespace em;
using namespace em::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    int m_count = 0;

    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    // The cell of a server in the servers model.
    QString serverCell(const char *server, int column) const
    {
        const ServerTableModel *model = m_window->serverModel();
        return model->data(model->indexOf(QString::fromLatin1(server), column)).toString();
    }

    QAbstractItemModel *actions() const { return child<QTableView>("actionsTableView")->model(); }

    int actionRow(const char *id) const
    {
        const QAbstractItemModel *model = actions();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ActionTableModel::ActionIdRole).toString() == QLatin1String(id))
                return row;
        }
        return -1;
    }

    ActionStatus actionStatus(const char *id) const
    {
        const int row = actionRow(id);
        return row < 0 ? ActionStatus::Pending
                       : ActionStatus(actions()->index(row, 0).data(ActionTableModel::StatusRole).toInt());
    }

    bool hasAudit(const char *action, const char *target, const char *property, const char *newValue) const
    {
        const AuditTableModel *audit = m_window->auditModel();
        for (int row = 0; row < audit->rowCount(); ++row) {
            const AuditEntry &e = audit->entryAt(row);
            if (e.action == QLatin1String(action) && e.target == QLatin1String(target)
                && e.property == QLatin1String(property) && e.newValue == QLatin1String(newValue))
                return true;
        }
        return false;
    }

    void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = {})
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
    }

    int proxyRowOfServer(const char *server) const
    {
        const QAbstractItemModel *model = child<QTableView>("serversTableView")->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ServerTableModel::NameRole).toString() == QLatin1String(server))
                return row;
        }
        return -1;
    }

    void selectServerAndWait(const char *server)
    {
        QVERIFY(m_window->selectServer(QString::fromLatin1(server)));
        QTRY_COMPARE(
            m_window->findChild<QLabel *>(QStringLiteral("serverTitleLabel"))->text(), QString::fromLatin1(server));
        QTRY_VERIFY(actionRow("PING1") >= 0);
        QTRY_VERIFY(!m_window->isBusy());
    }

    // Accepts (or cancels) the confirmation the window asks.
    void answerConfirmation(bool accept)
    {
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("confirmMessageBox")));
        QPointer<QMessageBox> box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmMessageBox"));
        QTRY_VERIFY(box->isVisible());
        QPushButton *button = box->findChild<QPushButton *>(
            accept ? QStringLiteral("confirmAcceptButton") : QStringLiteral("confirmCancelButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!box);
    }

    std::unique_ptr<OrgDirectory> directory() const
    {
        auto opened = OrgDirectory::open(m_path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        return std::move(*opened);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location
        QCoreApplication::setOrganizationName(QStringLiteral("emconsole-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        SettingsDialog::setLanguageSetting(QStringLiteral("en"));
        i18n::install(QStringLiteral("en"));
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        m_path = m_tmp.filePath(QStringLiteral("directory%1.db").arg(++m_count));
        auto built = test::UiFixture::build(m_path);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
        m_window = std::make_unique<MainWindow>();
        new QAbstractItemModelTester(
            m_window->serverModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
        new QAbstractItemModelTester(actions(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openDirectory(m_path);
        QTRY_VERIFY(m_window->isLoaded());
        QTRY_VERIFY(!m_window->isBusy());
    }

    void cleanup()
    {
        m_window.reset();
        i18n::install(QStringLiteral("en"));
        SettingsDialog::setLanguageSetting(QStringLiteral("en"));
    }

    void opensTheDirectory()
    {
        QCOMPARE(child<QTableView>("serversTableView")->model()->rowCount(), 5);
        QCOMPARE(serverCell("EX01", ServerTableModel::VersionColumn),
            QStringLiteral("15.2.1118.7 (Exchange Server 2019 CU12)"));
        QCOMPARE(serverCell("EX01", ServerTableModel::FailedColumn), QStringLiteral("1"));
        QVERIFY(child<QCheckBox>("orgSwitchCheckBox")->isChecked());
        QVERIFY(child<QLabel>("feedStatusLabel")
                    ->text()
                    .startsWith(QLatin1String("Feed signed by Contoso Mitigation Signing on ")));
        QCOMPARE(child<QLabel>("serverCountLabel")->text(), QStringLiteral("5 servers"));
        // The first server is selected and its actions shown.
        QTRY_VERIFY(actionRow("PING1") >= 0);
        // What waits for the engine is visibly unavailable, and says why.
        for (const char *name : {"runNowAction", "testConnectivityAction", "exportCsvAction", "importFeedAction"}) {
            QAction *action = child<QAction>(name);
            QVERIFY2(!action->isEnabled(), name);
            QCOMPARE(action->toolTip(), QStringLiteral("Available when the engine lands"));
        }
        QVERIFY(!child<QPushButton>("reapplyButton")->isEnabled());
        QVERIFY(!child<QPushButton>("rollbackButton")->isEnabled());
    }

    void orgSwitchChangesEffectiveEnablement()
    {
        QCOMPARE(serverCell("EX01", ServerTableModel::EnablementColumn), QStringLiteral("Enabled"));
        QTest::mouseClick(child<QCheckBox>("orgSwitchCheckBox"), Qt::LeftButton);
        // Nothing changes before the admin confirms.
        QVERIFY(child<QCheckBox>("orgSwitchCheckBox")->isChecked());
        answerConfirmation(true);
        QTRY_COMPARE(serverCell("EX01", ServerTableModel::EnablementColumn), QStringLiteral("Disabled (organization)"));
        QCOMPARE(serverCell("EDGE01", ServerTableModel::EnablementColumn),
            QStringLiteral("Not applicable (Edge Transport)"));
        QTRY_VERIFY(!child<QCheckBox>("orgSwitchCheckBox")->isChecked());
        QTRY_VERIFY(hasAudit("set-org", "Organization", "MitigationsEnabled", "False"));
        QTRY_VERIFY(!m_window->isBusy());
        QVERIFY(!directory()->org()->mitigationsEnabled);
        // The selected server's actions show what the policy now says.
        selectServerAndWait("EX02");
        QTRY_COMPARE(actionStatus("PING1"), ActionStatus::Disabled);

        // Turning it back on needs no confirmation.
        QTest::mouseClick(child<QCheckBox>("orgSwitchCheckBox"), Qt::LeftButton);
        QTRY_COMPARE(serverCell("EX01", ServerTableModel::EnablementColumn), QStringLiteral("Enabled"));
        QTRY_VERIFY(hasAudit("set-org", "Organization", "MitigationsEnabled", "True"));
        QTRY_VERIFY(!m_window->isBusy());
        QVERIFY(directory()->org()->mitigationsEnabled);
    }

    void cancellingTheConfirmationChangesNothing()
    {
        QTest::mouseClick(child<QCheckBox>("orgSwitchCheckBox"), Qt::LeftButton);
        answerConfirmation(false);
        QTest::qWait(200);
        QVERIFY(child<QCheckBox>("orgSwitchCheckBox")->isChecked());
        QCOMPARE(serverCell("EX01", ServerTableModel::EnablementColumn), QStringLiteral("Enabled"));
        QVERIFY(directory()->org()->mitigationsEnabled);
        QVERIFY(directory()->audit(AuditFilter {QStringLiteral("Organization"), {}, 0})->isEmpty());
    }

    void blockAndUnblockAnAction()
    {
        selectServerAndWait("EX01");
        QCOMPARE(actionStatus("M2.1"), ActionStatus::Failed);
        QTableView *view = child<QTableView>("actionsTableView");
        clickRow(view, actionRow("M2.1"));
        QPushButton *block = child<QPushButton>("blockButton");
        QTRY_VERIFY(block->isEnabled());
        QVERIFY(!child<QPushButton>("unblockButton")->isEnabled());
        QTest::mouseClick(block, Qt::LeftButton);

        QTRY_COMPARE(actionStatus("M2.1"), ActionStatus::Blocked);
        const int row = actionRow("M2.1");
        QCOMPARE(actions()->index(row, ActionTableModel::StatusColumn).data().toString(), QStringLiteral("Blocked"));
        QTRY_COMPARE(serverCell("EX01", ServerTableModel::BlockedColumn), QStringLiteral("1"));
        QCOMPARE(serverCell("EX01", ServerTableModel::FailedColumn), QStringLiteral("0"));
        QTRY_VERIFY(hasAudit("block", "EX01", "MitigationsBlocked", "M2.1"));
        QCOMPARE(child<QLabel>("blockListLabel")->text(), QStringLiteral("Block list: M2.1"));
        QTRY_VERIFY(!m_window->isBusy());
        QCOMPARE(directory()->server(QStringLiteral("EX01"))->mitigationsBlocked, QStringList {QStringLiteral("M2.1")});

        // Unblock: due again at the next cycle.
        clickRow(view, actionRow("M2.1"));
        QPushButton *unblock = child<QPushButton>("unblockButton");
        QTRY_VERIFY(unblock->isEnabled());
        QTest::mouseClick(unblock, Qt::LeftButton);
        QTRY_COMPARE(actionStatus("M2.1"), ActionStatus::Pending);
        QTRY_VERIFY(hasAudit("unblock", "EX01", "MitigationsBlocked", ""));
        QTRY_COMPARE(serverCell("EX01", ServerTableModel::BlockedColumn), QStringLiteral("0"));
        QTRY_VERIFY(!m_window->isBusy());
        QVERIFY(directory()->server(QStringLiteral("EX01"))->mitigationsBlocked.isEmpty());
    }

    void blockOnSeveralServersAsksFirst()
    {
        QTableView *servers = child<QTableView>("serversTableView");
        clickRow(servers, proxyRowOfServer("EX01"));
        clickRow(servers, proxyRowOfServer("EX02"), Qt::ControlModifier);
        QTRY_VERIFY(child<QLabel>("serverTitleLabel")->text().contains(QLatin1String("and 1 more selected")));
        QTRY_VERIFY(actionRow("PING1") >= 0);
        QTRY_VERIFY(!m_window->isBusy());
        clickRow(child<QTableView>("actionsTableView"), actionRow("PING1"));
        QTest::mouseClick(child<QPushButton>("blockButton"), Qt::LeftButton);
        answerConfirmation(true);
        QTRY_VERIFY(hasAudit("block", "EX01", "MitigationsBlocked", "PING1"));
        QTRY_VERIFY(hasAudit("block", "EX02", "MitigationsBlocked", "PING1"));
        QTRY_COMPARE(actionStatus("PING1"), ActionStatus::Blocked);
        QTRY_VERIFY(!m_window->isBusy());
        auto dir = directory();
        QCOMPARE(dir->server(QStringLiteral("EX01"))->mitigationsBlocked, QStringList {QStringLiteral("PING1")});
        QCOMPARE(dir->server(QStringLiteral("EX02"))->mitigationsBlocked, QStringList {QStringLiteral("PING1")});
        QVERIFY(dir->server(QStringLiteral("EX03"))->mitigationsBlocked == QStringList {QStringLiteral("M3")});
    }

    void serverSwitchIsConfirmedAndShown()
    {
        selectServerAndWait("EX01");
        QCheckBox *enabled = child<QCheckBox>("serverEnabledCheckBox");
        QVERIFY(enabled->isChecked());
        QTest::mouseClick(enabled, Qt::LeftButton);
        answerConfirmation(true);
        QTRY_COMPARE(serverCell("EX01", ServerTableModel::EnablementColumn), QStringLiteral("Disabled (server)"));
        QTRY_VERIFY(!enabled->isChecked());
        QTRY_VERIFY(hasAudit("set-server", "EX01", "MitigationsEnabled", "False"));
        QTRY_COMPARE(actionStatus("M1.1"), ActionStatus::Disabled);
        QTRY_VERIFY(!m_window->isBusy());
        QVERIFY(!directory()->server(QStringLiteral("EX01"))->mitigationsEnabled);
    }

    void badProxyShowsTheCoreMessage()
    {
        selectServerAndWait("EX01");
        QLineEdit *proxy = child<QLineEdit>("proxyLineEdit");
        proxy->clear();
        QTest::keyClicks(proxy, QStringLiteral("not a url"));
        QTest::mouseClick(child<QPushButton>("applyProxyButton"), Qt::LeftButton);
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("errorMessageBox")));
        QMessageBox *error = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessageBox"));
        QCOMPARE(error->text(),
            QStringLiteral("EX01: invalid proxy 'not a url': expected a URL such as http://proxy.contoso.com:8080"));
        error->accept();
        QTRY_VERIFY(!m_window->isBusy());
        QCOMPARE(directory()->server(QStringLiteral("EX01"))->internetWebProxy, QString());
        QVERIFY(!hasAudit("set-server", "EX01", "InternetWebProxy", "not a url"));
    }

    void proxyIsSaved()
    {
        selectServerAndWait("EX01");
        QLineEdit *proxy = child<QLineEdit>("proxyLineEdit");
        QPushButton *apply = child<QPushButton>("applyProxyButton");
        QVERIFY(!apply->isEnabled()); // nothing edited yet
        QTest::keyClicks(proxy, QStringLiteral("http://proxy.contoso.com:8080"));
        QVERIFY(apply->isEnabled());
        QTest::keyClick(proxy, Qt::Key_Return);
        QTRY_VERIFY(hasAudit("set-server", "EX01", "InternetWebProxy", "http://proxy.contoso.com:8080"));
        QTRY_VERIFY(!m_window->isBusy());
        QCOMPARE(directory()->server(QStringLiteral("EX01"))->internetWebProxy,
            QStringLiteral("http://proxy.contoso.com:8080"));
        QTRY_VERIFY(!apply->isEnabled());
    }

    void filterHidesServers()
    {
        QTableView *servers = child<QTableView>("serversTableView");
        QTest::keyClicks(child<QLineEdit>("serverFilterLineEdit"), QStringLiteral("2016"));
        QCOMPARE(servers->model()->rowCount(), 1);
        QCOMPARE(servers->model()->index(0, 0).data().toString(), QStringLiteral("EX03"));
        QCOMPARE(child<QLabel>("serverCountLabel")->text(), QStringLiteral("1 of 5 servers shown"));
        child<QLineEdit>("serverFilterLineEdit")->clear();
        child<QComboBox>("serverShowComboBox")->setCurrentIndex(1); // with failed actions
        QCOMPARE(servers->model()->rowCount(), 1);
        QCOMPARE(servers->model()->index(0, 0).data().toString(), QStringLiteral("EX01"));
    }

    void auditAndEventsTabs()
    {
        QVERIFY(m_window->showTab(QStringLiteral("events")));
        QCOMPARE(child<QTabWidget>("mainTabWidget")->currentIndex(), 3);
        QTableView *events = child<QTableView>("eventsTableView");
        QCOMPARE(events->model()->rowCount(), 5);
        QTest::keyClicks(child<QLineEdit>("eventsFilterLineEdit"), QStringLiteral("M2.1 failed"));
        QCOMPARE(events->model()->rowCount(), 1);
        QVERIFY(m_window->showTab(QStringLiteral("audit")));
        QCOMPARE(child<QTableView>("auditTableView")->model()->rowCount(), 5); // the fixture's add-server rows
    }

    void languageSwitchShowsFrench()
    {
        QCOMPARE(child<QCheckBox>("orgSwitchCheckBox")->text(), QStringLiteral("Apply mitigations automatically"));
        child<QAction>("settingsAction")->trigger();
        QTRY_VERIFY(m_window->findChild<SettingsDialog *>(QStringLiteral("settingsDialog")));
        SettingsDialog *dialog = m_window->findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
        QTRY_VERIFY(dialog->isVisible());
        QComboBox *language = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);

        QTRY_COMPARE(child<QCheckBox>("orgSwitchCheckBox")->text(),
            QStringLiteral("Appliquer les atténuations automatiquement"));
        QCOMPARE(SettingsDialog::languageSetting(), QStringLiteral("fr"));
        const QTableView *servers = child<QTableView>("serversTableView");
        QCOMPARE(servers->model()->headerData(ServerTableModel::NameColumn, Qt::Horizontal).toString(),
            QStringLiteral("Nom"));
        QCOMPARE(serverCell("EX01", ServerTableModel::EnablementColumn), QStringLiteral("Activées"));
        QCOMPARE(child<QTabWidget>("mainTabWidget")->tabText(4), QStringLiteral("Audit"));
        QCOMPARE(child<QTabWidget>("mainTabWidget")->tabText(2), QStringLiteral("Catalogue"));
        QCOMPARE(child<QPushButton>("blockButton")->text(), QStringLiteral("&Bloquer"));
        QCOMPARE(child<QLabel>("serverCountLabel")->text(), QStringLiteral("5 serveurs"));
        QVERIFY(child<QLabel>("feedStatusLabel")
                    ->text()
                    .startsWith(QStringLiteral("Flux signé par Contoso Mitigation Signing le ")));
        selectServerAndWait("EX01");
        const int row = actionRow("M1.1");
        QCOMPARE(actions()->index(row, ActionTableModel::StatusColumn).data().toString(), QStringLiteral("Appliquée"));
        QCOMPARE(
            actions()->headerData(ActionTableModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("État"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
