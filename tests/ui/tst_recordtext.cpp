// Text written to the org directory stays in English when the console runs in
// French, on the thread that writes it only; everything else is translated.
// Status details are stored as codes and shown in the reader's language.

#include <QCoreApplication>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTest>

#include "directory/orgdirectory.h"
#include "engine/planner.h"
#include "language.h"
#include "model/recordtext.h"

using namespace em;

class TestRecordText : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { i18n::install(QStringLiteral("en")); }

    void scopeKeepsEnglishOnItsThread()
    {
        QCOMPARE(i18n::install(QStringLiteral("fr")), QStringLiteral("fr"));
        const char *source = "blocked by an administrator";
        const QString french = QCoreApplication::translate("StatusDetail", source);
        QVERIFY2(french != QLatin1String(source), qPrintable(french)); // the French file has it
        {
            const RecordTextScope scope;
            QCOMPARE(QCoreApplication::translate("StatusDetail", source), QString::fromLatin1(source));
            // Another thread (the UI) still gets French meanwhile.
            const QString other
                = QtConcurrent::run([source] { return QCoreApplication::translate("StatusDetail", source); }).result();
            QCOMPARE(other, french);
        }
        QCOMPARE(QCoreApplication::translate("StatusDetail", source), french);
    }

    void recordedPluralsAreEnglish()
    {
        QCOMPARE(i18n::install(QStringLiteral("fr")), QStringLiteral("fr"));
        const char *source = "Failed: %n action(s) failed";
        QCOMPARE(
            QCoreApplication::translate("Cycle", source, nullptr, 2), QStringLiteral("Échec : 2 actions en échec"));
        const RecordTextScope scope;
        QCOMPARE(QCoreApplication::translate("Cycle", source, nullptr, 1), QStringLiteral("Failed: 1 action failed"));
        QCOMPARE(QCoreApplication::translate("Cycle", source, nullptr, 2), QStringLiteral("Failed: 2 actions failed"));
    }

    void refreshedStatusesAreRecordedAsCodes()
    {
        QCOMPARE(i18n::install(QStringLiteral("fr")), QStringLiteral("fr"));
        QTemporaryDir tmp;
        auto dir = OrgDirectory::open(tmp.filePath(QStringLiteral("d.db")));
        QVERIFY(dir);
        const Actor admin {QStringLiteral("alice"), QStringLiteral("ws")};
        Catalog catalog;
        Mitigation m;
        m.id = QStringLiteral("M1");
        Action a;
        a.id = QStringLiteral("M1.1");
        a.mitigationId = m.id;
        m.actions = {a};
        catalog.mitigations = {m};
        FeedState feed;
        feed.raw = feed.canonical = "<EOCS/>";
        QVERIFY((*dir)->acceptFeed(feed, catalog));
        Server s;
        s.name = QStringLiteral("EX01");
        s.build = Build(15, 2, 1118, 7);
        s.mitigationsBlocked = {QStringLiteral("M1")};
        QVERIFY((*dir)->addServer(s, admin));
        QVERIFY(refreshPlannedStatuses(**dir, QStringLiteral("EX01")));
        const auto statuses = (*dir)->actionStatuses(QStringLiteral("EX01"));
        QCOMPARE(statuses->size(), 1);
        // Stored as a code, whatever the language: English in the
        // directory's own texts, French when the console shows it.
        const StatusDetail detail = statuses->first().detail;
        QCOMPARE(detail, StatusDetail::of(StatusDetail::Code::Blocked));
        QCOMPARE(detail.sourceText(), QStringLiteral("blocked by an administrator"));
        QCOMPARE(detail.render(), QCoreApplication::translate("StatusDetail", "blocked by an administrator"));
        QVERIFY2(detail.render() != detail.sourceText(), qPrintable(detail.render()));
    }
};

QTEST_GUILESS_MAIN(TestRecordText)
#include "tst_recordtext.moc"
