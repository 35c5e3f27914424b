#pragma once

// Notifier delivers digests by mail and webhook without blocking anyone: a
// call from any thread (the UI thread, the service's loop, a cycle's worker)
// returns a QFuture at once. Mail goes through libcurl on the notifier's own
// worker threads; webhooks through QNetworkAccessManager on the notifier's
// own network thread (its event loop, not a nested one). Every channel has a
// connect and a total timeout, so a stalled server ends as a timeout error and
// never holds up the caller or the other channel; cancel() ends what is in
// progress within about a second.
//
// UI thread: watch the future with a QFutureWatcher. Worker thread: wait on
// it (future.result()). The directory is never touched here: the caller
// records the outcome (markDelivered, events).

#include <memory>
#include <optional>

#include <QFuture>
#include <QList>
#include <QStringList>

#include "model/error.h"
#include "report/notify/digest.h"
#include "report/notify/notificationsettings.h"

namespace em {

// The route webhooks take: a server's InternetWebProxy, as the feed fetch uses.
struct NetworkRoute {
    QString proxy; // "http://host:port"; empty: direct
    QStringList proxyBypass;
};

struct ChannelOutcome {
    NotifyChannel channel = NotifyChannel::Mail;
    QString target; // "mail to smtp://mail.contoso.com:587", "webhook https://hooks.example.com"
    QString digestId; // the digest sent
    std::optional<Error> error; // nullopt: delivered; else "<target>: <cause>"
};

struct DeliveryReport {
    QList<ChannelOutcome> channels; // mail first, then webhook; only the channels that had something to send
    [[nodiscard]] bool ok() const; // every channel delivered
    [[nodiscard]] QStringList errors() const; // the messages of the failed channels
};

class Notifier final
{
public:
    // `recordText`: error messages in the directory's language (English, see
    // RecordTextScope), for events; else in the program's language, to show.
    explicit Notifier(bool recordText = false);
    ~Notifier(); // cancels what is in progress and waits for it to end
    Notifier(const Notifier &) = delete;
    Notifier &operator=(const Notifier &) = delete;

    // Sends what `state` holds pending for each channel the settings enable.
    // Then call markDelivered(state, channel, outcome.digestId) for each
    // delivered channel.
    QFuture<DeliveryReport> deliverPending(
        const NotificationSettings &settings, const NotificationState &state, const NetworkRoute &route = {});
    // Sends one digest on every enabled channel (the test message).
    QFuture<DeliveryReport> deliver(
        const NotificationSettings &settings, const Digest &digest, const NetworkRoute &route = {});

    // Thread-safe: every delivery in progress ends, its channels as Cancelled.
    void cancel();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace em
