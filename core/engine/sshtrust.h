#pragma once

// Trusting the SSH host key of an ssh: server (emctl ssh-trust, the
// console's "Trust SSH host key"): what the server presents against what
// the org directory accepted, and accepting a fingerprint the admin checked
// (audited). And the directory's accepted keys handed to the hosts a cycle
// or a rollback opens.

#include <optional>

#include "host/serverhost.h"
#include "model/actor.h"
#include "model/error.h"
#include "model/sshknownhosts.h"

namespace em {

class OrgDirectory;

struct SshHostKeyCheck {
    enum class State {
        Unknown, // no key of that type accepted for the server's endpoint: refused until accepted
        Accepted, // the presented key is the accepted one
        Changed, // another key of that type was accepted: refused loudly (possible interception)
    };
    QString server; // "EX01"
    QString endpoint; // "ex01.contoso.com:22"
    SshHostKey presented; // type and fingerprint the server presents now
    std::optional<SshHostKey> accepted; // the key of that type the directory holds
    State state = State::Unknown;
};

// Connects to the server's ssh: host (no login) and compares the host key
// it presents with the directory's. Fails for a server that is not ssh: or
// cannot be reached, with a message naming it and the cause.
Result<SshHostKeyCheck> checkSshHostKey(
    OrgDirectory &directory, const QString &server, const HostOptions &options = {});

// Accepts `fingerprint` for the server, after checking that it is the key the
// server presents now (a fingerprint read elsewhere and mistyped, or a key
// changed since, is refused and nothing is stored). Audited as "ssh-trust".
// Accepting the key presented when it differs from the accepted one
// replaces it: the admin checked the new key on the server.
Result<SshHostKeyCheck> acceptSshHostKey(OrgDirectory &directory, const QString &server, const QString &fingerprint,
    const Actor &actor, const HostOptions &options = {});

// `options` with the directory's accepted keys, unless it holds known hosts already.
Result<HostOptions> withDirectoryKnownHosts(OrgDirectory &directory, HostOptions options);

} // namespace em
