#pragma once

// The catalog of the accepted feed as a tree: mitigations (PING1, M1) at the
// top, their actions (M1.1) below, with type, scope and target, and for
// mitigations the applicability. Rows are addressed by position; a child's
// internal id is its mitigation's row + 1 (top-level rows have 0).

#include <QAbstractItemModel>

#include "model/mitigation.h"

namespace em::ui {

class CatalogModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TypeColumn, TargetColumn, DescriptionColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole };

    explicit CatalogModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const Catalog &catalog() const { return m_catalog; }
    // The mitigation of a row (its own for a mitigation row, its parent's for an action).
    [[nodiscard]] const Mitigation *mitigationAt(const QModelIndex &index) const;
    // The action of an action row, or nullptr for a mitigation row.
    [[nodiscard]] const Action *actionAt(const QModelIndex &index) const;

    // Replaces the catalog when it differs (a new feed was accepted).
    void setCatalog(const Catalog &catalog);
    void retranslate();

private:
    // data() before the shown text is escaped (displayText).
    QVariant cellData(const QModelIndex &index, int role) const;
    Catalog m_catalog;
};

} // namespace em::ui
