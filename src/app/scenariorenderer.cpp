#include "scenariorenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace TaskLanes::Scenarios;

namespace TaskLanes {

namespace {

constexpr double barTop = 0.15;
constexpr double barBottom = 0.85;

// In the language's digits, as the time axis (the command line's images stay in C's).
QString unitsAsText(qint64 ns, int unitMs)
{
    return QLocale().toString(double(ns) / (double(unitMs) * 1e6), 'f', 1);
}

void arrowHead(QPainter &p, QPointF from, QPointF to, double size)
{
    const double angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    const QPointF a = to - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * size;
    const QPointF b = to - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * size;
    const QPointF head[] = {to, a, b};
    p.drawPolygon(head, 3);
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t =
        length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0;
    const QPointF nearest = a + ab * t;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

QString typeLabel(ResourceType type)
{
    switch (type) {
    case ResourceType::Lock:
        return QCoreApplication::translate("ScenarioView", "lock");
    case ResourceType::RLock:
        return QCoreApplication::translate("ScenarioView", "rlock");
    case ResourceType::Semaphore:
        return QCoreApplication::translate("ScenarioView", "semaphore");
    case ResourceType::Event:
        return QCoreApplication::translate("ScenarioView", "event");
    case ResourceType::Condition:
        return QCoreApplication::translate("ScenarioView", "condition");
    case ResourceType::Barrier:
        return QCoreApplication::translate("ScenarioView", "barrier");
    case ResourceType::Queue:
        return QCoreApplication::translate("ScenarioView", "queue");
    case ResourceType::Value:
        return QCoreApplication::translate("ScenarioView", "value");
    }
    return {};
}

} // namespace

ScenarioRenderer::ScenarioRenderer(const ScenarioTrace &trace) : m_trace(trace) {}

const QList<ResourceSeries> &ScenarioRenderer::series() const
{
    if (!m_series)
        m_series = ResourceSeries::of(m_trace);
    return *m_series;
}

int ScenarioRenderer::lanes() const
{
    return int(m_trace.data().scenario.tasks.size() + m_trace.data().scenario.resources.size());
}

QString ScenarioRenderer::laneName(int lane) const
{
    const auto &s = m_trace.data().scenario;
    if (lane < s.tasks.size())
        return s.tasks.at(lane).name;
    const Resource &r = s.resources.at(lane - s.tasks.size());
    return u"%1 (%2)"_s.arg(r.name, typeLabel(r.type));
}

QColor ScenarioRenderer::taskColor(int task)
{
    return GanttRenderer::holderColor(task);
}

void ScenarioRenderer::layout(TimeLineData &d, const QRect &rect, const Options &options)
{
    d.plotLeft = rect.left() + labelWidth;
    d.plotWidth = std::max(1, rect.width() - labelWidth - 12);
    d.lanesTop = rect.top() + (options.title.isEmpty() ? 0 : titleHeight) + axisHeight;
    d.laneHeight = laneHeight;
}

double ScenarioRenderer::fitEnd(const TimeLineData &d) const
{
    const auto &data = m_trace.data();
    const double total = double(std::max<qint64>(1, data.totalNs));
    if (data.outcome != Outcome::Deadlock && data.outcome != Outcome::Stall)
        return total;
    // 70 pixels past the end for the ring.
    return total * d.plotWidth / std::max(10.0, d.plotWidth - 70);
}

int ScenarioRenderer::heightFor(const Options &options, int width, const QFont &font) const
{
    const int legend = !options.legend ? 0
                       : width > 0     ? legendRows(font, width) * legendHeight
                                       : legendHeight;
    return (options.title.isEmpty() ? 0 : titleHeight) + axisHeight + int(lanes() * laneHeight) +
           legend + 6;
}

void ScenarioRenderer::paint(QPainter &p, const QRect &rect, const TimeLineData &d,
                             const Options &options)
{
    const GanttColors &colors = options.colors;
    p.save();
    p.setClipRect(rect);
    p.fillRect(rect, colors.background);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF fm(p.font());
    if (!options.title.isEmpty()) {
        QFont bold = p.font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(colors.text);
        p.drawText(QRectF(rect.left() + 8, rect.top(), rect.width() - 16, titleHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, options.title);
        p.setFont(QFont(bold.family(), bold.pointSize()));
    }
    const double right = d.plotLeft + d.plotWidth;
    const int tasks = int(m_trace.data().scenario.tasks.size());
    for (int lane = 0; lane < lanes(); ++lane) {
        const double y = d.laneY(lane);
        if (lane % 2 == 1)
            p.fillRect(QRectF(rect.left(), y, rect.width(), d.laneHeight), colors.alternate);
        p.setPen(colors.text);
        const QString name = fm.elidedText(laneName(lane), Qt::ElideRight, labelWidth - 12);
        p.drawText(QRectF(rect.left() + 6, y, labelWidth - 10, d.laneHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, name);
    }
    // Resources below the tasks, under a line of their own.
    p.setPen(QPen(colors.axisLine, 1));
    p.drawLine(QPointF(rect.left(), d.laneY(tasks)), QPointF(right, d.laneY(tasks)));
    const QList<TimeLineData::Tick> ticks = d.ticks(90);
    p.setPen(colors.grid);
    for (const auto &t : ticks) {
        const double x = d.xForTime(t.time);
        if (x >= d.plotLeft && x <= right)
            p.drawLine(QPointF(x, d.lanesTop), QPointF(x, d.laneY(lanes())));
    }
    m_axis.paintAxis(p, rect, d, ticks, colors);
    const auto &data = m_trace.data();
    if (data.outcome == Outcome::Deadlock || data.outcome == Outcome::Stall) {
        const QFontMetricsF caption(p.font());
        const double width = std::max(
            80.0, rect.width() - 16 -
                      (options.title.isEmpty() ? 0 : fm.horizontalAdvance(options.title) + 40));
        const QString text = caption.elidedText(m_trace.stuckText(), Qt::ElideRight, int(width));
        const QRectF box =
            options.title.isEmpty()
                ? QRectF(d.plotLeft, d.lanesTop - axisHeight, d.plotWidth, axisHeight)
                : QRectF(rect.left() + 8, rect.top(), rect.width() - 16, titleHeight);
        if (options.title.isEmpty())
            p.fillRect(box, colors.background);
        p.setPen(QColor(0xCC, 0x22, 0x11));
        p.drawText(box, Qt::AlignVCenter | Qt::AlignRight, text);
    }
    p.save();
    p.setClipRect(QRectF(d.plotLeft, d.lanesTop, d.plotWidth + 1, lanes() * d.laneHeight));
    paintTasks(p, d, right);
    paintResources(p, d, right, colors);
    p.setRenderHint(QPainter::Antialiasing, true);
    if (options.arrows)
        paintFlows(p, d, options);
    paintStuck(p, d, right);
    p.restore();
    if (options.legend)
        paintLegend(p, rect, colors);
    p.restore();
}

void ScenarioRenderer::paintTasks(QPainter &p, const TimeLineData &d, double right)
{
    const auto &data = m_trace.data();
    const QFontMetricsF fm(p.font());
    for (const Span &span : data.spans) {
        const double x1 = d.xForTime(double(span.start));
        const double x2 = std::max(x1 + 1, d.xForTime(double(span.end)));
        if (x2 < d.plotLeft || x1 > right)
            continue;
        const double y = d.laneY(span.lane);
        const QRectF bar(x1, y + d.laneHeight * barTop, x2 - x1,
                         d.laneHeight * (barBottom - barTop));
        p.fillRect(bar, GanttRenderer::stateColor(span.state));
        if (span.state == SpanState::Waiting)
            p.fillRect(bar, QBrush(QColor(0, 0, 0, 110), Qt::FDiagPattern));
        else if (span.state == SpanState::Failed)
            p.fillRect(bar, QBrush(QColor(255, 255, 255, 140), Qt::BDiagPattern));
    }
    // Each step's name where it fits.
    for (const StepSpan &step : data.steps) {
        const double x1 = std::max(d.plotLeft, d.xForTime(double(step.start)));
        const double x2 = std::min(right, d.xForTime(double(step.end)));
        if (x2 - x1 < 30)
            continue;
        const FlatStep &what = data.programs.at(step.lane).at(step.step);
        QString text = stepName(what.kind);
        if (what.resource >= 0)
            text += u' ' + m_trace.resourceName(what.resource);
        else if (takesUnits(what.kind))
            text += u' ' + localNumber(what.units);
        if (fm.horizontalAdvance(text) + 6 > x2 - x1)
            continue;
        const double y = d.laneY(step.lane);
        const QRectF box(x1, y + d.laneHeight * barTop, x2 - x1,
                         d.laneHeight * (barBottom - barTop));
        // Dark text on the light states, light on running and failed.
        const SpanState first =
            what.kind == StepKind::Sleep || what.kind == StepKind::Fetch     ? SpanState::Blocked
            : what.kind == StepKind::Compute || what.kind == StepKind::Count ? SpanState::Running
                                                                             : SpanState::Waiting;
        p.setPen(step.failed ? Qt::white : GanttRenderer::textColorOn(first));
        p.drawText(box, Qt::AlignCenter, text);
    }
}

void ScenarioRenderer::paintResources(QPainter &p, const TimeLineData &d, double right,
                                      const GanttColors &colors)
{
    const auto &data = m_trace.data();
    const QFontMetricsF fm(p.font());
    const QList<ResourceSeries> &all = series();
    for (qsizetype r = 0; r < all.size(); ++r) {
        const ResourceSeries &s = all.at(r);
        const double top = d.laneY(resourceLane(int(r))) + 3;
        const double height = d.laneHeight - 6;
        for (const ResourceSeries::Hold &hold : s.holds) {
            const double x1 = d.xForTime(double(hold.start));
            const double x2 = std::max(x1 + 1, d.xForTime(double(hold.end)));
            if (x2 < d.plotLeft || x1 > right)
                continue;
            const QRectF bar(x1, top + 2, x2 - x1, height - 4);
            const bool event = s.type == ResourceType::Event;
            const QColor fill = event ? QColor(0x66, 0xCC, 0xEE) : taskColor(hold.task);
            p.fillRect(bar, fill);
            const QString label = event
                                      ? QCoreApplication::translate("ScenarioView", "set")
                                      : (hold.task >= 0 ? m_trace.taskName(hold.task) : QString());
            if (fm.horizontalAdvance(label) + 6 <= bar.width()) {
                p.setPen(event ? Qt::black : Qt::white);
                p.drawText(bar, Qt::AlignCenter, label);
            }
        }
        if (s.levels.isEmpty())
            continue;
        const double span = std::max(1e-9, s.most - s.least);
        const auto yFor = [&](double level) {
            return top + height - (level - s.least) / span * height;
        };
        const bool value = s.type == ResourceType::Value;
        const QColor ink = value ? colors.text : QColor(0x44, 0x77, 0xAA);
        for (qsizetype i = 0; i < s.levels.size(); ++i) {
            const ResourceSeries::Point &pt = s.levels.at(i);
            const qint64 until = i + 1 < s.levels.size() ? s.levels.at(i + 1).time : data.totalNs;
            const double x1 = std::max(d.plotLeft - 1, d.xForTime(double(pt.time)));
            const double x2 = std::min(right + 1, d.xForTime(double(until)));
            if (x2 < d.plotLeft || x1 > right)
                continue;
            const double y = yFor(pt.level);
            if (!value) // a level: filled up to it
                p.fillRect(QRectF(x1, y, std::max(1.0, x2 - x1), top + height - y),
                           QColor(0x44, 0x77, 0xAA, 90));
            p.setPen(QPen(ink, 1.5));
            p.drawLine(QPointF(x1, y), QPointF(x2, y));
            if (i + 1 < s.levels.size()) // the step to the next level
                p.drawLine(QPointF(x2, y), QPointF(x2, yFor(s.levels.at(i + 1).level)));
            const QString number = localNumber(pt.level);
            if (x2 - x1 > fm.horizontalAdvance(number) + 8) {
                p.setPen(colors.text);
                p.drawText(QRectF(x1 + 3, top, x2 - x1 - 4, height),
                           Qt::AlignLeft | Qt::AlignVCenter, number);
            }
            if (value && pt.task >= 0 && !pt.lost) { // a write that counted: a dot
                p.setRenderHint(QPainter::Antialiasing, true);
                p.setPen(Qt::NoPen);
                p.setBrush(taskColor(pt.task));
                p.drawEllipse(QPointF(x1, y), 4, 4);
                p.setRenderHint(QPainter::Antialiasing, false);
            }
        }
        // Lost writes last, so that a write that came at the same moment cannot hide one.
        p.setPen(QPen(QColor(0xCC, 0x33, 0x11), 2.5));
        for (const ResourceSeries::Point &pt : s.levels) {
            if (!pt.lost)
                continue;
            const double x = d.xForTime(double(pt.time));
            const double y = yFor(pt.level);
            p.drawLine(QPointF(x - 5, y - 5), QPointF(x + 5, y + 5));
            p.drawLine(QPointF(x - 5, y + 5), QPointF(x + 5, y - 5));
        }
    }
}

QPointF ScenarioRenderer::flowFrom(const TimeLineData &d, int flow) const
{
    const Flow &f = m_trace.data().flows.at(flow);
    return {d.xForTime(double(f.fromNs)), laneMiddle(d, f.fromLane)};
}

QPointF ScenarioRenderer::flowTo(const TimeLineData &d, int flow) const
{
    const Flow &f = m_trace.data().flows.at(flow);
    return {d.xForTime(double(f.toNs)), laneMiddle(d, f.toLane)};
}

void ScenarioRenderer::paintFlows(QPainter &p, const TimeLineData &d, const Options &options)
{
    const double right = d.plotLeft + d.plotWidth;
    for (qsizetype i = 0; i < m_trace.data().flows.size(); ++i) {
        const QPointF from = flowFrom(d, int(i));
        const QPointF to = flowTo(d, int(i));
        if (std::max(from.x(), to.x()) < d.plotLeft || std::min(from.x(), to.x()) > right)
            continue;
        const bool hot = i == options.highlightFlow;
        const QColor ink = hot ? QColor(0xEE, 0x77, 0x33) : QColor(0x22, 0x22, 0x22);
        p.setPen(QPen(ink, hot ? 2.5 : 1.4));
        p.setBrush(ink);
        p.drawEllipse(from, 2.5, 2.5);
        p.drawLine(from, to);
        arrowHead(p, from, to, hot ? 9 : 7);
    }
}

void ScenarioRenderer::paintStuck(QPainter &p, const TimeLineData &d, double right)
{
    const auto &data = m_trace.data();
    if (data.outcome != Outcome::Deadlock && data.outcome != Outcome::Stall)
        return;
    const QColor red(0xCC, 0x22, 0x11);
    // The ring where the cycle closed: each stuck task (left) to the resource it waits for
    // (right), that resource back to the task that holds it.
    const double taskX =
        std::clamp(d.xForTime(double(data.stuckAtNs)) + 10, d.plotLeft + 10, right - 64);
    const double resourceX = taskX + 40;
    p.setPen(QPen(red, 1.2, Qt::DashLine));
    p.drawLine(QPointF(taskX - 10, d.lanesTop), QPointF(taskX - 10, d.laneY(lanes())));
    const auto arrow = [&](QPointF from, QPointF to) {
        p.setPen(QPen(red, 2.2));
        p.setBrush(red);
        const QPointF back =
            to +
            (from - to) * (7.0 / std::max(7.0, std::hypot(to.x() - from.x(), to.y() - from.y())));
        p.drawLine(from, back);
        arrowHead(p, from, back, 9);
    };
    QList<QPointF> nodes;
    for (const StuckTask &stuck : data.stuck) {
        const QPointF task(taskX, laneMiddle(d, stuck.task));
        const QPointF resource(resourceX, laneMiddle(d, resourceLane(stuck.resource)));
        arrow(task, resource);
        nodes << task << resource;
        if (stuck.heldBy >= 0) {
            // Back to the holder on a curve bowed out to the right, so that the two ways
            // round read as a ring rather than as lines across each other.
            const QPointF holder(taskX, laneMiddle(d, stuck.heldBy));
            const QPointF bow(resourceX + 22, (resource.y() + holder.y()) / 2);
            QPainterPath path(resource);
            const QPointF towards = holder + (bow - holder) * 0.12;
            path.quadTo(bow, towards);
            p.setPen(QPen(red, 2.2));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            p.setBrush(red);
            arrowHead(p, bow, towards, 9);
            nodes << holder;
        }
    }
    p.setPen(QPen(red, 2));
    p.setBrush(Qt::white);
    for (const QPointF &node : nodes)
        p.drawEllipse(node, 5, 5);
}

namespace {

// The legend's entries, each a swatch of some width and a text, in order.
struct LegendEntry
{
    int swatch; // 0..5: a state (running … failed), 6: hand-off, 7: lost write
    double swatchWidth;
    QString text;
};

QList<LegendEntry> legendEntries()
{
    QList<LegendEntry> entries;
    const SpanState states[] = {SpanState::Running, SpanState::Blocked, SpanState::Awaiting,
                                SpanState::Ready,   SpanState::Waiting, SpanState::Failed};
    for (int i = 0; i < 6; ++i)
        entries.append({i, 24,
                        states[i] == SpanState::Waiting
                            ? QCoreApplication::translate("ScenarioView", "waiting for a resource")
                            : GanttRenderer::stateLabel(states[i])});
    entries.append({6, 26, QCoreApplication::translate("ScenarioView", "hand-off")});
    entries.append({7, 16, QCoreApplication::translate("ScenarioView", "lost write")});
    return entries;
}

// Where each entry starts (x from the left edge, row), wrapping onto a new row where the
// next would not fit in the width.
QList<QPair<double, int>> legendPlaces(const QList<LegendEntry> &entries, const QFontMetricsF &fm,
                                       double width)
{
    QList<QPair<double, int>> places;
    double x = 8;
    int row = 0;
    for (const LegendEntry &e : entries) {
        const double w = e.swatchWidth + fm.horizontalAdvance(e.text) + 14;
        if (x > 8 && x + w > width) {
            x = 8;
            ++row;
        }
        places.append({x, row});
        x += w;
    }
    return places;
}

} // namespace

int ScenarioRenderer::legendRows(const QFont &font, int width)
{
    const QList<QPair<double, int>> places =
        legendPlaces(legendEntries(), QFontMetricsF(font), width);
    return places.isEmpty() ? 1 : places.last().second + 1;
}

void ScenarioRenderer::paintLegend(QPainter &p, const QRect &rect, const GanttColors &colors)
{
    const QFontMetricsF fm(p.font());
    const QList<LegendEntry> entries = legendEntries();
    const QList<QPair<double, int>> places = legendPlaces(entries, fm, rect.width());
    const int rows = places.isEmpty() ? 1 : places.last().second + 1;
    const double top = rect.bottom() + 1 - rows * legendHeight;
    p.fillRect(QRectF(rect.left(), top, rect.width(), rows * legendHeight), colors.background);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const LegendEntry &e = entries.at(i);
        const double x = rect.left() + places.at(i).first;
        const double cy = top + places.at(i).second * legendHeight + legendHeight / 2.0;
        if (e.swatch < 6) {
            const SpanState state =
                std::array{SpanState::Running, SpanState::Blocked, SpanState::Awaiting,
                           SpanState::Ready,   SpanState::Waiting, SpanState::Failed}[e.swatch];
            const QRectF box(x, cy - 6, 19, 12);
            p.fillRect(box, GanttRenderer::stateColor(state));
            if (state == SpanState::Waiting)
                p.fillRect(box, QBrush(QColor(0, 0, 0, 110), Qt::FDiagPattern));
            if (state == SpanState::Failed)
                p.fillRect(box, QBrush(QColor(255, 255, 255, 140), Qt::BDiagPattern));
        } else if (e.swatch == 6) {
            p.save();
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(QColor(0x22, 0x22, 0x22), 1.4));
            p.setBrush(QColor(0x22, 0x22, 0x22));
            arrowHead(p, QPointF(x, cy), QPointF(x + 20, cy), 7);
            p.drawLine(QPointF(x, cy), QPointF(x + 20, cy));
            p.restore();
        } else {
            p.save();
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(QColor(0xCC, 0x33, 0x11), 2.5));
            p.drawLine(QPointF(x, cy - 5), QPointF(x + 10, cy + 5));
            p.drawLine(QPointF(x, cy + 5), QPointF(x + 10, cy - 5));
            p.restore();
        }
        p.setPen(colors.text);
        p.drawText(QPointF(x + e.swatchWidth, cy + fm.ascent() / 2 - 1), e.text);
    }
}

int ScenarioRenderer::flowAt(const TimeLineData &d, QPointF at) const
{
    int best = -1;
    double nearest = 5;
    for (qsizetype i = 0; i < m_trace.data().flows.size(); ++i) {
        const double distance = distanceToSegment(at, flowFrom(d, int(i)), flowTo(d, int(i)));
        if (distance <= nearest) {
            nearest = distance;
            best = int(i);
        }
    }
    return best;
}

qint32 ScenarioRenderer::spanAt(const TimeLineData &d, QPointF at) const
{
    const int lane = d.laneAt(at.y());
    if (lane < 0 || lane >= m_trace.data().scenario.tasks.size())
        return -1;
    const double time = d.timeForX(at.x());
    const double slack = 2 * d.nsPerPixel; // a span a pixel wide can be pointed at
    const auto &spans = m_trace.data().spans;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const Span &s = spans.at(i);
        if (s.lane == lane && double(s.start) - slack <= time && time <= double(s.end) + slack)
            return qint32(i);
    }
    return -1;
}

QString ScenarioRenderer::flowText(int flow) const
{
    const auto &data = m_trace.data();
    const Flow &f = data.flows.at(flow);
    const QString giver = m_trace.taskName(f.fromLane);
    const QString taker = m_trace.taskName(f.toLane);
    const QString resource = m_trace.resourceName(f.resource);
    QString text;
    switch (f.kind) {
    case FlowKind::ReleaseAcquire:
        text = QCoreApplication::translate("ScenarioView", "%1 released %2 → %3 acquired it")
                   .arg(giver, resource, taker);
        break;
    case FlowKind::PutGet:
        text = QCoreApplication::translate("ScenarioView", "%1 put an item into %2 → %3 got it")
                   .arg(giver, resource, taker);
        break;
    case FlowKind::SetWait:
        text = QCoreApplication::translate("ScenarioView", "%1 set %2 → %3 went on")
                   .arg(giver, resource, taker);
        break;
    case FlowKind::NotifyWait:
        text = QCoreApplication::translate("ScenarioView", "%1 notified %2 → %3 woke")
                   .arg(giver, resource, taker);
        break;
    case FlowKind::BarrierRelease:
        text =
            QCoreApplication::translate("ScenarioView", "%1 was the last to reach %2 → %3 went on")
                .arg(giver, resource, taker);
        break;
    case FlowKind::TaskDoneJoin:
        text = QCoreApplication::translate("ScenarioView",
                                           "%1 finished the last item of %2 → %3's join returned")
                   .arg(giver, resource, taker);
        break;
    }
    // How long the taker had waited for it: its waiting spans in the step it went on in.
    qint64 waited = 0;
    for (const StepSpan &step : data.steps) {
        if (step.lane != f.toLane || step.start > f.toNs || step.end < f.toNs)
            continue;
        for (qsizetype i = 0; i < data.spans.size(); ++i) {
            const Span &s = data.spans.at(i);
            if (s.lane == step.lane && s.item == step.step && s.state == SpanState::Waiting &&
                s.end <= f.toNs)
                waited += s.end - s.start;
        }
        break;
    }
    if (waited > 0)
        text += u", "_s + QCoreApplication::translate("ScenarioView", "waited %1 units")
                              .arg(unitsAsText(waited, data.unitMs));
    return text;
}

QString ScenarioRenderer::spanText(qint32 index) const
{
    const auto &data = m_trace.data();
    const Span &span = data.spans.at(index);
    const FlatStep &what = data.programs.at(span.lane).at(span.item);
    QString step = what.where + u": "_s + stepName(what.kind);
    if (what.resource >= 0)
        step += u' ' + m_trace.resourceName(what.resource);
    QString state = GanttRenderer::stateLabel(span.state);
    if (const auto wait = data.waits.constFind(index); wait != data.waits.cend()) {
        state = wait->heldBy >= 0
                    ? QCoreApplication::translate("ScenarioView", "waiting for %1, held by %2")
                          .arg(m_trace.resourceName(wait->resource), m_trace.taskName(wait->heldBy))
                    : QCoreApplication::translate("ScenarioView", "waiting for %1")
                          .arg(m_trace.resourceName(wait->resource));
        if (span.state == SpanState::Failed)
            state += u" ("_s + GanttRenderer::stateLabel(SpanState::Failed) + u')';
    }
    QString text =
        u"%1 — %2\n%3\n"_s.arg(m_trace.taskName(span.lane), step, state) +
        QCoreApplication::translate("ScenarioView", "%1 units, from %2 to %3")
            .arg(unitsAsText(span.end - span.start, data.unitMs),
                 unitsAsText(span.start, data.unitMs), unitsAsText(span.end, data.unitMs));
    for (qsizetype i = 0; i < data.steps.size(); ++i) {
        const StepSpan &s = data.steps.at(i);
        if (s.lane == span.lane && s.step == span.item && s.failed)
            text += u'\n' + data.errors.value(qint32(i));
    }
    return text;
}

QString ScenarioRenderer::summary(const ScenarioTrace &trace)
{
    const auto &data = trace.data();
    QStringList parts;
    switch (data.outcome) {
    case Outcome::Finished:
        parts.append(QCoreApplication::translate("ScenarioView", "Every task ran all its steps."));
        break;
    case Outcome::StepFailed:
        parts.append(QCoreApplication::translate("ScenarioView",
                                                 "A step failed, and its task ended there."));
        break;
    case Outcome::Deadlock:
    case Outcome::Stall:
        parts.append(trace.stuckText());
        break;
    case Outcome::Stopped:
        parts.append(QCoreApplication::translate("ScenarioView", "Stopped."));
        break;
    }
    for (const ValueResult &value : data.values)
        parts.append(trace.valueText(value));
    parts.append(QCoreApplication::translate("ScenarioView", "%1 hand-offs drawn as arrows.")
                     .arg(data.flows.size()));
    return parts.join(u'\n');
}

void ScenarioRenderer::paintChart(QPainter &p, const QRect &rect, const GanttColors &colors)
{
    const auto &data = m_trace.data();
    const QList<TaskTimes> times = TaskTimes::of(m_trace);
    p.save();
    p.fillRect(rect, colors.background);
    const QFontMetricsF fm(p.font());
    const double left = rect.left() + labelWidth;
    const double width = std::max(10.0, rect.width() - labelWidth - 16.0);
    const double rowHeight = 28;
    double total = 1;
    for (const TaskTimes &t : times) {
        qint64 sum = t.running + t.sleeping + t.ready + t.failed;
        for (qint64 w : t.waitingOn)
            sum += w;
        total = std::max(total, double(sum));
    }
    const double top = rect.top() + 10;
    for (qsizetype i = 0; i < times.size(); ++i) {
        const TaskTimes &t = times.at(i);
        const double y = top + double(i) * rowHeight;
        p.setPen(colors.text);
        p.drawText(QRectF(rect.left() + 6, y, labelWidth - 10, rowHeight), Qt::AlignVCenter,
                   fm.elidedText(m_trace.taskName(int(i)), Qt::ElideRight, labelWidth - 12));
        double x = left;
        const auto segment = [&](qint64 ns, SpanState state, const QString &label) {
            if (ns <= 0)
                return;
            const double w = double(ns) / total * width;
            const QRectF bar(x, y + 4, w, rowHeight - 8);
            p.fillRect(bar, GanttRenderer::stateColor(state));
            if (state == SpanState::Waiting)
                p.fillRect(bar, QBrush(QColor(0, 0, 0, 110), Qt::FDiagPattern));
            if (fm.horizontalAdvance(label) + 6 <= w) {
                p.setPen(GanttRenderer::textColorOn(state));
                p.drawText(bar, Qt::AlignCenter, label);
            }
            x += w;
        };
        segment(t.running, SpanState::Running,
                QCoreApplication::translate("ScenarioView", "running"));
        segment(t.sleeping, SpanState::Blocked,
                QCoreApplication::translate("ScenarioView", "sleeping"));
        segment(t.ready, SpanState::Ready, QCoreApplication::translate("ScenarioView", "ready"));
        for (qsizetype r = 0; r < t.waitingOn.size(); ++r)
            segment(t.waitingOn.at(r), SpanState::Waiting,
                    QCoreApplication::translate("ScenarioView", "waiting for %1")
                        .arg(m_trace.resourceName(int(r))));
        segment(t.failed, SpanState::Failed, GanttRenderer::stateLabel(SpanState::Failed));
        p.setPen(colors.text);
        p.drawText(
            QRectF(x + 4, y, 120, rowHeight), Qt::AlignVCenter,
            QCoreApplication::translate("ScenarioView", "%1 units")
                .arg(unitsAsText(qint64(x - left) > 0 ? qint64((x - left) / width * total) : 0,
                                 data.unitMs)));
    }
    p.restore();
}

} // namespace TaskLanes
