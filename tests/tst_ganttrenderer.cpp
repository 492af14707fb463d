#include "ganttrenderer.h"

#include <QApplication>
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

// One lane of back-to-back spans, each far narrower than a pixel at the whole-run view,
// with the gaps a real run leaves between items (up to a tenth of a span).
Trace denseLane(int spans, qint32 failedAt, ItemError why = ItemError::other(u"refused"_s))
{
    Trace::Data d;
    d.variantId = u"async"_s;
    d.unitMs = 1;
    d.tasks = 1;
    qint64 t = 0;
    for (qint32 i = 0; i < spans; ++i) {
        d.items.append(WorkItem::sleep(1));
        const qint64 start = t + (i * 7919) % 100; // up to 100 ns apart
        const qint64 end = start + 1000;
        d.spans.append({start, end, i, 0, i == failedAt ? SpanState::Failed : SpanState::Awaiting});
        t = end;
    }
    d.totalNs = t;
    if (failedAt >= 0)
        d.errors.insert(failedAt, why);
    return Trace(std::move(d));
}

struct Drawn
{
    QImage image;
    TimeLineData data;
    int barY = 0;
};

Drawn draw(const Trace &trace)
{
    LiveTrace live;
    live.setTrace(trace);
    const QSize size(900, 160);
    GanttRenderer::Options options;
    options.showIdeal = false;
    options.showLegend = false;
    Drawn out;
    out.image = QImage(size, QImage::Format_RGB32);
    GanttRenderer::layout(out.data, QRect(QPoint(0, 0), size), options);
    out.data.fit(0, double(live.extentNs()));
    QPainter p(&out.image);
    GanttRenderer renderer;
    renderer.paint(p, QRect(QPoint(0, 0), size), live, out.data, options);
    p.end();
    out.barY = int(out.data.laneY(0) + out.data.laneHeight * 0.4);
    return out;
}

} // namespace

class TestGanttRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // 50,000 spans in 900 pixels: a repaint jumps over what a pixel column hides, and
    // what it jumps over is still covered, so the lane reads as one unbroken bar, as it
    // would if every span were drawn.
    void aDenseLaneIsDrawnWithoutGaps()
    {
        const Trace trace = denseLane(50'000, -1);
        const Drawn d = draw(trace);
        const QRgb awaiting = GanttRenderer::stateColor(SpanState::Awaiting).rgb();
        const int from = int(std::ceil(d.data.xForTime(0))) + 1;
        const int to = int(d.data.xForTime(double(trace.totalNs()))) - 1;
        QVERIFY(to - from > 600);
        for (int x = from; x < to; ++x)
            QVERIFY2(d.image.pixel(x, d.barY) == awaiting, qPrintable(QString::number(x)));
    }

    // A failure among spans a pixel cannot tell apart is drawn all the same, at its time.
    void aFailureAmongThemStillShows()
    {
        const qint32 failed = 31'337;
        const Trace trace = denseLane(50'000, failed);
        const Drawn d = draw(trace);
        const QRgb failure = GanttRenderer::stateColor(SpanState::Failed).rgb();
        const int x = int(d.data.xForTime(double(trace.spans().at(failed).start)));
        bool seen = false;
        for (int dx = 0; dx <= 4; ++dx)
            seen = seen || d.image.pixel(x + dx, d.barY) == failure;
        QVERIFY(seen);
        int failurePixels = 0;
        for (int px = 0; px < d.image.width(); ++px)
            failurePixels += d.image.pixel(px, d.barY) == failure;
        QVERIFY2(failurePixels >= 3 && failurePixels <= 6,
                 qPrintable(QString::number(failurePixels)));
    }

    // What a Stop cut short is not a failure of the work: drawn in its own colour, not the
    // failure's, and the legend says what that colour means.
    void aStoppedItemIsNotDrawnAsAFailure()
    {
        const qint32 cut = 49'999; // the last, as a Stop leaves it
        const Trace trace = denseLane(50'000, cut, ItemError::stopped());
        const Drawn d = draw(trace);
        const int x = int(d.data.xForTime(double(trace.spans().at(cut).start))) + 1;
        const QColor at(d.image.pixel(x, d.barY));
        const QColor stopped = GanttRenderer::stoppedColor();
        QVERIFY2(std::abs(at.red() - stopped.red()) < 80 && at.red() == at.green() &&
                     at.green() == at.blue(),
                 qPrintable(at.name()));
        QVERIFY(at != GanttRenderer::stateColor(SpanState::Failed));
        // The legend names it only when the run has such an item.
        LiveTrace live;
        live.setTrace(trace);
        QVERIFY(live.hasStopped() && live.isStopped(cut) && !live.isStopped(0));
        const auto legendHas = [](const LiveTrace &t, const QColor &colour) {
            QImage image(1400, 120, QImage::Format_RGB32);
            TimeLineData td;
            GanttRenderer::Options options;
            GanttRenderer::layout(td, image.rect(), options);
            td.fit(0, double(t.extentNs()));
            {
                QPainter p(&image);
                GanttRenderer().paint(p, image.rect(), t, td, options);
            }
            // (a swatch, not a text's antialiased edge: several pixels of its colour)
            int pixels = 0;
            const int y = image.height() - GanttRenderer::legendHeight / 2;
            for (int x = 0; x < image.width(); ++x)
                pixels += QColor(image.pixel(x, y)) == colour;
            return pixels >= 8;
        };
        QVERIFY(legendHas(live, stopped));
        LiveTrace failedOnly;
        failedOnly.setTrace(denseLane(1000, 10));
        QVERIFY(!failedOnly.hasStopped());
        QVERIFY(!legendHas(failedOnly, stopped));
    }

    // Under threads-gil the GIL is a lane of its own: whoever runs holds it, in its colour;
    // while both tasks sleep nobody does. Other models have no such lane.
    void theGilHasALaneUnderThreadsGil()
    {
        Trace::Data data;
        data.variantId = u"threads-gil"_s;
        data.unitMs = 1;
        data.tasks = 2;
        for (int i = 0; i < 3; ++i)
            data.items.append(WorkItem::sleep(1));
        const qint64 ms = 1'000'000;
        // One computes 0-4 ms, Two 4-6 ms (ready meanwhile), then both sleep 6-10 ms.
        data.spans = {{0, 4 * ms, 0, 0, SpanState::Running},
                      {0, 4 * ms, 1, 1, SpanState::Ready, WaitingFor::Gil},
                      {4 * ms, 6 * ms, 1, 1, SpanState::Running},
                      {6 * ms, 10 * ms, 2, 0, SpanState::Blocked},
                      {6 * ms, 10 * ms, 2, 1, SpanState::Blocked}};
        data.totalNs = 10 * ms;
        const Trace trace(std::move(data));
        LiveTrace live;
        live.setTrace(trace);
        QCOMPARE(GanttRenderer::shownLanes(live), 3);
        const QSize size(900, 220);
        GanttRenderer::Options options;
        options.showIdeal = false;
        options.showLegend = false;
        QImage image(size, QImage::Format_RGB32);
        TimeLineData d;
        d.laneHeight = 40;
        GanttRenderer::layout(d, QRect(QPoint(0, 0), size), options);
        d.fit(0, double(live.extentNs()));
        {
            QPainter p(&image);
            GanttRenderer().paint(p, QRect(QPoint(0, 0), size), live, d, options);
        }
        const int gilY = int(d.laneY(2) + d.laneHeight * 0.4);
        const auto at = [&](double msTime) {
            return QColor(image.pixel(int(d.xForTime(msTime * ms)), gilY));
        };
        // (off the bars' centres, where the holder's name is written)
        QCOMPARE(at(0.5), GanttRenderer::holderColor(0));
        QCOMPARE(at(4.3), GanttRenderer::holderColor(1));
        QCOMPARE(at(8), GanttColors().background);
        // The same run under another name has no GIL lane.
        Trace::Data other = trace.data();
        other.variantId = u"threads"_s;
        LiveTrace plain;
        plain.setTrace(Trace(std::move(other)));
        QCOMPARE(GanttRenderer::shownLanes(plain), 2);
    }
};

QTEST_MAIN(TestGanttRenderer)
#include "tst_ganttrenderer.moc"
