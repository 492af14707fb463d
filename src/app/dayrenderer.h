#pragma once

#include "household/householdtrace.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QRect>
#include <QString>

class QPainter;

namespace TaskLanes {

// Where a day's lanes and moments go in a rectangle: a plain mapping, tested without
// painting.
struct DayLayout
{
    QRect plot;        // the lanes' area, right of their names
    int nameWidth = 0; // the lane names' column
    int laneHeight = 0;
    int top = 0; // the first lane's top
    double endNs = 1;
    int lanes = 0;

    double xFor(qint64 ns) const { return plot.left() + double(ns) / endNs * plot.width(); }
    qint64 nsAt(double x) const { return qint64((x - plot.left()) / plot.width() * endNs); }
    int laneTop(int lane) const { return top + lane * laneHeight; }
    int laneAt(int y) const { return y < top ? -1 : (y - top) / laneHeight; }
};

// The parent's day drawn: a lane for the parent (or each clone), the washer, the dryer and
// each kid; every span coloured by what it is; each buzzer a diamond, each call a triangle
// on its kid's lane and a tick on the time axis, with a dashed line to the moment its
// attention began.
class DayRenderer
{
public:
    struct Options
    {
        QFont font;
        QPalette palette;
        bool title = true;
    };

    static QColor activityColor(Home::Activity activity);
    static QString activityLabel(Home::Activity activity); // translated
    // "Polling parent, a look every 5 units: the day ends at 82.3 units"
    static QString title(const Home::DayTrace &trace);

    static DayLayout layout(const Home::DayTrace &trace, const QRect &rect, const Options &options);
    // The height that holds every lane, the axis, the title and the legend at this width.
    static int heightFor(const Home::DayTrace &trace, int width, const Options &options);
    static void paint(QPainter &p, const QRect &rect, const Home::DayTrace &trace,
                      const Options &options);
    // What is under the point, in words; empty over nothing.
    static QString toolTipAt(const Home::DayTrace &trace, const QRect &rect, const QPoint &at,
                             const Options &options);

private:
    static QList<Home::Activity> legendEntries(const Home::DayTrace &trace);
    static int legendHeight(const Home::DayTrace &trace, int width, const Options &options);
};

} // namespace TaskLanes
