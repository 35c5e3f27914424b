// The models of the report dialogs, under QAbstractItemModelTester: the
// checks of a feed verification, and the connectivity results filling in
// server by server.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/connectivitymodel.h"
#include "models/feedcheckmodel.h"

using namespace em;
using namespace em::ui;

class TestReportModels : public QObject
{
    Q_OBJECT

private slots:
    void feedChecks()
    {
        FeedCheckModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setChecks(
            {{QStringLiteral("size"), QStringLiteral("Size"), CheckOutcome::Passed, QStringLiteral("4 KiB")},
                {QStringLiteral("digest"), QStringLiteral("Digest"), CheckOutcome::Failed,
                    QStringLiteral("the document was changed after signing")},
                {QStringLiteral("revocation"), QStringLiteral("Revocation"), CheckOutcome::Warning,
                    QStringLiteral("unknown")},
                {QStringLiteral("timestamp"), QStringLiteral("Timestamp"), CheckOutcome::NotApplicable, QString()},
                {QStringLiteral("chain"), QStringLiteral("Chain"), CheckOutcome::NotChecked, QString()}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(FeedCheckModel::ColumnCount));
        QCOMPARE(model.rowOf(QStringLiteral("digest")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        const QModelIndex digest = model.index(1, FeedCheckModel::OutcomeColumn);
        QCOMPARE(digest.data().toString(), QStringLiteral("Failed"));
        QCOMPARE(digest.data(FeedCheckModel::OutcomeRole).toInt(), int(CheckOutcome::Failed));
        QVERIFY(digest.data(Qt::DecorationRole).isValid());
        QVERIFY(digest.data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, FeedCheckModel::OutcomeColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, FeedCheckModel::DetailColumn).data().toString(),
            QStringLiteral("the document was changed after signing"));
        QCOMPARE(model.index(2, FeedCheckModel::OutcomeColumn).data().toString(), QStringLiteral("Warning"));
        QCOMPARE(model.index(3, FeedCheckModel::OutcomeColumn).data().toString(), QStringLiteral("Not applicable"));
        QCOMPARE(model.index(4, FeedCheckModel::OutcomeColumn).data().toString(), QStringLiteral("Not checked"));
        QCOMPARE(model.headerData(FeedCheckModel::CheckColumn, Qt::Horizontal).toString(), QStringLiteral("Check"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(changed.count(), 1);
    }

    void connectivityResultsFillIn()
    {
        ConnectivityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServers({{QStringLiteral("EX01"), QString()},
            {QStringLiteral("EX02"), QStringLiteral(" http://p:8080 ")}, {QStringLiteral("EX03"), QString()}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.stateAt(0), ConnectivityModel::State::Waiting);
        QCOMPARE(model.index(0, ConnectivityModel::ResultColumn).data().toString(), QStringLiteral("Testing…"));
        QCOMPARE(model.index(0, ConnectivityModel::ProxyColumn).data().toString(), QStringLiteral("direct"));
        QCOMPARE(model.index(1, ConnectivityModel::ProxyColumn).data().toString(), QStringLiteral("http://p:8080"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ConnectivityResult ok;
        ok.success = true;
        ok.endpoint = QUrl(QStringLiteral("https://officeclient.microsoft.com/GetExchangeMitigations"));
        model.setResult(QStringLiteral("ex02"), ok);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(model.stateAt(1), ConnectivityModel::State::Succeeded);
        QCOMPARE(model.index(1, ConnectivityModel::ResultColumn).data().toString(), QStringLiteral("Result: Success."));
        QCOMPARE(model.index(1, ConnectivityModel::MessageColumn).data().toString(),
            QStringLiteral("Message: The Mitigation Service endpoint is accessible from this computer."));
        const QStringList lines = model.index(1, 0).data(ConnectivityModel::LinesRole).toStringList();
        QCOMPARE(lines, ok.lines());

        ConnectivityResult failed;
        failed.endpoint = ok.endpoint;
        failed.failedStep = ConnectivityStep::Dns;
        model.setResult(QStringLiteral("EX01"), failed);
        QCOMPARE(model.index(0, ConnectivityModel::ResultColumn).data().toString(), QStringLiteral("Result: Failed."));
        QVERIFY(model.index(0, ConnectivityModel::ResultColumn).data(Qt::ForegroundRole).isValid());
        model.setResult(QStringLiteral("NOPE"), failed); // not asked for: ignored
        QCOMPARE(changed.count(), 2);

        model.markUntested();
        QCOMPARE(changed.count(), 3); // only EX03 was still waiting
        QCOMPARE(model.stateAt(2), ConnectivityModel::State::NotTested);
        QCOMPARE(model.index(2, ConnectivityModel::ResultColumn).data().toString(),
            QStringLiteral("Not tested: the test was cancelled."));
        QCOMPARE(model.index(2, ConnectivityModel::MessageColumn).data().toString(), QString());
    }
};

QTEST_MAIN(TestReportModels)
#include "tst_reportmodels.moc"
