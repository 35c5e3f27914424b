#pragma once

// The actions of one server: ID, type, description, status (colour and icon),
// detail and time. Showing another server replaces the rows; a new state of
// the same server updates the rows that changed.

#include <QAbstractTableModel>
#include <QList>

#include "consoledata.h"

namespace em::ui {

class ActionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TypeColumn, DescriptionColumn, StatusColumn, DetailColumn, TimeColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        StatusRole, // ActionStatus as int
        ActionIdRole,
    };

    explicit ActionTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const ActionRow &rowAt(const QModelIndex &index) const;
    [[nodiscard]] const ActionRow &rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOf(const QString &actionId) const;
    [[nodiscard]] QString server() const { return m_server; }

    void setActions(const QString &server, const QList<ActionRow> &rows);
    void clear();
    void retranslate();

private:
    // data() before the shown text is escaped (displayText).
    QVariant cellData(const QModelIndex &index, int role) const;
    QString m_server;
    QList<ActionRow> m_rows;
};

} // namespace em::ui
