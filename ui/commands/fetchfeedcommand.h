#pragma once

// Fetches the organization's feed now (engine/feedupdate.h FeedUpdateJob):
// through a server's InternetWebProxy, with the CRLs its certificates point
// to, verified and accepted, or refused and recorded (event 1008) with the
// previous feed kept in effect. The job writes the directory, so it runs in
// its own thread with its own connection and event loop; cancelling stops
// the download.

#include <QStringList>
#include <QUrl>

#include "commands/importfeedcommand.h"

namespace em::ui {

class FeedFetchThread;

class FetchFeedCommand final : public Command
{
    Q_OBJECT

public:
    // `url` empty: the organization's feed URL. `proxy` empty: a direct connection.
    FetchFeedCommand(const QString &path, const QUrl &url, const QString &proxy, const QStringList &proxyBypass,
        const QString &through, QObject *parent = nullptr);
    ~FetchFeedCommand() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] const FeedUpdateReport &report() const { return m_report; }

signals:
    void serverChanged(const em::ui::ServerRow &row);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void done();

    QString m_path;
    QUrl m_url;
    QString m_proxy;
    QStringList m_proxyBypass;
    QString m_through; // the server whose proxy is used, for the title
    FeedFetchThread *m_thread = nullptr;
    FeedUpdateReport m_report;
};

} // namespace em::ui
