#include "domain/tracerecorder.h"

#include <QTest>
#include <QThread>

#include <set>
#include <thread>
#include <vector>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {
Trace::Data header(int items, int tasks)
{
    Trace::Data d;
    d.variantId = u"cooperative-blocking"_s;
    d.unitMs = 10;
    d.tasks = tasks;
    for (int i = 0; i < items; ++i)
        d.items.append(WorkItem::sleep(i));
    return d;
}
} // namespace

class TestTraceRecorder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manyThreadsAppendWithoutLosingAnything()
    {
        constexpr int threads = 8;
        constexpr int perThread = 5000;
        TraceRecorder rec(header(threads * perThread, threads));
        rec.start();
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&rec, t] {
                for (int i = 0; i < perThread; ++i) {
                    const qint32 item = t * perThread + i;
                    const qint32 span = rec.beginSpan(t, item, SpanState::Blocked);
                    rec.endSpan(span);
                    rec.line(t, LineKind::Elapsed, span);
                    rec.itemDone();
                }
            });
        }
        // Batches taken while the threads append see every span exactly once at the end.
        std::set<qint32> seen;
        int lines = 0;
        while (rec.itemsDone() < threads * perThread) {
            const TraceBatch b = rec.takeBatch();
            seen.insert(b.spanIndex.begin(), b.spanIndex.end());
            lines += int(b.lines.size());
        }
        for (auto &w : workers)
            w.join();
        const TraceBatch last = rec.takeBatch();
        seen.insert(last.spanIndex.begin(), last.spanIndex.end());
        lines += int(last.lines.size());
        QCOMPARE(int(seen.size()), threads * perThread);
        QCOMPARE(lines, threads * perThread);

        const Trace trace(rec.finish(false));
        QCOMPARE(trace.spans().size(), threads * perThread);
        qint64 previous = -1;
        std::set<qint32> items;
        for (const Span &s : trace.spans()) {
            QVERIFY(s.start >= previous); // appended in start order
            QVERIFY(!s.isOpen());
            QVERIFY(s.end >= s.start);
            previous = s.start;
            items.insert(s.item);
        }
        QCOMPARE(int(items.size()), threads * perThread);
        // Span and line records of the whole run, per span.
        QVERIFY(trace.recordBytes() / trace.spans().size() <= 64);
    }

    void batchesCarryOpenAndClosedSpansAndFormattedLines()
    {
        TraceRecorder rec(header(2, 2));
        rec.start();
        const qint32 a = rec.beginSpan(0, 0, SpanState::Blocked);
        rec.line(0, LineKind::Running, 0);
        TraceBatch b = rec.takeBatch();
        QCOMPARE(b.spans.size(), 1);
        QVERIFY(b.spans.first().isOpen());
        QCOMPARE(b.texts, QStringList{u"Task One running"_s});
        QThread::msleep(25);
        rec.endSpan(a);
        rec.line(0, LineKind::Elapsed, a);
        b = rec.takeBatch();
        QCOMPARE(b.spanIndex, QList<qint32>{a});
        QVERIFY(!b.spans.first().isOpen());
        QCOMPARE(b.texts.size(), 1);
        // The line says the span's own length, at 10 ms per unit: at least the 25 ms slept
        // (a loaded machine may make it longer, never shorter).
        const Span &s = b.spans.first();
        const double units = double(s.end - s.start) / 1e6 / 10;
        QVERIFY(units >= 2.5);
        QCOMPARE(b.texts.first(),
                 u"Task One total elapsed time: "_s + QString::asprintf("%.1f", units));
        QVERIFY(rec.takeBatch().isEmpty());
    }

    // The command line asks for UTF-8 ready to print, or (--quiet) for no text at all, and
    // no spans when it draws nothing live; the lines themselves are always recorded.
    void batchesCarryOnlyWhatIsAskedFor()
    {
        for (const LineTexts texts : {LineTexts::Strings, LineTexts::Utf8, LineTexts::None}) {
            TraceRecorder rec(header(2, 2));
            rec.setLiveSpans(texts == LineTexts::Strings);
            rec.start();
            const qint32 a = rec.beginSpan(1, 0, SpanState::Blocked);
            rec.line(1, LineKind::Running, 0);
            rec.endSpan(a);
            rec.line(1, LineKind::Elapsed, a);
            const TraceBatch b = rec.takeBatch(texts);
            QCOMPARE(b.lines.size(), 2);
            QCOMPARE(b.spans.size(), texts == LineTexts::Strings ? 1 : 0);
            const Trace t(rec.finish(false));
            QCOMPARE(t.spans().size(), 1);
            const QString expected = t.lineText(0) + u'\n' + t.lineText(1) + u'\n';
            QVERIFY(expected.startsWith(u"Task Two running\nTask Two total elapsed time: "_s));
            switch (texts) {
            case LineTexts::Strings:
                QCOMPARE(b.texts, (QStringList{t.lineText(0), t.lineText(1)}));
                QVERIFY(b.utf8.isEmpty());
                break;
            case LineTexts::Utf8:
                QVERIFY(b.texts.isEmpty());
                QCOMPARE(QString::fromUtf8(b.utf8), expected);
                break;
            case LineTexts::None:
                QVERIFY(b.texts.isEmpty());
                QVERIFY(b.utf8.isEmpty());
                break;
            }
        }
    }

    // A batch carries every span begun since the last one (as it is now, open or not) and
    // every span sent before that changed since; each change reaches a view once.
    void batchesCarryNewSpansAndChangedOnes()
    {
        TraceRecorder rec(header(4, 2));
        rec.start();
        const qint32 a = rec.beginSpan(0, 0, SpanState::Awaiting);
        TraceBatch b = rec.takeBatch();
        QCOMPARE(b.spanIndex, QList<qint32>{a});
        QVERIFY(b.spans.first().isOpen());
        const qint32 c = rec.beginSpan(1, 1, SpanState::Awaiting);
        rec.endSpan(c); // begun and ended between batches: sent once, ended
        rec.endSpan(a); // sent open before: sent again, ended
        const qint32 e = rec.beginSpan(0, 2, SpanState::Awaiting);
        b = rec.takeBatch();
        QCOMPARE(b.spanIndex, (QList<qint32>{a, c, e}));
        QVERIFY(!b.spans[0].isOpen());
        QVERIFY(!b.spans[1].isOpen());
        QVERIFY(b.spans[2].isOpen());
        rec.failSpan(e, ItemError::stopped());
        b = rec.takeBatch();
        QCOMPARE(b.spanIndex, QList<qint32>{e});
        QCOMPARE(b.spans.first().state, SpanState::Failed);
        QVERIFY(rec.takeBatch().spans.isEmpty());
    }

    // A batch's span limit: changed spans first, then new ones in order up to the limit;
    // the rest come next time, and nothing is lost or sent twice.
    void aSpanLimitLeavesTheRestForTheNextBatch()
    {
        TraceRecorder rec(header(10, 1));
        rec.start();
        const qint32 open = rec.beginSpan(0, 0, SpanState::Awaiting);
        QCOMPARE(rec.takeBatch(LineTexts::None, 0, 4).spanIndex, QList<qint32>{open});
        rec.endSpan(open);
        for (int i = 1; i < 10; ++i)
            rec.endSpan(rec.beginSpan(0, i, SpanState::Awaiting));
        TraceBatch b = rec.takeBatch(LineTexts::None, 0, 4);
        QCOMPARE(b.spanIndex, (QList<qint32>{0, 1, 2, 3}));
        QVERIFY(b.more);
        b = rec.takeBatch(LineTexts::None, 0, 4);
        QCOMPARE(b.spanIndex, (QList<qint32>{4, 5, 6, 7}));
        QVERIFY(b.more);
        b = rec.takeBatch(LineTexts::None, 0, 4);
        QCOMPARE(b.spanIndex, (QList<qint32>{8, 9}));
        QVERIFY(!b.more);
        QVERIFY(rec.takeBatch(LineTexts::None, 0, 4).spans.isEmpty());
    }

    // Elapsed times round as the tutorial's f"{x:.1f}" does: to the nearest, and an exact
    // tie to even (Python 3.11 prints 0.2, 2.2 and 2.8 for 0.25, 2.25 and 2.75).
    void elapsedTimesRoundAsPythonDoes()
    {
        QCOMPARE(formatLine(LineKind::Elapsed, 0, 250'000'000, 1000, {}),
                 u"Task One total elapsed time: 0.2"_s);
        QCOMPARE(formatLine(LineKind::Elapsed, 1, 225'000'000, 100, {}),
                 u"Task Two total elapsed time: 2.2"_s);
        QCOMPARE(formatLine(LineKind::RunTotal, 0, 275'000'000, 100, {}),
                 u"Total elapsed time: 2.8"_s);
        QCOMPARE(formatLine(LineKind::Elapsed, 2, 15'049'000'000, 1000, {}),
                 u"Task Three total elapsed time: 15.0"_s);
        QCOMPARE(formatLine(LineKind::GettingUrl, 0, 0, 1000, u"http://h/\u00e9"_s),
                 u"Task One getting URL: http://h/\u00e9"_s);
        std::string utf8;
        appendLine(utf8, LineKind::GettingUrl, 0, 0, 1000, u"http://h/\u00e9");
        QCOMPARE(QString::fromStdString(utf8), u"Task One getting URL: http://h/\u00e9"_s);
    }

    void finishMarksUnfinishedSpansAsFailed()
    {
        TraceRecorder rec(header(2, 2));
        rec.start();
        rec.endSpan(rec.beginSpan(0, 0, SpanState::Blocked));
        rec.beginSpan(1, 1, SpanState::Awaiting);
        const Trace trace(rec.finish(true));
        QVERIFY(trace.cancelled());
        QCOMPARE(trace.spans().at(0).state, SpanState::Blocked);
        QCOMPARE(trace.spans().at(1).state, SpanState::Failed);
        QCOMPARE(trace.spans().at(1).end, trace.totalNs());
        QCOMPARE(trace.errorFor(1), u"stopped"_s);
        QCOMPARE(trace.itemError(1).kind, ItemError::Kind::Stopped);
        const auto extents = trace.itemExtents();
        QCOMPARE(extents.size(), 2);
        QVERIFY(!extents.at(0).failed);
        QVERIFY(extents.at(1).failed);
    }
};

QTEST_GUILESS_MAIN(TestTraceRecorder)
#include "tst_tracerecorder.moc"
