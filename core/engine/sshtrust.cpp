#include "sshtrust.h"

#include <QCoreApplication>

#include "directory/orgdirectory.h"
#include "directory/sshknownhostsstore.h"
#include "host/sshhost.h"
#include "model/text.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(SshTrust)
};

struct SshServer {
    QString name;
    QString locator;
    QString endpoint;
};

Result<SshServer> sshServer(OrgDirectory &directory, const QString &name)
{
    auto server = directory.server(name);
    if (!server)
        return fail(server.error());
    if (!server->host.startsWith(QLatin1String("ssh://")))
        return fail(ErrorCode::InvalidArgument,
            Text::tr("server '%1' is not reached over SSH (host '%2'); SSH host keys are for ssh:// hosts")
                .arg(server->name, server->host.isEmpty() ? Text::tr("none") : server->host));
    auto locator = host::parseSshLocator(server->host);
    if (!locator)
        return fail(locator.error().wrapped(Text::tr("server '%1'").arg(server->name)));
    return SshServer {server->name, server->host, locator->endpoint()};
}

Result<SshHostKeyCheck> check(OrgDirectory &directory, const SshServer &server, const HostOptions &options)
{
    HostOptions named = options;
    named.serverName = server.name;
    auto presented = host::presentedSshHostKey(server.locator, named);
    if (!presented)
        return fail(presented.error().wrapped(Text::tr("server '%1'").arg(server.name)));
    auto accepted = directory.sshKnownHostsStore().accepted(server.endpoint);
    if (!accepted)
        return fail(accepted.error());
    SshHostKeyCheck result;
    result.server = server.name;
    result.endpoint = server.endpoint;
    result.presented = *presented;
    for (const SshHostKey &key : std::as_const(*accepted)) {
        if (key.type == presented->type)
            result.accepted = key;
    }
    if (!result.accepted)
        result.state = SshHostKeyCheck::State::Unknown;
    else if (result.accepted->fingerprint == presented->fingerprint)
        result.state = SshHostKeyCheck::State::Accepted;
    else
        result.state = SshHostKeyCheck::State::Changed;
    return result;
}
} // namespace

Result<SshHostKeyCheck> checkSshHostKey(OrgDirectory &directory, const QString &server, const HostOptions &options)
{
    auto ssh = sshServer(directory, server);
    if (!ssh)
        return fail(ssh.error());
    return check(directory, *ssh, options);
}

Result<SshHostKeyCheck> acceptSshHostKey(OrgDirectory &directory, const QString &server, const QString &fingerprint,
    const Actor &actor, const HostOptions &options)
{
    if (!isSshFingerprint(fingerprint))
        return fail(ErrorCode::InvalidArgument,
            Text::tr("'%1' is not an SSH host key fingerprint: expected SHA256: and 43 characters of base64, as "
                     "emctl ssh-trust %2 prints it")
                .arg(fingerprint, server));
    auto ssh = sshServer(directory, server);
    if (!ssh)
        return fail(ssh.error());
    auto checked = check(directory, *ssh, options);
    if (!checked)
        return fail(checked.error());
    if (checked->presented.fingerprint != fingerprint)
        return fail(ErrorCode::InvalidArgument,
            Text::tr("server '%1' (%2) presents the %3 host key %4, not %5: nothing was accepted")
                .arg(ssh->name, ssh->endpoint, checked->presented.type, checked->presented.fingerprint, fingerprint));
    if (checked->state == SshHostKeyCheck::State::Accepted)
        return *checked;
    if (auto stored = directory.sshKnownHostsStore().accept(ssh->name, ssh->endpoint, checked->presented, actor);
        !stored)
        return fail(stored.error());
    SshHostKeyCheck accepted = *checked;
    accepted.accepted = checked->presented;
    accepted.accepted->acceptedBy = actor.who;
    accepted.state = SshHostKeyCheck::State::Accepted;
    return accepted;
}

Result<HostOptions> withDirectoryKnownHosts(OrgDirectory &directory, HostOptions options)
{
    if (options.knownHosts)
        return options;
    auto known = directory.sshKnownHostsStore().snapshot();
    if (!known)
        return fail(known.error());
    options.knownHosts = *known;
    return options;
}

} // namespace em
