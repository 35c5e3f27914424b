#pragma once

// The details of the selected server(s): what the server is, its own
// "Mitigations enabled" switch and proxy, its block list, and its actions
// with Block / Unblock / Reapply / Roll back (buttons and context menu). With
// several servers selected, the actions shown are the current server's and
// the changes apply to every selected server. The pane only asks; the main
// window confirms and runs the commands. Reapply runs a cycle on the selected
// servers; Roll back is offered for actions that are in place.

#include <QList>
#include <QWidget>

#include "consoledata.h"

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace em::ui {

class ActionTableModel;

class ServerDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerDetailsPane(QWidget *parent = nullptr);

    // The servers selected and the one whose actions are shown (empty: none).
    void setSelection(const QList<ServerRow> &selected, const QString &current, bool orgEnabled);
    void setDetails(const ServerDetails &details);
    void clearDetails();
    // While a change is being written, the controls that write are disabled.
    void setWriting(bool writing);
    // Whether the org directory has an accepted catalog (the actions' source).
    void setCatalogPresent(bool present);

    [[nodiscard]] ActionTableModel *actionModel() const { return m_actions; }
    [[nodiscard]] QTableView *actionsView() const { return m_view; }
    [[nodiscard]] QStringList selectedServers() const;
    // The action IDs selected in the table (the current row when none).
    [[nodiscard]] QStringList selectedActionIds() const;
    [[nodiscard]] QString currentServer() const { return m_current; }

signals:
    void blockRequested(const QStringList &ids);
    void unblockRequested(const QStringList &ids);
    void enabledRequested(bool enabled);
    void proxyRequested(const QString &proxy);
    void reapplyRequested();
    void rollbackRequested(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    void updateButtons();
    void fitColumns();
    void showContextMenu(const QPoint &pos);
    QStringList selectedMitigationIds() const;
    bool anySelectedBlocked() const;
    // Selected actions in place on the current server (applied earlier and not rolled back).
    QStringList selectedInPlaceIds() const;
    bool canReapply() const;

    ActionTableModel *m_actions;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_subtitle;
    QCheckBox *m_enabled;
    QLabel *m_proxyLabel;
    QLineEdit *m_proxyEdit;
    QPushButton *m_applyProxy;
    QLabel *m_blockList;
    QLabel *m_hint;
    QTableView *m_view;
    QPushButton *m_block;
    QPushButton *m_unblock;
    QPushButton *m_reapply;
    QPushButton *m_rollback;
    QWidget *m_serverControls;

    QList<ServerRow> m_selected;
    QString m_current;
    bool m_orgEnabled = true;
    bool m_writing = false;
    bool m_catalogPresent = true;
    bool m_detailsLoaded = false;
};

} // namespace em::ui
