// The status bar's line about the feed: signer, signing time, age and
// verification, staleness, a failed last check, and no feed at all.

#include <QTest>

#include "feedstatus.h"

using namespace em;
using namespace em::ui;

Q_DECLARE_METATYPE(em::ui::FeedStatus::Level)

namespace {
const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

FeedState feedSignedHoursAgo(int hours)
{
    FeedState f;
    f.signer = QStringLiteral("CN=Microsoft Exchange XML Signing, O=Microsoft Corporation");
    f.signingTime = now.addSecs(-hours * 3600);
    f.acceptedAt = now.addSecs(-hours * 3600 + 600);
    f.profile = QStringLiteral("vendor");
    f.source = QStringLiteral("https://officeclient.microsoft.com/GetExchangeMitigations");
    f.sha256 = QStringLiteral("00ff");
    f.timestamped = true;
    return f;
}
} // namespace

class TestFeedStatus : public QObject
{
    Q_OBJECT

private slots:
    void status_data()
    {
        QTest::addColumn<bool>("hasFeed");
        QTest::addColumn<int>("ageHours");
        QTest::addColumn<int>("attempt"); // 0 none, 1 ok, -1 failed after the feed
        QTest::addColumn<FeedStatus::Level>("level");
        QTest::addColumn<QString>("text");

        QTest::newRow("nothing yet") << false << 0 << 0 << FeedStatus::None << QStringLiteral("No feed accepted yet");
        QTest::newRow("nothing, last attempt failed")
            << false << 0 << -1 << FeedStatus::Error
            << QStringLiteral("No feed accepted yet: the last attempt (20 Nov 2026 11:00:00) failed: signature does "
                              "not verify");
        QTest::newRow("fresh") << true << 3 << 1 << FeedStatus::Ok
                               << QStringLiteral("Feed signed by Microsoft Exchange XML Signing on 20 Nov 2026 "
                                                 "09:00:00 (3 h old), verified with the 'vendor' trust profile");
        QTest::newRow("stale") << true << 24 * 9 << 0 << FeedStatus::Warning
                               << QStringLiteral("Feed signed by Microsoft Exchange XML Signing on 11 Nov 2026 "
                                                 "12:00:00 (9 d old), verified with the 'vendor' trust profile; older "
                                                 "than the 7d allowed");
        QTest::newRow("last check failed")
            << true << 3 << -1 << FeedStatus::Warning
            << QStringLiteral("Feed signed by Microsoft Exchange XML Signing on 20 Nov "
                              "2026 09:00:00 (3 h old), verified with the 'vendor' trust "
                              "profile; the last check (20 Nov 2026 11:00:00) failed: "
                              "signature does not verify");
    }

    void status()
    {
        QFETCH(bool, hasFeed);
        QFETCH(int, ageHours);
        QFETCH(int, attempt);
        QFETCH(FeedStatus::Level, level);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale::c());
        FeedInfo info;
        if (hasFeed)
            info.feed = feedSignedHoursAgo(ageHours);
        if (attempt != 0)
            info.attempt = FeedAttempt {now.addSecs(-3600), attempt > 0, QStringLiteral("https://feed.example"),
                attempt > 0 ? QStringLiteral("verified") : QStringLiteral("signature does not verify")};
        const FeedStatus status = feedStatus(info, OrgConfig(), now);
        QCOMPARE(status.level, level);
        QCOMPARE(status.text, text);
        if (hasFeed) {
            QVERIFY(
                status.toolTip.contains(QLatin1String("CN=Microsoft Exchange XML Signing, O=Microsoft Corporation")));
            QVERIFY(status.toolTip.contains(QLatin1String("RFC 3161 timestamp")));
        }
    }

    void ages_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(0) << QStringLiteral("0 min");
        QTest::newRow("minutes") << qint64(45 * 60) << QStringLiteral("45 min");
        QTest::newRow("hours") << qint64(5 * 3600) << QStringLiteral("5 h");
        QTest::newRow("days") << qint64(3 * 86400) << QStringLiteral("3 d");
        QTest::newRow("clock skew") << qint64(-100) << QStringLiteral("0 min");
    }

    void ages()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(ageText(seconds), text);
    }

    void commonNames()
    {
        QCOMPARE(commonName(QStringLiteral("CN=Contoso Signing, O=Contoso")), QStringLiteral("Contoso Signing"));
        QCOMPARE(commonName(QStringLiteral("O=Contoso, CN=Contoso Signing")), QStringLiteral("Contoso Signing"));
        QCOMPARE(commonName(QStringLiteral("O=Contoso")), QStringLiteral("O=Contoso"));
    }
};

QTEST_MAIN(TestFeedStatus)
#include "tst_feedstatus.moc"
