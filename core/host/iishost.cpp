#include "iishost.h"

#include <list>
#include <mutex>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>
#include <QThread>

#include "model/clock.h"

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

const QString createdFileKey = QStringLiteral("(file)");

QString stateText(const ServiceStatus &status)
{
    return Text::tr("start type %1, %2").arg(startTypeName(status.startType), runStateName(status.state));
}

QString poolStateText(const AppPoolStatus &status)
{
    return Text::tr("autoStart %1, %2")
        .arg(status.autoStart ? QStringLiteral("true") : QStringLiteral("false"),
            status.state == RunState::Running ? QStringLiteral("Started") : runStateName(status.state));
}
} // namespace

QString newWebConfigText()
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<configuration>\r\n</configuration>\r\n");
}

IisHost::IisHost(QString locator, std::unique_ptr<FileAccess> files, std::unique_ptr<FileAccess> stateFiles,
    QString statePrefix, HostOptions options)
    : m_locator(std::move(locator)), m_paths(files->root()), m_files(std::move(files)),
      m_stateFiles(std::move(stateFiles)), m_statePrefix(std::move(statePrefix)), m_options(std::move(options))
{ }

Result<QString> IisHost::resolveCase(const QString &relativePath) const
{
    // Most paths are written in the case they have on disk: one look.
    auto exact = m_files->status(relativePath);
    if (!exact)
        return fail(exact.error());
    if (exact->type != FileType::Missing)
        return relativePath;
    QString current;
    bool exists = true;
    for (const QString &segment : relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        QString next = joinPath(current, segment);
        if (exists) {
            auto status = m_files->status(next);
            if (!status)
                return fail(status.error());
            if (status->type == FileType::Missing) {
                exists = false;
                if (auto names = m_files->list(current)) {
                    for (const QString &name : std::as_const(*names)) {
                        if (name.compare(segment, Qt::CaseInsensitive) == 0) {
                            next = joinPath(current, name);
                            exists = true;
                            break;
                        }
                    }
                }
            }
        }
        current = next;
    }
    return current;
}

QString IisHost::applicationHostRelative() const
{
    // A link on the way is refused when the file is read, naming it.
    return resolveCase(ServerPaths::applicationHostRelativePath()).value_or(ServerPaths::applicationHostRelativePath());
}

QString IisHost::applicationHostPath() const
{
    return m_paths.localPath(applicationHostRelative());
}

QString IisHost::backupDirectory() const
{
    return m_stateFiles->fullPath(statePath(QStringLiteral("backups")));
}

QString IisHost::statePath(const QString &name) const
{
    return joinPath(m_statePrefix, name);
}

QString IisHost::stateFilePath() const
{
    return m_stateFiles->fullPath(statePath(QStringLiteral("state.json")));
}

Result<HostState> IisHost::loadState() const
{
    return HostState::load(*m_stateFiles, statePath(QStringLiteral("state.json")));
}

QString IisHost::displayName(const QString &relativePath) const
{
    return QDir::toNativeSeparators(m_paths.localPath(relativePath));
}

Result<void> IisHost::checkCancelled(const QString &what) const
{
    if (m_options.cancel && m_options.cancel->load())
        return fail(ErrorCode::Cancelled, Text::tr("%1: cancelled").arg(what));
    return {};
}

void IisHost::pause(int ms) const
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired() && !(m_options.cancel && m_options.cancel->load()))
        QThread::msleep(std::clamp<qint64>(deadline.remainingTime(), 1, 50));
}

Result<IisHost::LoadedConfig> IisHost::readConfig(const QString &relativePath) const
{
    LoadedConfig file;
    file.relative = relativePath;
    file.path = m_paths.localPath(relativePath);
    file.name = displayName(relativePath);
    auto bytes = m_files->read(relativePath, configFileLimit);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound) {
            file.exists = false;
            return file;
        }
        return fail(bytes.error().wrapped(Text::tr("config file '%1'").arg(file.name)));
    }
    file.bytes = *bytes;
    auto config = ConfigText::decode(file.bytes, Text::tr("config file '%1'").arg(file.name));
    if (!config)
        return fail(config.error());
    file.config = *config;
    return file;
}

Result<void> IisHost::checkWritable(const LoadedConfig &file) const
{
    if (!file.exists)
        return {};
    auto status = m_files->status(file.relative);
    if (!status)
        return fail(status.error().wrapped(Text::tr("config file '%1'").arg(file.name)));
    // The file's own mode, not what the current user may do: root may write
    // anything, but a file without any write bit is read-only by intent (as
    // the Windows read-only attribute, which stops administrators too).
    if (status->type == FileType::Regular && !status->writable)
        return fail(ErrorCode::Io,
            Text::tr("config file '%1' is read-only (no write permission); EM Console does not change read-only "
                     "config files: clear the read-only attribute to let it")
                .arg(file.name));
    return {};
}

Result<void> IisHost::writeConfig(const LoadedConfig &file, const QByteArray &newBytes, bool remove) const
{
    if (auto ok = checkWritable(file); !ok)
        return ok;
    auto injected = [&](const char *step, const QString &path) {
        return m_options.failAt && m_options.failAt(QString::fromLatin1(step), path);
    };
    if (file.exists) {
        // Someone (an admin, IIS Manager) may have saved it since we read it.
        auto current = m_files->read(file.relative, configFileLimit);
        if (!current || *current != file.bytes)
            return fail(ErrorCode::Io,
                Text::tr("config file '%1' changed on disk while EM Console was editing it; nothing was written")
                    .arg(file.name));
    }
    QString backup; // relative to the state folder's FileAccess
    if (file.exists && m_options.keepBackups) {
        const QString stamp = Clock::now().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
        const QString folder = statePath(joinPath(QStringLiteral("backups"), parentPath(file.relative)));
        const QString base = joinPath(folder, fileNamePart(file.relative)) + QLatin1Char('.') + stamp;
        auto backupFailed = [&](const QString &cause) {
            return fail(ErrorCode::Io,
                Text::tr("config file '%1': cannot write the backup '%2' (%3); nothing was changed")
                    .arg(file.name, QDir::toNativeSeparators(m_stateFiles->fullPath(backup)), cause));
        };
        backup = base + QStringLiteral(".bak");
        if (auto made = m_stateFiles->makeDirectories(folder); !made)
            return backupFailed(made.error().message);
        for (int n = 2;; ++n) {
            auto status = m_stateFiles->status(backup);
            if (!status)
                return backupFailed(status.error().message);
            if (status->type == FileType::Missing)
                break;
            backup = base + QStringLiteral("-%1.bak").arg(n);
        }
        if (injected("backup", m_stateFiles->fullPath(backup)))
            return backupFailed(Text::tr("write failed"));
        if (auto created = m_stateFiles->create(backup, file.bytes); !created)
            return backupFailed(created.error().message);
    }
    // A failed write changes nothing: not even a backup stays behind.
    auto dropBackup = [&] {
        if (!backup.isEmpty())
            (void)m_stateFiles->remove(backup);
    };
    if (remove) {
        if (injected("write", file.path)) {
            dropBackup();
            return fail(ErrorCode::Io, Text::tr("config file '%1': cannot remove it").arg(file.name));
        }
        if (auto removed = m_files->remove(file.relative); !removed) {
            dropBackup();
            return fail(removed.error().wrapped(Text::tr("config file '%1': cannot remove it").arg(file.name)));
        }
        return {};
    }
    if (auto written = m_files->write(file.relative, newBytes); !written) {
        dropBackup();
        return fail(written.error().wrapped(
            Text::tr("config file '%1': cannot write it; the file was left as it was").arg(file.name)));
    }
    removeInterruptedWrites(file.relative, newBytes);
    return {};
}

// A process killed during a replace leaves its temporary file
// ("<name>.XXXXXX", from this host or from QSaveFile in earlier versions)
// beside the file, which itself is whole. Once the same change has been
// written again, such a leftover holding exactly the bytes just written is
// removed; anything else is left alone.
void IisHost::removeInterruptedWrites(const QString &relativePath, const QByteArray &written) const
{
    const QString folder = parentPath(relativePath);
    const QString name = fileNamePart(relativePath);
    auto entries = m_files->list(folder);
    if (!entries)
        return;
    static const QRegularExpression suffix(QStringLiteral("^\\.[A-Za-z0-9]{6}$"));
    for (const QString &entry : std::as_const(*entries)) {
        if (!entry.startsWith(name) || !suffix.match(QStringView(entry).mid(name.size())).hasMatch())
            continue;
        const QString leftover = joinPath(folder, entry);
        auto bytes = m_files->read(leftover, written.size());
        if (bytes && *bytes == written)
            (void)m_files->remove(leftover);
    }
}

namespace {
// The <sites> of the applicationHost.config files parsed in this process, by
// their exact bytes. A cycle opens one host per server, and lab, staging and
// real servers of one organization mostly share the same file: reading and
// comparing 175 KB costs microseconds, parsing it milliseconds. The sites hold
// Windows paths as written, so they do not depend on the host's root.
class ParsedSitesCache
{
public:
    std::optional<QList<IisSite>> find(const QByteArray &bytes)
    {
        const std::lock_guard lock(m_mutex);
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->first == bytes) {
                m_entries.splice(m_entries.begin(), m_entries, it);
                return m_entries.front().second;
            }
        }
        return std::nullopt;
    }

    void insert(const QByteArray &bytes, const QList<IisSite> &sites)
    {
        const std::lock_guard lock(m_mutex);
        m_entries.emplace_front(bytes, sites);
        if (m_entries.size() > 4)
            m_entries.pop_back();
    }

    std::mutex parseMutex; // held while a file missing from the cache is parsed

private:
    std::mutex m_mutex;
    std::list<std::pair<QByteArray, QList<IisSite>>> m_entries; // most recently used first
};

ParsedSitesCache &parsedSites()
{
    static ParsedSitesCache cache;
    return cache;
}
} // namespace

Result<QList<IisSite>> IisHost::sites()
{
    const QString relative = applicationHostRelative();
    auto bytes = m_files->read(relative, configFileLimit);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::NotFound,
                Text::tr("%1: no applicationHost.config at '%2'").arg(m_locator, displayName(relative)));
        return fail(bytes.error().wrapped(Text::tr("config file '%1'").arg(displayName(relative))));
    }
    // Bytes parsed before, by this host or another one.
    if (!m_sitesBytes.isEmpty() && *bytes == m_sitesBytes)
        return m_sites;
    if (auto cached = parsedSites().find(*bytes)) {
        m_sitesBytes = *bytes;
        m_sites = *cached;
        return m_sites;
    }
    // One parse at a time: hosts opened together on the cycle's workers wait
    // for the first one's parse instead of each parsing the same file.
    const std::lock_guard parsing(parsedSites().parseMutex);
    if (auto cached = parsedSites().find(*bytes)) {
        m_sitesBytes = *bytes;
        m_sites = *cached;
        return m_sites;
    }
    const QString name = Text::tr("config file '%1'").arg(displayName(relative));
    auto config = ConfigText::decode(*bytes, name);
    if (!config)
        return fail(config.error());
    auto tree = XmlTree::parse(config->text);
    if (!tree)
        return fail(tree.error().wrapped(name));
    auto sites = readSites(*tree);
    if (!sites)
        return fail(sites.error().wrapped(name));
    m_sitesBytes = *bytes;
    m_sites = *sites;
    parsedSites().insert(m_sitesBytes, m_sites);
    return sites;
}

Result<QList<VirtualDirectoryInfo>> IisHost::virtualDirectories()
{
    auto all = sites();
    if (!all)
        return fail(all.error());
    QList<VirtualDirectoryInfo> result;
    for (const IisSite &site : *all) {
        for (const IisVirtualDirectory &vdir : site.virtualDirectories) {
            VirtualDirectoryInfo info;
            info.site = site.name;
            info.path = vdir.path;
            info.applicationPool = vdir.applicationPool;
            info.physicalPath = vdir.physicalPath;
            if (auto relative = m_paths.toRelative(vdir.physicalPath)) {
                // A folder that is a link (or lies behind one) is listed as
                // not there: the host never goes through it.
                auto resolved = resolveCase(*relative);
                info.localPath = m_paths.localPath(resolved.value_or(*relative));
                if (resolved) {
                    auto status = m_files->status(*resolved);
                    info.exists = status && status->type == FileType::Directory;
                }
            }
            result.append(info);
        }
    }
    return result;
}

Result<IisHost::RewriteTarget> IisHost::rewriteTarget(const Action &action)
{
    RewriteTarget target;
    const QString what = Text::tr("action %1").arg(action.id);
    if (action.scope == ActionScope::Server) {
        target.file = applicationHostRelative();
        target.locationPath = action.target.trimmed();
        if (!target.locationPath.isEmpty()) {
            auto all = sites();
            if (!all)
                return fail(all.error());
            const QString siteName = target.locationPath.section(QLatin1Char('/'), 0, 0);
            if (!findSite(*all, siteName))
                return fail(ErrorCode::NotFound,
                    Text::tr("%1: site '%2' is not in applicationHost.config").arg(what, siteName));
        }
        return target;
    }
    if (action.target.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
            Text::tr("%1: a %2-scope UrlRewrite action needs a target").arg(what, actionScopeName(action.scope)));
    QString siteName = action.target.trimmed();
    QString virtualPath = QStringLiteral("/");
    if (action.scope == ActionScope::VDir) {
        const qsizetype slash = siteName.indexOf(QLatin1Char('/'));
        if (slash < 0)
            return fail(ErrorCode::InvalidArgument,
                Text::tr("%1: VDir target '%2' must be 'Site Name/vdir path', such as 'Default Web Site/owa'")
                    .arg(what, action.target));
        virtualPath = siteName.mid(slash);
        siteName = siteName.left(slash);
    }
    auto all = sites();
    if (!all)
        return fail(all.error());
    const IisSite *site = findSite(*all, siteName);
    if (!site)
        return fail(
            ErrorCode::NotFound, Text::tr("%1: site '%2' is not in applicationHost.config").arg(what, siteName));
    const IisVirtualDirectory *vdir = site->find(virtualPath);
    if (!vdir)
        return fail(ErrorCode::NotFound,
            Text::tr("%1: virtual directory '%2' is not in site '%3' (applicationHost.config)")
                .arg(what, virtualPath, site->name));
    const QString where = Text::tr("%1: '%2%3'").arg(what, site->name, vdir->path);
    auto relative = m_paths.toRelative(vdir->physicalPath);
    if (!relative)
        return fail(relative.error().wrapped(where));
    auto folder = resolveCase(*relative);
    if (!folder)
        return fail(folder.error().wrapped(where));
    auto status = m_files->status(*folder);
    if (!status)
        return fail(status.error().wrapped(where));
    if (status->type != FileType::Directory)
        return fail(ErrorCode::NotFound,
            Text::tr("%1: the physical path '%2' of '%3%4' does not exist (%5)")
                .arg(what, vdir->physicalPath, site->name, vdir->path == QLatin1String("/") ? QString() : vdir->path,
                    displayName(*folder)));
    // The site's web.config, whatever its case; a link of that name is
    // found too, and refused when it is read.
    target.file = joinPath(*folder, QStringLiteral("web.config"));
    auto exact = m_files->status(target.file);
    if (exact && exact->type == FileType::Missing) {
        auto entries = m_files->list(*folder);
        if (!entries)
            return fail(entries.error().wrapped(where));
        for (const QString &entry : std::as_const(*entries)) {
            if (entry.compare(QLatin1String("web.config"), Qt::CaseInsensitive) == 0)
                target.file = joinPath(*folder, entry);
        }
    }
    target.mayCreate = true;
    return target;
}

Result<QString> IisHost::configFile(const Action &action)
{
    if (action.type != ActionType::UrlRewrite)
        return QString();
    auto target = rewriteTarget(action);
    if (!target)
        return fail(target.error());
    return m_paths.localPath(target->file);
}

Result<ActionProbe> IisHost::probe(const Action &action)
{
    switch (action.type) {
    case ActionType::DoNothing:
        return ActionProbe {ActionState::InPlace, {}};
    case ActionType::UrlRewrite:
        return probeRewrite(action);
    case ActionType::DisableService:
        return probeService(action);
    case ActionType::DisableAppPool:
        return probeAppPool(action);
    }
    return fail(ErrorCode::InvalidArgument, Text::tr("action %1: unknown type").arg(action.id));
}

Result<std::unique_ptr<FileLock>> IisHost::lockHost() const
{
    // One change at a time per host, across processes (the service and a
    // console may both act on a server); reads need no lock. The lock is
    // the kernel's (flock), released when its holder ends, however it ends.
    const QString folder = QDir::toNativeSeparators(m_stateFiles->fullPath(m_statePrefix));
    if (auto made = m_stateFiles->makeDirectories(m_statePrefix); !made)
        return fail(made.error().wrapped(Text::tr("%1: cannot create the folder '%2'").arg(m_locator, folder)));
    const QString path = statePath(QStringLiteral("host.lock"));
    const QString name = QDir::toNativeSeparators(m_stateFiles->fullPath(path));
    const QDeadlineTimer deadline(m_options.processTimeoutMs);
    for (;;) {
        auto lock = m_stateFiles->tryLock(path);
        if (!lock)
            return fail(lock.error().wrapped(Text::tr("%1: host lock file '%2'").arg(m_locator, name)));
        if (*lock)
            return std::move(*lock);
        if (auto ok
            = checkCancelled(Text::tr("%1: waiting for another process to finish changing this server (lock file '%2')")
                                 .arg(m_locator, name));
            !ok)
            return fail(ok.error());
        if (deadline.hasExpired())
            return fail(ErrorCode::Io,
                Text::tr("%1: another process is changing this server (lock file '%2')").arg(m_locator, name));
        pause(50);
    }
}

Result<ApplyResult> IisHost::apply(const Action &action)
{
    if (action.type == ActionType::DoNothing)
        return ApplyResult {false, Text::tr("heartbeat %1: nothing to change").arg(action.id)};
    auto lock = lockHost();
    if (!lock)
        return fail(lock.error());
    switch (action.type) {
    case ActionType::DoNothing:
        return ApplyResult {false, Text::tr("heartbeat %1: nothing to change").arg(action.id)};
    case ActionType::UrlRewrite:
        return applyRewrite(action);
    case ActionType::DisableService:
        return applyService(action);
    case ActionType::DisableAppPool:
        return applyAppPool(action);
    }
    return fail(ErrorCode::InvalidArgument, Text::tr("action %1: unknown type").arg(action.id));
}

Result<ApplyResult> IisHost::rollback(const Action &action)
{
    if (action.type == ActionType::DoNothing)
        return ApplyResult {false, Text::tr("heartbeat %1: nothing to roll back").arg(action.id)};
    auto lock = lockHost();
    if (!lock)
        return fail(lock.error());
    switch (action.type) {
    case ActionType::DoNothing:
        return ApplyResult {false, Text::tr("heartbeat %1: nothing to roll back").arg(action.id)};
    case ActionType::UrlRewrite:
        return rollbackRewrite(action);
    case ActionType::DisableService:
        return rollbackService(action);
    case ActionType::DisableAppPool:
        return rollbackAppPool(action);
    }
    return fail(ErrorCode::InvalidArgument, Text::tr("action %1: unknown type").arg(action.id));
}

// URL Rewrite

Result<ActionProbe> IisHost::probeRewrite(const Action &action)
{
    auto rules = RewriteRules::fromAction(action);
    if (!rules)
        return fail(rules.error());
    auto target = rewriteTarget(action);
    if (!target)
        return fail(target.error());
    auto file = readConfig(target->file);
    if (!file)
        return fail(file.error());
    if (!file->exists) {
        if (target->mayCreate)
            return ActionProbe {ActionState::Absent, {}};
        return fail(ErrorCode::NotFound, Text::tr("config file '%1' does not exist").arg(file->name));
    }
    auto tree = XmlTree::parse(file->config.text);
    if (!tree)
        return fail(tree.error().wrapped(Text::tr("config file '%1'").arg(file->name)));
    return host::probeRewrite(*tree, {target->locationPath}, *rules);
}

Result<ApplyResult> IisHost::applyRewrite(const Action &action)
{
    auto rules = RewriteRules::fromAction(action);
    if (!rules)
        return fail(rules.error());
    auto target = rewriteTarget(action);
    if (!target)
        return fail(target.error());
    auto file = readConfig(target->file);
    if (!file)
        return fail(file.error());
    if (!file->exists) {
        if (!target->mayCreate)
            return fail(ErrorCode::NotFound, Text::tr("config file '%1' does not exist").arg(file->name));
        file->config = *ConfigText::decode(QByteArray("\xEF\xBB\xBF") + newWebConfigText().toUtf8(), file->name);
    }
    const auto tree = XmlTree::parse(file->config.text);
    if (!tree)
        return fail(tree.error().wrapped(Text::tr("config file '%1'").arg(file->name)));
    if (tree->at(tree->root()).name != QLatin1String("configuration"))
        return fail(ErrorCode::Format,
            Text::tr("config file '%1': the root element is <%2>, expected <configuration>")
                .arg(file->name, tree->at(tree->root()).name));

    auto state = loadState();
    if (!state)
        return fail(state.error());
    const QString fileKey = target->file;
    const ContainerJournal before = state->containers(fileKey);
    ContainerJournal journal = before;
    if (!file->exists)
        journal.insert(createdFileKey, file->config.text);

    const RewritePlace place {target->locationPath};
    auto edit = host::applyRewrite(file->config, *tree, place, *rules, journal, file->name);
    if (!edit)
        return fail(edit.error());
    if (!edit->changed) {
        if (edit->journal != before && file->exists) {
            state->setContainers(fileKey, edit->journal);
            if (auto saved = state->save(); !saved)
                return fail(saved.error());
        }
        return ApplyResult {false, edit->summary};
    }

    // What is written must parse and hold exactly the feed's rules.
    const auto check = XmlTree::parse(edit->text);
    if (!check)
        return fail(ErrorCode::Apply,
            Text::tr("config file '%1': the edited text does not parse (%2); nothing was written")
                .arg(file->name, check.error().message));
    const ActionProbe verified = host::probeRewrite(*check, place, *rules);
    if (verified.state != ActionState::InPlace)
        return fail(ErrorCode::Apply,
            Text::tr("config file '%1': the edited text does not hold action %2 as the feed has it (%3); nothing "
                     "was written")
                .arg(file->name, action.id, verified.detail));
    if (auto ok = checkWritable(*file); !ok)
        return fail(ok.error());

    // Remember the containers before creating them, so that a crash in
    // between cannot leave containers rollback does not know about.
    if (edit->journal != before) {
        state->setContainers(fileKey, edit->journal);
        if (auto saved = state->save(); !saved)
            return fail(saved.error());
    }
    ConfigText updated = file->config;
    updated.text = edit->text;
    if (auto written = writeConfig(*file, updated.encode()); !written) {
        if (edit->journal != before)
            (void)state->revert();
        return fail(written.error());
    }
    return ApplyResult {true, edit->summary};
}

Result<ApplyResult> IisHost::rollbackRewrite(const Action &action)
{
    if (action.id.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("UrlRewrite action without an id"));
    RewriteRules rules;
    rules.actionId = action.id;
    auto target = rewriteTarget(action);
    if (!target)
        return fail(target.error());
    auto file = readConfig(target->file);
    if (!file)
        return fail(file.error());
    if (!file->exists)
        return ApplyResult {false, Text::tr("nothing of action %1: '%2' does not exist").arg(action.id, file->name)};
    const auto tree = XmlTree::parse(file->config.text);
    if (!tree)
        return fail(tree.error().wrapped(Text::tr("config file '%1'").arg(file->name)));

    auto state = loadState();
    if (!state)
        return fail(state.error());
    const QString fileKey = target->file;
    const ContainerJournal before = state->containers(fileKey);
    auto edit = host::rollbackRewrite(file->config, *tree, {target->locationPath}, rules, before, file->name);
    if (!edit)
        return fail(edit.error());
    ContainerJournal journal = edit->journal;
    const bool removeFile = journal.contains(createdFileKey) && edit->text == journal.value(createdFileKey);
    if (removeFile)
        journal.remove(createdFileKey);
    if (!edit->changed && !removeFile) {
        if (journal != before) {
            state->setContainers(fileKey, journal);
            if (auto saved = state->save(); !saved)
                return fail(saved.error());
        }
        return ApplyResult {false, edit->summary};
    }
    if (auto check = XmlTree::parse(edit->text); !check)
        return fail(ErrorCode::Apply,
            Text::tr("config file '%1': the edited text does not parse (%2); nothing was written")
                .arg(file->name, check.error().message));
    ConfigText updated = file->config;
    updated.text = edit->text;
    if (auto written = writeConfig(*file, updated.encode(), removeFile); !written)
        return fail(written.error());
    // Forget the containers only once they are gone from the file.
    state->setContainers(fileKey, journal);
    if (auto saved = state->save(); !saved)
        return fail(saved.error());
    QString summary = edit->summary;
    if (removeFile)
        summary += Text::tr("; removed '%1', which EM Console had created").arg(file->name);
    return ApplyResult {true, summary};
}

// Services

Result<void> IisHost::checkServerAction(const Action &action, const QString &what) const
{
    if (action.scope != ActionScope::Server)
        return fail(ErrorCode::InvalidArgument,
            Text::tr("action %1: %2 actions have scope Server, not %3")
                .arg(action.id, actionTypeName(action.type), actionScopeName(action.scope)));
    if (action.target.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("action %1: no %2 named as target").arg(action.id, what));
    if (action.id.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("%1 action without an id").arg(actionTypeName(action.type)));
    return {};
}

Result<ActionProbe> IisHost::probeService(const Action &action)
{
    if (auto ok = checkServerAction(action, Text::tr("service")); !ok)
        return fail(ok.error());
    auto status = serviceStatus(action.target.trimmed());
    if (!status)
        return fail(status.error());
    if (status->startType != ServiceStartType::Disabled)
        return ActionProbe {ActionState::Absent, stateText(*status)};
    if (status->state != RunState::Stopped)
        return ActionProbe {ActionState::Differs,
            Text::tr("service '%1': start type is Disabled but the service is %2")
                .arg(status->name, runStateName(status->state))};
    return ActionProbe {ActionState::InPlace, {}};
}

Result<ApplyResult> IisHost::applyService(const Action &action)
{
    if (auto ok = checkServerAction(action, Text::tr("service")); !ok)
        return fail(ok.error());
    const QString name = action.target.trimmed();
    auto status = serviceStatus(name);
    if (!status)
        return fail(status.error());
    if (status->startType == ServiceStartType::Disabled && status->state == RunState::Stopped)
        return ApplyResult {false, Text::tr("service '%1' is already disabled and stopped").arg(status->name)};

    auto state = loadState();
    if (!state)
        return fail(state.error());
    const bool recorded = state->actionRecord(action.id).has_value();
    if (!recorded) {
        state->setActionRecord(action.id,
            {{QStringLiteral("type"), actionTypeName(action.type)}, {QStringLiteral("target"), status->name},
                {QStringLiteral("previousStartType"), startTypeName(status->startType)},
                {QStringLiteral("previousState"), runStateName(status->state)}});
        if (auto saved = state->save(); !saved)
            return fail(saved.error());
    }
    // Nothing changed after all: the state file goes back to its exact bytes.
    auto forget = [&] {
        if (!recorded)
            (void)state->revert();
    };

    QStringList parts;
    const bool changeType = status->startType != ServiceStartType::Disabled;
    if (changeType) {
        if (auto ok = setServiceStartType(status->name, ServiceStartType::Disabled); !ok) {
            forget();
            return fail(ok.error());
        }
        parts << Text::tr("start type %1 -> Disabled").arg(startTypeName(status->startType));
    }
    if (status->state != RunState::Stopped) {
        if (auto ok = stopService(status->name); !ok) {
            // Leave the service as it was: a half-applied action is worse than none.
            if (changeType)
                (void)setServiceStartType(status->name, status->startType);
            forget();
            return fail(ok.error());
        }
        parts << Text::tr("stopped (was %1)").arg(runStateName(status->state));
    }
    auto after = serviceStatus(status->name);
    if (!after)
        return fail(after.error());
    if (after->startType != ServiceStartType::Disabled || after->state != RunState::Stopped)
        return fail(
            ErrorCode::Apply, Text::tr("service '%1': did not take effect (%2)").arg(status->name, stateText(*after)));
    return ApplyResult {true, Text::tr("service '%1': %2").arg(status->name, parts.join(QStringLiteral(", ")))};
}

Result<ApplyResult> IisHost::rollbackService(const Action &action)
{
    if (auto ok = checkServerAction(action, Text::tr("service")); !ok)
        return fail(ok.error());
    const QString name = action.target.trimmed();
    auto state = loadState();
    if (!state)
        return fail(state.error());
    const auto record = state->actionRecord(action.id);
    if (!record)
        return ApplyResult {
            false, Text::tr("service '%1': nothing recorded for action %2; left as it is").arg(name, action.id)};
    auto status = serviceStatus(name);
    if (!status)
        return fail(status.error());
    const auto previousType = parseStartType(record->value(QStringLiteral("previousStartType")).toString());
    const auto previousState = parseRunState(record->value(QStringLiteral("previousState")).toString());
    QStringList parts;
    if (previousType && status->startType == ServiceStartType::Disabled
        && *previousType != ServiceStartType::Disabled) {
        if (auto ok = setServiceStartType(status->name, *previousType); !ok)
            return fail(ok.error());
        parts << Text::tr("start type Disabled -> %1").arg(startTypeName(*previousType));
        status->startType = *previousType;
    }
    if (previousState && *previousState == RunState::Running && status->state != RunState::Running
        && status->startType != ServiceStartType::Disabled) {
        if (auto ok = startService(status->name); !ok)
            return fail(ok.error());
        parts << Text::tr("started");
    }
    // Reloaded: on a dir: host the steps above wrote runtime state to the same file.
    auto latest = loadState();
    if (!latest)
        return fail(latest.error());
    latest->removeActionRecord(action.id);
    if (auto saved = latest->save(); !saved)
        return fail(saved.error());
    if (parts.isEmpty())
        return ApplyResult {false,
            Text::tr("service '%1': already as before action %2 (%3)")
                .arg(status->name, action.id, stateText(*status))};
    return ApplyResult {true, Text::tr("service '%1': %2").arg(status->name, parts.join(QStringLiteral(", ")))};
}

// Application pools

Result<ActionProbe> IisHost::probeAppPool(const Action &action)
{
    if (auto ok = checkServerAction(action, Text::tr("application pool")); !ok)
        return fail(ok.error());
    auto status = appPoolStatus(action.target.trimmed());
    if (!status)
        return fail(status.error());
    if (status->autoStart)
        return ActionProbe {ActionState::Absent, poolStateText(*status)};
    if (status->state != RunState::Stopped)
        return ActionProbe {ActionState::Differs,
            Text::tr("application pool '%1': autoStart is false but the pool is %2")
                .arg(status->name,
                    status->state == RunState::Running ? QStringLiteral("Started") : runStateName(status->state))};
    return ActionProbe {ActionState::InPlace, {}};
}

Result<ApplyResult> IisHost::applyAppPool(const Action &action)
{
    if (auto ok = checkServerAction(action, Text::tr("application pool")); !ok)
        return fail(ok.error());
    auto status = appPoolStatus(action.target.trimmed());
    if (!status)
        return fail(status.error());
    if (!status->autoStart && status->state == RunState::Stopped)
        return ApplyResult {
            false, Text::tr("application pool '%1' is already stopped with autoStart false").arg(status->name)};

    auto state = loadState();
    if (!state)
        return fail(state.error());
    const bool recorded = state->actionRecord(action.id).has_value();
    auto previous = appPoolAutoStartRecord(status->name);
    if (!previous)
        return fail(previous.error());
    if (!recorded) {
        state->setActionRecord(action.id,
            {{QStringLiteral("type"), actionTypeName(action.type)}, {QStringLiteral("target"), status->name},
                {QStringLiteral("previousAutoStart"), *previous},
                {QStringLiteral("previousState"), runStateName(status->state)}});
        if (auto saved = state->save(); !saved)
            return fail(saved.error());
    }
    // Nothing changed after all: the state file goes back to its exact bytes.
    auto forget = [&] {
        if (!recorded)
            (void)state->revert();
    };
    QStringList parts;
    if (status->autoStart) {
        if (auto ok = setAppPoolAutoStart(status->name, QStringLiteral("false")); !ok) {
            forget();
            return fail(ok.error());
        }
        parts << Text::tr("autoStart true -> false");
    }
    if (status->state != RunState::Stopped) {
        if (auto ok = stopAppPool(status->name); !ok) {
            if (status->autoStart)
                (void)setAppPoolAutoStart(status->name, *previous);
            forget();
            return fail(ok.error());
        }
        parts << Text::tr("stopped");
    }
    auto after = appPoolStatus(status->name);
    if (!after)
        return fail(after.error());
    if (after->autoStart || after->state != RunState::Stopped)
        return fail(ErrorCode::Apply,
            Text::tr("application pool '%1': did not take effect (%2)").arg(status->name, poolStateText(*after)));
    return ApplyResult {
        true, Text::tr("application pool '%1': %2").arg(status->name, parts.join(QStringLiteral(", ")))};
}

Result<ApplyResult> IisHost::rollbackAppPool(const Action &action)
{
    if (auto ok = checkServerAction(action, Text::tr("application pool")); !ok)
        return fail(ok.error());
    const QString name = action.target.trimmed();
    auto state = loadState();
    if (!state)
        return fail(state.error());
    const auto record = state->actionRecord(action.id);
    if (!record)
        return ApplyResult {false,
            Text::tr("application pool '%1': nothing recorded for action %2; left as it is").arg(name, action.id)};
    auto status = appPoolStatus(name);
    if (!status)
        return fail(status.error());
    const QJsonValue previousAutoStart = record->value(QStringLiteral("previousAutoStart"));
    const auto previousState = parseRunState(record->value(QStringLiteral("previousState")).toString());
    QStringList parts;
    const bool wasAutoStart = previousAutoStart.isNull()
        || previousAutoStart.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
    if (!status->autoStart && wasAutoStart) {
        if (auto ok = setAppPoolAutoStart(status->name, previousAutoStart); !ok)
            return fail(ok.error());
        parts << Text::tr("autoStart false -> true");
    }
    if (previousState && *previousState == RunState::Running && status->state != RunState::Running) {
        if (auto ok = startAppPool(status->name); !ok)
            return fail(ok.error());
        parts << Text::tr("started");
    }
    // Reloaded: on a dir: host the steps above wrote runtime state to the same file.
    auto latest = loadState();
    if (!latest)
        return fail(latest.error());
    latest->removeActionRecord(action.id);
    if (auto saved = latest->save(); !saved)
        return fail(saved.error());
    if (parts.isEmpty())
        return ApplyResult {false,
            Text::tr("application pool '%1': already as before action %2 (%3)")
                .arg(status->name, action.id, poolStateText(*status))};
    return ApplyResult {
        true, Text::tr("application pool '%1': %2").arg(status->name, parts.join(QStringLiteral(", ")))};
}

} // namespace em::host
