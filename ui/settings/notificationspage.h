#pragma once

// The Notifications page of the console's settings (issue 16; DESIGN section
// 8): the organization's digest settings, the same as `emctl set-org
// --notify-mail ... --smtp-url ... --notify-webhook ...`, and "Send test" as
// `emctl notify test`. Loading, saving and the test run on worker threads
// with their own directory connections; the UI thread never waits.

#include <atomic>
#include <functional>
#include <memory>

#include <QWidget>

#include "model/error.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace em {
struct NotificationSettings;
}

namespace em::ui {

class NotificationsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationsPage(const QString &directoryPath, QWidget *parent = nullptr);
    ~NotificationsPage() override;

    // The fields as settings, checked as set-org checks them.
    [[nodiscard]] Result<NotificationSettings> settings() const;
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] bool isModified() const { return m_modified; }
    // Stores the fields (audited as set-org) in the background; `done` gets
    // the outcome on the UI thread. An invalid field fails at once.
    void save(const std::function<void(const Result<void> &)> &done);
    void sendTest();

signals:
    void loaded();
    void testFinished(bool ok);

private:
    void load();
    void show(const NotificationSettings &settings);
    void setStatus(const QString &text, bool error);
    void setBusy(bool busy);

    QString m_path;
    QLineEdit *m_mailTo;
    QLineEdit *m_mailFrom;
    QLineEdit *m_smtpUrl;
    QLineEdit *m_smtpUser;
    QLineEdit *m_passwordFile;
    QLineEdit *m_smtpCaFile;
    QLineEdit *m_webhookUrl;
    QLineEdit *m_webhookCaFile;
    QComboBox *m_language;
    QSpinBox *m_reminderHours;
    QPushButton *m_testButton;
    QLabel *m_status;
    std::unique_ptr<NotificationSettings> m_stored; // as loaded: timeouts the page does not show
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_loaded = false;
    bool m_modified = false;
    bool m_busy = false;
};

} // namespace em::ui
