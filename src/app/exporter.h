#pragma once

#include "domain/trace.h"
#include "household/parents.h"
#include "presentation/livetrace.h"
#include "scenarios/scenariorun.h"

#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QChart;
class QPainter;

namespace TaskLanes {

enum class ExportFormat
{
    Png,
    Svg,
    Pdf
};
// From the file name's extension; nullopt for anything else.
std::optional<ExportFormat> exportFormatFor(const QString &path);

// Paints into a PNG (size × scale pixels), an SVG (size in px) or a one-page PDF (size in
// points) through the same painter function. Needs no display.
using PaintFunction = std::function<void(QPainter &, const QRect &)>;
Status exportPainting(const QString &path, const QSize &size, double scale,
                      const PaintFunction &paint);

// The whole run's timeline; a height of 0 fits every lane.
// The height a timeline export of this run needs for every lane, its title and legend:
// what exportTimeline uses for a height of 0, and what the export dialog offers.
int timelineExportHeight(const LiveTrace &trace);
Status exportTimeline(const LiveTrace &trace, const QString &path, QSize size, double scale,
                      bool showIdeal);
Status exportChart(QChart *chart, const QString &path, const QSize &size, double scale);
// The runs of a comparison stacked on one time axis; height 0 fits them all.
Status exportComparison(const QList<Trace> &runs, const QString &path, QSize size, double scale,
                        bool showIdeal);

// Measured totals against the ideal for several runs.
Status exportTotalsChart(const QList<Trace> &runs, const QString &path, const QSize &size,
                         double scale);

// A scenario run's timeline (tasks, resources, hand-offs; height 0 fits every lane) and
// its chart of where each task's time went.
Status exportScenarioTimeline(const Scenarios::ScenarioTrace &trace, const QString &path,
                              QSize size, double scale);
Status exportScenarioChart(const Scenarios::ScenarioTrace &trace, const QString &path, QSize size,
                           double scale);
// "Washer and dryer — on threads, 1.0 units"
QString scenarioTitle(const Scenarios::ScenarioTrace &trace);

// The parent's day: its timeline (a height of 0 fits every lane and the legend), the
// parents' chart, the polling sweep. Light, whatever the app's theme.
Status exportDayTimeline(const Home::DayTrace &trace, const QString &path, QSize size,
                         double scale);
int dayTimelineExportHeight(const Home::DayTrace &trace, int width);
Status exportDayChart(const QList<Home::DayTrace> &days, const QString &path, QSize size,
                      double scale);
Status exportSweepChart(const QList<Home::SweepPoint> &points, const QString &path, QSize size,
                        double scale);

// Both charts of a run side by side (the command line's --chart).
Status exportCharts(const Trace &trace, const QString &path, const QSize &size, double scale);

} // namespace TaskLanes
