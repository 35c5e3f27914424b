#pragma once

// CommandRunner: how a host runs a tool (sc.exe, appcmd.exe) and reads what
// it printed. The local implementation runs a program through QProcess; a
// remote one (SSH exec) runs it on the server. Every run has a time limit and
// honours a cancel flag, so that no host operation waits forever.

#include <atomic>
#include <memory>

#include <QStringList>

#include "model/error.h"

namespace em::host {

struct CommandOutput {
    int exitCode = 0;
    QByteArray standardOutput;
    QByteArray standardError;
};

class CommandRunner
{
public:
    virtual ~CommandRunner() = default;

    // Runs `program` with `arguments` (no shell) and waits until it ends.
    // Fails when it cannot be started, crashes, prints more than 4 MiB, has
    // not ended after `timeoutMs`, or has not ended 5 s after `cancel` was
    // set (Cancelled: a tool in the middle of a change may finish it); in
    // the last three cases it is killed first, with the processes it started.
    virtual Result<CommandOutput> run(
        const QString &program, const QStringList &arguments, int timeoutMs, const std::atomic<bool> *cancel)
        = 0;
};

std::unique_ptr<CommandRunner> localCommandRunner();

} // namespace em::host
