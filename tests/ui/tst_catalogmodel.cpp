// The catalog tree: mitigations with their actions as children, typed accessors,
// and a reset only when another catalog is accepted.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/catalogmodel.h"
#include "uifixture.h"

using namespace em;
using namespace em::ui;

class TestCatalogModel : public QObject
{
    Q_OBJECT

private slots:
    void tree()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(test::UiFixture::catalog());
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex m1 = model.index(1, 0);
        QCOMPARE(m1.data().toString(), QStringLiteral("M1"));
        QCOMPARE(model.rowCount(m1), 1);
        QCOMPARE(model.rowCount(model.index(1, 2)), 0); // only column 0 has children
        const QModelIndex m11 = model.index(0, 0, m1);
        QCOMPARE(m11.data().toString(), QStringLiteral("M1.1"));
        QCOMPARE(model.parent(m11), m1);
        QCOMPARE(model.rowCount(m11), 0);
        QCOMPARE(model.index(0, CatalogModel::TypeColumn, m1).data().toString(), QStringLiteral("URL Rewrite"));
        QCOMPARE(
            model.index(0, CatalogModel::TargetColumn, m1).data().toString(), QStringLiteral("Site: Default Web Site"));
        QCOMPARE(model.index(1, CatalogModel::TargetColumn).data().toString(),
            QStringLiteral("Exchange Server 2019 15.2.0.0 to 15.2.1118.15; Exchange Server 2016 15.1.0.0 to "
                           "15.1.2507.13"));

        QCOMPARE(model.mitigationAt(m11)->id, QStringLiteral("M1"));
        QCOMPARE(model.actionAt(m11)->id, QStringLiteral("M1.1"));
        QVERIFY(model.actionAt(m1) == nullptr);
        QVERIFY(model.mitigationAt(m1)->rollback.contains(QLatin1String("EEMS M1.1 PowerShell - inbound")));
    }

    // Feed texts are shown with control characters and bidi overrides
    // escaped (a description cannot reverse itself or forge a line); the
    // catalog itself keeps them as signed.
    void feedTextShownEscaped()
    {
        Catalog catalog = test::UiFixture::catalog();
        catalog.mitigations[1].description = QStringLiteral("Block \u202Eexe.llehsrewop\u202C\rM9 : none");
        catalog.mitigations[1].actions[0].description = QStringLiteral("line\nnext");
        CatalogModel model;
        model.setCatalog(catalog);
        const QModelIndex m1 = model.index(1, CatalogModel::DescriptionColumn);
        QCOMPARE(m1.data().toString(), QStringLiteral("Block \\u202Eexe.llehsrewop\\u202C\\u000DM9 : none"));
        QCOMPARE(model.index(0, CatalogModel::DescriptionColumn, model.index(1, 0)).data().toString(),
            QStringLiteral("line\\u000Anext"));
        // A tooltip keeps its line feeds.
        QCOMPARE(model.index(0, CatalogModel::DescriptionColumn, model.index(1, 0)).data(Qt::ToolTipRole).toString(),
            QStringLiteral("line\nnext"));
        QCOMPARE(model.mitigationAt(m1)->description, catalog.mitigations[1].description);
    }

    void resetsOnlyForAnotherCatalog()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCatalog(test::UiFixture::catalog());
        model.setCatalog(test::UiFixture::catalog());
        QCOMPARE(reset.count(), 1);
        Catalog other = test::UiFixture::catalog();
        other.mitigations.removeLast();
        model.setCatalog(other);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 3);
        model.setCatalog(Catalog());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
