#include "serverfilterproxymodel.h"

#include "servertablemodel.h"

namespace em::ui {

ServerFilterProxyModel::ServerFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ServerTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ServerFilterProxyModel::setServerModel(ServerTableModel *model)
{
    m_servers = model;
    setSourceModel(model);
}

void ServerFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void ServerFilterProxyModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

bool ServerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_servers || sourceParent.isValid())
        return true;
    const ServerRow &row = m_servers->rowAt(sourceRow);
    const Server &s = row.server();
    switch (m_show) {
    case Show::All:
        break;
    case Show::WithFailures:
        if (row.summary.counts.failed == 0)
            return false;
        break;
    case Show::WithBlocks:
        if (row.summary.counts.blocked == 0 && s.mitigationsBlocked.isEmpty())
            return false;
        break;
    case Show::MitigationsOff:
        if (m_servers->enablementAt(sourceRow) == Enablement::Enabled)
            return false;
        break;
    case Show::NeverChecked:
        if (s.lastCheck.isValid())
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); };
    return has(s.name) || has(s.build.toString()) || has(row.versionName) || has(roleName(s.role)) || has(s.lastResult)
        || has(m_servers->data(m_servers->index(sourceRow, ServerTableModel::RoleColumn)).toString());
}

} // namespace em::ui
