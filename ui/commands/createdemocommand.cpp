#include "createdemocommand.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "directory/orgdirectory.h"
#include "engine/demoorg.h"

namespace em::ui {

namespace {
Result<QString> createDemo(const QString &root, bool reset)
{
    if (DemoOrganization::exists(root) && !reset)
        return DemoOrganization::directoryPath(root);
    return DemoOrganization::create(root, Actor::current(), reset);
}
} // namespace

CreateDemoCommand::CreateDemoCommand(const QString &root, bool reset, QObject *parent)
    : Command(parent), m_root(root), m_reset(reset)
{ }

CreateDemoCommand::~CreateDemoCommand() = default; // the build runs to its end: it leaves no half demo

QString CreateDemoCommand::title() const
{
    return tr("Preparing the demo organization");
}

void CreateDemoCommand::doStart()
{
    m_watcher = new QFutureWatcher<Result<QString>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &CreateDemoCommand::done);
    m_watcher->setFuture(QtConcurrent::run(createDemo, m_root, m_reset));
    emit progress(0, 0, title());
}

void CreateDemoCommand::done()
{
    const Result<QString> created = m_watcher->result();
    if (!created) {
        finish(CommandResult::failure(created.error().message));
        return;
    }
    m_path = *created;
    finish(CommandResult::success(m_path));
}

} // namespace em::ui
