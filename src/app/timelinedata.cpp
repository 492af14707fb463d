#include "timelinedata.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace TaskLanes {

int TimeLineData::laneAt(double y) const
{
    const double offset = y - lanesTop + scrollY;
    if (offset < 0)
        return -1;
    return int(offset / laneHeight);
}

void TimeLineData::fit(double start, double end)
{
    const double span = std::max(end - start, 1.0);
    viewStart = start;
    nsPerPixel = std::clamp(span * 1.02 / std::max(plotWidth, 1.0), minNsPerPixel, maxNsPerPixel);
}

void TimeLineData::zoomAround(double x, double factor)
{
    const double anchor = timeForX(x);
    nsPerPixel = std::clamp(nsPerPixel / factor, minNsPerPixel, maxNsPerPixel);
    viewStart = anchor - (x - plotLeft) * nsPerPixel;
    keepInBounds();
}

void TimeLineData::pan(double dx)
{
    viewStart += dx * nsPerPixel;
    keepInBounds();
}

void TimeLineData::keepInBounds()
{
    if (boundEnd <= 0)
        return;
    const double margin = boundEnd * boundMargin;
    const double low = -margin;
    const double high = boundEnd + margin;
    nsPerPixel = std::clamp(nsPerPixel, minNsPerPixel,
                            std::max(minNsPerPixel, (high - low) / std::max(plotWidth, 1.0)));
    const double span = plotWidth * nsPerPixel;
    viewStart = std::clamp(viewStart, low, std::max(low, high - span));
}

double TimeLineData::tickStep(double minNs)
{
    constexpr double minute = 60e9;
    if (minNs > 30 * 1e9) {
        // Past half a minute, steps people read on a clock.
        static constexpr std::array<double, 6> minutes{1, 2, 5, 10, 15, 30};
        for (double m : minutes) {
            if (m * minute >= minNs)
                return m * minute;
        }
        return std::ceil(minNs / (60 * minute)) * 60 * minute;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(minNs, 1.0))));
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * magnitude >= minNs)
            return f * magnitude;
    }
    return 10 * magnitude;
}

QString TimeLineData::formatTime(double ns, double step)
{
    auto fixed = [](double v, double stepInUnit) {
        // Enough decimals to tell neighbouring ticks apart, no more.
        const int decimals = stepInUnit >= 1 ? 0 : int(std::ceil(-std::log10(stepInUnit) - 1e-9));
        return QLocale().toString(v, 'f', std::clamp(decimals, 0, 3));
    };
    if (step >= 60e9)
        return fixed(ns / 60e9, step / 60e9) + u" min"_s;
    if (step >= 1e8)
        return fixed(ns / 1e9, step / 1e9) + u" s"_s;
    if (step >= 1e5)
        return fixed(ns / 1e6, step / 1e6) + u" ms"_s;
    if (step >= 1e2)
        return fixed(ns / 1e3, step / 1e3) + u" µs"_s;
    return fixed(ns, step) + u" ns"_s;
}

QList<TimeLineData::Tick> TimeLineData::ticks(double minSpacing) const
{
    const double step = tickStep(minSpacing * nsPerPixel);
    QList<Tick> out;
    const double first = std::ceil(viewStart / step) * step;
    for (double t = first; t <= viewEnd() && out.size() < 1000; t += step) {
        // Avoid "-0 ms" from rounding at the origin.
        const double time = std::abs(t) < step * 1e-9 ? 0.0 : t;
        out.append({time, formatTime(time, step)});
    }
    return out;
}

} // namespace TaskLanes
