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

Result<void> checkServerName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,62}$"));
    if (!pattern.match(name).hasMatch())
        return fail(ErrorCode::InvalidArgument,
            Text::tr("invalid server name '%1': use letters, digits and hyphens (at most 63)").arg(name));
    return {};
}

Result<void> Server::validate() const
{
    if (auto valid = checkServerName(name); !valid)
        return valid;
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
    // The host's own parser (core/host) checks a locator in full; this is the
    // directory's guard against a locator no host could open.
    const bool dirHost = host.startsWith(QLatin1String("dir:")) && !host.mid(4).trimmed().isEmpty();
    const bool sshHost = host.startsWith(QLatin1String("ssh://"));
    if (!host.isEmpty() && !dirHost && !sshHost && host != QLatin1String("windows:"))
        return fail(ErrorCode::InvalidArgument,
            Text::tr("invalid host '%1': expected dir:PATH, windows: or ssh://[USER@]HOST[:PORT]/ROOT").arg(host));
    return {};
}

} // namespace em
