#include "compareview.h"

#include "ganttrenderer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {
constexpr int blockGap = 6;

GanttRenderer::Options blockOptions(const LiveTrace &t, bool showIdeal, bool last)
{
    GanttRenderer::Options o;
    o.showAxis = false;
    o.showLegend = last;
    o.showIdeal = showIdeal;
    const double unitNs = double(t.unitMs()) * 1e6;
    o.title = QCoreApplication::translate("Compare", "%1: %L2 units (ideal %L3)")
                  .arg(t.variant())
                  .arg(double(t.nowNs()) / unitNs, 0, 'f', 2)
                  .arg(double(t.idealEndNs()) / unitNs, 0, 'f', 2);
    return o;
}
} // namespace

CompareView::CompareView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Comparison of timelines"));
    setAccessibleDescription(tr("Every run of the last Run All on one time axis. Wheel or +/- "
                                "to zoom, drag or arrow keys to pan, Home to fit."));
    relayout();
}

void CompareView::setRuns(const QList<Trace> &runs, const QList<const LiveTrace *> &known)
{
    m_traces.clear();
    for (const Trace &t : runs) {
        const auto same = std::find_if(known.begin(), known.end(),
                                       [&](const LiveTrace *k) { return k && k->holds(t); });
        if (same != known.end()) {
            m_traces.append(**same);
            continue;
        }
        LiveTrace live;
        live.setTrace(t);
        m_traces.append(live);
    }
    setMinimumHeight(stackHeight(m_traces));
    updateGeometry();
    m_data.boundEnd = double(longestRun(m_traces));
    fitToRuns();
}

void CompareView::setShowIdeal(bool show)
{
    m_showIdeal = show;
    update();
}

qint64 CompareView::longestRun(const QList<LiveTrace> &traces)
{
    qint64 longest = 1;
    for (const LiveTrace &t : traces)
        longest = std::max(longest, t.extentNs());
    return longest;
}

int CompareView::stackHeight(const QList<LiveTrace> &traces)
{
    int h = GanttRenderer::axisHeight;
    for (qsizetype i = 0; i < traces.size(); ++i)
        h += GanttRenderer::heightFor(GanttRenderer::shownLanes(traces[i]), laneHeight,
                                      blockOptions(traces[i], true, i == traces.size() - 1)) +
             blockGap;
    return h;
}

void CompareView::paintStack(QPainter &p, GanttRenderer &renderer, const QRect &rect,
                             const QList<LiveTrace> &traces, const TimeLineData &d, bool showIdeal,
                             const GanttColors &colors)
{
    p.fillRect(rect, colors.background);
    // One axis on top for every block.
    TimeLineData axis = d;
    axis.lanesTop = rect.top() + GanttRenderer::axisHeight;
    renderer.paintAxis(p, rect, axis, axis.ticks(90), colors);
    int y = rect.top() + GanttRenderer::axisHeight;
    for (qsizetype i = 0; i < traces.size(); ++i) {
        GanttRenderer::Options o = blockOptions(traces[i], showIdeal, i == traces.size() - 1);
        o.colors = colors;
        const int h = GanttRenderer::heightFor(GanttRenderer::shownLanes(traces[i]), laneHeight, o);
        const QRect block(rect.left(), y, rect.width(), h);
        TimeLineData bd = d;
        bd.laneHeight = laneHeight;
        bd.scrollY = 0;
        GanttRenderer::layout(bd, block, o);
        bd.viewStart = d.viewStart; // the shared horizontal mapping
        bd.nsPerPixel = d.nsPerPixel;
        renderer.paint(p, block, traces[i], bd, o);
        y += h + blockGap;
    }
}

QSize CompareView::sizeHint() const
{
    return {800, stackHeight(m_traces)};
}

void CompareView::relayout()
{
    GanttRenderer::Options o;
    GanttRenderer::layout(m_data, rect(), o);
}

void CompareView::fitToRuns()
{
    m_fitted = true;
    relayout();
    m_data.fit(0, double(longestRun(m_traces)));
    update();
}

void CompareView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const GanttColors colors = GanttColors::fromPalette(palette());
    if (m_traces.isEmpty()) {
        p.fillRect(rect(), colors.background);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter,
                   tr("Press Run All: every variant that can take the queue runs, and their "
                      "timelines line up here on one time axis."));
        return;
    }
    paintStack(p, m_renderer, rect(), m_traces, m_data, m_showIdeal, colors);
}

void CompareView::resizeEvent(QResizeEvent *)
{
    relayout();
    if (m_fitted)
        m_data.fit(0, double(longestRun(m_traces)));
}

void CompareView::wheelEvent(QWheelEvent *event)
{
    if (m_navigator.wheel(m_data, *event) == TimeLineNavigator::Change::None) {
        event->ignore(); // let the scroll area scroll
        return;
    }
    viewMoved();
    event->accept();
}

void CompareView::mousePressEvent(QMouseEvent *event)
{
    m_navigator.press(*event);
}

void CompareView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_navigator.move(m_data, *event) == TimeLineNavigator::Change::Moved)
        viewMoved();
}

void CompareView::keyPressEvent(QKeyEvent *event)
{
    // The timeline's keys; up and down are left to the scroll area.
    switch (m_navigator.key(m_data, *event)) {
    case TimeLineNavigator::Change::Moved:
        viewMoved();
        return;
    case TimeLineNavigator::Change::Fit:
        fitToRuns();
        return;
    case TimeLineNavigator::Change::None:
        QWidget::keyPressEvent(event);
        return;
    }
}

void CompareView::viewMoved()
{
    m_fitted = false;
    update();
}

void CompareView::mouseReleaseEvent(QMouseEvent *)
{
    m_navigator.release();
}

void CompareView::mouseDoubleClickEvent(QMouseEvent *)
{
    fitToRuns();
}

} // namespace TaskLanes
