// The console's "Trust SSH host key" against a real OpenSSH server (the
// fixture's sshd), offscreen: the question shows the fingerprint the server
// presents; Cancel stores nothing; Accept stores it (audited) and the
// command does not ask again; a changed key is asked about with a warning
// that names both keys.

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "commands/trustsshhostkeycommand.h"
#include "directory/orgdirectory.h"
#include "directory/sshknownhostsstore.h"
#include "sshdfixture.h"

using namespace em;
using namespace em::ui;

class TestSshTrustCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cancelStoresNothing();
    void acceptOnceThenNoQuestion();
    void changedKeyWarns();

private:
    // Runs the command; `answer`: click Accept (true) or Cancel (false) when asked.
    CommandResult run(bool answer, QString *questionText = nullptr, QMessageBox::Icon *icon = nullptr);
    QList<SshKnownHost> known();

    QTemporaryDir m_tmp;
    std::unique_ptr<sshtest::SshdFixture> m_sshd;
    QString m_path;
};

void TestSshTrustCommand::initTestCase()
{
    qRegisterMetaType<CommandResult>();
    QVERIFY(m_tmp.isValid());
    m_sshd = std::make_unique<sshtest::SshdFixture>(m_tmp.filePath(QStringLiteral("sshd")));
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    m_path = m_tmp.filePath(QStringLiteral("directory.db"));
    auto directory = OrgDirectory::open(m_path);
    QVERIFY(directory);
    Server s;
    s.name = QStringLiteral("EX01");
    s.build = *Build::parse(QStringLiteral("15.2.1118.7"));
    s.host = m_sshd->locator(m_tmp.filePath(QStringLiteral("root")));
    auto added = (*directory)->addServer(s, Actor::current());
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
}

void TestSshTrustCommand::cleanupTestCase()
{
    m_sshd.reset();
}

QList<SshKnownHost> TestSshTrustCommand::known()
{
    auto directory = OrgDirectory::open(m_path);
    if (!directory)
        return {};
    auto all = (*directory)->sshKnownHostsStore().all();
    return all ? *all : QList<SshKnownHost> {};
}

CommandResult TestSshTrustCommand::run(bool answer, QString *questionText, QMessageBox::Icon *icon)
{
    QWidget window;
    auto *command = new TrustSshHostKeyCommand(m_path, QStringLiteral("EX01"), &window);
    HostOptions options;
    options.connectTimeoutMs = 10000;
    command->setHostOptions(options);
    QSignalSpy finished(command, &Command::finished);
    connect(command, &TrustSshHostKeyCommand::questionShown, this, [=] {
        QMessageBox *box = command->question();
        if (questionText)
            *questionText = box->text() + QLatin1Char('\n') + box->informativeText();
        if (icon)
            *icon = box->icon();
        QVERIFY(box->isVisible());
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        // Answered from the event loop, as a user would.
        QTimer::singleShot(0, box, [box, answer] {
            if (answer)
                box->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
            else
                box->button(QMessageBox::Cancel)->click();
        });
    });
    command->start();
    if (!finished.wait(30000) && finished.isEmpty())
        return CommandResult::failure(QStringLiteral("the command did not finish"));
    return finished.first().first().value<CommandResult>();
}

void TestSshTrustCommand::cancelStoresNothing()
{
    QString text;
    const CommandResult result = run(false, &text);
    QCOMPARE(result.outcome, CommandResult::Cancelled);
    QVERIFY2(text.contains(m_sshd->hostKeyFingerprint()), qPrintable(text));
    QVERIFY2(text.contains(m_sshd->endpoint()), qPrintable(text));
    QVERIFY(known().isEmpty());
}

void TestSshTrustCommand::acceptOnceThenNoQuestion()
{
    QString text;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    CommandResult result = run(true, &text, &icon);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(icon, QMessageBox::Question);
    QVERIFY2(text.contains(m_sshd->hostKeyFingerprint()), qPrintable(text));
    QCOMPARE(known().size(), 1);
    QCOMPARE(known().first().key.fingerprint, m_sshd->hostKeyFingerprint());
    auto directory = OrgDirectory::open(m_path);
    QVERIFY(directory);
    auto audit = (*directory)->audit();
    QVERIFY(audit);
    QVERIFY(std::any_of(audit->begin(), audit->end(), [&](const AuditEntry &e) {
        return e.action == QLatin1String("ssh-trust") && e.newValue == m_sshd->hostKeyFingerprint();
    }));

    // Asked once: the accepted key is not asked about again.
    QString again;
    result = run(false, &again);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY2(again.isEmpty(), qPrintable(again));
    QVERIFY2(result.message.contains(m_sshd->hostKeyFingerprint()), qPrintable(result.message));
}

void TestSshTrustCommand::changedKeyWarns()
{
    const QString old = m_sshd->hostKeyFingerprint();
    m_sshd->stop();
    QVERIFY(m_sshd->newHostKey());
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    const QString now = m_sshd->hostKeyFingerprint();
    QString text;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    CommandResult result = run(false, &text, &icon);
    QCOMPARE(result.outcome, CommandResult::Cancelled);
    QCOMPARE(icon, QMessageBox::Warning);
    QVERIFY2(text.contains(QLatin1String("CHANGED")) && text.contains(old) && text.contains(now), qPrintable(text));
    QCOMPARE(known().first().key.fingerprint, old);
    result = run(true, &text, &icon);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(known().first().key.fingerprint, now);
}

QTEST_MAIN(TestSshTrustCommand)
#include "tst_sshtrustcommand.moc"
