#include "catalogview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/catalogmodel.h"

namespace em::ui {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString typeName(ActionType type)
{
    switch (type) {
    case ActionType::DoNothing:
        return CatalogView::tr("Heartbeat (changes nothing)");
    case ActionType::UrlRewrite:
        return CatalogView::tr("IIS URL Rewrite rules");
    case ActionType::DisableService:
        return CatalogView::tr("Stop and disable a Windows service");
    case ActionType::DisableAppPool:
        return CatalogView::tr("Stop an IIS application pool and turn off its auto-start");
    }
    return {};
}

QString scopeName(const Action &a)
{
    switch (a.scope) {
    case ActionScope::Server:
        return a.target.isEmpty() ? CatalogView::tr("Server") : CatalogView::tr("Server: %1").arg(a.target);
    case ActionScope::Site:
        return CatalogView::tr("Site %1 (its web.config)").arg(a.target);
    case ActionScope::VDir:
        return CatalogView::tr("Virtual directory %1 (its web.config)").arg(a.target);
    }
    return {};
}
} // namespace

CatalogView::CatalogView(CatalogModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_empty(new QLabel(this)), m_tree(new QTreeView(this)),
      m_details(new QTextBrowser(this))
{
    m_empty->setObjectName(QStringLiteral("catalogEmptyLabel"));
    m_tree->setObjectName(QStringLiteral("catalogTreeView"));
    m_details->setObjectName(QStringLiteral("catalogDetailsBrowser"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_tree->setModel(model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    m_tree->setColumnWidth(CatalogModel::IdColumn, fm.horizontalAdvance(QStringLiteral("PING1.00")) + 48);
    m_tree->setColumnWidth(CatalogModel::TypeColumn, fm.horizontalAdvance(QStringLiteral("Disable app pool__")) + 8);
    m_tree->setColumnWidth(CatalogModel::TargetColumn, fm.horizontalAdvance(QLatin1Char('x')) * 34);
    m_details->setOpenExternalLinks(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({820, 420});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CatalogView::showCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        fitColumns();
        updateEmpty();
        if (m_model->rowCount() > 0)
            m_tree->setCurrentIndex(m_model->index(0, 0));
        showCurrent();
    });
    updateEmpty();
    showCurrent();
}

void CatalogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fitColumns();
        updateEmpty();
        showCurrent();
    }
    QWidget::changeEvent(event);
}

void CatalogView::fitColumns()
{
    for (int column = 0; column < CatalogModel::DescriptionColumn; ++column)
        m_tree->resizeColumnToContents(column);
    // Long applicability lists stay readable in the details beside; the description keeps its room.
    const int most = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40;
    if (m_tree->columnWidth(CatalogModel::TargetColumn) > most)
        m_tree->setColumnWidth(CatalogModel::TargetColumn, most);
}

void CatalogView::updateEmpty()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setText(tr("No feed accepted yet: the catalog is empty. It lists the mitigations of the accepted feed."));
    m_empty->setVisible(empty);
}

void CatalogView::showCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const Mitigation *m = m_model->mitigationAt(current);
    if (!m) {
        m_details->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Select a mitigation or an action."))));
        return;
    }
    QString html;
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(m->id), esc(m->description));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Applies to:")), esc(m->applicabilityText()));
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(esc(tr("Rollback:")),
                    m->rollback.isEmpty() ? esc(tr("No rollback procedure given.")) : esc(m->rollback));
    const Action *only = m_model->actionAt(current);
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Actions:")));
    for (const Action &a : m->actions) {
        if (only && only->id != a.id)
            continue;
        html += QStringLiteral("<p><b>%1</b> — %2<br>%3<br>%4</p>")
                    .arg(esc(a.id), esc(a.description.isEmpty() ? m->description : a.description),
                        esc(typeName(a.type)), esc(scopeName(a)));
        if (a.type == ActionType::UrlRewrite && !a.rulesXml.trimmed().isEmpty())
            html += QStringLiteral("<pre style=\"font-size: small\">%1</pre>").arg(esc(a.rulesXml.trimmed()));
    }
    m_details->setHtml(html);
}

} // namespace em::ui
