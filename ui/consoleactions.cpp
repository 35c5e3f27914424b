#include "consoleactions.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace em::ui {

namespace {
QAction *makeAction(QMainWindow *window, const char *name, QStyle::StandardPixmap icon = QStyle::SP_CustomBase)
{
    auto *a = new QAction(window);
    a->setObjectName(QString::fromLatin1(name));
    if (icon != QStyle::SP_CustomBase)
        a->setIcon(window->style()->standardIcon(icon));
    return a;
}
} // namespace

ConsoleActions::ConsoleActions(QMainWindow *window)
    : QObject(window), open(makeAction(window, "openDirectoryAction", QStyle::SP_DirOpenIcon)),
      openDatabase(makeAction(window, "openDatabaseAction")), settings(makeAction(window, "settingsAction")),
      quit(makeAction(window, "quitAction")), refresh(makeAction(window, "refreshAction", QStyle::SP_BrowserReload)),
      runNow(makeAction(window, "runNowAction", QStyle::SP_MediaPlay)),
      requestRun(makeAction(window, "requestRunAction")),
      testConnectivity(makeAction(window, "testConnectivityAction", QStyle::SP_DriveNetIcon)),
      trustSshKey(makeAction(window, "trustSshKeyAction", QStyle::SP_MessageBoxQuestion)),
      exportCsv(makeAction(window, "exportCsvAction", QStyle::SP_DialogSaveButton)),
      importFeed(makeAction(window, "importFeedAction", QStyle::SP_FileDialogStart)),
      importExchange(makeAction(window, "importExchangeAction", QStyle::SP_FileDialogContentsView)),
      copyExchangeScript(makeAction(window, "copyExchangeScriptAction", QStyle::SP_FileDialogDetailedView)),
      fetchFeed(makeAction(window, "fetchFeedAction", QStyle::SP_ArrowDown)), about(makeAction(window, "aboutAction"))
{
    open->setShortcut(QKeySequence::Open);
    settings->setShortcut(QKeySequence::Preferences);
    quit->setShortcut(QKeySequence::Quit);
    refresh->setShortcut(QKeySequence::Refresh);
    for (QAction *a : {runNow, requestRun, testConnectivity, trustSshKey, exportCsv, importFeed, fetchFeed,
             importExchange, copyExchangeScript})
        a->setEnabled(false); // until a directory is read

    m_fileMenu = window->menuBar()->addMenu(QString());
    m_fileMenu->addActions({open, openDatabase, importFeed, exportCsv});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({importExchange, copyExchangeScript});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);
    m_actionsMenu = window->menuBar()->addMenu(QString());
    m_actionsMenu->addActions({runNow, requestRun});
    m_actionsMenu->addSeparator();
    m_actionsMenu->addActions({fetchFeed, testConnectivity, trustSshKey});
    m_actionsMenu->addSeparator();
    m_actionsMenu->addAction(refresh);
    m_helpMenu = window->menuBar()->addMenu(QString());
    m_helpMenu->addAction(about);
    for (QMenu *menu : {m_fileMenu, m_actionsMenu, m_helpMenu})
        menu->setToolTipsVisible(true);

    m_toolBar = window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({runNow, testConnectivity, exportCsv, importFeed});
    m_toolBar->addSeparator();
    m_toolBar->addAction(refresh);
    m_toolBar->addSeparator();
    orgSwitch = new QCheckBox(m_toolBar);
    orgSwitch->setObjectName(QStringLiteral("orgSwitchCheckBox"));
    orgSwitch->setChecked(true);
    QFont bold = orgSwitch->font();
    bold.setBold(true);
    orgSwitch->setFont(bold);
    auto *switchBox = new QWidget(m_toolBar);
    auto *switchLayout = new QHBoxLayout(switchBox);
    switchLayout->setContentsMargins(8, 0, 8, 0);
    switchLayout->addWidget(orgSwitch);
    m_toolBar->addWidget(switchBox);
}

void ConsoleActions::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_actionsMenu->setTitle(tr("&Actions"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    open->setText(tr("&Open org directory…"));
    openDatabase->setText(tr("Open org directory on a &database server…"));
    settings->setText(tr("&Settings…"));
    quit->setText(tr("&Quit"));
    refresh->setText(tr("&Refresh"));
    refresh->setToolTip(tr("Read the org directory again"));
    runNow->setText(tr("Run &now"));
    runNow->setToolTip(tr("Run one mitigation cycle now on every server of the organization, from this "
                          "computer: apply what is due, put back what was removed by hand, record statuses"));
    requestRun->setText(tr("Ask the &service to run now"));
    requestRun->setToolTip(tr("Set the \"run requested\" flag: the EM service (emctl service) runs a cycle "
                              "on its servers when it next looks for requests"));
    testConnectivity->setText(tr("&Test connectivity"));
    testConnectivity->setToolTip(tr("Test whether this computer reaches the Mitigation Service endpoint "
                                    "through the proxy of each selected server"));
    trustSshKey->setText(tr("Trust SSH host &key…"));
    trustSshKey->setToolTip(tr("Show the SSH host key of the selected ssh:// server and accept it after "
                               "checking its fingerprint on the server"));
    exportCsv->setText(tr("&Export CSV…"));
    exportCsv->setToolTip(tr("Export the Get-Mitigations report of every server to a CSV file"));
    importExchange->setText(tr("Import from E&xchange…"));
    importExchange->setToolTip(tr("Register or update servers and the organization's MitigationsEnabled "
                                  "from Get-ExchangeServer and Get-OrganizationConfig exports (Export-Clixml)"));
    copyExchangeScript->setText(tr("Copy &PowerShell commands"));
    copyExchangeScript->setToolTip(tr("Copy the Set-ExchangeServer and Set-OrganizationConfig commands that "
                                      "bring Exchange to the directory's settings"));
    importFeed->setText(tr("&Import feed…"));
    importFeed->setToolTip(tr("Verify a signed feed file and make it the feed in effect (air-gapped "
                              "organizations)"));
    fetchFeed->setText(tr("&Fetch feed now"));
    fetchFeed->setToolTip(tr("Fetch the organization's feed now through the selected server's proxy, "
                             "verify it and accept it"));
    about->setText(tr("&About EM Console"));
    orgSwitch->setText(tr("Apply mitigations automatically"));
    orgSwitch->setToolTip(tr("MitigationsEnabled of the organization. When off, no server applies mitigations; "
                             "the feed is still fetched and verified, and the console shows what would apply."));
}

} // namespace em::ui
