// emctl against a real OpenSSH server (the fixture's sshd): the host keys
// kept in the org directory (ssh-trust shows the fingerprint and refuses
// until accepted; accepting is audited; a changed key is refused loudly by
// ssh-trust and by the cycle), emctl run over ssh: after the key is
// accepted (login through a real ssh-agent, as an admin's), and exchange
// import --from reading the recorded CliXml exports through a stand-in
// powershell over the same connection, compared with exchange import FILE.

#include <QtTest>

#include "../engine/enginefixture.h"
#include "directory/sshknownhostsstore.h"
#include "hosttestutil.h"
#include "sshdfixture.h"

using namespace em;
using namespace em::test;
using namespace hosttest;
using namespace sshtest;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString clixmlDir = qEnvironmentVariable("EM_SOURCE_DIR") + QStringLiteral("/tests/fixtures/exchange-clixml/");
const QString serversExport = clixmlDir + QStringLiteral("GetExchangeServer-E2016-PING1.xml");
const QString organizationExport = clixmlDir + QStringLiteral("GetOrganizationConfig-E2016.xml");
const QString anotherFingerprint = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
} // namespace

class TestSshTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void schemaKeepsKnownHosts();
    void unknownKeyRefusedUntilAccepted();
    void exchangeImportFromTheServer();
    void exchangeImportFailureOnTheServer();
    void changedHostKeyRefusedLoudly();

private:
    Run emctl(const QStringList &args, const QString &directory = {}) const;
    QList<SshKnownHost> knownHosts();

    QTemporaryDir m_tmp;
    std::unique_ptr<SshdFixture> m_sshd;
    QProcess m_agent;
    QString m_agentSocket;
    QString m_directory;
    QString m_root;
};

void TestSshTrust::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_sshd = std::make_unique<SshdFixture>(m_tmp.filePath(QStringLiteral("sshd")));
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    // The admin's key is in a real ssh-agent, where emctl finds it as ssh does.
    m_agentSocket = m_tmp.filePath(QStringLiteral("agent.sock"));
    m_agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), m_agentSocket});
    QVERIFY2(m_agent.waitForStarted(), qPrintable(m_agent.errorString()));
    QTRY_VERIFY(QFileInfo::exists(m_agentSocket));
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), m_agentSocket);
    add.setProcessEnvironment(env);
    add.start(QStringLiteral("ssh-add"), {m_sshd->clientKey()});
    QVERIFY(add.waitForFinished());
    QCOMPARE(add.exitCode(), 0);

    m_directory = m_tmp.filePath(QStringLiteral("directory.db"));
    {
        auto directory = OrgDirectory::open(m_directory);
        QVERIFY2(directory, why(directory));
        Catalog c;
        c.version = QStringLiteral("1.0.4");
        c.mitigations = {makeMitigation(QStringLiteral("M1"),
            {makeAction(QStringLiteral("M1.1"), ActionType::UrlRewrite, ActionScope::Site,
                QStringLiteral("Default Web Site"), m1Rules)})};
        QVERIFY(acceptCatalog(**directory, c, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC)));
    }
    m_root = m_tmp.filePath(QStringLiteral("labs/EX01"));
    auto lab = createLabServer(m_root, LabServerOptions {fixtureDir(), QStringLiteral("EX01")});
    QVERIFY2(lab, why(lab));
    m_root = lab->root;
    const Run added = emctl({QStringLiteral("add-server"), QStringLiteral("EX01"), QStringLiteral("--build"),
        QStringLiteral("15.2.1118.7"), QStringLiteral("--host"), m_sshd->locator(m_root)});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestSshTrust::cleanupTestCase()
{
    m_agent.kill();
    m_agent.waitForFinished();
    m_sshd.reset();
}

Run TestSshTrust::emctl(const QStringList &args, const QString &directory) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), m_agentSocket);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("EM_BINARY_DIR") + QStringLiteral("/app/emctl/emctl"),
        QStringList {QStringLiteral("--directory"), directory.isEmpty() ? m_directory : directory} + args);
    Run run;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("emctl did not finish");
        return run;
    }
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QList<SshKnownHost> TestSshTrust::knownHosts()
{
    auto directory = OrgDirectory::open(m_directory);
    if (!directory)
        return {};
    auto all = (*directory)->sshKnownHostsStore().all();
    return all ? *all : QList<SshKnownHost> {};
}

void TestSshTrust::schemaKeepsKnownHosts()
{
    // The table exists, and a key accepted through one connection is read by another.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.db"));
    {
        auto directory = OrgDirectory::open(path);
        QVERIFY2(directory, why(directory));
        const SshHostKey key {QStringLiteral("ssh-ed25519"), m_sshd->hostKeyFingerprint(), {}, {}};
        auto accepted = (*directory)
                            ->sshKnownHostsStore()
                            .accept(QStringLiteral("EX09"), QStringLiteral("Ex09.Contoso.com:22"), key, admin);
        QVERIFY2(accepted, why(accepted));
        auto refused = (*directory)
                           ->sshKnownHostsStore()
                           .accept(QStringLiteral("EX09"), QStringLiteral("ex09.contoso.com:22"),
                               {QStringLiteral("ssh-ed25519"), QStringLiteral("MD5:12"), {}, {}}, admin);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("'MD5:12' is not an SSH host key fingerprint")),
            qPrintable(refused.error().message));
    }
    auto directory = OrgDirectory::open(path);
    QVERIFY2(directory, why(directory));
    auto keys = (*directory)->sshKnownHostsStore().accepted(QStringLiteral("ex09.contoso.com:22"));
    QVERIFY2(keys, why(keys));
    QCOMPARE(keys->size(), 1);
    QCOMPARE(keys->first().fingerprint, m_sshd->hostKeyFingerprint());
    QCOMPARE(keys->first().acceptedBy, admin.who);
    auto snapshot = (*directory)->sshKnownHostsStore().snapshot();
    QVERIFY2(snapshot, why(snapshot));
    auto fromSnapshot = (*snapshot)->accepted(QStringLiteral("EX09.contoso.com:22"));
    QVERIFY(fromSnapshot);
    QCOMPARE(fromSnapshot->size(), 1);
    auto audit = (*directory)->audit();
    QVERIFY(audit);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QStringLiteral("ssh-trust"));
    QCOMPARE(audit->first().target, QStringLiteral("EX09"));
    QCOMPARE(audit->first().newValue, m_sshd->hostKeyFingerprint());
}

void TestSshTrust::unknownKeyRefusedUntilAccepted()
{
    const QString fingerprint = m_sshd->hostKeyFingerprint();
    QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));
    const QString webConfig = m_root + QStringLiteral("/inetpub/wwwroot/web.config");
    const QByteArray before = readBytes(webConfig);

    // Unknown: the fingerprint is printed, and refused until accepted.
    Run shown = emctl({QStringLiteral("ssh-trust"), QStringLiteral("EX01")});
    QCOMPARE(shown.exitCode, 1);
    QVERIFY2(shown.out.contains(fingerprint), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(QLatin1String("Unknown")), qPrintable(shown.out));
    QVERIFY2(shown.err.contains(QStringLiteral("is not accepted yet")), qPrintable(shown.err));
    QVERIFY2(shown.err.contains(QStringLiteral("emctl ssh-trust EX01 --fingerprint %1").arg(fingerprint)),
        qPrintable(shown.err));
    QVERIFY(knownHosts().isEmpty());

    // The cycle refuses the server too, and changes nothing on it.
    Run refused = emctl({QStringLiteral("run"), QStringLiteral("--identity"), QStringLiteral("EX01")});
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.out));
    QVERIFY2(
        (refused.out + refused.err).contains(QStringLiteral("emctl ssh-trust EX01 --fingerprint %1").arg(fingerprint)),
        qPrintable(refused.out + refused.err));
    QCOMPARE(readBytes(webConfig), before);

    // A fingerprint that is not the server's is refused; nothing is stored.
    Run wrong = emctl(
        {QStringLiteral("ssh-trust"), QStringLiteral("EX01"), QStringLiteral("--fingerprint"), anotherFingerprint});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("presents the ssh-ed25519 host key %1, not %2: nothing was accepted")
                                    .arg(fingerprint, anotherFingerprint)),
        qPrintable(wrong.err));
    Run malformed = emctl({QStringLiteral("ssh-trust"), QStringLiteral("EX01"), QStringLiteral("--fingerprint"),
        QStringLiteral("SHA256:short")});
    QCOMPARE(malformed.exitCode, 2);
    QVERIFY(knownHosts().isEmpty());

    // Accepted (audited), then shown as accepted.
    Run accepted
        = emctl({QStringLiteral("ssh-trust"), QStringLiteral("EX01"), QStringLiteral("--fingerprint"), fingerprint});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QVERIFY2(accepted.out.contains(QLatin1String("Accepted")), qPrintable(accepted.out));
    const QList<SshKnownHost> keys = knownHosts();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().endpoint, m_sshd->endpoint());
    QCOMPARE(keys.first().key.fingerprint, fingerprint);
    {
        auto directory = OrgDirectory::open(m_directory);
        QVERIFY(directory);
        AuditFilter filter;
        auto audit = (*directory)->audit(filter);
        QVERIFY(audit);
        const auto trust = std::find_if(
            audit->begin(), audit->end(), [](const AuditEntry &e) { return e.action == QLatin1String("ssh-trust"); });
        QVERIFY(trust != audit->end());
        QCOMPARE(trust->target, QStringLiteral("EX01"));
        QCOMPARE(trust->oldValue, QString());
        QCOMPARE(trust->newValue, fingerprint);
    }
    Run again = emctl({QStringLiteral("ssh-trust"), QStringLiteral("EX01")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QLatin1String("Accepted")), qPrintable(again.out));

    // Now the cycle reaches the server (login through the agent) and applies M1.1 over SFTP.
    Run run = emctl({QStringLiteral("run"), QStringLiteral("--identity"), QStringLiteral("EX01")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QByteArray after = readBytes(webConfig);
    QVERIFY2(after != before && after.contains("EEMS M1.1 PowerShell - inbound"), after.constData());
}

void TestSshTrust::exchangeImportFromTheServer()
{
    // A stand-in powershell.exe: decodes -EncodedCommand as PowerShell does,
    // checks the script loads the Exchange snap-in and exports both cmdlets,
    // and writes the recorded exports where the script says.
    const QString stub = m_tmp.filePath(QStringLiteral("powershell.sh"));
    const QString script = m_tmp.filePath(QStringLiteral("script.ps1"));
    QVERIFY(writeBytes(stub,
        QStringLiteral(
            "#!/bin/bash\n"
            "[ \"$1 $2 $3\" = \"-NoProfile -NonInteractive -EncodedCommand\" ] || { echo bad args >&2; exit 2; }\n"
            "printf %s \"$4\" | base64 -d | iconv -f UTF-16LE -t UTF-8 > '%1'\n"
            "grep -qx 'Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn' '%1' || exit 3\n"
            "servers=$(sed -n \"s/^Get-ExchangeServer | Export-Clixml -Path '\\(.*\\)'$/\\1/p\" '%1')\n"
            "org=$(sed -n \"s/^Get-OrganizationConfig | Export-Clixml -Path '\\(.*\\)'$/\\1/p\" '%1')\n"
            "[ -n \"$servers\" ] && [ -n \"$org\" ] || { echo 'no export path' >&2; exit 4; }\n"
            "cp '%2' \"$servers\" && cp '%3' \"$org\"\n")
            .arg(script, serversExport, organizationExport)
            .toUtf8()));
    QVERIFY(QFile::setPermissions(stub, QFile::permissions(stub) | QFileDevice::ExeOwner));

    Run fromServer = emctl({QStringLiteral("exchange"), QStringLiteral("import"), QStringLiteral("--from"),
        QStringLiteral("EX01"), QStringLiteral("--powershell"), stub});
    QVERIFY2(fromServer.exitCode == 0, qPrintable(fromServer.err));
    QVERIFY2(fromServer.out.contains(QLatin1String("Imported EX01 (Get-ExchangeServer, Get-OrganizationConfig): 2 "
                                                    "servers, 2 registered, 0 updated, 0 unchanged.")),
        qPrintable(fromServer.out));
    const QString ran = QString::fromUtf8(readBytes(script));
    QVERIFY2(ran.startsWith(QLatin1String("$ErrorActionPreference = 'Stop'\n")), qPrintable(ran));
    // The temporary exports are gone from the server.
    const QDir exports(m_root + QStringLiteral("/ProgramData/EmConsole/host"));
    QVERIFY2(exports.entryList({QStringLiteral("exchange-*")}, QDir::Files).isEmpty(),
        qPrintable(exports.entryList().join(QLatin1Char(' '))));

    // The same files imported as files give the same directory.
    const QString second = m_tmp.filePath(QStringLiteral("second.db"));
    Run fromFiles
        = emctl({QStringLiteral("exchange"), QStringLiteral("import"), serversExport, organizationExport}, second);
    QVERIFY2(fromFiles.exitCode == 0, qPrintable(fromFiles.err));
    auto a = OrgDirectory::open(m_directory);
    auto b = OrgDirectory::open(second);
    QVERIFY(a && b);
    auto serversA = (*a)->servers();
    auto serversB = (*b)->servers();
    QVERIFY(serversA && serversB);
    QCOMPARE(serversB->size(), 2);
    for (const Server &s : std::as_const(*serversB)) {
        auto same = (*a)->server(s.name);
        QVERIFY2(same, why(same));
        QCOMPARE(same->build, s.build);
        QCOMPARE(same->role, s.role);
        QCOMPARE(same->mitigationsEnabled, s.mitigationsEnabled);
        QCOMPARE(same->mitigationsBlocked, s.mitigationsBlocked);
        QCOMPARE(same->dataCollectionEnabled, s.dataCollectionEnabled);
        QCOMPARE(same->internetWebProxy, s.internetWebProxy);
    }
    QCOMPARE(serversA->size(), serversB->size() + 1); // and EX01, the server it was read from
    auto orgA = (*a)->org();
    auto orgB = (*b)->org();
    QVERIFY(orgA && orgB);
    QCOMPARE(orgA->mitigationsEnabled, orgB->mitigationsEnabled);
    auto audit = (*a)->audit();
    QVERIFY(audit);
    QVERIFY(std::any_of(
        audit->begin(), audit->end(), [](const AuditEntry &e) { return e.target == QLatin1String("E2k16-1"); }));
}

void TestSshTrust::exchangeImportFailureOnTheServer()
{
    // The snap-in is missing: PowerShell's error is shown with the server's name; nothing imported.
    const QString stub = m_tmp.filePath(QStringLiteral("powershell-fails.sh"));
    QVERIFY(writeBytes(stub,
        "#!/bin/sh\necho \"Add-PSSnapin : The Windows PowerShell snap-in 'Microsoft.Exchange.Management.PowerShell."
        "SnapIn' is not installed on this computer.\" >&2\nexit 1\n"));
    QVERIFY(QFile::setPermissions(stub, QFile::permissions(stub) | QFileDevice::ExeOwner));
    const QString db = m_tmp.filePath(QStringLiteral("failing.db"));
    QVERIFY(QFile::copy(m_directory, db));
    Run failed = emctl({QStringLiteral("exchange"), QStringLiteral("import"), QStringLiteral("--from"),
                           QStringLiteral("EX01"), QStringLiteral("--powershell"), stub},
        db);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(QLatin1String("server 'EX01'"))
            && failed.err.contains(QLatin1String("exited with code 1"))
            && failed.err.contains(QLatin1String("is not installed on this computer")),
        qPrintable(failed.err));
    Run usage = emctl({QStringLiteral("exchange"), QStringLiteral("import")});
    QCOMPARE(usage.exitCode, 2);
}

void TestSshTrust::changedHostKeyRefusedLoudly()
{
    const QString oldFingerprint = m_sshd->hostKeyFingerprint();
    m_sshd->stop();
    QVERIFY(m_sshd->newHostKey());
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    const QString newFingerprint = m_sshd->hostKeyFingerprint();
    QVERIFY(newFingerprint != oldFingerprint);

    Run shown = emctl({QStringLiteral("ssh-trust"), QStringLiteral("EX01")});
    QCOMPARE(shown.exitCode, 1);
    QVERIFY2(shown.out.contains(QLatin1String("Changed")), qPrintable(shown.out));
    QVERIFY2(shown.err.contains(QLatin1String("HAS CHANGED")) && shown.err.contains(newFingerprint)
            && shown.err.contains(oldFingerprint) && shown.err.contains(QLatin1String("man in the middle")),
        qPrintable(shown.err));

    // The cycle refuses the server loudly and changes nothing.
    const QMap<QString, QByteArray> before = snapshot(m_root);
    Run refused = emctl({QStringLiteral("run"), QStringLiteral("--identity"), QStringLiteral("EX01")});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2((refused.out + refused.err).contains(newFingerprint), qPrintable(refused.out + refused.err));
    QVERIFY2((refused.out + refused.err).contains(QLatin1String("CHANGED"), Qt::CaseInsensitive),
        qPrintable(refused.out + refused.err));
    QVERIFY2(snapshot(m_root) == before, qPrintable(snapshotDifference(before, snapshot(m_root))));
    QCOMPARE(knownHosts().first().key.fingerprint, oldFingerprint);

    // The admin checked the new key on the server and accepts it: replaced, audited with the old one.
    Run accepted
        = emctl({QStringLiteral("ssh-trust"), QStringLiteral("EX01"), QStringLiteral("--fingerprint"), newFingerprint});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QCOMPARE(knownHosts().size(), 1);
    QCOMPARE(knownHosts().first().key.fingerprint, newFingerprint);
    auto directory = OrgDirectory::open(m_directory);
    QVERIFY(directory);
    auto audit = (*directory)->audit();
    QVERIFY(audit);
    QVERIFY(std::any_of(audit->begin(), audit->end(), [&](const AuditEntry &e) {
        return e.action == QLatin1String("ssh-trust") && e.oldValue == oldFingerprint && e.newValue == newFingerprint;
    }));
}

QTEST_GUILESS_MAIN(TestSshTrust)
#include "tst_sshtrust.moc"
