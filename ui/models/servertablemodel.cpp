#include "servertablemodel.h"

#include "models/showntext.h"

#include <QLocale>

#include "model/text.h"

namespace em::ui {

ServerTableModel::ServerTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int ServerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ServerRow &ServerTableModel::rowAt(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return m_rows.at(index.row());
}

int ServerTableModel::rowOf(const QString &name) const
{
    return m_rowOf.value(name.toLower(), -1);
}

QModelIndex ServerTableModel::indexOf(const QString &name, int column) const
{
    const int row = rowOf(name);
    return row < 0 ? QModelIndex() : index(row, column);
}

Enablement ServerTableModel::enablementAt(int row) const
{
    const Server &s = m_rows.at(row).server();
    return enablementOf(m_orgEnabled, s.mitigationsEnabled, s.isEdge());
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    return shownText(cellData(index, role), role);
}

QVariant ServerTableModel::cellData(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServerRow &row = m_rows.at(index.row());
    const Server &s = row.server();
    const ServerSummary &sum = row.summary;
    if (role == NameRole)
        return s.name;

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return s.name;
        if (role == Qt::ToolTipRole && !s.host.isEmpty())
            return tr("Host: %1").arg(s.host);
        break;
    case VersionColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(s.build.toString(), row.versionName);
        if (role == SortRole)
            return s.build.sortKey();
        if (role == Qt::ToolTipRole)
            return row.versionName;
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return s.isEdge() ? tr("Edge Transport") : tr("Mailbox");
        if (role == SortRole)
            return int(s.role);
        break;
    case EnablementColumn: {
        const Enablement e = enablementAt(index.row());
        if (role == Qt::DisplayRole)
            return enablementText(e);
        if (role == SortRole)
            return int(e);
        if (role == Qt::DecorationRole)
            return enablementIcon(e);
        break;
    }
    case AppliedColumn:
    case BlockedColumn:
    case FailedColumn: {
        const ActionStatus status = index.column() == AppliedColumn ? ActionStatus::Applied
            : index.column() == BlockedColumn                       ? ActionStatus::Blocked
                                                                    : ActionStatus::Failed;
        const int count = sum.counts.of(status);
        if (role == Qt::DisplayRole)
            return QLocale().toString(count);
        if (role == SortRole)
            return count;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::DecorationRole && count > 0)
            return statusIcon(status);
        if (role == Qt::ForegroundRole && count > 0 && status != ActionStatus::Applied)
            return statusColor(status);
        break;
    }
    case LastCheckColumn:
        if (role == Qt::DisplayRole)
            return s.lastCheck.isValid() ? QLocale().toString(s.lastCheck.toLocalTime(), QLocale::ShortFormat)
                                         : tr("Never");
        if (role == SortRole)
            return s.lastCheck;
        if (role == Qt::ToolTipRole && s.lastCheck.isValid())
            return isoTime(s.lastCheck);
        break;
    case LastResultColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return s.lastResult;
        break;
    default:
        break;
    }
    return {};
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VersionColumn:
        return tr("Version");
    case RoleColumn:
        return tr("Role");
    case EnablementColumn:
        return tr("Mitigations");
    case AppliedColumn:
        return tr("Applied");
    case BlockedColumn:
        return tr("Blocked");
    case FailedColumn:
        return tr("Failed");
    case LastCheckColumn:
        return tr("Last check");
    case LastResultColumn:
        return tr("Last result");
    default:
        return {};
    }
}

void ServerTableModel::upsert(const QList<ServerRow> &rows)
{
    QList<ServerRow> added;
    for (const ServerRow &row : rows) {
        const int at = rowOf(row.name());
        if (at < 0) {
            added.append(row);
            continue;
        }
        if (m_rows.at(at) == row)
            continue;
        m_rows[at] = row;
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    // Two rows of one batch may name the same server: keep the last.
    QHash<QString, qsizetype> firstOf;
    QList<ServerRow> unique;
    for (const ServerRow &row : std::as_const(added)) {
        const QString key = row.name().toLower();
        auto it = firstOf.constFind(key);
        if (it != firstOf.constEnd()) {
            unique[*it] = row;
        } else {
            firstOf.insert(key, unique.size());
            unique.append(row);
        }
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(unique.size()) - 1);
    for (const ServerRow &row : std::as_const(unique)) {
        m_rowOf.insert(row.name().toLower(), int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void ServerTableModel::retainOnly(const QSet<QString> &names)
{
    bool removed = false;
    // From the end, one removal per contiguous range of gone rows.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (names.contains(m_rows.at(row).name().toLower())) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !names.contains(m_rows.at(first - 1).name().toLower()))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (removed)
        reindex();
}

void ServerTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowOf.clear();
    endRemoveRows();
}

void ServerTableModel::setOrgEnabled(bool enabled)
{
    if (m_orgEnabled == enabled)
        return;
    m_orgEnabled = enabled;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, EnablementColumn), index(int(m_rows.size()) - 1, EnablementColumn));
}

void ServerTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ServerTableModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).name().toLower(), i);
}

} // namespace em::ui
