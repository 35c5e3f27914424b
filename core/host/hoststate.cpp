#include "hoststate.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

const QString actionsKey = QStringLiteral("actions");
const QString containersKey = QStringLiteral("containers");
const QString servicesKey = QStringLiteral("services");
const QString appPoolsKey = QStringLiteral("appPools");

QString findKey(const QJsonObject &object, const QString &name)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}
} // namespace

Result<HostState> HostState::load(FileAccess &files, const QString &path)
{
    HostState state;
    state.m_files = &files;
    state.m_path = path;
    auto bytes = files.read(path, stateFileLimit);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound) {
            state.m_root.insert(QStringLiteral("format"), 1);
            return state;
        }
        return fail(bytes.error().wrapped(Text::tr("host state file '%1'").arg(state.name())));
    }
    state.m_loadedBytes = *bytes;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(state.m_loadedBytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::Format,
            Text::tr("host state file '%1': malformed JSON at offset %2: %3")
                .arg(state.name())
                .arg(error.offset)
                .arg(doc.isObject() || error.error != QJsonParseError::NoError ? error.errorString()
                                                                               : Text::tr("not an object")));
    state.m_exists = true;
    state.m_existed = true;
    state.m_root = doc.object();
    return state;
}

QString HostState::name() const
{
    return QDir::toNativeSeparators(m_files->fullPath(m_path));
}

Result<void> HostState::save()
{
    if (auto made = m_files->makeDirectories(parentPath(m_path)); !made)
        return fail(made.error().wrapped(Text::tr("host state file '%1': cannot create its folder").arg(name())));
    if (auto written = m_files->write(m_path, QJsonDocument(m_root).toJson(QJsonDocument::Indented)); !written)
        return fail(written.error().wrapped(Text::tr("host state file '%1'").arg(name())));
    m_exists = true;
    return {};
}

Result<void> HostState::revert()
{
    if (!m_existed) {
        auto status = m_files->status(m_path);
        if (!status)
            return fail(status.error().wrapped(Text::tr("host state file '%1'").arg(name())));
        if (status->type != FileType::Missing) {
            if (auto removed = m_files->remove(m_path); !removed)
                return fail(removed.error().wrapped(Text::tr("host state file '%1': cannot remove it").arg(name())));
        }
        m_exists = false;
        return {};
    }
    if (auto written = m_files->write(m_path, m_loadedBytes); !written)
        return fail(written.error().wrapped(Text::tr("host state file '%1'").arg(name())));
    return {};
}

std::optional<QJsonObject> HostState::actionRecord(const QString &actionId) const
{
    const QJsonObject actions = m_root.value(actionsKey).toObject();
    const QString key = findKey(actions, actionId);
    if (key.isEmpty())
        return std::nullopt;
    return actions.value(key).toObject();
}

void HostState::setActionRecord(const QString &actionId, const QJsonObject &record)
{
    QJsonObject actions = m_root.value(actionsKey).toObject();
    if (const QString key = findKey(actions, actionId); !key.isEmpty())
        actions.remove(key);
    actions.insert(actionId, record);
    m_root.insert(actionsKey, actions);
}

void HostState::removeActionRecord(const QString &actionId)
{
    QJsonObject actions = m_root.value(actionsKey).toObject();
    if (const QString key = findKey(actions, actionId); !key.isEmpty())
        actions.remove(key);
    if (actions.isEmpty())
        m_root.remove(actionsKey);
    else
        m_root.insert(actionsKey, actions);
}

ContainerJournal HostState::containers(const QString &fileKey) const
{
    ContainerJournal journal;
    const QJsonObject files = m_root.value(containersKey).toObject();
    const QJsonObject entries = files.value(findKey(files, fileKey)).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it)
        journal.insert(it.key(), it.value().toString());
    return journal;
}

void HostState::setContainers(const QString &fileKey, const ContainerJournal &journal)
{
    QJsonObject files = m_root.value(containersKey).toObject();
    if (const QString key = findKey(files, fileKey); !key.isEmpty())
        files.remove(key);
    if (!journal.isEmpty()) {
        QJsonObject entries;
        for (auto it = journal.begin(); it != journal.end(); ++it)
            entries.insert(it.key(), it.value());
        files.insert(fileKey, entries);
    }
    if (files.isEmpty())
        m_root.remove(containersKey);
    else
        m_root.insert(containersKey, files);
}

bool HostState::hasServiceList() const
{
    return m_root.contains(servicesKey);
}

void HostState::setServiceList(const QList<ServiceStatus> &services)
{
    QJsonObject object;
    for (const ServiceStatus &s : services)
        object.insert(s.name,
            QJsonObject {{QStringLiteral("startType"), startTypeName(s.startType)},
                {QStringLiteral("state"), runStateName(s.state)}});
    m_root.insert(servicesKey, object);
}

std::optional<ServiceStatus> HostState::service(const QString &name) const
{
    const QJsonObject services = m_root.value(servicesKey).toObject();
    const QString key = findKey(services, name);
    if (key.isEmpty())
        return std::nullopt;
    const QJsonObject entry = services.value(key).toObject();
    ServiceStatus status;
    status.name = key;
    // A value the host cannot read counts as the default a real server starts with.
    status.startType
        = parseStartType(entry.value(QStringLiteral("startType")).toString()).value_or(ServiceStartType::Automatic);
    status.state = parseRunState(entry.value(QStringLiteral("state")).toString()).value_or(RunState::Running);
    return status;
}

void HostState::setService(const ServiceStatus &status)
{
    QJsonObject services = m_root.value(servicesKey).toObject();
    QString key = findKey(services, status.name);
    if (key.isEmpty())
        key = status.name;
    services.insert(key,
        QJsonObject {{QStringLiteral("startType"), startTypeName(status.startType)},
            {QStringLiteral("state"), runStateName(status.state)}});
    m_root.insert(servicesKey, services);
}

std::optional<RunState> HostState::appPoolState(const QString &name) const
{
    const QJsonObject pools = m_root.value(appPoolsKey).toObject();
    const QString key = findKey(pools, name);
    if (key.isEmpty())
        return std::nullopt;
    auto state = parseRunState(pools.value(key).toString());
    return state ? std::optional<RunState>(*state) : std::nullopt;
}

void HostState::setAppPoolState(const QString &name, RunState state)
{
    QJsonObject pools = m_root.value(appPoolsKey).toObject();
    QString key = findKey(pools, name);
    if (key.isEmpty())
        key = name;
    pools.insert(key, state == RunState::Running ? QStringLiteral("Started") : runStateName(state));
    m_root.insert(appPoolsKey, pools);
}

void HostState::setServerName(const QString &name)
{
    m_root.insert(QStringLiteral("server"), name);
}

QList<ServiceStatus> HostState::defaultExchangeServices()
{
    using T = ServiceStartType;
    const RunState up = RunState::Running;
    const RunState down = RunState::Stopped;
    return {
        {QStringLiteral("HostControllerService"), T::Automatic, up},
        {QStringLiteral("IISADMIN"), T::Automatic, up},
        {QStringLiteral("MSComplianceAudit"), T::Automatic, up},
        {QStringLiteral("MSExchangeADTopology"), T::Automatic, up},
        {QStringLiteral("MSExchangeAntispamUpdate"), T::Automatic, up},
        {QStringLiteral("MSExchangeCompliance"), T::Automatic, up},
        {QStringLiteral("MSExchangeDagMgmt"), T::Automatic, up},
        {QStringLiteral("MSExchangeDelivery"), T::Automatic, up},
        {QStringLiteral("MSExchangeDiagnostics"), T::Automatic, up},
        {QStringLiteral("MSExchangeEdgeSync"), T::Automatic, up},
        {QStringLiteral("MSExchangeFastSearch"), T::Automatic, up},
        {QStringLiteral("MSExchangeFrontEndTransport"), T::Automatic, up},
        {QStringLiteral("MSExchangeHM"), T::Automatic, up},
        {QStringLiteral("MSExchangeHMRecovery"), T::Automatic, up},
        {QStringLiteral("MSExchangeIMAP4"), T::Manual, down},
        {QStringLiteral("MSExchangeIMAP4BE"), T::Manual, down},
        {QStringLiteral("MSExchangeIS"), T::Automatic, up},
        {QStringLiteral("MSExchangeMailboxAssistants"), T::Automatic, up},
        {QStringLiteral("MSExchangeMailboxReplication"), T::Automatic, up},
        {QStringLiteral("MSExchangeMitigation"), T::Automatic, up},
        {QStringLiteral("MSExchangeNotificationsBroker"), T::Automatic, up},
        {QStringLiteral("MSExchangePOP3"), T::Manual, down},
        {QStringLiteral("MSExchangePOP3BE"), T::Manual, down},
        {QStringLiteral("MSExchangeRepl"), T::Automatic, up},
        {QStringLiteral("MSExchangeRPC"), T::Automatic, up},
        {QStringLiteral("MSExchangeServiceHost"), T::Automatic, up},
        {QStringLiteral("MSExchangeSubmission"), T::Automatic, up},
        {QStringLiteral("MSExchangeThrottling"), T::Automatic, up},
        {QStringLiteral("MSExchangeTransport"), T::Automatic, up},
        {QStringLiteral("MSExchangeTransportLogSearch"), T::Automatic, up},
        {QStringLiteral("SearchExchangeTracing"), T::Manual, down},
        {QStringLiteral("W3SVC"), T::Automatic, up},
        {QStringLiteral("WAS"), T::Manual, up},
        {QStringLiteral("wsbexchange"), T::Manual, down},
    };
}

} // namespace em::host
