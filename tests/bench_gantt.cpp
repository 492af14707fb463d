// Timeline scale figures (Markdown) for the README and the notes. Not a test.
//
//   bench_gantt [--spans N] [--gil] [--app-only]
//
//  1. Repaint of a 1920x1080 timeline holding N spans (default 100,000) in 100 lanes:
//     whole run in view (ideal overlay on, then off), a 1% window, and a deep zoom
//     (median of many paints into an image). First one line per view, "whole_ms=<x>"
//     first, for scripts; then the table. With --gil the run is named threads-gil, its
//     spans alternate running and ready, and the GIL's lane is painted under the lanes.
//  2. The app during a 100,000-item run (async, zero-length items, 100 tasks): the worst
//     and the median gap of a 2 ms timer on the GUI thread, and how many batches reached
//     the timeline.
#include "engine/engine.h"
#include "ganttrenderer.h"
#include "ganttview.h"
#include "mainwindow.h"
#include "models/registry.h"
#include "queueeditor.h"
#include "toolargs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

Trace syntheticTrace(int lanes, int perLane, bool gil)
{
    QRandomGenerator rng(2026);
    Trace::Data d;
    d.variantId = gil ? u"threads-gil"_s : u"async"_s;
    d.unitMs = 10;
    d.tasks = lanes;
    QList<std::pair<qint64, Span>> all;
    std::vector<qint64> laneTime(size_t(lanes), 0);
    for (int i = 0; i < lanes * perLane; ++i) {
        const int lane = i % lanes;
        const qint64 units = rng.bounded(1, 20);
        d.items.append(WorkItem::sleep(units));
        const qint64 start = laneTime[size_t(lane)] + rng.bounded(0, 100'000);
        const qint64 end = start + units * 10'000'000 + rng.bounded(0, 500'000);
        laneTime[size_t(lane)] = end;
        const SpanState state = !gil    ? SpanState::Awaiting
                                : i % 2 ? SpanState::Running
                                        : SpanState::Ready;
        all.append({start, Span{start, end, qint32(i), quint16(lane), state}});
    }
    std::sort(all.begin(), all.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &p : all)
        d.spans.append(p.second);
    d.totalNs = *std::max_element(laneTime.begin(), laneTime.end());
    d.ideal = findModel(d.variantId)->idealFor(d.items, lanes, d.unitMs);
    return Trace(std::move(d));
}

double medianMs(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double paintMs(const LiveTrace &trace, TimeLineData d, const QSize &size, int repeats,
               bool ideal = true)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    GanttRenderer::Options options;
    options.showIdeal = ideal;
    QList<double> times;
    GanttRenderer renderer; // as a view keeps one: laid-out texts are reused
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        QPainter p(&image);
        renderer.paint(p, QRect(QPoint(0, 0), size), trace, d, options);
        p.end();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    return medianMs(times);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption appOnlyOpt(u"app-only"_s, u"only the app during a large run"_s);
    const QCommandLineOption spansOpt(u"spans"_s, u"spans on the repainted timeline"_s, u"N"_s);
    const QCommandLineOption gilOpt(u"gil"_s, u"a threads-gil run, with the GIL's lane"_s);
    int status = 0;
    if (!ToolArgs::parse(parser, u"Timeline repaints and the app at scale, as Markdown."_s,
                         {appOnlyOpt, spansOpt, gilOpt}, &status))
        return status;
    const auto spans = ToolArgs::number(parser, spansOpt, 100'000);
    if (!spans || *spans < 100 || *spans > 10'000'000) {
        std::fprintf(stderr, "bench_gantt: --spans takes 100 to 10000000\n");
        return 2;
    }
    TaskLanes::Workers::setProgram(QStringLiteral(TASKLANES_BINARY));
    const bool appOnly = parser.isSet(appOnlyOpt);
    const bool gil = parser.isSet(gilOpt);
    const Trace trace = syntheticTrace(100, appOnly ? 1 : *spans / 100, gil);
    LiveTrace live;
    live.setTrace(trace);
    const QSize size(1920, 1080);
    TimeLineData d;
    d.laneHeight = 10; // 100 lanes in 1080 px
    GanttRenderer::layout(d, QRect(QPoint(0, 0), size), {});
    d.fit(0, double(live.extentNs()));
    if (!appOnly) {
        TimeLineData onePercent = d;
        onePercent.zoomAround(d.plotLeft + d.plotWidth / 2, 100);
        TimeLineData deep = d;
        deep.zoomAround(d.plotLeft + d.plotWidth / 2, 1e5);
        const double whole = paintMs(live, d, size, 40);
        const double noIdeal = paintMs(live, d, size, 20, false);
        const double window = paintMs(live, onePercent, size, 40);
        const double zoomed = paintMs(live, deep, size, 40);
        std::printf(
            "whole_ms=%.2f\nwhole_no_ideal_ms=%.2f\none_percent_ms=%.2f\ndeep_zoom_ms=%.2f\n\n",
            whole, noIdeal, window, zoomed);
        std::printf("### Timeline repaint, 1920x1080, %lld spans in 100 lanes%s (median of 40)\n\n",
                    qlonglong(trace.spans().size()), gil ? " and the GIL's" : "");
        std::printf("| view | ms per full repaint |\n|---|---:|\n");
        std::printf("| whole run (%.0f s) | %.2f |\n", double(live.extentNs()) / 1e9, whole);
        std::printf("| whole run, ideal overlay off | %.2f |\n", noIdeal);
        std::printf("| 1%% of the run | %.2f |\n", window);
        std::printf("| deep zoom (%.0f us across) | %.2f |\n\n",
                    (deep.viewEnd() - deep.viewStart) / 1e3, zoomed);
        if (qEnvironmentVariableIsSet("BENCH_GANTT_IMAGE")) { // to look at what was timed
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            QPainter p(&image);
            GanttRenderer renderer;
            renderer.paint(p, QRect(QPoint(0, 0), size), live, d, {});
            p.end();
            image.save(qEnvironmentVariable("BENCH_GANTT_IMAGE"));
        }
    }

    // 2. The app during a 100,000-item run.
    MainWindow w;
    w.resize(1920, 1080);
    w.show();
    w.selectVariant(u"async"_s);
    w.setUnitMs(1);
    w.queueEditor()->restoreQueue({QList<WorkItem>(100'000, WorkItem::sleep(0)), 100});
    QTest::qWait(600); // let the autosave of the big queue happen before the run
    int batches = 0;
    QObject::connect(&w.engine(), &Engine::traceBatch, [&] { ++batches; });
    QList<qint64> gaps;
    QElapsedTimer clock;
    QElapsedTimer runClock;
    QTimer tick;
    qint64 last = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.append(now - last);
        if (now - last > 8'000'000 && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::fprintf(stderr, "gap of %.0f ms ending at %.0f ms\n", double(now - last) / 1e6,
                         double(runClock.nsecsElapsed()) / 1e6);
        last = now;
    });
    QSignalSpy done(&w, &MainWindow::allRunsFinished);
    clock.start();
    tick.start(2);
    runClock.start();
    w.run();
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        QObject::connect(&w.engine(), &Engine::traceBatch, [&] {
            std::fprintf(stderr, "batch at %.0f ms\n", double(runClock.nsecsElapsed()) / 1e6);
        });
        QObject::connect(&w.engine(), &Engine::finished, [&] {
            std::fprintf(stderr, "finished at %.0f ms\n", double(runClock.nsecsElapsed()) / 1e6);
        });
    }
    done.wait(120000);
    const double runMs = double(runClock.nsecsElapsed()) / 1e6;
    tick.stop();
    std::sort(gaps.begin(), gaps.end());
    std::printf("### The app during a 100,000-item run (async, zero-length items, 100 tasks)\n\n");
    std::printf("| figure | value |\n|---|---:|\n");
    std::printf("| run, start to timeline drawn | %.0f ms |\n", runMs);
    std::printf("| batches delivered to the GUI | %d |\n", batches);
    // The worst, not a percentile: a run this short gives a 2 ms timer a few dozen ticks.
    std::printf("| GUI timer gap (2 ms timer), worst of %lld | %.1f ms |\n", qlonglong(gaps.size()),
                double(gaps.last()) / 1e6);
    std::printf("| GUI timer gap, median | %.1f ms |\n", double(gaps[gaps.size() / 2]) / 1e6);
    std::printf("| spans on the timeline | %lld |\n",
                qlonglong(w.ganttView()->trace().spans().size()));
    return 0;
}
