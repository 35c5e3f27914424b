// DisableService and DisableAppPool on dir: hosts (state file, surgical
// autoStart edit of the real applicationHost.config) and on windows: hosts
// (sc.exe and appcmd.exe stand-ins that print the real tools' output), and
// ServerHost::create's locators.

#include <QtTest>

#include "hosttestutil.h"

using namespace em;
using namespace hosttest;

namespace {
const QString appHostRel = QStringLiteral("Windows/System32/inetsrv/config/applicationHost.config");

Action serverAction(const QString &id, ActionType type, const QString &target)
{
    Action a;
    a.id = id;
    a.mitigationId = mitigationIdOf(id);
    a.type = type;
    a.scope = ActionScope::Server;
    a.target = target;
    return a;
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readBytes(path)).object();
}
} // namespace

class TestHostServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void createLocators_data();
    void createLocators();

    void dirDisableService_data();
    void dirDisableService();
    void dirUnknownService();
    void dirWithoutStateFileKnowsExchangeServices();
    void dirDisableAppPool_data();
    void dirDisableAppPool();
    void dirAppPoolReEnabledByHandIsDisabledAgain();
    void dirAppPoolFailures_data();
    void dirAppPoolFailures();
    void dirWrongScopeOrTarget();

    void windowsDisableService_data();
    void windowsDisableService();
    void windowsServiceFailures_data();
    void windowsServiceFailures();
    void windowsDisableAppPool();
    void windowsAppPoolFailures_data();
    void windowsAppPoolFailures();
    void windowsUrlRewrite();
    void windowsStateDirectoryDefault();

private:
    QString newLab();
    // A windows: host over a lab root, with stub sc.exe and appcmd.exe.
    std::unique_ptr<ServerHost> windowsHost(const QString &root, int timeoutMs = 10000);
    void stubService(const QString &name, const QString &type, const QString &state);
    QString stubServiceLine(const QString &name);
    void stubPool(const QString &name, const QString &autoStart, const QString &state);
    QString stubPoolLine(const QString &name);
    QStringList stubCalls();
    void stubFail(const QString &file, const QString &content);

    QTemporaryDir m_tmp;
    QString m_stubs; // folder with sc.sh, appcmd.sh and state/
    int m_count = 0;
};

void TestHostServices::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(QFileInfo::exists(fixtureDir() + QStringLiteral("/applicationHost.config")));
    m_stubs = m_tmp.path() + QStringLiteral("/stubs");
    QVERIFY(QDir().mkpath(m_stubs));
    const QString source = qEnvironmentVariable("EM_SOURCE_DIR") + QStringLiteral("/tests/host/stubs/");
    for (const char *name : {"sc.sh", "appcmd.sh"}) {
        const QString to = m_stubs + QLatin1Char('/') + QLatin1String(name);
        QVERIFY(QFile::copy(source + QLatin1String(name), to));
        QVERIFY(QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::ExeOwner | QFileDevice::ExeUser));
    }
}

QString TestHostServices::newLab()
{
    const QString root = m_tmp.path() + QStringLiteral("/lab%1").arg(++m_count);
    LabServerOptions options;
    options.sourceDirectory = fixtureDir();
    auto lab = createLabServer(root, options);
    if (!lab)
        qWarning() << lab.error().message;
    // A fresh stub state per lab.
    const QString state = m_stubs + QStringLiteral("/state%1").arg(m_count);
    QDir().mkpath(state + QStringLiteral("/services"));
    QDir().mkpath(state + QStringLiteral("/pools"));
    qputenv("EM_STUB_STATE", state.toUtf8());
    return lab ? lab->root : QString();
}

std::unique_ptr<ServerHost> TestHostServices::windowsHost(const QString &root, int timeoutMs)
{
    HostOptions options;
    options.scPath = m_stubs + QStringLiteral("/sc.sh");
    options.appcmdPath = m_stubs + QStringLiteral("/appcmd.sh");
    options.systemDrive = root;
    options.stateDirectory = root + QStringLiteral("/ProgramData/EmConsole/host");
    options.processTimeoutMs = timeoutMs;
    auto host = ServerHost::create(QStringLiteral("windows:"), options);
    if (!host) {
        qWarning() << host.error().message;
        return {};
    }
    return std::move(*host);
}

void TestHostServices::stubService(const QString &name, const QString &type, const QString &state)
{
    writeBytes(qEnvironmentVariable("EM_STUB_STATE") + QStringLiteral("/services/") + name.toLower(),
        QStringLiteral("%1 %2 %3\n").arg(name, type, state).toUtf8());
}

QString TestHostServices::stubServiceLine(const QString &name)
{
    return QString::fromUtf8(
        readBytes(qEnvironmentVariable("EM_STUB_STATE") + QStringLiteral("/services/") + name.toLower()))
        .trimmed();
}

void TestHostServices::stubPool(const QString &name, const QString &autoStart, const QString &state)
{
    writeBytes(qEnvironmentVariable("EM_STUB_STATE") + QStringLiteral("/pools/") + name.toLower(),
        QStringLiteral("%1 %2 %3\n").arg(name, autoStart, state).toUtf8());
}

QString TestHostServices::stubPoolLine(const QString &name)
{
    return QString::fromUtf8(
        readBytes(qEnvironmentVariable("EM_STUB_STATE") + QStringLiteral("/pools/") + name.toLower()))
        .trimmed();
}

QStringList TestHostServices::stubCalls()
{
    return QString::fromUtf8(readBytes(qEnvironmentVariable("EM_STUB_STATE") + QStringLiteral("/calls.log")))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestHostServices::stubFail(const QString &file, const QString &content)
{
    writeBytes(qEnvironmentVariable("EM_STUB_STATE") + QLatin1Char('/') + file, content.toUtf8());
}

void TestHostServices::createLocators_data()
{
    QTest::addColumn<QString>("locator");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind")
        << QStringLiteral("smb:ex01") << ErrorCode::InvalidArgument
        << QStringLiteral(
               "host locator 'smb:ex01': unknown kind; expected dir:PATH, windows: or ssh://[USER@]HOST[:PORT]/ROOT");
    QTest::newRow("dir: without path") << QStringLiteral("dir:") << ErrorCode::InvalidArgument
                                       << QStringLiteral("no path after dir:");
    QTest::newRow("dir: missing folder") << QStringLiteral("dir:/nonexistent/EX09") << ErrorCode::NotFound
                                         << QStringLiteral("host dir:/nonexistent/EX09: no such directory");
    QTest::newRow("dir: without applicationHost.config")
        << QStringLiteral("dir:%TMP%") << ErrorCode::NotFound << QStringLiteral("no applicationHost.config");
    QTest::newRow("windows: without IIS")
        << QStringLiteral("windows:") << ErrorCode::NotFound << QStringLiteral("no applicationHost.config");
}

void TestHostServices::createLocators()
{
    QFETCH(QString, locator);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    HostOptions options;
    options.systemDrive = m_tmp.path(); // no IIS there
    auto host = ServerHost::create(QString(locator).replace(QLatin1String("%TMP%"), m_tmp.path()), options);
    QVERIFY(!host);
    QCOMPARE(host.error().code, code);
    QVERIFY2(host.error().message.contains(message), qPrintable(host.error().message));
}

void TestHostServices::dirDisableService_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("applySummary");
    QTest::addColumn<QString>("rollbackSummary");
    QTest::newRow("automatic, running")
        << QStringLiteral("MSExchangeTransport") << QStringLiteral("Automatic Running")
        << QStringLiteral("service 'MSExchangeTransport': start type Automatic -> Disabled, stopped (was Running)")
        << QStringLiteral("service 'MSExchangeTransport': start type Disabled -> Automatic, started");
    QTest::newRow("manual, stopped") << QStringLiteral("MSExchangeIMAP4") << QStringLiteral("Manual Stopped")
                                     << QStringLiteral("service 'MSExchangeIMAP4': start type Manual -> Disabled")
                                     << QStringLiteral("service 'MSExchangeIMAP4': start type Disabled -> Manual");
    QTest::newRow("name in another case") << QStringLiteral("msexchangepop3") << QStringLiteral("Manual Stopped")
                                          << QStringLiteral("service 'MSExchangePOP3': start type Manual -> Disabled")
                                          << QStringLiteral("service 'MSExchangePOP3': start type Disabled -> Manual");
}

void TestHostServices::dirDisableService()
{
    QFETCH(QString, name);
    QFETCH(QString, before);
    QFETCH(QString, applySummary);
    QFETCH(QString, rollbackSummary);
    const QString root = newLab();
    auto host = ServerHost::create(QStringLiteral("dir:") + root);
    QVERIFY2(host, why(host));
    const Action action = serverAction(QStringLiteral("M4.1"), ActionType::DisableService, name);
    const QByteArray appHost = readBytes(root + QLatin1Char('/') + appHostRel);

    auto status = (*host)->serviceStatus(name);
    QVERIFY2(status, why(status));
    QCOMPARE(startTypeName(status->startType) + QLatin1Char(' ') + runStateName(status->state), before);
    auto probe = (*host)->probe(action);
    QVERIFY2(probe, why(probe));
    QCOMPARE(probe->state, ActionState::Absent);

    auto applied = (*host)->apply(action);
    QVERIFY2(applied, why(applied));
    QVERIFY(applied->changed);
    QCOMPARE(applied->summary, applySummary);
    const QJsonObject state = readJson(root + QStringLiteral("/EmConsole/state.json"));
    const QString key = status->name;
    QCOMPARE(
        state[QStringLiteral("services")][key][QStringLiteral("startType")].toString(), QStringLiteral("Disabled"));
    QCOMPARE(state[QStringLiteral("services")][key][QStringLiteral("state")].toString(), QStringLiteral("Stopped"));
    QCOMPARE(state[QStringLiteral("actions")][QStringLiteral("M4.1")][QStringLiteral("previousStartType")].toString(),
        before.section(QLatin1Char(' '), 0, 0));
    QCOMPARE((*host)->probe(action)->state, ActionState::InPlace);

    const QByteArray stateBytes = readBytes(root + QStringLiteral("/EmConsole/state.json"));
    auto again = (*host)->apply(action);
    QVERIFY2(again, why(again));
    QVERIFY(!again->changed);
    QCOMPARE(readBytes(root + QStringLiteral("/EmConsole/state.json")), stateBytes);

    auto rolledBack = (*host)->rollback(action);
    QVERIFY2(rolledBack, why(rolledBack));
    QVERIFY(rolledBack->changed);
    QCOMPARE(rolledBack->summary, rollbackSummary);
    status = (*host)->serviceStatus(name);
    QCOMPARE(startTypeName(status->startType) + QLatin1Char(' ') + runStateName(status->state), before);
    QVERIFY(!readJson(root + QStringLiteral("/EmConsole/state.json")).contains(QStringLiteral("actions")));
    // IIS configuration is not touched by service actions.
    QCOMPARE(readBytes(root + QLatin1Char('/') + appHostRel), appHost);
    auto twice = (*host)->rollback(action);
    QVERIFY2(twice, why(twice));
    QVERIFY(!twice->changed);
    QVERIFY2(twice->summary.contains(QLatin1String("nothing recorded")), qPrintable(twice->summary));
}

void TestHostServices::dirUnknownService()
{
    const QString root = newLab();
    auto host = ServerHost::create(QStringLiteral("dir:") + root);
    QVERIFY(host);
    const QByteArray state = readBytes(root + QStringLiteral("/EmConsole/state.json"));
    const Action action
        = serverAction(QStringLiteral("M4.1"), ActionType::DisableService, QStringLiteral("MSExchangeIMAP5"));
    auto applied = (*host)->apply(action);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, ErrorCode::NotFound);
    QVERIFY2(applied.error().message.contains(QLatin1String("service 'MSExchangeIMAP5' is not installed on dir:")),
        qPrintable(applied.error().message));
    QVERIFY2(applied.error().message.contains(QLatin1String("state.json")), qPrintable(applied.error().message));
    QVERIFY(!(*host)->probe(action));
    QCOMPARE(readBytes(root + QStringLiteral("/EmConsole/state.json")), state);
}

void TestHostServices::dirWithoutStateFileKnowsExchangeServices()
{
    // A dir: root that is not a lab (say, a copy of a server's drive) has no state file.
    const QString root = m_tmp.path() + QStringLiteral("/plain%1").arg(++m_count);
    QVERIFY(writeBytes(
        root + QLatin1Char('/') + appHostRel, readBytes(fixtureDir() + QStringLiteral("/applicationHost.config"))));
    auto host = ServerHost::create(QStringLiteral("dir:") + root);
    QVERIFY2(host, why(host));
    const Action action
        = serverAction(QStringLiteral("M4.1"), ActionType::DisableService, QStringLiteral("MSExchangeTransport"));
    auto applied = (*host)->apply(action);
    QVERIFY2(applied, why(applied));
    const QJsonObject state = readJson(root + QStringLiteral("/EmConsole/state.json"));
    QCOMPARE(state[QStringLiteral("services")][QStringLiteral("MSExchangeTransport")][QStringLiteral("startType")]
                 .toString(),
        QStringLiteral("Disabled"));
    QVERIFY(state[QStringLiteral("services")].toObject().contains(QStringLiteral("MSExchangeIMAP4")));
    QVERIFY(
        !(*host)->apply(serverAction(QStringLiteral("M4.2"), ActionType::DisableService, QStringLiteral("Spooler"))));
}

void TestHostServices::dirDisableAppPool_data()
{
    QTest::addColumn<QString>("pool");
    QTest::addColumn<QByteArray>("from"); // the pool's start tag attributes before and after
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("no autoStart attribute: inserted after the last one")
        << QStringLiteral("MSExchangeOWACalendarAppPool")
        << QByteArray(
               "GenericAppPoolConfigWithGCServerEnabledFalse.config\">\n                <processModel "
               "identityType=\"LocalSystem\" loadUserProfile=\"true\" idleTimeout=\"00:00:00\" "
               "pingingEnabled=\"false\" />\n                <recycling>\n                    <periodicRestart "
               "time=\"00:00:00\" />\n                </recycling>\n                <failure "
               "rapidFailProtection=\"false\" />\n            </add>\n            <add name=\"MSExchangeOABAppPool\"")
        << QByteArray(
               "GenericAppPoolConfigWithGCServerEnabledFalse.config\" autoStart=\"false\">\n                "
               "<processModel identityType=\"LocalSystem\" loadUserProfile=\"true\" idleTimeout=\"00:00:00\" "
               "pingingEnabled=\"false\" />\n                <recycling>\n                    <periodicRestart "
               "time=\"00:00:00\" />\n                </recycling>\n                <failure "
               "rapidFailProtection=\"false\" />\n            </add>\n            <add name=\"MSExchangeOABAppPool\"");
    QTest::newRow("autoStart=\"true\": value replaced")
        << QStringLiteral("MSExchangeMapiMailboxAppPool")
        << QByteArray("<add name=\"MSExchangeMapiMailboxAppPool\" queueLength=\"1000\" autoStart=\"true\" ")
        << QByteArray("<add name=\"MSExchangeMapiMailboxAppPool\" queueLength=\"1000\" autoStart=\"false\" ");
    QTest::newRow("name in another case")
        << QStringLiteral("msexchangemapimailboxapppool")
        << QByteArray("<add name=\"MSExchangeMapiMailboxAppPool\" queueLength=\"1000\" autoStart=\"true\" ")
        << QByteArray("<add name=\"MSExchangeMapiMailboxAppPool\" queueLength=\"1000\" autoStart=\"false\" ");
}

void TestHostServices::dirDisableAppPool()
{
    QFETCH(QString, pool);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    const QString root = newLab();
    auto host = ServerHost::create(QStringLiteral("dir:") + root);
    QVERIFY(host);
    const QString path = root + QLatin1Char('/') + appHostRel;
    const QByteArray original = readBytes(path);
    QCOMPARE(original.count(from), 1);
    const Action action = serverAction(QStringLiteral("M3.1"), ActionType::DisableAppPool, pool);

    auto probe = (*host)->probe(action);
    QVERIFY2(probe, why(probe));
    QCOMPARE(probe->state, ActionState::Absent);
    QCOMPARE(probe->detail, QStringLiteral("autoStart true, Started"));

    auto applied = (*host)->apply(action);
    QVERIFY2(applied, why(applied));
    QVERIFY(applied->changed);
    QVERIFY2(
        applied->summary.endsWith(QLatin1String("': autoStart true -> false, stopped")), qPrintable(applied->summary));
    // The only change to applicationHost.config is that attribute.
    QCOMPARE(readBytes(path), QByteArray(original).replace(from, to));
    auto status = (*host)->appPoolStatus(pool);
    QVERIFY2(status, why(status));
    QVERIFY(!status->autoStart);
    QCOMPARE(status->state, RunState::Stopped);
    QCOMPARE((*host)->probe(action)->state, ActionState::InPlace);
    QCOMPARE(countFiles(root + QStringLiteral("/EmConsole/backups")), 1);

    const QByteArray applicationHost = readBytes(path);
    auto again = (*host)->apply(action);
    QVERIFY2(again, why(again));
    QVERIFY(!again->changed);
    QCOMPARE(readBytes(path), applicationHost);
    QCOMPARE(countFiles(root + QStringLiteral("/EmConsole/backups")), 1);

    auto rolledBack = (*host)->rollback(action);
    QVERIFY2(rolledBack, why(rolledBack));
    QVERIFY2(rolledBack->summary.endsWith(QLatin1String("': autoStart false -> true, started")),
        qPrintable(rolledBack->summary));
    QCOMPARE(readBytes(path), original);
    status = (*host)->appPoolStatus(pool);
    QVERIFY(status->autoStart);
    QCOMPARE(status->state, RunState::Running);
}

void TestHostServices::dirAppPoolReEnabledByHandIsDisabledAgain()
{
    const QString root = newLab();
    auto host = ServerHost::create(QStringLiteral("dir:") + root);
    QVERIFY(host);
    const QString path = root + QLatin1Char('/') + appHostRel;
    const QByteArray original = readBytes(path);
    const Action action = serverAction(
        QStringLiteral("M3.1"), ActionType::DisableAppPool, QStringLiteral("MSExchangeOWACalendarAppPool"));
    QVERIFY((*host)->apply(action));
    // An admin sets autoStart back to true in IIS Manager.
    QByteArray edited = readBytes(path);
    const qsizetype at = edited.indexOf("autoStart=\"false\"");
    QVERIFY(at > 0);
    edited.replace(at, int(qstrlen("autoStart=\"false\"")), "autoStart=\"true\"");
    QVERIFY(writeBytes(path, edited));
    auto probe = (*host)->probe(action);
    QVERIFY2(probe, why(probe));
    QCOMPARE(probe->state, ActionState::Absent);
    auto again = (*host)->apply(action);
    QVERIFY2(again, why(again));
    QVERIFY(again->changed);
    QCOMPARE((*host)->probe(action)->state, ActionState::InPlace);
    // Rollback gives back what was there before the first apply.
    QVERIFY((*host)->rollback(action));
    QCOMPARE(readBytes(path), original);
}

void TestHostServices::dirAppPoolFailures_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("pool not in applicationHost.config")
        << QString() << QStringLiteral("MSExchangeNopeAppPool") << ErrorCode::NotFound
        << QStringLiteral("application pool 'MSExchangeNopeAppPool' is not in '");
    QTest::newRow("read-only applicationHost.config")
        << QStringLiteral("readonly") << QStringLiteral("MSExchangeOWACalendarAppPool") << ErrorCode::Io
        << QStringLiteral("applicationHost.config' is read-only");
    QTest::newRow("failing write") << QStringLiteral("failwrite") << QStringLiteral("MSExchangeOWACalendarAppPool")
                                   << ErrorCode::Io << QStringLiteral("applicationHost.config': cannot write");
}

void TestHostServices::dirAppPoolFailures()
{
    QFETCH(QString, setup);
    QFETCH(QString, pool);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    const QString root = newLab();
    HostOptions options;
    if (setup == QLatin1String("failwrite"))
        options.failAt = [](const QString &step, const QString &) { return step == QLatin1String("write"); };
    if (setup == QLatin1String("readonly"))
        QVERIFY(QFile::setPermissions(
            root + QLatin1Char('/') + appHostRel, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    auto host = ServerHost::create(QStringLiteral("dir:") + root, options);
    QVERIFY(host);
    const QByteArray appHost = readBytes(root + QLatin1Char('/') + appHostRel);
    const QByteArray state = readBytes(root + QStringLiteral("/EmConsole/state.json"));
    auto applied = (*host)->apply(serverAction(QStringLiteral("M3.1"), ActionType::DisableAppPool, pool));
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, code);
    QVERIFY2(applied.error().message.contains(message), qPrintable(applied.error().message));
    QCOMPARE(readBytes(root + QLatin1Char('/') + appHostRel), appHost);
    QCOMPARE(readBytes(root + QStringLiteral("/EmConsole/state.json")), state);
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/EmConsole/backups"))
        || countFiles(root + QStringLiteral("/EmConsole/backups")) == 0);
}

void TestHostServices::dirWrongScopeOrTarget()
{
    const QString root = newLab();
    auto host = ServerHost::create(QStringLiteral("dir:") + root);
    QVERIFY(host);
    Action action = serverAction(QStringLiteral("M4.1"), ActionType::DisableService, QString());
    auto noTarget = (*host)->apply(action);
    QVERIFY(!noTarget);
    QVERIFY2(noTarget.error().message.contains(QLatin1String("action M4.1: no service named as target")),
        qPrintable(noTarget.error().message));
    action.target = QStringLiteral("MSExchangeIMAP4");
    action.scope = ActionScope::Site;
    auto wrongScope = (*host)->apply(action);
    QVERIFY(!wrongScope);
    QVERIFY2(wrongScope.error().message.contains(QLatin1String("DisableService actions have scope Server, not Site")),
        qPrintable(wrongScope.error().message));
}

void TestHostServices::windowsDisableService_data()
{
    QTest::addColumn<QString>("type"); // as the stub stores it
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("applyCalls");
    QTest::addColumn<QStringList>("rollbackCalls");
    QTest::addColumn<bool>("french"); // sc.exe of a French Windows
    const QString n = QStringLiteral("MSExchangeTransport");
    QTest::newRow("automatic, running") << QStringLiteral("AUTO_START") << QStringLiteral("RUNNING")
                                        << QStringList {QStringLiteral("config %1 start= disabled").arg(n),
                                               QStringLiteral("stop %1").arg(n)}
                                        << QStringList {QStringLiteral("config %1 start= auto").arg(n),
                                               QStringLiteral("start %1").arg(n)}
                                        << false;
    QTest::newRow("automatic, running, French Windows")
        << QStringLiteral("AUTO_START") << QStringLiteral("RUNNING")
        << QStringList {QStringLiteral("config %1 start= disabled").arg(n), QStringLiteral("stop %1").arg(n)}
        << QStringList {QStringLiteral("config %1 start= auto").arg(n), QStringLiteral("start %1").arg(n)} << true;
    QTest::newRow("automatic (delayed start), running")
        << QStringLiteral("AUTO_START_DELAYED") << QStringLiteral("RUNNING")
        << QStringList {QStringLiteral("config %1 start= disabled").arg(n), QStringLiteral("stop %1").arg(n)}
        << QStringList {QStringLiteral("config %1 start= delayed-auto").arg(n), QStringLiteral("start %1").arg(n)}
        << false;
    QTest::newRow("manual, stopped") << QStringLiteral("DEMAND_START") << QStringLiteral("STOPPED")
                                     << QStringList {QStringLiteral("config %1 start= disabled").arg(n)}
                                     << QStringList {QStringLiteral("config %1 start= demand").arg(n)} << false;
}

void TestHostServices::windowsDisableService()
{
    QFETCH(QString, type);
    QFETCH(QString, state);
    QFETCH(QStringList, applyCalls);
    QFETCH(QStringList, rollbackCalls);
    QFETCH(bool, french);
    const QString root = newLab();
    auto host = windowsHost(root);
    QVERIFY(host);
    if (french)
        stubFail(QStringLiteral("french"), QStringLiteral("1"));
    const QString name = QStringLiteral("MSExchangeTransport");
    stubService(name, type, state);
    const Action action
        = serverAction(QStringLiteral("M4.1"), ActionType::DisableService, QStringLiteral("msexchangetransport"));

    auto probe = host->probe(action);
    QVERIFY2(probe, why(probe));
    QCOMPARE(probe->state, ActionState::Absent);

    auto applied = host->apply(action);
    QVERIFY2(applied, why(applied));
    QVERIFY(applied->changed);
    QVERIFY2(applied->summary.startsWith(QLatin1String("service 'MSExchangeTransport': start type ")),
        qPrintable(applied->summary));
    QCOMPARE(stubServiceLine(name), name + QStringLiteral(" DISABLED STOPPED"));
    QStringList changes;
    for (const QString &call : stubCalls()) {
        if (!call.startsWith(QLatin1String("qc ")) && !call.startsWith(QLatin1String("query ")))
            changes << call;
    }
    QCOMPARE(changes, applyCalls);
    if (state == QLatin1String("RUNNING")) {
        // The stop is pending at first: the host waits until the service says STOPPED.
        QVERIFY(stubCalls().filter(QStringLiteral("query msexchangetransport")).size()
                + stubCalls().filter(QStringLiteral("query MSExchangeTransport")).size()
            >= 3);
    }
    QCOMPARE(host->probe(action)->state, ActionState::InPlace);
    const QJsonObject record = readJson(root
        + QStringLiteral("/ProgramData/EmConsole/host/state.json"))[QStringLiteral("actions")][QStringLiteral("M4.1")]
                                   .toObject();
    QCOMPARE(record[QStringLiteral("previousState")].toString(),
        state == QLatin1String("RUNNING") ? QStringLiteral("Running") : QStringLiteral("Stopped"));

    QVERIFY(QFile::remove(qEnvironmentVariable("EM_STUB_STATE") + QStringLiteral("/calls.log")));
    auto again = host->apply(action);
    QVERIFY2(again, why(again));
    QVERIFY(!again->changed);
    for (const QString &call : stubCalls())
        QVERIFY2(call.startsWith(QLatin1String("qc ")) || call.startsWith(QLatin1String("query ")), qPrintable(call));

    QVERIFY(QFile::remove(qEnvironmentVariable("EM_STUB_STATE") + QStringLiteral("/calls.log")));
    auto rolledBack = host->rollback(action);
    QVERIFY2(rolledBack, why(rolledBack));
    QVERIFY(rolledBack->changed);
    changes.clear();
    for (const QString &call : stubCalls()) {
        if (!call.startsWith(QLatin1String("qc ")) && !call.startsWith(QLatin1String("query ")))
            changes << call;
    }
    QCOMPARE(changes, rollbackCalls);
    QCOMPARE(stubServiceLine(name), QStringLiteral("%1 %2 %3").arg(name, type, state));
}

void TestHostServices::windowsServiceFailures_data()
{
    QTest::addColumn<QString>("failFile");
    QTest::addColumn<QString>("failContent");
    QTest::addColumn<QString>("service");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("not installed (1060)")
        << QString() << QString() << QStringLiteral("MSExchangeIMAP5") << ErrorCode::NotFound
        << QStringLiteral("service 'MSExchangeIMAP5': sc.exe qc failed (OpenService 1060): "
                          "The specified service does not exist as an installed service.");
    QTest::newRow("not installed, French Windows")
        << QStringLiteral("french") << QStringLiteral("1") << QStringLiteral("MSExchangeIMAP5") << ErrorCode::NotFound
        << QStringLiteral("service 'MSExchangeIMAP5': sc.exe qc failed (OpenService 1060): ");
    QTest::newRow("access denied on config")
        << QStringLiteral("fail-config") << QStringLiteral("ChangeServiceConfig|5|Access is denied.")
        << QStringLiteral("MSExchangeTransport") << ErrorCode::Apply
        << QStringLiteral(
               "service 'MSExchangeTransport': sc.exe config failed (ChangeServiceConfig 5): Access is denied.");
    QTest::newRow("dependent services running (1051)")
        << QStringLiteral("fail-stop")
        << QStringLiteral("ControlService|1051|A stop control has been sent to a service that other running services "
                          "are dependent on.")
        << QStringLiteral("MSExchangeTransport") << ErrorCode::Apply
        << QStringLiteral(
               "service 'MSExchangeTransport': sc.exe stop failed (ControlService 1051): A stop control has been sent");
    QTest::newRow("sc.exe hangs") << QStringLiteral("hang-qc") << QStringLiteral("x")
                                  << QStringLiteral("MSExchangeTransport") << ErrorCode::Apply
                                  << QStringLiteral("sc.sh qc MSExchangeTransport did not finish within 1 s");
    QTest::newRow("sc.exe missing") << QStringLiteral("missing") << QString() << QStringLiteral("MSExchangeTransport")
                                    << ErrorCode::Apply
                                    << QStringLiteral("service 'MSExchangeTransport': cannot run '");
}

void TestHostServices::windowsServiceFailures()
{
    QFETCH(QString, failFile);
    QFETCH(QString, failContent);
    QFETCH(QString, service);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    const QString root = newLab();
    std::unique_ptr<ServerHost> host;
    if (failFile == QLatin1String("missing")) {
        HostOptions options;
        options.scPath = m_tmp.path() + QStringLiteral("/no-such-sc.exe");
        options.systemDrive = root;
        auto created = ServerHost::create(QStringLiteral("windows:"), options);
        QVERIFY(created);
        host = std::move(*created);
    } else {
        host = windowsHost(root, 1000);
    }
    QVERIFY(host);
    stubService(QStringLiteral("MSExchangeTransport"), QStringLiteral("AUTO_START"), QStringLiteral("RUNNING"));
    if (!failFile.isEmpty() && failFile != QLatin1String("missing"))
        stubFail(failFile, failContent);
    const QString statePath = root + QStringLiteral("/ProgramData/EmConsole/host/state.json");
    auto applied = host->apply(serverAction(QStringLiteral("M4.1"), ActionType::DisableService, service));
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, code);
    QVERIFY2(applied.error().message.contains(message), qPrintable(applied.error().message));
    // Changes nothing: the service as it was, nothing recorded.
    QCOMPARE(stubServiceLine(QStringLiteral("MSExchangeTransport")),
        QStringLiteral("MSExchangeTransport AUTO_START RUNNING"));
    QVERIFY(!readJson(statePath).contains(QStringLiteral("actions")));
}

void TestHostServices::windowsDisableAppPool()
{
    const QString root = newLab();
    auto host = windowsHost(root);
    QVERIFY(host);
    const QString pool = QStringLiteral("MSExchangeOWACalendarAppPool");
    stubPool(pool, QStringLiteral("true"), QStringLiteral("Started"));
    const QByteArray appHost = readBytes(root + QLatin1Char('/') + appHostRel);
    const Action action = serverAction(QStringLiteral("M3.1"), ActionType::DisableAppPool, pool);

    auto status = host->appPoolStatus(pool);
    QVERIFY2(status, why(status));
    QVERIFY(status->autoStart);
    QCOMPARE(status->state, RunState::Running);
    QCOMPARE(host->probe(action)->state, ActionState::Absent);

    auto applied = host->apply(action);
    QVERIFY2(applied, why(applied));
    QCOMPARE(applied->summary,
        QStringLiteral("application pool 'MSExchangeOWACalendarAppPool': autoStart true -> false, stopped"));
    QCOMPARE(stubPoolLine(pool), pool + QStringLiteral(" false Stopped"));
    QStringList changes;
    for (const QString &call : stubCalls()) {
        if (!call.startsWith(QLatin1String("appcmd list ")))
            changes << call;
    }
    QCOMPARE(changes,
        (QStringList {QStringLiteral("appcmd set apppool %1 /autoStart:false").arg(pool),
            QStringLiteral("appcmd stop apppool /apppool.name:%1").arg(pool)}));
    QCOMPARE(host->probe(action)->state, ActionState::InPlace);
    // On windows: appcmd changes applicationHost.config, not the host.
    QCOMPARE(readBytes(root + QLatin1Char('/') + appHostRel), appHost);
    auto again = host->apply(action);
    QVERIFY2(again, why(again));
    QVERIFY(!again->changed);

    auto rolledBack = host->rollback(action);
    QVERIFY2(rolledBack, why(rolledBack));
    QCOMPARE(rolledBack->summary,
        QStringLiteral("application pool 'MSExchangeOWACalendarAppPool': autoStart false -> true, started"));
    QCOMPARE(stubPoolLine(pool), pool + QStringLiteral(" true Started"));
    QVERIFY(stubCalls().contains(QStringLiteral("appcmd set apppool %1 /autoStart:true").arg(pool)));
    QVERIFY(stubCalls().contains(QStringLiteral("appcmd start apppool /apppool.name:%1").arg(pool)));

    // Already stopped with autoStart true: appcmd refuses to stop it again, which is fine.
    stubPool(pool, QStringLiteral("true"), QStringLiteral("Stopped"));
    auto stopped = host->apply(action);
    QVERIFY2(stopped, why(stopped));
    QCOMPARE(
        stopped->summary, QStringLiteral("application pool 'MSExchangeOWACalendarAppPool': autoStart true -> false"));
    QVERIFY(host->rollback(action));
    QCOMPARE(stubPoolLine(pool), pool + QStringLiteral(" true Stopped"));
}

void TestHostServices::windowsAppPoolFailures_data()
{
    QTest::addColumn<QString>("failFile");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown pool")
        << QString() << QStringLiteral("MSExchangeNopeAppPool") << ErrorCode::NotFound
        << QStringLiteral("application pool 'MSExchangeNopeAppPool': appcmd list failed: Cannot find APPPOOL "
                          "object with identifier \"MSExchangeNopeAppPool\".");
    QTest::newRow("access denied on set")
        << QStringLiteral("appcmd-fail-set") << QStringLiteral("MSExchangeOWACalendarAppPool") << ErrorCode::Apply
        << QStringLiteral("application pool 'MSExchangeOWACalendarAppPool': appcmd set failed: "
                          "Command execution failed. Access is denied.");
    QTest::newRow("stop fails") << QStringLiteral("appcmd-fail-stop") << QStringLiteral("MSExchangeOWACalendarAppPool")
                                << ErrorCode::Apply
                                << QStringLiteral("appcmd stop failed: Command execution failed. Access is denied.");
}

void TestHostServices::windowsAppPoolFailures()
{
    QFETCH(QString, failFile);
    QFETCH(QString, pool);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    const QString root = newLab();
    auto host = windowsHost(root);
    QVERIFY(host);
    stubPool(QStringLiteral("MSExchangeOWACalendarAppPool"), QStringLiteral("true"), QStringLiteral("Started"));
    if (!failFile.isEmpty())
        stubFail(failFile, QStringLiteral("Access is denied."));
    auto applied = host->apply(serverAction(QStringLiteral("M3.1"), ActionType::DisableAppPool, pool));
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, code);
    QVERIFY2(applied.error().message.contains(message), qPrintable(applied.error().message));
    QCOMPARE(stubPoolLine(QStringLiteral("MSExchangeOWACalendarAppPool")),
        QStringLiteral("MSExchangeOWACalendarAppPool true Started"));
    QVERIFY(
        !readJson(root + QStringLiteral("/ProgramData/EmConsole/host/state.json")).contains(QStringLiteral("actions")));
}

void TestHostServices::windowsUrlRewrite()
{
    // windows: edits the IIS files on its system drive as dir: does.
    const QString root = newLab();
    auto host = windowsHost(root);
    QVERIFY(host);
    const QString path = root + QStringLiteral("/inetpub/wwwroot/web.config");
    const QByteArray original = readBytes(path);
    const Action action = urlRewrite(QStringLiteral("M1.1"), ActionScope::Site, QStringLiteral("Default Web Site"),
        fullRules(QStringLiteral("M1.1")));
    auto applied = host->apply(action);
    QVERIFY2(applied, why(applied));
    QByteArray inserted;
    QVERIFY(isSingleInsertion(original, readBytes(path), &inserted));
    QCOMPARE(host->backupDirectory(), root + QStringLiteral("/ProgramData/EmConsole/host/backups"));
    QCOMPARE(countFiles(host->backupDirectory()), 1);
    QVERIFY(host->rollback(action));
    QCOMPARE(readBytes(path), original);
    QCOMPARE(host->locator(), QStringLiteral("windows:"));
}

void TestHostServices::windowsStateDirectoryDefault()
{
    const QString root = newLab();
    HostOptions options;
    options.scPath = m_stubs + QStringLiteral("/sc.sh");
    options.systemDrive = root;
    auto host = ServerHost::create(QStringLiteral("windows:"), options);
    QVERIFY2(host, why(host));
    QCOMPARE((*host)->backupDirectory(), root + QStringLiteral("/ProgramData/EmConsole/host/backups"));
    stubService(QStringLiteral("MSExchangeTransport"), QStringLiteral("AUTO_START"), QStringLiteral("RUNNING"));
    QVERIFY((*host)->apply(
        serverAction(QStringLiteral("M4.1"), ActionType::DisableService, QStringLiteral("MSExchangeTransport"))));
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/ProgramData/EmConsole/host/state.json")));
}

QTEST_GUILESS_MAIN(TestHostServices)
#include "tst_hostservices.moc"
