#pragma once

#include "household/parents.h"

#include <QFont>
#include <QPalette>
#include <QRect>

class QPainter;

namespace TaskLanes {

// The parent's day in charts, painted (the same painting on screen and in exports):
// the four parents side by side, and the polling parent's sweep of intervals.
namespace DayCharts {

struct Options
{
    QFont font;
    QPalette palette;
};

// Three panels over the parents that have run: attention latency (worst and mean), when
// the checkbook and the laundry were done ("never" for a deadlock), looks made and wasted.
void paintParents(QPainter &p, const QRect &rect, const QList<Home::DayTrace> &days,
                  const Options &options);
// Interval on x; the worst latency (left axis) and the wasted looks (right axis), measured
// as lines with points, the ideal dashed.
void paintSweep(QPainter &p, const QRect &rect, const QList<Home::SweepPoint> &points,
                const Options &options);

// The short names on the charts' axes.
QString parentShortName(Home::Parent parent);

} // namespace DayCharts

} // namespace TaskLanes
