#include "liveupdates.h"

#include <QApplication>
#include <QLabel>
#include <QTimer>

#include "commands/loaddirectorycommand.h"
#include "directory/directorywatcher.h"
#include "statusstyle.h"

namespace em::ui {

namespace {
// Changes arriving this close together are read in one go.
constexpr int mergeMs = 20;
// While a read runs, how often to look whether it ended.
constexpr int waitForReadMs = 50;
// How long "connected again" stays in the status bar.
constexpr int reconnectedShownMs = 10 * 1000;
const QString serverPrefix = QStringLiteral("server:");
} // namespace

LiveUpdates::LiveUpdates(std::function<bool()> reading, QObject *parent)
    : QObject(parent), m_reading(std::move(reading)), m_label(new QLabel), m_flush(new QTimer(this)),
      m_clearLabel(new QTimer(this))
{
    m_label->setObjectName(QStringLiteral("liveStatusLabel"));
    m_label->setMaximumWidth(520);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->hide();
    m_flush->setSingleShot(true);
    connect(m_flush, &QTimer::timeout, this, &LiveUpdates::flush);
    m_clearLabel->setSingleShot(true);
    m_clearLabel->setInterval(reconnectedShownMs);
    connect(m_clearLabel, &QTimer::timeout, this, [this] {
        m_label->clear();
        m_label->hide();
    });
}

// The label belongs to the status bar it was added to.
LiveUpdates::~LiveUpdates() = default;

bool LiveUpdates::isWatching() const
{
    return m_watcher && m_watcher->isConnected();
}

void LiveUpdates::watch(const QString &path)
{
    delete m_watcher;
    m_flush->stop();
    m_parts = 0;
    m_servers.clear();
    m_details = false;
    m_wasUnavailable = false;
    m_clearLabel->stop();
    m_label->clear();
    m_label->hide();
    const auto locator = DirectoryLocator::parse(path);
    if (path.isEmpty() || !locator)
        return; // the console's own read says what is wrong with it
    m_watcher = new DirectoryWatcher(*locator, this);
    connect(m_watcher, &DirectoryWatcher::changed, this, &LiveUpdates::onChanged);
    connect(m_watcher, &DirectoryWatcher::unavailable, this, &LiveUpdates::showUnavailable);
    connect(m_watcher, &DirectoryWatcher::watching, this, &LiveUpdates::showWatching);
}

void LiveUpdates::onChanged(const QStringList &subjects)
{
    using Load = LoadDirectoryCommand;
    for (const QString &subject : subjects) {
        if (subject.startsWith(serverPrefix)) {
            m_parts |= Load::Servers;
            m_servers << subject.mid(serverPrefix.size());
        } else if (subject == QLatin1String("org") || subject == QLatin1String("feed-attempt")
            || subject == QLatin1String("trust-profiles")) {
            m_parts |= Load::Header;
        } else if (subject == QLatin1String("events") || subject == QLatin1String("audit")) {
            m_parts |= Load::History;
        } else if (subject == QLatin1String("run-request") || subject == QLatin1String("notifications")
            || subject == QLatin1String("ssh-known-hosts") || subject == QLatin1String("exchange-import")) {
            // Nothing the console shows.
        } else {
            // "*", SQLite (which never says), a new catalog ("feed"), or a
            // subject newer than this console.
            m_parts |= Load::Everything;
            m_details = true;
        }
    }
    if (subjects.isEmpty()) {
        m_parts |= Load::Everything;
        m_details = true;
    }
    if (m_parts != 0 && !m_flush->isActive())
        m_flush->start(mergeMs);
}

void LiveUpdates::flush()
{
    if (m_reading && m_reading()) {
        m_flush->start(waitForReadMs);
        return;
    }
    const int parts = m_parts;
    const QStringList servers = m_servers;
    const bool details = m_details;
    m_parts = 0;
    m_servers.clear();
    m_details = false;
    if (parts != 0)
        emit refresh(parts, servers, details);
}

void LiveUpdates::showUnavailable(const QString &message, int retryInMs)
{
    m_wasUnavailable = true;
    m_clearLabel->stop();
    const QString text = tr("Not connected: %1. Trying again in %n s.", nullptr, (retryInMs + 999) / 1000).arg(message);
    const QFontMetrics fm = m_label->fontMetrics();
    m_label->setText(fm.elidedText(text, Qt::ElideRight, m_label->maximumWidth()));
    m_label->setToolTip(text);
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText, statusColor(ActionStatus::Failed));
    m_label->setPalette(palette);
    m_label->show();
}

void LiveUpdates::showWatching()
{
    if (!m_wasUnavailable)
        return;
    m_wasUnavailable = false;
    const auto *watcher = m_watcher.data();
    const QString text = tr("Connected again to the org directory on %1; changes show as they happen.")
                             .arg(watcher ? watcher->locator().serverName() : QString());
    m_label->setText(text);
    m_label->setToolTip(text);
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText, QApplication::palette().color(QPalette::WindowText));
    m_label->setPalette(palette);
    m_label->show();
    m_clearLabel->start();
}

} // namespace em::ui
