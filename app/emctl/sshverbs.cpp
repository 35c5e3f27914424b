// emctl verbs for ssh: servers: trusting a server's SSH host key, and
// importing the Exchange state of a real organization (from export files or
// read over a server's SSH connection).

#include <atomic>
#include <csignal>

#include <QCoreApplication>

#include "cli.h"
#include "engine/sshtrust.h"

namespace em::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(emctl)
};

// SIGTERM and SIGINT end the SSH waits (connect, command, transfer) at once.
std::atomic<bool> interrupted {false};
static_assert(std::atomic<bool>::is_always_lock_free);

void onSignal(int)
{
    interrupted.store(true);
}

} // namespace

HostOptions interruptibleHostOptions()
{
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    HostOptions options;
    options.cancel = &interrupted;
    return options;
}

namespace {

QString stateName(SshHostKeyCheck::State state)
{
    switch (state) {
    case SshHostKeyCheck::State::Unknown:
        return QStringLiteral("Unknown");
    case SshHostKeyCheck::State::Accepted:
        return QStringLiteral("Accepted");
    case SshHostKeyCheck::State::Changed:
        return QStringLiteral("Changed");
    }
    return {};
}

Record keyRecord(const SshHostKeyCheck &check)
{
    return {
        {QStringLiteral("Name"), check.server, {}},
        {QStringLiteral("Endpoint"), check.endpoint, {}},
        {QStringLiteral("KeyType"), check.presented.type, {}},
        {QStringLiteral("Fingerprint"), check.presented.fingerprint, {}},
        {QStringLiteral("State"), stateName(check.state), {}},
        {QStringLiteral("AcceptedFingerprint"), check.accepted ? check.accepted->fingerprint : QString(), {}},
        {QStringLiteral("AcceptedBy"), check.accepted ? check.accepted->acceptedBy : QString(), {}},
    };
}

int sshTrust(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("An ssh:// server of the directory."));
    p.addOption(valueOption("fingerprint",
        Text::tr("Accept this host key (as printed without it, after checking it on the server)."), "SHA256:..."));
    if (!cli.parse(p, args, 1, 1))
        return cli.parseExitCode();
    const QString name = p.positionalArguments().first();
    const QString fingerprint = p.value(QStringLiteral("fingerprint"));
    if (p.isSet(QStringLiteral("fingerprint")) && !isSshFingerprint(fingerprint))
        return cli.usage(Text::tr("'%1' is not an SSH host key fingerprint: expected SHA256: and 43 characters of "
                                  "base64, as emctl ssh-trust %2 prints it")
                             .arg(fingerprint, name));
    OrgDirectory *dir = cli.directory();
    if (!dir)
        return ExitFailed;
    const HostOptions options = interruptibleHostOptions();
    if (p.isSet(QStringLiteral("fingerprint"))) {
        auto accepted = acceptSshHostKey(*dir, name, fingerprint, Actor::current(), options);
        if (!accepted)
            return cli.failed(accepted.error());
        cli.printRecords({keyRecord(*accepted)});
        return ExitOk;
    }
    auto check = checkSshHostKey(*dir, name, options);
    if (!check)
        return cli.failed(check.error());
    cli.printRecords({keyRecord(*check)});
    switch (check->state) {
    case SshHostKeyCheck::State::Accepted:
        return ExitOk;
    case SshHostKeyCheck::State::Unknown:
        return cli.failed(
            Text::tr("the %1 host key of server '%2' (%3) is not accepted yet, so EM Console does not "
                     "connect to it. Check the fingerprint on the server (ssh-keygen -lf "
                     "%ProgramData%\\ssh\\ssh_host_*_key.pub) and accept it with: emctl ssh-trust %2 "
                     "--fingerprint %4")
                .arg(check->presented.type, check->server, check->endpoint, check->presented.fingerprint));
    case SshHostKeyCheck::State::Changed:
        return cli.failed(
            Text::tr("WARNING: THE HOST KEY OF SERVER '%1' (%2) HAS CHANGED. It presents %3 %4, but %5 was accepted "
                     "(by %6). Someone may be intercepting the connection (man in the middle), or the server was "
                     "reinstalled. EM Console refuses to connect until an admin has checked the new key on the "
                     "server and accepted it with: emctl ssh-trust %1 --fingerprint %4")
                .arg(check->server, check->endpoint, check->presented.type, check->presented.fingerprint,
                    check->accepted->fingerprint,
                    check->accepted->acceptedBy.isEmpty() ? Text::tr("unknown") : check->accepted->acceptedBy));
    }
    return ExitFailed;
}

} // namespace

QList<Verb> sshVerbs()
{
    return {
        {QStringLiteral("ssh-trust"), QStringLiteral("NAME [--fingerprint SHA256:...]"),
            Text::tr("show the SSH host key of an ssh:// server (refused until accepted), or accept it"), sshTrust},
    };
}

} // namespace em::cli
