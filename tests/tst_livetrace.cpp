#include "presentation/livetrace.h"

#include <QRandomGenerator>
#include <QTest>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {
// Random lanes of back-to-back spans with gaps, as a run would record them.
QList<Span> randomSpans(int lanes, int perLane, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<std::pair<qint64, Span>> all;
    for (int lane = 0; lane < lanes; ++lane) {
        qint64 t = rng.bounded(100);
        for (int i = 0; i < perLane; ++i) {
            const qint64 len = rng.bounded(0, 50);
            all.append({t, Span{t, t + len, qint32(lane * perLane + i), quint16(lane),
                                SpanState::Awaiting}});
            t += len + rng.bounded(0, 20);
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Span> spans;
    for (const auto &p : all)
        spans.append(p.second);
    return spans;
}
} // namespace

class TestLiveTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesUpsertSpans()
    {
        LiveTrace t;
        t.reset(u"async"_s, {WorkItem::sleep(1), WorkItem::sleep(2)}, 2, {}, 10);
        QVERIFY(t.isRunning());
        TraceBatch b;
        b.spanIndex = {0, 1};
        b.spans = {Span{0, -1, 0, 0, SpanState::Awaiting}, Span{5, -1, 1, 1, SpanState::Awaiting}};
        b.nowNs = 50;
        t.applyBatch(b);
        QCOMPARE(t.spans().size(), 2);
        QCOMPARE(t.endOf(t.spans().at(0)), 50); // open spans reach to now
        TraceBatch c;
        c.spanIndex = {0};
        c.spans = {Span{0, 40, 0, 0, SpanState::Awaiting}};
        c.nowNs = 60;
        t.applyBatch(c);
        QCOMPARE(t.spans().size(), 2);
        QCOMPARE(t.spans().at(0).end, 40);
        QCOMPARE(t.laneSpans(0), QList<qint32>{0});
        QCOMPARE(t.laneSpans(1), QList<qint32>{1});
        QCOMPARE(t.spanAt(0, 20), 0);
        QCOMPARE(t.spanAt(0, 45), -1);
        QCOMPARE(t.spanAt(0, 45, 5), 0);
        QCOMPARE(t.spanAt(1, 58), 1);
    }

    // The run a view drew live, finished: what the end changed (an open span closed as
    // failed) is applied, and the view is then the one a fresh build of the trace gives.
    void finishingALiveRunEqualsBuildingIt()
    {
        const QList<Span> spans = randomSpans(3, 50, 9);
        Trace::Data d;
        d.variantId = u"async"_s;
        d.tasks = 3;
        d.unitMs = 10;
        d.items = QList<WorkItem>(spans.size(), WorkItem::sleep(1));
        d.spans = spans;
        d.totalNs = 5000;
        d.spans[70].state = SpanState::Failed;
        d.errors.insert(d.spans[70].item, ItemError::stopped());
        const Trace finished(d);
        LiveTrace live;
        live.reset(d.variantId, d.items, d.tasks, d.ideal, d.unitMs);
        TraceBatch b;
        for (qint32 i = 0; i < spans.size(); ++i) {
            b.spanIndex.append(i);
            b.spans.append(spans[i]);
        }
        b.spans[70].end = -1; // open when the last batch was taken
        live.applyBatch(b);
        live.setTrace(finished);
        LiveTrace built;
        built.setTrace(finished);
        QVERIFY(!live.isRunning());
        QVERIFY(live.holds(finished) && built.holds(finished));
        QCOMPARE(live.nowNs(), built.nowNs());
        QCOMPARE(live.spans().size(), built.spans().size());
        for (int lane = 0; lane < 3; ++lane) {
            QCOMPARE(live.laneSpans(lane), built.laneSpans(lane));
            QCOMPARE(live.laneFailures(lane), built.laneFailures(lane));
            QCOMPARE(live.laneData(lane).size(), built.laneData(lane).size());
            for (qsizetype k = 0; k < live.laneData(lane).size(); ++k) {
                QCOMPARE(live.laneData(lane)[k].end, built.laneData(lane)[k].end);
                QCOMPARE(live.laneData(lane)[k].state, built.laneData(lane)[k].state);
            }
        }
        QCOMPARE(live.laneFailures(spans[70].lane).size(), 1);
        QVERIFY(!live.errorFor(d.spans[70].item).isEmpty());
        QVERIFY(!live.holds(Trace(d)));
    }

    // gallop finds what a binary search of the whole range finds, from any start.
    void gallopMatchesPartitionPoint()
    {
        QList<int> v;
        for (int i = 0; i < 1000; ++i)
            v.append(i / 3);
        QRandomGenerator rng(3);
        for (int q = 0; q < 2000; ++q) {
            const qsizetype from = rng.bounded(0, 1000);
            const qsizetype last = rng.bounded(int(from), 1001);
            const int t = rng.bounded(-5, 400);
            auto before = [t](int x) { return x < t; };
            QCOMPARE(gallop(v, from, last, before),
                     std::partition_point(v.begin() + from, v.begin() + last, before) - v.begin());
        }
    }

    // Each whole block of a lane's spans says what its spans say, and says it again after
    // one of them changes.
    void blocksSummariseTheirSpans()
    {
        QList<Span> spans = randomSpans(2, 300, 5);
        Trace::Data d;
        d.variantId = u"async"_s;
        d.tasks = 2;
        d.items = QList<WorkItem>(spans.size(), WorkItem::sleep(1));
        d.spans = spans;
        d.totalNs = 100000;
        LiveTrace t;
        t.reset(d.variantId, d.items, d.tasks, {}, 10);
        TraceBatch all;
        for (qint32 i = 0; i < spans.size(); ++i) {
            all.spanIndex.append(i);
            all.spans.append(spans[i]);
        }
        t.applyBatch(all);
        auto check = [&] {
            for (int lane = 0; lane < 2; ++lane) {
                const QList<LaneSpan> &data = t.laneData(lane);
                const QList<SpanBlock> &blocks = t.laneBlocks(lane);
                QCOMPARE(blocks.size(), data.size() / LiveTrace::blockSpans);
                for (qsizetype b = 0; b < blocks.size(); ++b) {
                    double gap = 0;
                    double length = 0;
                    bool same = true;
                    for (qsizetype i = b * LiveTrace::blockSpans;
                         i < (b + 1) * LiveTrace::blockSpans; ++i) {
                        if (i > 0)
                            gap = std::max(gap, double(data[i].start - data[i - 1].end));
                        length = std::max(length, double(data[i].end - data[i].start));
                        same = same && data[i].state == data[b * LiveTrace::blockSpans].state &&
                               data[i].state != SpanState::Failed;
                    }
                    QCOMPARE(blocks[b].maxGap, gap);
                    QCOMPARE(blocks[b].maxLength, length);
                    QCOMPARE(blocks[b].state,
                             same ? int(data[b * LiveTrace::blockSpans].state) : -1);
                }
            }
        };
        check();
        // A span of the second block ends later and fails: its block says so.
        const qint32 changed = t.laneSpans(0).at(LiveTrace::blockSpans + 3);
        Span s = t.spans().at(changed);
        s.state = SpanState::Failed;
        TraceBatch one;
        one.spanIndex = {changed};
        one.spans = {s};
        t.applyBatch(one);
        check();
        QCOMPARE(t.laneBlocks(0).at(1).state, -1);
    }

    void visibleMatchesBruteForce()
    {
        const QList<Span> spans = randomSpans(7, 300, 42);
        Trace::Data d;
        d.tasks = 7;
        d.items = QList<WorkItem>(spans.size(), WorkItem::sleep(1));
        d.spans = spans;
        d.totalNs = 100000;
        LiveTrace t;
        t.setTrace(Trace(std::move(d)));
        QRandomGenerator rng(7);
        for (int q = 0; q < 500; ++q) {
            const int lane = rng.bounded(7);
            const qint64 from = rng.bounded(0, 25000);
            const qint64 to = from + rng.bounded(0, 3000);
            const auto [first, last] = t.visible(lane, from, to);
            QList<qint32> got;
            for (qsizetype k = first; k < last; ++k)
                got.append(t.laneSpans(lane)[k]);
            QList<qint32> want;
            for (qint32 i = 0; i < spans.size(); ++i) {
                const Span &s = spans[i];
                if (s.lane == lane && s.end >= from && s.start <= to)
                    want.append(i);
            }
            QCOMPARE(got, want);
        }
    }
};

QTEST_GUILESS_MAIN(TestLiveTrace)
#include "tst_livetrace.moc"
