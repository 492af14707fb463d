#pragma once

#include "ganttrenderer.h"
#include "scenarios/scenarioseries.h"
#include "timelinedata.h"

#include <QList>
#include <QPointF>
#include <QRect>

#include <optional>

class QPainter;

namespace TaskLanes {

// Paints a scenario run onto any QPainter (the view, an image, SVG or PDF): a lane per
// task with its states (waiting hatched, labelled with the step), then a lane per
// resource (a lock's holders, a semaphore's permits taken, a queue's depth, a barrier's
// arrivals, a value over time with each write marked and the lost ones crossed, an
// event's set stretches), every hand-off as an arrow from the giver to the taker, and
// after a deadlock or stall the cycle as a ring of arrows at the moment it closed.
class ScenarioRenderer
{
public:
    struct Options
    {
        bool arrows = true;
        bool legend = true;
        int highlightFlow = -1; // under the mouse
        QString title;
        GanttColors colors;
    };
    static constexpr int labelWidth = 150;
    static constexpr int axisHeight = GanttRenderer::axisHeight;
    static constexpr int legendHeight = GanttRenderer::legendHeight;
    static constexpr int titleHeight = GanttRenderer::titleHeight;
    static constexpr double laneHeight = 30;

    explicit ScenarioRenderer(const Scenarios::ScenarioTrace &trace);
    const Scenarios::ScenarioTrace &trace() const { return m_trace; }

    int lanes() const; // tasks, then resources
    int resourceLane(int resource) const
    {
        return int(m_trace.data().scenario.tasks.size()) + resource;
    }
    QString laneName(int lane) const;
    static void layout(TimeLineData &d, const QRect &rect, const Options &options);
    // The stretch of time that shows the whole run (with room for a deadlock's ring).
    double fitEnd(const TimeLineData &d) const;
    // With a width (and the font the legend is drawn in), room for the legend's rows: it
    // wraps where the window is too narrow for one.
    int heightFor(const Options &options, int width = 0, const QFont &font = {}) const;
    static int legendRows(const QFont &font, int width);

    void paint(QPainter &p, const QRect &rect, const TimeLineData &d, const Options &options);
    // The stacked bars of what each task spent its time on.
    void paintChart(QPainter &p, const QRect &rect, const GanttColors &colors = {});

    // What is under a point: a hand-off arrow (within a few pixels), else a state span.
    int flowAt(const TimeLineData &d, QPointF at) const;
    qint32 spanAt(const TimeLineData &d, QPointF at) const;
    // "Parent A released washer → Parent B acquired it, waited 2.0 units"
    QString flowText(int flow) const;
    // "waiting for washer, held by Parent B", with the step and its length.
    QString spanText(qint32 span) const;
    // A run's end in words: its outcome, the cycle or stall, each value's result.
    static QString summary(const Scenarios::ScenarioTrace &trace);

    static QColor taskColor(int task);

private:
    QPointF flowFrom(const TimeLineData &d, int flow) const;
    QPointF flowTo(const TimeLineData &d, int flow) const;
    double laneMiddle(const TimeLineData &d, int lane) const
    {
        return d.laneY(lane) + d.laneHeight / 2;
    }
    void paintTasks(QPainter &p, const TimeLineData &d, double right);
    void paintResources(QPainter &p, const TimeLineData &d, double right,
                        const GanttColors &colors);
    void paintFlows(QPainter &p, const TimeLineData &d, const Options &options);
    void paintStuck(QPainter &p, const TimeLineData &d, double right);
    void paintLegend(QPainter &p, const QRect &rect, const GanttColors &colors);

    Scenarios::ScenarioTrace m_trace;
    // Worked out when a resource lane is first painted: the chart and the summary need none.
    const QList<Scenarios::ResourceSeries> &series() const;
    mutable std::optional<QList<Scenarios::ResourceSeries>> m_series;
    GanttRenderer m_axis; // for its time axis
};

} // namespace TaskLanes
