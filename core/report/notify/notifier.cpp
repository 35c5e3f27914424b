#include "notifier.h"

#include <algorithm>
#include <atomic>

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QPromise>
#include <QSslCertificate>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>
#include <QThreadPool>

#include "feed/threadcrypto.h"
#include "model/clock.h"
#include "model/recordtext.h"
#include "report/notify/digestrender.h"
#include "report/notify/mimemessage.h"
#include "report/notify/smtpsender.h"
#include "report/notify/webhooksender.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Notifier)
};

// One deliver() call: its channels finish in any order, on any thread.
struct DeliveryState {
    QPromise<DeliveryReport> promise;
    QMutex mutex;
    DeliveryReport report;
    int remaining = 0;
    std::atomic<bool> cancel {false};

    void finishChannel(ChannelOutcome outcome)
    {
        QMutexLocker lock(&mutex);
        report.channels.append(std::move(outcome));
        if (--remaining > 0)
            return;
        std::sort(report.channels.begin(), report.channels.end(),
            [](const ChannelOutcome &a, const ChannelOutcome &b) { return a.channel < b.channel; });
        promise.addResult(report);
        promise.finish();
    }
};

// The network thread's scope when messages are written for the directory.
thread_local RecordTextScope *networkRecordScope = nullptr;

std::chrono::milliseconds ms(std::chrono::seconds s)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(s);
}
} // namespace

bool DeliveryReport::ok() const
{
    return std::none_of(channels.begin(), channels.end(), [](const ChannelOutcome &c) { return c.error.has_value(); });
}

QStringList DeliveryReport::errors() const
{
    QStringList out;
    for (const ChannelOutcome &c : channels) {
        if (c.error)
            out << c.error->message;
    }
    return out;
}

struct Notifier::Private {
    bool recordText = false;
    QThread networkThread;
    QObject *network = nullptr; // lives on networkThread; parent of the running WebhookSenders
    QThreadPool mailPool;
    QMutex mutex;
    QList<std::weak_ptr<DeliveryState>> active;

    QFuture<DeliveryReport> start(const NotificationSettings &settings, const std::optional<Digest> &mail,
        const std::optional<Digest> &webhook, const NetworkRoute &route);
    void sendMail(
        const std::shared_ptr<DeliveryState> &state, const NotificationSettings &settings, const Digest &digest);
    void sendWebhook(const std::shared_ptr<DeliveryState> &state, const NotificationSettings &settings,
        const Digest &digest, const NetworkRoute &route);
    void cancelWebhooks(Qt::ConnectionType type);
};

Notifier::Notifier(bool recordText) : d(std::make_unique<Private>())
{
    d->recordText = recordText;
    d->networkThread.setObjectName(QStringLiteral("em-notify-network"));
    d->network = new QObject;
    d->network->moveToThread(&d->networkThread);
    if (recordText) {
        // Emitted on the new thread: its messages are English from the start.
        QObject::connect(
            &d->networkThread, &QThread::started, d->network, [] { networkRecordScope = new RecordTextScope; },
            Qt::DirectConnection);
    }
    d->networkThread.start();
    d->mailPool.setMaxThreadCount(2);
}

Notifier::~Notifier()
{
    {
        QMutexLocker lock(&d->mutex);
        for (const auto &weak : d->active) {
            if (auto state = weak.lock())
                state->cancel = true;
        }
    }
    // After every start already queued: nothing is left running.
    d->cancelWebhooks(Qt::BlockingQueuedConnection);
    d->mailPool.waitForDone();
    QObject *network = d->network;
    // On the network thread: its objects, and the record-text scope it started with.
    QMetaObject::invokeMethod(
        network,
        [network] {
            delete network;
            delete networkRecordScope;
            networkRecordScope = nullptr;
        },
        Qt::BlockingQueuedConnection);
    d->networkThread.quit();
    d->networkThread.wait();
}

void Notifier::cancel()
{
    {
        QMutexLocker lock(&d->mutex);
        for (const auto &weak : d->active) {
            if (auto state = weak.lock())
                state->cancel = true;
        }
    }
    d->cancelWebhooks(Qt::QueuedConnection);
}

void Notifier::Private::cancelWebhooks(Qt::ConnectionType type)
{
    QObject *context = network;
    QMetaObject::invokeMethod(
        context,
        [context] {
            for (WebhookSender *sender : context->findChildren<WebhookSender *>(Qt::FindDirectChildrenOnly))
                sender->cancel();
        },
        type);
}

QFuture<DeliveryReport> Notifier::deliverPending(
    const NotificationSettings &settings, const NotificationState &state, const NetworkRoute &route)
{
    return d->start(settings, settings.mailEnabled() ? state.pendingMail : std::nullopt,
        settings.webhookEnabled() ? state.pendingWebhook : std::nullopt, route);
}

QFuture<DeliveryReport> Notifier::deliver(
    const NotificationSettings &settings, const Digest &digest, const NetworkRoute &route)
{
    return d->start(settings, settings.mailEnabled() ? std::optional<Digest>(digest) : std::nullopt,
        settings.webhookEnabled() ? std::optional<Digest>(digest) : std::nullopt, route);
}

QFuture<DeliveryReport> Notifier::Private::start(const NotificationSettings &settings,
    const std::optional<Digest> &mail, const std::optional<Digest> &webhook, const NetworkRoute &route)
{
    auto state = std::make_shared<DeliveryState>();
    state->promise.start();
    QFuture<DeliveryReport> future = state->promise.future();
    state->remaining = (mail ? 1 : 0) + (webhook ? 1 : 0);
    if (state->remaining == 0) {
        state->promise.addResult(DeliveryReport {});
        state->promise.finish();
        return future;
    }
    {
        QMutexLocker lock(&mutex);
        active.removeIf([](const std::weak_ptr<DeliveryState> &w) { return w.expired(); });
        active.append(state);
    }
    if (mail)
        sendMail(state, settings, *mail);
    if (webhook)
        sendWebhook(state, settings, *webhook, route);
    return future;
}

void Notifier::Private::sendMail(
    const std::shared_ptr<DeliveryState> &state, const NotificationSettings &settings, const Digest &digest)
{
    const RenderedDigest rendered = renderDigest(digest, settings.language);
    MailMessage message;
    message.fromAddress = settings.mailFrom;
    message.fromName = QStringLiteral("EM Console");
    message.to = settings.mailTo;
    message.subject = rendered.subject;
    message.text = rendered.text;
    message.html = rendered.html;
    message.date = Clock::now();
    const QByteArray mime = buildMimeMessage(message);
    SmtpOptions options;
    options.url = settings.smtpUrl;
    options.user = settings.smtpUser;
    options.passwordFile = settings.smtpPasswordFile;
    options.caFile = settings.smtpCaFile;
    options.connectTimeout = ms(settings.connectTimeout);
    options.totalTimeout = ms(settings.timeout);
    const QString from = settings.mailFrom;
    const QStringList to = settings.mailTo;
    const QString id = digest.id;
    const bool english = recordText;
    (void)QtConcurrent::run(&mailPool, [state, options, from, to, mime, id, english] {
        const ThreadCryptoRelease releaseCrypto; // a pool thread; libcurl's TLS is OpenSSL
        std::optional<RecordTextScope> scope;
        if (english)
            scope.emplace();
        const QString target = mailChannelText(options.url);
        const SmtpResult result = em::sendMail(options, from, to, mime, &state->cancel);
        state->finishChannel(
            {NotifyChannel::Mail, target, id, result.ok() ? std::nullopt : std::optional<Error>(result.error)});
    });
}

void Notifier::Private::sendWebhook(const std::shared_ptr<DeliveryState> &state, const NotificationSettings &settings,
    const Digest &digest, const NetworkRoute &route)
{
    WebhookRequest request;
    request.url = settings.webhookUrl;
    request.body = renderDigest(digest, settings.language).webhookJson;
    request.proxy = route.proxy;
    request.proxyBypass = route.proxyBypass;
    request.connectTimeout = ms(settings.connectTimeout);
    request.totalTimeout = ms(settings.timeout);
    const QString caFile = settings.webhookCaFile;
    const QString id = digest.id;
    QObject *context = network;
    QMetaObject::invokeMethod(
        context,
        [context, state, request, caFile, id]() mutable {
            const QString target = webhookChannelText(request.url);
            const auto finish = [&](ErrorCode code, const QString &cause) {
                state->finishChannel(
                    {NotifyChannel::Webhook, target, id, Error(code, Text::tr("%1: %2").arg(target, cause))});
            };
            if (state->cancel)
                return finish(ErrorCode::Cancelled, Text::tr("cancelled"));
            if (!caFile.isEmpty()) {
                request.extraCaCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
                if (request.extraCaCertificates.isEmpty())
                    return finish(ErrorCode::Io,
                        Text::tr("the CA file '%1' cannot be read or holds no PEM certificate")
                            .arg(QDir::toNativeSeparators(caFile)));
            }
            auto *sender = new WebhookSender(context);
            QObject::connect(sender, &WebhookSender::finished, sender, [sender, state, id, target] {
                const Result<int> &result = sender->result();
                state->finishChannel(
                    {NotifyChannel::Webhook, target, id, result ? std::nullopt : std::optional<Error>(result.error())});
                sender->deleteLater();
            });
            sender->start(request);
        },
        Qt::QueuedConnection);
}

} // namespace em
