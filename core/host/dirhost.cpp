#include "dirhost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};
} // namespace

DirHost::DirHost(const QString &root, const HostOptions &options)
    : IisHost(QStringLiteral("dir:") + root, localFileAccess(root, false, options.failAt), localFileAccess(root),
        QStringLiteral("EmConsole"), options)
{ }

Result<std::unique_ptr<DirHost>> DirHost::open(const QString &root, const HostOptions &options)
{
    const QString clean = QDir::cleanPath(root);
    if (!QFileInfo(clean).isDir())
        return fail(ErrorCode::NotFound, Text::tr("host dir:%1: no such directory").arg(clean));
    std::unique_ptr<DirHost> host(new DirHost(clean, options));
    // Only whether it is there: a link or a special file in its place is
    // refused, naming it, by each action that reads it.
    auto status = host->m_files->status(host->applicationHostRelative());
    if (status && status->type == FileType::Missing)
        return fail(ErrorCode::NotFound,
            Text::tr("host dir:%1: no applicationHost.config at '%2'")
                .arg(clean,
                    QDir::toNativeSeparators(clean + QLatin1Char('/') + ServerPaths::applicationHostRelativePath())));
    return host;
}

Result<QString> DirHost::configFile(const Action &action)
{
    if (action.type == ActionType::DisableAppPool)
        return applicationHostPath();
    return IisHost::configFile(action);
}

Result<ServiceStatus> DirHost::serviceStatus(const QString &name)
{
    auto state = loadState();
    if (!state)
        return fail(state.error());
    if (state->hasServiceList()) {
        if (auto status = state->service(name))
            return *status;
    } else {
        for (const ServiceStatus &status : HostState::defaultExchangeServices()) {
            if (status.name.compare(name, Qt::CaseInsensitive) == 0)
                return status;
        }
    }
    return fail(ErrorCode::NotFound,
        Text::tr("service '%1' is not installed on %2 (its services are listed in '%3')")
            .arg(name, m_locator, QDir::toNativeSeparators(stateFilePath())));
}

Result<void> DirHost::setServiceStartType(const QString &name, ServiceStartType type)
{
    auto status = serviceStatus(name);
    if (!status)
        return fail(status.error());
    auto state = loadState();
    if (!state)
        return fail(state.error());
    if (!state->hasServiceList())
        state->setServiceList(HostState::defaultExchangeServices());
    status->startType = type;
    state->setService(*status);
    return state->save();
}

Result<void> DirHost::setServiceState(const QString &name, RunState runState)
{
    auto status = serviceStatus(name);
    if (!status)
        return fail(status.error());
    if (runState == RunState::Running && status->startType == ServiceStartType::Disabled)
        return fail(
            ErrorCode::Apply, Text::tr("service '%1' cannot be started: its start type is Disabled").arg(status->name));
    auto state = loadState();
    if (!state)
        return fail(state.error());
    if (!state->hasServiceList())
        state->setServiceList(HostState::defaultExchangeServices());
    status->state = runState;
    state->setService(*status);
    return state->save();
}

Result<void> DirHost::stopService(const QString &name)
{
    return setServiceState(name, RunState::Stopped);
}

Result<void> DirHost::startService(const QString &name)
{
    return setServiceState(name, RunState::Running);
}

Result<AppPoolStatus> DirHost::appPoolStatus(const QString &name)
{
    auto file = readConfig(applicationHostRelative());
    if (!file)
        return fail(file.error());
    auto tree = XmlTree::parse(file->config.text);
    if (!tree)
        return fail(tree.error().wrapped(Text::tr("config file '%1'").arg(file->name)));
    const int pool = findAppPoolElement(*tree, name);
    if (pool < 0)
        return fail(ErrorCode::NotFound, Text::tr("application pool '%1' is not in '%2'").arg(name, file->name));
    AppPoolStatus status;
    status.name = tree->at(pool).attribute(u"name");
    status.autoStart = tree->at(pool).attribute(u"autoStart").compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
    auto state = loadState();
    if (!state)
        return fail(state.error());
    // WAS starts the pools with autoStart when IIS starts; the state file keeps what changed since.
    status.state = state->appPoolState(status.name).value_or(status.autoStart ? RunState::Running : RunState::Stopped);
    return status;
}

Result<QJsonValue> DirHost::appPoolAutoStartRecord(const QString &name)
{
    auto file = readConfig(applicationHostRelative());
    if (!file)
        return fail(file.error());
    auto tree = XmlTree::parse(file->config.text);
    if (!tree)
        return fail(tree.error().wrapped(Text::tr("config file '%1'").arg(file->name)));
    const int pool = findAppPoolElement(*tree, name);
    if (pool < 0)
        return fail(ErrorCode::NotFound, Text::tr("application pool '%1' is not in '%2'").arg(name, file->name));
    bool present = false;
    const QString raw = rawAttributeValue(*tree, pool, QStringLiteral("autoStart"), &present);
    return present ? QJsonValue(raw) : QJsonValue(QJsonValue::Null);
}

Result<void> DirHost::setAppPoolAutoStart(const QString &name, const QJsonValue &record)
{
    auto file = readConfig(applicationHostRelative());
    if (!file)
        return fail(file.error());
    auto tree = XmlTree::parse(file->config.text);
    if (!tree)
        return fail(tree.error().wrapped(Text::tr("config file '%1'").arg(file->name)));
    const int pool = findAppPoolElement(*tree, name);
    if (pool < 0)
        return fail(ErrorCode::NotFound, Text::tr("application pool '%1' is not in '%2'").arg(name, file->name));
    // Surgical: the attribute's value is replaced, or the attribute added
    // after the last one; giving back "absent" removes exactly that.
    const Splice splice = record.isString() ? setAttribute(*tree, pool, QStringLiteral("autoStart"), record.toString())
                                            : removeAttribute(*tree, pool, QStringLiteral("autoStart"));
    ConfigText updated = file->config;
    splice.applyTo(updated.text);
    if (updated.text == file->config.text)
        return {};
    if (auto check = XmlTree::parse(updated.text); !check)
        return fail(ErrorCode::Apply,
            Text::tr("config file '%1': the edited text does not parse (%2); nothing was written")
                .arg(file->name, check.error().message));
    return writeConfig(*file, updated.encode());
}

Result<void> DirHost::setPoolState(const QString &name, RunState runState)
{
    auto status = appPoolStatus(name);
    if (!status)
        return fail(status.error());
    auto state = loadState();
    if (!state)
        return fail(state.error());
    state->setAppPoolState(status->name, runState);
    return state->save();
}

Result<void> DirHost::stopAppPool(const QString &name)
{
    return setPoolState(name, RunState::Stopped);
}

Result<void> DirHost::startAppPool(const QString &name)
{
    return setPoolState(name, RunState::Running);
}

} // namespace em::host
