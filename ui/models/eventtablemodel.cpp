#include "eventtablemodel.h"

#include "models/showntext.h"

#include <QLocale>

#include "model/text.h"
#include "statusstyle.h"

namespace em::ui {

EventTableModel::EventTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Event &EventTableModel::eventAt(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return m_events.at(index.row());
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    return shownText(cellData(index, role), role);
}

QVariant EventTableModel::cellData(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        if (role == SortRole)
            return e.id; // the order the directory recorded them in
        if (role == Qt::ToolTipRole)
            return isoTime(e.time);
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole)
            return eventLevelText(e.level);
        if (role == SortRole)
            return int(e.level);
        if (role == Qt::DecorationRole)
            return eventLevelIcon(e.level);
        break;
    case EventIdColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return e.eventId;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ServerColumn:
        if (role == Qt::DisplayRole)
            return e.server.isEmpty() ? tr("(organization)") : e.server;
        if (role == SortRole)
            return e.server;
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return e.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case EventIdColumn:
        return tr("Event ID");
    case ServerColumn:
        return tr("Server");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void EventTableModel::merge(const QList<Event> &newest)
{
    const qint64 lastShown = m_events.isEmpty() ? 0 : m_events.constLast().id;
    qsizetype firstNew = 0;
    while (firstNew < newest.size() && newest.at(firstNew).id <= lastShown)
        ++firstNew;
    // IDs only grow; if the first one read is past the last shown plus one
    // and nothing read overlaps, some were never read: start over.
    const bool gap
        = !m_events.isEmpty() && firstNew == 0 && !newest.isEmpty() && newest.constFirst().id > lastShown + 1;
    if (gap) {
        beginResetModel();
        m_events = newest;
        endResetModel();
        return;
    }
    if (firstNew >= newest.size())
        return;
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(newest.size() - firstNew) - 1);
    m_events.append(newest.mid(firstNew));
    endInsertRows();
}

void EventTableModel::clear()
{
    if (m_events.isEmpty())
        return;
    beginResetModel();
    m_events.clear();
    endResetModel();
}

void EventTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
}

} // namespace em::ui
