#include "scenarioview.h"

#include "exporter.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

namespace TaskLanes {

ScenarioView::ScenarioView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    // As tall as its lanes (up to 600 pixels) once it shows a run; the lab holds it in a
    // scroll area, so a run of many lanes scrolls instead of making the window taller.
    setMinimumHeight(120);
    setAccessibleName(tr("Scenario timeline"));
    setAccessibleDescription(
        tr("Each task's states, each resource over time, and arrows for the hand-offs"));
}

void ScenarioView::setTrace(const Scenarios::ScenarioTrace &trace, bool keep)
{
    m_renderer = std::make_unique<ScenarioRenderer>(trace);
    m_options.highlightFlow = -1;
    m_options.title = scenarioTitle(trace);
    if (!keep)
        m_fitted = false;
    relayout();
    fitHeight();
    update();
}

void ScenarioView::setArrows(bool on)
{
    m_options.arrows = on;
    update();
}

void ScenarioView::setSharedEnd(double end)
{
    m_sharedEnd = end;
    m_fitted = false;
    relayout();
    update();
}

void ScenarioView::relayout()
{
    m_options.colors = GanttColors::fromPalette(palette());
    ScenarioRenderer::layout(m_d, rect(), m_options);
    if (!m_renderer)
        return;
    m_d.boundEnd = std::max(m_sharedEnd, m_renderer->fitEnd(m_d));
    if (!m_fitted)
        fit();
}

void ScenarioView::fit()
{
    if (!m_renderer)
        return;
    m_d.fit(0, m_d.boundEnd);
    m_fitted = true;
}

void ScenarioView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (!m_renderer) {
        p.fillRect(rect(), palette().base());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Pick a scenario and press Run: each task gets a lane, each resource "
                      "one below them, and every hand-off an arrow."));
        return;
    }
    m_renderer->paint(p, rect(), m_d, m_options);
}

void ScenarioView::fitHeight()
{
    // Every lane and the legend's rows at this width (up to 600 pixels; beyond, it scrolls).
    if (m_renderer)
        setMinimumHeight(std::min(600, m_renderer->heightFor(m_options, width(), font())));
}

void ScenarioView::resizeEvent(QResizeEvent *event)
{
    const double start = m_d.viewStart, end = m_d.viewEnd();
    if (event->oldSize().width() != width())
        fitHeight();
    relayout();
    if (m_fitted && m_renderer)
        m_d.fit(start, end);
}

void ScenarioView::wheelEvent(QWheelEvent *event)
{
    if (m_navigator.wheel(m_d, *event) != TimeLineNavigator::Change::None) {
        update();
        event->accept();
    }
}

void ScenarioView::keyPressEvent(QKeyEvent *event)
{
    switch (m_navigator.key(m_d, *event)) {
    case TimeLineNavigator::Change::Fit:
        fit();
        [[fallthrough]];
    case TimeLineNavigator::Change::Moved:
        update();
        return;
    case TimeLineNavigator::Change::None:
        QWidget::keyPressEvent(event);
    }
}

void ScenarioView::mousePressEvent(QMouseEvent *event)
{
    m_navigator.press(*event);
}

void ScenarioView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_navigator.isDragging()) {
        if (m_navigator.move(m_d, *event) == TimeLineNavigator::Change::Moved)
            update();
        return;
    }
    if (!m_renderer)
        return;
    const int flow = m_options.arrows ? m_renderer->flowAt(m_d, event->position()) : -1;
    if (flow != m_options.highlightFlow) {
        m_options.highlightFlow = flow;
        update();
    }
}

void ScenarioView::mouseReleaseEvent(QMouseEvent *)
{
    m_navigator.release();
}

void ScenarioView::mouseDoubleClickEvent(QMouseEvent *)
{
    fit();
    update();
}

bool ScenarioView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_renderer) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = help->pos();
        const int flow = m_options.arrows ? m_renderer->flowAt(m_d, at) : -1;
        const qint32 span = flow < 0 ? m_renderer->spanAt(m_d, at) : -1;
        const QString text = flow >= 0   ? m_renderer->flowText(flow)
                             : span >= 0 ? m_renderer->spanText(span)
                                         : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

ScenarioChartView::ScenarioChartView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Time per task"));
    setAccessibleDescription(tr("Each task's time: running, sleeping, ready, waiting on each "
                                "resource"));
}

void ScenarioChartView::setTrace(const Scenarios::ScenarioTrace &trace)
{
    m_renderer = std::make_unique<ScenarioRenderer>(trace);
    update();
}

void ScenarioChartView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (!m_renderer) {
        p.fillRect(rect(), palette().base());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("After a run: where each task's time went."));
        return;
    }
    m_renderer->paintChart(p, rect(), GanttColors::fromPalette(palette()));
}

} // namespace TaskLanes
