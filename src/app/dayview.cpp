#include "dayview.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace TaskLanes {

DayView::DayView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void DayView::setTrace(const Home::DayTrace &trace)
{
    m_trace = trace;
    updateGeometry();
    update();
}

DayRenderer::Options DayView::options() const
{
    return DayRenderer::Options{font(), palette(), true};
}

int DayView::heightForWidth(int width) const
{
    if (m_trace.isNull())
        return fontMetrics().height() * 6;
    return DayRenderer::heightFor(m_trace, width, options());
}

QSize DayView::sizeHint() const
{
    return {800, heightForWidth(800)};
}

QSize DayView::minimumSizeHint() const
{
    // (at the width it has: at 300 pixels the legend would wrap into many rows)
    return {300, heightForWidth(std::max(300, width()))};
}

void DayView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_trace.isNull()) {
        p.fillRect(rect(), palette().color(QPalette::Base));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Choose a parent and press Run: the day's timeline appears here."));
        return;
    }
    DayRenderer::paint(p, rect(), m_trace, options());
}

bool DayView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = DayRenderer::toolTipAt(m_trace, rect(), help->pos(), options());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

DayChartView::DayChartView(QWidget *parent) : QWidget(parent) {}

void DayChartView::setDays(const QList<Home::DayTrace> &days)
{
    m_sweep = false;
    m_days = days;
    update();
}

void DayChartView::setSweep(const QList<Home::SweepPoint> &points)
{
    m_sweep = true;
    m_points = points;
    update();
}

DayCharts::Options DayChartView::options() const
{
    return DayCharts::Options{font(), palette()};
}

void DayChartView::paintOn(QPainter &p, const QRect &rect) const
{
    if (m_sweep)
        DayCharts::paintSweep(p, rect, m_points, options());
    else
        DayCharts::paintParents(p, rect, m_days, options());
}

void DayChartView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintOn(p, rect());
}

} // namespace TaskLanes
