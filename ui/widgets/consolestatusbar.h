#pragma once

// The main window's status bar: the feed state (elided, the tooltip has it
// all), the last command's message, and the progress and Cancel button of
// the command it follows.

#include <QPointer>
#include <QStatusBar>

#include "consoledata.h"

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace em::ui {

class Command;

class ConsoleStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit ConsoleStatusBar(QWidget *parent = nullptr);
    ~ConsoleStatusBar() override;

    // Shows COMMAND's progress (and Cancel when it can be cancelled) until it finishes.
    void track(Command *command);
    // A message that stays a while; `error` shows it in the failure colour.
    void setMessage(const QString &text, bool error = false);
    // The live updates' connection state, between the feed and the message.
    void addLiveLabel(QWidget *label);
    // The feed state of the open directory (`open` false: none is open;
    // `loaded` false: not read yet).
    void setFeed(bool open, bool loaded, const FeedInfo &feed, const OrgConfig &org);
    [[nodiscard]] QString feedText() const { return m_feedText; }
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFeed();
    void setFeedText(const QString &text);

    QLabel *m_feedIcon;
    QLabel *m_feedLabel;
    QLabel *m_messageLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QTimer *m_messageTimer;
    QTimer *m_feedTimer;
    QPointer<Command> m_tracked;
    QString m_feedText;
    bool m_open = false;
    bool m_loaded = false;
    FeedInfo m_feed;
    OrgConfig m_org;
};

} // namespace em::ui
