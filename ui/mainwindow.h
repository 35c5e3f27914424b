#pragma once

// The console's main window: the organization switch and the operations in
// the toolbar, the servers table with its filter and the selected server's
// details, the dashboard, the catalog, events and audit tabs, and the feed
// state in the status bar. Everything it reads or writes goes through
// commands running in worker threads; models are updated in place.

#include <QMainWindow>
#include <QPointer>

#include "consoledata.h"

class QTabWidget;
class QTimer;

namespace em::ui {

class AuditTableModel;
class CatalogModel;
class CatalogView;
class Command;
class ConsoleActions;
class ConsoleStatusBar;
class DashboardWidget;
class EventTableModel;
class HistoryView;
class LiveUpdates;
class LoadDirectoryCommand;
class LoadServerDetailsCommand;
class OperationCommand;
class ServersPage;
class ServerTableModel;
struct CommandResult;

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
    [[nodiscard]] QString feedText() const;

signals:
    // A read of the directory ended (ok false: it could not be read; message says why).
    void directoryLoaded(bool ok, const QString &message);
    // No command is running any more.
    void idle();
    // A command that changes the directory was started (after any confirmation).
    void changeStarted(const QString &title);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCentral();
    void retranslate();

    // Reading
    void startLoad(int parts);
    void applyHeader(const OrgConfig &org, const FeedInfo &feed, const Catalog &catalog);
    void loadDetails();
    void onSelectionChanged();
    [[nodiscard]] QString currentServer() const;
    [[nodiscard]] QStringList selectedServers() const;

    // Commands: each asks its own questions and shows its own outcome.
    enum WriteFlag {
        ReloadServers = 0x1, // the change touched servers' statuses: read them all again afterwards
    };
    // Runs a command that changes the directory (one at a time); the rows of
    // the servers it changes update the table as they come.
    void runWrite(Command *command, int flags = 0);
    void writeFinished(Command *command, const CommandResult &result);
    // Runs a command that only reads (an export, a test): progress, its message.
    void runRead(QPointer<Command> &slot, Command *command, const QString &busy);
    void requestOrgEnabled(bool enabled);
    void fetchFeedNow();
    void testConnectivity();
    void chooseExportFile(const QString &server);

    // Status
    void showMessage(const QString &text, bool error = false);
    void updateFeedStatus();
    void updateActions();
    void checkIdle();

    void showServersContextMenu(const QPoint &globalPos);
    void chooseDirectory();
    void chooseDatabase();
    void showAbout();

    // Models
    ServerTableModel *m_servers;
    EventTableModel *m_events;
    AuditTableModel *m_audit;
    CatalogModel *m_catalog;

    // Widgets
    QTabWidget *m_tabs = nullptr;
    ServersPage *m_serversPage = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    CatalogView *m_catalogView = nullptr;
    HistoryView *m_eventsView = nullptr;
    HistoryView *m_auditView = nullptr;
    ConsoleStatusBar *m_status = nullptr;

    ConsoleActions *m_actions = nullptr;

    // State
    QString m_path;
    bool m_demo = false;
    bool m_loaded = false;
    OrgConfig m_org;
    FeedInfo m_feed;
    QPointer<LoadDirectoryCommand> m_load;
    QPointer<LoadServerDetailsCommand> m_detailsLoad;
    QPointer<Command> m_write;
    QPointer<Command> m_export;
    QPointer<Command> m_script;
    QPointer<Command> m_connectivity;
    QPointer<Command> m_demoBuild;
    QTimer *m_selectionTimer;
    QTimer *m_dashboardTimer;
    QTimer *m_autoRefresh;
    LiveUpdates *m_live; // changes others make, as they happen
    QString m_pendingSelection; // selected once its row arrives
};

} // namespace em::ui
