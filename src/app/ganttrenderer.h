#pragma once

#include "presentation/livetrace.h"
#include "timelinedata.h"

#include <QColor>
#include <QRect>

class QPainter;
class QPalette;

namespace TaskLanes {

// The colours around the bars (the state colours stay the same in every theme).
struct GanttColors
{
    QColor background{Qt::white};
    QColor alternate{0xF4, 0xF6, 0xF8};
    QColor text{Qt::black};
    QColor grid{0xDD, 0xDD, 0xDD};
    QColor axisLine{0x99, 0x99, 0x99};
    QColor ideal{0x55, 0x55, 0x55};
    QColor idealFill{0x33, 0x33, 0x33, 28};
    // From a widget's palette, so that a dark theme gets a dark timeline.
    static GanttColors fromPalette(const QPalette &palette);
};

// Paints a run as a Gantt chart onto any QPainter (the widget, an image, SVG or PDF):
// lane labels on the left, the time axis on top, one bar per span coloured by state and
// labelled with its item's value, the ideal schedule as a strip under each lane, and a
// legend. Only what falls inside the view is visited, and spans narrower than a pixel are
// merged, so the cost depends on the pixels, not on the size of the run.
class GanttRenderer
{
public:
    struct Options
    {
        bool showIdeal = true;
        bool showLegend = true;
        bool showAxis = true;      // stacked timelines share one axis
        qint32 highlightSpan = -1; // under the mouse
        qint32 selectedSpan = -1;  // chosen with the keyboard: drawn with a focus frame
        QString title;
        GanttColors colors; // light unless a view says otherwise; exports stay light
    };

    static constexpr int labelWidth = 116;
    static constexpr int axisHeight = 26;
    static constexpr int legendHeight = 26;
    static constexpr int titleHeight = 26;

    // Sets the plot and lane geometry of d for rect, keeping its zoom and scroll.
    static void layout(TimeLineData &d, const QRect &rect, const Options &options);
    static void paint(QPainter &p, const QRect &rect, const LiveTrace &trace, const TimeLineData &d,
                      const Options &options);
    // The height that shows every lane of the trace (for exports).
    static int heightFor(int lanes, double laneHeight, const Options &options);
    // The time axis along the top of d's lanes (d.lanesTop - axisHeight to d.lanesTop).
    static void paintAxis(QPainter &p, const QRect &rect, const TimeLineData &d,
                          const QList<TimeLineData::Tick> &ticks, const GanttColors &colors = {});

    static QColor stateColor(SpanState state);
    static QColor textColorOn(SpanState state);
    static QString stateLabel(SpanState state);
};

} // namespace TaskLanes
