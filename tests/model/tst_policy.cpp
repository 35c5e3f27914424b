// The enablement policy truth table and the planned status of an action, as data.

#include <QTest>

#include "model/policy.h"

using namespace em;

Q_DECLARE_METATYPE(em::ActionStatus)

namespace {
Mitigation m1()
{
    Mitigation m;
    m.id = QStringLiteral("M1");
    m.applicability = {{Product::Exchange2019, Build(15, 2, 0, 0), Build(15, 2, 1118, 15)},
        {Product::Exchange2016, Build(15, 1, 0, 0), Build(15, 1, 2507, 13)}};
    Action a;
    a.id = QStringLiteral("M1.1");
    a.mitigationId = QStringLiteral("M1");
    a.type = ActionType::UrlRewrite;
    m.actions = {a};
    return m;
}
} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void truthTable_data()
    {
        QTest::addColumn<bool>("org");
        QTest::addColumn<bool>("server");
        QTest::addColumn<bool>("applied");
        QTest::newRow("org on, server on") << true << true << true;
        QTest::newRow("org on, server off") << true << false << false;
        QTest::newRow("org off, server on") << false << true << false;
        QTest::newRow("org off, server off") << false << false << false;
    }

    void truthTable()
    {
        QFETCH(bool, org);
        QFETCH(bool, server);
        QFETCH(bool, applied);
        QCOMPARE(mitigationsEffective(org, server), applied);
    }

    void planned_data()
    {
        QTest::addColumn<bool>("org");
        QTest::addColumn<bool>("serverEnabled");
        QTest::addColumn<QStringList>("blocked");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("build");
        QTest::addColumn<bool>("wasApplied");
        QTest::addColumn<ActionStatus>("expected");

        const QStringList none;
        const QString mbx = QStringLiteral("Mailbox");
        const QString edge = QStringLiteral("EdgeTransport");
        const QString inRange = QStringLiteral("15.2.1118.7");
        const QString above = QStringLiteral("15.2.1118.20");
        const QString exactMax = QStringLiteral("15.2.1118.15");
        const QString e2016 = QStringLiteral("15.1.2507.6");
        const QString e2013 = QStringLiteral("15.0.1497.2");

        QTest::newRow("due") << true << true << none << mbx << inRange << false << ActionStatus::Pending;
        QTest::newRow("upper bound inclusive")
            << true << true << none << mbx << exactMax << false << ActionStatus::Pending;
        QTest::newRow("2016 range") << true << true << none << mbx << e2016 << false << ActionStatus::Pending;
        QTest::newRow("build above range")
            << true << true << none << mbx << above << false << ActionStatus::NotApplicable;
        QTest::newRow("build above range, was applied")
            << true << true << none << mbx << above << true << ActionStatus::Obsolete;
        QTest::newRow("2013 not in ranges")
            << true << true << none << mbx << e2013 << false << ActionStatus::NotApplicable;
        QTest::newRow("edge") << true << true << none << edge << inRange << false << ActionStatus::NotApplicable;
        QTest::newRow("edge was applied")
            << true << true << none << edge << inRange << true << ActionStatus::NotApplicable;
        QTest::newRow("blocked by mitigation id")
            << true << true << QStringList {QStringLiteral("M1")} << mbx << inRange << false << ActionStatus::Blocked;
        QTest::newRow("blocked by action id")
            << true << true << QStringList {QStringLiteral("M1.1")} << mbx << inRange << false << ActionStatus::Blocked;
        QTest::newRow("blocked case-insensitive")
            << true << true << QStringList {QStringLiteral("m1")} << mbx << inRange << false << ActionStatus::Blocked;
        QTest::newRow("other action blocked")
            << true << true << QStringList {QStringLiteral("M1.2")} << mbx << inRange << false << ActionStatus::Pending;
        QTest::newRow("prefix is not a match")
            << true << true << QStringList {QStringLiteral("M1.1")} << mbx << inRange << false << ActionStatus::Blocked;
        QTest::newRow("M10 does not block M1")
            << true << true << QStringList {QStringLiteral("M10")} << mbx << inRange << false << ActionStatus::Pending;
        QTest::newRow("blocked wins over disabled")
            << false << true << QStringList {QStringLiteral("M1")} << mbx << inRange << false << ActionStatus::Blocked;
        QTest::newRow("org off") << false << true << none << mbx << inRange << false << ActionStatus::Disabled;
        QTest::newRow("server off") << true << false << none << mbx << inRange << false << ActionStatus::Disabled;
        QTest::newRow("both off") << false << false << none << mbx << inRange << false << ActionStatus::Disabled;
        QTest::newRow("not applicable wins over disabled")
            << false << false << none << mbx << above << false << ActionStatus::NotApplicable;
    }

    void planned()
    {
        QFETCH(bool, org);
        QFETCH(bool, serverEnabled);
        QFETCH(QStringList, blocked);
        QFETCH(QString, role);
        QFETCH(QString, build);
        QFETCH(bool, wasApplied);
        QFETCH(ActionStatus, expected);

        OrgConfig config;
        config.mitigationsEnabled = org;
        Server server;
        server.name = QStringLiteral("EX01");
        server.mitigationsEnabled = serverEnabled;
        server.mitigationsBlocked = blocked;
        server.role = *parseRole(role);
        server.build = *Build::parse(build);
        const Mitigation m = m1();
        QCOMPARE(plannedStatus(config, server, m, m.actions.first(), wasApplied), expected);
    }

    void noApplicabilityMeansEveryEmBuild_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<bool>("applies");
        QTest::newRow("2016 CU21") << "15.1.2308.8" << false;
        QTest::newRow("2016 CU22") << "15.1.2375.7" << true;
        QTest::newRow("2019 CU10") << "15.2.922.7" << false;
        QTest::newRow("2019 CU11") << "15.2.986.5" << true;
        QTest::newRow("2019 CU14") << "15.2.1544.4" << true;
        QTest::newRow("SE") << "15.2.2562.17" << true;
        QTest::newRow("2013") << "15.0.1497.2" << false;
    }

    void noApplicabilityMeansEveryEmBuild()
    {
        QFETCH(QString, build);
        QFETCH(bool, applies);
        Mitigation ping;
        ping.id = QStringLiteral("PING1");
        QCOMPARE(ping.appliesTo(*Build::parse(build)), applies);
    }

    void idSyntax_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("mitigation") << "M1" << true;
        QTest::newRow("ping") << "PING1" << true;
        QTest::newRow("action") << "M2.1" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("leading digit") << "1M" << false;
        QTest::newRow("two dots") << "M1.1.1" << false;
        QTest::newRow("semicolon") << "M1;" << false;
        QTest::newRow("space") << "M 1" << false;
        QTest::newRow("trailing dot") << "M1." << false;
    }

    void idSyntax()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(isValidMitigationId(id), valid);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
