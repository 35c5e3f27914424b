#include "serverspage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"
#include "widgets/serverdetailspane.h"

namespace em::ui {

ServersPage::ServersPage(ServerTableModel *servers, QWidget *parent)
    : QWidget(parent), m_servers(servers), m_proxy(new ServerFilterProxyModel(this))
{
    m_proxy->setServerModel(servers);
    auto *top = new QWidget(this);
    m_filter = new QLineEdit(top);
    m_filter->setObjectName(QStringLiteral("serverFilterLineEdit"));
    m_filter->setClearButtonEnabled(true);
    m_showLabel = new QLabel(top);
    m_show = new QComboBox(top);
    m_show->setObjectName(QStringLiteral("serverShowComboBox"));
    for (int i = 0; i < 5; ++i)
        m_show->addItem(QString());
    m_showLabel->setBuddy(m_show);
    m_count = new QLabel(top);
    m_count->setObjectName(QStringLiteral("serverCountLabel"));
    m_view = new QTableView(top);
    m_view->setObjectName(QStringLiteral("serversTableView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ServerTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Sized to their contents when the first rows arrive; sampled, so thousands of rows stay cheap.
    m_view->horizontalHeader()->setResizeContentsPrecision(200);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 2);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_showLabel);
    filterRow->addWidget(m_show);
    filterRow->addStretch(1);
    filterRow->addWidget(m_count);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(m_view, 1);

    m_details = new ServerDetailsPane(this);
    m_details->setObjectName(QStringLiteral("serverDetailsPane"));
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("serversSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({330, 470});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ServerFilterProxyModel::setText);
    connect(m_filter, &QLineEdit::textChanged, this, &ServersPage::updateCount);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setShow(ServerFilterProxyModel::Show(qMax(0, index)));
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ServersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ServersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ServersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ServersPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServersPage::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ServersPage::selectionChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_view->indexAt(pos).isValid())
            emit contextMenuRequested(m_view->viewport()->mapToGlobal(pos));
    });
}

ServersPage::~ServersPage() = default;

void ServersPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter servers by name, version, role or result"));
    m_showLabel->setText(tr("&Show:"));
    const QStringList shows = {tr("All servers"), tr("With failed actions"), tr("With blocked mitigations"),
        tr("Mitigations off"), tr("Never checked")};
    for (int i = 0; i < shows.size(); ++i)
        m_show->setItemText(i, shows.at(i));
    if (m_servers->rowCount() > 0)
        fitColumns();
    updateCount();
}

void ServersPage::updateCount()
{
    const int total = m_servers->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n server(s)", nullptr, total)
                                    : tr("%1 of %n server(s) shown", nullptr, total).arg(shown));
}

void ServersPage::fitColumns()
{
    for (int column = 0; column < ServerTableModel::LastResultColumn; ++column)
        m_view->resizeColumnToContents(column);
    for (int c : {ServerTableModel::AppliedColumn, ServerTableModel::BlockedColumn, ServerTableModel::FailedColumn})
        m_view->setColumnWidth(
            c, qMax(m_view->columnWidth(c), fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 40));
}

QList<ServerRow> ServersPage::selectedRows() const
{
    QList<ServerRow> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            rows.append(m_servers->rowAt(source));
    }
    return rows;
}

QString ServersPage::currentServer() const
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), current.parent()))
        return current.data(ServerTableModel::NameRole).toString();
    const QModelIndexList selected = selection->selectedRows();
    return selected.isEmpty() ? QString() : selected.first().data(ServerTableModel::NameRole).toString();
}

bool ServersPage::selectServer(const QString &name)
{
    const QModelIndex source = m_servers->indexOf(name);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        m_show->setCurrentIndex(0);
        index = m_proxy->mapFromSource(source);
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ServersPage::selectFirstIfNone()
{
    if (m_view->selectionModel()->selectedRows().isEmpty() && m_proxy->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace em::ui
