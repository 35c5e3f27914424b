#include "server.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

} // namespace em
