#include "historyview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace em::ui {

HistoryView::HistoryView(const QString &name, QAbstractItemModel *model, int sortRole, int timeColumn, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_empty(new QLabel(this)), m_view(new QTableView(this))
{
    m_filter->setObjectName(name + QStringLiteral("FilterLineEdit"));
    m_view->setObjectName(name + QStringLiteral("TableView"));
    m_empty->setObjectName(name + QStringLiteral("EmptyLabel"));
    m_filter->setClearButtonEnabled(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(timeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setResizeContentsPrecision(100);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        updateEmpty();
        if (first == 0)
            fitColumns();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmpty();
        fitColumns();
    });
    updateEmpty();
    fitColumns();
}

void HistoryView::setPlaceholder(const QString &filterPlaceholder, const QString &emptyText)
{
    m_filter->setPlaceholderText(filterPlaceholder);
    m_empty->setText(emptyText);
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fitColumns();
    QWidget::changeEvent(event);
}

void HistoryView::fitColumns()
{
    for (int column = 0; column + 1 < m_model->columnCount(); ++column)
        m_view->resizeColumnToContents(column);
}

void HistoryView::updateEmpty()
{
    m_empty->setVisible(m_model->rowCount() == 0);
}

} // namespace em::ui
