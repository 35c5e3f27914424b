#pragma once

// The Servers tab: the servers table with its filter, its "Show" choice and
// count above, the selected servers' details below (ServerDetailsPane), in a
// splitter the main window saves.

#include <QWidget>

#include "consoledata.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace em::ui {

class ServerDetailsPane;
class ServerFilterProxyModel;
class ServerTableModel;

class ServersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ServersPage(ServerTableModel *servers, QWidget *parent = nullptr);
    ~ServersPage() override;

    [[nodiscard]] ServerDetailsPane *details() const { return m_details; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }

    [[nodiscard]] QList<ServerRow> selectedRows() const;
    // The server whose details are shown: the current row when selected, else the first selected.
    [[nodiscard]] QString currentServer() const;
    // Selects NAME (clearing the filter if it hides it); false when it has no row.
    bool selectServer(const QString &name);
    // Selects the first row shown when nothing is selected.
    void selectFirstIfNone();
    // Sizes the columns to the rows (sampled, so thousands of rows stay cheap).
    void fitColumns();
    void retranslate();

signals:
    // The selection or the current row changed.
    void selectionChanged();
    // A right click on a server row (global position).
    void contextMenuRequested(const QPoint &globalPos);

private:
    void updateCount();

    ServerTableModel *m_servers;
    ServerFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_showLabel;
    QComboBox *m_show;
    QLabel *m_count;
    QTableView *m_view;
    ServerDetailsPane *m_details;
    QSplitter *m_splitter;
};

} // namespace em::ui
