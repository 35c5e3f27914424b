#include "windowshost.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

// sc.exe reports failures as "[SC] OpenService FAILED 1060:\n\nThe specified
// service does not exist as an installed service." The word FAILED and the
// message are translated on localized Windows ("[SC] OpenService ECHEC 1060 :"),
// so only the shape is relied on; the exit code is the error number.
struct ScFailure {
    int code = 0;
    QString call; // "OpenService"
    QString message;
};

std::optional<ScFailure> scFailure(const QString &output)
{
    static const QRegularExpression pattern(QStringLiteral("\\[SC\\]\\s+(\\S+)\\s+\\S+\\s+(\\d+)\\s*:\\s*(.*)"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = pattern.match(output);
    if (!match.hasMatch())
        return std::nullopt;
    return ScFailure {match.captured(2).toInt(), match.captured(1), match.captured(3).simplified()};
}

// appcmd.exe: "ERROR ( message:Cannot find APPPOOL object with identifier "X". )"
std::optional<QString> appcmdFailure(const QString &output)
{
    static const QRegularExpression pattern(
        QStringLiteral("ERROR \\((?:\\s*hresult:[0-9A-Fa-f]+,)?\\s*message:(.*)\\)"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = pattern.match(output);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).simplified();
}

QString scStartValue(ServiceStartType type)
{
    switch (type) {
    case ServiceStartType::Boot:
        return QStringLiteral("boot");
    case ServiceStartType::System:
        return QStringLiteral("system");
    case ServiceStartType::Automatic:
        return QStringLiteral("auto");
    case ServiceStartType::AutomaticDelayed:
        return QStringLiteral("delayed-auto");
    case ServiceStartType::Manual:
        return QStringLiteral("demand");
    case ServiceStartType::Disabled:
        return QStringLiteral("disabled");
    }
    return {};
}

// "START_TYPE : 2   AUTO_START  (DELAYED)"
std::optional<ServiceStartType> parseScStartType(const QString &output)
{
    static const QRegularExpression pattern(QStringLiteral("START_TYPE\\s*:\\s*(\\d+)\\s+(\\w+)(\\s+\\(DELAYED\\))?"));
    const auto match = pattern.match(output);
    if (!match.hasMatch())
        return std::nullopt;
    switch (match.captured(1).toInt()) {
    case 0:
        return ServiceStartType::Boot;
    case 1:
        return ServiceStartType::System;
    case 2:
        return match.captured(3).isEmpty() ? ServiceStartType::Automatic : ServiceStartType::AutomaticDelayed;
    case 3:
        return ServiceStartType::Manual;
    case 4:
        return ServiceStartType::Disabled;
    default:
        return std::nullopt;
    }
}

// "STATE : 4  RUNNING"
std::optional<RunState> parseScState(const QString &output)
{
    static const QRegularExpression pattern(QStringLiteral("STATE\\s*:\\s*(\\d+)\\s+(\\w+)"));
    const auto match = pattern.match(output);
    if (!match.hasMatch())
        return std::nullopt;
    switch (match.captured(1).toInt()) {
    case 1:
        return RunState::Stopped;
    case 2:
        return RunState::StartPending;
    case 3:
        return RunState::StopPending;
    case 4:
        return RunState::Running;
    case 5:
    case 6:
    case 7:
        return RunState::Paused;
    default:
        return std::nullopt;
    }
}

// `appcmd list apppool NAME /text:*`: lines of key:"value".
QString appcmdValue(const QString &output, const QString &key)
{
    const QRegularExpression pattern(QStringLiteral("^\\s*%1:\"([^\"]*)\"").arg(QRegularExpression::escape(key)),
        QRegularExpression::MultilineOption);
    return pattern.match(output).captured(1);
}
} // namespace

WindowsHost::WindowsHost(QString locator, std::unique_ptr<FileAccess> files, std::unique_ptr<FileAccess> stateFiles,
    QString statePrefix, std::unique_ptr<CommandRunner> commands, const HostOptions &options)
    : IisHost(std::move(locator), std::move(files), std::move(stateFiles), std::move(statePrefix), options),
      m_commands(std::move(commands))
{ }

Result<std::unique_ptr<WindowsHost>> WindowsHost::open(const HostOptions &options)
{
    const QString root = QDir::cleanPath(QDir::fromNativeSeparators(options.systemDrive));
    const QString stateDirectory = options.stateDirectory.isEmpty()
        ? root + QStringLiteral("/ProgramData/EmConsole/host")
        : QDir::cleanPath(options.stateDirectory);
    // A state folder on the system drive (the default) is confined to it
    // like the config files; one elsewhere is a root of its own.
    const QString rootPrefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    std::unique_ptr<FileAccess> stateFiles;
    QString statePrefix;
    if (stateDirectory.startsWith(rootPrefix)) {
        stateFiles = localFileAccess(root);
        statePrefix = stateDirectory.mid(rootPrefix.size());
    } else {
        stateFiles = localFileAccess(stateDirectory, true);
    }
    std::unique_ptr<WindowsHost> host(
        new WindowsHost(QStringLiteral("windows:"), localFileAccess(root, false, options.failAt), std::move(stateFiles),
            statePrefix, localCommandRunner(), options));
    // Only whether it is there: a link or a special file in its place is
    // refused, naming it, by each action that reads it.
    auto status = host->m_files->status(host->applicationHostRelative());
    if (status && status->type == FileType::Missing)
        return fail(ErrorCode::NotFound,
            Text::tr("host windows:: no applicationHost.config at '%1' (is IIS installed? is the system drive '%2'?)")
                .arg(QDir::toNativeSeparators(host->applicationHostPath()),
                    QDir::toNativeSeparators(options.systemDrive)));
    return host;
}

Result<std::unique_ptr<WindowsHost>> WindowsHost::open(const QString &locator, std::unique_ptr<FileAccess> files,
    std::unique_ptr<FileAccess> stateFiles, const QString &statePrefix, std::unique_ptr<CommandRunner> commands,
    const HostOptions &options)
{
    std::unique_ptr<WindowsHost> host(
        new WindowsHost(locator, std::move(files), std::move(stateFiles), statePrefix, std::move(commands), options));
    auto status = host->m_files->status(host->applicationHostRelative());
    if (!status)
        return fail(status.error().wrapped(Text::tr("host %1").arg(locator)));
    if (status->type == FileType::Missing)
        return fail(ErrorCode::NotFound,
            Text::tr("host %1: no applicationHost.config at '%2' (is IIS installed? is the root the system drive?)")
                .arg(locator, host->applicationHostPath()));
    return host;
}

Result<WindowsHost::Output> WindowsHost::run(const QString &program, const QStringList &arguments) const
{
    auto output = m_commands->run(program, arguments, m_options.processTimeoutMs, m_options.cancel);
    if (!output)
        return fail(output.error());
    // The tools' messages are parsed by their shape, wherever they printed them.
    return Output {output->exitCode, QString::fromLocal8Bit(output->standardOutput + output->standardError)};
}

Result<WindowsHost::Output> WindowsHost::sc(const QString &service, const QStringList &arguments) const
{
    auto output = run(m_options.scPath, arguments);
    if (!output)
        return fail(output.error().wrapped(Text::tr("service '%1'").arg(service)));
    if (output->exitCode == 0)
        return output;
    if (auto failure = scFailure(output->text)) {
        // Not started / already running are answers, not errors, for stop and start.
        if ((arguments.first() == QLatin1String("stop") && failure->code == 1062)
            || (arguments.first() == QLatin1String("start") && failure->code == 1056))
            return output;
        return fail(failure->code == 1060 ? ErrorCode::NotFound : ErrorCode::Apply,
            Text::tr("service '%1': sc.exe %2 failed (%3 %4): %5")
                .arg(service, arguments.first(), failure->call)
                .arg(failure->code)
                .arg(failure->message));
    }
    return fail(ErrorCode::Apply,
        Text::tr("service '%1': sc.exe %2 failed with exit code %3: %4")
            .arg(service, arguments.first())
            .arg(output->exitCode)
            .arg(output->text.simplified()));
}

Result<WindowsHost::Output> WindowsHost::appcmd(const QString &pool, const QStringList &arguments) const
{
    auto output = run(m_options.appcmdPath, arguments);
    if (!output)
        return fail(output.error().wrapped(Text::tr("application pool '%1'").arg(pool)));
    if (auto failure = appcmdFailure(output->text))
        return fail(failure->contains(QLatin1String("Cannot find"), Qt::CaseInsensitive) ? ErrorCode::NotFound
                                                                                         : ErrorCode::Apply,
            Text::tr("application pool '%1': appcmd %2 failed: %3").arg(pool, arguments.first(), *failure));
    if (output->exitCode != 0)
        return fail(ErrorCode::Apply,
            Text::tr("application pool '%1': appcmd %2 failed with exit code %3: %4")
                .arg(pool, arguments.first())
                .arg(output->exitCode)
                .arg(output->text.simplified()));
    return output;
}

Result<RunState> WindowsHost::queryServiceState(const QString &name) const
{
    auto query = sc(name, {QStringLiteral("query"), name});
    if (!query)
        return fail(query.error());
    const auto state = parseScState(query->text);
    if (!state)
        return fail(ErrorCode::Format,
            Text::tr("service '%1': no STATE in the output of sc.exe query: %2").arg(name, query->text.simplified()));
    return *state;
}

Result<ServiceStatus> WindowsHost::serviceStatus(const QString &name)
{
    auto config = sc(name, {QStringLiteral("qc"), name});
    if (!config)
        return fail(config.error());
    const auto startType = parseScStartType(config->text);
    if (!startType)
        return fail(ErrorCode::Format,
            Text::tr("service '%1': no START_TYPE in the output of sc.exe qc: %2")
                .arg(name, config->text.simplified()));
    auto state = queryServiceState(name);
    if (!state)
        return fail(state.error());
    static const QRegularExpression serviceName(QStringLiteral("SERVICE_NAME:\\s*(\\S+)"));
    const QString reported = serviceName.match(config->text).captured(1);
    return ServiceStatus {reported.isEmpty() ? name : reported, *startType, *state};
}

Result<void> WindowsHost::setServiceStartType(const QString &name, ServiceStartType type)
{
    auto output = sc(name, {QStringLiteral("config"), name, QStringLiteral("start="), scStartValue(type)});
    if (!output)
        return fail(output.error());
    return {}; // exit code 0; apply reads the start type back with sc qc
}

Result<void> WindowsHost::waitForService(const QString &name, RunState wanted) const
{
    // sc.exe returns once the control is sent; the service gets there on its own.
    QDeadlineTimer deadline(m_options.processTimeoutMs);
    for (;;) {
        auto state = queryServiceState(name);
        if (!state)
            return fail(state.error());
        if (*state == wanted)
            return {};
        if (deadline.hasExpired())
            return fail(ErrorCode::Apply,
                Text::tr("service '%1' is still %2 after %3 s")
                    .arg(name, runStateName(*state))
                    .arg(m_options.processTimeoutMs / 1000.0));
        if (auto ok = checkCancelled(Text::tr("service '%1': waiting for it to be %2").arg(name, runStateName(wanted)));
            !ok)
            return fail(ok.error());
        pause(250);
    }
}

Result<void> WindowsHost::stopService(const QString &name)
{
    if (auto output = sc(name, {QStringLiteral("stop"), name}); !output)
        return fail(output.error());
    return waitForService(name, RunState::Stopped);
}

Result<void> WindowsHost::startService(const QString &name)
{
    if (auto output = sc(name, {QStringLiteral("start"), name}); !output)
        return fail(output.error());
    return waitForService(name, RunState::Running);
}

Result<AppPoolStatus> WindowsHost::appPoolStatus(const QString &name)
{
    auto output = appcmd(name, {QStringLiteral("list"), QStringLiteral("apppool"), name, QStringLiteral("/text:*")});
    if (!output)
        return fail(output.error());
    const QString reported = appcmdValue(output->text, QStringLiteral("APPPOOL.NAME"));
    if (reported.isEmpty())
        return fail(ErrorCode::NotFound, Text::tr("application pool '%1': appcmd list found no such pool").arg(name));
    const QString state = appcmdValue(output->text, QStringLiteral("state"));
    auto runState = parseRunState(state);
    if (!runState) {
        if (state.compare(QLatin1String("Stopping"), Qt::CaseInsensitive) == 0)
            runState = RunState::StopPending;
        else if (state.compare(QLatin1String("Starting"), Qt::CaseInsensitive) == 0)
            runState = RunState::StartPending;
        else
            return fail(ErrorCode::Format,
                Text::tr("application pool '%1': unknown state '%2' in the output of appcmd list").arg(name, state));
    }
    const QString autoStart = appcmdValue(output->text, QStringLiteral("autoStart"));
    return AppPoolStatus {reported, autoStart.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0, *runState};
}

Result<QJsonValue> WindowsHost::appPoolAutoStartRecord(const QString &name)
{
    auto status = appPoolStatus(name);
    if (!status)
        return fail(status.error());
    return QJsonValue(status->autoStart ? QStringLiteral("true") : QStringLiteral("false"));
}

Result<void> WindowsHost::setAppPoolAutoStart(const QString &name, const QJsonValue &record)
{
    // appcmd owns applicationHost.config here; an absent attribute means true.
    const QString value = record.isString() ? record.toString() : QStringLiteral("true");
    auto output
        = appcmd(name, {QStringLiteral("set"), QStringLiteral("apppool"), name, QStringLiteral("/autoStart:") + value});
    if (!output)
        return fail(output.error());
    return {};
}

Result<void> WindowsHost::stopAppPool(const QString &name)
{
    auto output
        = appcmd(name, {QStringLiteral("stop"), QStringLiteral("apppool"), QStringLiteral("/apppool.name:") + name});
    if (!output) {
        // appcmd refuses to stop a pool that is already stopped; that is fine.
        auto status = appPoolStatus(name);
        if (status && status->state == RunState::Stopped)
            return {};
        return fail(output.error());
    }
    return {};
}

Result<void> WindowsHost::startAppPool(const QString &name)
{
    auto output
        = appcmd(name, {QStringLiteral("start"), QStringLiteral("apppool"), QStringLiteral("/apppool.name:") + name});
    if (!output) {
        auto status = appPoolStatus(name);
        if (status && status->state == RunState::Running)
            return {};
        return fail(output.error());
    }
    return {};
}

} // namespace em::host
