#include "testrun.h"

#include <QRandomGenerator>
#include <QTest>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {
QList<WorkItem> itemsOf(const Model &m, const QList<qint64> &values)
{
    QList<WorkItem> items;
    for (qint64 n : values)
        items.append({m.naturalKind, n, {}});
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
        const Model &m = TestRun::model(variant);
        const QList<WorkItem> items = tutorialItems(m.naturalKind);
        const IdealSchedule s = m.idealFor(items, 2, 1000);
        QCOMPARE(s.totalUnits, total);
        QCOMPARE(s.spans.size(), items.size());
    }

    void asyncLanesOnTheDefaultQueue()
    {
        const Model &m = TestRun::model(u"async");
        const IdealSchedule s = m.idealFor(tutorialItems(m.naturalKind), 2, 1000);
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
        // The models the reference model knows (those whose lines follow from the queue and
        // that take numbers); the others are checked in their own tests below.
        for (const Model *m : models()) {
            if (m->deterministicLines && m->naturalKind != WorkKind::Fetch)
                QTest::newRow(qPrintable(m->id)) << m->id;
        }
    }
    void matchesReferenceModel()
    {
        QFETCH(QString, variant);
        const Model &m = TestRun::model(variant);
        QRandomGenerator rng(1234);
        for (int round = 0; round < 300; ++round) {
            QList<qint64> values(rng.bounded(1, 12));
            for (qint64 &n : values)
                n = rng.bounded(0, 25);
            const int tasks = rng.bounded(1, 6);
            const Reference::Outcome expected = Reference::forVariant(variant, values, tasks);
            const IdealSchedule s = m.idealFor(itemsOf(m, values), tasks, 1000);
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

    // Threads and processes share the cores among computing items; a GIL leaves one.
    void parallelModelsShareTheCores()
    {
        const QList<WorkItem> items(4, WorkItem::compute(10));
        const QList<double> d(4, 10.0);
        const Model &threads = TestRun::model(u"threads");
        QCOMPARE(threads.ideal({items, 2, d, 2}).totalUnits, 20.0);
        QCOMPARE(threads.ideal({items, 2, d, 1}).totalUnits, 40.0);
        QCOMPARE(threads.ideal({items, 4, d, 2}).totalUnits, 20.0); // four at half speed
        QCOMPARE(TestRun::model(u"processes").ideal({items, 4, d, 4}).totalUnits, 10.0);
        QCOMPARE(TestRun::model(u"threads-gil").ideal({items, 4, d, 8}).totalUnits, 40.0);
        // Waits overlap whatever the cores.
        const QList<WorkItem> sleeps = tutorialItems(WorkKind::Sleep);
        const QList<double> nominal{15, 10, 5, 2};
        for (const QString &id : {u"threads"_s, u"processes"_s, u"threads-gil"_s})
            QCOMPARE(TestRun::model(id).ideal({sleeps, 2, nominal, 1}).totalUnits, 17.0);
    }

    // The demo pages: one after the other when blocking, the longer lane when not, and a
    // hundred requests in flight on the event loop when more tasks ask at once.
    void fetchingModels()
    {
        QList<WorkItem> pages;
        for (int n = 1; n <= 7; ++n)
            pages.append(WorkItem::fetch(u"http://127.0.0.1:8080/page/%1"_s.arg(n)));
        QCOMPARE(TestRun::model(u"sync-http").idealFor(pages, 2, 1000).totalUnits, 3.2);
        QCOMPARE(TestRun::model(u"async-http").idealFor(pages, 2, 1000).totalUnits, 1.7);
        // Up to 100 requests in flight on the loop, as aiohttp's session keeps them, not
        // Qt's six per host; a blocking GET has a connection of its own.
        const WorkItem page = WorkItem::fetch(u"http://127.0.0.1:8080/delay/2000"_s);
        const QList<WorkItem> twelve(12, page);
        QCOMPARE(TestRun::model(u"async-http").idealFor(twelve, 12, 1000).totalUnits, 2.0);
        QCOMPARE(TestRun::model(u"threads").idealFor(twelve, 12, 1000).totalUnits, 2.0);
        const QList<WorkItem> many(150, page);
        const IdealSchedule rounds = TestRun::model(u"async-http").idealFor(many, 150, 1000);
        QCOMPARE(rounds.totalUnits, 4.0);
        // The 50 beyond the first 100 are taken at once and get a connection at 2.
        const auto late = std::count_if(rounds.spans.begin(), rounds.spans.end(),
                                        [](const IdealSpan &x) { return x.end == 4.0; });
        QCOMPARE(late, 50);
        QCOMPARE(TestRun::model(u"threads").idealFor(many, 150, 1000).totalUnits, 2.0);
        // A page of unknown latency takes what it was measured to take.
        const QList<WorkItem> elsewhere{WorkItem::fetch(u"http://example.org/"_s)};
        QCOMPARE(TestRun::model(u"sync-http").idealFor(elsewhere, 1, 1000).totalUnits, 0.0);
        QCOMPARE(TestRun::model(u"sync-http").idealFor(elsewhere, 1, 1000, {2.5}).totalUnits, 2.5);
    }

    // SPEC 1: the schedule follows what each item is, not the model's natural kind.
    void everyKindUnderEveryModel()
    {
        using W = WorkItem;
        auto total = [](QStringView id, const QList<WorkItem> &items, int tasks = 2) {
            return TestRun::model(id).idealFor(items, tasks, 1000).totalUnits;
        };
        const QList<WorkItem> computing{W::compute(3), W::compute(3)};
        // CPU work: taking turns or an event loop never beats the sum.
        for (const QStringView id : {u"sync", u"cooperative", u"cooperative-blocking", u"async",
                                     u"sync-http", u"async-http", u"threads-gil"})
            QCOMPARE(total(id, computing), 6.0);
        if (idealCores() >= 2) {
            QCOMPARE(total(u"threads", computing), 3.0);
            QCOMPARE(total(u"processes", computing), 3.0);
        }
        // On the loop a computing task holds the others: One sleeps 1 while Two computes
        // 5, then Two goes straight on to its sleep of 1; One's sleep ends at 5.
        const IdealSchedule loop =
            TestRun::model(u"async").idealFor({W::sleep(1), W::compute(5), W::sleep(1)}, 2, 1000);
        QCOMPARE(loop.totalUnits, 6.0);
        auto spanOf = [](const IdealSchedule &s, qint32 item) {
            return *std::find_if(s.spans.begin(), s.spans.end(),
                                 [&](const IdealSpan &x) { return x.item == item; });
        };
        QCOMPARE(spanOf(loop, 0).lane, 0);
        QCOMPARE(spanOf(loop, 0).end, 5.0); // resumed when the loop came free
        QCOMPARE(spanOf(loop, 1).lane, 1);
        QCOMPARE(spanOf(loop, 2).lane, 1);
        QCOMPARE(spanOf(loop, 2).start, 5.0);
        // Sleeps still overlap on the loop, and block the generators.
        QCOMPARE(total(u"async", {W::sleep(2), W::sleep(2)}), 2.0);
        QCOMPARE(total(u"sync", {W::sleep(2), W::sleep(2)}), 4.0);
        QCOMPARE(total(u"cooperative-blocking", {W::sleep(2), W::sleep(2)}), 4.0);
        // cooperative yields only after a counting step: One sleeps 2 and counts its first
        // step; Two sleeps 1; One counts its second step.
        const IdealSchedule turns = TestRun::model(u"cooperative")
                                        .idealFor({W::sleep(2), W::count(2), W::sleep(1)}, 2, 1000);
        QCOMPARE(turns.totalUnits, 5.0);
        QCOMPARE(spanOf(turns, 1).lane, 0);
        QCOMPARE(spanOf(turns, 1).start, 2.0);
        QCOMPARE(spanOf(turns, 1).end, 5.0);
        QCOMPARE(spanOf(turns, 2).lane, 1);
        QCOMPARE(spanOf(turns, 2).start, 3.0);
        // Under the GIL counting is CPU work too; sleeps overlap it.
        QCOMPARE(total(u"threads-gil", {W::count(2), W::count(2)}), 4.0);
        QCOMPARE(total(u"threads-gil", {W::compute(2), W::sleep(2)}), 2.0);
    }

    void largeCooperativeQueueIsCheap()
    {
        // A million-unit item must not cost a million simulation steps per task.
        const Model &m = TestRun::model(u"cooperative");
        QList<WorkItem> items;
        for (int i = 0; i < 10000; ++i)
            items.append(WorkItem::count(Limits::maxUnits - i % 3));
        const IdealSchedule s = m.idealFor(items, 100, 1000);
        QCOMPARE(s.totalUnits, 10000.0 * double(Limits::maxUnits) - 9999.0);
    }
};

QTEST_GUILESS_MAIN(TestIdealSchedule)
#include "tst_idealschedule.moc"
