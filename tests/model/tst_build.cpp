// Build parsing, comparison, product detection and the build catalogue.

#include <QTest>

#include "model/build.h"
#include "model/buildcatalog.h"

using namespace em;

class TestBuild : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("product");

        QTest::newRow("dotted") << "15.2.1118.7"
                                << "15.2.1118.7" << int(Product::Exchange2019);
        QTest::newRow("exsetup file version") << "15.02.1118.020"
                                              << "15.2.1118.20" << int(Product::Exchange2019);
        QTest::newRow("admin display version") << "Version 15.2 (Build 1118.20)"
                                               << "15.2.1118.20" << int(Product::Exchange2019);
        QTest::newRow("padded spaces") << "  15.1.2507.39 "
                                       << "15.1.2507.39" << int(Product::Exchange2016);
        QTest::newRow("2013") << "15.0.1497.2"
                              << "15.0.1497.2" << int(Product::Exchange2013);
        QTest::newRow("SE threshold") << "15.2.2562.17"
                                      << "15.2.2562.17" << int(Product::ExchangeSE);
        QTest::newRow("just below SE") << "15.2.2561.99"
                                       << "15.2.2561.99" << int(Product::Exchange2019);
        QTest::newRow("display lower case") << "version 15.1 (build 2507.6)"
                                            << "15.1.2507.6" << int(Product::Exchange2016);
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QFETCH(int, product);
        const auto build = Build::parse(input);
        QVERIFY2(build.has_value(), qPrintable(build ? QString() : build.error().message));
        QCOMPARE(build->toString(), canonical);
        QCOMPARE(int(build->product()), product);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("three parts") << "15.2.1118";
        QTest::newRow("letters") << "15.2.abc.7";
        QTest::newRow("trailing dot") << "15.2.1118.7.";
        QTest::newRow("negative") << "15.2.-1.7";
        QTest::newRow("exchange 2010") << "14.3.123.4";
        QTest::newRow("display without build") << "Version 15.2";
        QTest::newRow("sql injection") << "15.2.1118.7'; DROP TABLE servers;--";
        QTest::newRow("huge number") << "15.2.99999999999.1";
    }

    void rejects()
    {
        QFETCH(QString, input);
        const auto build = Build::parse(input);
        QVERIFY(!build.has_value());
        QCOMPARE(build.error().code, ErrorCode::InvalidArgument);
        // The message names the thing that was wrong.
        QVERIFY2(build.error().message.contains(QLatin1Char('\'') + input + QLatin1Char('\'')),
            qPrintable(build.error().message));
    }

    void comparesNumerically()
    {
        // As text "15.2.986.5" > "15.2.1118.7"; numerically it is older.
        QVERIFY(*Build::parse(QStringLiteral("15.2.986.5")) < *Build::parse(QStringLiteral("15.2.1118.7")));
        QVERIFY(*Build::parse(QStringLiteral("15.2.1118.9")) < *Build::parse(QStringLiteral("15.2.1118.10")));
        QVERIFY(*Build::parse(QStringLiteral("15.1.2507.39")) < *Build::parse(QStringLiteral("15.2.221.12")));
        QCOMPARE(*Build::parse(QStringLiteral("15.02.1118.020")), *Build::parse(QStringLiteral("15.2.1118.20")));
        QVERIFY(Build::parse(QStringLiteral("15.2.986.5"))->sortKey()
            < Build::parse(QStringLiteral("15.2.1118.7"))->sortKey());
    }

    void catalogue_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<QString>("name");
        QTest::newRow("2019 CU12 Nov22SU") << "15.2.1118.20"
                                           << "Exchange Server 2019 CU12 Nov22SU";
        QTest::newRow("2019 CU12 RTM") << "15.2.1118.7"
                                       << "Exchange Server 2019 CU12";
        QTest::newRow("SE RTM") << "15.2.2562.17"
                                << "Exchange Server SE RTM";
        QTest::newRow("unlisted SU") << "15.2.1118.22"
                                     << "Exchange Server 2019 CU12 (unlisted update)";
        QTest::newRow("newer SE") << "15.2.2562.99"
                                  << "Exchange Server SE (newer than known)";
        QTest::newRow("newer 2019 build") << "15.2.2000.1"
                                          << "Exchange Server 2019 (newer than known)";
        QTest::newRow("between CUs") << "15.2.1300.1"
                                     << "Exchange Server 2019 (unlisted build)";
    }

    void catalogue()
    {
        QFETCH(QString, build);
        QFETCH(QString, name);
        QCOMPARE(BuildCatalog::builtin().friendlyName(*Build::parse(build)), name);
    }

    void catalogueIsTheShippedCsv()
    {
        const auto &entries = BuildCatalog::builtin().entries();
        QVERIFY(entries.size() > 200);
        QVERIFY(std::is_sorted(
            entries.begin(), entries.end(), [](const BuildInfo &a, const BuildInfo &b) { return a.build < b.build; }));
        QVERIFY(BuildCatalog::builtin().isNewerThanKnown(*Build::parse(QStringLiteral("15.2.2562.99"))));
        QVERIFY(!BuildCatalog::builtin().isNewerThanKnown(*Build::parse(QStringLiteral("15.2.1118.20"))));
    }

    void catalogueRejectsBadCsv()
    {
        auto bad = BuildCatalog::fromCsv("product,cu,su,build\nExchange Server 2019,CU12,,15.2.x.7\n");
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("line 2")), qPrintable(bad.error().message));
    }
};

QTEST_GUILESS_MAIN(TestBuild)
#include "tst_build.moc"
