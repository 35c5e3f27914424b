#include "commandrunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

constexpr qint64 outputLimit = 4 * 1024 * 1024;
constexpr int cancelGraceMs = 5000;

// Ends the program and whatever it started: a tool killed alone could leave
// a child behind that holds on (a script's sleep, a pager).
void stop(QProcess &process)
{
#ifdef Q_OS_UNIX
    if (const qint64 pid = process.processId(); pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    process.kill();
    process.waitForFinished(2000);
}

class LocalCommandRunner final : public CommandRunner
{
public:
    Result<CommandOutput> run(
        const QString &program, const QStringList &arguments, int timeoutMs, const std::atomic<bool> *cancel) override
    {
        const QString command = QFileInfo(program).fileName() + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
        QProcess process;
#ifdef Q_OS_UNIX
        // Its own process group, so that stop() reaches its children too.
        process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
        const QDeadlineTimer deadline(timeoutMs);
        process.start(program, arguments);
        if (!process.waitForStarted(std::max(1, timeoutMs)))
            return fail(ErrorCode::Apply, Text::tr("cannot run '%1': %2").arg(program, process.errorString()));
        CommandOutput output;
        bool cancelled = false;
        QDeadlineTimer grace;
        while (process.state() != QProcess::NotRunning) {
            // Short waits, so that cancel is seen within a tenth of a second.
            process.waitForFinished(int(std::clamp<qint64>(deadline.remainingTime(), 1, 100)));
            output.standardOutput += process.readAllStandardOutput();
            output.standardError += process.readAllStandardError();
            if (process.state() == QProcess::NotRunning)
                break;
            if (output.standardOutput.size() + output.standardError.size() > outputLimit) {
                stop(process);
                return fail(ErrorCode::Apply,
                    Text::tr("%1 printed more than %2 MiB; it was stopped").arg(command).arg(outputLimit >> 20));
            }
            if (cancel && cancel->load()) {
                // A tool that is changing something gets a few seconds to
                // finish; one that hangs is stopped.
                if (!cancelled) {
                    cancelled = true;
                    grace = QDeadlineTimer(cancelGraceMs);
                } else if (grace.hasExpired()) {
                    stop(process);
                    return fail(ErrorCode::Cancelled,
                        Text::tr("%1 was cancelled and did not end within %2 s; it was stopped")
                            .arg(command)
                            .arg(cancelGraceMs / 1000));
                }
            }
            if (deadline.hasExpired()) {
                stop(process);
                return fail(ErrorCode::Apply,
                    Text::tr("%1 did not finish within %2 s; it was stopped").arg(command).arg(timeoutMs / 1000.0));
            }
        }
        output.standardOutput += process.readAllStandardOutput();
        output.standardError += process.readAllStandardError();
        if (process.exitStatus() != QProcess::NormalExit)
            return fail(ErrorCode::Apply, Text::tr("%1 crashed").arg(command));
        output.exitCode = process.exitCode();
        return output;
    }
};
} // namespace

std::unique_ptr<CommandRunner> localCommandRunner()
{
    return std::make_unique<LocalCommandRunner>();
}

} // namespace em::host
