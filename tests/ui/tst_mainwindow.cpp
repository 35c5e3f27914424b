// The real MainWindow on a real directory file, driven like an admin would:
// switch the organization, block and unblock actions, turn a server off, set a
// proxy, filter the servers and switch the language; run a cycle on lab
// servers laid out from the real IIS files, reapply, roll back, export the
// report through the file dialog, import a good and a tampered signed feed,
// test connectivity, open the demo. Each change must show at once, be in the
// directory (and the lab servers' files), and land in the audit tab.

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include "directory/orgdirectory.h"
#include "engine/cycle.h"
#include "engine/demoorg.h"
#include "language.h"
#include "mainwindow.h"
#include "models/actiontablemodel.h"
#include "models/audittablemodel.h"
#include "models/catalogmodel.h"
#include "models/connectivitymodel.h"
#include "models/eventtablemodel.h"
#include "models/feedcheckmodel.h"
#include "models/servertablemodel.h"
#include "settingsdialog.h"
#include "uifixture.h"
#include "widgets/connectivitydialog.h"
#include "widgets/dashboardwidget.h"
#include "widgets/feedreportdialog.h"

using namespace em;
using namespace em::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_path;
    QString m_labRoot;
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

    bool hasAuditOf(const char *action, const char *target) const
    {
        const AuditTableModel *audit = m_window->auditModel();
        for (int row = 0; row < audit->rowCount(); ++row) {
            const AuditEntry &e = audit->entryAt(row);
            if (e.action == QLatin1String(action) && e.target == QLatin1String(target))
                return true;
        }
        return false;
    }

    QString actionDetail(const char *id) const
    {
        const int row = actionRow(id);
        return row < 0 ? QString() : actions()->index(row, ActionTableModel::DetailColumn).data().toString();
    }

    // Clicks the toolbar button of an action, as an admin would.
    void clickToolButton(const char *actionName)
    {
        QAction *action = child<QAction>(actionName);
        QTRY_VERIFY2(action->isEnabled(), actionName);
        QWidget *button = child<QToolBar>("mainToolBar")->widgetForAction(action);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Opens another directory in the window and waits until it is read.
    void reopen(const QString &path)
    {
        m_path = path;
        m_window->openDirectory(path);
        QTRY_VERIFY(m_window->isLoaded());
        QTRY_VERIFY(!m_window->isBusy());
    }

    // Two lab servers with dir: hosts from the real IIS files; returns the directory.
    QString labDirectory()
    {
        m_labRoot = m_tmp.filePath(QStringLiteral("labs%1").arg(m_count));
        const QString path = m_tmp.filePath(QStringLiteral("lab%1.db").arg(m_count));
        auto built = test::UiFixture::buildLab(path, m_labRoot);
        if (!built)
            qFatal("%s", qPrintable(built.error().message));
        return path;
    }

    QString siteConfig(const char *server) const
    {
        return m_labRoot + QLatin1Char('/') + QLatin1String(server) + QStringLiteral("/inetpub/wwwroot/web.config");
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Answers the file dialog the window opened with FILE.
    void chooseFile(const char *dialogName, const QString &file)
    {
        QTRY_VERIFY(m_window->findChild<QFileDialog *>(QString::fromLatin1(dialogName)));
        QFileDialog *dialog = m_window->findChild<QFileDialog *>(QString::fromLatin1(dialogName));
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->windowModality() != Qt::NonModal); // open(), not a free-floating window
        dialog->selectFile(file);
        // The dialog's own Open / Save button (Qt's widget-based dialog under the offscreen platform).
        QDialogButtonBox *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons);
        QPushButton *accept = nullptr;
        for (QAbstractButton *b : buttons->buttons()) {
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                accept = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(accept);
        QTRY_VERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
    }

    // MitigationsApplied of every server, added up: what the dashboard's
    // Applied tile must say.
    int appliedEverywhere() const
    {
        const QList<Server> servers = directory()->servers().value();
        int n = 0;
        for (const Server &s : servers)
            n += int(s.mitigationsApplied.size());
        return n;
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
        QVERIFY(m_window->feedText().startsWith(QLatin1String("Feed signed by Contoso Mitigation Signing on ")));
        QCOMPARE(child<QLabel>("serverCountLabel")->text(), QStringLiteral("5 servers"));
        // The first server is selected and its actions shown.
        QTRY_VERIFY(actionRow("PING1") >= 0);
        // The engine's operations are available and say what they do.
        for (const char *name : {"runNowAction", "requestRunAction", "testConnectivityAction", "exportCsvAction",
                 "importFeedAction", "fetchFeedAction"}) {
            QAction *action = child<QAction>(name);
            QVERIFY2(action->isEnabled(), name);
            QVERIFY2(!action->toolTip().isEmpty() && !action->toolTip().contains(QLatin1String("engine lands")), name);
        }
        // EDGE01 (the first by name) is never touched: nothing to reapply there.
        QCOMPARE(child<QLabel>("serverTitleLabel")->text(), QStringLiteral("EDGE01"));
        QVERIFY(!child<QPushButton>("reapplyButton")->isEnabled());
        selectServerAndWait("EX01");
        QVERIFY(child<QPushButton>("reapplyButton")->isEnabled());
        QVERIFY(!child<QPushButton>("rollbackButton")->isEnabled()); // no action selected yet
    }

    void feedStateInTheStatusBar()
    {
        QLabel *label = child<QLabel>("feedStatusLabel");
        QVERIFY(m_window->feedText().startsWith(QLatin1String("Feed signed by Contoso Mitigation Signing on ")));
        QVERIFY(label->toolTip().contains(QLatin1String("Signer: CN=Contoso Mitigation Signing, O=Contoso Ltd")));
        // A narrow window elides the line; the tooltip keeps all of it.
        m_window->resize(700, 600);
        QTRY_VERIFY(label->text().endsWith(QChar(0x2026)));
        QVERIFY(label->text().startsWith(QLatin1String("Feed signed by")));
        QVERIFY(label->toolTip().startsWith(m_window->feedText()));
    }

    void runNowAppliesOnLabServers()
    {
        reopen(labDirectory());
        const QByteArray before = readAll(siteConfig("LAB-A"));
        QVERIFY(!before.isEmpty());
        selectServerAndWait("LAB-A");
        QCOMPARE(actionStatus("M1.1"), ActionStatus::Pending);
        QCOMPARE(actionStatus("M2.1"), ActionStatus::Pending);
        QCOMPARE(serverCell("LAB-A", ServerTableModel::AppliedColumn), QStringLiteral("0"));

        clickToolButton("runNowAction");
        QTRY_COMPARE_WITH_TIMEOUT(actionStatus("M1.1"), ActionStatus::Applied, 30000);
        QTRY_VERIFY(!m_window->isBusy());
        for (const char *id : {"PING1", "M2.1", "M3.1"})
            QCOMPARE(actionStatus(id), ActionStatus::Applied);
        QCOMPARE(actions()->index(actionRow("M1.1"), ActionTableModel::StatusColumn).data().toString(),
            QStringLiteral("Applied"));
        QVERIFY2(actionDetail("M1.1").contains(QLatin1String("EEMS M1.1")), qPrintable(actionDetail("M1.1")));
        QCOMPARE(serverCell("LAB-A", ServerTableModel::AppliedColumn), QStringLiteral("4"));
        QVERIFY(readAll(siteConfig("LAB-A")).contains("<rule name=\"EEMS M1.1 PowerShell - inbound\""));
        QVERIFY(hasAuditOf("run", "Organization"));
        QCOMPARE(child<QLabel>("messageLabel")->toolTip(), QStringLiteral("Cycle run on 2 servers: 7 applied."));

        // LAB-B runs Exchange 2019 CU14: M1 does not apply there, the rest does.
        selectServerAndWait("LAB-B");
        QCOMPARE(actionStatus("M1.1"), ActionStatus::NotApplicable);
        QCOMPARE(actionStatus("M3.1"), ActionStatus::Applied);
    }

    void rollbackFromTheDetailsPane()
    {
        const QString path = labDirectory();
        const QByteArray original = readAll(siteConfig("LAB-A"));
        {
            auto dir = OrgDirectory::open(path);
            CycleOptions options;
            options.identity = QStringLiteral("LAB-A");
            QVERIFY(runCycle(**dir, options));
        }
        QVERIFY(readAll(siteConfig("LAB-A")) != original);
        reopen(path);
        selectServerAndWait("LAB-A");
        QCOMPARE(actionStatus("M1.1"), ActionStatus::Applied);
        QPushButton *rollback = child<QPushButton>("rollbackButton");
        QVERIFY(!rollback->isEnabled());
        clickRow(child<QTableView>("actionsTableView"), actionRow("M1.1"));
        QTRY_VERIFY(rollback->isEnabled());
        QTest::mouseClick(rollback, Qt::LeftButton);
        answerConfirmation(true); // destructive: asked first

        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox *>(QStringLiteral("rollbackResultMessageBox")), 20000);
        QMessageBox *result = m_window->findChild<QMessageBox *>(QStringLiteral("rollbackResultMessageBox"));
        QCOMPARE(result->text(),
            QStringLiteral("M1.1 rolled back on LAB-A, and blocked there so that the next cycle does not apply it "
                           "again. Unblock it to let the EM service apply it again."));
        result->accept();
        QCOMPARE(readAll(siteConfig("LAB-A")), original); // removed exactly what it added
        QTRY_COMPARE(actionStatus("M1.1"), ActionStatus::Blocked);
        QTRY_VERIFY(hasAudit("rollback", "LAB-A", "M1.1", "Blocked"));
        QTRY_VERIFY(!m_window->isBusy());
        QCOMPARE(
            directory()->server(QStringLiteral("LAB-A"))->mitigationsBlocked, QStringList {QStringLiteral("M1.1")});
        QCOMPARE(child<QLabel>("blockListLabel")->text(), QStringLiteral("Block list: M1.1"));
    }

    void reapplyPutsBackWhatWasRemovedByHand()
    {
        const QString path = labDirectory();
        const QByteArray original = readAll(siteConfig("LAB-A"));
        {
            auto dir = OrgDirectory::open(path);
            CycleOptions options;
            options.identity = QStringLiteral("LAB-A");
            QVERIFY(runCycle(**dir, options));
        }
        // An administrator removes the rule by hand.
        QFile site(siteConfig("LAB-A"));
        QVERIFY(site.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(site.write(original), original.size());
        site.close();
        reopen(path);
        selectServerAndWait("LAB-A");
        QPushButton *reapply = child<QPushButton>("reapplyButton");
        QTRY_VERIFY(reapply->isEnabled());
        QTest::mouseClick(reapply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(actionDetail("M1.1").contains(QLatin1String("put back")), 30000);
        QCOMPARE(actionStatus("M1.1"), ActionStatus::Applied);
        QVERIFY(readAll(siteConfig("LAB-A")).contains("EEMS M1.1 PowerShell - inbound"));
        QTRY_VERIFY(hasAuditOf("reapply", "LAB-A"));
        QTRY_VERIFY(!m_window->isBusy());
    }

    void exportCsvThroughTheFileDialog()
    {
        const QString file = m_tmp.filePath(QStringLiteral("report%1.csv").arg(m_count));
        clickToolButton("exportCsvAction");
        chooseFile("exportCsvDialog", file);
        QTRY_VERIFY(QFile::exists(file));
        QTRY_VERIFY(!m_window->isBusy());
        const QByteArray csv = readAll(file);
        QVERIFY(csv.startsWith("Server,ID,Type,Description,Status,Detail,AppliedTime\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
        QCOMPARE(csv.count("\n"), csv.count("\r\n")); // CRLF only
        const QList<QByteArray> lines = csv.chopped(2).split('\n');
        int rows = 0;
        QVERIFY(directory()->mitigationRows({}, [&rows](const MitigationRow &) {
            ++rows;
            return true;
        }));
        QCOMPARE(lines.size(), 1 + rows);
        QVERIFY(lines.contains("EX01,M2.1,DisableAppPool,Stop and disable the OWA calendar app pool,Failed,"
                               "applicationHost.config cannot be written: permission denied,\r"));
        QVERIFY(lines.contains("EDGE01,M1.1,UrlRewrite,Block autodiscover PowerShell requests,NotApplicable,"
                               "not applicable (Edge Transport),\r"));
        QCOMPARE(child<QLabel>("messageLabel")->toolTip(),
            QStringLiteral("Exported %1 rows to %2.").arg(rows).arg(QDir::toNativeSeparators(file)));
    }

    void importFromExchangeThenCopyTheCommands()
    {
        // File > Import from Exchange…: the servers of a real Get-ExchangeServer export are registered.
        const QString exports = qEnvironmentVariable("EM_SOURCE_DIR") + QStringLiteral("/tests/fixtures/exchange-clixml/");
        QAction *import = m_window->findChild<QAction *>(QStringLiteral("importExchangeAction"));
        QVERIFY(import);
        QTRY_VERIFY(import->isEnabled());
        import->trigger();
        chooseFile("importExchangeDialog", exports + QStringLiteral("GetExchangeServer-E2016-PING1.xml"));
        QTRY_VERIFY_WITH_TIMEOUT(bool(directory()->server(QStringLiteral("E2k16-1"))), 20000);
        QTRY_VERIFY(!m_window->isBusy());
        QTRY_VERIFY(hasAuditOf("exchange-import", "E2k16-1"));

        // Turned off here, so Exchange must be told: the command goes to the clipboard.
        QVERIFY(directory()->updateServer(
            QStringLiteral("E2k16-1"), QStringLiteral("set-server"),
            [](Server &s) -> Result<void> {
                s.mitigationsEnabled = false;
                return {};
            },
            Actor {QStringLiteral("tester"), QStringLiteral("test-ws")}));
        QGuiApplication::clipboard()->clear();
        QAction *copy = m_window->findChild<QAction *>(QStringLiteral("copyExchangeScriptAction"));
        QVERIFY(copy);
        QVERIFY(copy->isEnabled());
        copy->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!QGuiApplication::clipboard()->text().isEmpty(), 10000);
        const QString commands = QGuiApplication::clipboard()->text();
        QVERIFY2(commands.contains(QLatin1String("Set-ExchangeServer -Identity 'E2k16-1' -MitigationsEnabled $false")),
            qPrintable(commands));
        QVERIFY2(child<QLabel>("messageLabel")->toolTip().contains(QLatin1String("copied to the clipboard")),
            qPrintable(child<QLabel>("messageLabel")->toolTip()));
    }

    void importAGoodFeedThenATamperedOne()
    {
        auto feeds = test::UiFixture::signedFeeds(m_path, m_tmp.path());
        QVERIFY2(feeds, qPrintable(feeds ? QString() : feeds.error().message));
        clickToolButton("importFeedAction");
        chooseFile("importFeedDialog", feeds->good);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->feedText().startsWith(QLatin1String("Feed signed by EM Test Feed Signing on ")), 20000);
        QVERIFY(m_window->feedText().endsWith(QLatin1String("with the 'ui-test' trust profile")));
        QTRY_VERIFY(!m_window->isBusy());
        // The catalog tab shows the new feed's actions.
        const Action *m21 = m_window->catalogModel()->catalog().findAction(QStringLiteral("M2.1"));
        QVERIFY(m21);
        QCOMPARE(m21->description, QStringLiteral("Stop the app pool and set autoStart=false"));
        QVERIFY(hasAuditOf("feed-accept", "Feed"));
        QVERIFY(m_window->findChild<FeedReportDialog *>() == nullptr);

        clickToolButton("importFeedAction");
        chooseFile("importFeedDialog", feeds->tampered);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<FeedReportDialog *>(QStringLiteral("feedReportDialog")), 20000);
        FeedReportDialog *report = m_window->findChild<FeedReportDialog *>(QStringLiteral("feedReportDialog"));
        QTRY_VERIFY(report->isVisible());
        new QAbstractItemModelTester(report->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, report);
        const QString headline = report->findChild<QLabel *>(QStringLiteral("feedReportHeadlineLabel"))->text();
        QVERIFY2(headline.startsWith(QStringLiteral("The feed from %1 was refused: Digest").arg(feeds->tampered)),
            qPrintable(headline));
        const FeedCheckModel *checks = report->model();
        const int digest = checks->rowOf(QStringLiteral("digest"));
        QVERIFY(digest >= 0);
        QCOMPARE(checks->index(digest, FeedCheckModel::OutcomeColumn).data().toString(), QStringLiteral("Failed"));
        QVERIFY(!checks->index(digest, FeedCheckModel::DetailColumn).data().toString().isEmpty());
        QCOMPARE(checks->index(checks->rowOf(QStringLiteral("size")), FeedCheckModel::OutcomeColumn).data().toString(),
            QStringLiteral("Passed"));
        QVERIFY(report->findChild<QLabel *>(QStringLiteral("feedInEffectLabel"))
                    ->text()
                    .startsWith(QLatin1String("The feed in effect is unchanged: signed by EM Test Feed Signing on ")));
        report->reject();
        QTRY_VERIFY(!m_window->isBusy());
        // The previous feed stays in effect, and the refusal is event 1008.
        QVERIFY(m_window->feedText().startsWith(QLatin1String("Feed signed by EM Test Feed Signing")));
        QVERIFY(m_window->catalogModel()->catalog().findAction(QStringLiteral("M2.1"))->description
            == QStringLiteral("Stop the app pool and set autoStart=false"));
        const EventTableModel *events = m_window->eventModel();
        QTRY_VERIFY(events->rowCount() > 0 && events->eventAt(events->rowCount() - 1).eventId == EventError);
        QVERIFY(events->eventAt(events->rowCount() - 1).message.contains(QLatin1String("refused")));
    }

    void connectivityShowsTheVendorLines()
    {
        QVERIFY(directory()->updateOrg(
            [](OrgConfig &o) -> Result<void> {
                o.feedUrl = QUrl(QStringLiteral("https://127.0.0.1:9/"));
                return {};
            },
            Actor {QStringLiteral("t"), QStringLiteral("h")}));
        reopen(m_path);
        selectServerAndWait("EX01");
        clickToolButton("testConnectivityAction");
        QTRY_VERIFY(m_window->findChild<ConnectivityDialog *>(QStringLiteral("connectivityDialog")));
        ConnectivityDialog *dialog = m_window->findChild<ConnectivityDialog *>(QStringLiteral("connectivityDialog"));
        new QAbstractItemModelTester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
        QCOMPARE(dialog->model()->rowCount(), 1); // the selected server
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->stateAt(0), ConnectivityModel::State::Failed, 30000);
        QCOMPARE(dialog->model()->index(0, ConnectivityModel::ServerColumn).data().toString(), QStringLiteral("EX01"));
        QCOMPARE(dialog->model()->index(0, ConnectivityModel::ProxyColumn).data().toString(), QStringLiteral("direct"));
        QCOMPARE(dialog->model()->index(0, ConnectivityModel::ResultColumn).data().toString(),
            QStringLiteral("Result: Failed."));
        QCOMPARE(dialog->model()->index(0, ConnectivityModel::MessageColumn).data().toString(),
            QStringLiteral("Message: Unable to connect to the Mitigation Service endpoint from this computer. To learn "
                           "about connectivity requirements, see https://aka.ms/HelpConnectivityEEMS."));
        const QString details
            = dialog->findChild<QPlainTextEdit *>(QStringLiteral("connectivityDetailsTextEdit"))->toPlainText();
        QVERIFY2(details.contains(QLatin1String("\nResult: Failed.\nMessage: Unable to connect")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("Failed step: TCP")), qPrintable(details));
        QTRY_VERIFY(!m_window->isBusy());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("stopConnectivityButton"))->isVisible());
        QCOMPARE(child<QLabel>("messageLabel")->toolTip(),
            QStringLiteral("1 of 1 server cannot reach the Mitigation Service endpoint from this computer."));
        dialog->reject();
    }

    void askTheServiceToRun()
    {
        child<QAction>("requestRunAction")->trigger();
        QTRY_VERIFY(hasAuditOf("run-now", "Organization"));
        QTRY_VERIFY(!m_window->isBusy());
        auto requested = directory()->takeRunRequest();
        QVERIFY(requested && requested->has_value());
    }

    void demoShowsEveryStatus()
    {
        const QString root = m_tmp.filePath(QStringLiteral("demo"));
        QVERIFY(test::UiFixture::seedDemoPki(root));
        m_window->openDemo(root);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->directoryPath(), DemoOrganization::directoryPath(root), 60000);
        QTRY_VERIFY(m_window->isLoaded());
        QTRY_VERIFY(!m_window->isBusy());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Demo organization — EM Console"));
        QCOMPARE(m_window->serverModel()->rowCount(), 8);
        const DashboardCounts counts = child<DashboardWidget>("dashboardWidget")->counts();
        QVERIFY(counts.actions.applied > 0);
        QVERIFY(counts.actions.blocked > 0);
        QVERIFY(counts.actions.failed > 0);
        QVERIFY(counts.actions.obsolete > 0);
        QCOMPARE(counts.edge, 1);
        QCOMPARE(counts.disabled, 1);
        selectServerAndWait("EX19-MBX02");
        QCOMPARE(actionStatus("M1.1"), ActionStatus::Obsolete);
        selectServerAndWait("EX19-MBX03");
        QCOMPARE(actionStatus("M1.1"), ActionStatus::NotApplicable);
        selectServerAndWait("EX19-MBX04");
        QCOMPARE(actionStatus("M2.1"), ActionStatus::Disabled);
        QVERIFY(m_window->feedText().startsWith(QLatin1String("Feed signed by EM Console Demo Feed Signing on ")));
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
        // The selected server's actions show what the policy now says; what
        // is in place stays Applied, in the table, the details and the dashboard.
        selectServerAndWait("EX01");
        QTRY_COMPARE(actionStatus("M2.1"), ActionStatus::Disabled);
        QCOMPARE(actionStatus("PING1"), ActionStatus::Applied);
        QVERIFY2(actionDetail("PING1").contains(QLatin1String("disabled for the organization, which stops further")),
            qPrintable(actionDetail("PING1")));
        QCOMPARE(serverCell("EX01", ServerTableModel::AppliedColumn), QStringLiteral("3"));
        QTRY_COMPARE(child<DashboardWidget>("dashboardWidget")->counts().actions.applied, appliedEverywhere());

        // Turning it back on needs no confirmation.
        QTest::mouseClick(child<QCheckBox>("orgSwitchCheckBox"), Qt::LeftButton);
        QTRY_COMPARE(serverCell("EX01", ServerTableModel::EnablementColumn), QStringLiteral("Enabled"));
        QTRY_VERIFY(hasAudit("set-org", "Organization", "MitigationsEnabled", "True"));
        QTRY_VERIFY(!m_window->isBusy());
        QVERIFY(directory()->org()->mitigationsEnabled);
    }

    void cancellingTheConfirmationChangesNothing()
    {
        QSignalSpy started(m_window.get(), &MainWindow::changeStarted);
        QTest::mouseClick(child<QCheckBox>("orgSwitchCheckBox"), Qt::LeftButton);
        answerConfirmation(false);
        // Accepting starts the command as the dialog closes: declined, none started.
        QVERIFY2(started.isEmpty(), qPrintable(started.isEmpty() ? QString() : started.first().first().toString()));
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
        // The heartbeat is in place on both: Applied, and the block stops further changes.
        QTRY_VERIFY(actionDetail("PING1").contains(QLatin1String("blocked by an administrator, which stops")));
        QCOMPARE(actionStatus("PING1"), ActionStatus::Applied);
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
        QTRY_COMPARE(actionStatus("M2.1"), ActionStatus::Disabled); // failed before: nothing in place
        QCOMPARE(actionStatus("M1.1"), ActionStatus::Applied); // in place: the switch stops further changes only
        QVERIFY2(actionDetail("M1.1").contains(QLatin1String("disabled on this server, which stops further")),
            qPrintable(actionDetail("M1.1")));
        QCOMPARE(serverCell("EX01", ServerTableModel::AppliedColumn), QStringLiteral("3"));
        QTRY_COMPARE(child<DashboardWidget>("dashboardWidget")->counts().actions.applied, appliedEverywhere());
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
        // As emctl set-server says it: one server, so the line does not repeat its name (docs/operations.md).
        QCOMPARE(error->text(),
            QStringLiteral("invalid proxy 'not a url': expected a URL such as http://proxy.contoso.com:8080"));
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
        QVERIFY(m_window->feedText().startsWith(QStringLiteral("Flux signé par Contoso Mitigation Signing le ")));
        selectServerAndWait("EX01");
        const int row = actionRow("M1.1");
        QCOMPARE(actions()->index(row, ActionTableModel::StatusColumn).data().toString(), QStringLiteral("Appliquée"));
        QCOMPARE(
            actions()->headerData(ActionTableModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("État"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
