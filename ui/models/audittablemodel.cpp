#include "audittablemodel.h"

#include "models/showntext.h"

#include <QLocale>

#include "model/text.h"

namespace em::ui {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AuditEntry &AuditTableModel::entryAt(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return m_entries.at(index.row());
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    return shownText(cellData(index, role), role);
}

QVariant AuditTableModel::cellData(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (index.column() == TimeColumn) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        if (role == SortRole)
            return e.id;
        if (role == Qt::ToolTipRole)
            return isoTime(e.time);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhoColumn:
        return e.who;
    case HostColumn:
        return e.host;
    case ActionColumn:
        return e.action; // the verb as emctl names it: set-server, block, unblock, set-org
    case TargetColumn:
        return e.target;
    case PropertyColumn:
        return e.property;
    case OldValueColumn:
        return e.oldValue;
    case NewValueColumn:
        return e.newValue;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhoColumn:
        return tr("User");
    case HostColumn:
        return tr("Computer");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Object");
    case PropertyColumn:
        return tr("Property");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    default:
        return {};
    }
}

void AuditTableModel::merge(const QList<AuditEntry> &newest)
{
    const qint64 lastShown = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    qsizetype firstNew = 0;
    while (firstNew < newest.size() && newest.at(firstNew).id <= lastShown)
        ++firstNew;
    const bool gap
        = !m_entries.isEmpty() && firstNew == 0 && !newest.isEmpty() && newest.constFirst().id > lastShown + 1;
    if (gap) {
        beginResetModel();
        m_entries = newest;
        endResetModel();
        return;
    }
    if (firstNew >= newest.size())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(newest.size() - firstNew) - 1);
    m_entries.append(newest.mid(firstNew));
    endInsertRows();
}

void AuditTableModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void AuditTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

} // namespace em::ui
