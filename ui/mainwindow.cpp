#include "mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>

#include "commands/changeserverscommand.h"
#include "commands/copyexchangescriptcommand.h"
#include "commands/createdemocommand.h"
#include "commands/cyclecommand.h"
#include "commands/exportcsvcommand.h"
#include "commands/fetchfeedcommand.h"
#include "commands/importfeedcommand.h"
#include "commands/loaddirectorycommand.h"
#include "commands/loadserverdetailscommand.h"
#include "commands/operationcommand.h"
#include "commands/requestruncommand.h"
#include "commands/rollbackcommand.h"
#include "commands/setorgenabledcommand.h"
#include "commands/testconnectivitycommand.h"
#include "commands/trustsshhostkeycommand.h"
#include "consoleactions.h"
#include "directory/locator.h"
#include "liveupdates.h"
#include "models/audittablemodel.h"
#include "models/catalogmodel.h"
#include "models/eventtablemodel.h"
#include "models/servertablemodel.h"
#include "settingsdialog.h"
#include "statusstyle.h"
#include "widgets/catalogview.h"
#include "widgets/consolestatusbar.h"
#include "widgets/dashboardwidget.h"
#include "widgets/filechooser.h"
#include "widgets/historyview.h"
#include "widgets/serverdetailspane.h"
#include "widgets/serverspage.h"

namespace em::ui {

namespace {
enum Tab { ServersTab, DashboardTab, CatalogTab, EventsTab, AuditTab };

constexpr int autoRefreshMs = 60 * 1000; // picks up what the service and emctl changed
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_servers(new ServerTableModel(this)), m_events(new EventTableModel(this)),
      m_audit(new AuditTableModel(this)), m_catalog(new CatalogModel(this)), m_selectionTimer(new QTimer(this)),
      m_dashboardTimer(new QTimer(this)), m_autoRefresh(new QTimer(this)),
      m_live(new LiveUpdates([this] { return m_load && m_load->isRunning(); }, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());

    createActions();
    createCentral();
    m_status = new ConsoleStatusBar(this);
    m_status->addLiveLabel(m_live->label());
    setStatusBar(m_status);

    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(30);
    connect(m_selectionTimer, &QTimer::timeout, this, &MainWindow::onSelectionChanged);
    m_dashboardTimer->setSingleShot(true);
    m_dashboardTimer->setInterval(150);
    connect(m_dashboardTimer, &QTimer::timeout, this, [this] { m_dashboard->setCounts(dashboardCounts(*m_servers)); });
    m_autoRefresh->setInterval(autoRefreshMs);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (m_loaded && !isBusy())
            startLoad(LoadDirectoryCommand::Everything);
    });

    connect(m_live, &LiveUpdates::refresh, this, [this](int parts, const QStringList &servers, bool details) {
        startLoad(m_loaded ? parts : int(LoadDirectoryCommand::Everything));
        if (details || servers.contains(currentServer(), Qt::CaseInsensitive))
            loadDetails();
    });

    const auto scheduleDashboard = [this] {
        if (!m_dashboardTimer->isActive())
            m_dashboardTimer->start();
    };
    connect(m_servers, &QAbstractItemModel::rowsInserted, this, scheduleDashboard);
    connect(m_servers, &QAbstractItemModel::rowsRemoved, this, scheduleDashboard);
    connect(m_servers, &QAbstractItemModel::dataChanged, this, scheduleDashboard);
    connect(m_servers, &QAbstractItemModel::modelReset, this, scheduleDashboard);
    // A change to a selected server refreshes the details header (not its actions).
    connect(m_servers, &QAbstractItemModel::dataChanged, this, [this] { m_selectionTimer->start(); });

    retranslate();
    updateActions();
    resize(1320, 860);
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::tabNames()
{
    return {QStringLiteral("servers"), QStringLiteral("dashboard"), QStringLiteral("catalog"), QStringLiteral("events"),
        QStringLiteral("audit")};
}

QString MainWindow::feedText() const
{
    return m_status->feedText();
}

// ---- Building ----

void MainWindow::createActions()
{
    m_actions = new ConsoleActions(this);
    const auto on = [this](QAction *action, auto slot) { connect(action, &QAction::triggered, this, slot); };
    on(m_actions->open, [this] { chooseDirectory(); });
    on(m_actions->openDatabase, [this] { chooseDatabase(); });
    on(m_actions->settings, [this] {
        auto *dialog = new SettingsDialog(this, m_path); // m_path: the Notifications page (issue 16)
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    on(m_actions->quit, [this] { close(); });
    on(m_actions->refresh, [this] {
        startLoad(LoadDirectoryCommand::Everything);
        m_status->track(m_load);
        loadDetails();
    });
    // The engine's operations, each a command (see commands/command.h).
    on(m_actions->runNow, [this] { runWrite(new RunNowCommand(m_path, {}, this), ReloadServers); });
    on(m_actions->requestRun, [this] { runWrite(new RequestRunCommand(m_path, this)); });
    on(m_actions->testConnectivity, [this] { testConnectivity(); });
    on(m_actions->trustSshKey, [this] {
        if (const QString server = currentServer(); !server.isEmpty())
            runWrite(new TrustSshHostKeyCommand(m_path, server, this, this));
    });
    on(m_actions->exportCsv, [this] { chooseExportFile(QString()); });
    on(m_actions->importFeed, [this] {
        chooseFiles(this,
            {QStringLiteral("importFeedDialog"), tr("Import feed"), tr("Signed feeds (*.xml);;All files (*)"),
                QStringLiteral("mainWindow/feedFolder"), FileChoice::OpenOne, {}},
            [this](const QStringList &files) { importFeedFrom(files.first()); });
    });
    on(m_actions->fetchFeed, [this] { fetchFeedNow(); });
    on(m_actions->importExchange, [this] {
        chooseFiles(this,
            {QStringLiteral("importExchangeDialog"), tr("Import from Exchange"),
                tr("Export-Clixml files (*.xml);;All files (*)"), QStringLiteral("mainWindow/exchangeFolder"),
                FileChoice::OpenSeveral, {}},
            [this](const QStringList &files) { importExchangeFrom(files); });
    });
    on(m_actions->copyExchangeScript, [this] { copyExchangeScript(); });
    on(m_actions->about, [this] { showAbout(); });
    connect(m_actions->orgSwitch, &QCheckBox::clicked, this, [this](bool checked) {
        // The box shows the directory's value until the change is written.
        m_actions->orgSwitch->setChecked(!checked);
        requestOrgEnabled(checked);
    });
}

void MainWindow::createCentral()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_tabs->setDocumentMode(true);

    m_serversPage = new ServersPage(m_servers, this);
    m_dashboard = new DashboardWidget(this);
    m_dashboard->setObjectName(QStringLiteral("dashboardWidget"));
    m_catalogView = new CatalogView(m_catalog, this);
    m_catalogView->setObjectName(QStringLiteral("catalogView"));
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const char *sample) { return fm.horizontalAdvance(QString::fromLatin1(sample)) + 36; };
    m_eventsView = new HistoryView(
        QStringLiteral("events"), m_events, EventTableModel::SortRole, EventTableModel::TimeColumn, this);
    m_eventsView->view()->setColumnWidth(EventTableModel::LevelColumn, width("Information"));
    m_eventsView->view()->setColumnWidth(EventTableModel::EventIdColumn, width("Event ID"));
    m_eventsView->view()->setColumnWidth(EventTableModel::ServerColumn, width("EX19-MBX01-LONG"));
    m_auditView = new HistoryView(
        QStringLiteral("audit"), m_audit, AuditTableModel::SortRole, AuditTableModel::TimeColumn, this);
    m_auditView->view()->setColumnWidth(AuditTableModel::ActionColumn, width("remove-server"));
    m_auditView->view()->setColumnWidth(AuditTableModel::TargetColumn, width("Organization"));
    m_auditView->view()->setColumnWidth(AuditTableModel::PropertyColumn, width("MitigationsEnabled"));

    m_tabs->addTab(m_serversPage, QString());
    m_tabs->addTab(m_dashboard, QString());
    m_tabs->addTab(m_catalogView, QString());
    m_tabs->addTab(m_eventsView, QString());
    m_tabs->addTab(m_auditView, QString());
    setCentralWidget(m_tabs);

    connect(m_serversPage, &ServersPage::selectionChanged, this, [this] { m_selectionTimer->start(); });
    connect(m_serversPage, &ServersPage::contextMenuRequested, this, &MainWindow::showServersContextMenu);

    // The details pane's buttons: each a command on the selected servers.
    ServerDetailsPane *details = m_serversPage->details();
    connect(details, &ServerDetailsPane::blockRequested, this, [this](const QStringList &ids) {
        if (!selectedServers().isEmpty() && !ids.isEmpty())
            runWrite(ChangeServersCommand::block(m_path, selectedServers(), ids, this));
    });
    connect(details, &ServerDetailsPane::unblockRequested, this, [this](const QStringList &ids) {
        if (!selectedServers().isEmpty() && !ids.isEmpty())
            runWrite(ChangeServersCommand::unblock(m_path, selectedServers(), ids, this));
    });
    connect(details, &ServerDetailsPane::enabledRequested, this, [this](bool enabled) {
        if (!selectedServers().isEmpty())
            runWrite(ChangeServersCommand::setEnabled(m_path, selectedServers(), enabled, this));
    });
    connect(details, &ServerDetailsPane::proxyRequested, this, [this](const QString &proxy) {
        if (!selectedServers().isEmpty())
            runWrite(ChangeServersCommand::setProxy(m_path, selectedServers(), proxy, this));
    });
    connect(details, &ServerDetailsPane::reapplyRequested, this, [this] {
        if (!selectedServers().isEmpty())
            runWrite(new ReapplyCommand(m_path, selectedServers(), this), ReloadServers);
    });
    connect(details, &ServerDetailsPane::rollbackRequested, this, [this](const QStringList &ids) {
        if (!selectedServers().isEmpty() && !ids.isEmpty())
            runWrite(new RollbackCommand(m_path, selectedServers(), ids, this), ReloadServers);
    });
}

void MainWindow::retranslate()
{
    if (m_path.isEmpty())
        setWindowTitle(tr("EM Console"));
    else if (m_demo)
        setWindowTitle(tr("Demo organization — EM Console"));
    else
        setWindowTitle(
            tr("%1 — EM Console").arg(m_path.contains(QLatin1String("://")) ? m_path : QFileInfo(m_path).fileName()));

    m_actions->retranslate();

    m_tabs->setTabText(ServersTab, tr("Servers"));
    m_tabs->setTabText(DashboardTab, tr("Dashboard"));
    m_tabs->setTabText(CatalogTab, tr("Catalog"));
    m_tabs->setTabText(EventsTab, tr("Events"));
    m_tabs->setTabText(AuditTab, tr("Audit"));
    m_eventsView->setPlaceholder(tr("Filter events"),
        tr("No events recorded yet. The EM service records one "
           "each time it applies, skips or fails an action."));
    m_auditView->setPlaceholder(tr("Filter the audit trail"), tr("No administrator changes recorded yet."));

    m_servers->retranslate();
    m_serversPage->retranslate();
    m_events->retranslate();
    m_audit->retranslate();
    m_catalog->retranslate();
    m_status->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_status)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    // Workers stop at their next step; nothing is left half-written.
    const std::initializer_list<Command *> commands
        = {m_load.data(), m_detailsLoad.data(), m_write.data(), m_export.data(), m_connectivity.data()};
    for (Command *command : commands) {
        if (command)
            command->cancel();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_serversPage->splitter()->restoreState(settings.value(QStringLiteral("mainWindow/serversSplitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/serversSplitter"), m_serversPage->splitter()->saveState());
}

// ---- Opening and reading ----

void MainWindow::openDirectory(const QString &path)
{
    const std::initializer_list<Command *> reading = {m_load.data(), m_detailsLoad.data()};
    for (Command *command : reading) {
        if (command)
            command->cancel();
    }
    m_load = nullptr;
    m_detailsLoad = nullptr;
    // A file path made absolute, or a postgresql:// URI as given (a bad one
    // fails to load with the reason).
    const auto locator = DirectoryLocator::parse(path);
    m_path = locator ? locator->toString() : path;
    m_loaded = false;
    m_org = OrgConfig();
    m_feed = FeedInfo();
    m_servers->clear();
    m_events->clear();
    m_audit->clear();
    m_catalog->setCatalog(Catalog());
    m_serversPage->details()->setSelection({}, QString(), true);
    retranslate();
    updateFeedStatus();
    startLoad(LoadDirectoryCommand::Everything);
    m_status->track(m_load);
    m_autoRefresh->start();
    m_live->watch(m_path);
    updateActions();
}

void MainWindow::openDemo(const QString &root, bool reset)
{
    m_demo = true;
    auto *command = new CreateDemoCommand(root, reset, this);
    command->setParentWidget(this); // a failure is shown in a dialog
    m_demoBuild = command;
    connect(command, &Command::finished, this, [this, command](const CommandResult &result) {
        if (result.ok()) {
            openDirectory(command->directoryPath());
        } else {
            showMessage(result.message, true);
            emit directoryLoaded(false, result.message);
        }
        checkIdle();
    });
    m_status->track(command);
    command->start();
}

void MainWindow::startLoad(int parts)
{
    if (m_path.isEmpty())
        return;
    if (m_load)
        m_load->cancel();
    auto *command = new LoadDirectoryCommand(m_path, LoadDirectoryCommand::Parts(parts), this);
    if (!m_loaded)
        command->setParentWidget(this); // the first read: a failure is shown in a dialog
    m_load = command;
    connect(command, &LoadDirectoryCommand::headerLoaded, this,
        [this, command](const OrgConfig &org, const FeedInfo &feed, const Catalog &catalog) {
            if (command == m_load)
                applyHeader(org, feed, catalog);
        });
    connect(command, &LoadDirectoryCommand::serversLoaded, this, [this, command](const QList<ServerRow> &batch) {
        if (command != m_load)
            return;
        const bool firstRows = m_servers->rowCount() == 0;
        m_servers->upsert(batch);
        if (firstRows)
            m_serversPage->fitColumns();
        if (!m_pendingSelection.isEmpty() && m_servers->rowOf(m_pendingSelection) >= 0)
            selectServer(m_pendingSelection);
    });
    connect(command, &LoadDirectoryCommand::serversComplete, this, [this, command](const QSet<QString> &names) {
        if (command == m_load)
            m_servers->retainOnly(names);
    });
    connect(command, &LoadDirectoryCommand::historyLoaded, this,
        [this, command](const QList<Event> &events, const QList<AuditEntry> &audit) {
            if (command != m_load)
                return;
            m_events->merge(events);
            m_audit->merge(audit);
        });
    connect(command, &Command::finished, this, [this, command](const CommandResult &result) {
        if (command == m_load) {
            const bool first = !m_loaded;
            if (result.ok()) {
                m_loaded = true;
                updateFeedStatus();
                if (first && !(!m_pendingSelection.isEmpty() && selectServer(m_pendingSelection)))
                    m_serversPage->selectFirstIfNone();
            } else if (result.outcome == CommandResult::Failed) {
                showMessage(result.message, true);
            }
            if (result.outcome != CommandResult::Cancelled)
                emit directoryLoaded(result.ok(), result.message);
            updateActions();
        }
        checkIdle();
    });
    command->start();
}

void MainWindow::applyHeader(const OrgConfig &org, const FeedInfo &feed, const Catalog &catalog)
{
    m_org = org;
    m_feed = feed;
    m_actions->orgSwitch->setChecked(org.mitigationsEnabled);
    m_servers->setOrgEnabled(org.mitigationsEnabled);
    m_catalog->setCatalog(catalog);
    m_serversPage->details()->setCatalogPresent(!catalog.mitigations.isEmpty());
    updateFeedStatus();
}

void MainWindow::loadDetails()
{
    const QString server = currentServer();
    if (m_detailsLoad)
        m_detailsLoad->cancel();
    m_detailsLoad = nullptr;
    if (server.isEmpty() || m_path.isEmpty()) {
        m_serversPage->details()->clearDetails();
        checkIdle();
        return;
    }
    auto *command = new LoadServerDetailsCommand(m_path, server, this);
    m_detailsLoad = command;
    connect(command, &LoadServerDetailsCommand::loaded, m_serversPage->details(), &ServerDetailsPane::setDetails);
    connect(command, &Command::finished, this, [this, command](const CommandResult &result) {
        if (command == m_detailsLoad && result.outcome == CommandResult::Failed)
            showMessage(result.message, true);
        checkIdle();
    });
    command->start();
}

// ---- Selection ----

QString MainWindow::currentServer() const
{
    return m_serversPage->currentServer();
}

QStringList MainWindow::selectedServers() const
{
    return m_serversPage->details()->selectedServers();
}

void MainWindow::onSelectionChanged()
{
    const QString current = currentServer();
    ServerDetailsPane *details = m_serversPage->details();
    const bool changed = current.compare(details->currentServer(), Qt::CaseInsensitive) != 0;
    details->setSelection(m_serversPage->selectedRows(), current, m_org.mitigationsEnabled);
    if (changed)
        loadDetails();
    updateActions();
}

bool MainWindow::selectServer(const QString &name)
{
    if (!m_serversPage->selectServer(name)) {
        m_pendingSelection = name;
        return false;
    }
    m_pendingSelection.clear();
    return true;
}

bool MainWindow::showTab(const QString &name)
{
    const int index = int(tabNames().indexOf(name.toLower()));
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(index);
    return true;
}

// ---- Commands ----

void MainWindow::runWrite(Command *command, int flags)
{
    if (m_write || m_path.isEmpty()) {
        showMessage(tr("Another change is being written; try again when it is done."), true);
        command->deleteLater();
        return;
    }
    m_write = command;
    command->setParentWidget(this);
    if (auto *operation = qobject_cast<OperationCommand *>(command)) {
        // Every command that changes servers reports each one as it is done.
        connect(operation, &OperationCommand::serverChanged, this,
            [this](const ServerRow &row) { m_servers->upsert({row}); });
    }
    connect(command, &Command::started, this, [this, command] {
        m_status->track(command);
        emit changeStarted(command->title());
    });
    connect(command, &Command::finished, this, [this, command, flags](const CommandResult &result) {
        writeFinished(command, result);
        if (command->hasStarted())
            startLoad(flags & ReloadServers ? int(LoadDirectoryCommand::Everything)
                                            : LoadDirectoryCommand::Header | LoadDirectoryCommand::History);
    });
    updateActions();
    command->start(); // asks first when the change needs it
}

void MainWindow::writeFinished(Command *command, const CommandResult &result)
{
    m_write = nullptr;
    if (command->hasStarted()) {
        // The command showed its own dialogs; the status line keeps the gist.
        const bool failed = result.outcome == CommandResult::Failed;
        showMessage(
            failed ? result.message.section(QLatin1Char('\n'), -1) : result.message, failed || result.attention);
        // The selected server's actions (the audit rows and events: the caller's read).
        loadDetails();
    }
    updateActions();
    checkIdle();
}

void MainWindow::runRead(QPointer<Command> &slot, Command *command, const QString &busy)
{
    if (slot) {
        showMessage(busy, true);
        command->deleteLater();
        return;
    }
    slot = command;
    command->setParentWidget(this);
    connect(command, &Command::finished, this, [this](const CommandResult &result) {
        showMessage(result.message, result.outcome == CommandResult::Failed || result.attention);
        updateActions();
        checkIdle();
    });
    m_status->track(command);
    updateActions();
    command->start();
}

void MainWindow::requestOrgEnabled(bool enabled)
{
    auto *command = new SetOrgEnabledCommand(m_path, enabled, this);
    connect(command, &SetOrgEnabledCommand::orgChanged, this, [this](const OrgConfig &org) {
        m_org = org;
        m_actions->orgSwitch->setChecked(org.mitigationsEnabled);
        m_servers->setOrgEnabled(org.mitigationsEnabled);
        m_selectionTimer->start();
    });
    runWrite(command); // turning it off is confirmed first
}

void MainWindow::fetchFeedNow()
{
    // Through the proxy of the server the admin looks at, else of the first one (as a server's service would).
    std::optional<ServerRow> through;
    const QString current = currentServer();
    if (!current.isEmpty() && m_servers->rowOf(current) >= 0)
        through = m_servers->rowAt(m_servers->rowOf(current));
    else if (m_servers->rowCount() > 0)
        through = m_servers->rowAt(0);
    const QString proxy = through ? through->server().internetWebProxy : QString();
    runWrite(new FetchFeedCommand(m_path, QUrl(), proxy,
                 through ? through->server().internetWebProxyBypassList : QStringList(),
                 through ? through->name() : QString(), this),
        ReloadServers);
}

void MainWindow::importFeedFrom(const QString &file)
{
    runWrite(new ImportFeedCommand(m_path, QFileInfo(file).absoluteFilePath(), this), ReloadServers);
}

void MainWindow::importExchangeFrom(const QStringList &files)
{
    runWrite(OperationCommand::importExchange(m_path, files, this), ReloadServers);
}

void MainWindow::copyExchangeScript()
{
    if (!m_path.isEmpty())
        runRead(m_script, new CopyExchangeScriptCommand(m_path, this),
            tr("The PowerShell commands are being made; try again when it is done."));
}

void MainWindow::chooseExportFile(const QString &server)
{
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    chooseFiles(this,
        {QStringLiteral("exportCsvDialog"),
            server.isEmpty() ? tr("Export the Get-Mitigations report")
                             : tr("Export the Get-Mitigations report of %1").arg(server),
            tr("CSV files (*.csv);;All files (*)"), QStringLiteral("mainWindow/exportFolder"), FileChoice::Save,
            server.isEmpty() ? QStringLiteral("Get-Mitigations-%1.csv").arg(date)
                             : QStringLiteral("Get-Mitigations-%1-%2.csv").arg(server, date)},
        [this, server](const QStringList &files) { exportCsvTo(files.first(), server); });
}

void MainWindow::exportCsvTo(const QString &file, const QString &server)
{
    if (!m_path.isEmpty())
        runRead(m_export, new ExportCsvCommand(m_path, QFileInfo(file).absoluteFilePath(), server, this),
            tr("An export is running; try again when it is done."));
}

void MainWindow::testConnectivity()
{
    QList<ServerRow> rows = m_serversPage->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_servers->rowCount(); ++row)
            rows << m_servers->rowAt(row);
    }
    QList<ConnectivityTarget> targets;
    for (const ServerRow &row : std::as_const(rows))
        targets << ConnectivityTarget {
            row.name(), row.server().internetWebProxy, row.server().internetWebProxyBypassList};
    runRead(m_connectivity, new TestConnectivityCommand(m_org.feedUrl, targets, this),
        tr("A connectivity test is running; try again when it is done."));
}

// ---- Status ----

void MainWindow::showMessage(const QString &text, bool error)
{
    m_status->setMessage(text, error);
}

void MainWindow::updateFeedStatus()
{
    m_status->setFeed(!m_path.isEmpty(), m_loaded, m_feed, m_org);
}

void MainWindow::updateActions()
{
    const bool open = !m_path.isEmpty();
    const bool writing = !m_write.isNull();
    const bool ready = open && m_loaded;
    m_actions->refresh->setEnabled(open);
    for (QAction *a : {m_actions->runNow, m_actions->requestRun, m_actions->importFeed, m_actions->fetchFeed,
             m_actions->importExchange, m_actions->copyExchangeScript})
        a->setEnabled(ready && !writing);
    m_actions->exportCsv->setEnabled(ready && !m_export);
    m_actions->testConnectivity->setEnabled(ready && !m_connectivity && m_servers->rowCount() > 0);
    const QString current = ready ? currentServer() : QString();
    const int currentRow = current.isEmpty() ? -1 : m_servers->rowOf(current);
    m_actions->trustSshKey->setEnabled(
        !writing && currentRow >= 0 && m_servers->rowAt(currentRow).server().host.startsWith(QLatin1String("ssh://")));
    m_actions->orgSwitch->setEnabled(open && m_loaded && !writing);
    m_serversPage->details()->setWriting(writing);
}

bool MainWindow::isBusy() const
{
    const std::initializer_list<const Command *> commands = {m_load.data(), m_detailsLoad.data(), m_write.data(),
        m_demoBuild.data(), m_export.data(), m_script.data(), m_connectivity.data()};
    return std::any_of(
        commands.begin(), commands.end(), [](const Command *command) { return command && command->isRunning(); });
}

void MainWindow::checkIdle()
{
    QTimer::singleShot(0, this, [this] {
        if (!isBusy())
            emit idle();
    });
}

// ---- Menus and dialogs ----

void MainWindow::showServersContextMenu(const QPoint &globalPos)
{
    const QStringList servers = selectedServers();
    if (servers.isEmpty())
        return;
    const bool writing = !m_write.isNull();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("serversContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    const auto add = [this, writing](QMenu *to, const QIcon &icon, const QString &text, auto make) {
        QAction *a = to->addAction(icon, text);
        a->setEnabled(!writing);
        connect(a, &QAction::triggered, this, [this, make] { runWrite(make()); });
        return a;
    };
    add(menu, statusIcon(ActionStatus::Applied), tr("Enable mitigations"),
        [this, servers] { return ChangeServersCommand::setEnabled(m_path, servers, true, this); });
    add(menu, statusIcon(ActionStatus::Disabled), tr("Disable mitigations…"),
        [this, servers] { return ChangeServersCommand::setEnabled(m_path, servers, false, this); });
    QMenu *block = menu->addMenu(statusIcon(ActionStatus::Blocked), tr("Block mitigation"));
    for (const Mitigation &m : m_catalog->catalog().mitigations)
        add(block, QIcon(), tr("%1 — %2").arg(m.id, m.description),
            [this, servers, id = m.id] { return ChangeServersCommand::block(m_path, servers, {id}, this); });
    block->setEnabled(!block->isEmpty());
    QStringList blocked;
    for (const ServerRow &row : m_serversPage->selectedRows()) {
        for (const QString &id : row.server().mitigationsBlocked) {
            if (!blocked.contains(id, Qt::CaseInsensitive))
                blocked << id;
        }
    }
    QMenu *unblock = menu->addMenu(tr("Unblock"));
    for (const QString &id : std::as_const(blocked))
        add(unblock, QIcon(), id,
            [this, servers, id] { return ChangeServersCommand::unblock(m_path, servers, {id}, this); });
    unblock->setEnabled(!blocked.isEmpty());

    menu->addSeparator();
    QAction *run = menu->addAction(m_actions->runNow->icon(),
        servers.size() == 1 ? tr("Run now on %1").arg(servers.first())
                            : tr("Run now on the %1 selected servers").arg(servers.size()));
    run->setObjectName(QStringLiteral("runSelectedAction"));
    run->setEnabled(!writing && m_loaded);
    connect(run, &QAction::triggered, this,
        [this, servers] { runWrite(new RunNowCommand(m_path, servers, this), ReloadServers); });
    menu->addAction(m_actions->testConnectivity);
    if (servers.size() == 1) {
        QAction *exportOne
            = menu->addAction(m_actions->exportCsv->icon(), tr("Export CSV of %1…").arg(servers.first()));
        exportOne->setEnabled(m_actions->exportCsv->isEnabled());
        connect(exportOne, &QAction::triggered, this, [this, server = servers.first()] { chooseExportFile(server); });
    }
    menu->addSeparator();
    menu->addAction(m_actions->refresh);
    menu->popup(globalPos); // not exec(): no nested event loop
}

void MainWindow::chooseDirectory()
{
    auto *dialog = new QFileDialog(
        this, tr("Open org directory"), QFileInfo(m_path).absolutePath(), tr("Org directories (*.db);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openDirectoryDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_demo = false;
        openDirectory(file);
    });
    dialog->open();
}

void MainWindow::chooseDatabase()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("openDatabaseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open org directory on a database server"));
    dialog->setLabelText(tr("PostgreSQL connection URI, for example\n"
                            "postgresql://emadmin@db.contoso.com/emdir?sslmode=verify-full\n"
                            "The password comes from ~/.pgpass, PGPASSFILE or PGPASSWORD, never from the URI."));
    dialog->setTextValue(m_path.contains(QLatin1String("://")) ? m_path : QStringLiteral("postgresql://"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const auto locator = DirectoryLocator::parse(text.trimmed());
        if (!locator || locator->kind() != DirectoryLocator::Kind::PostgreSql) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("The org directory could not be opened"),
                locator ? tr("'%1' is not a postgresql:// URI").arg(text.trimmed()) : locator.error().message,
                QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("errorMessageBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        m_demo = false;
        openDirectory(locator->toString());
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About EM Console"));
    box->setIconPixmap(applicationIcon().pixmap(64, 64));
    box->setText(tr("<b>EM Console %1</b>").arg(QStringLiteral(EM_VERSION)));
    box->setInformativeText(tr("Administration console for Exchange Emergency Mitigation: the signed feed of "
                               "mitigations, what each server applied, blocked or failed, and the audit trail.\n\n"
                               "Org directory: %1")
                                .arg(m_path.isEmpty() ? tr("none") : m_path));
    box->open();
}

} // namespace em::ui
