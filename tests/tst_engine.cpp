#include "testrun.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <numeric>
#include <thread>

using namespace TaskLanes;
using namespace TestRun;
using namespace Qt::StringLiterals;

namespace {

// The models whose lines follow from the queue alone and that take plain numbers: the
// reference model (tests/referencemodel.h) says what they print for any queue.
QStringList modelsWithKnownLines()
{
    QStringList ids;
    for (const Model *m : models()) {
        if (m->deterministicLines && m->naturalKind != WorkKind::Fetch)
            ids.append(m->id);
    }
    return ids;
}

// The model's expected lines on this run, compared with what it printed.
QString checkLines(const QString &id, const QList<qint64> &values, int tasks, const Outcome &r)
{
    const Reference::Outcome expected = expectedOutcome(id, values, tasks, r.trace);
    return compareLines(r.lines, expected.lines);
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The reference model knows these four; a new deterministic model needs its own.
        QCOMPARE(modelsWithKnownLines(),
                 (QStringList{u"sync"_s, u"cooperative"_s, u"cooperative-blocking"_s, u"async"_s}));
    }

    // The tutorial's lines on its queue 15,10,5,2, line for line; elapsed times are at
    // least what each item waited (tst_fidelity holds them to the tenth).
    void tutorialLinesOnTheDefaultQueue_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<double>("ideal");
        QTest::newRow("sync") << u"sync"_s
                              << QStringList{u"Task One running"_s,      u"Task One total: 15"_s,
                                             u"Task One running"_s,      u"Task One total: 10"_s,
                                             u"Task One running"_s,      u"Task One total: 5"_s,
                                             u"Task One running"_s,      u"Task One total: 2"_s,
                                             u"Task Two nothing to do"_s}
                              << 32.0;
        QTest::newRow("cooperative")
            << u"cooperative"_s
            << QStringList{u"Task One running"_s,  u"Task Two running"_s,   u"Task Two total: 10"_s,
                           u"Task Two running"_s,  u"Task One total: 15"_s, u"Task One running"_s,
                           u"Task Two total: 5"_s, u"Task One total: 2"_s}
            << 32.0;
        QTest::newRow("cooperative-blocking") << u"cooperative-blocking"_s
                                              << QStringList{u"Task One running"_s,
                                                             u"Task One total elapsed time: 15.0"_s,
                                                             u"Task Two running"_s,
                                                             u"Task Two total elapsed time: 10.0"_s,
                                                             u"Task One running"_s,
                                                             u"Task One total elapsed time: 5.0"_s,
                                                             u"Task Two running"_s,
                                                             u"Task Two total elapsed time: 2.0"_s,
                                                             QString(),
                                                             u"Total elapsed time: 32.0"_s}
                                              << 32.0;
        QTest::newRow("async") << u"async"_s
                               << QStringList{u"Task One running"_s,
                                              u"Task Two running"_s,
                                              u"Task Two total elapsed time: 10.0"_s,
                                              u"Task Two running"_s,
                                              u"Task One total elapsed time: 15.0"_s,
                                              u"Task One running"_s,
                                              u"Task Two total elapsed time: 5.0"_s,
                                              u"Task One total elapsed time: 2.0"_s,
                                              QString(),
                                              u"Total elapsed time: 17.0"_s}
                               << 17.0;
    }
    void tutorialLinesOnTheDefaultQueue()
    {
        QFETCH(QString, variant);
        QFETCH(QStringList, expected);
        QFETCH(double, ideal);
        // 40 ms units: the tutorial's order of events in async is one unit (40 ms) apart.
        const Outcome r = run(numbers(variant, {15, 10, 5, 2}, 2, 40));
        QVERIFY(!r.timedOut);
        QList<Reference::Line> want;
        for (const QString &line : expected) {
            const qsizetype colon = line.lastIndexOf(u": "_s);
            if (line.contains(u"elapsed time"_s))
                want.append({line.left(colon + 2), line.mid(colon + 2).toDouble()});
            else
                want.append({line, std::nullopt});
        }
        const QString mismatch = compareLines(r.lines, want);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QCOMPARE(r.trace.lineTexts(), r.lines);
        QCOMPARE(r.trace.idealMs(), ideal * 40);
        // No run beats its ideal: waits never end early, counting takes its time.
        QVERIFY2(r.trace.totalMs() >= r.trace.idealMs(),
                 qPrintable(QString::number(r.trace.totalMs())));
    }

    // Other queues and task counts: expected lines come from the reference model.
    void linesFollowTheModelOnOtherQueues_data()
    {
        QTest::addColumn<QString>("variant");
        for (const QString &id : modelsWithKnownLines())
            QTest::newRow(qPrintable(id)) << id;
    }
    void linesFollowTheModelOnOtherQueues()
    {
        QFETCH(QString, variant);
        QRandomGenerator rng(quint32(qHash(variant)));
        QList<std::pair<QList<qint64>, int>> cases{{{3}, 1}, {{2, 0, 1}, 3}, {{4, 1}, 4}};
        while (cases.size() < 7) {
            QList<qint64> values(rng.bounded(1, 9));
            for (qint64 &n : values)
                n = rng.bounded(0, 7);
            const int tasks = rng.bounded(1, 5);
            // Simultaneous wake-ups have no defined order: the engine's overhead decides.
            if (variant == "async"_L1 && Reference::async(Reference::asUnits(values), tasks).hasTie)
                continue;
            cases.append({values, tasks});
        }
        for (const auto &[values, tasks] : cases) {
            const Outcome r = run(numbers(variant, values, tasks, 15));
            QVERIFY(!r.timedOut);
            const QString mismatch = checkLines(variant, values, tasks, r);
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        }
    }

    // Waits never end early: each item takes at least its length, so a blocking model
    // takes at least the sum and the event loop at least its ideal; an item's elapsed
    // line reports what the trace measured.
    void noItemEndsEarly_data()
    {
        QTest::addColumn<QString>("variant");
        for (const QString &id : modelsWithKnownLines())
            QTest::newRow(qPrintable(id)) << id;
    }
    void noItemEndsEarly()
    {
        QFETCH(QString, variant);
        constexpr int unitMs = 20;
        const Outcome r = run(numbers(variant, {15, 10, 5, 2}, 2, unitMs));
        for (const Trace::ItemExtent &e : r.trace.itemExtents()) {
            const qint64 units = r.trace.items().at(e.item).units;
            QVERIFY2(e.end - e.start >= units * unitMs * 1'000'000,
                     qPrintable(u"item %1 took %2 ns"_s.arg(e.item).arg(e.end - e.start)));
        }
        QVERIFY(r.trace.totalMs() >= r.trace.idealMs());
        QCOMPARE(r.trace.idealMs(), (variant == "async"_L1 ? 17.0 : 32.0) * unitMs);
    }

    void traceInvariants_data()
    {
        QTest::addColumn<QString>("variant");
        for (const QString &id : modelsWithKnownLines())
            QTest::newRow(qPrintable(id)) << id;
    }
    void traceInvariants()
    {
        QFETCH(QString, variant);
        constexpr int unitMs = 10;
        const QList<qint64> values{3, 0, 5, 2, 4, 1};
        const int tasks = 3;
        const Outcome r = run(numbers(variant, values, tasks, unitMs));
        const Trace &t = r.trace;
        QVERIFY(!t.cancelled());
        QCOMPARE(t.variantId(), variant);
        QCOMPARE(t.tasks(), tasks);

        // Every item appears exactly once, on a valid lane, on the lane the model says.
        const Reference::Outcome model = expectedOutcome(variant, values, tasks, t);
        const auto extents = t.itemExtents();
        QCOMPARE(extents.size(), values.size());
        QSet<qint32> items;
        for (const Trace::ItemExtent &e : extents) {
            items.insert(e.item);
            QVERIFY(e.lane < tasks);
            QCOMPARE(int(e.lane), model.items[size_t(e.item)].lane);
            QVERIFY(!e.failed);
        }
        QCOMPARE(items.size(), values.size());

        // Spans of one lane never overlap; spans of different lanes overlap only when
        // the model lets waits overlap (the event loop).
        for (qsizetype i = 0; i < t.spans().size(); ++i) {
            const Span &a = t.spans()[i];
            QVERIFY(!a.isOpen());
            for (qsizetype j = i + 1; j < t.spans().size(); ++j)
                QVERIFY2(!(overlaps(a, t.spans()[j]) && a.lane == t.spans()[j].lane),
                         "two spans of one lane overlap");
        }
        QCOMPARE(overlapAcrossLanes(t), variant == "async"_L1);

        // Overhead only ever delays: no item starts or ends before the ideal says.
        const IdealSchedule &ideal = t.ideal();
        for (const IdealSpan &s : ideal.spans) {
            const auto e = std::find_if(extents.begin(), extents.end(),
                                        [&](const auto &x) { return x.item == s.item; });
            QVERIFY(e != extents.end());
            if (variant != "async"_L1) // the event loop's ideal may give an item to another task
                QCOMPARE(int(e->lane), s.lane);
            QVERIFY(double(e->end) >= s.end * unitMs * 1e6 - 1000);
        }

        // One span per item, but one per counting step when generators take turns.
        const qsizetype expectedSpans =
            variant == "cooperative"_L1
                ? std::accumulate(values.begin(), values.end(), qsizetype(0),
                                  [](qsizetype s, qint64 n) { return s + std::max<qint64>(n, 1); })
                : values.size();
        // Besides them, the generators' tasks are ready (waiting for the scheduler) while
        // another one runs; the event loop's never wait for a loop nothing holds.
        const auto ready = std::count_if(t.spans().begin(), t.spans().end(),
                                         [](const Span &s) { return s.state == SpanState::Ready; });
        QCOMPARE(t.spans().size() - ready, expectedSpans);
        const SpanState expectedState = variant == "async"_L1                  ? SpanState::Awaiting
                                        : variant == "cooperative-blocking"_L1 ? SpanState::Blocked
                                                                               : SpanState::Running;
        for (const Span &s : t.spans()) {
            if (s.state == SpanState::Ready) {
                QCOMPARE(s.waitingFor, WaitingFor::Scheduler);
                QVERIFY(variant.startsWith("cooperative"_L1));
            } else {
                QCOMPARE(s.state, expectedState);
                QCOMPARE(s.waitingFor, WaitingFor::Nothing);
            }
        }
        // With more than one task taking turns, each task but the first waits for its
        // first turn, and each waits between its turns.
        if (variant.startsWith("cooperative"_L1) && tasks > 1 && values.size() > 1)
            QVERIFY(ready > 0);
        QVERIFY(r.allOnCallerThread);
    }

    // Stop ends a run before its end, marks the item under way as stopped and leaves no
    // thread behind; how fast it does so is tst_fidelity's concern.
    // SPEC 1: every loop model runs every kind of item as the Python does, in the
    // Python's order, each kind in its own state.
    void loopModelsRunEveryKind_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QList<WorkItem>>("items");
        QTest::addColumn<QStringList>("lines"); // elapsed times cut off after the colon
        QTest::addColumn<QList<int>>("lanes");  // per item
        QTest::addColumn<QList<SpanState>>("states");
        const QString elapsed = u"total elapsed time:"_s;
        // Task One empties the queue, whatever the items are.
        QTest::newRow("sync") << u"sync"_s
                              << QList{WorkItem::sleep(1), WorkItem::count(1), WorkItem::compute(1)}
                              << QStringList{u"Task One running"_s,      u"Task One "_s + elapsed,
                                             u"Task One running"_s,      u"Task One total: 1"_s,
                                             u"Task One running"_s,      u"Task One "_s + elapsed,
                                             u"Task Two nothing to do"_s}
                              << QList{0, 0, 0}
                              << QList{SpanState::Blocked, SpanState::Running, SpanState::Running};
        // Generators yield only after a counting step: a sleep runs through, holding the
        // scheduler, and the task goes straight on to its next item.
        QTest::newRow("cooperative")
            << u"cooperative"_s << QList{WorkItem::sleep(2), WorkItem::count(2), WorkItem::sleep(1)}
            << QStringList{u"Task One running"_s, u"Task One "_s + elapsed, u"Task One running"_s,
                           u"Task Two running"_s, u"Task Two "_s + elapsed, u"Task One total: 2"_s}
            << QList{0, 0, 1} << QList{SpanState::Blocked, SpanState::Running, SpanState::Blocked};
        // One item per turn, done to its end, whatever its kind.
        QTest::newRow("cooperative-blocking")
            << u"cooperative-blocking"_s
            << QList{WorkItem::count(2), WorkItem::sleep(1), WorkItem::compute(1)}
            << QStringList{u"Task One running"_s,
                           u"Task One total: 2"_s,
                           u"Task Two running"_s,
                           u"Task Two "_s + elapsed,
                           u"Task One running"_s,
                           u"Task One "_s + elapsed,
                           QString(),
                           u"Total elapsed time:"_s}
            << QList{0, 1, 0} << QList{SpanState::Running, SpanState::Blocked, SpanState::Running};
        // A coroutine that computes holds the loop: Two computes while One's sleep is
        // over, and goes straight on to the next item before One can print.
        QTest::newRow("async") << u"async"_s
                               << QList{WorkItem::sleep(1), WorkItem::compute(5),
                                        WorkItem::sleep(1)}
                               << QStringList{u"Task One running"_s,
                                              u"Task Two running"_s,
                                              u"Task Two "_s + elapsed,
                                              u"Task Two running"_s,
                                              u"Task One "_s + elapsed,
                                              u"Task Two "_s + elapsed,
                                              QString(),
                                              u"Total elapsed time:"_s}
                               << QList{0, 1, 1}
                               << QList{SpanState::Awaiting, SpanState::Running,
                                        SpanState::Awaiting};
    }
    void loopModelsRunEveryKind()
    {
        QFETCH(QString, variant);
        QFETCH(QList<WorkItem>, items);
        QFETCH(QStringList, lines);
        QFETCH(QList<int>, lanes);
        QFETCH(QList<SpanState>, states);
        const Outcome r = run(request(variant, items, 2, 20));
        QVERIFY(!r.timedOut);
        QCOMPARE(r.lines.size(), lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].endsWith(u':')) // an elapsed time: the machine's, not the model's
                QVERIFY2(r.lines[i].startsWith(lines[i]), qPrintable(r.lines[i]));
            else
                QCOMPARE(r.lines[i], lines[i]);
        }
        const Trace &t = r.trace;
        for (const Trace::ItemExtent &e : t.itemExtents()) {
            QCOMPARE(int(e.lane), lanes[e.item]);
            QVERIFY(!e.failed);
        }
        for (const Span &s : t.spans()) {
            if (s.state != SpanState::Ready)
                QCOMPARE(s.state, states[s.item]);
        }
        // The items ran one at a time on the one thread, except what was awaited.
        for (const Span &a : t.spans()) {
            for (const Span &b : t.spans()) {
                if (&a != &b && a.state != SpanState::Ready && b.state != SpanState::Ready &&
                    a.state != SpanState::Awaiting && b.state != SpanState::Awaiting)
                    QVERIFY(!overlaps(a, b));
            }
        }
        QCOMPARE(r.trace.items(), items); // nothing became another kind
    }

    // SPEC 3: the blocked loop is visible. One computes both items on the loop (its
    // "await work_queue.get()" never suspends while the queue has items); Two, scheduled
    // from the start, is ready, waiting for the loop, until One is done, and then finds
    // the queue empty.
    void aComputingCoroutineHoldsTheLoop()
    {
        const Outcome r =
            run(request(u"async"_s, {WorkItem::compute(3), WorkItem::compute(3)}, 2, 10));
        QVERIFY(!r.timedOut);
        const Trace &t = r.trace;
        QList<Span> one;
        QList<Span> two;
        for (const Span &s : t.spans())
            (s.lane == 0 ? one : two).append(s);
        QCOMPARE(one.size(), 2);
        for (const Span &s : one)
            QCOMPARE(s.state, SpanState::Running);
        QCOMPARE(two.size(), 1);
        QCOMPARE(two[0].state, SpanState::Ready);
        QCOMPARE(two[0].waitingFor, WaitingFor::Loop);
        QCOMPARE(two[0].item, -1);
        QVERIFY(two[0].start <= one[0].start);
        QVERIFY(two[0].end >= one[1].end);
        // The sum, as sequential code: the ideal says 6 units, never the 3 of sleeps.
        QCOMPARE(t.ideal().totalUnits, 6.0);
        QVERIFY(t.totalNs() >= 6 * 10'000'000 - 1'000'000);

        // After its sleep a task waits for a loop that another task holds.
        const Outcome mixed = run(request(
            u"async"_s, {WorkItem::sleep(1), WorkItem::compute(5), WorkItem::sleep(1)}, 2, 10));
        QVERIFY(!mixed.timedOut);
        const QList<Span> &spans = mixed.trace.spans();
        const auto awaiting = std::find_if(spans.begin(), spans.end(), [](const Span &s) {
            return s.lane == 0 && s.state == SpanState::Awaiting;
        });
        const auto ready = std::find_if(spans.begin(), spans.end(), [](const Span &s) {
            return s.lane == 0 && s.state == SpanState::Ready;
        });
        const auto computing = std::find_if(spans.begin(), spans.end(), [](const Span &s) {
            return s.state == SpanState::Running;
        });
        QVERIFY(awaiting != spans.end() && ready != spans.end() && computing != spans.end());
        QCOMPARE(ready->item, 0);
        QCOMPARE(ready->waitingFor, WaitingFor::Loop);
        QCOMPARE(ready->start, awaiting->end);                  // the sleep was over
        QVERIFY(awaiting->end - awaiting->start >= 10'000'000); // after its one unit,
        QVERIFY(awaiting->end < computing->end);
        QVERIFY(ready->end >= computing->end); // and the loop was not free
    }

    void stopEndsTheRunAndLeavesNoThread_data()
    {
        QTest::addColumn<QString>("variant");
        for (const QString &id : modelsWithKnownLines())
            QTest::newRow(qPrintable(id)) << id;
    }
    void stopEndsTheRunAndLeavesNoThread()
    {
        QFETCH(QString, variant);
        const int threadsBefore = threadCount();
        Engine engine;
        QSignalSpy started(&engine, &Engine::progress);
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(engine.start(numbers(variant, {15, 10, 5, 2}, 2, 1000)));
        QVERIFY(started.wait(10000)); // under way
        QVERIFY(engine.isRunning());
        engine.stop();
        QVERIFY(finished.wait(30000));
        QVERIFY(!engine.isRunning());
        const Trace trace = finished.first().first().value<Trace>();
        QVERIFY(trace.cancelled());
        QVERIFY(trace.totalMs() < trace.idealMs());
        // The item under way when the run stopped is marked as stopped.
        const auto extents = trace.itemExtents();
        QVERIFY(!extents.isEmpty());
        QVERIFY(std::any_of(extents.begin(), extents.end(), [&](const auto &e) {
            return e.failed && trace.itemError(e.item).kind == ItemError::Kind::Stopped;
        }));
        // No engine thread outlives its run (Qt's own helper threads may come and go).
        QTRY_VERIFY_WITH_TIMEOUT(threadCount() <= threadsBefore, 10000);
        // The engine can run again after a stop.
        QVERIFY(engine.start(numbers(variant, {1}, 1, 10)));
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.last().first().value<Trace>().cancelled());
    }

    void batchesAreThrottled()
    {
        // 4,000 zero-length items: the caller gets a handful of batches, not 8,000 signals,
        // and still every line.
        const QList<qint64> values(4000, 0);
        Engine probe;
        const Outcome r = run(numbers(u"async"_s, values, 20, 10));
        QCOMPARE(r.lines.size(), 2 * values.size() + 2);
        const double allowed = r.trace.totalMs() / probe.batchInterval() + 3;
        QVERIFY2(r.batches <= allowed,
                 qPrintable(u"%1 batches in %2 ms"_s.arg(r.batches).arg(r.trace.totalMs())));
        QCOMPARE(r.trace.itemExtents().size(), values.size());
    }

    void batchesKeepComingWhileATaskBlocks()
    {
        // One 5-unit blocking sleep: nothing new is recorded meanwhile, yet a live view
        // must see time pass (its open bar grows, its "now" line moves).
        Engine engine;
        QList<qint64> nows;
        connect(&engine, &Engine::traceBatch, [&](const TraceBatch &b) { nows.append(b.nowNs); });
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(engine.start(numbers(u"cooperative-blocking"_s, {5}, 1, 100)));
        QVERIFY(finished.wait(30000));
        QVERIFY(std::is_sorted(nows.begin(), nows.end()));
        const Span &sleep = finished.first().first().value<Trace>().spans().first();
        const auto during = std::count_if(
            nows.begin(), nows.end(), [&](qint64 n) { return n > sleep.start && n < sleep.end; });
        QVERIFY2(during >= 2, qPrintable(QString::number(during)));
    }

    void manyTasksManyItems()
    {
        QList<qint64> values;
        for (int i = 0; i < 2000; ++i)
            values.append(i % 3);
        const Outcome r = run(numbers(u"async"_s, values, 100, 1));
        QVERIFY(!r.timedOut);
        const auto extents = r.trace.itemExtents();
        QCOMPARE(extents.size(), values.size());
        QSet<int> lanes;
        for (const auto &e : extents)
            lanes.insert(e.lane);
        QCOMPARE(lanes.size(), 100);
        QVERIFY(r.lines.last().startsWith(u"Total elapsed time: "_s));
    }

    // A run that ignores Stop (a model that blocks its thread for good) does not hang the
    // engine's owner: destroying the engine gives up on it after its deadline.
    void aRunThatNeverEndsDoesNotHangItsOwner()
    {
        static const Model stubborn{
            .id = u"stubborn"_s,
            .title = "Stubborn",
            .explanation = "Never ends",
            .accepts = {WorkKind::Sleep},
            .naturalKind = WorkKind::Sleep,
            .run = [](RunContext &) -> QCoro::Task<> {
                std::this_thread::sleep_for(std::chrono::hours(1));
                co_return;
            },
            .ideal = [](const IdealInput &) { return IdealSchedule{}; },
        };
        QElapsedTimer timer;
        timer.start();
        {
            Engine engine;
            engine.setStopDeadline(std::chrono::milliseconds(200));
            QVERIFY(engine.start({&stubborn, {{WorkItem::sleep(1)}, 1}, 10, 1000}));
            QTest::qWait(50);
        }
        QVERIFY2(timer.elapsed() < 30'000, qPrintable(QString::number(timer.elapsed())));
    }

    // The ideal schedule is worked out on the engine's thread: started() (with it) comes
    // after start() returns and before the run's first batch; a view that draws batches
    // never gets one for a run it has not been told of. The app's console asks for the
    // latest lines of a batch only: the others are counted, not formatted.
    void startedComesFirstAndLinesBeyondTheLimitAreCounted()
    {
        Engine engine;
        engine.setLineTextLimit(5);
        QList<QString> order;
        qsizetype shown = 0;
        qsizetype skipped = 0;
        QObject::connect(&engine, &Engine::started,
                         [&](const QString &, const IdealSchedule &ideal, int) {
                             order.append(u"started %1"_s.arg(ideal.spans.size()));
                         });
        QObject::connect(&engine, &Engine::traceBatch, [&](const TraceBatch &b) {
            if (order.isEmpty() || order.last() != u"batch"_s)
                order.append(u"batch"_s);
            QVERIFY(b.textsSkipped + b.texts.size() == b.lines.size());
        });
        QObject::connect(&engine, &Engine::outputLines,
                         [&](const QStringList &l) { shown += l.size(); });
        QObject::connect(&engine, &Engine::outputSkipped, [&](qsizetype n) { skipped += n; });
        QEventLoop loop;
        Trace trace;
        QObject::connect(&engine, &Engine::finished, [&](const Trace &t) {
            trace = t;
            loop.quit();
        });
        QVERIFY(engine.start(numbers(u"async"_s, QList<qint64>(400, 0), 4, 10)));
        QVERIFY(order.isEmpty()); // not from inside start()
        loop.exec();
        QVERIFY(!order.isEmpty());
        QCOMPARE(order.first(), u"started 400"_s);
        QCOMPARE(trace.ideal().spans.size(), 400);
        QCOMPARE(shown + skipped, trace.lines().size());
        QVERIFY(skipped > 0);
    }

    void refusesAnInvalidRequest()
    {
        Engine engine;
        const Status empty = engine.start(numbers(u"sync"_s, {}, 2, 10));
        QVERIFY(!empty);
        QVERIFY(empty.error().contains(u"empty"_s));
        RunRequest tooLong = numbers(u"sync"_s, {1, 2}, 2, 10);
        tooLong.queue.items.last().units = Limits::maxUnits + 1;
        const Status refused = engine.start(tooLong);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"queue item 2"_s), qPrintable(refused.error()));
        RunRequest interval = numbers(u"threads-gil"_s, {1}, 2, 10);
        interval.switchIntervalMs = 0;
        QVERIFY(!engine.start(interval));
        QVERIFY(!engine.start({nullptr, {{WorkItem::sleep(1)}, 1}, 10, 1000}));
        QVERIFY(!engine.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
