#pragma once

// The dashboard: how the organization stands at a glance. Tiles with the
// number of servers and of applied / blocked / failed / obsolete actions, a bar
// chart of action statuses across the organization and a pie of the servers'
// effective enablement (Qt Charts).

#include <QWidget>

#include "model/statuscounts.h"

class QLabel;

class QChart;
class QChartView;
class QBarSeries;
class QPieSeries;

namespace em::ui {

struct DashboardCounts {
    int servers = 0;
    int enabled = 0; // mitigations in effect
    int disabled = 0; // turned off by the organization or the server
    int edge = 0; // Edge Transport: not applicable
    StatusCounts actions; // every server's actions, by status
    int serversWithFailures = 0;

    friend bool operator==(const DashboardCounts &, const DashboardCounts &) = default;
};

class ServerTableModel;
// The counts of the servers in MODEL (their effective enablement and actions).
DashboardCounts dashboardCounts(const ServerTableModel &model);

class DashboardWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);

    void setCounts(const DashboardCounts &counts);
    [[nodiscard]] const DashboardCounts &counts() const { return m_counts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    DashboardCounts m_counts;
    QLabel *m_title;
    QList<QLabel *> m_tiles; // number and caption per tile
    QChartView *m_statusView;
    QChartView *m_serverView;
};

} // namespace em::ui
