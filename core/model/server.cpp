#include "server.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "mitigation.h"
#include "proxy.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Server)
};
} // namespace

QString roleName(ServerRole role)
{
    return role == ServerRole::EdgeTransport ? QStringLiteral("EdgeTransport") : QStringLiteral("Mailbox");
}

Result<ServerRole> parseRole(const QString &text)
{
    if (text.compare(QLatin1String("Mailbox"), Qt::CaseInsensitive) == 0)
        return ServerRole::Mailbox;
    if (text.compare(QLatin1String("EdgeTransport"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("Edge"), Qt::CaseInsensitive) == 0)
        return ServerRole::EdgeTransport;
    return fail(ErrorCode::InvalidArgument, Text::tr("invalid role '%1': expected Mailbox or EdgeTransport").arg(text));
}

Result<void> Server::validate() const
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,62}$"));
    if (!namePattern.match(name).hasMatch())
        return fail(ErrorCode::InvalidArgument,
            Text::tr("invalid server name '%1': use letters, digits and hyphens (at most 63)").arg(name));
    if (build.isNull())
        return fail(ErrorCode::InvalidArgument, Text::tr("server '%1': no build given").arg(name));
    for (const QString &id : mitigationsBlocked) {
        if (auto valid = checkMitigationId(id); !valid)
            return valid;
    }
    if (!internetWebProxy.isEmpty()) {
        // Stored as the admin wrote it, with its scheme: the feed is fetched through an HTTP proxy.
        if (!internetWebProxy.contains(QLatin1String("://")) || !parseProxyUrl(internetWebProxy))
            return fail(ErrorCode::InvalidArgument,
                Text::tr("invalid proxy '%1': expected a URL such as http://proxy.contoso.com:8080")
                    .arg(internetWebProxy));
    }
    if (!host.isEmpty() && !host.startsWith(QLatin1String("dir:")) && host != QLatin1String("windows:"))
        return fail(ErrorCode::InvalidArgument, Text::tr("invalid host '%1': expected dir:PATH or windows:").arg(host));
    return {};
}

} // namespace em
