#pragma once

// The SSH exec CommandRunner: a program run through the server's shell on
// an SshSession, its output read back with the limits and the cancel rules
// of the local runner. Internal to core/host.

#include <memory>

#include "commandrunner.h"
#include "sshhost.h"
#include "sshsession.h"

namespace em::host {

std::unique_ptr<CommandRunner> sshCommandRunner(std::shared_ptr<SshSession> session, RemoteShell shell);

} // namespace em::host
