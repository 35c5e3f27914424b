#include "iisconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

QString trimSlashes(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

// "/owa" + "/" -> "/owa"; "/" + "/Exchange" -> "/Exchange"; "/owa" + "/x" -> "/owa/x".
QString joinVirtual(const QString &applicationPath, const QString &vdirPath)
{
    const QString app = trimSlashes(applicationPath.isEmpty() ? QStringLiteral("/") : applicationPath);
    const QString dir = trimSlashes(vdirPath.isEmpty() ? QStringLiteral("/") : vdirPath);
    if (dir == QLatin1String("/"))
        return app;
    if (app == QLatin1String("/"))
        return dir;
    return app + dir;
}
} // namespace

const IisVirtualDirectory *IisSite::find(const QString &virtualPath) const
{
    QString wanted = trimSlashes(virtualPath);
    if (!wanted.startsWith(QLatin1Char('/')))
        wanted.prepend(QLatin1Char('/'));
    for (const IisVirtualDirectory &vdir : virtualDirectories) {
        if (vdir.path.compare(wanted, Qt::CaseInsensitive) == 0)
            return &vdir;
    }
    return nullptr;
}

Result<QList<IisSite>> readSites(const XmlTree &applicationHost)
{
    const int root = applicationHost.root();
    if (applicationHost.at(root).name != QLatin1String("configuration"))
        return fail(ErrorCode::Format,
            Text::tr("the root element is <%1>, expected <configuration>").arg(applicationHost.at(root).name));
    const int host = applicationHost.firstChild(root, u"system.applicationHost");
    const int sitesElement = applicationHost.firstChild(host, u"sites");
    if (sitesElement < 0)
        return fail(ErrorCode::Format, Text::tr("no <system.applicationHost>/<sites> section"));
    QList<IisSite> sites;
    for (int siteIndex : applicationHost.childrenNamed(sitesElement, u"site")) {
        const XmlElement &siteElement = applicationHost.at(siteIndex);
        IisSite site;
        site.name = siteElement.attribute(u"name");
        site.id = siteElement.attribute(u"id");
        for (int appIndex : applicationHost.childrenNamed(siteIndex, u"application")) {
            const XmlElement &app = applicationHost.at(appIndex);
            for (int vdirIndex : applicationHost.childrenNamed(appIndex, u"virtualDirectory")) {
                const XmlElement &vdirElement = applicationHost.at(vdirIndex);
                IisVirtualDirectory vdir;
                vdir.site = site.name;
                vdir.applicationPath = trimSlashes(app.attribute(u"path"));
                vdir.path = joinVirtual(app.attribute(u"path"), vdirElement.attribute(u"path"));
                vdir.applicationPool = app.attribute(u"applicationPool");
                vdir.physicalPath = vdirElement.attribute(u"physicalPath");
                site.virtualDirectories.append(vdir);
            }
        }
        sites.append(site);
    }
    return sites;
}

const IisSite *findSite(const QList<IisSite> &sites, const QString &name)
{
    for (const IisSite &site : sites) {
        if (site.name.compare(name, Qt::CaseInsensitive) == 0)
            return &site;
    }
    return nullptr;
}

int findAppPoolElement(const XmlTree &applicationHost, const QString &name)
{
    const int host = applicationHost.firstChild(applicationHost.root(), u"system.applicationHost");
    const int pools = applicationHost.firstChild(host, u"applicationPools");
    for (int pool : applicationHost.childrenNamed(pools, u"add")) {
        if (applicationHost.at(pool).attribute(u"name").compare(name, Qt::CaseInsensitive) == 0)
            return pool;
    }
    return -1;
}

QStringList appPoolNames(const XmlTree &applicationHost)
{
    QStringList names;
    const int host = applicationHost.firstChild(applicationHost.root(), u"system.applicationHost");
    const int pools = applicationHost.firstChild(host, u"applicationPools");
    for (int pool : applicationHost.childrenNamed(pools, u"add"))
        names << applicationHost.at(pool).attribute(u"name");
    return names;
}

ServerPaths::ServerPaths(const QString &root, const QString &driveLetter)
    : m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath())), m_drive(driveLetter.toUpper())
{ }

QString ServerPaths::applicationHostRelativePath()
{
    return QStringLiteral("Windows/System32/inetsrv/config/applicationHost.config");
}

Result<QString> ServerPaths::toRelative(const QString &windowsPath) const
{
    static const QRegularExpression variable(QStringLiteral("^%([A-Za-z_]+)%(.*)$"));
    static const QRegularExpression drive(QStringLiteral("^([A-Za-z]):(.*)$"));
    QString rest;
    if (const auto match = variable.match(windowsPath); match.hasMatch()) {
        const QString name = match.captured(1).toLower();
        if (name == QLatin1String("systemdrive"))
            rest = match.captured(2);
        else if (name == QLatin1String("windir") || name == QLatin1String("systemroot"))
            rest = QStringLiteral("\\Windows") + match.captured(2);
        else
            return fail(ErrorCode::Format,
                Text::tr("path '%1': unknown environment variable %%2%").arg(windowsPath, match.captured(1)));
    } else if (const auto match = drive.match(windowsPath); match.hasMatch()) {
        if (match.captured(1).toUpper() != m_drive)
            return fail(ErrorCode::NotFound,
                Text::tr("path '%1' is on drive %2:, but this host maps only the system drive %3: (to %4)")
                    .arg(windowsPath, match.captured(1).toUpper(), m_drive, QDir::toNativeSeparators(m_root)));
        rest = match.captured(2);
    } else {
        return fail(ErrorCode::Format, Text::tr("path '%1' is not an absolute Windows path").arg(windowsPath));
    }
    QStringList segments = rest.split(QRegularExpression(QStringLiteral("[\\\\/]+")), Qt::SkipEmptyParts);
    segments.removeAll(QStringLiteral("."));
    for (const QString &segment : std::as_const(segments)) {
        if (segment == QLatin1String(".."))
            return fail(ErrorCode::Format, Text::tr("path '%1' leaves the drive root").arg(windowsPath));
    }
    return segments.join(QLatin1Char('/'));
}

QString ServerPaths::localPath(const QString &relativePath) const
{
    if (relativePath.isEmpty())
        return m_root;
    return m_root.endsWith(QLatin1Char('/')) ? m_root + relativePath : m_root + QLatin1Char('/') + relativePath;
}

QString ServerPaths::relative(const QString &localPath) const
{
    return QDir(m_root).relativeFilePath(localPath);
}

QString ServerPaths::toServer(const QString &localPath) const
{
    QString rel = relative(localPath);
    if (rel == QLatin1String("."))
        rel.clear();
    return m_drive + QStringLiteral(":\\") + QString(rel).replace(QLatin1Char('/'), QLatin1Char('\\'));
}

} // namespace em::host
