#include "serverhost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "dirhost.h"
#include "sshhost.h"
#include "windowshost.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

struct StartTypeName {
    ServiceStartType type;
    const char *name;
};
constexpr StartTypeName startTypeNames[] = {{ServiceStartType::Boot, "Boot"}, {ServiceStartType::System, "System"},
    {ServiceStartType::Automatic, "Automatic"}, {ServiceStartType::AutomaticDelayed, "AutomaticDelayedStart"},
    {ServiceStartType::Manual, "Manual"}, {ServiceStartType::Disabled, "Disabled"}};

struct RunStateName {
    RunState state;
    const char *name;
};
constexpr RunStateName runStateNames[] = {{RunState::Running, "Running"}, {RunState::Stopped, "Stopped"},
    {RunState::StartPending, "StartPending"}, {RunState::StopPending, "StopPending"}, {RunState::Paused, "Paused"}};
} // namespace

QString startTypeName(ServiceStartType type)
{
    for (const auto &entry : startTypeNames) {
        if (entry.type == type)
            return QLatin1String(entry.name);
    }
    return {};
}

Result<ServiceStartType> parseStartType(const QString &text)
{
    for (const auto &entry : startTypeNames) {
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return fail(ErrorCode::Format,
        Text::tr("unknown service start type '%1': expected Automatic, AutomaticDelayedStart, Manual, Disabled, "
                 "Boot or System")
            .arg(text));
}

QString runStateName(RunState state)
{
    for (const auto &entry : runStateNames) {
        if (entry.state == state)
            return QLatin1String(entry.name);
    }
    return {};
}

Result<RunState> parseRunState(const QString &text)
{
    if (text.compare(QLatin1String("Started"), Qt::CaseInsensitive) == 0)
        return RunState::Running; // IIS's word for a running app pool
    for (const auto &entry : runStateNames) {
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.state;
    }
    return fail(ErrorCode::Format, Text::tr("unknown state '%1': expected Running or Stopped").arg(text));
}

Result<QString> parseHostLocator(const QString &locator)
{
    if (locator.startsWith(QLatin1String("dir:"), Qt::CaseInsensitive)) {
        const QString path = locator.mid(4);
        if (path.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, Text::tr("host locator '%1': no path after dir:").arg(locator));
        return QStringLiteral("dir:") + QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    }
    if (locator.compare(QLatin1String("windows:"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("windows:");
    if (locator.startsWith(QLatin1String("ssh:"), Qt::CaseInsensitive)) {
        auto ssh = host::parseSshLocator(locator);
        if (!ssh)
            return fail(ssh.error());
        return ssh->toString();
    }
    return fail(ErrorCode::InvalidArgument,
        Text::tr("host locator '%1': unknown kind; expected dir:PATH, windows: or ssh://[USER@]HOST[:PORT]/ROOT")
            .arg(locator));
}

Result<std::unique_ptr<ServerHost>> ServerHost::create(const QString &locator, const HostOptions &options)
{
    auto parsed = parseHostLocator(locator);
    if (!parsed)
        return fail(parsed.error());
    if (parsed->startsWith(QLatin1String("dir:"))) {
        auto host = host::DirHost::open(parsed->mid(4), options);
        if (!host)
            return fail(host.error());
        return std::unique_ptr<ServerHost>(std::move(*host));
    }
    if (parsed->startsWith(QLatin1String("ssh://")))
        return host::openSshHost(*parsed, options);
    auto host = host::WindowsHost::open(options);
    if (!host)
        return fail(host.error());
    return std::unique_ptr<ServerHost>(std::move(*host));
}

} // namespace em
