#pragma once

// The console's settings: the language (system, English, Français). Stored
// with QSettings under "language" and applied when the dialog is accepted.
// With an org directory open, a Notifications page too (its settings live in
// the directory: ui/settings/notificationspage.h).

#include <QDialog>

class QComboBox;
class QLabel;

namespace em::ui {

class NotificationsPage;

class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr, const QString &directoryPath = QString());

    // The stored choice: "system", "en" or "fr".
    static QString languageSetting();
    static void setLanguageSetting(const QString &choice);

    [[nodiscard]] QString selectedLanguage() const;

    void accept() override;

private:
    QComboBox *m_language;
    QLabel *m_note;
    NotificationsPage *m_notifications = nullptr; // with a directory open
};

} // namespace em::ui
