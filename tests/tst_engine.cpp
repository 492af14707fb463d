#include "engine.h"
#include "referencemodel.h"
#include "variant.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <numeric>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

struct RunResult
{
    Trace trace;
    QStringList lines;
    int batches = 0;
    bool allOnCallerThread = true;
    bool timedOut = false;
};

RunResult runToEnd(const RunRequest &request, int timeoutMs = 60000)
{
    Engine engine;
    RunResult r;
    QEventLoop loop;
    QThread *const me = QThread::currentThread();
    QObject::connect(&engine, &Engine::outputLines, [&](const QStringList &lines) {
        r.allOnCallerThread &= QThread::currentThread() == me;
        r.lines += lines;
    });
    QObject::connect(&engine, &Engine::traceBatch, [&](const TraceBatch &) {
        r.allOnCallerThread &= QThread::currentThread() == me;
        ++r.batches;
    });
    QObject::connect(&engine, &Engine::finished, [&](const Trace &t) {
        r.allOnCallerThread &= QThread::currentThread() == me;
        r.trace = t;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        r.timedOut = true;
        loop.quit();
    });
    if (!engine.start(request))
        return r;
    loop.exec();
    return r;
}

RunRequest request(const QString &variant, const QList<qint64> &values, int tasks, int unitMs)
{
    const VariantInfo &v = *findVariant(variant);
    RunRequest req{variant, {}, unitMs};
    for (qint64 n : values)
        req.queue.items.append({v.naturalKind, n, {}});
    req.queue.tasks = tasks;
    return req;
}

// Elapsed times may run late by the engine's overhead; the rest must match to the letter.
double elapsedTolerance(double units)
{
    return 0.25 + 0.05 * units;
}

QString compareLines(const QStringList &actual, const QList<Reference::Line> &expected)
{
    if (actual.size() != expected.size())
        return u"%1 lines, expected %2:\n%3"_s.arg(actual.size())
            .arg(expected.size())
            .arg(actual.join(u'\n'));
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const Reference::Line &e = expected[i];
        if (!e.elapsed) {
            if (actual[i] != e.text)
                return u"line %1 is \"%2\", expected \"%3\""_s.arg(i + 1).arg(actual[i], e.text);
            continue;
        }
        if (!actual[i].startsWith(e.text))
            return u"line %1 is \"%2\", expected \"%3%4\""_s.arg(i + 1)
                .arg(actual[i], e.text)
                .arg(*e.elapsed, 0, 'f', 1);
        const QString number = actual[i].mid(e.text.size());
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (!ok || number.indexOf(u'.') != number.size() - 2)
            return u"line %1: \"%2\" is not a number with one decimal"_s.arg(i + 1).arg(number);
        if (std::abs(value - *e.elapsed) > elapsedTolerance(*e.elapsed))
            return u"line %1: elapsed %2, expected %3"_s.arg(i + 1).arg(value).arg(*e.elapsed);
    }
    return {};
}

int threadCount()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    }
    return -1;
}

bool overlaps(const Span &a, const Span &b)
{
    return a.start < b.end && b.start < a.end;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // A first run warms up the thread machinery so that later timings are fair.
        runToEnd(request(u"async"_s, {0}, 1, 10));
    }

    // SPEC section 2, line for line, on the tutorial's queue 15,10,5,2.
    void tutorialLinesOnTheDefaultQueue_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<double>("total");
        QTest::newRow("sync") << u"sync"_s
                              << QStringList{u"Task One running"_s,      u"Task One total: 15"_s,
                                             u"Task One running"_s,      u"Task One total: 10"_s,
                                             u"Task One running"_s,      u"Task One total: 5"_s,
                                             u"Task One running"_s,      u"Task One total: 2"_s,
                                             u"Task Two nothing to do"_s}
                              << -1.0;
        QTest::newRow("cooperative")
            << u"cooperative"_s
            << QStringList{u"Task One running"_s,  u"Task Two running"_s,   u"Task Two total: 10"_s,
                           u"Task Two running"_s,  u"Task One total: 15"_s, u"Task One running"_s,
                           u"Task Two total: 5"_s, u"Task One total: 2"_s}
            << -1.0;
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
        QFETCH(double, total);
        const RunResult r = runToEnd(request(variant, {15, 10, 5, 2}, 2, 20));
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
        if (total > 0)
            QCOMPARE(r.trace.idealMs(), total * 20);
    }

    // Other queues and task counts: expected lines come from the reference model.
    void linesFollowTheModelOnOtherQueues_data()
    {
        QTest::addColumn<QString>("variant");
        for (const VariantInfo &v : variants()) {
            // The tutorial's four numeric models; HTTP, threads and processes have tests
            // of their own (their lines interleave as the OS schedules them).
            if (v.family <= ModelFamily::EventLoop)
                QTest::newRow(qPrintable(v.id)) << v.id;
        }
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
            const RunResult r = runToEnd(request(variant, values, tasks, 15));
            QVERIFY(!r.timedOut);
            const Reference::Outcome expected = Reference::forVariant(variant, values, tasks);
            const QString mismatch = compareLines(r.lines, expected.lines);
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        }
    }

    // Blocking models take the sum of the items, the event loop takes the ideal (here 17
    // of 32): with 20 ms units, within 10% plus 20 ms.
    void totals_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<double>("expectedUnits");
        QTest::newRow("sync") << u"sync"_s << 32.0;
        QTest::newRow("cooperative") << u"cooperative"_s << 32.0;
        QTest::newRow("cooperative-blocking") << u"cooperative-blocking"_s << 32.0;
        QTest::newRow("async") << u"async"_s << 17.0;
    }
    void totals()
    {
        QFETCH(QString, variant);
        QFETCH(double, expectedUnits);
        const RunResult r = runToEnd(request(variant, {15, 10, 5, 2}, 2, 20));
        const double expectedMs = expectedUnits * 20;
        QVERIFY2(r.trace.totalMs() >= expectedMs - 1,
                 qPrintable(QString::number(r.trace.totalMs())));
        QVERIFY2(r.trace.totalMs() <= expectedMs * 1.1 + 20,
                 qPrintable(QString::number(r.trace.totalMs())));
        QCOMPARE(r.trace.idealMs(), expectedMs);
    }

    void traceInvariants_data()
    {
        QTest::addColumn<QString>("variant");
        for (const VariantInfo &v : variants()) {
            // The tutorial's four numeric models; HTTP, threads and processes have tests
            // of their own (their lines interleave as the OS schedules them).
            if (v.family <= ModelFamily::EventLoop)
                QTest::newRow(qPrintable(v.id)) << v.id;
        }
    }
    void traceInvariants()
    {
        QFETCH(QString, variant);
        const QList<qint64> values{3, 0, 5, 2, 4, 1};
        const int tasks = 3;
        const RunResult r = runToEnd(request(variant, values, tasks, 10));
        const Trace &t = r.trace;
        QVERIFY(!t.cancelled());
        QCOMPARE(t.variantId(), variant);
        QCOMPARE(t.tasks(), tasks);

        // Every item appears exactly once, on a valid lane, on the lane the model says.
        const Reference::Outcome model = Reference::forVariant(variant, values, tasks);
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
        bool crossLaneOverlap = false;
        for (qsizetype i = 0; i < t.spans().size(); ++i) {
            const Span &a = t.spans()[i];
            QVERIFY(!a.isOpen());
            for (qsizetype j = i + 1; j < t.spans().size(); ++j) {
                const Span &b = t.spans()[j];
                if (!overlaps(a, b))
                    continue;
                QVERIFY2(a.lane != b.lane, "two spans of one lane overlap");
                crossLaneOverlap = true;
            }
        }
        QCOMPARE(crossLaneOverlap, variant == "async"_L1);

        // The measured item extents follow the ideal schedule (10 ms units, 10 ms slack).
        for (const Trace::ItemExtent &e : extents) {
            const Reference::Extent &ideal = model.items[size_t(e.item)];
            QVERIFY(std::abs(double(e.start) / 1e6 - ideal.start * 10) <= 10 + ideal.start * 0.5);
            QVERIFY(std::abs(double(e.end) / 1e6 - ideal.end * 10) <= 10 + ideal.end * 0.5);
        }

        // One span per item, but one per counting step when generators take turns.
        const qsizetype expectedSpans =
            variant == "cooperative"_L1
                ? std::accumulate(values.begin(), values.end(), qsizetype(0),
                                  [](qsizetype s, qint64 n) { return s + std::max<qint64>(n, 1); })
                : values.size();
        QCOMPARE(t.spans().size(), expectedSpans);
        const SpanState expectedState = variant == "async"_L1                  ? SpanState::Awaiting
                                        : variant == "cooperative-blocking"_L1 ? SpanState::Blocked
                                                                               : SpanState::Running;
        for (const Span &s : t.spans())
            QCOMPARE(s.state, expectedState);
        QVERIFY(r.allOnCallerThread);
    }

    void stopEndsTheRunPromptlyAndLeavesNoThread_data()
    {
        QTest::addColumn<QString>("variant");
        for (const VariantInfo &v : variants()) {
            // The tutorial's four numeric models; HTTP, threads and processes have tests
            // of their own (their lines interleave as the OS schedules them).
            if (v.family <= ModelFamily::EventLoop)
                QTest::newRow(qPrintable(v.id)) << v.id;
        }
    }
    void stopEndsTheRunPromptlyAndLeavesNoThread()
    {
        QFETCH(QString, variant);
        const int threadsBefore = threadCount();
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(engine.start(request(variant, {15, 10, 5, 2}, 2, 1000)));
        QTest::qWait(150);
        QVERIFY(engine.isRunning());
        QElapsedTimer sinceStop;
        sinceStop.start();
        engine.stop();
        QVERIFY(finished.wait(2000));
        QVERIFY2(sinceStop.elapsed() < 100, qPrintable(u"%1 ms"_s.arg(sinceStop.elapsed())));
        QVERIFY(!engine.isRunning());
        const Trace trace = finished.first().first().value<Trace>();
        QVERIFY(trace.cancelled());
        QVERIFY(trace.totalMs() < 1000);
        // The item under way when the run stopped is marked as failed.
        const auto extents = trace.itemExtents();
        QVERIFY(!extents.isEmpty());
        QVERIFY(
            std::any_of(extents.begin(), extents.end(), [](const auto &e) { return e.failed; }));
        // No engine thread outlives its run (Qt's own helper threads may come and go).
        QTRY_VERIFY_WITH_TIMEOUT(threadCount() <= threadsBefore, 2000);
        // The engine can run again after a stop.
        QVERIFY(engine.start(request(variant, {1}, 1, 10)));
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.last().first().value<Trace>().cancelled());
    }

    void batchesAreThrottled()
    {
        // 4,000 zero-length items: the caller gets a handful of batches, not 8,000 signals,
        // and still every line.
        const QList<qint64> values(4000, 0);
        Engine probe;
        const RunResult r = runToEnd(request(u"async"_s, values, 20, 10));
        QCOMPARE(r.lines.size(), 2 * values.size() + 2);
        const double allowed = r.trace.totalMs() / probe.batchInterval() + 3;
        QVERIFY2(r.batches <= allowed,
                 qPrintable(u"%1 batches in %2 ms"_s.arg(r.batches).arg(r.trace.totalMs())));
        QCOMPARE(r.trace.itemExtents().size(), values.size());
    }

    void batchesKeepComingWhileATaskBlocks()
    {
        // One 5-unit blocking sleep at 100 ms: nothing new is recorded for 500 ms, yet a
        // live view must see time pass (its open bar grows, its "now" line moves).
        Engine engine;
        QList<qint64> nows;
        connect(&engine, &Engine::traceBatch, [&](const TraceBatch &b) { nows.append(b.nowNs); });
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(engine.start(request(u"cooperative-blocking"_s, {5}, 1, 100)));
        QVERIFY(finished.wait(5000));
        QVERIFY2(nows.size() >= 8, qPrintable(QString::number(nows.size())));
        QVERIFY(std::is_sorted(nows.begin(), nows.end()));
        const auto midway = std::count_if(
            nows.begin(), nows.end(), [](qint64 n) { return n > 100'000'000 && n < 400'000'000; });
        QVERIFY2(midway >= 5, qPrintable(QString::number(midway)));
    }

    void manyTasksManyItems()
    {
        QList<qint64> values;
        for (int i = 0; i < 2000; ++i)
            values.append(i % 3);
        const RunResult r = runToEnd(request(u"async"_s, values, 100, 1));
        QVERIFY(!r.timedOut);
        const auto extents = r.trace.itemExtents();
        QCOMPARE(extents.size(), values.size());
        QSet<int> lanes;
        for (const auto &e : extents)
            lanes.insert(e.lane);
        QCOMPARE(lanes.size(), 100);
        QVERIFY(r.lines.last().startsWith(u"Total elapsed time: "_s));
    }

    void refusesAnInvalidRequest()
    {
        Engine engine;
        QSignalSpy failed(&engine, &Engine::failed);
        QVERIFY(!engine.start(request(u"sync"_s, {}, 2, 10)));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(u"empty"_s));
        RunRequest wrongKind = request(u"sync"_s, {1}, 2, 10);
        wrongKind.queue.items.first().kind = WorkKind::Sleep;
        QVERIFY(!engine.start(wrongKind));
        QVERIFY(failed.last().first().toString().contains(u"item 1 (sleep 1)"_s));
        QVERIFY(!engine.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
