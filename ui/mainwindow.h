#pragma once

// The console's main window: the organization switch and the operations in
// the toolbar, the servers table with its filter and the selected server's
// details, the dashboard, the catalog, events and audit tabs, and the feed
// state in the status bar. Everything it reads or writes goes through
// commands running in worker threads; models are updated in place.

#include <functional>

#include <QMainWindow>
#include <QPointer>

#include "consoledata.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace em::ui {

class AuditTableModel;
class CatalogModel;
class CatalogView;
class Command;
class FeedCommand;
class OperationCommand;
class DashboardWidget;
class EventTableModel;
class HistoryView;
class LiveUpdates;
class LoadDirectoryCommand;
class LoadServerDetailsCommand;
class ServerDetailsPane;
class ServerFilterProxyModel;
class ServerTableModel;
struct CommandResult;
struct CycleSummary;
struct FeedUpdateReport;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the org directory at PATH (read in the background).
    void openDirectory(const QString &path);
    // Prepares the demo organization under ROOT (built on first use, or again
    // when `reset`), then opens it.
    void openDemo(const QString &root, bool reset = false);

    [[nodiscard]] QString directoryPath() const { return m_path; }
    // Whether any command (reading or writing) is running.
    [[nodiscard]] bool isBusy() const;
    // Whether the current directory has been read completely once.
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    // Exports the Get-Mitigations report of every server (or of `server`) to
    // FILE in the background; what "Export CSV…" runs once a file is chosen.
    void exportCsvTo(const QString &file, const QString &server = {});
    // Verifies and accepts the feed in FILE in the background; what "Import
    // feed…" runs once a file is chosen.
    void importFeedFrom(const QString &file);
    // Registers or updates servers and the organization's switch from
    // Get-ExchangeServer / Get-OrganizationConfig exports, in the background;
    // what "Import from Exchange…" runs once the files are chosen.
    void importExchangeFrom(const QStringList &files);
    // Copies the Set-ExchangeServer / Set-OrganizationConfig commands that
    // bring Exchange to the directory's settings to the clipboard (read in the
    // background); what "Copy PowerShell commands" runs.
    void copyExchangeScript();

    // Selects a server in the table (clearing the filter if it hides it).
    bool selectServer(const QString &name);
    // "servers", "dashboard", "catalog", "events", "audit".
    bool showTab(const QString &name);
    static QStringList tabNames();

    // Window geometry and splitter positions, in QSettings.
    void restoreLayout();
    void saveLayout() const;

    [[nodiscard]] ServerTableModel *serverModel() const { return m_servers; }
    [[nodiscard]] EventTableModel *eventModel() const { return m_events; }
    [[nodiscard]] AuditTableModel *auditModel() const { return m_audit; }
    [[nodiscard]] CatalogModel *catalogModel() const { return m_catalog; }
    // The feed state the status bar shows (its label may show it elided).
    [[nodiscard]] QString feedText() const { return m_feedText; }

signals:
    // A read of the directory ended (ok false: it could not be read; message says why).
    void directoryLoaded(bool ok, const QString &message);
    // No command is running any more.
    void idle();
    // A command that changes the directory was started (after any confirmation).
    void changeStarted(const QString &title);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCentral();
    void createStatusBar();
    void retranslate();

    // Reading
    void startLoad(int parts);
    void applyHeader(const OrgConfig &org, const FeedInfo &feed, const Catalog &catalog);
    void loadDetails();
    void fitServerColumns();

    // Selection
    void onSelectionChanged();
    [[nodiscard]] QList<ServerRow> selectedRows() const;
    [[nodiscard]] QString currentServer() const;
    void updateSelection();

    // Changes
    void requestOrgEnabled(bool enabled);
    void requestServerEnabled(const QStringList &servers, bool enabled);
    void requestBlock(const QStringList &servers, const QStringList &ids);
    void requestUnblock(const QStringList &servers, const QStringList &ids);
    void requestProxy(const QStringList &servers, const QString &proxy);
    // The engine's operations.
    void requestRunNow(const QStringList &servers);
    void requestReapply(const QStringList &servers);
    void requestRollback(const QStringList &servers, const QStringList &ids);
    void requestServiceRun();
    void fetchFeedNow();
    void testConnectivity();
    void trustSshHostKey();
    void chooseExportFile(const QString &server);
    void chooseFeedFile();
    void chooseExchangeExports();
    void connectServerRows(OperationCommand *command);
    void showCycleFailures(const CycleSummary &summary);
    void showFeedReport(const FeedUpdateReport &report);
    // Runs a fetch or import command (each has report()) in the background.
    void runFeedCommand(FeedCommand *command, const QString &failureTitle);

    enum WriteFlag {
        ReloadServers = 0x1, // the change touched servers' statuses: read them all again afterwards
        OwnFailureDialog = 0x2, // the caller shows a failure itself
    };
    void runWrite(Command *command, int flags = 0);
    void writeFinished(const CommandResult &result);
    void confirm(
        const QString &title, const QString &text, const QString &acceptText, const std::function<void()> &onAccept);
    void showError(const QString &title, const QString &message);

    // Status
    void track(Command *command);
    void showMessage(const QString &text, bool error = false);
    void updateFeedStatus();
    void setFeedText(const QString &text);
    void updateActions();
    void updateServerCount();
    void scheduleDashboard();
    void updateDashboard();
    void checkIdle();

    void showServersContextMenu(const QPoint &pos);
    void openSettings();
    void chooseDirectory();
    void chooseDatabase();
    void showAbout();

    // Models
    ServerTableModel *m_servers;
    ServerFilterProxyModel *m_serverProxy;
    EventTableModel *m_events;
    AuditTableModel *m_audit;
    CatalogModel *m_catalog;

    // Widgets
    QToolBar *m_toolBar = nullptr;
    QCheckBox *m_orgSwitch = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_serversSplitter = nullptr;
    QLineEdit *m_serverFilter = nullptr;
    QLabel *m_showLabel = nullptr;
    QComboBox *m_serverShow = nullptr;
    QLabel *m_serverCount = nullptr;
    QTableView *m_serverView = nullptr;
    ServerDetailsPane *m_details = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    CatalogView *m_catalogView = nullptr;
    HistoryView *m_eventsView = nullptr;
    HistoryView *m_auditView = nullptr;
    QLabel *m_feedIcon = nullptr;
    QLabel *m_feedLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;

    // Actions
    QAction *m_openAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_runNowAction = nullptr;
    QAction *m_testConnectivityAction = nullptr;
    QAction *m_trustSshKeyAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_importFeedAction = nullptr;
    QAction *m_importExchangeAction = nullptr;
    QAction *m_copyExchangeScriptAction = nullptr;
    QAction *m_fetchFeedAction = nullptr;
    QAction *m_requestRunAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    // State
    QString m_path;
    bool m_demo = false;
    bool m_loaded = false;
    OrgConfig m_org;
    FeedInfo m_feed;
    QString m_feedText;
    QPointer<LoadDirectoryCommand> m_load;
    QPointer<LoadServerDetailsCommand> m_detailsLoad;
    QPointer<Command> m_write;
    int m_writeFlags = 0;
    QPointer<Command> m_export;
    QPointer<Command> m_connectivity;
    QPointer<Command> m_demoBuild;
    QPointer<Command> m_tracked; // the command the progress bar follows
    QTimer *m_selectionTimer;
    QTimer *m_dashboardTimer;
    QTimer *m_messageTimer;
    QTimer *m_feedTimer;
    QTimer *m_autoRefresh;
    LiveUpdates *m_live; // changes others make, as they happen
    QString m_pendingSelection; // selected once its row arrives
};

} // namespace em::ui
