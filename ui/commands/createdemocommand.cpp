#include "createdemocommand.h"

#include "commands/worker.h"
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

QString CreateDemoCommand::failureTitle() const
{
    return tr("The demo organization could not be prepared");
}

void CreateDemoCommand::doStart()
{
    runInWorker<Result<QString>>(
        this, cancelFlag(), [root = m_root, reset = m_reset] { return createDemo(root, reset); },
        [this](const Result<QString> &created) {
            if (!created) {
                finish(CommandResult::failure(created.error().message));
                return;
            }
            m_path = *created;
            finish(CommandResult::success(m_path));
        });
    emit progress(0, 0, title());
}

} // namespace em::ui
