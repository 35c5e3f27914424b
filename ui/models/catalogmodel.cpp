#include "catalogmodel.h"

#include "models/showntext.h"

namespace em::ui {

namespace {
QString typeName(ActionType type)
{
    switch (type) {
    case ActionType::DoNothing:
        return CatalogModel::tr("Heartbeat");
    case ActionType::UrlRewrite:
        return CatalogModel::tr("URL Rewrite");
    case ActionType::DisableService:
        return CatalogModel::tr("Disable service");
    case ActionType::DisableAppPool:
        return CatalogModel::tr("Disable app pool");
    }
    return {};
}

QString targetText(const Action &a)
{
    switch (a.scope) {
    case ActionScope::Server:
        return a.target.isEmpty() ? CatalogModel::tr("Server") : CatalogModel::tr("Server: %1").arg(a.target);
    case ActionScope::Site:
        return CatalogModel::tr("Site: %1").arg(a.target);
    case ActionScope::VDir:
        return CatalogModel::tr("Virtual directory: %1").arg(a.target);
    }
    return {};
}
} // namespace

CatalogModel::CatalogModel(QObject *parent) : QAbstractItemModel(parent)
{ }

QModelIndex CatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CatalogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_catalog.mitigations.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0; // actions have no children; only column 0 has children
    return int(m_catalog.mitigations.at(parent.row()).actions.size());
}

int CatalogModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Mitigation *CatalogModel::mitigationAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    return &m_catalog.mitigations.at(row);
}

const Action *CatalogModel::actionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    return &m_catalog.mitigations.at(int(index.internalId() - 1)).actions.at(index.row());
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    return shownText(cellData(index, role), role);
}

QVariant CatalogModel::cellData(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    if (const Action *a = actionAt(index)) {
        switch (index.column()) {
        case IdColumn:
            return a->id;
        case TypeColumn:
            return typeName(a->type);
        case TargetColumn:
            return targetText(*a);
        case DescriptionColumn:
            return a->description;
        default:
            return {};
        }
    }
    const Mitigation *m = mitigationAt(index);
    switch (index.column()) {
    case IdColumn:
        return m->id;
    case TypeColumn:
        return role == SortRole ? QVariant(int(m->actions.size())) : QVariant(tr("Mitigation"));
    case TargetColumn:
        return m->applicabilityText();
    case DescriptionColumn:
        return m->description;
    default:
        return {};
    }
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case TypeColumn:
        return tr("Type");
    case TargetColumn:
        return tr("Applies to");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

void CatalogModel::setCatalog(const Catalog &catalog)
{
    if (catalog.version == m_catalog.version && catalog.mitigations == m_catalog.mitigations)
        return;
    beginResetModel();
    m_catalog = catalog;
    endResetModel();
}

void CatalogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    const int top = rowCount();
    if (top == 0)
        return;
    emit dataChanged(index(0, 0), index(top - 1, ColumnCount - 1));
    for (int r = 0; r < top; ++r) {
        const QModelIndex parent = index(r, 0);
        const int children = rowCount(parent);
        if (children > 0)
            emit dataChanged(index(0, 0, parent), index(children - 1, ColumnCount - 1, parent));
    }
}

} // namespace em::ui
