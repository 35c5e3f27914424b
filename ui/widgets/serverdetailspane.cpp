#include "serverdetailspane.h"

#include <algorithm>

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/actiontablemodel.h"
#include "statusstyle.h"

namespace em::ui {

ServerDetailsPane::ServerDetailsPane(QWidget *parent)
    : QWidget(parent), m_actions(new ActionTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_enabled(new QCheckBox(this)),
      m_proxyLabel(new QLabel(this)), m_proxyEdit(new QLineEdit(this)), m_applyProxy(new QPushButton(this)),
      m_blockList(new QLabel(this)), m_hint(new QLabel(this)), m_view(new QTableView(this)),
      m_block(new QPushButton(this)), m_unblock(new QPushButton(this)), m_reapply(new QPushButton(this)),
      m_rollback(new QPushButton(this)), m_serverControls(new QWidget(this))
{
    m_title->setObjectName(QStringLiteral("serverTitleLabel"));
    m_subtitle->setObjectName(QStringLiteral("serverSubtitleLabel"));
    m_enabled->setObjectName(QStringLiteral("serverEnabledCheckBox"));
    m_proxyEdit->setObjectName(QStringLiteral("proxyLineEdit"));
    m_applyProxy->setObjectName(QStringLiteral("applyProxyButton"));
    m_blockList->setObjectName(QStringLiteral("blockListLabel"));
    m_hint->setObjectName(QStringLiteral("actionsHintLabel"));
    m_view->setObjectName(QStringLiteral("actionsTableView"));
    m_block->setObjectName(QStringLiteral("blockButton"));
    m_unblock->setObjectName(QStringLiteral("unblockButton"));
    m_reapply->setObjectName(QStringLiteral("reapplyButton"));
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blockList->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setContentsMargins(12, 24, 12, 24);
    m_proxyEdit->setClearButtonEnabled(true);
    m_proxyEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("http://proxy.contoso.com:8080")) + 40);

    m_proxy->setSourceModel(m_actions);
    m_proxy->setSortRole(ActionTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // catalog order until the admin sorts
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    const QFontMetrics fm = fontMetrics();
    m_view->setColumnWidth(ActionTableModel::IdColumn, fm.horizontalAdvance(QStringLiteral("PING1.00")) + 24);
    m_view->setColumnWidth(
        ActionTableModel::TypeColumn, fm.horizontalAdvance(QStringLiteral("Disable app pool__")) + 16);
    m_view->setColumnWidth(ActionTableModel::DescriptionColumn, fm.horizontalAdvance(QLatin1Char('x')) * 44);
    m_view->setColumnWidth(ActionTableModel::StatusColumn, fm.horizontalAdvance(QStringLiteral("Not applicable")) + 48);
    m_view->horizontalHeader()->setSectionResizeMode(ActionTableModel::DetailColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(
        ActionTableModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00/00/0000 00:00 PM")) + 16);

    auto *serverLayout = new QHBoxLayout(m_serverControls);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    serverLayout->addWidget(m_enabled);
    serverLayout->addSpacing(24);
    serverLayout->addWidget(m_proxyLabel);
    serverLayout->addWidget(m_proxyEdit, 1);
    serverLayout->addWidget(m_applyProxy);
    m_proxyLabel->setBuddy(m_proxyEdit);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_block);
    buttons->addWidget(m_unblock);
    buttons->addSpacing(16);
    buttons->addWidget(m_reapply);
    buttons->addWidget(m_rollback);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_serverControls);
    layout->addWidget(m_blockList);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addStretch(0); // takes the room only while the table is hidden
    layout->addLayout(buttons);

    m_block->setIcon(statusIcon(ActionStatus::Blocked));
    m_unblock->setIcon(statusIcon(ActionStatus::Pending));
    m_reapply->setIcon(statusIcon(ActionStatus::Applied));
    m_rollback->setIcon(statusIcon(ActionStatus::Obsolete));
    m_reapply->setEnabled(false);
    m_rollback->setEnabled(false);

    connect(m_enabled, &QCheckBox::clicked, this, [this](bool checked) {
        // The box shows the directory's value until the change is written.
        m_enabled->setChecked(!checked);
        emit enabledRequested(checked);
    });
    connect(m_applyProxy, &QPushButton::clicked, this, [this] { emit proxyRequested(m_proxyEdit->text().trimmed()); });
    connect(m_proxyEdit, &QLineEdit::returnPressed, m_applyProxy, &QPushButton::click);
    connect(m_proxyEdit, &QLineEdit::textChanged, this, &ServerDetailsPane::updateButtons);
    connect(m_block, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedActionIds();
        if (!ids.isEmpty())
            emit blockRequested(ids);
    });
    connect(m_unblock, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedActionIds();
        if (!ids.isEmpty())
            emit unblockRequested(ids);
    });
    connect(m_reapply, &QPushButton::clicked, this, [this] {
        if (canReapply())
            emit reapplyRequested();
    });
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedInPlaceIds();
        if (!ids.isEmpty())
            emit rollbackRequested(ids);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServerDetailsPane::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ServerDetailsPane::updateButtons);
    connect(m_actions, &QAbstractItemModel::dataChanged, this, &ServerDetailsPane::updateButtons);
    connect(m_actions, &QAbstractItemModel::modelReset, this, &ServerDetailsPane::updateButtons);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ServerDetailsPane::showContextMenu);

    retranslate();
    setSelection({}, QString(), true);
}

void ServerDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServerDetailsPane::retranslate()
{
    m_enabled->setText(tr("Mitigations enabled on this server"));
    m_enabled->setToolTip(tr("MitigationsEnabled of the server. Mitigations apply only when both the organization "
                             "and the server allow them."));
    m_proxyLabel->setText(tr("Internet &web proxy:"));
    m_proxyEdit->setPlaceholderText(tr("none (direct connection)"));
    m_proxyEdit->setToolTip(tr("InternetWebProxy: the proxy this server fetches the feed through, such as "
                               "http://proxy.contoso.com:8080. Empty for a direct connection."));
    m_applyProxy->setText(tr("&Apply"));
    m_block->setText(tr("&Block"));
    m_block->setToolTip(tr("Add the selected actions to the block list of the selected servers"));
    m_unblock->setText(tr("&Unblock"));
    m_unblock->setToolTip(tr("Remove what blocks the selected actions from the block list of the selected servers"));
    m_reapply->setText(tr("&Reapply"));
    m_reapply->setToolTip(tr("Run a mitigation cycle on the selected servers now: applies what is due and puts back "
                             "what was removed by hand. Blocked actions stay blocked."));
    m_rollback->setText(tr("Roll &back…"));
    m_rollback->setToolTip(tr("Remove what the selected actions added on the selected servers. An action still "
                              "due is also blocked there, so the next cycle does not apply it again."));
    m_actions->retranslate();
    updateHeader();
    fitColumns();
}

void ServerDetailsPane::fitColumns()
{
    if (m_actions->rowCount() == 0)
        return; // an empty table keeps its default widths
    for (int column : {ActionTableModel::IdColumn, ActionTableModel::TypeColumn, ActionTableModel::StatusColumn,
             ActionTableModel::TimeColumn})
        m_view->resizeColumnToContents(column);
    // Wide enough for any status a later change may bring, not only the ones shown now.
    int statusWidth = 0;
    for (ActionStatus status : allActionStatuses)
        statusWidth = qMax(statusWidth, fontMetrics().horizontalAdvance(statusText(status)));
    m_view->setColumnWidth(ActionTableModel::StatusColumn,
        qMax(m_view->columnWidth(ActionTableModel::StatusColumn), statusWidth + fontMetrics().height() + 24));
    // The description fits its text, within bounds, and the detail column takes the rest.
    const int before = m_view->columnWidth(ActionTableModel::DescriptionColumn);
    m_view->resizeColumnToContents(ActionTableModel::DescriptionColumn);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_view->setColumnWidth(ActionTableModel::DescriptionColumn,
        qBound(x * 24, m_view->columnWidth(ActionTableModel::DescriptionColumn), qMax(before, x * 52)));
}

void ServerDetailsPane::setSelection(const QList<ServerRow> &selected, const QString &current, bool orgEnabled)
{
    const bool sameServer = current.compare(m_current, Qt::CaseInsensitive) == 0;
    m_selected = selected;
    m_current = current;
    m_orgEnabled = orgEnabled;
    if (!sameServer) {
        m_detailsLoaded = false;
        m_actions->clear();
        const ServerRow *row = nullptr;
        for (const ServerRow &r : m_selected) {
            if (r.name().compare(current, Qt::CaseInsensitive) == 0)
                row = &r;
        }
        m_proxyEdit->setText(row ? row->server().internetWebProxy : QString());
    }
    updateHeader();
    updateButtons();
}

void ServerDetailsPane::setDetails(const ServerDetails &details)
{
    if (details.server.name.compare(m_current, Qt::CaseInsensitive) != 0)
        return; // an answer for a server no longer shown
    for (ServerRow &row : m_selected) {
        if (row.name().compare(details.server.name, Qt::CaseInsensitive) == 0) {
            const bool proxyEdited = m_proxyEdit->text().trimmed() != row.summary.server.internetWebProxy;
            row.summary.server = details.server;
            if (!proxyEdited)
                m_proxyEdit->setText(details.server.internetWebProxy);
        }
    }
    m_detailsLoaded = true;
    const bool first = m_actions->rowCount() == 0;
    m_actions->setActions(details.server.name, details.actions);
    if (first)
        fitColumns();
    updateHeader();
    updateButtons();
}

void ServerDetailsPane::clearDetails()
{
    m_detailsLoaded = false;
    m_actions->clear();
    updateHeader();
    updateButtons();
}

void ServerDetailsPane::setWriting(bool writing)
{
    m_writing = writing;
    updateButtons();
}

void ServerDetailsPane::setCatalogPresent(bool present)
{
    m_catalogPresent = present;
    updateHeader();
}

QStringList ServerDetailsPane::selectedServers() const
{
    QStringList names;
    for (const ServerRow &row : m_selected)
        names << row.name();
    return names;
}

QStringList ServerDetailsPane::selectedActionIds() const
{
    QStringList ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex();
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString id = index.data(ActionTableModel::ActionIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id, Qt::CaseInsensitive))
            ids << id;
    }
    return ids;
}

QStringList ServerDetailsPane::selectedMitigationIds() const
{
    QStringList ids;
    for (const QString &id : selectedActionIds()) {
        const QString mitigation = mitigationIdOf(id);
        if (!ids.contains(mitigation, Qt::CaseInsensitive))
            ids << mitigation;
    }
    return ids;
}

QStringList ServerDetailsPane::selectedInPlaceIds() const
{
    QStringList ids;
    for (const QString &id : selectedActionIds()) {
        const int row = m_actions->rowOf(id);
        if (row >= 0 && m_actions->rowAt(row).status.appliedAt.isValid())
            ids << id;
    }
    return ids;
}

bool ServerDetailsPane::canReapply() const
{
    if (m_writing)
        return false;
    // A cycle changes something only where mitigations apply.
    return std::any_of(m_selected.cbegin(), m_selected.cend(), [this](const ServerRow &row) {
        return enablementOf(m_orgEnabled, row.server().mitigationsEnabled, row.server().isEdge())
            == Enablement::Enabled;
    });
}

bool ServerDetailsPane::anySelectedBlocked() const
{
    const QStringList ids = selectedActionIds();
    for (const ServerRow &row : m_selected) {
        for (const QString &entry : row.server().mitigationsBlocked) {
            for (const QString &id : ids) {
                if (entry.compare(id, Qt::CaseInsensitive) == 0
                    || entry.compare(mitigationIdOf(id), Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
    }
    return false;
}

void ServerDetailsPane::updateHeader()
{
    const ServerRow *row = nullptr;
    for (const ServerRow &r : std::as_const(m_selected)) {
        if (r.name().compare(m_current, Qt::CaseInsensitive) == 0)
            row = &r;
    }
    m_serverControls->setVisible(row != nullptr);
    m_blockList->setVisible(row != nullptr);
    m_view->setVisible(row != nullptr);
    if (!row) {
        m_title->setText(tr("No server selected"));
        m_subtitle->setText(QString());
        m_subtitle->hide();
        m_hint->setText(tr("Select a server to see its mitigation actions. Select several to block, unblock or "
                           "switch them together."));
        m_hint->show();
        return;
    }
    const Server &s = row->server();
    if (m_selected.size() > 1)
        m_title->setText(tr("%1 (and %2 more selected)").arg(s.name).arg(m_selected.size() - 1));
    else
        m_title->setText(s.name);
    const Enablement e = enablementOf(m_orgEnabled, s.mitigationsEnabled, s.isEdge());
    m_subtitle->setText(tr("%1, %2 · %3 · Mitigations: %4")
                            .arg(row->versionName, s.build.toString(),
                                s.isEdge() ? tr("Edge Transport") : tr("Mailbox"), enablementText(e)));
    m_subtitle->show();
    m_enabled->setChecked(s.mitigationsEnabled);
    m_enabled->setEnabled(!m_writing && !s.isEdge());
    m_blockList->setText(s.mitigationsBlocked.isEmpty()
            ? tr("Block list: empty")
            : tr("Block list: %1").arg(s.mitigationsBlocked.join(QStringLiteral(", "))));
    if (m_selected.size() > 1) {
        m_hint->setText(tr("The actions of %1 are shown. Block, Unblock, Reapply, Roll back and the switches apply to "
                           "the %2 selected servers.")
                            .arg(s.name)
                            .arg(m_selected.size()));
        m_hint->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_hint->setContentsMargins(0, 0, 0, 0);
        m_hint->show();
    } else if (m_detailsLoaded && !m_catalogPresent) {
        m_view->hide(); // nothing to list until a feed is accepted
        m_hint->setText(tr("No feed accepted yet: there are no mitigations to show. Import or fetch a feed first."));
        m_hint->setAlignment(Qt::AlignCenter);
        m_hint->setContentsMargins(12, 24, 12, 24);
        m_hint->show();
    } else if (s.isEdge()) {
        m_hint->setText(tr("The EM service does not run on Edge Transport servers: they are listed and never "
                           "touched."));
        m_hint->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_hint->setContentsMargins(0, 0, 0, 0);
        m_hint->show();
    } else {
        m_hint->hide();
    }
}

void ServerDetailsPane::updateButtons()
{
    const bool haveServer = !m_current.isEmpty();
    const bool haveActions = haveServer && !selectedActionIds().isEmpty();
    m_block->setEnabled(!m_writing && haveActions);
    m_unblock->setEnabled(!m_writing && haveActions && anySelectedBlocked());
    const ServerRow *row = nullptr;
    for (const ServerRow &r : std::as_const(m_selected)) {
        if (r.name().compare(m_current, Qt::CaseInsensitive) == 0)
            row = &r;
    }
    m_applyProxy->setEnabled(!m_writing && row && m_proxyEdit->text().trimmed() != row->server().internetWebProxy);
    m_proxyEdit->setEnabled(!m_writing && row);
    m_enabled->setEnabled(!m_writing && row && !row->server().isEdge());
    m_reapply->setEnabled(canReapply());
    m_rollback->setEnabled(!m_writing && haveActions && !selectedInPlaceIds().isEmpty());
}

void ServerDetailsPane::showContextMenu(const QPoint &pos)
{
    if (m_current.isEmpty() || !m_view->indexAt(pos).isValid())
        return;
    const QStringList ids = selectedActionIds();
    const QStringList mitigations = selectedMitigationIds();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("actionsContextMenu"));
    menu->setToolTipsVisible(true);
    QAction *block
        = menu->addAction(statusIcon(ActionStatus::Blocked), tr("Block %1").arg(ids.join(QStringLiteral(", "))));
    block->setEnabled(m_block->isEnabled());
    connect(block, &QAction::triggered, this, [this, ids] { emit blockRequested(ids); });
    QAction *blockMitigation
        = menu->addAction(tr("Block the whole mitigation %1").arg(mitigations.join(QStringLiteral(", "))));
    blockMitigation->setEnabled(m_block->isEnabled());
    connect(blockMitigation, &QAction::triggered, this, [this, mitigations] { emit blockRequested(mitigations); });
    QAction *unblock = menu->addAction(tr("Unblock"));
    unblock->setEnabled(m_unblock->isEnabled());
    connect(unblock, &QAction::triggered, this, [this, ids] { emit unblockRequested(ids); });
    menu->addSeparator();
    QAction *reapply = menu->addAction(m_reapply->icon(), tr("Reapply on the selected servers"));
    reapply->setEnabled(m_reapply->isEnabled());
    reapply->setToolTip(m_reapply->toolTip());
    connect(reapply, &QAction::triggered, this, [this] { emit reapplyRequested(); });
    const QStringList inPlace = selectedInPlaceIds();
    QAction *rollback = menu->addAction(m_rollback->icon(),
        inPlace.isEmpty() ? tr("Roll back…") : tr("Roll back %1…").arg(inPlace.join(QStringLiteral(", "))));
    rollback->setEnabled(m_rollback->isEnabled());
    rollback->setToolTip(m_rollback->toolTip());
    connect(rollback, &QAction::triggered, this, [this, inPlace] { emit rollbackRequested(inPlace); });
    menu->popup(m_view->viewport()->mapToGlobal(pos)); // not exec(): no nested event loop
}

} // namespace em::ui
