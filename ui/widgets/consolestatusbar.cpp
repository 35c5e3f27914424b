#include "consolestatusbar.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include "commands/command.h"
#include "feedstatus.h"
#include "model/clock.h"
#include "statusstyle.h"

namespace em::ui {

namespace {
constexpr int messageMs = 15 * 1000;
}

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QStatusBar(parent), m_feedIcon(new QLabel(this)), m_feedLabel(new QLabel(this)), m_messageLabel(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this)), m_messageTimer(new QTimer(this)),
      m_feedTimer(new QTimer(this))
{
    m_feedLabel->setObjectName(QStringLiteral("feedStatusLabel"));
    m_feedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Takes the room the status bar has and elides the rest (the tooltip has it all).
    m_feedLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_feedLabel->installEventFilter(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setMaximumWidth(520);
    m_progress->setObjectName(QStringLiteral("commandProgressBar"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelCommandButton"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_tracked)
            m_tracked->cancel();
    });
    addWidget(m_feedIcon);
    addWidget(m_feedLabel, 1);
    addPermanentWidget(m_messageLabel);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_cancel);

    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(messageMs);
    connect(m_messageTimer, &QTimer::timeout, m_messageLabel, &QLabel::clear);
    m_feedTimer->setInterval(60 * 1000); // the feed's age moves on
    connect(m_feedTimer, &QTimer::timeout, this, &ConsoleStatusBar::updateFeed);
    m_feedTimer->start();
    retranslate();
}

ConsoleStatusBar::~ConsoleStatusBar() = default;

void ConsoleStatusBar::retranslate()
{
    m_cancel->setToolTip(tr("Cancel"));
    updateFeed();
    if (m_tracked)
        m_progress->setFormat(m_tracked->title());
}

void ConsoleStatusBar::track(Command *command)
{
    if (!command)
        return;
    m_tracked = command;
    m_progress->setRange(0, 0);
    m_progress->setFormat(command->title());
    m_progress->show();
    m_cancel->setVisible(command->canCancel());
    connect(command, &Command::progress, this, [this, command](int done, int total, const QString &text) {
        if (command != m_tracked)
            return;
        m_progress->setRange(0, qMax(0, total));
        m_progress->setValue(done);
        m_progress->setFormat(
            total > 0 ? QStringLiteral("%1 (%2/%3)").arg(command->title()).arg(done).arg(total) : text);
        m_progress->setToolTip(text);
    });
    connect(command, &Command::finished, this, [this, command] {
        if (command != m_tracked)
            return;
        m_tracked = nullptr;
        m_progress->hide();
        m_cancel->hide();
    });
}

void ConsoleStatusBar::addLiveLabel(QWidget *label)
{
    insertPermanentWidget(2, label); // after the feed's icon and text (the two normal widgets)
}

void ConsoleStatusBar::setMessage(const QString &text, bool error)
{
    const QFontMetrics fm = m_messageLabel->fontMetrics();
    m_messageLabel->setText(fm.elidedText(text, Qt::ElideRight, m_messageLabel->maximumWidth()));
    m_messageLabel->setToolTip(text);
    QPalette palette = m_messageLabel->palette();
    palette.setColor(QPalette::WindowText,
        error ? statusColor(ActionStatus::Failed) : QApplication::palette().color(QPalette::WindowText));
    m_messageLabel->setPalette(palette);
    m_messageTimer->start();
}

void ConsoleStatusBar::setFeed(bool open, bool loaded, const FeedInfo &feed, const OrgConfig &org)
{
    m_open = open;
    m_loaded = loaded;
    m_feed = feed;
    m_org = org;
    updateFeed();
}

void ConsoleStatusBar::updateFeed()
{
    if (!m_open) {
        setFeedText(QString());
        m_feedIcon->clear();
        return;
    }
    if (!m_loaded && !m_feed.feed && !m_feed.attempt) {
        setFeedText(tr("Reading the org directory…"));
        m_feedIcon->clear();
        return;
    }
    const FeedStatus status = feedStatus(m_feed, m_org, Clock::now());
    setFeedText(status.text);
    m_feedLabel->setToolTip(status.text + QLatin1String("\n\n") + status.toolTip);
    ActionStatus look = ActionStatus::Applied;
    switch (status.level) {
    case FeedStatus::Ok:
        look = ActionStatus::Applied;
        break;
    case FeedStatus::Warning:
        look = ActionStatus::Blocked;
        break;
    case FeedStatus::Error:
        look = ActionStatus::Failed;
        break;
    case FeedStatus::None:
        look = ActionStatus::NotApplicable;
        break;
    }
    const int size = m_feedLabel->fontMetrics().height();
    m_feedIcon->setPixmap(statusIcon(look).pixmap(size, size));
    QPalette palette = m_feedLabel->palette();
    palette.setColor(QPalette::WindowText,
        status.level == FeedStatus::Ok || status.level == FeedStatus::None
            ? QApplication::palette().color(QPalette::WindowText)
            : statusColor(look));
    m_feedLabel->setPalette(palette);
}

void ConsoleStatusBar::setFeedText(const QString &text)
{
    m_feedText = text;
    m_feedLabel->setText(m_feedLabel->fontMetrics().elidedText(text, Qt::ElideRight, m_feedLabel->width()));
}

bool ConsoleStatusBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_feedLabel && event->type() == QEvent::Resize)
        setFeedText(m_feedText);
    return QStatusBar::eventFilter(watched, event);
}

} // namespace em::ui
