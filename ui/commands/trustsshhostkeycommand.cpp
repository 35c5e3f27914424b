#include "trustsshhostkeycommand.h"

#include <QMessageBox>
#include <QPushButton>

#include "commands/worker.h"

namespace em::ui {

TrustSshHostKeyCommand::TrustSshHostKeyCommand(
    const QString &path, const QString &server, QWidget *dialogParent, QObject *parent)
    : Command(parent), m_path(path), m_server(server)
{
    setParentWidget(dialogParent);
}

TrustSshHostKeyCommand::~TrustSshHostKeyCommand()
{
    delete m_question;
}

QMessageBox *TrustSshHostKeyCommand::question() const
{
    return m_question;
}

QString TrustSshHostKeyCommand::title() const
{
    return tr("Reading the SSH host key of %1").arg(m_server);
}

void TrustSshHostKeyCommand::doStart()
{
    HostOptions options = m_options;
    options.cancel = cancelFlag().get(); // the flag outlives the worker (the command waits for it)
    runInWorker<Result<SshHostKeyCheck>>(
        this, cancelFlag(),
        [path = m_path, server = m_server, options] {
            return onDirectory(
                path, [&](OrgDirectory &directory) { return checkSshHostKey(directory, server, options); });
        },
        [this](const Result<SshHostKeyCheck> &check) { checked(check); });
    emit progress(0, 0, title());
}

void TrustSshHostKeyCommand::doCancel()
{
    if (m_question)
        m_question->reject(); // answered "no"
}

void TrustSshHostKeyCommand::checked(const Result<SshHostKeyCheck> &check)
{
    if (!check) {
        if (isCancelRequested())
            finish(CommandResult::cancelled(tr("Cancelled: the SSH host key of %1 was not read.").arg(m_server)));
        else
            finish(CommandResult::failure(check.error().message));
        return;
    }
    if (check->state == SshHostKeyCheck::State::Accepted) {
        finish(CommandResult::success(tr("The SSH host key of %1 (%2 %3) is accepted.")
                                          .arg(m_server, check->presented.type, check->presented.fingerprint)));
        return;
    }
    ask(*check);
}

void TrustSshHostKeyCommand::ask(const SshHostKeyCheck &check)
{
    const bool changed = check.state == SshHostKeyCheck::State::Changed;
    m_question = new QMessageBox(changed ? QMessageBox::Warning : QMessageBox::Question,
        changed ? tr("SSH host key changed") : tr("Trust SSH host key"), QString(), QMessageBox::NoButton,
        parentWidget());
    m_question->setObjectName(QStringLiteral("sshTrustQuestion"));
    if (changed) {
        m_question->setText(tr("<b>The SSH host key of %1 has CHANGED.</b>").arg(m_server.toHtmlEscaped()));
        m_question->setInformativeText(
            tr("%1 (%2) now presents the %3 key\n%4\nbut %5 was accepted (by %6).\n\nSomeone may be intercepting "
               "the connection (man in the middle), or the server was reinstalled. Accept the new key only after "
               "checking this fingerprint on the server itself.")
                .arg(m_server, check.endpoint, check.presented.type, check.presented.fingerprint,
                    check.accepted->fingerprint,
                    check.accepted->acceptedBy.isEmpty() ? tr("unknown") : check.accepted->acceptedBy));
    } else {
        m_question->setText(tr("EM Console has not connected to %1 before.").arg(m_server.toHtmlEscaped()));
        m_question->setInformativeText(
            tr("%1 (%2) presents the %3 key\n%4\n\nCheck this fingerprint on the server "
               "(ssh-keygen -lf %ProgramData%\\ssh\\ssh_host_*_key.pub) before accepting "
               "it. Every admin and the service will trust it.")
                .arg(m_server, check.endpoint, check.presented.type, check.presented.fingerprint));
    }
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *accept = m_question->addButton(tr("&Accept key"), QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
    QPushButton *reject = m_question->addButton(QMessageBox::Cancel);
    m_question->setDefaultButton(reject); // accepting is never the default
    const QString fingerprint = check.presented.fingerprint;
    connect(m_question, &QMessageBox::finished, this, [this, accept, fingerprint] {
        const bool yes = m_question->clickedButton() == accept;
        m_question->deleteLater();
        if (!yes) {
            finish(CommandResult::cancelled(tr("The SSH host key of %1 was not accepted.").arg(m_server)));
            return;
        }
        HostOptions options = m_options;
        options.cancel = cancelFlag().get();
        runInWorker<Result<SshHostKeyCheck>>(
            this, cancelFlag(),
            [path = m_path, server = m_server, fingerprint, options] {
                return onDirectory(path, [&](OrgDirectory &directory) {
                    return acceptSshHostKey(directory, server, fingerprint, Actor::current(), options);
                });
            },
            [this](const Result<SshHostKeyCheck> &result) { accepted(result); });
        emit progress(0, 0, tr("Accepting the SSH host key of %1").arg(m_server));
    });
    m_question->open();
    emit questionShown();
}

void TrustSshHostKeyCommand::accepted(const Result<SshHostKeyCheck> &result)
{
    if (!result) {
        finish(CommandResult::failure(result.error().message));
        return;
    }
    finish(CommandResult::success(tr("The SSH host key of %1 (%2 %3) is accepted.")
                                      .arg(m_server, result->presented.type, result->presented.fingerprint)));
}

} // namespace em::ui
