#include "ganttview.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TaskLanes {

GanttView::GanttView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 160);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(keysHelp());
    m_options.colors = GanttColors::fromPalette(palette());
    m_vScroll = new QScrollBar(Qt::Vertical, this);
    m_vScroll->hide();
    connect(m_vScroll, &QScrollBar::valueChanged, this, [this](int v) {
        m_data.scrollY = v;
        update();
    });
    relayout();
}

QString GanttView::keysHelp()
{
    return tr("Gantt timeline of the run: one lane per task. Wheel or +/- to zoom, drag or arrow "
              "keys to pan, Home to fit; Ctrl+arrow keys go from bar to bar, Enter tells about "
              "the bar.");
}

void GanttView::startRun(const QString &variant, const QList<WorkItem> &items, int tasks,
                         const IdealSchedule &ideal, int unitMs)
{
    m_trace.reset(variant, items, tasks, ideal, unitMs);
    m_data.boundEnd = 0; // nothing ran yet
    m_following = true;
    m_options.highlightSpan = -1;
    m_options.selectedSpan = -1;
    m_data.scrollY = 0;
    updateScrollBar();
    fitToRun();
}

void GanttView::applyBatch(const TraceBatch &batch)
{
    m_trace.applyBatch(batch);
    m_data.boundEnd = fitEnd();
    if (m_following)
        m_data.fit(0, fitEnd());
    update();
}

void GanttView::setTrace(const Trace &trace)
{
    const bool keepView =
        !m_following && m_trace.variant() == trace.variantId() && m_trace.lanes() == trace.tasks();
    m_trace.setTrace(trace);
    m_data.boundEnd = fitEnd();
    if (m_options.selectedSpan >= m_trace.spans().size())
        m_options.selectedSpan = -1;
    updateScrollBar();
    if (!keepView)
        fitToRun();
    update();
}

void GanttView::clear()
{
    m_trace.clear();
    updateScrollBar();
    update();
}

void GanttView::setShowIdeal(bool show)
{
    m_options.showIdeal = show;
    update();
}

double GanttView::fitEnd() const
{
    return std::max(double(m_trace.extentNs()), m_sharedEnd);
}

void GanttView::setSharedEnd(double ns)
{
    m_sharedEnd = ns;
    m_data.boundEnd = fitEnd();
    fitToRun();
}

void GanttView::fitToRun()
{
    m_following = true;
    m_data.fit(0, fitEnd());
    update();
}

void GanttView::zoomIn()
{
    TimeLineNavigator::zoomIn(m_data);
    viewMoved();
}

void GanttView::zoomOut()
{
    TimeLineNavigator::zoomOut(m_data);
    viewMoved();
}

void GanttView::viewMoved()
{
    stopFollowing();
    update();
}

void GanttView::stopFollowing()
{
    m_following = false;
}

void GanttView::relayout()
{
    const int scrollWidth = m_vScroll->isVisible() ? m_vScroll->sizeHint().width() : 0;
    GanttRenderer::layout(m_data, QRect(0, 0, width() - scrollWidth, height()), m_options);
}

void GanttView::updateScrollBar()
{
    relayout();
    // Lanes share the height: tall when there are few, down to a minimum, then scroll.
    const double available = height() - m_data.lanesTop - GanttRenderer::legendHeight;
    const int lanes = std::max(1, GanttRenderer::shownLanes(m_trace));
    m_data.laneHeight = std::clamp(available / lanes, 18.0, 64.0);
    const double lanesHeight = lanes * m_data.laneHeight;
    const bool needed = lanesHeight > available + 0.5 && available > 0;
    m_vScroll->setVisible(needed);
    if (needed) {
        const int w = m_vScroll->sizeHint().width();
        m_vScroll->setGeometry(width() - w, int(m_data.lanesTop), w, int(available));
        m_vScroll->setRange(0, int(lanesHeight - available));
        m_vScroll->setPageStep(int(available));
        m_vScroll->setSingleStep(int(m_data.laneHeight));
    } else {
        m_vScroll->setValue(0);
        m_data.scrollY = 0;
    }
    relayout();
}

void GanttView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int scrollWidth = m_vScroll->isVisible() ? m_vScroll->width() : 0;
    const QRect area(0, 0, width() - scrollWidth, height());
    if (m_trace.lanes() == 0) {
        p.fillRect(rect(), m_options.colors.background);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter,
                   tr("Press Run: the timeline of the run appears here, one lane per task."));
        return;
    }
    m_renderer.paint(p, area, m_trace, m_data, m_options);
}

void GanttView::resizeEvent(QResizeEvent *)
{
    updateScrollBar();
    if (m_following)
        m_data.fit(0, fitEnd());
}

void GanttView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier)
        m_vScroll->setValue(m_vScroll->value() -
                            int(event->angleDelta().y() / 120.0 * m_data.laneHeight * 3));
    else if (m_navigator.wheel(m_data, *event) == TimeLineNavigator::Change::Moved)
        viewMoved();
    update();
    event->accept();
}

void GanttView::mousePressEvent(QMouseEvent *event)
{
    m_navigator.press(*event);
    if (m_navigator.isDragging())
        setCursor(Qt::ClosedHandCursor);
}

void GanttView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_navigator.isDragging()) {
        QPointF delta;
        if (m_navigator.move(m_data, *event, &delta) == TimeLineNavigator::Change::Moved)
            viewMoved();
        if (delta.y() != 0 && m_vScroll->isVisible())
            m_vScroll->setValue(m_vScroll->value() - int(delta.y()));
        update();
        return;
    }
    const qint32 span = spanUnder(event->position());
    if (span != m_options.highlightSpan) {
        m_options.highlightSpan = span;
        update();
    }
    if (span >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), describeSpan(span), this);
    else
        QToolTip::hideText();
}

void GanttView::mouseReleaseEvent(QMouseEvent *)
{
    m_navigator.release();
    unsetCursor();
}

void GanttView::mouseDoubleClickEvent(QMouseEvent *)
{
    fitToRun();
}

void GanttView::keyPressEvent(QKeyEvent *event)
{
    // The bars: Ctrl+arrows go from one to the next, Enter tells about the chosen one.
    if (event->modifiers() & Qt::ControlModifier) {
        const std::pair<int, std::pair<int, int>> steps[] = {{Qt::Key_Left, {-1, 0}},
                                                             {Qt::Key_Right, {1, 0}},
                                                             {Qt::Key_Up, {0, -1}},
                                                             {Qt::Key_Down, {0, 1}}};
        for (const auto &[key, step] : steps) {
            if (event->key() == key) {
                moveSelection(step.first, step.second);
                return;
            }
        }
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        showSelectedDetails();
        return;
    case Qt::Key_Up: // the lanes
        m_vScroll->setValue(m_vScroll->value() - int(m_data.laneHeight));
        return;
    case Qt::Key_Down:
        m_vScroll->setValue(m_vScroll->value() + int(m_data.laneHeight));
        return;
    default:
        break;
    }
    switch (m_navigator.key(m_data, *event)) {
    case TimeLineNavigator::Change::Moved:
        viewMoved();
        return;
    case TimeLineNavigator::Change::Fit:
        fitToRun();
        return;
    case TimeLineNavigator::Change::None:
        QWidget::keyPressEvent(event);
        return;
    }
}

void GanttView::moveSelection(int step, int laneStep)
{
    if (m_trace.lanes() == 0 || m_trace.spans().isEmpty())
        return;
    const qint32 current = m_options.selectedSpan;
    if (current < 0 || current >= m_trace.spans().size()) {
        // Nothing chosen yet: start at the first bar in view, in the first lane that has one.
        for (int lane = 0; lane < m_trace.lanes(); ++lane) {
            const auto [first, last] =
                m_trace.visible(lane, qint64(m_data.viewStart), qint64(m_data.viewEnd()));
            if (first < last) {
                selectSpan(m_trace.laneSpans(lane).at(first));
                return;
            }
        }
        for (int lane = 0; lane < m_trace.lanes(); ++lane) {
            if (!m_trace.laneSpans(lane).isEmpty()) {
                selectSpan(m_trace.laneSpans(lane).first());
                return;
            }
        }
        return;
    }
    const Span &s = m_trace.spans().at(current);
    if (laneStep != 0) {
        // The bar of the next lane (in that direction) nearest to this one's start.
        for (int lane = s.lane + laneStep; lane >= 0 && lane < m_trace.lanes(); lane += laneStep) {
            const QList<qint32> &ids = m_trace.laneSpans(lane);
            if (ids.isEmpty())
                continue;
            const auto &spans = m_trace.spans();
            auto it = std::lower_bound(ids.begin(), ids.end(), s.start, [&](qint32 id, qint64 t) {
                return m_trace.endOf(spans.at(id)) < t;
            });
            if (it == ids.end())
                --it;
            selectSpan(*it);
            return;
        }
        return;
    }
    const QList<qint32> &ids = m_trace.laneSpans(s.lane);
    const auto &spans = m_trace.spans();
    auto it = std::lower_bound(ids.begin(), ids.end(), s.start,
                               [&](qint32 id, qint64 t) { return spans.at(id).start < t; });
    while (it != ids.end() && *it != current)
        ++it;
    const auto position = it - ids.begin();
    const auto next = position + step;
    if (next >= 0 && next < ids.size())
        selectSpan(ids.at(next));
}

void GanttView::selectSpan(qint32 span)
{
    m_options.selectedSpan = span;
    const Span &s = m_trace.spans().at(span);
    // Bring the bar into view, horizontally and vertically.
    const double start = double(s.start);
    const double end = double(m_trace.endOf(s));
    if (start < m_data.viewStart || end > m_data.viewEnd()) {
        stopFollowing();
        const double width = m_data.viewEnd() - m_data.viewStart;
        if (end - start < width * 0.9)
            m_data.viewStart = std::max(0.0, (start + end) / 2 - width / 2);
        else
            m_data.fit(start, end);
    }
    const double top = m_data.laneY(s.lane);
    const double bottom = top + m_data.laneHeight;
    const double visibleBottom = height() - GanttRenderer::legendHeight;
    if (top < m_data.lanesTop)
        m_vScroll->setValue(m_vScroll->value() - int(m_data.lanesTop - top));
    else if (bottom > visibleBottom)
        m_vScroll->setValue(m_vScroll->value() + int(bottom - visibleBottom));
    const QString description = describeSpan(span);
    setAccessibleDescription(description + u"\n\n"_s + keysHelp());
    Q_EMIT spanSelected(QString(description).replace(u'\n', u"   "_s));
    update();
}

void GanttView::showSelectedDetails()
{
    const qint32 span = m_options.selectedSpan;
    if (span < 0 || span >= m_trace.spans().size())
        return;
    const Span &s = m_trace.spans().at(span);
    const double x = std::clamp(m_data.xForTime(double(s.start)), m_data.plotLeft,
                                m_data.plotLeft + m_data.plotWidth);
    const QPoint at(int(x), int(m_data.laneY(s.lane) + m_data.laneHeight));
    QToolTip::showText(mapToGlobal(at), describeSpan(span), this);
}

void GanttView::changeEvent(QEvent *event)
{
    // Follow the theme: a dark palette gets a dark timeline.
    if (event->type() == QEvent::PaletteChange) {
        m_options.colors = GanttColors::fromPalette(palette());
        update();
    }
    QWidget::changeEvent(event);
}

void GanttView::leaveEvent(QEvent *)
{
    if (m_options.highlightSpan >= 0) {
        m_options.highlightSpan = -1;
        update();
    }
}

qint32 GanttView::spanUnder(const QPointF &pos) const
{
    if (pos.x() < m_data.plotLeft || pos.y() < m_data.lanesTop)
        return -1;
    const int lane = m_data.laneAt(pos.y());
    if (lane < 0 || lane >= m_trace.lanes())
        return -1;
    // A few pixels of slack so that thin bars can be hovered.
    const qint64 slack = qint64(3 * m_data.nsPerPixel);
    return m_trace.spanAt(lane, qint64(m_data.timeForX(pos.x())), slack);
}

QString GanttView::describeSpan(qint32 index) const
{
    if (index < 0 || index >= m_trace.spans().size())
        return {};
    const Span &s = m_trace.spans().at(index);
    const WorkItem item = m_trace.items().value(s.item);
    const qint64 end = m_trace.endOf(s);
    const double unitNs = double(m_trace.unitMs()) * 1e6;
    auto ms = [](qint64 ns) { return QLocale().toString(double(ns) / 1e6, 'f', 2); };
    QString text = s.item < 0 ? tr("Task %1 — before its next item").arg(taskName(s.lane))
                              : tr("Task %1 — item %2: %3 %4")
                                    .arg(taskName(s.lane))
                                    .arg(s.item + 1)
                                    .arg(kindLabel(item.kind), item.valueText());
    text += u'\n' + tr("State: %1").arg(GanttRenderer::stateLabel(s.state));
    if (const QString what = GanttRenderer::waitingForLabel(s.waitingFor); !what.isEmpty())
        text += u'\n' + tr("Waiting for: %1").arg(what);
    text += u'\n' + tr("Start: %1 ms   End: %2 ms%3")
                        .arg(ms(s.start), ms(end), s.isOpen() ? tr(" (still going)") : QString());
    text += u'\n' + tr("Elapsed: %1 ms (%L2 units)")
                        .arg(ms(end - s.start))
                        .arg(double(end - s.start) / unitNs, 0, 'f', 2);
    if (const QString error = s.item < 0 ? QString() : m_trace.errorFor(s.item); !error.isEmpty())
        text += u'\n' + tr("Error: %1").arg(error);
    return text;
}

} // namespace TaskLanes
