#include "actiontablemodel.h"

#include "models/showntext.h"

#include <QLocale>

#include "model/text.h"
#include "statusstyle.h"

namespace em::ui {

namespace {
QString typeText(ActionType type)
{
    switch (type) {
    case ActionType::DoNothing:
        return ActionTableModel::tr("Heartbeat");
    case ActionType::UrlRewrite:
        return ActionTableModel::tr("URL Rewrite");
    case ActionType::DisableService:
        return ActionTableModel::tr("Disable service");
    case ActionType::DisableAppPool:
        return ActionTableModel::tr("Disable app pool");
    }
    return {};
}

QString scopeText(const Action &a)
{
    switch (a.scope) {
    case ActionScope::Server:
        return a.target.isEmpty() ? ActionTableModel::tr("Scope: server")
                                  : ActionTableModel::tr("Scope: server; target: %1").arg(a.target);
    case ActionScope::Site:
        return ActionTableModel::tr("Scope: site %1").arg(a.target);
    case ActionScope::VDir:
        return ActionTableModel::tr("Scope: virtual directory %1").arg(a.target);
    }
    return {};
}

// The time a row shows: when the action was applied, else when its status last changed.
QDateTime shownTime(const ActionRow &row)
{
    if (row.status.status == ActionStatus::Applied && row.status.appliedAt.isValid())
        return row.status.appliedAt;
    return row.status.changedAt;
}
} // namespace

ActionTableModel::ActionTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int ActionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ActionRow &ActionTableModel::rowAt(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return m_rows.at(index.row());
}

int ActionTableModel::rowOf(const QString &actionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).action.id.compare(actionId, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QVariant ActionTableModel::data(const QModelIndex &index, int role) const
{
    return shownText(cellData(index, role), role);
}

QVariant ActionTableModel::cellData(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionRow &row = m_rows.at(index.row());
    const Action &a = row.action;
    if (role == StatusRole)
        return int(row.status.status);
    if (role == ActionIdRole)
        return a.id;

    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return a.id;
        if (role == Qt::ToolTipRole && !row.mitigationDescription.isEmpty())
            return tr("%1: %2").arg(a.mitigationId, row.mitigationDescription);
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return typeText(a.type);
        if (role == Qt::ToolTipRole)
            return scopeText(a);
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return a.description.isEmpty() ? row.mitigationDescription : a.description;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(row.status.status);
        if (role == SortRole)
            return int(row.status.status);
        if (role == Qt::DecorationRole)
            return statusIcon(row.status.status);
        if (role == Qt::ForegroundRole)
            return statusColor(row.status.status);
        if (role == Qt::ToolTipRole) {
            const QString text = statusDescription(row.status.status);
            return row.recorded ? text : text + QLatin1Char(' ') + tr("(Planned: no cycle has recorded it yet.)");
        }
        break;
    case DetailColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return row.status.detail.render();
        break;
    case TimeColumn: {
        const QDateTime time = shownTime(row);
        if (role == Qt::DisplayRole)
            return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
        if (role == SortRole)
            return time;
        if (role == Qt::ToolTipRole && time.isValid())
            return isoTime(time);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case TypeColumn:
        return tr("Type");
    case DescriptionColumn:
        return tr("Description");
    case StatusColumn:
        return tr("Status");
    case DetailColumn:
        return tr("Detail");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

void ActionTableModel::setActions(const QString &server, const QList<ActionRow> &rows)
{
    bool sameIds = server.compare(m_server, Qt::CaseInsensitive) == 0 && rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).action.id == m_rows.at(i).action.id;
    if (!sameIds) {
        // Another server, or another catalog: a different table.
        beginResetModel();
        m_server = server;
        m_rows = rows;
        endResetModel();
        return;
    }
    m_server = server;
    for (int i = 0; i < rows.size(); ++i) {
        if (m_rows.at(i) == rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

void ActionTableModel::clear()
{
    if (m_rows.isEmpty() && m_server.isEmpty())
        return;
    beginResetModel();
    m_server.clear();
    m_rows.clear();
    endResetModel();
}

void ActionTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace em::ui
