#include "locator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

// libpq's connection keywords a directory URI may carry (PostgreSQL 15,
// "Parameter Key Words"), less the secrets and what makes no sense here.
const QStringList knownKeywords = {
    QStringLiteral("host"),
    QStringLiteral("hostaddr"),
    QStringLiteral("port"),
    QStringLiteral("dbname"),
    QStringLiteral("user"),
    QStringLiteral("passfile"),
    QStringLiteral("channel_binding"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("options"),
    QStringLiteral("application_name"),
    QStringLiteral("fallback_application_name"),
    QStringLiteral("keepalives"),
    QStringLiteral("keepalives_idle"),
    QStringLiteral("keepalives_interval"),
    QStringLiteral("keepalives_count"),
    QStringLiteral("tcp_user_timeout"),
    QStringLiteral("gssencmode"),
    QStringLiteral("sslmode"),
    QStringLiteral("requiressl"),
    QStringLiteral("sslcompression"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcrl"),
    QStringLiteral("sslcrldir"),
    QStringLiteral("sslsni"),
    QStringLiteral("requirepeer"),
    QStringLiteral("ssl_min_protocol_version"),
    QStringLiteral("ssl_max_protocol_version"),
    QStringLiteral("krbsrvname"),
    QStringLiteral("gsslib"),
    QStringLiteral("service"),
    QStringLiteral("target_session_attrs"),
};

const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
    QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// The order the canonical text (and so the parameter list) keeps.
const QStringList leadingKeywords
    = {QStringLiteral("user"), QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("dbname")};

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString &value, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, keep));
}

QString passwordAdvice()
{
    return Text::tr("put the password in ~/.pgpass (or the file named by PGPASSFILE) or in PGPASSWORD, never in "
                    "the locator");
}
} // namespace

QString DirectoryLocator::parameter(const QString &keyword) const
{
    for (const auto &[key, value] : m_parameters) {
        if (key == keyword)
            return value;
    }
    return {};
}

Result<DirectoryLocator> DirectoryLocator::parse(const QString &text)
{
    if (text.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("org directory: no path given"));
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    if (const QRegularExpressionMatch m = scheme.match(text); m.hasMatch()) {
        const QString name = m.captured(1).toLower();
        if (name == QLatin1String("postgresql") || name == QLatin1String("postgres"))
            return parsePostgres(text);
        return fail(ErrorCode::InvalidArgument,
            Text::tr("org directory '%1': unknown kind '%2://'; expected a file path or a postgresql:// URI")
                .arg(text, m.captured(1)));
    }
    DirectoryLocator locator;
    locator.m_kind = Kind::SqliteFile;
    locator.m_text = QFileInfo(text).absoluteFilePath();
    return locator;
}

Result<DirectoryLocator> DirectoryLocator::parsePostgres(const QString &text)
{
    // libpq's URI: postgresql://[user[:password]@][host[:port][,...]][/dbname][?param=value&...]
    const QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    // The text itself is never repeated: it may hold the password refused here.
    const auto bad = [](const QString &cause) {
        return fail(ErrorCode::InvalidArgument, Text::tr("org directory URI: %1").arg(cause));
    };
    const qsizetype queryAt = rest.indexOf(QLatin1Char('?'));
    const QStringView beforeQuery = QStringView(rest).left(queryAt < 0 ? rest.size() : queryAt);
    const QStringView query = queryAt < 0 ? QStringView() : QStringView(rest).mid(queryAt + 1);
    const qsizetype pathAt = beforeQuery.indexOf(QLatin1Char('/'));
    const QStringView authority = pathAt < 0 ? beforeQuery : beforeQuery.left(pathAt);
    const QStringView path = pathAt < 0 ? QStringView() : beforeQuery.mid(pathAt + 1);

    Parameters found;
    const auto has = [&found](const QString &keyword) {
        return std::any_of(found.begin(), found.end(), [&](const auto &p) { return p.first == keyword; });
    };

    QStringView hostSpec = authority;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QStringView userInfo = authority.left(at);
        hostSpec = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':')))
            return bad(Text::tr("a password in the URI is refused (it would show in messages, the audit trail "
                                "and process lists): %1")
                           .arg(passwordAdvice()));
        if (!userInfo.isEmpty())
            found.append({QStringLiteral("user"), decoded(userInfo)});
    }
    if (!hostSpec.isEmpty()) {
        QStringList hosts, ports;
        bool anyPort = false;
        for (QStringView entry : hostSpec.split(QLatin1Char(','))) {
            QString host, port;
            if (entry.startsWith(QLatin1Char('['))) {
                const qsizetype close = entry.indexOf(QLatin1Char(']'));
                if (close < 0)
                    return bad(Text::tr("the IPv6 address '%1' has no closing ']'").arg(entry.toString()));
                host = entry.mid(1, close - 1).toString();
                const QStringView after = entry.mid(close + 1);
                if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
                    return bad(Text::tr("unexpected text after the IPv6 address '%1'").arg(entry.toString()));
                port = after.mid(1).toString();
            } else {
                const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
                host = decoded(colon < 0 ? entry : entry.left(colon));
                port = colon < 0 ? QString() : entry.mid(colon + 1).toString();
            }
            if (host.isEmpty() && !port.isEmpty())
                return bad(Text::tr("the port %1 is given without a host").arg(port));
            hosts << host;
            ports << port;
            anyPort = anyPort || !port.isEmpty();
        }
        found.append({QStringLiteral("host"), hosts.join(QLatin1Char(','))});
        if (anyPort)
            found.append({QStringLiteral("port"), ports.join(QLatin1Char(','))});
    }
    if (!path.isEmpty())
        found.append({QStringLiteral("dbname"), decoded(path)});

    for (QStringView pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals < 0)
            return bad(Text::tr("the parameter '%1' has no value (expected name=value)").arg(pair.toString()));
        const QString keyword = decoded(pair.left(equals));
        const QString value = decoded(pair.mid(equals + 1));
        if (keyword == QLatin1String("password") || keyword == QLatin1String("sslpassword"))
            return bad(Text::tr("the parameter '%1' is refused (it would show in messages, the audit trail and "
                                "process lists): %2")
                           .arg(keyword, passwordAdvice()));
        if (!knownKeywords.contains(keyword))
            return bad(Text::tr("unknown parameter '%1' (libpq's connection parameters are accepted, e.g. sslmode, "
                                "sslrootcert, host, port, connect_timeout)")
                           .arg(keyword));
        if (has(keyword))
            return bad(Text::tr("the parameter '%1' is given twice").arg(keyword));
        found.append({keyword, value});
    }

    for (const auto &[keyword, value] : std::as_const(found)) {
        // The Qt driver passes the parameters on as one libpq connection
        // string in which it turns every ';' into a space.
        if (value.contains(QLatin1Char(';')))
            return bad(
                Text::tr("the value of '%1' contains ';', which the Qt PostgreSQL driver cannot pass on").arg(keyword));
        if (value.contains(QChar(0)))
            return bad(Text::tr("the value of '%1' contains a NUL character").arg(keyword));
    }
    const auto valueOf = [&found](const QString &keyword) {
        for (const auto &[key, value] : std::as_const(found)) {
            if (key == keyword)
                return value;
        }
        return QString();
    };
    for (const QString &port : valueOf(QStringLiteral("port")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return bad(Text::tr("invalid port '%1': expected a number from 1 to 65535").arg(port));
    }
    if (const QString mode = valueOf(QStringLiteral("sslmode")); !mode.isEmpty() && !sslModes.contains(mode))
        return bad(Text::tr("invalid sslmode '%1': expected one of %2").arg(mode, sslModes.join(QStringLiteral(", "))));
    if (const QString timeout = valueOf(QStringLiteral("connect_timeout")); !timeout.isEmpty()) {
        bool ok = false;
        if (timeout.toInt(&ok) < 0 || !ok)
            return bad(Text::tr("invalid connect_timeout '%1': expected a number of seconds").arg(timeout));
    }

    // Canonical order: user, host, port, dbname, then the rest as given.
    DirectoryLocator locator;
    locator.m_kind = Kind::PostgreSql;
    for (const QString &keyword : leadingKeywords) {
        for (const auto &p : std::as_const(found)) {
            if (p.first == keyword)
                locator.m_parameters.append(p);
        }
    }
    for (const auto &p : std::as_const(found)) {
        if (!leadingKeywords.contains(p.first))
            locator.m_parameters.append(p);
    }

    // The canonical text: hosts go in the authority unless one is a socket folder.
    const QString user = valueOf(QStringLiteral("user"));
    const QString host = valueOf(QStringLiteral("host"));
    const QString port = valueOf(QStringLiteral("port"));
    const QStringList hostList = host.split(QLatin1Char(','));
    const bool hostInAuthority = !host.isEmpty()
        && std::none_of(hostList.begin(), hostList.end(),
            [](const QString &h) { return h.startsWith(QLatin1Char('/')) || h.startsWith(QLatin1Char('@')); });
    QString canonical = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        canonical += encoded(user) + QLatin1Char('@');
    QStringList queryParts;
    if (hostInAuthority) {
        const QStringList portList = port.split(QLatin1Char(','));
        QStringList entries;
        for (qsizetype i = 0; i < hostList.size(); ++i) {
            const QString &h = hostList.at(i);
            QString entry = h.contains(QLatin1Char(':')) ? QLatin1Char('[') + h + QLatin1Char(']') : encoded(h);
            if (i < portList.size() && !portList.at(i).isEmpty())
                entry += QLatin1Char(':') + portList.at(i);
            entries << entry;
        }
        canonical += entries.join(QLatin1Char(','));
    }
    canonical += QLatin1Char('/') + encoded(valueOf(QStringLiteral("dbname")));
    for (const auto &[keyword, value] : std::as_const(locator.m_parameters)) {
        if (keyword == QLatin1String("user") || keyword == QLatin1String("dbname"))
            continue;
        if (hostInAuthority && (keyword == QLatin1String("host") || keyword == QLatin1String("port")))
            continue;
        queryParts << keyword + QLatin1Char('=') + encoded(value, "/:,");
    }
    if (!queryParts.isEmpty())
        canonical += QLatin1Char('?') + queryParts.join(QLatin1Char('&'));
    locator.m_text = canonical;
    return locator;
}

QString DirectoryLocator::serverName() const
{
    if (m_kind != Kind::PostgreSql)
        return m_text;
    QString host = parameter(QStringLiteral("host")).section(QLatin1Char(','), 0, 0);
    if (host.isEmpty())
        host = parameter(QStringLiteral("hostaddr")).section(QLatin1Char(','), 0, 0);
    if (host.isEmpty())
        host = qEnvironmentVariable("PGHOST").section(QLatin1Char(','), 0, 0);
    if (host.isEmpty())
        host = QStringLiteral("/var/run/postgresql"); // libpq's default socket folder on Debian
    if (host.startsWith(QLatin1Char('/')))
        return Text::tr("%1 (Unix socket)").arg(host);
    QString port = parameter(QStringLiteral("port")).section(QLatin1Char(','), 0, 0);
    if (port.isEmpty())
        port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host, port)
                                           : QStringLiteral("%1:%2").arg(host, port);
}

QString DirectoryLocator::dataFolder() const
{
    if (m_kind == Kind::SqliteFile)
        return QFileInfo(m_text).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/emconsole");
}

QString DirectoryLocator::defaultText()
{
    const QString fromEnv = qEnvironmentVariable("EM_DIRECTORY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/emconsole/directory.db");
}

DirectoryLocator DirectoryLocator::defaultLocator()
{
    return parse(defaultText()).value_or(DirectoryLocator());
}

} // namespace em
