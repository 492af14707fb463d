#pragma once

#include "presentation/livetrace.h"
#include "timelinedata.h"

#include <QColor>
#include <QHash>
#include <QRect>
#include <QStaticText>

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
// merged, so the cost depends on the pixels, not on the size of the run. A renderer keeps
// the texts it has laid out (the largest fixed cost of a repaint), so a view keeps one;
// painting happens on the GUI thread only.
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
        GanttColors colors;       // light unless a view says otherwise; exports stay light
        bool showStopped = false; // a legend entry for items a Stop cut short
    };

    static constexpr int labelWidth = 116;
    static constexpr int axisHeight = 26;
    static constexpr int legendHeight = 26;
    static constexpr int titleHeight = 26;

    // Sets the plot and lane geometry of d for rect, keeping its zoom and scroll.
    static void layout(TimeLineData &d, const QRect &rect, const Options &options);
    // The height that shows every lane of the trace (for exports).
    static int heightFor(int lanes, double laneHeight, const Options &options);
    // The lanes drawn for a trace: one per task, and under threads-gil one more, the GIL's,
    // which shows who holds it over time (a resource lane, as in the scenario lab).
    static int shownLanes(const LiveTrace &trace);
    static bool hasGilLane(const LiveTrace &trace);
    // A task's colour where a lane shows who holds something (the GIL, a scenario's lock):
    // Paul Tol's "muted" scheme, apart from the colours of the states.
    static QColor holderColor(int task);

    void paint(QPainter &p, const QRect &rect, const LiveTrace &trace, const TimeLineData &d,
               const Options &options);
    // The time axis along the top of d's lanes (d.lanesTop - axisHeight to d.lanesTop).
    void paintAxis(QPainter &p, const QRect &rect, const TimeLineData &d,
                   const QList<TimeLineData::Tick> &ticks, const GanttColors &colors = {});

    static QColor stateColor(SpanState state);
    // An item a Stop cut short: its span is failed, its error "stopped".
    static QColor stoppedColor();
    static QColor textColorOn(SpanState state);
    static QString stateLabel(SpanState state);
    // What a ready task waits for, in words (empty for Nothing).
    static QString waitingForLabel(WaitingFor what);

private:
    // One paint's geometry: the plot, the lanes and the stretch of time in view.
    struct Frame
    {
        QRect rect;
        double plotRight = 0;
        double lanesBottom = 0;
        int firstLane = 0;
        int lastLane = -1;     // of every lane drawn
        int lastTaskLane = -1; // of the tasks' lanes
    };

    void paintTitle(QPainter &p, const Frame &f, const Options &options);
    void paintLanes(QPainter &p, const Frame &f, const TimeLineData &d, const GanttColors &colors);
    void paintGrid(QPainter &p, const Frame &f, const TimeLineData &d,
                   const QList<TimeLineData::Tick> &ticks, const GanttColors &colors);
    void paintIdeal(QPainter &p, const Frame &f, const LiveTrace &trace, const TimeLineData &d,
                    const GanttColors &colors);
    void paintBars(QPainter &p, const Frame &f, const LiveTrace &trace, const TimeLineData &d,
                   const Options &options);
    void paintGilLane(QPainter &p, const Frame &f, const LiveTrace &trace, const TimeLineData &d);
    void paintLaneNames(QPainter &p, const Frame &f, const TimeLineData &d,
                        const GanttColors &colors);
    void paintLegend(QPainter &p, const Frame &f, const Options &options);

    // A text laid out once for the painter's font; kept until the font changes.
    const QStaticText &laidOut(const QString &text, const QFont &font);
    void drawText(QPainter &p, const QRectF &r, const QString &text, bool centre);
    // "Task One", cut to fit the label column.
    const QString &laneName(int lane, const QFont &font, double width);

    QHash<QString, QStaticText> m_texts;
    QString m_textsFont;
    QHash<int, QString> m_laneNames;
    QString m_laneNamesKey; // the font and width they were cut for
    int m_gilLane = -1;     // the GIL's lane in the trace being painted, if it has one
};

} // namespace TaskLanes
