#include "demoorg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoOrganization)
};

DemoServer demoServer(const char *name, const char *build, const QString &purpose)
{
    DemoServer d;
    d.server.name = QString::fromLatin1(name);
    d.server.build = Build::parse(QString::fromLatin1(build)).value();
    d.purpose = purpose;
    return d;
}

// SQLite's companion files of a database file.
QStringList databaseFiles(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

void removeDatabase(const QString &path)
{
    for (const QString &file : databaseFiles(path))
        QFile::remove(file);
}
} // namespace

QList<DemoServer> DemoOrganization::servers()
{
    QList<DemoServer> list;
    list << demoServer("EX16-MBX01", "15.1.2507.6", Text::tr("Exchange Server 2016 CU23"));
    list << demoServer("EX19-MBX01", "15.2.1118.7", Text::tr("Exchange Server 2019 CU12"));
    list << demoServer("EX19-MBX02", "15.2.1258.12", Text::tr("Exchange Server 2019 CU13"));
    list << demoServer("EX19-MBX03", "15.2.1544.4", Text::tr("Exchange Server 2019 CU14"));
    list << demoServer("EXSE-MBX01", "15.2.2562.17", Text::tr("Exchange Server SE RTM"));

    DemoServer edge = demoServer("EX19-EDGE01", "15.2.1544.4", Text::tr("Edge Transport: listed, never touched"));
    edge.server.role = ServerRole::EdgeTransport;
    list << edge;

    DemoServer off = demoServer("EX19-MBX04", "15.2.1544.4", Text::tr("mitigations turned off on the server"));
    off.server.mitigationsEnabled = false;
    list << off;

    DemoServer blocked = demoServer("EX19-MBX05", "15.2.1258.12", Text::tr("an administrator blocked M2"));
    blocked.server.mitigationsBlocked = {QStringLiteral("M2")};
    blocked.server.internetWebProxy = QStringLiteral("http://proxy.contoso.com:8080");
    list << blocked;

    // TODO(host, engine): EX19-MBX02 gets a read-only applicationHost.config in
    // its lab root, so the demo's first cycle records a Failed action.
    list[2].unwritableConfig = true;
    list[2].purpose += Text::tr("; its configuration is read-only, so applying fails");
    return list;
}

QString DemoOrganization::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/emconsole/demo");
}

QString DemoOrganization::directoryPath(const QString &root)
{
    return QDir(root).filePath(QStringLiteral("directory.db"));
}

bool DemoOrganization::exists(const QString &root)
{
    return QFileInfo(directoryPath(root)).isFile();
}

Result<QString> DemoOrganization::create(const QString &root, const Actor &actor, bool replace)
{
    const QString path = directoryPath(root);
    if (exists(root) && !replace)
        return fail(ErrorCode::AlreadyExists, Text::tr("demo organization '%1': already exists").arg(root));
    if (!QDir().mkpath(root))
        return fail(ErrorCode::Io, Text::tr("demo organization '%1': cannot create the folder").arg(root));

    const QString partial = path + QStringLiteral(".partial");
    removeDatabase(partial); // left by an interrupted build
    {
        auto opened = OrgDirectory::open(partial);
        if (!opened)
            return fail(opened.error());
        OrgDirectory &directory = **opened;
        for (const DemoServer &d : servers()) {
            if (auto added = directory.addServer(d.server, actor); !added) {
                opened->reset();
                removeDatabase(partial);
                return fail(added.error().wrapped(Text::tr("demo organization '%1'").arg(root)));
            }
        }
        // TODO(host): lab roots ROOT/lab/NAME from tests/fixtures/exchange2019-iis,
        // and each server's host set to dir:ROOT/lab/NAME.
        // TODO(feed): demo CA and signer under ROOT/pki, the "demo" trust profile
        // (addTrustProfile, org TrustProfile = demo), the signed demo feed
        // (PING1, M1 URL Rewrite, an app pool and a service mitigation) imported.
        // TODO(engine): one cycle over every server, so each status is recorded.
    } // closing the last connection folds the WAL back into the file

    if (replace)
        removeDatabase(path);
    if (!QFile::rename(partial, path)) {
        removeDatabase(partial);
        return fail(
            ErrorCode::Io, Text::tr("demo organization '%1': cannot move the new directory into place").arg(root));
    }
    return path;
}

} // namespace em
