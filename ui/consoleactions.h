#pragma once

// The main window's actions with their names, icons, shortcuts, texts and
// tooltips, and the menus and toolbar that show them. The window connects
// each to the command it runs.

#include <QObject>

class QAction;
class QCheckBox;
class QMainWindow;
class QMenu;
class QToolBar;

namespace em::ui {

class ConsoleActions final : public QObject
{
    Q_OBJECT

public:
    // Creates the actions, the menus and the toolbar (with the organization's switch) in WINDOW.
    explicit ConsoleActions(QMainWindow *window);

    void retranslate();

    QAction *open;
    QAction *openDatabase;
    QAction *settings;
    QAction *quit;
    QAction *refresh;
    QAction *runNow;
    QAction *requestRun;
    QAction *testConnectivity;
    QAction *trustSshKey;
    QAction *exportCsv;
    QAction *importFeed;
    QAction *importExchange;
    QAction *copyExchangeScript;
    QAction *fetchFeed;
    QAction *about;
    QCheckBox *orgSwitch; // "Apply mitigations automatically", in the toolbar

private:
    QMenu *m_fileMenu;
    QMenu *m_actionsMenu;
    QMenu *m_helpMenu;
    QToolBar *m_toolBar;
};

} // namespace em::ui
