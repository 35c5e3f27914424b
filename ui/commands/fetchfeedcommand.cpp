#include "fetchfeedcommand.h"

#include "engine/operations/operations.h"

namespace em::ui {

namespace {
QString titleOf(const QString &proxy, const QString &through)
{
    if (proxy.isEmpty())
        return FetchFeedCommand::tr("Fetching the feed");
    return through.isEmpty() ? FetchFeedCommand::tr("Fetching the feed through %1").arg(proxy)
                             : FetchFeedCommand::tr("Fetching the feed through the proxy of %1").arg(through);
}
} // namespace

FetchFeedCommand::FetchFeedCommand(const QString &path, const QUrl &url, const QString &proxy,
    const QStringList &proxyBypass, const QString &through, QObject *parent)
    : FeedCommand(
        path, titleOf(proxy, through),
        [url, proxy, proxyBypass](OrgDirectory &d, ops::Context &c) -> std::shared_ptr<ops::Outcome> {
            FeedUpdateRequest request;
            request.url = url;
            request.proxy = proxy;
            request.proxyBypass = proxyBypass;
            return std::make_shared<ops::FeedOutcome>(ops::fetchFeed(d, request, c));
        },
        true, parent)
{ }

QString FetchFeedCommand::failureTitle() const
{
    return tr("The feed could not be fetched");
}

} // namespace em::ui
