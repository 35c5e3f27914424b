// One server's actions, read from a real directory (detailsOf): statuses with
// colour and icon, in-place updates for the same server, a new table for another.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "directory/orgdirectory.h"
#include "language.h"
#include "models/actiontablemodel.h"
#include "statusstyle.h"
#include "uifixture.h"

using namespace em;
using namespace em::ui;

Q_DECLARE_METATYPE(em::ActionStatus)

class TestActionTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OrgDirectory> m_directory;

    ServerDetails details(const char *server)
    {
        auto d = detailsOf(*m_directory, QString::fromLatin1(server));
        if (!d)
            qFatal("%s", qPrintable(d.error().message));
        return *d;
    }

    static ActionStatus statusOf(const ActionTableModel &model, const char *id)
    {
        const int row = model.rowOf(QString::fromLatin1(id));
        if (row < 0)
            qFatal("no row %s", id);
        return ActionStatus(model.data(model.index(row, 0), ActionTableModel::StatusRole).toInt());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("directory.db"));
        auto built = test::UiFixture::build(path);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
        auto opened = OrgDirectory::open(path);
        QVERIFY(opened);
        m_directory = std::move(*opened);
    }

    void recordedStatusesKeepTheirTimeInAnyLanguage()
    {
        // The directory holds the details as codes; the console shows them in
        // its own language, and a recorded status keeps its time whatever the
        // language.
        i18n::install(QStringLiteral("fr"));
        const ServerDetails edge = details("EDGE01");
        QVERIFY(!edge.actions.isEmpty());
        for (const ActionRow &row : edge.actions) {
            QCOMPARE(row.status.status, ActionStatus::NotApplicable);
            QCOMPARE(row.status.detail.render(), QStringLiteral("non applicable (transport Edge)"));
            QVERIFY2(row.recorded, qPrintable(row.action.id));
            QVERIFY(row.status.changedAt.isValid());
        }
        i18n::install(QStringLiteral("en"));
        QCOMPARE(edge.actions.first().status.detail.render(), QStringLiteral("not applicable (Edge Transport)"));
        const ServerDetails english = details("EDGE01");
        QCOMPARE(english.actions, edge.actions);
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("action");
        QTest::addColumn<ActionStatus>("status");
        QTest::newRow("applied") << "EX01"
                                 << "M1.1" << ActionStatus::Applied;
        QTest::newRow("failed") << "EX01"
                                << "M2.1" << ActionStatus::Failed;
        QTest::newRow("not applicable (build)") << "EX02"
                                                << "M1.1" << ActionStatus::NotApplicable;
        QTest::newRow("obsolete (gone from the feed)") << "EX02"
                                                       << "M0.1" << ActionStatus::Obsolete;
        QTest::newRow("blocked") << "EX03"
                                 << "M3.1" << ActionStatus::Blocked;
        QTest::newRow("edge") << "EDGE01"
                              << "PING1" << ActionStatus::NotApplicable;
        QTest::newRow("disabled") << "EX04"
                                  << "PING1" << ActionStatus::Disabled;
    }

    void statuses()
    {
        QFETCH(QString, server);
        QFETCH(QString, action);
        QFETCH(ActionStatus, status);
        ActionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActions(server, details(qPrintable(server)).actions);
        const int row = model.rowOf(action);
        QVERIFY(row >= 0);
        const QModelIndex index = model.index(row, ActionTableModel::StatusColumn);
        QCOMPARE(ActionStatus(index.data(ActionTableModel::StatusRole).toInt()), status);
        QCOMPARE(index.data().toString(), statusText(status));
        QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(), statusColor(status));
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.data(model.index(row, ActionTableModel::IdColumn)).toString(), action);
    }

    void failedShowsTheErrorAndTime()
    {
        ActionTableModel model;
        model.setActions(QStringLiteral("EX01"), details("EX01").actions);
        const int row = model.rowOf(QStringLiteral("M2.1"));
        QCOMPARE(model.data(model.index(row, ActionTableModel::DetailColumn)).toString(),
            QStringLiteral("applicationHost.config cannot be written: permission denied"));
        QVERIFY(model.data(model.index(row, ActionTableModel::TimeColumn), ActionTableModel::SortRole)
                    .toDateTime()
                    .isValid());
        QCOMPARE(
            model.data(model.index(row, ActionTableModel::TypeColumn)).toString(), QStringLiteral("Disable app pool"));
    }

    void sameServerUpdatesInPlace()
    {
        ActionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActions(QStringLiteral("EX01"), details("EX01").actions);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QList<ActionRow> rows = details("EX01").actions;
        model.setActions(QStringLiteral("ex01"), rows);
        QCOMPARE(changed.count(), 0);

        const int row = model.rowOf(QStringLiteral("M3.1"));
        rows[row].status.status = ActionStatus::Blocked;
        rows[row].status.detail = StatusDetail::of(StatusDetail::Code::Blocked);
        model.setActions(QStringLiteral("EX01"), rows);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), row);
        QCOMPARE(statusOf(model, "M3.1"), ActionStatus::Blocked);
    }

    void anotherServerIsANewTable()
    {
        ActionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActions(QStringLiteral("EX01"), details("EX01").actions);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setActions(QStringLiteral("EX02"), details("EX02").actions);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.server(), QStringLiteral("EX02"));
        QCOMPARE(model.rowCount(), 5); // four catalog actions and the obsolete M0.1
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestActionTableModel)
#include "tst_actiontablemodel.moc"
