#include "timelinedata.h"

#include <QLocale>
#include <QTest>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

class TestTimeLineData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Zooming and panning stay near the run once its extent is known (issue 11), and are
    // free while it is not.
    void zoomAndPanStayNearTheRun()
    {
        constexpr double run = 1.7e9;
        TimeLineData d;
        d.plotWidth = 1000;
        d.fit(0, run);
        d.boundEnd = run;
        for (int i = 0; i < 40; ++i)
            d.zoomAround(700, 0.5);
        QVERIFY(d.viewEnd() - d.viewStart <= run * (1 + 2 * TimeLineData::boundMargin) + 1);
        QVERIFY(d.viewStart >= -run * TimeLineData::boundMargin - 1);
        d.zoomAround(500, 8);
        const double span = d.viewEnd() - d.viewStart;
        for (int i = 0; i < 40; ++i)
            d.pan(-1000);
        QVERIFY(d.viewStart >= -run * TimeLineData::boundMargin - 1);
        QCOMPARE(d.viewEnd() - d.viewStart, span); // panning does not zoom
        for (int i = 0; i < 40; ++i)
            d.pan(1000);
        QVERIFY(d.viewEnd() <= run * (1 + TimeLineData::boundMargin) + 1);
        // Zooming in is still free, down to its limit.
        for (int i = 0; i < 10; ++i)
            d.zoomAround(500, 4);
        QVERIFY(d.viewEnd() - d.viewStart < run / 1000);

        TimeLineData unbounded;
        unbounded.plotWidth = 1000;
        unbounded.fit(0, run);
        unbounded.zoomAround(500, 0.1);
        QVERIFY(unbounded.viewEnd() - unbounded.viewStart > 5 * run);
    }

    // Labels follow the locale (tst_language checks German); these expect the C locale
    // whatever the machine's.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void mapsTimeToPixelsAndBack()
    {
        TimeLineData d;
        d.plotLeft = 100;
        d.plotWidth = 1000;
        d.fit(0, 2e9); // two seconds across 1000 px, with a 2% margin
        QCOMPARE(d.xForTime(0), 100.0);
        QVERIFY(d.xForTime(2e9) < 1100 && d.xForTime(2e9) > 1070);
        for (double t : {0.0, 1.5e8, 1e9, 1.99e9})
            QCOMPARE(qRound64(d.timeForX(d.xForTime(t))), qRound64(t));
    }

    void zoomKeepsTheTimeUnderTheCursor()
    {
        TimeLineData d;
        d.plotLeft = 50;
        d.plotWidth = 800;
        d.fit(0, 8e9);
        const double x = 333;
        const double before = d.timeForX(x);
        d.zoomAround(x, 4);
        QVERIFY(std::abs(d.timeForX(x) - before) < 1);
        QVERIFY(d.viewEnd() - d.viewStart < 8e9 / 3.9);
        d.zoomAround(x, 0.25);
        QVERIFY(std::abs(d.timeForX(x) - before) < 1);
    }

    void zoomIsBounded()
    {
        TimeLineData d;
        d.plotWidth = 1000;
        d.fit(0, 1e9);
        for (int i = 0; i < 200; ++i)
            d.zoomAround(500, 10);
        QCOMPARE(d.nsPerPixel, TimeLineData::minNsPerPixel);
        for (int i = 0; i < 400; ++i)
            d.zoomAround(500, 0.1);
        QCOMPARE(d.nsPerPixel, TimeLineData::maxNsPerPixel);
    }

    void panMovesTheView()
    {
        TimeLineData d;
        d.plotWidth = 1000;
        d.fit(0, 1e9);
        const double start = d.viewStart;
        d.pan(100);
        QCOMPARE(d.viewStart, start + 100 * d.nsPerPixel);
    }

    void lanes()
    {
        TimeLineData d;
        d.lanesTop = 30;
        d.laneHeight = 20;
        QCOMPARE(d.laneAt(29), -1);
        QCOMPARE(d.laneAt(30), 0);
        QCOMPARE(d.laneAt(69), 1);
        d.scrollY = 40;
        QCOMPARE(d.laneAt(30), 2);
        QCOMPARE(d.laneY(2), 30.0);
    }

    void ticksAdaptFromNanosecondsToMinutes_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<QString>("unit");
        QTest::newRow("us") << 400e3 << u" µs"_s;
        QTest::newRow("sub-us") << 500.0 << u" µs"_s;
        QTest::newRow("ms") << 300e6 << u" ms"_s;
        QTest::newRow("s") << 32e9 << u" s"_s;
        QTest::newRow("min") << 3600e9 << u" min"_s;
    }
    void ticksAdaptFromNanosecondsToMinutes()
    {
        QFETCH(double, span);
        QFETCH(QString, unit);
        TimeLineData d;
        d.plotWidth = 1000;
        d.fit(0, span);
        const auto ticks = d.ticks(80);
        QVERIFY2(ticks.size() >= 4 && ticks.size() <= 13,
                 qPrintable(QString::number(ticks.size())));
        QCOMPARE(ticks.first().time, 0.0);
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            QVERIFY2(ticks[i].label.endsWith(unit), qPrintable(ticks[i].label));
            if (i > 0) {
                QVERIFY(d.xForTime(ticks[i].time) - d.xForTime(ticks[i - 1].time) >= 80 - 1e-6);
                QVERIFY(ticks[i].label != ticks[i - 1].label);
            }
        }
    }

    void niceSteps()
    {
        QCOMPARE(TimeLineData::tickStep(130), 200.0);
        QCOMPARE(TimeLineData::tickStep(3e6), 5e6);
        QCOMPARE(TimeLineData::tickStep(7e8), 1e9);
        QCOMPARE(TimeLineData::tickStep(100e9), 2 * 60e9);
        QCOMPARE(TimeLineData::formatTime(1.5e9, 5e8), u"1.5 s"_s);
        QCOMPARE(TimeLineData::formatTime(20e6, 10e6), u"20 ms"_s);
        QCOMPARE(TimeLineData::formatTime(180e9, 60e9), u"3 min"_s);
    }
};

QTEST_GUILESS_MAIN(TestTimeLineData)
#include "tst_timelinedata.moc"
