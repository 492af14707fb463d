#include "timelinenavigator.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace TaskLanes {

TimeLineNavigator::Change TimeLineNavigator::wheel(TimeLineData &d, const QWheelEvent &event) const
{
    const double steps = event.angleDelta().y() / 120.0;
    if (steps == 0 || (event.modifiers() & Qt::ShiftModifier))
        return Change::None; // Shift+wheel scrolls, which is the view's business
    d.zoomAround(event.position().x(), std::pow(wheelZoom, steps));
    return Change::Moved;
}

TimeLineNavigator::Change TimeLineNavigator::key(TimeLineData &d, const QKeyEvent &event) const
{
    if (event.modifiers() & Qt::ControlModifier)
        return Change::None;
    switch (event.key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn(d);
        return Change::Moved;
    case Qt::Key_Minus:
        zoomOut(d);
        return Change::Moved;
    case Qt::Key_Left:
        d.pan(-d.plotWidth / 10);
        return Change::Moved;
    case Qt::Key_Right:
        d.pan(d.plotWidth / 10);
        return Change::Moved;
    case Qt::Key_Home:
    case Qt::Key_0:
        return Change::Fit;
    default:
        return Change::None;
    }
}

void TimeLineNavigator::press(const QMouseEvent &event)
{
    m_dragging = event.button() == Qt::LeftButton;
    m_from = event.position();
}

TimeLineNavigator::Change TimeLineNavigator::move(TimeLineData &d, const QMouseEvent &event,
                                                  QPointF *delta)
{
    if (!m_dragging)
        return Change::None;
    const QPointF moved = event.position() - m_from;
    m_from = event.position();
    if (delta)
        *delta = moved;
    if (moved.x() == 0)
        return Change::None;
    d.pan(-moved.x());
    return Change::Moved;
}

} // namespace TaskLanes
