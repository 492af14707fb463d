#include "formats/traceexport.h"
#include "formats/traceimport.h"
#include "testrun.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

Trace run(const QString &variant, const QList<WorkItem> &items, int tasks)
{
    return TestRun::run(TestRun::request(variant, items, tasks, 10, 500)).trace;
}

} // namespace

class TestTraceImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QList<WorkItem>>("items");
        QTest::newRow("async") << u"async"_s
                               << QList<WorkItem>{WorkItem::sleep(3), WorkItem::sleep(1),
                                                  WorkItem::sleep(2)};
        // Counting in turns: items in several pieces, kept as state events.
        QTest::newRow("cooperative")
            << u"cooperative"_s << QList<WorkItem>{WorkItem::count(3), WorkItem::count(2)};
        QTest::newRow("threads") << u"threads"_s
                                 << QList<WorkItem>{WorkItem::sleep(1), WorkItem::compute(1)};
        // A loop held by a computing task: the other is ready, before its first item and
        // after its sleep, waiting for the loop.
        QTest::newRow("async computing")
            << u"async"_s
            << QList<WorkItem>{WorkItem::sleep(1), WorkItem::compute(3), WorkItem::sleep(1)};
        // The GIL cuts computing into slices, and a thread back from a sleep waits for it.
        QTest::newRow("threads-gil")
            << u"threads-gil"_s << QList<WorkItem>{WorkItem::compute(2), WorkItem::sleep(1)};
        // A failed page keeps its reason.
        QTest::newRow("failure") << u"async-http"_s
                                 << QList<WorkItem>{WorkItem::fetch(u"http://127.0.0.1:1/"_s)};
    }
    void roundTrip()
    {
        QFETCH(QString, variant);
        QFETCH(QList<WorkItem>, items);
        const Trace original = run(variant, items, 2);
        QVERIFY(!original.isNull());
        const Result<Trace> back = importChromeTrace(traceToChromeJson(original), u"t.json"_s);
        QVERIFY2(back, qPrintable(back.error()));
        const Trace &t = *back;
        QCOMPARE(t.variantId(), original.variantId());
        QCOMPARE(t.unitMs(), original.unitMs());
        QCOMPARE(t.tasks(), original.tasks());
        QCOMPARE(t.items(), original.items());
        QVERIFY(std::abs(t.totalMs() - original.totalMs()) < 0.01);
        QCOMPARE(t.idealMs(), original.idealMs());
        QCOMPARE(t.spans().size(), original.spans().size());
        // A run records each lane's spans in order, the lanes interleaved as they happened;
        // the file keeps their times, not that interleaving.
        auto ordered = [](QList<Span> spans) {
            std::stable_sort(spans.begin(), spans.end(), [](const Span &x, const Span &y) {
                return std::tie(x.lane, x.start) < std::tie(y.lane, y.start);
            });
            return spans;
        };
        const QList<Span> imported = ordered(t.spans());
        const QList<Span> recorded = ordered(original.spans());
        for (qsizetype i = 0; i < imported.size(); ++i) {
            const Span &a = imported[i];
            const Span &b = recorded[i];
            QCOMPARE(a.item, b.item);
            QCOMPARE(a.lane, b.lane);
            QCOMPARE(a.state, b.state);
            QCOMPARE(a.waitingFor, b.waitingFor);
            QVERIFY(std::abs(a.start - b.start) <= 1 &&
                    std::abs(a.end - b.end) <= 1); // ns, from us with 3 decimals
        }
        // Reasons come back as data, so that the app can show them in its language.
        for (qint32 i = 0; i < items.size(); ++i)
            QCOMPARE(t.itemError(i), original.itemError(i));
        QCOMPARE(t.data().laneWorkers.size() > 0, original.data().laneWorkers.size() > 0);
    }

    void refusesWhatItDidNotWrite_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{\"traceEvents\": [") << u"not valid JSON"_s;
        QTest::newRow("a queue file")
            << QByteArray(R"({"format":"tasklanes-queue","version":1,"items":[]})")
            << u"not a trace written by TaskLanes"_s;
        QTest::newRow("someone else's trace")
            << QByteArray(R"({"traceEvents":[{"ph":"X","ts":0,"dur":1}]})")
            << u"not a trace written by TaskLanes"_s;
        QTest::newRow("unknown variant")
            << QByteArray(
                   R"({"traceEvents":[],"otherData":{"variant":"fibers","unit_ms":10,"total_ms":1}})")
            << u"unknown variant \"fibers\""_s;
        QTest::newRow("no work")
            << QByteArray(
                   R"({"traceEvents":[],"otherData":{"variant":"async","unit_ms":10,"total_ms":1}})")
            << u"no work events"_s;
        QTest::newRow("missing item")
            << QByteArray(
                   R"({"traceEvents":[{"cat":"work","ph":"X","tid":1,"ts":0,"dur":5,"args":{"index":1,"value":1,"kind":"sleep"}}],"otherData":{"variant":"async","unit_ms":10,"total_ms":1}})")
            << u"item 1 is missing"_s;
        QTest::newRow("twice")
            << QByteArray(
                   R"({"traceEvents":[{"cat":"work","ph":"X","tid":1,"ts":0,"dur":5,"args":{"index":0,"value":1,"kind":"sleep"}},{"cat":"work","ph":"X","tid":2,"ts":0,"dur":5,"args":{"index":0,"value":1,"kind":"sleep"}}],"otherData":{"variant":"async","unit_ms":10,"total_ms":1}})")
            << u"item 1 appears twice"_s;
        QTest::newRow("bad value")
            << QByteArray(
                   R"({"traceEvents":[{"cat":"work","ph":"X","tid":1,"ts":0,"dur":5,"args":{"index":0,"value":-3,"kind":"sleep"}}],"otherData":{"variant":"async","unit_ms":10,"total_ms":1}})")
            << u"item 1: -3 is negative"_s;
        // Found by fuzz_traceimport: times that overflow when turned into nanoseconds.
        QTest::newRow("a time before the run")
            << QByteArray(
                   R"({"traceEvents":[{"cat":"work","ph":"X","tid":1,"ts":-9.3e18,"dur":5,"args":{"index":0,"value":1,"kind":"sleep"}}],"otherData":{"variant":"async","unit_ms":10,"total_ms":1}})")
            << u"event 1 is damaged"_s;
        QTest::newRow("a span longer than ever")
            << QByteArray(
                   R"({"traceEvents":[{"cat":"work","ph":"X","tid":1,"ts":0,"dur":1e300,"args":{"index":0,"value":1,"kind":"sleep"}}],"otherData":{"variant":"async","unit_ms":10,"total_ms":1}})")
            << u"event 1 is damaged"_s;
        // Found by fuzz_traceimport: a piece of an item on a lane beyond the trace's tasks.
        QTest::newRow("a piece on another task")
            << QByteArray(
                   R"({"traceEvents":[{"cat":"work","ph":"X","tid":1,"ts":0,"dur":5,"args":{"index":0,"value":1,"kind":"sleep"}},{"name":"running","cat":"state","ph":"X","tid":21,"ts":0,"dur":5,"args":{"index":0}}],"otherData":{"variant":"async","unit_ms":10,"tasks":2,"total_ms":1}})")
            << u"a state event of item 1 is on another task"_s;
        QTest::newRow("a total beyond counting")
            << QByteArray(
                   R"({"traceEvents":[],"otherData":{"variant":"async","unit_ms":10,"total_ms":1e300}})")
            << u"\"total_ms\" is missing"_s;
        QTest::newRow("a value beyond counting")
            << QByteArray(
                   R"({"traceEvents":[{"cat":"work","ph":"X","tid":1,"ts":0,"dur":5,"args":{"index":0,"value":1e300,"kind":"sleep"}}],"otherData":{"variant":"async","unit_ms":10,"total_ms":1}})")
            << u"item 1: "_s;
    }
    void refusesWhatItDidNotWrite()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const Result<Trace> r = importChromeTrace(json, u"x.json"_s);
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(u"x.json: "_s) && r.error().contains(mentions),
                 qPrintable(r.error()));
    }

    void loadsFromAFile()
    {
        QTemporaryDir dir;
        const Trace original = run(u"sync"_s, {WorkItem::count(2)}, 2);
        QVERIFY(writeChromeTrace(original, dir.filePath(u"run.json"_s)));
        QVERIFY(loadChromeTrace(dir.filePath(u"run.json"_s)));
        QCOMPARE(loadChromeTrace(dir.filePath(u"none.json"_s)).error(),
                 dir.filePath(u"none.json"_s) + u": no such file"_s);
    }

    // A trace edited by hand, or written by something else, keeps its reason as text.
    void readsAReasonItDidNotWrite()
    {
        const QByteArray json =
            R"({"traceEvents":[{"cat":"work","ph":"X","tid":1,"ts":0,"dur":5,"args":{"index":0,"value":1,"kind":"sleep","error":"it broke","error_kind":"http","error_details":["500"]}}],"otherData":{"variant":"async","unit_ms":10,"total_ms":1}})";
        const Result<Trace> r = importChromeTrace(json, u"x.json"_s);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->itemError(0), ItemError::other(u"it broke"_s));
    }
};

QTEST_GUILESS_MAIN(TestTraceImport)
#include "tst_traceimport.moc"
