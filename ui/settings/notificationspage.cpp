#include "notificationspage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include "directory/orgdirectory.h"
#include "engine/aftercycle.h"

namespace em::ui {

namespace {
Result<NotificationSettings> loadSettings(const QString &path)
{
    auto dir = OrgDirectory::open(path);
    if (!dir)
        return fail(dir.error());
    return notificationSettings(**dir);
}

Result<void> storeSettings(const QString &path, const NotificationSettings &settings, const Actor &actor)
{
    auto dir = OrgDirectory::open(path);
    if (!dir)
        return fail(dir.error());
    return setNotificationSettings(**dir, settings, actor);
}

Result<DeliveryReport> runTest(const QString &path, const NotificationSettings &settings, const QString &sentBy,
    const std::shared_ptr<std::atomic<bool>> &cancel)
{
    NetworkRoute route;
    if (auto dir = OrgDirectory::open(path))
        route = notificationRoute(**dir);
    return sendTestNotification(settings, route, sentBy, cancel.get());
}

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

NotificationsPage::NotificationsPage(const QString &directoryPath, QWidget *parent)
    : QWidget(parent), m_path(directoryPath),
      m_mailTo(lineEdit(this, "notifyMailEdit", tr("secops@contoso.com, exadmins@contoso.com"))),
      m_mailFrom(lineEdit(this, "notifyFromEdit", tr("em@contoso.com"))),
      m_smtpUrl(lineEdit(this, "smtpUrlEdit", tr("smtp://mail.contoso.com:587 or smtps://mail.contoso.com"))),
      m_smtpUser(lineEdit(this, "smtpUserEdit", tr("none"))),
      m_passwordFile(lineEdit(this, "smtpPasswordFileEdit", tr("$CREDENTIALS_DIRECTORY/smtp-password"))),
      m_smtpCaFile(lineEdit(this, "smtpCaFileEdit", tr("the system's CA store"))),
      m_webhookUrl(lineEdit(this, "notifyWebhookEdit", tr("https://contoso.webhook.office.com/..."))),
      m_webhookCaFile(lineEdit(this, "notifyWebhookCaFileEdit", tr("the system's CA store"))),
      m_language(new QComboBox(this)), m_reminderHours(new QSpinBox(this)),
      m_testButton(new QPushButton(tr("Send &test"), this)), m_status(new QLabel(this)),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("notificationsPage"));
    // The webhook URL's path is its secret token: shown only while edited.
    m_webhookUrl->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_language->setObjectName(QStringLiteral("notifyLanguageComboBox"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_reminderHours->setObjectName(QStringLiteral("notifyReminderSpinBox"));
    m_reminderHours->setRange(0, 24 * 30);
    m_reminderHours->setSuffix(tr(" h"));
    m_reminderHours->setSpecialValueText(tr("never"));
    m_testButton->setObjectName(QStringLiteral("sendTestButton"));
    m_status->setObjectName(QStringLiteral("notificationsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *intro = new QLabel(tr("After each cycle, one digest of what changed goes to these recipients and this "
                                "webhook. The SMTP password is never stored: it is read from its file at each "
                                "delivery."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Recipients:"), m_mailTo);
    form->addRow(tr("&From:"), m_mailFrom);
    form->addRow(tr("SMTP &server:"), m_smtpUrl);
    form->addRow(tr("SMTP &user:"), m_smtpUser);
    form->addRow(tr("&Password file:"), m_passwordFile);
    form->addRow(tr("Mail server &CA file:"), m_smtpCaFile);
    form->addRow(tr("&Webhook URL:"), m_webhookUrl);
    form->addRow(tr("Webhook CA &file:"), m_webhookCaFile);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("R&eminder after:"), m_reminderHours);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_testButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, [this] { m_modified = true; });
    connect(m_language, &QComboBox::activated, this, [this] { m_modified = true; });
    connect(m_reminderHours, &QSpinBox::valueChanged, this, [this] { m_modified = m_modified || m_loaded; });
    connect(m_testButton, &QPushButton::clicked, this, &NotificationsPage::sendTest);
    load();
}

NotificationsPage::~NotificationsPage()
{
    // A test in progress ends as cancelled; its worker holds its own copies.
    m_cancel->store(true);
}

void NotificationsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
}

void NotificationsPage::setBusy(bool busy)
{
    m_busy = busy;
    m_testButton->setEnabled(!busy && m_loaded);
}

void NotificationsPage::load()
{
    setEnabled(false);
    setStatus(tr("Reading the notification settings..."), false);
    auto *watcher = new QFutureWatcher<Result<NotificationSettings>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<NotificationSettings> result = watcher->result();
        setEnabled(true);
        if (!result) {
            setStatus(tr("The notification settings cannot be read: %1").arg(result.error().message), true);
            m_stored = std::make_unique<NotificationSettings>();
        } else {
            m_stored = std::make_unique<NotificationSettings>(*result);
            show(*result);
            setStatus(QString(), false);
        }
        m_loaded = true;
        setBusy(false);
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run(loadSettings, m_path));
}

void NotificationsPage::show(const NotificationSettings &s)
{
    m_mailTo->setText(s.mailTo.join(QStringLiteral(", ")));
    m_mailFrom->setText(s.mailFrom);
    m_smtpUrl->setText(s.smtpUrl.toString());
    m_smtpUser->setText(s.smtpUser);
    m_passwordFile->setText(s.smtpPasswordFile);
    m_smtpCaFile->setText(s.smtpCaFile);
    m_webhookUrl->setText(s.webhookUrl.toString());
    m_webhookCaFile->setText(s.webhookCaFile);
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_reminderHours->setValue(int(s.reminderAfter.count() / 3600));
}

Result<NotificationSettings> NotificationsPage::settings() const
{
    NotificationSettings s = m_stored ? *m_stored : NotificationSettings {};
    auto to = parseMailAddresses(m_mailTo->text());
    if (!to)
        return fail(to.error().wrapped(tr("Recipients")));
    s.mailTo = *to;
    s.mailFrom = m_mailFrom->text().trimmed();
    s.smtpUrl = QUrl();
    if (const QString url = m_smtpUrl->text().trimmed(); !url.isEmpty()) {
        auto parsed = parseSmtpUrl(url);
        if (!parsed)
            return fail(parsed.error());
        s.smtpUrl = *parsed;
    }
    s.smtpUser = m_smtpUser->text().trimmed();
    s.smtpPasswordFile = m_passwordFile->text().trimmed();
    s.smtpCaFile = m_smtpCaFile->text().trimmed();
    s.webhookUrl = QUrl();
    if (const QString url = m_webhookUrl->text().trimmed(); !url.isEmpty()) {
        auto parsed = parseWebhookUrl(url);
        if (!parsed)
            return fail(parsed.error());
        s.webhookUrl = *parsed;
    }
    s.webhookCaFile = m_webhookCaFile->text().trimmed();
    s.language = m_language->currentData().toString();
    s.reminderAfter = std::chrono::hours(m_reminderHours->value());
    if (auto valid = s.validate(); !valid)
        return fail(valid.error());
    return s;
}

void NotificationsPage::save(const std::function<void(const Result<void> &)> &done)
{
    auto s = settings();
    if (!s) {
        setStatus(s.error().message, true);
        done(fail(s.error()));
        return;
    }
    setBusy(true);
    setStatus(tr("Saving the notification settings..."), false);
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        const Result<void> result = watcher->result();
        setBusy(false);
        if (result) {
            m_modified = false;
            setStatus(tr("Notification settings saved."), false);
        } else {
            setStatus(tr("The notification settings were not saved: %1").arg(result.error().message), true);
        }
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(storeSettings, m_path, *s, Actor::current()));
}

void NotificationsPage::sendTest()
{
    if (m_busy)
        return;
    auto s = settings();
    if (!s) {
        setStatus(s.error().message, true);
        emit testFinished(false);
        return;
    }
    setBusy(true);
    setStatus(tr("Sending a test message..."), false);
    const Actor actor = Actor::current();
    const QString sentBy = tr("EM Console's Send test, by %1 on %2").arg(actor.who, actor.host);
    auto *watcher = new QFutureWatcher<Result<DeliveryReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<DeliveryReport> result = watcher->result();
        setBusy(false);
        if (!result) {
            setStatus(result.error().message, true);
            emit testFinished(false);
            return;
        }
        QStringList lines;
        for (const ChannelOutcome &c : result->channels)
            lines << (c.error ? c.error->message : tr("Test message sent: %1").arg(c.target));
        setStatus(lines.join(QLatin1Char('\n')), !result->ok());
        emit testFinished(result->ok());
    });
    watcher->setFuture(QtConcurrent::run(runTest, m_path, *s, sentBy, m_cancel));
}

} // namespace em::ui
