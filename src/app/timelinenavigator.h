#pragma once

#include "timelinedata.h"

#include <QPointF>

class QKeyEvent;
class QMouseEvent;
class QWheelEvent;

namespace TaskLanes {

// What the wheel, a drag and the keys do to a time axis, the same on the timeline and on
// the comparison: the wheel and +/- zoom (around the pointer, or the middle), dragging and
// ←/→ pan, Home, 0 and a double click fit the run. A view hands its events over and acts
// on the answer; what is its own (lanes, bar selection) it keeps.
class TimeLineNavigator
{
public:
    enum class Change
    {
        None,  // not a navigation event: the view may use it
        Moved, // the view's time axis changed
        Fit,   // the view should show the whole run
    };

    static constexpr double keyZoom = 1.5;
    static constexpr double wheelZoom = 1.25; // per notch

    Change wheel(TimeLineData &d, const QWheelEvent &event) const;
    Change key(TimeLineData &d, const QKeyEvent &event) const;
    void press(const QMouseEvent &event);
    // While a drag goes on: pans by its horizontal part; *delta gets the whole movement.
    Change move(TimeLineData &d, const QMouseEvent &event, QPointF *delta = nullptr);
    void release() { m_dragging = false; }
    bool isDragging() const { return m_dragging; }

    static void zoomIn(TimeLineData &d) { d.zoomAround(d.plotLeft + d.plotWidth / 2, keyZoom); }
    static void zoomOut(TimeLineData &d)
    {
        d.zoomAround(d.plotLeft + d.plotWidth / 2, 1 / keyZoom);
    }

private:
    bool m_dragging = false;
    QPointF m_from;
};

} // namespace TaskLanes
