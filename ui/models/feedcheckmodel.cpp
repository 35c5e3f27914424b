#include "feedcheckmodel.h"

#include "models/showntext.h"

#include "statusstyle.h"

namespace em::ui {

namespace {
// The statuses' look for the outcomes: green passed, red failed, amber warning.
ActionStatus lookOf(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return ActionStatus::Applied;
    case CheckOutcome::Failed:
        return ActionStatus::Failed;
    case CheckOutcome::Warning:
        return ActionStatus::Blocked;
    case CheckOutcome::NotApplicable:
        return ActionStatus::NotApplicable;
    case CheckOutcome::NotChecked:
        return ActionStatus::Pending;
    }
    return ActionStatus::Pending;
}
} // namespace

FeedCheckModel::FeedCheckModel(QObject *parent) : QAbstractTableModel(parent)
{ }

QString FeedCheckModel::outcomeText(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return tr("Passed");
    case CheckOutcome::Failed:
        return tr("Failed");
    case CheckOutcome::Warning:
        return tr("Warning");
    case CheckOutcome::NotApplicable:
        return tr("Not applicable");
    case CheckOutcome::NotChecked:
        return tr("Not checked");
    }
    return {};
}

int FeedCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int FeedCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedCheckModel::data(const QModelIndex &index, int role) const
{
    return shownText(cellData(index, role), role);
}

QVariant FeedCheckModel::cellData(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedCheck &c = m_checks.at(index.row());
    if (role == OutcomeRole)
        return int(c.outcome);
    if (role == KeyRole)
        return c.key;
    switch (index.column()) {
    case CheckColumn:
        if (role == Qt::DisplayRole)
            return c.title;
        if (role == SortRole)
            return index.row(); // report order
        break;
    case OutcomeColumn:
        if (role == Qt::DisplayRole)
            return outcomeText(c.outcome);
        if (role == SortRole)
            return int(c.outcome);
        if (role == Qt::DecorationRole)
            return statusIcon(lookOf(c.outcome));
        if (role == Qt::ForegroundRole && (c.outcome == CheckOutcome::Failed || c.outcome == CheckOutcome::Warning))
            return statusColor(lookOf(c.outcome));
        break;
    case DetailColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return c.detail;
        break;
    default:
        break;
    }
    return {};
}

QVariant FeedCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case OutcomeColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

int FeedCheckModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_checks.size(); ++row) {
        if (m_checks.at(row).key == key)
            return row;
    }
    return -1;
}

void FeedCheckModel::setChecks(const QList<FeedCheck> &checks)
{
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

void FeedCheckModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_checks.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_checks.size()) - 1, ColumnCount - 1));
}

} // namespace em::ui
