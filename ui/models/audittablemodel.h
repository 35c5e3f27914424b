#pragma once

// The admin audit trail (Search-AdminAuditLog): time, user, host, action,
// object, property, old and new value. Read-only; new entries are appended.

#include <QAbstractTableModel>
#include <QList>

#include "model/records.h"

namespace em::ui {

class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        WhoColumn,
        HostColumn,
        ActionColumn,
        TargetColumn,
        PropertyColumn,
        OldValueColumn,
        NewValueColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole };

    explicit AuditTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const AuditEntry &entryAt(const QModelIndex &index) const;
    [[nodiscard]] const AuditEntry &entryAt(int row) const { return m_entries.at(row); }

    // Same contract as EventTableModel::merge.
    void merge(const QList<AuditEntry> &newest);
    void clear();
    void retranslate();

private:
    // data() before the shown text is escaped (displayText).
    QVariant cellData(const QModelIndex &index, int role) const;
    QList<AuditEntry> m_entries;
};

} // namespace em::ui
