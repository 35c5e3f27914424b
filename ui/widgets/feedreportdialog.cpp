#include "feedreportdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "commands/importfeedcommand.h"
#include "model/text.h"
#include "models/feedcheckmodel.h"

namespace em::ui {

FeedReportDialog::FeedReportDialog(const FeedUpdateReport &report, const QString &inEffect, QWidget *parent)
    : QDialog(parent), m_model(new FeedCheckModel(this)), m_headline(new QLabel(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("feedReportDialog"));
    setWindowTitle(tr("Feed refused"));
    m_headline->setObjectName(QStringLiteral("feedReportHeadlineLabel"));
    m_view->setObjectName(QStringLiteral("feedChecksTableView"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setText(displayText(feedRefusalText(report), true)); // feed texts: controls shown escaped

    QStringList facts;
    facts << tr("Source: %1").arg(QDir::toNativeSeparators(report.source));
    if (report.verification) {
        const FeedVerification &v = *report.verification;
        if (!v.signerSubject.isEmpty())
            facts << tr("Signer: %1").arg(v.signerSubject);
        if (v.signingTime.isValid())
            facts << tr("Signing time: %1 (%2)")
                         .arg(
                             isoTime(v.signingTime), v.timestamped ? tr("RFC 3161 timestamp") : tr("issued attribute"));
        if (!v.sha256.isEmpty())
            facts << tr("SHA-256: %1").arg(v.sha256);
    }
    auto *factsLabel = new QLabel(facts.join(QLatin1Char('\n')), this);
    factsLabel->setObjectName(QStringLiteral("feedReportFactsLabel"));
    factsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *inEffectLabel = new QLabel(inEffect, this);
    inEffectLabel->setObjectName(QStringLiteral("feedInEffectLabel"));
    inEffectLabel->setWordWrap(true);

    if (report.verification)
        m_model->setChecks(report.verification->checks);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Rows follow their wrapped detail as the columns settle and the dialog is resized.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 8);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnToContents(FeedCheckModel::CheckColumn);
    m_view->setColumnWidth(FeedCheckModel::OutcomeColumn,
        qMax(m_view->columnWidth(FeedCheckModel::OutcomeColumn),
            fontMetrics().horizontalAdvance(FeedCheckModel::outcomeText(CheckOutcome::NotApplicable)) + 44));
    m_view->setVisible(report.verification.has_value());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("feedReportButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    auto *text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(inEffectLabel);
    text->addSpacing(4);
    text->addWidget(factsLabel);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(920, 560);
}

FeedReportDialog::~FeedReportDialog() = default;

} // namespace em::ui
