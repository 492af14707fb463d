#include "exporter.h"

#include "charts.h"
#include "compareview.h"
#include "daycharts.h"
#include "dayrenderer.h"
#include "ganttrenderer.h"
#include "scenariorenderer.h"

#include "formats/fileio.h"

#include <QBuffer>
#include <QChart>
#include <QFileInfo>
#include <QFont>
#include <QGraphicsScene>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace TaskLanes {

std::optional<ExportFormat> exportFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "png"_L1)
        return ExportFormat::Png;
    if (suffix == "svg"_L1)
        return ExportFormat::Svg;
    if (suffix == "pdf"_L1)
        return ExportFormat::Pdf;
    return std::nullopt;
}

Status exportPainting(const QString &path, const QSize &size, double scale,
                      const PaintFunction &paint)
{
    auto fail = [&](const QString &why) { return Status(Error{path + u": "_s + why}); };
    const auto format = exportFormatFor(path);
    if (!format)
        return fail(
            QCoreApplication::translate("Export", "unknown image type (use .png, .svg or .pdf)"));
    if (size.width() < 16 || size.height() < 16 || size.width() > 20000 || size.height() > 20000)
        return fail(
            QCoreApplication::translate("Export", "size %1×%2 is outside 16 to 20000 pixels")
                .arg(size.width())
                .arg(size.height()));
    scale = std::clamp(scale, 0.25, 8.0);
    const QRect rect(QPoint(0, 0), size);
    // Render to memory first, then write atomically: a failed export leaves no half file.
    QByteArray bytes;
    switch (*format) {
    case ExportFormat::Png: {
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            paint(p, rect);
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return fail(QCoreApplication::translate("Export", "could not encode the PNG"));
        break;
    }
    case ExportFormat::Svg: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        // At the PNG's resolution, so that a font's points become as many pixels as in the
        // PNG (at the generator's default 72 dpi, text came out a quarter smaller).
        svg.setResolution(QImage(1, 1, QImage::Format_ARGB32).logicalDpiX());
        svg.setSize(size);
        svg.setViewBox(rect);
        svg.setTitle(u"TaskLanes"_s);
        QPainter p(&svg);
        paint(p, rect);
        break;
    }
    case ExportFormat::Pdf: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setCreator(u"TaskLanes"_s);
        pdf.setResolution(72); // one pixel of the layout is one point on the page
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, {}, QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&pdf);
        p.setRenderHint(QPainter::Antialiasing);
        paint(p, rect);
        break;
    }
    }
    return writeWholeFile(path, bytes);
}

namespace {
GanttRenderer::Options timelineExportOptions(const LiveTrace &trace, bool showIdeal)
{
    GanttRenderer::Options options;
    options.showIdeal = showIdeal;
    options.title = QCoreApplication::translate("Export", "%1 — %2 tasks, %3 ms per unit")
                        .arg(trace.variant())
                        .arg(trace.lanes())
                        .arg(trace.unitMs());
    return options;
}

double timelineExportLaneHeight(int lanes)
{
    return lanes <= 4 ? 44 : lanes > 40 ? 12 : 28;
}
} // namespace

int timelineExportHeight(const LiveTrace &trace)
{
    const int lanes = GanttRenderer::shownLanes(trace);
    return std::min(GanttRenderer::heightFor(lanes, timelineExportLaneHeight(lanes),
                                             timelineExportOptions(trace, true)),
                    20000);
}

Status exportTimeline(const LiveTrace &trace, const QString &path, QSize size, double scale,
                      bool showIdeal)
{
    const GanttRenderer::Options options = timelineExportOptions(trace, showIdeal);
    TimeLineData d;
    d.laneHeight = timelineExportLaneHeight(GanttRenderer::shownLanes(trace));
    if (size.height() <= 0)
        size.setHeight(timelineExportHeight(trace));
    return exportPainting(path, size, scale, [&](QPainter &p, const QRect &rect) {
        GanttRenderer::layout(d, rect, options);
        d.fit(0, double(trace.extentNs()));
        GanttRenderer().paint(p, rect, trace, d, options);
    });
}

Status exportComparison(const QList<Trace> &runs, const QString &path, QSize size, double scale,
                        bool showIdeal)
{
    QList<LiveTrace> traces;
    for (const Trace &t : runs) {
        LiveTrace live;
        live.setTrace(t);
        traces.append(live);
    }
    if (size.height() <= 0)
        size.setHeight(CompareView::stackHeight(traces));
    return exportPainting(path, size, scale, [&](QPainter &p, const QRect &rect) {
        TimeLineData d;
        GanttRenderer::layout(d, rect, {});
        d.fit(0, double(CompareView::longestRun(traces)));
        GanttRenderer renderer;
        CompareView::paintStack(p, renderer, rect, traces, d, showIdeal);
    });
}

Status exportChart(QChart *chart, const QString &path, const QSize &size, double scale)
{
    QGraphicsScene scene;
    QGraphicsItem *previousParent = chart->parentItem();
    QGraphicsScene *previousScene = chart->scene();
    const QSizeF previousSize = chart->size();
    const QPointF previousPos = chart->pos();
    scene.addItem(chart);
    chart->setPos(0, 0);
    chart->resize(size);
    const Status ok = exportPainting(path, size, scale, [&](QPainter &p, const QRect &rect) {
        scene.render(&p, rect, QRectF(QPointF(0, 0), size));
    });
    // Give the chart back to the view it came from.
    scene.removeItem(chart);
    if (previousScene)
        previousScene->addItem(chart);
    chart->setParentItem(previousParent);
    chart->setPos(previousPos);
    chart->resize(previousSize);
    return ok;
}

Status exportTotalsChart(const QList<Trace> &runs, const QString &path, const QSize &size,
                         double scale)
{
    const std::unique_ptr<QChart> chart(makeTotalsChart(runs));
    return exportChart(chart.get(), path, size, scale);
}

Status exportCharts(const Trace &trace, const QString &path, const QSize &size, double scale)
{
    QGraphicsScene scene;
    QChart *elapsed = makeElapsedChart(trace);
    QChart *totals = makeTotalsChart({trace});
    scene.addItem(elapsed);
    scene.addItem(totals);
    const double split = size.width() * 0.6;
    elapsed->setPos(0, 0);
    elapsed->resize(split, size.height());
    totals->setPos(split, 0);
    totals->resize(size.width() - split, size.height());
    return exportPainting(path, size, scale, [&](QPainter &p, const QRect &rect) {
        scene.render(&p, rect, QRectF(QPointF(0, 0), size));
    });
}

Status exportScenarioTimeline(const Scenarios::ScenarioTrace &trace, const QString &path,
                              QSize size, double scale)
{
    ScenarioRenderer renderer(trace);
    ScenarioRenderer::Options options;
    options.title = scenarioTitle(trace);
    if (size.height() <= 0)
        size.setHeight(renderer.heightFor(options, size.width(), QFont()));
    return exportPainting(path, size, scale, [&](QPainter &p, const QRect &rect) {
        TimeLineData d;
        ScenarioRenderer::layout(d, rect, options);
        d.fit(0, renderer.fitEnd(d));
        renderer.paint(p, rect, d, options);
    });
}

Status exportScenarioChart(const Scenarios::ScenarioTrace &trace, const QString &path, QSize size,
                           double scale)
{
    ScenarioRenderer renderer(trace);
    if (size.height() <= 0)
        size.setHeight(20 + 28 * int(trace.data().scenario.tasks.size()));
    return exportPainting(path, size, scale,
                          [&](QPainter &p, const QRect &rect) { renderer.paintChart(p, rect); });
}

namespace {

QPalette exportPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::AlternateBase, QColor(0xF4, 0xF4, 0xF4));
    palette.setColor(QPalette::Mid, QColor(0xA0, 0xA0, 0xA0));
    return palette;
}

} // namespace

int dayTimelineExportHeight(const Home::DayTrace &trace, int width)
{
    return DayRenderer::heightFor(trace, width,
                                  DayRenderer::Options{QFont(), exportPalette(), true});
}

Status exportDayTimeline(const Home::DayTrace &trace, const QString &path, QSize size, double scale)
{
    const DayRenderer::Options options{QFont(), exportPalette(), true};
    if (size.height() <= 0)
        size.setHeight(DayRenderer::heightFor(trace, size.width(), options));
    return exportPainting(path, size, scale, [&](QPainter &p, const QRect &rect) {
        DayRenderer::paint(p, rect, trace, options);
    });
}

Status exportDayChart(const QList<Home::DayTrace> &days, const QString &path, QSize size,
                      double scale)
{
    const DayCharts::Options options{QFont(), exportPalette()};
    return exportPainting(path, size, scale, [&](QPainter &p, const QRect &rect) {
        DayCharts::paintParents(p, rect, days, options);
    });
}

Status exportSweepChart(const QList<Home::SweepPoint> &points, const QString &path, QSize size,
                        double scale)
{
    const DayCharts::Options options{QFont(), exportPalette()};
    return exportPainting(path, size, scale, [&](QPainter &p, const QRect &rect) {
        DayCharts::paintSweep(p, rect, points, options);
    });
}

QString scenarioTitle(const Scenarios::ScenarioTrace &trace)
{
    const auto &d = trace.data();
    const QString model = d.backend == Scenarios::Backend::Threads
                              ? QCoreApplication::translate("ScenarioView", "threads")
                              : QCoreApplication::translate("ScenarioView", "asyncio event loop");
    return QCoreApplication::translate("ScenarioView", "%1 — on %2, %3 units")
        .arg(d.scenario.title.isEmpty() ? QCoreApplication::translate("ScenarioView", "Scenario")
                                        : d.scenario.title,
             model, QLocale().toString(double(d.totalNs) / (d.unitMs * 1e6), 'f', 1));
}

} // namespace TaskLanes
