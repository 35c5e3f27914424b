// The events and audit tables: new entries are appended (never a reset), the
// same entries read again change nothing, and a gap (more arrived than were
// read) starts the table over.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/audittablemodel.h"
#include "models/eventtablemodel.h"

using namespace em;
using namespace em::ui;

namespace {
QList<Event> events(qint64 first, qint64 last)
{
    QList<Event> list;
    for (qint64 id = first; id <= last; ++id) {
        Event e;
        e.id = id;
        e.time = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).addSecs(id);
        e.eventId = id % 2 ? EventActionApplied : EventCycleFinished;
        e.level = id % 3 == 0 ? EventLevel::Error : EventLevel::Information;
        e.server = id % 4 == 0 ? QString() : QStringLiteral("EX01");
        e.message = QStringLiteral("event %1").arg(id);
        list << e;
    }
    return list;
}

QList<AuditEntry> audit(qint64 first, qint64 last)
{
    QList<AuditEntry> list;
    for (qint64 id = first; id <= last; ++id) {
        list << AuditEntry {id, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).addSecs(id),
            QStringLiteral("admin"), QStringLiteral("console01"), QStringLiteral("block"), QStringLiteral("EX01"),
            QStringLiteral("MitigationsBlocked"), QString(), QStringLiteral("M%1").arg(id)};
    }
    return list;
}
} // namespace

class TestHistoryModels : public QObject
{
    Q_OBJECT

private slots:
    void eventsAppend()
    {
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.merge(events(1, 3));
        QCOMPARE(model.rowCount(), 3);
        model.merge(events(1, 3));
        QCOMPARE(inserted.count(), 1);
        // The directory's newest entries overlap what is shown: only the new ones are added.
        model.merge(events(2, 6));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 3);
        QCOMPARE(inserted.at(1).at(2).toInt(), 5);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.eventAt(5).message, QStringLiteral("event 6"));
    }

    void eventsGapStartsOver()
    {
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.merge(events(1, 3));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.merge(events(10, 12)); // 4..9 were never read
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.eventAt(0).id, 10);
    }

    void eventCells()
    {
        EventTableModel model;
        model.merge(events(3, 4));
        QCOMPARE(model.data(model.index(0, EventTableModel::LevelColumn)).toString(), QStringLiteral("Error"));
        QVERIFY(!model.data(model.index(0, EventTableModel::LevelColumn), Qt::DecorationRole).isNull());
        QCOMPARE(model.data(model.index(0, EventTableModel::EventIdColumn)).toInt(), int(EventActionApplied));
        QCOMPARE(
            model.data(model.index(1, EventTableModel::ServerColumn)).toString(), QStringLiteral("(organization)"));
        QCOMPARE(model.data(model.index(1, EventTableModel::TimeColumn), EventTableModel::SortRole).toLongLong(), 4);
        QCOMPARE(model.data(model.index(0, EventTableModel::TimeColumn), Qt::ToolTipRole).toString(),
            QStringLiteral("2026-11-20T10:00:03Z"));
    }

    void auditAppendsAndIsReadOnly()
    {
        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.merge(audit(1, 2));
        model.merge(audit(1, 4));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.data(model.index(3, AuditTableModel::NewValueColumn)).toString(), QStringLiteral("M4"));
        QCOMPARE(model.data(model.index(3, AuditTableModel::ActionColumn)).toString(), QStringLiteral("block"));
        QCOMPARE(model.data(model.index(3, AuditTableModel::PropertyColumn)).toString(),
            QStringLiteral("MitigationsBlocked"));
        QVERIFY(!(model.flags(model.index(0, AuditTableModel::NewValueColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, AuditTableModel::NewValueColumn), QStringLiteral("M9")));
    }
};

QTEST_MAIN(TestHistoryModels)
#include "tst_historymodels.moc"
