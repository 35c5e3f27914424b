#include "labserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "fileaccess.h"
#include "hoststate.h"
#include "iisconfig.h"
#include "model/server.h"

namespace em {

using host::localFileAccess;

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

// A source file: from the built-in copy (a resource), or from the admin's
// folder, where it must be a regular file (not a link, FIFO or device) of at
// most 16 MiB, as any config file the host reads.
Result<QByteArray> readSource(const QString &source, const QString &name)
{
    if (source.startsWith(QLatin1Char(':'))) {
        QFile file(source + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, Text::tr("lab source '%1': %2").arg(file.fileName(), file.errorString()));
        return file.readAll();
    }
    auto bytes = localFileAccess(source)->read(name, host::configFileLimit);
    if (!bytes)
        return fail(bytes.error().wrapped(
            Text::tr("lab source '%1'").arg(QDir::toNativeSeparators(source + QLatin1Char('/') + name))));
    return bytes;
}

Result<void> writeFile(host::FileAccess &files, const QString &path, const QByteArray &bytes)
{
    if (auto made = files.makeDirectories(host::parentPath(path)); !made)
        return fail(made.error().wrapped(Text::tr("cannot create the folder of '%1'").arg(files.fullPath(path))));
    if (auto written = files.write(path, bytes); !written)
        return fail(written.error().wrapped(Text::tr("cannot write '%1'").arg(files.fullPath(path))));
    return {};
}

QString withoutSpaces(QString text)
{
    return text.remove(QLatin1Char(' '));
}

// "DefaultWebSite-OWA" -> the vdir "Default Web Site/owa"; "AutoD" is a prefix
// of "/Autodiscover", as the fixture names abbreviate it.
Result<const host::IisVirtualDirectory *> vdirForSourceName(const QList<host::IisSite> &sites, const QString &fileName)
{
    const QString key = fileName.chopped(int(qstrlen("_web.config")));
    const QString siteKey = key.section(QLatin1Char('-'), 0, 0);
    const QString vdirKey = key.section(QLatin1Char('-'), 1);
    const host::IisSite *site = nullptr;
    for (const host::IisSite &s : sites) {
        if (withoutSpaces(s.name).compare(siteKey, Qt::CaseInsensitive) == 0)
            site = &s;
    }
    if (!site)
        return fail(ErrorCode::NotFound,
            Text::tr("lab source '%1': no site named like '%2' in applicationHost.config").arg(fileName, siteKey));
    if (vdirKey.isEmpty()) {
        if (const auto *root = site->find(QStringLiteral("/")))
            return root;
        return fail(ErrorCode::NotFound, Text::tr("lab source '%1': site '%2' has no root").arg(fileName, site->name));
    }
    if (const auto *exact = site->find(QLatin1Char('/') + vdirKey))
        return exact;
    const host::IisVirtualDirectory *found = nullptr;
    for (const host::IisVirtualDirectory &vdir : site->virtualDirectories) {
        const QString first = vdir.path.mid(1);
        if (!first.contains(QLatin1Char('/')) && first.startsWith(vdirKey, Qt::CaseInsensitive)) {
            if (found)
                return fail(ErrorCode::InvalidArgument,
                    Text::tr("lab source '%1': '%2' matches both '%3' and '%4' in site '%5'")
                        .arg(fileName, vdirKey, found->path, vdir.path, site->name));
            found = &vdir;
        }
    }
    if (!found)
        return fail(ErrorCode::NotFound,
            Text::tr("lab source '%1': no virtual directory named like '%2' in site '%3'")
                .arg(fileName, vdirKey, site->name));
    return found;
}
} // namespace

QString builtinLabSource()
{
    return QStringLiteral(":/em/lab/exchange2019-iis");
}

Result<LabServer> createLabServer(const QString &root, const LabServerOptions &options)
{
    // Everything that can be checked is checked before anything is laid out.
    if (!options.serverName.isEmpty()) {
        if (auto valid = checkServerName(options.serverName); !valid)
            return fail(valid.error());
    }
    if (root.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("no folder given for the lab server"));
    const QString target = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    const QString source = options.sourceDirectory.isEmpty() ? builtinLabSource() : options.sourceDirectory;
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() || targetInfo.isSymLink()) {
        if (!targetInfo.isDir() || targetInfo.isSymLink())
            return fail(ErrorCode::AlreadyExists,
                Text::tr("lab root '%1' exists and is not a folder").arg(QDir::toNativeSeparators(target)));
        if (!QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return fail(ErrorCode::AlreadyExists,
                Text::tr("lab root '%1' is not empty; choose a new folder").arg(QDir::toNativeSeparators(target)));
    }

    auto appHostBytes = readSource(source, QStringLiteral("applicationHost.config"));
    if (!appHostBytes)
        return fail(appHostBytes.error());
    auto appHostText = host::ConfigText::decode(*appHostBytes, QStringLiteral("applicationHost.config"));
    if (!appHostText)
        return fail(appHostText.error());
    auto tree = host::XmlTree::parse(appHostText->text);
    if (!tree)
        return fail(tree.error().wrapped(Text::tr("lab source applicationHost.config")));
    auto sites = host::readSites(*tree);
    if (!sites)
        return fail(sites.error().wrapped(Text::tr("lab source applicationHost.config")));

    const QString parent = targetInfo.absolutePath();
    if (!QDir().mkpath(parent))
        return fail(ErrorCode::Io, Text::tr("cannot create folder '%1'").arg(QDir::toNativeSeparators(parent)));
    // Build next to the target and rename at the end: all or nothing.
    QTemporaryDir work(parent + QStringLiteral("/.emlab-XXXXXX"));
    if (!work.isValid())
        return fail(
            ErrorCode::Io, Text::tr("cannot create a temporary folder in '%1': %2").arg(parent, work.errorString()));
    const auto files = localFileAccess(work.path());
    const host::ServerPaths paths(work.path());

    LabServer lab;
    lab.root = target;
    lab.locator = QStringLiteral("dir:") + target;
    const QString appHostRelative = host::ServerPaths::applicationHostRelativePath();
    if (auto ok = writeFile(*files, appHostRelative, *appHostBytes); !ok)
        return fail(ok.error());
    lab.applicationHostConfig = target + QLatin1Char('/') + appHostRelative;

    // Every site and vdir folder, as on the server.
    for (const host::IisSite &site : *sites) {
        for (const host::IisVirtualDirectory &vdir : site.virtualDirectories) {
            auto relative = paths.toRelative(vdir.physicalPath);
            if (!relative)
                continue; // another drive: not part of a lab root
            if (auto made = files->makeDirectories(*relative); !made)
                return fail(
                    made.error().wrapped(Text::tr("cannot create folder '%1'").arg(paths.localPath(*relative))));
        }
    }

    const QStringList entries = QDir(source).entryList(QDir::Files | QDir::System, QDir::Name);
    QStringList placedDirs;
    for (const QString &entry : entries) {
        if (entry == QLatin1String("applicationHost.config"))
            continue;
        auto bytes = readSource(source, entry);
        if (!bytes)
            return fail(bytes.error());
        if (!entry.endsWith(QLatin1String("_web.config"), Qt::CaseInsensitive)) {
            // Licence and notes of the source go beside the state file.
            if (auto ok = writeFile(*files, QStringLiteral("EmConsole/") + entry, *bytes); !ok)
                return fail(ok.error());
            continue;
        }
        auto vdir = vdirForSourceName(*sites, entry);
        if (!vdir)
            return fail(vdir.error());
        auto relative = paths.toRelative((*vdir)->physicalPath);
        if (!relative)
            return fail(relative.error().wrapped(Text::tr("lab source '%1'").arg(entry)));
        if (placedDirs.contains(*relative, Qt::CaseInsensitive))
            return fail(ErrorCode::AlreadyExists,
                Text::tr("lab source '%1': another web.config already went to '%2'").arg(entry, (*vdir)->physicalPath));
        placedDirs << *relative;
        const QString file = host::joinPath(*relative, QStringLiteral("web.config"));
        if (auto ok = writeFile(*files, file, *bytes); !ok)
            return fail(ok.error());
        lab.webConfigs << target + QLatin1Char('/') + file;
    }

    auto state = host::HostState::load(*files, QStringLiteral("EmConsole/state.json"));
    if (!state)
        return fail(state.error());
    state->setServerName(options.serverName);
    const QList<ServiceStatus> services = host::HostState::defaultExchangeServices();
    state->setServiceList(services);
    for (const ServiceStatus &s : services)
        lab.services << s.name;
    if (auto saved = state->save(); !saved)
        return fail(saved.error());

    // QTemporaryDir made the folder private (0700); a lab is an ordinary folder.
    const auto open = QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    if (!QFile::setPermissions(work.path(), QFile::permissions(work.path()) | open))
        return fail(ErrorCode::Io, Text::tr("cannot set the permissions of '%1'").arg(work.path()));
    if (targetInfo.exists() && !QDir().rmdir(target))
        return fail(ErrorCode::Io, Text::tr("cannot replace the empty folder '%1'").arg(target));
    if (!QDir().rename(work.path(), target))
        return fail(ErrorCode::Io, Text::tr("cannot move the lab into '%1'").arg(QDir::toNativeSeparators(target)));
    work.setAutoRemove(false);
    return lab;
}

} // namespace em
