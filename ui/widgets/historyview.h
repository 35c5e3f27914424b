#pragma once

// A filterable, sortable read-only table: the events and the audit trail.
// Newest first; the filter matches every column.

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace em::ui {

class HistoryView final : public QWidget
{
    Q_OBJECT

public:
    // `name` prefixes the children's objectNames: "events" -> eventsTableView, eventsFilterLineEdit.
    HistoryView(
        const QString &name, QAbstractItemModel *model, int sortRole, int timeColumn, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    void setPlaceholder(const QString &filterPlaceholder, const QString &emptyText);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEmpty();
    // Every column but the last (which stretches) fits its header and a sample of rows.
    void fitColumns();

    QAbstractItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_empty;
    QTableView *m_view;
};

} // namespace em::ui
