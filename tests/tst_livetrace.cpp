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
