#pragma once

// Fetches the organization's feed now (ops::fetchFeed, as emctl feed fetch):
// through a server's InternetWebProxy, with the CRLs its certificates point
// to, verified and accepted, or refused and recorded (event 1008) with the
// previous feed kept in effect; a new feed re-plans every server. The job
// runs in the command's worker thread with its own connection and event loop;
// cancelling stops the download.

#include <QStringList>
#include <QUrl>

#include "commands/importfeedcommand.h"

namespace em::ui {

class FetchFeedCommand final : public FeedCommand
{
    Q_OBJECT

public:
    // `url` empty: the organization's feed URL. `proxy` empty: a direct connection.
    // `through`: the server whose proxy is used, for the title.
    FetchFeedCommand(const QString &path, const QUrl &url, const QString &proxy, const QStringList &proxyBypass,
        const QString &through, QObject *parent = nullptr);

    [[nodiscard]] bool canCancel() const override { return true; }

protected:
    [[nodiscard]] QString failureTitle() const override;
};

} // namespace em::ui
