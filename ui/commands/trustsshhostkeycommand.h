#pragma once

// "Trust SSH host key" of an ssh:// server (emctl ssh-trust): reads the host
// key the server presents (engine/sshtrust.h, in a worker thread); when it
// is not the accepted one, shows its fingerprint and asks once, with a loud
// warning when another key was accepted before; accepting is audited. A key
// already accepted is not asked about again.

#include <QPointer>

#include "commands/command.h"
#include "engine/sshtrust.h"

class QMessageBox;

namespace em::ui {

class TrustSshHostKeyCommand final : public Command
{
    Q_OBJECT

public:
    TrustSshHostKeyCommand(
        const QString &path, const QString &server, QWidget *dialogParent, QObject *parent = nullptr);
    ~TrustSshHostKeyCommand() override;

    [[nodiscard]] QString title() const override;
    // The question while it is shown (tests answer it).
    [[nodiscard]] QMessageBox *question() const;
    // Connect and login time-outs (tests shorten them).
    void setHostOptions(const HostOptions &options) { m_options = options; }

signals:
    void questionShown();

protected:
    void doStart() override;
    void doCancel() override;

private:
    void checked(const Result<SshHostKeyCheck> &check);
    void ask(const SshHostKeyCheck &check);
    void accepted(const Result<SshHostKeyCheck> &result);

    QString m_path;
    QString m_server;
    HostOptions m_options;
    QPointer<QMessageBox> m_question;
};

} // namespace em::ui
