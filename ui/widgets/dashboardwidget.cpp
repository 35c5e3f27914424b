#include "dashboardwidget.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include "models/servertablemodel.h"
#include "statusstyle.h"

namespace em::ui {

namespace {
enum Tile { ServersTile, AppliedTile, BlockedTile, FailedTile, ObsoleteTile, TileCount };

QColor tileColor(int tile)
{
    switch (tile) {
    case AppliedTile:
        return statusColor(ActionStatus::Applied);
    case BlockedTile:
        return statusColor(ActionStatus::Blocked);
    case FailedTile:
        return statusColor(ActionStatus::Failed);
    case ObsoleteTile:
        return statusColor(ActionStatus::Obsolete);
    default:
        return QColor(0x0d, 0x47, 0xa1);
    }
}

// Bar labels count actions, so they read as plurals ("Applied (9)").
QString categoryText(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Applied:
        return DashboardWidget::tr("Applied");
    case ActionStatus::Blocked:
        return DashboardWidget::tr("Blocked");
    case ActionStatus::Failed:
        return DashboardWidget::tr("Failed");
    case ActionStatus::Obsolete:
        return DashboardWidget::tr("Obsolete");
    case ActionStatus::Pending:
        return DashboardWidget::tr("Pending");
    default:
        return statusText(status);
    }
}

QChartView *makeView(const QString &objectName, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 260);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(4);
    view->setChart(chart);
    return view;
}
} // namespace

DashboardCounts dashboardCounts(const ServerTableModel &model)
{
    DashboardCounts c;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ServerSummary &s = model.rowAt(row).summary;
        ++c.servers;
        switch (model.enablementAt(row)) {
        case Enablement::Enabled:
            ++c.enabled;
            break;
        case Enablement::NotApplicableEdge:
            ++c.edge;
            break;
        default:
            ++c.disabled;
            break;
        }
        c.actions += s.counts;
        if (s.counts.failed > 0)
            ++c.serversWithFailures;
    }
    return c;
}

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_statusView(makeView(QStringLiteral("dashboardChartView"), this)),
      m_serverView(makeView(QStringLiteral("dashboardServersChartView"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *tiles = new QHBoxLayout;
    for (int i = 0; i < TileCount; ++i) {
        auto *number = new QLabel(this);
        auto *caption = new QLabel(this);
        QFont big = number->font();
        big.setPointSizeF(big.pointSizeF() * 2.2);
        big.setBold(true);
        number->setFont(big);
        number->setAlignment(Qt::AlignCenter);
        caption->setAlignment(Qt::AlignCenter);
        QPalette palette = number->palette();
        palette.setColor(QPalette::WindowText, tileColor(i));
        number->setPalette(palette);
        auto *box = new QFrame(this);
        box->setFrameShape(QFrame::StyledPanel);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(number);
        boxLayout->addWidget(caption);
        tiles->addWidget(box, 1);
        m_tiles << number << caption;
    }
    m_tiles.at(0)->setObjectName(QStringLiteral("dashboardServersLabel"));
    m_tiles.at(2)->setObjectName(QStringLiteral("dashboardAppliedLabel"));
    m_tiles.at(4)->setObjectName(QStringLiteral("dashboardBlockedLabel"));
    m_tiles.at(6)->setObjectName(QStringLiteral("dashboardFailedLabel"));
    m_tiles.at(8)->setObjectName(QStringLiteral("dashboardObsoleteLabel"));

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_statusView, 3);
    charts->addWidget(m_serverView, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);
    rebuild();
}

void DashboardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void DashboardWidget::setCounts(const DashboardCounts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    rebuild();
}

void DashboardWidget::rebuild()
{
    const DashboardCounts &c = m_counts;
    const QLocale locale;
    m_title->setText(tr("Mitigation status across the organization"));
    const StatusCounts &a = c.actions;
    const int numbers[TileCount] = {c.servers, a.applied, a.blocked, a.failed, a.obsolete};
    const QString captions[TileCount]
        = {tr("Servers"), tr("Applied actions"), tr("Blocked actions"), tr("Failed actions"), tr("Obsolete actions")};
    for (int i = 0; i < TileCount; ++i) {
        m_tiles.at(2 * i)->setText(locale.toString(numbers[i]));
        m_tiles.at(2 * i + 1)->setText(captions[i]);
    }

    // Actions by status: one category per status, each drawn by its own set
    // (stacked on zeros elsewhere) so every bar has its status colour.
    QChart *status = m_statusView->chart();
    status->removeAllSeries();
    for (QAbstractAxis *axis : status->axes())
        status->removeAxis(axis);
    status->setTitle(tr("Actions by status, all servers"));
    auto *bars = new QStackedBarSeries;
    const std::pair<ActionStatus, int> values[]
        = {{ActionStatus::Applied, a.applied}, {ActionStatus::Blocked, a.blocked}, {ActionStatus::Failed, a.failed},
            {ActionStatus::Obsolete, a.obsolete}, {ActionStatus::Pending, a.pending}};
    const int columns = int(std::size(values));
    int highest = 0;
    QStringList names;
    for (int i = 0; i < columns; ++i) {
        const auto &[s, value] = values[i];
        auto *set = new QBarSet(statusText(s));
        set->setColor(statusColor(s));
        set->setBorderColor(statusColor(s).darker(120));
        for (int j = 0; j < columns; ++j)
            set->append(j == i ? value : 0);
        bars->append(set);
        names << tr("%1 (%2)").arg(categoryText(s), locale.toString(value));
        highest = qMax(highest, value);
    }
    bars->setBarWidth(0.6);
    status->addSeries(bars);
    status->legend()->setVisible(false); // the categories name the bars
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    status->addAxis(categories, Qt::AlignBottom);
    bars->attachAxis(categories);
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    // Whole-number ticks: the top is a multiple of the four intervals.
    const int top = qMax(4, ((highest + highest / 8 + 4) / 4) * 4);
    counts->setRange(0, top);
    counts->setTickCount(5);
    status->addAxis(counts, Qt::AlignLeft);
    bars->attachAxis(counts);

    // Servers by effective enablement.
    QChart *servers = m_serverView->chart();
    servers->removeAllSeries();
    servers->setTitle(tr("Servers by mitigation enablement"));
    auto *pie = new QPieSeries;
    const struct {
        QString label;
        int value;
        QColor color;
    } slices[] = {{tr("Mitigations on"), c.enabled, statusColor(ActionStatus::Applied)},
        {tr("Mitigations off"), c.disabled, statusColor(ActionStatus::Disabled)},
        {tr("Edge Transport (not applicable)"), c.edge, statusColor(ActionStatus::NotApplicable)}};
    for (const auto &s : slices) {
        if (s.value == 0)
            continue;
        QPieSlice *slice = pie->append(tr("%1: %2").arg(s.label, locale.toString(s.value)), s.value);
        slice->setColor(s.color);
        slice->setBorderColor(Qt::white);
    }
    pie->setHoleSize(0.35);
    servers->addSeries(pie);
    servers->legend()->setVisible(true);
}

} // namespace em::ui
