#pragma once

// What the host reads from applicationHost.config: sites with their virtual
// directories and physical paths, and application pools; and how a server's
// Windows paths map to local files (a dir: root, or the real system drive).

#include <QList>
#include <QString>

#include "configxml.h"

namespace em::host {

struct IisVirtualDirectory {
    QString site; // "Default Web Site"
    QString path; // virtual path in the site: "/", "/owa", "/Exchange"
    QString applicationPath; // "/owa"; "/" for a vdir of the root application
    QString applicationPool; // empty: the site's or server's default
    QString physicalPath; // as written: "%SystemDrive%\inetpub\wwwroot"
};

struct IisSite {
    QString name;
    QString id;
    QList<IisVirtualDirectory> virtualDirectories;

    // The vdir with this virtual path ("/owa", case-insensitive); nullptr when none.
    [[nodiscard]] const IisVirtualDirectory *find(const QString &virtualPath) const;
};

// The <sites> of applicationHost.config.
Result<QList<IisSite>> readSites(const XmlTree &applicationHost);
const IisSite *findSite(const QList<IisSite> &sites, const QString &name); // case-insensitive
// The <add name="..."> of <applicationPools>; -1 when none.
int findAppPoolElement(const XmlTree &applicationHost, const QString &name);
QStringList appPoolNames(const XmlTree &applicationHost);

// Maps a server's Windows paths to paths under a root that stands for the
// system drive: "%SystemDrive%\x" and "C:\x" become "x", "%windir%\x" and
// "%SystemRoot%\x" "Windows/x". Pure text: the host resolves the case of each
// segment against its files (Windows paths are case-insensitive).
class ServerPaths
{
public:
    ServerPaths() = default;
    explicit ServerPaths(const QString &root, const QString &driveLetter = QStringLiteral("C"));

    [[nodiscard]] QString root() const { return m_root; }
    // The path relative to the root, segments as written ("inetpub/wwwroot").
    Result<QString> toRelative(const QString &windowsPath) const;
    // ROOT/relativePath.
    [[nodiscard]] QString localPath(const QString &relativePath) const;
    // "C:\inetpub\wwwroot\web.config" for a local path under the root.
    [[nodiscard]] QString toServer(const QString &localPath) const;
    // "inetpub/wwwroot/web.config" for a local path under the root.
    [[nodiscard]] QString relative(const QString &localPath) const;

    static QString applicationHostRelativePath(); // "Windows/System32/inetsrv/config/applicationHost.config"

private:
    QString m_root; // absolute, no trailing slash (except "/" or "C:/")
    QString m_drive; // "C"
};

} // namespace em::host
