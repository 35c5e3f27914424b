#include "mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "commands/changeserverscommand.h"
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
#include "directory/locator.h"
#include "directory/orgdirectory.h"
#include "engine/operations/operations.h"
#include "feedstatus.h"
#include "liveupdates.h"
#include "model/clock.h"
#include "models/audittablemodel.h"
#include "models/catalogmodel.h"
#include "models/eventtablemodel.h"
#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"
#include "settingsdialog.h"
#include "statusstyle.h"
#include "widgets/catalogview.h"
#include "widgets/connectivitydialog.h"
#include "widgets/dashboardwidget.h"
#include "widgets/feedreportdialog.h"
#include "widgets/historyview.h"
#include "widgets/serverdetailspane.h"

namespace em::ui {

namespace {
enum Tab { ServersTab, DashboardTab, CatalogTab, EventsTab, AuditTab };

constexpr int autoRefreshMs = 60 * 1000; // picks up what the service and emctl changed
constexpr int messageMs = 15 * 1000;
const QString exportFolderKey = QStringLiteral("mainWindow/exportFolder");
const QString feedFolderKey = QStringLiteral("mainWindow/feedFolder");
const QString exchangeFolderKey = QStringLiteral("mainWindow/exchangeFolder");

QString startFolder(const QString &key)
{
    const QString stored = QSettings().value(key).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_servers(new ServerTableModel(this)), m_serverProxy(new ServerFilterProxyModel(this)),
      m_events(new EventTableModel(this)), m_audit(new AuditTableModel(this)), m_catalog(new CatalogModel(this)),
      m_selectionTimer(new QTimer(this)), m_dashboardTimer(new QTimer(this)), m_messageTimer(new QTimer(this)),
      m_feedTimer(new QTimer(this)), m_autoRefresh(new QTimer(this)),
      m_live(new LiveUpdates([this] { return m_load && m_load->isRunning(); }, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    m_serverProxy->setServerModel(m_servers);

    createActions();
    createCentral();
    createStatusBar();

    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(30);
    connect(m_selectionTimer, &QTimer::timeout, this, &MainWindow::onSelectionChanged);
    m_dashboardTimer->setSingleShot(true);
    m_dashboardTimer->setInterval(150);
    connect(m_dashboardTimer, &QTimer::timeout, this, &MainWindow::updateDashboard);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(messageMs);
    connect(m_messageTimer, &QTimer::timeout, m_messageLabel, &QLabel::clear);
    m_feedTimer->setInterval(60 * 1000); // the feed's age moves on
    connect(m_feedTimer, &QTimer::timeout, this, &MainWindow::updateFeedStatus);
    m_feedTimer->start();
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

    connect(m_servers, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleDashboard);
    connect(m_servers, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleDashboard);
    connect(m_servers, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleDashboard);
    connect(m_servers, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleDashboard);
    connect(m_serverProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateServerCount);
    connect(m_serverProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateServerCount);
    connect(m_serverProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateServerCount);
    connect(m_serverProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateServerCount);
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

// ---- Building ----

void MainWindow::createActions()
{
    const auto action = [this](const char *name, QStyle::StandardPixmap icon) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(style()->standardIcon(icon));
        return a;
    };
    m_openAction = action("openDirectoryAction", QStyle::SP_DirOpenIcon);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDirectory);
    m_openDatabaseAction = action("openDatabaseAction", QStyle::SP_CustomBase);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    m_settingsAction = action("settingsAction", QStyle::SP_CustomBase);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_quitAction = action("quitAction", QStyle::SP_CustomBase);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_refreshAction = action("refreshAction", QStyle::SP_BrowserReload);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        startLoad(LoadDirectoryCommand::Everything);
        track(m_load);
        loadDetails();
    });
    // The engine's operations, each a command (see commands/command.h).
    m_runNowAction = action("runNowAction", QStyle::SP_MediaPlay);
    connect(m_runNowAction, &QAction::triggered, this, [this] { requestRunNow({}); });
    m_requestRunAction = action("requestRunAction", QStyle::SP_CustomBase);
    connect(m_requestRunAction, &QAction::triggered, this, &MainWindow::requestServiceRun);
    m_testConnectivityAction = action("testConnectivityAction", QStyle::SP_DriveNetIcon);
    connect(m_testConnectivityAction, &QAction::triggered, this, &MainWindow::testConnectivity);
    m_trustSshKeyAction = action("trustSshKeyAction", QStyle::SP_MessageBoxQuestion);
    m_trustSshKeyAction->setEnabled(false);
    connect(m_trustSshKeyAction, &QAction::triggered, this, &MainWindow::trustSshHostKey);
    m_exportCsvAction = action("exportCsvAction", QStyle::SP_DialogSaveButton);
    connect(m_exportCsvAction, &QAction::triggered, this, [this] { chooseExportFile(QString()); });
    m_importFeedAction = action("importFeedAction", QStyle::SP_FileDialogStart);
    connect(m_importFeedAction, &QAction::triggered, this, &MainWindow::chooseFeedFile);
    m_fetchFeedAction = action("fetchFeedAction", QStyle::SP_ArrowDown);
    connect(m_fetchFeedAction, &QAction::triggered, this, &MainWindow::fetchFeedNow);
    m_importExchangeAction = action("importExchangeAction", QStyle::SP_FileDialogContentsView);
    connect(m_importExchangeAction, &QAction::triggered, this, &MainWindow::chooseExchangeExports);
    m_copyExchangeScriptAction = action("copyExchangeScriptAction", QStyle::SP_FileDialogDetailedView);
    connect(m_copyExchangeScriptAction, &QAction::triggered, this, &MainWindow::copyExchangeScript);
    for (QAction *a : {m_runNowAction, m_requestRunAction, m_testConnectivityAction, m_exportCsvAction,
             m_importFeedAction, m_fetchFeedAction, m_importExchangeAction, m_copyExchangeScriptAction})
        a->setEnabled(false);
    m_aboutAction = action("aboutAction", QStyle::SP_CustomBase);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openDatabaseAction);
    m_fileMenu->addAction(m_importFeedAction);
    m_fileMenu->addAction(m_exportCsvAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importExchangeAction);
    m_fileMenu->addAction(m_copyExchangeScriptAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_actionsMenu = menuBar()->addMenu(QString());
    m_actionsMenu->addAction(m_runNowAction);
    m_actionsMenu->addAction(m_requestRunAction);
    m_actionsMenu->addSeparator();
    m_actionsMenu->addAction(m_fetchFeedAction);
    m_actionsMenu->addAction(m_testConnectivityAction);
    m_actionsMenu->addAction(m_trustSshKeyAction);
    m_actionsMenu->addSeparator();
    m_actionsMenu->addAction(m_refreshAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    for (QMenu *menu : {m_fileMenu, m_actionsMenu, m_helpMenu})
        menu->setToolTipsVisible(true);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_runNowAction);
    m_toolBar->addAction(m_testConnectivityAction);
    m_toolBar->addAction(m_exportCsvAction);
    m_toolBar->addAction(m_importFeedAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    m_orgSwitch = new QCheckBox(m_toolBar);
    m_orgSwitch->setObjectName(QStringLiteral("orgSwitchCheckBox"));
    m_orgSwitch->setChecked(true);
    QFont bold = m_orgSwitch->font();
    bold.setBold(true);
    m_orgSwitch->setFont(bold);
    auto *switchBox = new QWidget(m_toolBar);
    auto *switchLayout = new QHBoxLayout(switchBox);
    switchLayout->setContentsMargins(8, 0, 8, 0);
    switchLayout->addWidget(m_orgSwitch);
    m_toolBar->addWidget(switchBox);
    connect(m_orgSwitch, &QCheckBox::clicked, this, [this](bool checked) {
        // The box shows the directory's value until the change is written.
        m_orgSwitch->setChecked(!checked);
        requestOrgEnabled(checked);
    });
}

void MainWindow::createCentral()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_tabs->setDocumentMode(true);

    // Servers: the table above, the selected server's details below.
    auto *serversTop = new QWidget(this);
    m_serverFilter = new QLineEdit(serversTop);
    m_serverFilter->setObjectName(QStringLiteral("serverFilterLineEdit"));
    m_serverFilter->setClearButtonEnabled(true);
    m_showLabel = new QLabel(serversTop);
    m_serverShow = new QComboBox(serversTop);
    m_serverShow->setObjectName(QStringLiteral("serverShowComboBox"));
    for (int i = 0; i < 5; ++i)
        m_serverShow->addItem(QString());
    m_showLabel->setBuddy(m_serverShow);
    m_serverCount = new QLabel(serversTop);
    m_serverCount->setObjectName(QStringLiteral("serverCountLabel"));
    m_serverView = new QTableView(serversTop);
    m_serverView->setObjectName(QStringLiteral("serversTableView"));
    m_serverView->setModel(m_serverProxy);
    m_serverView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_serverView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_serverView->setSortingEnabled(true);
    m_serverView->sortByColumn(ServerTableModel::NameColumn, Qt::AscendingOrder);
    m_serverView->setAlternatingRowColors(true);
    m_serverView->setWordWrap(false);
    m_serverView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_serverView->verticalHeader()->hide();
    m_serverView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_serverView->horizontalHeader()->setHighlightSections(false);
    m_serverView->horizontalHeader()->setStretchLastSection(true);
    // Sized to their contents when the first rows arrive; sampled, so thousands of rows stay cheap.
    m_serverView->horizontalHeader()->setResizeContentsPrecision(200);
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const char *sample) { return fm.horizontalAdvance(QString::fromLatin1(sample)) + 36; };

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_serverFilter, 2);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_showLabel);
    filterRow->addWidget(m_serverShow);
    filterRow->addStretch(1);
    filterRow->addWidget(m_serverCount);
    auto *topLayout = new QVBoxLayout(serversTop);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(m_serverView, 1);

    m_details = new ServerDetailsPane(this);
    m_details->setObjectName(QStringLiteral("serverDetailsPane"));
    m_serversSplitter = new QSplitter(Qt::Vertical, this);
    m_serversSplitter->setObjectName(QStringLiteral("serversSplitter"));
    m_serversSplitter->addWidget(serversTop);
    m_serversSplitter->addWidget(m_details);
    m_serversSplitter->setStretchFactor(0, 2);
    m_serversSplitter->setStretchFactor(1, 3);
    m_serversSplitter->setSizes({330, 470});
    m_serversSplitter->setChildrenCollapsible(false);
    auto *serversPage = new QWidget(this);
    auto *serversLayout = new QVBoxLayout(serversPage);
    serversLayout->addWidget(m_serversSplitter);

    m_dashboard = new DashboardWidget(this);
    m_dashboard->setObjectName(QStringLiteral("dashboardWidget"));
    m_catalogView = new CatalogView(m_catalog, this);
    m_catalogView->setObjectName(QStringLiteral("catalogView"));
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

    m_tabs->addTab(serversPage, QString());
    m_tabs->addTab(m_dashboard, QString());
    m_tabs->addTab(m_catalogView, QString());
    m_tabs->addTab(m_eventsView, QString());
    m_tabs->addTab(m_auditView, QString());
    setCentralWidget(m_tabs);

    connect(m_serverFilter, &QLineEdit::textChanged, m_serverProxy, &ServerFilterProxyModel::setText);
    connect(m_serverFilter, &QLineEdit::textChanged, this, &MainWindow::updateServerCount);
    connect(m_serverShow, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_serverProxy->setShow(ServerFilterProxyModel::Show(qMax(0, index)));
        updateServerCount();
    });
    connect(m_serverView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_selectionTimer->start(); });
    connect(m_serverView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this] { m_selectionTimer->start(); });
    connect(m_serverView, &QWidget::customContextMenuRequested, this, &MainWindow::showServersContextMenu);

    connect(m_details, &ServerDetailsPane::blockRequested, this,
        [this](const QStringList &ids) { requestBlock(m_details->selectedServers(), ids); });
    connect(m_details, &ServerDetailsPane::unblockRequested, this,
        [this](const QStringList &ids) { requestUnblock(m_details->selectedServers(), ids); });
    connect(m_details, &ServerDetailsPane::enabledRequested, this,
        [this](bool enabled) { requestServerEnabled(m_details->selectedServers(), enabled); });
    connect(m_details, &ServerDetailsPane::proxyRequested, this,
        [this](const QString &proxy) { requestProxy(m_details->selectedServers(), proxy); });
    connect(m_details, &ServerDetailsPane::reapplyRequested, this,
        [this] { requestReapply(m_details->selectedServers()); });
    connect(m_details, &ServerDetailsPane::rollbackRequested, this,
        [this](const QStringList &ids) { requestRollback(m_details->selectedServers(), ids); });
}

void MainWindow::createStatusBar()
{
    m_feedIcon = new QLabel(this);
    m_feedLabel = new QLabel(this);
    m_feedLabel->setObjectName(QStringLiteral("feedStatusLabel"));
    m_feedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Takes the room the status bar has and elides the rest (the tooltip has it all).
    m_feedLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_feedLabel->installEventFilter(this);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setMaximumWidth(520);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("commandProgressBar"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelCommandButton"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_tracked)
            m_tracked->cancel();
    });
    statusBar()->addWidget(m_feedIcon);
    statusBar()->addWidget(m_feedLabel, 1);
    statusBar()->addPermanentWidget(m_live->label());
    statusBar()->addPermanentWidget(m_messageLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
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

    m_fileMenu->setTitle(tr("&File"));
    m_actionsMenu->setTitle(tr("&Actions"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_openAction->setText(tr("&Open org directory…"));
    m_openDatabaseAction->setText(tr("Open org directory on a &database server…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Read the org directory again"));
    m_runNowAction->setText(tr("Run &now"));
    m_runNowAction->setToolTip(tr("Run one mitigation cycle now on every server of the organization, from this "
                                  "computer: apply what is due, put back what was removed by hand, record statuses"));
    m_requestRunAction->setText(tr("Ask the &service to run now"));
    m_requestRunAction->setToolTip(tr("Set the \"run requested\" flag: the EM service (emctl service) runs a cycle "
                                      "on its servers when it next looks for requests"));
    m_testConnectivityAction->setText(tr("&Test connectivity"));
    m_testConnectivityAction->setToolTip(tr("Test whether this computer reaches the Mitigation Service endpoint "
                                            "through the proxy of each selected server"));
    m_trustSshKeyAction->setText(tr("Trust SSH host &key…"));
    m_trustSshKeyAction->setToolTip(tr("Show the SSH host key of the selected ssh:// server and accept it after "
                                       "checking its fingerprint on the server"));
    m_exportCsvAction->setText(tr("&Export CSV…"));
    m_exportCsvAction->setToolTip(tr("Export the Get-Mitigations report of every server to a CSV file"));
    m_importExchangeAction->setText(tr("Import from E&xchange…"));
    m_importExchangeAction->setToolTip(tr("Register or update servers and the organization's MitigationsEnabled "
                                          "from Get-ExchangeServer and Get-OrganizationConfig exports (Export-Clixml)"));
    m_copyExchangeScriptAction->setText(tr("Copy &PowerShell commands"));
    m_copyExchangeScriptAction->setToolTip(tr("Copy the Set-ExchangeServer and Set-OrganizationConfig commands that "
                                              "bring Exchange to the directory's settings"));
    m_importFeedAction->setText(tr("&Import feed…"));
    m_importFeedAction->setToolTip(tr("Verify a signed feed file and make it the feed in effect (air-gapped "
                                      "organizations)"));
    m_fetchFeedAction->setText(tr("&Fetch feed now"));
    m_fetchFeedAction->setToolTip(tr("Fetch the organization's feed now through the selected server's proxy, "
                                     "verify it and accept it"));
    m_aboutAction->setText(tr("&About EM Console"));
    m_orgSwitch->setText(tr("Apply mitigations automatically"));
    m_orgSwitch->setToolTip(tr("MitigationsEnabled of the organization. When off, no server applies mitigations; "
                               "the feed is still fetched and verified, and the console shows what would apply."));
    m_cancel->setToolTip(tr("Cancel"));

    m_tabs->setTabText(ServersTab, tr("Servers"));
    m_tabs->setTabText(DashboardTab, tr("Dashboard"));
    m_tabs->setTabText(CatalogTab, tr("Catalog"));
    m_tabs->setTabText(EventsTab, tr("Events"));
    m_tabs->setTabText(AuditTab, tr("Audit"));

    m_serverFilter->setPlaceholderText(tr("Filter servers by name, version, role or result"));
    m_showLabel->setText(tr("&Show:"));
    const QStringList shows = {tr("All servers"), tr("With failed actions"), tr("With blocked mitigations"),
        tr("Mitigations off"), tr("Never checked")};
    for (int i = 0; i < shows.size(); ++i)
        m_serverShow->setItemText(i, shows.at(i));
    m_eventsView->setPlaceholder(tr("Filter events"),
        tr("No events recorded yet. The EM service records one "
           "each time it applies, skips or fails an action."));
    m_auditView->setPlaceholder(tr("Filter the audit trail"), tr("No administrator changes recorded yet."));

    m_servers->retranslate();
    if (m_servers->rowCount() > 0)
        fitServerColumns();
    m_events->retranslate();
    m_audit->retranslate();
    m_catalog->retranslate();
    updateFeedStatus();
    updateServerCount();
    if (m_write)
        m_progress->setFormat(m_write->title());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
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
    m_serversSplitter->restoreState(settings.value(QStringLiteral("mainWindow/serversSplitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/serversSplitter"), m_serversSplitter->saveState());
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
    m_details->setSelection({}, QString(), true);
    retranslate();
    startLoad(LoadDirectoryCommand::Everything);
    track(m_load);
    m_autoRefresh->start();
    m_live->watch(m_path);
    updateActions();
}

void MainWindow::openDemo(const QString &root, bool reset)
{
    m_demo = true;
    auto *command = new CreateDemoCommand(root, reset, this);
    m_demoBuild = command;
    connect(command, &Command::finished, this, [this, command](const CommandResult &result) {
        if (result.ok()) {
            openDirectory(command->directoryPath());
        } else {
            showMessage(result.message, true);
            showError(tr("The demo organization could not be prepared"), result.message);
            emit directoryLoaded(false, result.message);
        }
        checkIdle();
    });
    track(command);
    command->start();
}

void MainWindow::startLoad(int parts)
{
    if (m_path.isEmpty())
        return;
    if (m_load)
        m_load->cancel();
    auto *command = new LoadDirectoryCommand(m_path, LoadDirectoryCommand::Parts(parts), this);
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
            fitServerColumns();
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
                if (first && m_serverView->selectionModel()->selectedRows().isEmpty()) {
                    if (!m_pendingSelection.isEmpty() && selectServer(m_pendingSelection))
                        m_pendingSelection.clear();
                    else if (m_serverProxy->rowCount() > 0)
                        m_serverView->selectionModel()->setCurrentIndex(m_serverProxy->index(0, 0),
                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                }
            } else if (result.outcome == CommandResult::Failed) {
                showMessage(result.message, true);
                if (first)
                    showError(tr("The org directory could not be read"), result.message);
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
    m_orgSwitch->setChecked(org.mitigationsEnabled);
    m_servers->setOrgEnabled(org.mitigationsEnabled);
    m_catalog->setCatalog(catalog);
    m_details->setCatalogPresent(!catalog.mitigations.isEmpty());
    updateFeedStatus();
}

void MainWindow::fitServerColumns()
{
    for (int column = 0; column < ServerTableModel::LastResultColumn; ++column)
        m_serverView->resizeColumnToContents(column);
    for (int c : {ServerTableModel::AppliedColumn, ServerTableModel::BlockedColumn, ServerTableModel::FailedColumn})
        m_serverView->setColumnWidth(
            c, qMax(m_serverView->columnWidth(c), fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 40));
}

void MainWindow::loadDetails()
{
    const QString server = currentServer();
    if (m_detailsLoad)
        m_detailsLoad->cancel();
    m_detailsLoad = nullptr;
    if (server.isEmpty() || m_path.isEmpty()) {
        m_details->clearDetails();
        checkIdle();
        return;
    }
    auto *command = new LoadServerDetailsCommand(m_path, server, this);
    m_detailsLoad = command;
    connect(command, &LoadServerDetailsCommand::loaded, m_details, &ServerDetailsPane::setDetails);
    connect(command, &Command::finished, this, [this, command](const CommandResult &result) {
        if (command == m_detailsLoad && result.outcome == CommandResult::Failed)
            showMessage(result.message, true);
        checkIdle();
    });
    command->start();
}

// ---- Selection ----

QList<ServerRow> MainWindow::selectedRows() const
{
    QList<ServerRow> rows;
    const QModelIndexList selected = m_serverView->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected) {
        const QModelIndex source = m_serverProxy->mapToSource(index);
        if (source.isValid())
            rows.append(m_servers->rowAt(source));
    }
    return rows;
}

QString MainWindow::currentServer() const
{
    const QItemSelectionModel *selection = m_serverView->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), current.parent()))
        return current.data(ServerTableModel::NameRole).toString();
    const QModelIndexList selected = selection->selectedRows();
    return selected.isEmpty() ? QString() : selected.first().data(ServerTableModel::NameRole).toString();
}

void MainWindow::onSelectionChanged()
{
    const QString current = currentServer();
    const bool changed = current.compare(m_details->currentServer(), Qt::CaseInsensitive) != 0;
    m_details->setSelection(selectedRows(), current, m_org.mitigationsEnabled);
    if (changed)
        loadDetails();
    updateActions();
}

bool MainWindow::selectServer(const QString &name)
{
    const QModelIndex source = m_servers->indexOf(name);
    if (!source.isValid()) {
        m_pendingSelection = name;
        return false;
    }
    QModelIndex index = m_serverProxy->mapFromSource(source);
    if (!index.isValid()) {
        m_serverFilter->clear();
        m_serverShow->setCurrentIndex(0);
        index = m_serverProxy->mapFromSource(source);
    }
    m_pendingSelection.clear();
    m_serverView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_serverView->scrollTo(index);
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

// ---- Changes ----

void MainWindow::confirm(
    const QString &title, const QString &text, const QString &acceptText, const std::function<void()> &onAccept)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmMessageBox"));
    QPushButton *accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmAcceptButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("confirmCancelButton"));
    box->setDefaultButton(cancel); // a destructive change is never the default
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, [box, accept, onAccept] {
        if (box->clickedButton() == accept)
            onAccept();
    });
    box->open(); // window-modal, no nested event loop
}

void MainWindow::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::requestOrgEnabled(bool enabled)
{
    const auto run = [this, enabled] {
        auto *command = new SetOrgEnabledCommand(m_path, enabled, this);
        connect(command, &SetOrgEnabledCommand::orgChanged, this, [this](const OrgConfig &org) {
            m_org = org;
            m_orgSwitch->setChecked(org.mitigationsEnabled);
            m_servers->setOrgEnabled(org.mitigationsEnabled);
            m_selectionTimer->start();
        });
        connectServerRows(command);
        runWrite(command);
    };
    if (enabled) {
        run();
        return;
    }
    confirm(tr("Turn off automatic mitigations"),
        tr("No server of the organization will apply mitigations any more. Mitigations already applied stay in "
           "place until they are rolled back.\n\nThe feed is still fetched and verified, and the console keeps "
           "showing what would apply."),
        tr("Turn off"), run);
}

void MainWindow::requestServerEnabled(const QStringList &servers, bool enabled)
{
    if (servers.isEmpty())
        return;
    const auto run = [this, servers, enabled] {
        auto *command = ChangeServersCommand::setEnabled(m_path, servers, enabled, this);
        connectServerRows(command);
        runWrite(command);
    };
    if (enabled) {
        run();
        return;
    }
    const QString text = servers.size() == 1
        ? tr("Mitigations will no longer be applied on %1. Mitigations already applied stay in "
             "place until they are rolled back.")
              .arg(servers.first())
        : tr("Mitigations will no longer be applied on these %1 servers. Mitigations already "
             "applied stay in place until they are rolled back.")
              .arg(servers.size());
    confirm(tr("Turn off mitigations"), text, tr("Turn off"), run);
}

void MainWindow::requestBlock(const QStringList &servers, const QStringList &ids)
{
    if (servers.isEmpty() || ids.isEmpty())
        return;
    const auto run = [this, servers, ids] {
        auto *command = ChangeServersCommand::block(m_path, servers, ids, this);
        connectServerRows(command);
        runWrite(command);
    };
    if (servers.size() == 1) {
        run();
        return;
    }
    confirm(tr("Block on %1 servers").arg(servers.size()),
        tr("Block %1 on these %2 servers? The EM service will skip it there. What is already applied stays in "
           "place until it is rolled back.")
            .arg(ids.join(QStringLiteral(", ")))
            .arg(servers.size()),
        tr("Block"), run);
}

void MainWindow::requestUnblock(const QStringList &servers, const QStringList &ids)
{
    if (servers.isEmpty() || ids.isEmpty())
        return;
    auto *command = ChangeServersCommand::unblock(m_path, servers, ids, this);
    connectServerRows(command);
    runWrite(command);
}

void MainWindow::requestProxy(const QStringList &servers, const QString &proxy)
{
    if (servers.isEmpty())
        return;
    auto *command = ChangeServersCommand::setProxy(m_path, servers, proxy, this);
    connectServerRows(command);
    runWrite(command);
}

// ---- The engine's operations ----

void MainWindow::connectServerRows(OperationCommand *command)
{
    // Every command that changes servers reports each one as it is done.
    connect(
        command, &OperationCommand::serverChanged, this, [this](const ServerRow &row) { m_servers->upsert({row}); });
}

void MainWindow::requestRunNow(const QStringList &servers)
{
    auto *command = new RunNowCommand(m_path, servers, this);
    connectServerRows(command);
    connect(command, &CycleCommand::reported, this, [this](const CycleSummary &summary) {
        if (!summary.failures.isEmpty())
            showCycleFailures(summary);
    });
    runWrite(command, ReloadServers);
}

void MainWindow::requestReapply(const QStringList &servers)
{
    if (servers.isEmpty())
        return;
    auto *command = new ReapplyCommand(m_path, servers, this);
    connectServerRows(command);
    connect(command, &CycleCommand::reported, this, [this](const CycleSummary &summary) {
        if (!summary.failures.isEmpty())
            showCycleFailures(summary);
    });
    runWrite(command, ReloadServers);
}

void MainWindow::requestRollback(const QStringList &servers, const QStringList &ids)
{
    if (servers.isEmpty() || ids.isEmpty())
        return;
    const QString list = ids.join(QStringLiteral(", "));
    const QString title = servers.size() == 1 ? tr("Roll back %1 on %2").arg(list, servers.first())
                                              : tr("Roll back %1 on %2 servers").arg(list).arg(servers.size());
    const QString where = servers.size() == 1 ? servers.first() : tr("the %1 selected servers").arg(servers.size());
    const QString text = tr("EM Console removes exactly what %1 added on %2 and restores what it disabled.\n\n"
                            "An action that is still due is also added to the server's block list, so that the next "
                            "cycle does not apply it again; unblock it to let the EM service apply it again.")
                             .arg(list, where);
    confirm(title, text, tr("Roll back"), [this, servers, ids] {
        auto *command = new RollbackCommand(m_path, servers, ids, this);
        connectServerRows(command);
        connect(command, &Command::finished, this, [this, command](const CommandResult &result) {
            if (!result.ok() || command->messages().isEmpty())
                return; // failures: the error dialog lists every line
            auto *box = new QMessageBox(QMessageBox::Information, tr("Rollback done"),
                command->messages().join(QLatin1Char('\n')), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("rollbackResultMessageBox"));
            if (command->blockedAny())
                box->setInformativeText(tr("Blocked actions stay in the server's block list until you unblock them."));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
        runWrite(command, ReloadServers);
    });
}

void MainWindow::requestServiceRun()
{
    runWrite(new RequestRunCommand(m_path, this));
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
    auto *command = new FetchFeedCommand(m_path, QUrl(), proxy,
        through ? through->server().internetWebProxyBypassList : QStringList(), through ? through->name() : QString(),
        this);
    runFeedCommand(command, tr("The feed could not be fetched"));
}

void MainWindow::chooseFeedFile()
{
    auto *dialog = new QFileDialog(
        this, tr("Import feed"), startFolder(feedFolderKey), tr("Signed feeds (*.xml);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFeedDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QSettings().setValue(feedFolderKey, QFileInfo(file).absolutePath());
        importFeedFrom(file);
    });
    dialog->open(); // no nested event loop
}

void MainWindow::importFeedFrom(const QString &file)
{
    auto *command = new ImportFeedCommand(m_path, QFileInfo(file).absoluteFilePath(), this);
    runFeedCommand(command, tr("The feed could not be imported"));
}

void MainWindow::chooseExchangeExports()
{
    auto *dialog = new QFileDialog(this, tr("Import from Exchange"), startFolder(exchangeFolderKey),
        tr("Export-Clixml files (*.xml);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importExchangeDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        if (files.isEmpty())
            return;
        QSettings().setValue(exchangeFolderKey, QFileInfo(files.first()).absolutePath());
        importExchangeFrom(files);
    });
    dialog->open(); // no nested event loop
}

void MainWindow::importExchangeFrom(const QStringList &files)
{
    auto *command = OperationCommand::importExchange(m_path, files, this);
    connectServerRows(command);
    runWrite(command, ReloadServers);
}

void MainWindow::copyExchangeScript()
{
    if (m_path.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<Result<ExchangeScript>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<ExchangeScript> script = watcher->result();
        watcher->deleteLater();
        if (!script) {
            showError(tr("The PowerShell commands could not be made"), script.error().message);
            return;
        }
        QApplication::clipboard()->setText(script->text());
        QString message = tr("%n PowerShell command(s) copied to the clipboard.", nullptr, int(script->commands.size()));
        if (!script->notes.isEmpty())
            message += QLatin1Char(' ') + script->notes.join(QLatin1Char(' '));
        showMessage(message, false);
    });
    // The directory is read on a worker thread, with its own connection.
    watcher->setFuture(QtConcurrent::run([path = m_path]() -> Result<ExchangeScript> {
        auto directory = OrgDirectory::open(path);
        if (!directory)
            return fail(directory.error());
        return ops::exchangeScript(**directory);
    }));
}

void MainWindow::runFeedCommand(FeedCommand *command, const QString &failureTitle)
{
    // A refused feed shows its verification report; any other failure its message.
    connectServerRows(command);
    connect(command, &Command::finished, this, [this, command, failureTitle](const CommandResult &result) {
        if (result.outcome != CommandResult::Failed)
            return;
        if (command->report().verification)
            showFeedReport(command->report());
        else
            showError(failureTitle, result.message);
    });
    runWrite(command, ReloadServers | OwnFailureDialog);
}

void MainWindow::showFeedReport(const FeedUpdateReport &report)
{
    QString inEffect;
    if (m_feed.feed) {
        const FeedState &f = *m_feed.feed;
        const QDateTime signedAt = f.signingTime.isValid() ? f.signingTime : f.acceptedAt;
        inEffect = tr("The feed in effect is unchanged: signed by %1 on %2.")
                       .arg(commonName(f.signer), QLocale().toString(signedAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        inEffect = tr("No feed is in effect: nothing is applied until a feed is accepted.");
    }
    auto *dialog = new FeedReportDialog(report, inEffect, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::chooseExportFile(const QString &server)
{
    const QString name = server.isEmpty()
        ? QStringLiteral("Get-Mitigations-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))
        : QStringLiteral("Get-Mitigations-%1-%2.csv").arg(server, QDate::currentDate().toString(Qt::ISODate));
    auto *dialog = new QFileDialog(this,
        server.isEmpty() ? tr("Export the Get-Mitigations report")
                         : tr("Export the Get-Mitigations report of %1").arg(server),
        QDir(startFolder(exportFolderKey)).filePath(name), tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportCsvDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, server](const QString &file) {
        QSettings().setValue(exportFolderKey, QFileInfo(file).absolutePath());
        exportCsvTo(file, server);
    });
    dialog->open(); // no nested event loop
}

void MainWindow::exportCsvTo(const QString &file, const QString &server)
{
    if (m_path.isEmpty())
        return;
    if (m_export) {
        showMessage(tr("An export is running; try again when it is done."), true);
        return;
    }
    auto *command = new ExportCsvCommand(m_path, QFileInfo(file).absoluteFilePath(), server, this);
    m_export = command;
    connect(command, &Command::finished, this, [this](const CommandResult &result) {
        m_export = nullptr;
        showMessage(result.message, result.outcome == CommandResult::Failed);
        if (result.outcome == CommandResult::Failed)
            showError(tr("The report could not be exported"), result.message);
        updateActions();
        checkIdle();
    });
    track(command);
    updateActions();
    command->start();
}

void MainWindow::testConnectivity()
{
    if (m_connectivity)
        return;
    QList<ServerRow> rows = selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_servers->rowCount(); ++row)
            rows << m_servers->rowAt(row);
    }
    QList<ConnectivityTarget> targets;
    for (const ServerRow &row : std::as_const(rows))
        targets << ConnectivityTarget {
            row.name(), row.server().internetWebProxy, row.server().internetWebProxyBypassList};
    auto *command = new TestConnectivityCommand(m_org.feedUrl, targets, this);
    m_connectivity = command;
    auto *dialog = new ConnectivityDialog(command, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(command, &Command::finished, this, [this](const CommandResult &result) {
        m_connectivity = nullptr;
        showMessage(result.message, result.attention);
        updateActions();
        checkIdle();
    });
    track(command);
    updateActions();
    dialog->open();
    command->start();
}

void MainWindow::trustSshHostKey()
{
    const QString server = currentServer();
    if (server.isEmpty())
        return;
    auto *command = new TrustSshHostKeyCommand(m_path, server, this, this);
    connect(command, &Command::finished, this,
        [this](const CommandResult &result) { showMessage(result.message, result.attention); });
    track(command);
    command->start();
}

void MainWindow::showCycleFailures(const CycleSummary &summary)
{
    QStringList lines;
    for (const CycleFailure &f : summary.failures)
        lines << (f.actionId.isEmpty() ? tr("%1: %2").arg(f.server, f.detail)
                                       : tr("%1 · %2: %3").arg(f.server, f.actionId, f.detail));
    constexpr int shown = 8;
    QString text = lines.mid(0, shown).join(QLatin1Char('\n'));
    if (lines.size() > shown)
        text += QLatin1Char('\n') + tr("… and %n more (see Details).", nullptr, int(lines.size() - shown));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Some mitigation actions failed"),
        tr("%n failure(s) in this cycle; the other actions and servers were processed.", nullptr,
            int(summary.failures.size())),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("cycleFailuresMessageBox"));
    box->setInformativeText(text);
    QString details = lines.join(QLatin1Char('\n'));
    if (!summary.logFile.isEmpty())
        details += QLatin1String("\n\n") + tr("Log: %1").arg(QDir::toNativeSeparators(summary.logFile));
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::runWrite(Command *command, int flags)
{
    if (m_write || m_path.isEmpty()) {
        showMessage(tr("Another change is being written; try again when it is done."), true);
        command->deleteLater();
        return;
    }
    m_write = command;
    m_writeFlags = flags;
    connect(command, &Command::finished, this, &MainWindow::writeFinished);
    track(command);
    m_details->setWriting(true);
    updateActions();
    emit changeStarted(command->title());
    command->start();
}

void MainWindow::writeFinished(const CommandResult &result)
{
    m_write = nullptr;
    m_details->setWriting(false);
    const int flags = m_writeFlags;
    m_writeFlags = 0;
    switch (result.outcome) {
    case CommandResult::Succeeded:
    case CommandResult::Cancelled:
        showMessage(result.message, result.attention);
        break;
    case CommandResult::Failed:
        showMessage(result.message.section(QLatin1Char('\n'), -1), true);
        if (!(flags & OwnFailureDialog))
            showError(tr("The change could not be completed"), result.message);
        break;
    }
    // The audit rows and events the change wrote, and the selected server's actions.
    startLoad(flags & ReloadServers ? int(LoadDirectoryCommand::Everything)
                                    : LoadDirectoryCommand::Header | LoadDirectoryCommand::History);
    loadDetails();
    updateActions();
    checkIdle();
}

// ---- Status ----

void MainWindow::track(Command *command)
{
    if (!command)
        return;
    m_tracked = command;
    m_progress->setRange(0, 0);
    m_progress->setFormat(command->title());
    m_progress->show();
    m_cancel->setVisible(command->canCancel());
    connect(command, &Command::progress, this, [this, command](int done, int total, const QString &text) {
        if (command != m_tracked)
            return;
        m_progress->setRange(0, qMax(0, total));
        m_progress->setValue(done);
        m_progress->setFormat(
            total > 0 ? QStringLiteral("%1 (%2/%3)").arg(command->title()).arg(done).arg(total) : text);
        m_progress->setToolTip(text);
    });
    connect(command, &Command::finished, this, [this, command] {
        if (command != m_tracked)
            return;
        m_tracked = nullptr;
        m_progress->hide();
        m_cancel->hide();
    });
}

void MainWindow::showMessage(const QString &text, bool error)
{
    const QFontMetrics fm = m_messageLabel->fontMetrics();
    m_messageLabel->setText(fm.elidedText(text, Qt::ElideRight, m_messageLabel->maximumWidth()));
    m_messageLabel->setToolTip(text);
    QPalette palette = m_messageLabel->palette();
    palette.setColor(QPalette::WindowText,
        error ? statusColor(ActionStatus::Failed) : QApplication::palette().color(QPalette::WindowText));
    m_messageLabel->setPalette(palette);
    m_messageTimer->start();
}

void MainWindow::updateFeedStatus()
{
    if (m_path.isEmpty()) {
        setFeedText(QString());
        m_feedIcon->clear();
        return;
    }
    if (!m_loaded && !m_feed.feed && !m_feed.attempt) {
        setFeedText(tr("Reading the org directory…"));
        m_feedIcon->clear();
        return;
    }
    const FeedStatus status = feedStatus(m_feed, m_org, Clock::now());
    setFeedText(status.text);
    m_feedLabel->setToolTip(status.text + QLatin1String("\n\n") + status.toolTip);
    ActionStatus look = ActionStatus::Applied;
    switch (status.level) {
    case FeedStatus::Ok:
        look = ActionStatus::Applied;
        break;
    case FeedStatus::Warning:
        look = ActionStatus::Blocked;
        break;
    case FeedStatus::Error:
        look = ActionStatus::Failed;
        break;
    case FeedStatus::None:
        look = ActionStatus::NotApplicable;
        break;
    }
    const int size = m_feedLabel->fontMetrics().height();
    m_feedIcon->setPixmap(statusIcon(look).pixmap(size, size));
    QPalette palette = m_feedLabel->palette();
    palette.setColor(QPalette::WindowText,
        status.level == FeedStatus::Ok || status.level == FeedStatus::None
            ? QApplication::palette().color(QPalette::WindowText)
            : statusColor(look));
    m_feedLabel->setPalette(palette);
}

void MainWindow::setFeedText(const QString &text)
{
    m_feedText = text;
    m_feedLabel->setText(m_feedLabel->fontMetrics().elidedText(text, Qt::ElideRight, m_feedLabel->width()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_feedLabel && event->type() == QEvent::Resize)
        setFeedText(m_feedText);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateActions()
{
    const bool open = !m_path.isEmpty();
    const bool writing = !m_write.isNull();
    const bool ready = open && m_loaded;
    m_refreshAction->setEnabled(open);
    for (QAction *a : {m_runNowAction, m_requestRunAction, m_importFeedAction, m_fetchFeedAction,
             m_importExchangeAction, m_copyExchangeScriptAction})
        a->setEnabled(ready && !writing);
    m_exportCsvAction->setEnabled(ready && !m_export);
    m_testConnectivityAction->setEnabled(ready && !m_connectivity && m_servers->rowCount() > 0);
    const QString current = ready ? currentServer() : QString();
    const int currentRow = current.isEmpty() ? -1 : m_servers->rowOf(current);
    m_trustSshKeyAction->setEnabled(
        currentRow >= 0 && m_servers->rowAt(currentRow).server().host.startsWith(QLatin1String("ssh://")));
    m_orgSwitch->setEnabled(open && m_loaded && !writing);
    m_details->setWriting(writing);
}

void MainWindow::updateServerCount()
{
    const int total = m_servers->rowCount();
    const int shown = m_serverProxy->rowCount();
    m_serverCount->setText(shown == total ? tr("%n server(s)", nullptr, total)
                                          : tr("%1 of %n server(s) shown", nullptr, total).arg(shown));
}

void MainWindow::scheduleDashboard()
{
    if (!m_dashboardTimer->isActive())
        m_dashboardTimer->start();
}

void MainWindow::updateDashboard()
{
    DashboardCounts c;
    for (int row = 0; row < m_servers->rowCount(); ++row) {
        const ServerSummary &s = m_servers->rowAt(row).summary;
        ++c.servers;
        switch (m_servers->enablementAt(row)) {
        case Enablement::Enabled:
            ++c.enabled;
            break;
        case Enablement::NotApplicableEdge:
            ++c.edge;
            break;
        default:
            ++c.disabled;
            break;
        }
        c.actions += s.counts;
        if (s.counts.failed > 0)
            ++c.serversWithFailures;
    }
    m_dashboard->setCounts(c);
}

bool MainWindow::isBusy() const
{
    const std::initializer_list<const Command *> commands = {m_load.data(), m_detailsLoad.data(), m_write.data(),
        m_demoBuild.data(), m_export.data(), m_connectivity.data()};
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

void MainWindow::showServersContextMenu(const QPoint &pos)
{
    if (!m_serverView->indexAt(pos).isValid())
        return;
    const QStringList servers = m_details->selectedServers();
    if (servers.isEmpty())
        return;
    const bool writing = !m_write.isNull();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("serversContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);

    QAction *enable = menu->addAction(statusIcon(ActionStatus::Applied), tr("Enable mitigations"));
    enable->setEnabled(!writing);
    connect(enable, &QAction::triggered, this, [this, servers] { requestServerEnabled(servers, true); });
    QAction *disable = menu->addAction(statusIcon(ActionStatus::Disabled), tr("Disable mitigations…"));
    disable->setEnabled(!writing);
    connect(disable, &QAction::triggered, this, [this, servers] { requestServerEnabled(servers, false); });

    QMenu *block = menu->addMenu(statusIcon(ActionStatus::Blocked), tr("Block mitigation"));
    for (const Mitigation &m : m_catalog->catalog().mitigations) {
        QAction *a = block->addAction(tr("%1 — %2").arg(m.id, m.description));
        a->setEnabled(!writing);
        connect(a, &QAction::triggered, this, [this, servers, id = m.id] { requestBlock(servers, {id}); });
    }
    block->setEnabled(!block->isEmpty());

    QStringList blocked;
    for (const ServerRow &row : selectedRows()) {
        for (const QString &id : row.server().mitigationsBlocked) {
            if (!blocked.contains(id, Qt::CaseInsensitive))
                blocked << id;
        }
    }
    QMenu *unblock = menu->addMenu(tr("Unblock"));
    for (const QString &id : std::as_const(blocked)) {
        QAction *a = unblock->addAction(id);
        a->setEnabled(!writing);
        connect(a, &QAction::triggered, this, [this, servers, id] { requestUnblock(servers, {id}); });
    }
    unblock->setEnabled(!blocked.isEmpty());

    menu->addSeparator();
    QAction *run = menu->addAction(m_runNowAction->icon(),
        servers.size() == 1 ? tr("Run now on %1").arg(servers.first())
                            : tr("Run now on the %1 selected servers").arg(servers.size()));
    run->setObjectName(QStringLiteral("runSelectedAction"));
    run->setEnabled(!writing && m_loaded);
    connect(run, &QAction::triggered, this, [this, servers] { requestRunNow(servers); });
    menu->addAction(m_testConnectivityAction);
    if (servers.size() == 1) {
        QAction *exportOne = menu->addAction(m_exportCsvAction->icon(), tr("Export CSV of %1…").arg(servers.first()));
        exportOne->setEnabled(m_exportCsvAction->isEnabled());
        connect(exportOne, &QAction::triggered, this, [this, server = servers.first()] { chooseExportFile(server); });
    }
    menu->addSeparator();
    menu->addAction(m_refreshAction);
    menu->popup(m_serverView->viewport()->mapToGlobal(pos)); // not exec(): no nested event loop
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this, m_path); // m_path: the Notifications page (issue 16)
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
            showError(tr("The org directory could not be opened"),
                locator ? tr("'%1' is not a postgresql:// URI").arg(text.trimmed()) : locator.error().message);
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
