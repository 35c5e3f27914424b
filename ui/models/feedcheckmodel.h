#pragma once

// The checks of a feed verification (feed/feedverify.h), one row each: what
// was checked, the outcome (with the colour and icon of the statuses) and
// why. Shown in the verification report of a refused feed.

#include <QAbstractTableModel>
#include <QList>

#include "feed/feedverify.h"

namespace em::ui {

class FeedCheckModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CheckColumn, OutcomeColumn, DetailColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, OutcomeRole, KeyRole };

    explicit FeedCheckModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const FeedCheck &checkAt(int row) const { return m_checks.at(row); }
    [[nodiscard]] int rowOf(const QString &key) const;

    void setChecks(const QList<FeedCheck> &checks);
    void retranslate();

    static QString outcomeText(CheckOutcome outcome); // "Passed", "Failed", ... translated

private:
    // data() before the shown text is escaped (displayText).
    QVariant cellData(const QModelIndex &index, int role) const;
    QList<FeedCheck> m_checks;
};

} // namespace em::ui
