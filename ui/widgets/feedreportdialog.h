#pragma once

// The verification report of a refused feed: why it was refused, which feed
// stays in effect, and every check with its outcome and reason.

#include <QDialog>

class QLabel;
class QTableView;

namespace em::ui {

class FeedCheckModel;
struct FeedUpdateReport;

class FeedReportDialog final : public QDialog
{
    Q_OBJECT

public:
    // `inEffect`: one sentence about the feed that stays in effect.
    FeedReportDialog(const FeedUpdateReport &report, const QString &inEffect, QWidget *parent = nullptr);
    ~FeedReportDialog() override;

    [[nodiscard]] FeedCheckModel *model() const { return m_model; }

private:
    FeedCheckModel *m_model;
    QLabel *m_headline;
    QTableView *m_view;
};

} // namespace em::ui
