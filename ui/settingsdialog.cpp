#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

#include "language.h"
#include "settings/notificationspage.h"

namespace em::ui {

namespace {
const QString languageKey = QStringLiteral("language");
}

SettingsDialog::SettingsDialog(QWidget *parent, const QString &directoryPath)
    : QDialog(parent), m_language(new QComboBox(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    const QString system = i18n::resolve(QStringLiteral("system"));
    m_language->addItem(tr("System language (%1)").arg(i18n::nativeName(system)), QStringLiteral("system"));
    for (const QString &code : i18n::languages())
        m_language->addItem(i18n::nativeName(code), code);
    const int index = m_language->findData(languageSetting());
    m_language->setCurrentIndex(index < 0 ? 0 : index);

    m_note->setWordWrap(true);
    m_note->setText(tr("The console switches language at once. Messages already recorded in the org directory "
                       "stay in the language they were written in."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(m_note);
    generalLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    if (directoryPath.isEmpty()) {
        layout->addWidget(general);
    } else {
        // Notifications (issue 16): the open directory's digest settings.
        auto *tabs = new QTabWidget(this);
        tabs->setObjectName(QStringLiteral("settingsTabs"));
        tabs->addTab(general, tr("General"));
        m_notifications = new NotificationsPage(directoryPath, tabs);
        tabs->addTab(m_notifications, tr("Notifications"));
        layout->addWidget(tabs);
    }
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString SettingsDialog::languageSetting()
{
    const QString choice = QSettings().value(languageKey, QStringLiteral("system")).toString();
    return i18n::isValidChoice(choice) ? choice : QStringLiteral("system");
}

void SettingsDialog::setLanguageSetting(const QString &choice)
{
    QSettings().setValue(languageKey, choice);
}

QString SettingsDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::accept()
{
    const QString choice = selectedLanguage();
    setLanguageSetting(choice);
    if (i18n::resolve(choice) != i18n::current())
        i18n::install(choice);
    if (m_notifications && m_notifications->isModified()) {
        // Stored in the background; the dialog closes once it is (or stays, showing why not).
        m_notifications->save([this](const Result<void> &saved) {
            if (saved)
                QDialog::accept();
        });
        return;
    }
    QDialog::accept();
}

} // namespace em::ui
