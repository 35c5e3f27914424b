// The servers table: incremental inserts and in-place updates, the org switch
// as a column change, removals, numeric version sorting and the filters.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"

using namespace em;
using namespace em::ui;

namespace {
ServerRow row(const char *name, const char *build, int applied = 0, int blocked = 0, int failed = 0)
{
    ServerSummary s;
    s.server.name = QString::fromLatin1(name);
    s.server.build = Build::parse(QString::fromLatin1(build)).value();
    s.counts.applied = applied;
    s.counts.blocked = blocked;
    s.counts.failed = failed;
    return makeServerRow(s);
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}
} // namespace

class TestServerTableModel : public QObject
{
    Q_OBJECT

private slots:
    void upsertInsertsThenUpdatesInPlace()
    {
        ServerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.upsert({row("EX01", "15.2.1118.7"), row("EX02", "15.2.1544.4"), row("EX03", "15.1.2507.6")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);

        // The same rows again: nothing to tell the views.
        model.upsert({row("EX01", "15.2.1118.7"), row("EX02", "15.2.1544.4")});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 0);

        // One server changed: one dataChanged for its row only.
        model.upsert({row("ex02", "15.2.1544.4", 3, 1, 1)});
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
        const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), ServerTableModel::ColumnCount - 1);
        QCOMPARE(cell(model, 1, ServerTableModel::AppliedColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 1, ServerTableModel::FailedColumn), QStringLiteral("1"));

        // A new server is appended.
        model.upsert({row("EX04", "15.2.2562.17")});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("ex04")), 3);
        QCOMPARE(reset.count(), 0);
    }

    void showsFriendlyVersionAndRawSortValues()
    {
        ServerTableModel model;
        model.upsert({row("EX01", "15.2.1118.7")});
        QCOMPARE(
            cell(model, 0, ServerTableModel::VersionColumn), QStringLiteral("15.2.1118.7 (Exchange Server 2019 CU12)"));
        QCOMPARE(model.data(model.index(0, ServerTableModel::VersionColumn), ServerTableModel::SortRole).toLongLong(),
            Build(15, 2, 1118, 7).sortKey());
        QCOMPARE(cell(model, 0, ServerTableModel::LastCheckColumn), QStringLiteral("Never"));
        QCOMPARE(model.data(model.index(0, ServerTableModel::LastCheckColumn), ServerTableModel::SortRole).toDateTime(),
            QDateTime());
    }

    void enablement_data()
    {
        QTest::addColumn<bool>("org");
        QTest::addColumn<bool>("server");
        QTest::addColumn<bool>("edge");
        QTest::addColumn<QString>("expected");
        QTest::newRow("org on, server on") << true << true << false << QStringLiteral("Enabled");
        QTest::newRow("org on, server off") << true << false << false << QStringLiteral("Disabled (server)");
        QTest::newRow("org off, server on") << false << true << false << QStringLiteral("Disabled (organization)");
        QTest::newRow("org off, server off")
            << false << false << false << QStringLiteral("Disabled (organization and server)");
        QTest::newRow("edge") << true << true << true << QStringLiteral("Not applicable (Edge Transport)");
    }

    void enablement()
    {
        QFETCH(bool, org);
        QFETCH(bool, server);
        QFETCH(bool, edge);
        QFETCH(QString, expected);
        ServerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ServerRow r = row("EX01", "15.2.1118.7");
        r.summary.server.mitigationsEnabled = server;
        r.summary.server.role = edge ? ServerRole::EdgeTransport : ServerRole::Mailbox;
        model.upsert({r});
        model.setOrgEnabled(org);
        QCOMPARE(cell(model, 0, ServerTableModel::EnablementColumn), expected);
        QVERIFY(!model.data(model.index(0, ServerTableModel::EnablementColumn), Qt::DecorationRole).isNull());
    }

    void orgSwitchChangesOneColumn()
    {
        ServerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert({row("EX01", "15.2.1118.7"), row("EX02", "15.2.1544.4")});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setOrgEnabled(false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, ServerTableModel::EnablementColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, ServerTableModel::EnablementColumn));
        QCOMPARE(cell(model, 1, ServerTableModel::EnablementColumn), QStringLiteral("Disabled (organization)"));
        model.setOrgEnabled(false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void retainOnlyRemovesTheServersGone()
    {
        ServerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert({row("A", "15.2.1118.7"), row("B", "15.2.1118.7"), row("C", "15.2.1118.7"),
            row("D", "15.2.1118.7"), row("E", "15.2.1118.7")});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.retainOnly({QStringLiteral("a"), QStringLiteral("d")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.count(), 2); // E, then B..C
        QCOMPARE(model.rowOf(QStringLiteral("A")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("D")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("C")), -1);
    }

    void proxySortsVersionsNumerically()
    {
        ServerTableModel model;
        ServerFilterProxyModel proxy;
        proxy.setServerModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // As text "15.2.986.5" sorts after "15.2.1118.7"; as builds it comes first.
        model.upsert({row("NEW", "15.2.1118.7"), row("OLD", "15.2.986.5"), row("E16", "15.1.2507.6")});
        proxy.sort(ServerTableModel::VersionColumn, Qt::AscendingOrder);
        QCOMPARE(cell(proxy, 0, ServerTableModel::NameColumn), QStringLiteral("E16"));
        QCOMPARE(cell(proxy, 1, ServerTableModel::NameColumn), QStringLiteral("OLD"));
        QCOMPARE(cell(proxy, 2, ServerTableModel::NameColumn), QStringLiteral("NEW"));
        // An update re-sorts the row without a reset.
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        model.upsert({row("OLD", "15.2.1544.4")});
        QCOMPARE(cell(proxy, 2, ServerTableModel::NameColumn), QStringLiteral("OLD"));
        QCOMPARE(reset.count(), 0);
    }

    void proxyFiltersByTextAndShow()
    {
        ServerTableModel model;
        ServerFilterProxyModel proxy;
        proxy.setServerModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ServerRow off = row("EX04", "15.2.2562.17");
        off.summary.server.mitigationsEnabled = false;
        model.upsert({row("EX01", "15.2.1118.7", 3, 0, 1), row("EX03", "15.1.2507.6", 2, 1, 0), off});

        proxy.setText(QStringLiteral("2016")); // the friendly name
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy, 0, ServerTableModel::NameColumn), QStringLiteral("EX03"));
        proxy.setText(QStringLiteral("ex0"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setText(QStringLiteral("1118.7"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QString());

        proxy.setShow(ServerFilterProxyModel::Show::WithFailures);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy, 0, ServerTableModel::NameColumn), QStringLiteral("EX01"));
        proxy.setShow(ServerFilterProxyModel::Show::WithBlocks);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy, 0, ServerTableModel::NameColumn), QStringLiteral("EX03"));
        proxy.setShow(ServerFilterProxyModel::Show::MitigationsOff);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy, 0, ServerTableModel::NameColumn), QStringLiteral("EX04"));
        // The org switch turns every server off; the filter follows.
        model.setOrgEnabled(false);
        proxy.setShow(ServerFilterProxyModel::Show::All);
        proxy.setShow(ServerFilterProxyModel::Show::MitigationsOff);
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_MAIN(TestServerTableModel)
#include "tst_servertablemodel.moc"
