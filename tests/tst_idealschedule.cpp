#include "idealschedule.h"
#include "referencemodel.h"

#include <QRandomGenerator>
#include <QTest>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {
QList<WorkItem> itemsOf(const VariantInfo &v, const QList<qint64> &values)
{
    QList<WorkItem> items;
    for (qint64 n : values)
        items.append({v.naturalKind, n, {}});
    return items;
}
} // namespace

class TestIdealSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tutorialTotals_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<double>("total");
        // The tutorial's lesson in four numbers.
        QTest::newRow("sync") << u"sync"_s << 32.0;
        QTest::newRow("cooperative") << u"cooperative"_s << 32.0;
        QTest::newRow("cooperative-blocking") << u"cooperative-blocking"_s << 32.0;
        QTest::newRow("async") << u"async"_s << 17.0;
    }
    void tutorialTotals()
    {
        QFETCH(QString, variant);
        QFETCH(double, total);
        const VariantInfo &v = *findVariant(variant);
        const IdealSchedule s = computeIdealSchedule(v, v.defaultItems, 2);
        QCOMPARE(s.totalUnits, total);
        QCOMPARE(s.spans.size(), v.defaultItems.size());
    }

    void asyncLanesOnTheDefaultQueue()
    {
        const VariantInfo &v = *findVariant(u"async");
        const IdealSchedule s = computeIdealSchedule(v, v.defaultItems, 2);
        // One: 15 then 2; Two: 10 then 5.
        QList<int> lanes(4);
        for (const IdealSpan &span : s.spans)
            lanes[span.item] = span.lane;
        QCOMPARE(lanes, (QList<int>{0, 1, 1, 0}));
    }

    // The calculator against the naive reference model, on many random queues: same
    // total, and each item on the same lane at the same time.
    void matchesReferenceModel_data()
    {
        QTest::addColumn<QString>("variant");
        for (const VariantInfo &v : variants()) {
            // The tutorial's four numeric models; HTTP, threads and processes have tests
            // of their own (their lines interleave as the OS schedules them).
            if (v.family <= ModelFamily::EventLoop)
                QTest::newRow(qPrintable(v.id)) << v.id;
        }
    }
    void matchesReferenceModel()
    {
        QFETCH(QString, variant);
        const VariantInfo &v = *findVariant(variant);
        QRandomGenerator rng(1234);
        for (int round = 0; round < 300; ++round) {
            QList<qint64> values(rng.bounded(1, 12));
            for (qint64 &n : values)
                n = rng.bounded(0, 25);
            const int tasks = rng.bounded(1, 6);
            const Reference::Outcome expected = Reference::forVariant(variant, values, tasks);
            const IdealSchedule s = computeIdealSchedule(v, itemsOf(v, values), tasks);
            const QByteArray where = QByteArray::number(round);
            QVERIFY2(s.totalUnits == expected.totalUnits, where.constData());
            QCOMPARE(s.spans.size(), values.size());
            for (const IdealSpan &span : s.spans) {
                const Reference::Extent &e = expected.items[size_t(span.item)];
                QVERIFY2(span.lane == e.lane && span.start == e.start && span.end == e.end,
                         where.constData());
            }
        }
    }

    void largeCooperativeQueueIsCheap()
    {
        // A million-unit item must not cost a million simulation steps per task.
        const VariantInfo &v = *findVariant(u"cooperative");
        QList<WorkItem> items;
        for (int i = 0; i < 10000; ++i)
            items.append(WorkItem::count(Limits::maxUnits - i % 3));
        QElapsedTimer timer;
        timer.start();
        const IdealSchedule s = computeIdealSchedule(v, items, 100);
        QCOMPARE(s.totalUnits, 10000.0 * double(Limits::maxUnits) - 9999.0);
        QVERIFY2(timer.elapsed() < 5000, "the round-skipping shortcut is not working");
    }
};

QTEST_GUILESS_MAIN(TestIdealSchedule)
#include "tst_idealschedule.moc"
