#include "setorgenabledcommand.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "engine/planner.h"

namespace em::ui {

namespace {
void setOrgEnabled(QPromise<OrgChangeStep> &promise, const QString &path, bool enabled)
{
    const auto failure = [&promise](const QString &message) {
        OrgChangeStep step;
        step.error = message;
        promise.addResult(std::move(step));
    };
    auto opened = OrgDirectory::open(path);
    if (!opened)
        return failure(opened.error().message);
    OrgDirectory &directory = **opened;
    auto org = directory.updateOrg(
        [enabled](OrgConfig &o) -> Result<void> {
            o.mitigationsEnabled = enabled;
            return {};
        },
        Actor::current());
    if (!org)
        return failure(org.error().message);
    auto servers = directory.servers();
    OrgChangeStep written;
    written.org = *org;
    written.total = servers ? int(servers->size()) : 0;
    promise.addResult(std::move(written));
    if (!servers)
        return failure(servers.error().message);

    promise.setProgressRange(0, int(servers->size()));
    for (int i = 0; i < servers->size(); ++i) {
        if (promise.isCanceled())
            return;
        const QString name = servers->at(i).name;
        OrgChangeStep step;
        if (auto planned = refreshPlannedStatuses(directory, name); !planned)
            step.error
                = SetOrgEnabledCommand::tr("the change is saved, but the statuses of '%1' were not refreshed: %2")
                      .arg(name, planned.error().message);
        if (auto summary = summaryOf(directory, name))
            step.row = makeServerRow(*summary);
        else if (step.error.isEmpty())
            step.error = summary.error().message;
        promise.addResult(std::move(step));
        promise.setProgressValue(i + 1);
    }
}
} // namespace

SetOrgEnabledCommand::SetOrgEnabledCommand(const QString &path, bool enabled, QObject *parent)
    : Command(parent), m_path(path), m_enabled(enabled)
{ }

SetOrgEnabledCommand::~SetOrgEnabledCommand()
{
    if (m_watcher)
        m_watcher->future().cancel();
}

QString SetOrgEnabledCommand::title() const
{
    return m_enabled ? tr("Turning on automatic mitigations") : tr("Turning off automatic mitigations");
}

void SetOrgEnabledCommand::doStart()
{
    m_watcher = new QFutureWatcher<OrgChangeStep>(this);
    connect(m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &SetOrgEnabledCommand::deliver);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &SetOrgEnabledCommand::done);
    m_watcher->setFuture(QtConcurrent::run(setOrgEnabled, m_path, m_enabled));
    emit progress(0, 0, title());
}

void SetOrgEnabledCommand::doCancel()
{
    if (m_watcher)
        m_watcher->future().cancel();
}

void SetOrgEnabledCommand::deliver(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const OrgChangeStep step = m_watcher->future().resultAt(i);
        if (step.org) {
            m_written = true;
            m_total = step.total;
            emit orgChanged(*step.org);
            continue;
        }
        if (step.row) {
            ++m_replanned;
            emit serverChanged(*step.row);
        }
        if (!step.error.isEmpty())
            m_errors << step.error;
    }
    if (m_written)
        emit progress(
            m_replanned, m_total, tr("Updating the statuses of %1 of %2 servers").arg(m_replanned).arg(m_total));
}

void SetOrgEnabledCommand::done()
{
    const QString switched = m_enabled ? tr("Mitigations are applied automatically in the organization.")
                                       : tr("Mitigations are no longer applied automatically in the organization.");
    if (!m_written) {
        if (m_errors.isEmpty())
            finish(CommandResult::cancelled(tr("Cancelled: the organization setting was not changed.")));
        else
            finish(CommandResult::failure(m_errors.constFirst()));
        return;
    }
    if (!m_errors.isEmpty()) {
        finish(CommandResult::failure(switched + QLatin1Char('\n') + m_errors.join(QLatin1Char('\n'))));
        return;
    }
    if (m_replanned < m_total) {
        finish(CommandResult::cancelled(switched + QLatin1Char(' ')
            + tr("Statuses of %1 servers are updated at their next cycle.").arg(m_total - m_replanned)));
        return;
    }
    finish(CommandResult::success(switched));
}

} // namespace em::ui
