#include "labserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include "hoststate.h"
#include "iisconfig.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

Result<QByteArray> readSource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::Io, Text::tr("lab source '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Io, Text::tr("cannot create folder '%1'").arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, Text::tr("cannot write '%1': %2").arg(path, file.errorString()));
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
    const QString target = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    const QString source = options.sourceDirectory.isEmpty() ? builtinLabSource() : options.sourceDirectory;
    const QFileInfo targetInfo(target);
    if (targetInfo.exists()) {
        if (!targetInfo.isDir())
            return fail(ErrorCode::AlreadyExists, Text::tr("lab root '%1' exists and is not a folder").arg(target));
        if (!QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return fail(ErrorCode::AlreadyExists,
                Text::tr("lab root '%1' is not empty; choose a new folder").arg(QDir::toNativeSeparators(target)));
    }
    const QString parent = targetInfo.absolutePath();
    if (!QDir().mkpath(parent))
        return fail(ErrorCode::Io, Text::tr("cannot create folder '%1'").arg(QDir::toNativeSeparators(parent)));

    auto appHostBytes = readSource(source + QStringLiteral("/applicationHost.config"));
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

    // Build next to the target and rename at the end: all or nothing.
    QTemporaryDir work(parent + QStringLiteral("/.emlab-XXXXXX"));
    if (!work.isValid())
        return fail(
            ErrorCode::Io, Text::tr("cannot create a temporary folder in '%1': %2").arg(parent, work.errorString()));
    const host::ServerPaths paths(work.path());

    LabServer lab;
    lab.root = target;
    lab.locator = QStringLiteral("dir:") + target;
    const QString appHostRelative = host::ServerPaths::applicationHostRelativePath();
    if (auto ok = writeFile(work.path() + QLatin1Char('/') + appHostRelative, *appHostBytes); !ok)
        return fail(ok.error());
    lab.applicationHostConfig = target + QLatin1Char('/') + appHostRelative;

    // Every site and vdir folder, as on the server.
    for (const host::IisSite &site : *sites) {
        for (const host::IisVirtualDirectory &vdir : site.virtualDirectories) {
            auto local = paths.toLocal(vdir.physicalPath);
            if (!local)
                continue; // another drive: not part of a lab root
            if (!QDir().mkpath(*local))
                return fail(ErrorCode::Io, Text::tr("cannot create folder '%1'").arg(*local));
        }
    }

    const QStringList entries = QDir(source).entryList(QDir::Files, QDir::Name);
    QStringList placedDirs;
    for (const QString &entry : entries) {
        if (entry == QLatin1String("applicationHost.config"))
            continue;
        auto bytes = readSource(source + QLatin1Char('/') + entry);
        if (!bytes)
            return fail(bytes.error());
        if (!entry.endsWith(QLatin1String("_web.config"), Qt::CaseInsensitive)) {
            // Licence and notes of the source go beside the state file.
            if (auto ok = writeFile(work.path() + QStringLiteral("/EmConsole/") + entry, *bytes); !ok)
                return fail(ok.error());
            continue;
        }
        auto vdir = vdirForSourceName(*sites, entry);
        if (!vdir)
            return fail(vdir.error());
        auto local = paths.toLocal((*vdir)->physicalPath);
        if (!local)
            return fail(local.error().wrapped(Text::tr("lab source '%1'").arg(entry)));
        if (placedDirs.contains(*local, Qt::CaseInsensitive))
            return fail(ErrorCode::AlreadyExists,
                Text::tr("lab source '%1': another web.config already went to '%2'").arg(entry, (*vdir)->physicalPath));
        placedDirs << *local;
        const QString file = *local + QStringLiteral("/web.config");
        if (auto ok = writeFile(file, *bytes); !ok)
            return fail(ok.error());
        lab.webConfigs << target + QLatin1Char('/') + paths.relative(file);
    }

    auto state = host::HostState::load(work.path() + QStringLiteral("/EmConsole/state.json"));
    if (!state)
        return fail(state.error());
    state->setServerName(options.serverName);
    const QList<ServiceStatus> services = host::HostState::defaultExchangeServices();
    state->setServiceList(services);
    for (const ServiceStatus &s : services)
        lab.services << s.name;
    if (auto saved = state->save(); !saved)
        return fail(saved.error());

    if (targetInfo.exists() && !QDir().rmdir(target))
        return fail(ErrorCode::Io, Text::tr("cannot replace the empty folder '%1'").arg(target));
    if (!QDir().rename(work.path(), target))
        return fail(ErrorCode::Io, Text::tr("cannot move the lab into '%1'").arg(QDir::toNativeSeparators(target)));
    work.setAutoRemove(false);
    // QTemporaryDir made the folder private (0700); a lab is an ordinary folder.
    (void)QFile::setPermissions(target,
        QFile::permissions(target) | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::ExeOther);
    return lab;
}

} // namespace em
