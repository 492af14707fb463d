#pragma once

#include <QList>
#include <QString>

namespace TaskLanes {

// Maps run time (nanoseconds) to pixels and lanes to rows, and picks the time axis
// ticks. A plain value: the view owns one, the exporter makes its own, and the tests
// check the arithmetic without painting anything.
struct TimeLineData
{
    // Horizontal: the plot spans [plotLeft, plotLeft + plotWidth) pixels and shows time
    // from viewStart, nsPerPixel nanoseconds per pixel.
    double plotLeft = 0;
    double plotWidth = 1;
    double viewStart = 0;
    double nsPerPixel = 1e6;
    // Vertical: lane i occupies [lanesTop + i * laneHeight - scrollY, ... + laneHeight).
    double lanesTop = 0;
    double laneHeight = 28;
    double scrollY = 0;

    // The run's extent, when known (0: unbounded): zooming and panning keep the view to
    // it and a margin of a twentieth either side (issue 11: the wheel zoomed a 1.7 s run
    // out to 16 s, and the comparison to "−2 s").
    double boundEnd = 0;
    static constexpr double boundMargin = 0.05;
    static constexpr double minNsPerPixel = 1.0;  // 1 ns per pixel at most zoom
    static constexpr double maxNsPerPixel = 1e12; // about 17 minutes per pixel

    double xForTime(double ns) const { return plotLeft + (ns - viewStart) / nsPerPixel; }
    double timeForX(double x) const { return viewStart + (x - plotLeft) * nsPerPixel; }
    double viewEnd() const { return viewStart + plotWidth * nsPerPixel; }
    double laneY(int lane) const { return lanesTop + lane * laneHeight - scrollY; }
    // The lane under y, or -1 above the first lane.
    int laneAt(double y) const;

    // Shows [start, end] across the plot with a small margin on the right.
    void fit(double start, double end);
    // Zooms by factor (> 1 zooms in) keeping the time under x where it is.
    void zoomAround(double x, double factor);
    // Moves the view by dx pixels (positive: later times come into view).
    void pan(double dx);
    // Within [−margin, boundEnd + margin], if a bound is set.
    void keepInBounds();

    struct Tick
    {
        double time = 0;
        QString label;
    };
    // Ticks at a 1-2-5 step (or 1, 2, 5, 10, 15, 30 minutes) at least minSpacing pixels
    // apart, labelled in the unit that suits the step: ns, us, ms, s or min.
    QList<Tick> ticks(double minSpacing = 80) const;
    static double tickStep(double minNs);
    static QString formatTime(double ns, double step);
};

} // namespace TaskLanes
