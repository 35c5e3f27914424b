#include "connectivitymodel.h"

#include "statusstyle.h"

namespace em::ui {

ConnectivityModel::ConnectivityModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int ConnectivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ConnectivityModel::linesAt(int row) const
{
    const Row &r = m_rows.at(row);
    switch (r.state) {
    case State::Waiting:
        return {tr("Testing…")};
    case State::NotTested:
        return {tr("Not tested: the test was cancelled.")};
    case State::Succeeded:
    case State::Failed:
        return r.result.lines();
    }
    return {};
}

QVariant ConnectivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == StateRole)
        return int(r.state);
    if (role == LinesRole)
        return linesAt(index.row());
    const QStringList lines = linesAt(index.row());
    const bool done = r.state == State::Succeeded || r.state == State::Failed;
    switch (index.column()) {
    case ServerColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.server;
        break;
    case ProxyColumn:
        if (role == Qt::DisplayRole)
            return r.proxy.isEmpty() ? tr("direct") : r.proxy;
        if (role == SortRole)
            return r.proxy;
        break;
    case ResultColumn:
        if (role == Qt::DisplayRole)
            return lines.value(0);
        if (role == SortRole)
            return int(r.state);
        if (role == Qt::DecorationRole) {
            switch (r.state) {
            case State::Succeeded:
                return statusIcon(ActionStatus::Applied);
            case State::Failed:
                return statusIcon(ActionStatus::Failed);
            case State::Waiting:
                return statusIcon(ActionStatus::Pending);
            case State::NotTested:
                return statusIcon(ActionStatus::NotApplicable);
            }
        }
        if (role == Qt::ForegroundRole && r.state == State::Failed)
            return statusColor(ActionStatus::Failed);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return done ? lines.value(1) : QString();
        break;
    default:
        break;
    }
    return {};
}

QVariant ConnectivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServerColumn:
        return tr("Server");
    case ProxyColumn:
        return tr("Through");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void ConnectivityModel::setServers(const QList<std::pair<QString, QString>> &servers)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &[server, proxy] : servers)
        m_rows.append(Row {server, proxy.trimmed(), State::Waiting, {}});
    endResetModel();
}

void ConnectivityModel::setResult(const QString &server, const ConnectivityResult &result)
{
    const int row = rowOf(server);
    if (row < 0)
        return;
    m_rows[row].result = result;
    m_rows[row].state = result.success ? State::Succeeded : State::Failed;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ConnectivityModel::markUntested()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state != State::Waiting)
            continue;
        m_rows[row].state = State::NotTested;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int ConnectivityModel::rowOf(const QString &server) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).server.compare(server, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

void ConnectivityModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace em::ui
