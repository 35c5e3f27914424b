#include "command.h"

#include <QMessageBox>
#include <QPushButton>

namespace em::ui {

Command::Command(QObject *parent) : QObject(parent), m_cancelFlag(std::make_shared<std::atomic<bool>>(false))
{ }

Command::~Command()
{
    // What is done stays done; a worker stops at its next check, and its
    // thread (a child, commands/worker.h) is waited for.
    m_cancelFlag->store(true);
}

void Command::setParentWidget(QWidget *widget)
{
    m_parentWidget = widget;
}

QWidget *Command::parentWidget() const
{
    return m_parentWidget;
}

void Command::start()
{
    if (m_running || m_finished || m_started)
        return;
    const Confirmation question = m_parentWidget ? confirmation() : Confirmation();
    if (question.title.isEmpty()) {
        begin();
        return;
    }
    confirm(question, [this](bool accepted) {
        if (accepted)
            begin();
        else
            finish(CommandResult::cancelled(QString()));
    });
}

void Command::begin()
{
    m_running = true;
    m_started = true;
    emit started();
    doStart();
}

void Command::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_cancelFlag->store(true);
    doCancel();
}

void Command::finish(const CommandResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    if (m_parentWidget && m_started)
        showResult(result);
    emit finished(result);
    if (m_autoDelete)
        deleteLater();
}

void Command::showResult(const CommandResult &result)
{
    if (result.outcome == CommandResult::Failed)
        error(failureTitle(), result.message);
}

QString Command::failureTitle() const
{
    return tr("The change could not be completed");
}

namespace {
QMessageBox *messageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
    const QString &objectName, QMessageBox::StandardButtons buttons)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}
} // namespace

QMessageBox *Command::information(const QString &title, const QString &text, const QString &objectName)
{
    QMessageBox *box = messageBox(m_parentWidget, QMessageBox::Information, title, text, objectName, QMessageBox::Ok);
    box->open();
    return box;
}

QMessageBox *Command::warning(const QString &title, const QString &text, const QString &objectName)
{
    QMessageBox *box = messageBox(m_parentWidget, QMessageBox::Warning, title, text, objectName, QMessageBox::Ok);
    box->open();
    return box;
}

QMessageBox *Command::error(const QString &title, const QString &message)
{
    return warning(title, message, QStringLiteral("errorMessageBox"));
}

void Command::confirm(const Confirmation &question, const std::function<void(bool accepted)> &onAnswer)
{
    QMessageBox *box = messageBox(m_parentWidget, QMessageBox::Warning, question.title, question.text,
        QStringLiteral("confirmMessageBox"), QMessageBox::NoButton);
    QPushButton *accept = box->addButton(question.acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmAcceptButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("confirmCancelButton"));
    box->setDefaultButton(cancel); // a destructive change is never the default
    connect(box, &QDialog::finished, this, [box, accept, onAnswer] { onAnswer(box->clickedButton() == accept); });
    box->open(); // window-modal, no nested event loop
}

} // namespace em::ui
