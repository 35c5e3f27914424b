// Booleans as Exchange accepts them, durations and times.

#include <QTest>

#include "model/clock.h"
#include "model/text.h"

using namespace em;

class TestText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::reset(); }

    void booleans_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("expected"); // -1: invalid
        QTest::newRow("true") << "true" << 1;
        QTest::newRow("$true") << "$true" << 1;
        QTest::newRow("TRUE") << "TRUE" << 1;
        QTest::newRow("1") << "1" << 1;
        QTest::newRow("false") << "false" << 0;
        QTest::newRow("$False") << "$False" << 0;
        QTest::newRow("0") << "0" << 0;
        QTest::newRow("yes") << "yes" << -1;
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("2") << "2" << -1;
        QTest::newRow("$null") << "$null" << -1;
    }

    void booleans()
    {
        QFETCH(QString, input);
        QFETCH(int, expected);
        const auto b = parseBool(input);
        if (expected < 0) {
            QVERIFY(!b);
            QVERIFY(b.error().message.contains(QLatin1String("invalid boolean")));
        } else {
            QVERIFY(b);
            QCOMPARE(int(*b), expected);
        }
    }

    void durations_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<qint64>("seconds"); // 0: invalid
        QTest::newRow("plain") << "3600" << qint64(3600);
        QTest::newRow("hours") << "1h" << qint64(3600);
        QTest::newRow("compound") << "1h30m" << qint64(5400);
        QTest::newRow("days") << "7d" << qint64(7 * 86400);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("negative") << "-5m" << qint64(0);
        QTest::newRow("unit only") << "h" << qint64(0);
        QTest::newRow("junk") << "1 hour" << qint64(0);
    }

    void durations()
    {
        QFETCH(QString, input);
        QFETCH(qint64, seconds);
        const auto d = parseDuration(input);
        if (seconds == 0) {
            QVERIFY(!d);
        } else {
            QVERIFY(d);
            QCOMPARE(d->count(), seconds);
            QCOMPARE(parseDuration(durationText(*d))->count(), seconds); // round trip
        }
    }

    void times()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
        QCOMPARE(isoTime(*parseTime(QStringLiteral("2026-11-20T10:00:00Z"))), QStringLiteral("2026-11-20T10:00:00Z"));
        QCOMPARE(
            isoTime(*parseTime(QStringLiteral("2026-11-20T11:00:00+01:00"))), QStringLiteral("2026-11-20T10:00:00Z"));
        QCOMPARE(isoTime(*parseTime(QStringLiteral("2026-11-20T10:00:00"))), QStringLiteral("2026-11-20T10:00:00Z"));
        QCOMPARE(isoTime(*parseTime(QStringLiteral("-1h"))), QStringLiteral("2026-11-25T11:00:00Z"));
        QCOMPARE(isoTime(*parseTime(QStringLiteral("-7d"))), QStringLiteral("2026-11-18T12:00:00Z"));
        QVERIFY(!parseTime(QStringLiteral("yesterday")));
        QVERIFY(!parseTime(QStringLiteral("2026-13-40")));
        QCOMPARE(isoTime(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
