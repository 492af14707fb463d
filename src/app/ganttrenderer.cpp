#include "ganttrenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QStaticText>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {
constexpr std::array allStates{SpanState::Running, SpanState::Blocked, SpanState::Awaiting,
                               SpanState::Ready,   SpanState::Waiting, SpanState::Failed};
constexpr int stateCount = int(allStates.size());
static_assert(stateCount == spanStateCount);
// Waiting on a resource belongs to scenarios; the work queue's runs never show it.
constexpr std::array legendStates{SpanState::Running, SpanState::Blocked, SpanState::Awaiting,
                                  SpanState::Ready, SpanState::Failed};
// Bars take the upper part of a lane; the ideal strip sits below them.
constexpr double barTop = 0.12;
constexpr double barBottom = 0.70;
constexpr double idealTop = 0.76;
constexpr double idealBottom = 0.92;

// The left edge of the pixel column after x's (x is never far left of the plot, where
// truncation and floor differ): without a call to floor, in a loop run once per column.
double nextPixel(double x)
{
    return x >= 0 ? double(qint64(x)) + 1 : std::floor(x) + 1;
}

// A bar shows its number, or for a URL its path (the whole URL is in the tooltip).
QString barLabel(const WorkItem &item)
{
    if (item.isNumeric())
        return item.valueText();
    const QUrl url(item.url);
    const QString path = url.path(QUrl::FullyDecoded);
    return path.isEmpty() || path == "/"_L1 ? url.host() : path;
}

} // namespace

QColor GanttRenderer::stoppedColor()
{
    return QColor(0x55, 0x55, 0x55); // darker than "ready", apart from every state
}

QColor GanttRenderer::stateColor(SpanState state)
{
    // Paul Tol's "bright" scheme: distinguishable with the common colour-vision deficiencies.
    switch (state) {
    case SpanState::Running:
        return QColor(0x44, 0x77, 0xAA);
    case SpanState::Blocked:
        return QColor(0xEE, 0x66, 0x77);
    case SpanState::Awaiting:
        return QColor(0x66, 0xCC, 0xEE);
    case SpanState::Ready:
        return QColor(0xBB, 0xBB, 0xBB);
    case SpanState::Waiting:
        return QColor(0xCC, 0xBB, 0x44);
    case SpanState::Failed:
        return QColor(0xAA, 0x33, 0x77);
    }
    return Qt::gray;
}

QColor GanttRenderer::textColorOn(SpanState state)
{
    return state == SpanState::Running || state == SpanState::Failed ? Qt::white : Qt::black;
}

QString GanttRenderer::stateLabel(SpanState state)
{
    switch (state) {
    case SpanState::Running:
        return QCoreApplication::translate("Gantt", "running (CPU)");
    case SpanState::Blocked:
        return QCoreApplication::translate("Gantt", "blocked");
    case SpanState::Awaiting:
        return QCoreApplication::translate("Gantt", "awaiting");
    case SpanState::Ready:
        return QCoreApplication::translate("Gantt", "ready (waiting for its turn)");
    case SpanState::Waiting:
        return QCoreApplication::translate("Gantt", "waiting (lock or resource)");
    case SpanState::Failed:
        return QCoreApplication::translate("Gantt", "failed");
    }
    return {};
}

QString GanttRenderer::waitingForLabel(WaitingFor what)
{
    switch (what) {
    case WaitingFor::Nothing:
        return {};
    case WaitingFor::Scheduler:
        return QCoreApplication::translate("Gantt", "the scheduler loop to resume it");
    case WaitingFor::Loop:
        return QCoreApplication::translate("Gantt", "the event loop, busy with another task");
    case WaitingFor::Gil:
        return QCoreApplication::translate("Gantt", "the GIL, held by another thread");
    case WaitingFor::Connection:
        return QCoreApplication::translate("Gantt", "a free connection");
    }
    return {};
}

void GanttRenderer::layout(TimeLineData &d, const QRect &rect, const Options &options)
{
    const int top = rect.top() + (options.title.isEmpty() ? 0 : titleHeight);
    d.plotLeft = rect.left() + labelWidth;
    d.plotWidth = std::max(1, rect.width() - labelWidth - 8);
    d.lanesTop = top + (options.showAxis ? axisHeight : 0);
}

int GanttRenderer::heightFor(int lanes, double laneHeight, const Options &options)
{
    return (options.title.isEmpty() ? 0 : titleHeight) + (options.showAxis ? axisHeight : 0) +
           int(lanes * laneHeight) + (options.showLegend ? legendHeight : 0) + 4;
}

bool GanttRenderer::hasGilLane(const LiveTrace &trace)
{
    return trace.variant() == "threads-gil"_L1 && trace.lanes() > 0;
}

int GanttRenderer::shownLanes(const LiveTrace &trace)
{
    return trace.lanes() + (hasGilLane(trace) ? 1 : 0);
}

QColor GanttRenderer::holderColor(int task)
{
    static const QColor colors[] = {QColor(0x33, 0x22, 0x88), QColor(0x11, 0x77, 0x33),
                                    QColor(0x88, 0x22, 0x55), QColor(0x44, 0xAA, 0x99),
                                    QColor(0x99, 0x99, 0x33), QColor(0xAA, 0x44, 0x99),
                                    QColor(0x88, 0xCC, 0xEE), QColor(0xCC, 0x66, 0x77)};
    return colors[size_t(task) % std::size(colors)];
}

GanttColors GanttColors::fromPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    auto mix = [&](double f) {
        return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * f,
                                base.greenF() + (text.greenF() - base.greenF()) * f,
                                base.blueF() + (text.blueF() - base.blueF()) * f);
    };
    GanttColors c;
    c.background = base;
    c.alternate = palette.color(QPalette::AlternateBase);
    c.text = text;
    c.grid = mix(0.15);
    c.axisLine = mix(0.45);
    c.ideal = mix(0.7);
    c.idealFill = text;
    c.idealFill.setAlpha(28);
    return c;
}

const QStaticText &GanttRenderer::laidOut(const QString &text, const QFont &font)
{
    const QString fontKey = font.key();
    if (fontKey != m_textsFont || m_texts.size() > 4000) {
        m_texts.clear();
        m_textsFont = fontKey;
    }
    auto it = m_texts.find(text);
    if (it == m_texts.end()) {
        QStaticText st(text);
        st.setTextFormat(Qt::PlainText);
        st.setPerformanceHint(QStaticText::AggressiveCaching);
        st.prepare(QTransform(), font);
        it = m_texts.insert(text, st);
    }
    return *it;
}

// Draws text centred (or left-aligned) vertically in r.
void GanttRenderer::drawText(QPainter &p, const QRectF &r, const QString &text, bool centre)
{
    const QStaticText &st = laidOut(text, p.font());
    const QSizeF size = st.size();
    const double x = centre ? r.center().x() - size.width() / 2 : r.left();
    p.drawStaticText(QPointF(x, r.center().y() - size.height() / 2), st);
}

const QString &GanttRenderer::laneName(int lane, const QFont &font, double width)
{
    const QString key =
        font.key() + u'/' + QString::number(width) + u'/' + QString::number(m_gilLane);
    if (key != m_laneNamesKey) {
        m_laneNames.clear();
        m_laneNamesKey = key;
    }
    auto name = m_laneNames.find(lane);
    if (name == m_laneNames.end())
        name =
            m_laneNames.insert(lane, QFontMetricsF(font).elidedText(
                                         lane == m_gilLane ? u"GIL"_s : u"Task "_s + taskName(lane),
                                         Qt::ElideRight, width));
    return *name;
}

void GanttRenderer::paintAxis(QPainter &p, const QRect &rect, const TimeLineData &d,
                              const QList<TimeLineData::Tick> &ticks, const GanttColors &colors)
{
    const QFontMetricsF fm(p.font());
    const double plotRight = d.plotLeft + d.plotWidth;
    const double axisTop = d.lanesTop - axisHeight;
    p.fillRect(QRectF(rect.left(), axisTop, rect.width(), axisHeight), colors.background);
    p.setPen(colors.axisLine);
    p.drawLine(QPointF(d.plotLeft, d.lanesTop - 0.5), QPointF(plotRight, d.lanesTop - 0.5));
    p.setPen(colors.text);
    for (const auto &t : ticks) {
        const double x = d.xForTime(t.time);
        if (x < d.plotLeft - 1 || x > plotRight + 1)
            continue;
        p.drawLine(QPointF(x, d.lanesTop - 5), QPointF(x, d.lanesTop));
        const QStaticText &label = laidOut(t.label, p.font());
        const double w = label.size().width();
        p.drawStaticText(QPointF(std::clamp(x - w / 2, double(rect.left()), rect.right() - w),
                                 d.lanesTop - 9 - fm.ascent()),
                         label);
    }
}

void GanttRenderer::paint(QPainter &p, const QRect &rect, const LiveTrace &trace,
                          const TimeLineData &d, const Options &options)
{
    p.save();
    p.setClipRect(rect);
    p.fillRect(rect, options.colors.background);
    Frame f;
    f.rect = rect;
    f.plotRight = d.plotLeft + d.plotWidth;
    f.lanesBottom = rect.bottom() + 1 - (options.showLegend ? legendHeight : 0);
    f.firstLane = std::max(0, d.laneAt(d.lanesTop));
    f.lastLane = std::min(shownLanes(trace) - 1, d.laneAt(f.lanesBottom));
    f.lastTaskLane = std::min(trace.lanes() - 1, f.lastLane);
    const QList<TimeLineData::Tick> ticks = d.ticks(90);

    m_gilLane = hasGilLane(trace) ? trace.lanes() : -1;
    paintTitle(p, f, options);
    paintLanes(p, f, d, options.colors);
    paintGrid(p, f, d, ticks, options.colors);
    p.save();
    p.setClipRect(
        QRectF(d.plotLeft, d.lanesTop, d.plotWidth, std::max(0.0, f.lanesBottom - d.lanesTop)));
    if (options.showIdeal)
        paintIdeal(p, f, trace, d, options.colors);
    paintBars(p, f, trace, d, options);
    if (hasGilLane(trace) && f.lastLane == trace.lanes())
        paintGilLane(p, f, trace, d);
    p.restore();
    paintLaneNames(p, f, d, options.colors);
    if (options.showAxis)
        paintAxis(p, rect, d, ticks, options.colors);
    if (options.showLegend) {
        Options legend = options;
        legend.showStopped = options.showStopped || trace.hasStopped();
        paintLegend(p, f, legend);
    }
    p.restore();
}

void GanttRenderer::paintTitle(QPainter &p, const Frame &f, const Options &options)
{
    if (options.title.isEmpty())
        return;
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(options.colors.text);
    p.drawText(QRectF(f.rect.left() + 8, f.rect.top(), f.rect.width() - 16, titleHeight),
               Qt::AlignVCenter | Qt::AlignLeft, options.title);
    p.setFont(QFont());
}

// Alternating rows.
void GanttRenderer::paintLanes(QPainter &p, const Frame &f, const TimeLineData &d,
                               const GanttColors &colors)
{
    for (int lane = f.firstLane; lane <= f.lastLane; ++lane) {
        if (lane % 2)
            p.fillRect(QRectF(f.rect.left(), d.laneY(lane), f.rect.width(), d.laneHeight),
                       colors.alternate);
    }
}

void GanttRenderer::paintGrid(QPainter &p, const Frame &f, const TimeLineData &d,
                              const QList<TimeLineData::Tick> &ticks, const GanttColors &colors)
{
    p.setPen(colors.grid);
    for (const auto &t : ticks) {
        const double x = std::round(d.xForTime(t.time)) + 0.5;
        p.drawLine(QPointF(x, d.lanesTop), QPointF(x, f.lanesBottom));
    }
}

// The ideal schedule, as outlined strips under each lane; strips too narrow to show an
// outline merge into runs, like the bars, and what ends within a pixel column already
// drawn is jumped over by binary search, so a repaint costs what the pixels hold.
void GanttRenderer::paintIdeal(QPainter &p, const Frame &f, const LiveTrace &trace,
                               const TimeLineData &d, const GanttColors &colors)
{
    const double unitNs = double(trace.unitMs()) * 1e6;
    // Units to x by one multiplication (this loop runs once per pixel column and lane).
    const double perUnit = unitNs / d.nsPerPixel;
    const double startUnits = d.viewStart / unitNs;
    const double unitsPerX = d.nsPerPixel / unitNs;
    auto xOf = [&](double units) { return d.plotLeft + (units - startUnits) * perUnit; };
    QList<QRectF> strips;
    QList<QRectF> runs;
    for (int lane = f.firstLane; lane <= f.lastTaskLane; ++lane) {
        const double y = d.laneY(lane) + d.laneHeight * idealTop;
        const double h = d.laneHeight * (idealBottom - idealTop);
        const QList<IdealSpan> &spans = trace.laneIdeal(lane);
        const auto [first, last] =
            trace.visibleIdeal(lane, d.viewStart / unitNs, d.viewEnd() / unitNs);
        const IdealSpan *data = spans.constData();
        // The strip or run being drawn, appended once it is complete.
        bool wide = false;
        double openLeft = 0;
        double openRight = -1e300;
        auto close = [&] {
            if (openRight > -1e300)
                (wide ? strips : runs).append(QRectF(openLeft, y, openRight - openLeft, h));
            openRight = -1e300;
        };
        const QList<SpanBlock> &blocks = trace.idealBlocks(lane);
        const qsizetype blockSpans = LiveTrace::blockSpans;
        for (qsizetype k = first; k < last;) {
            // A whole block of narrow strips, none more than a pixel after the one before
            // it: each would extend the run, so the run takes the block's end at once.
            if (k % blockSpans == 0 && k / blockSpans < blocks.size() && k + blockSpans <= last &&
                !wide && openRight > -1e300) {
                const SpanBlock &b = blocks[k / blockSpans];
                if (b.maxLength * perUnit < 1 && b.maxGap * perUnit <= 1 &&
                    std::max(xOf(data[k].start), d.plotLeft - 2) <= openRight + 1) {
                    const double lastLeft = std::max(xOf(b.lastStart), d.plotLeft - 2);
                    openRight = std::max(
                        {openRight, std::min(xOf(b.lastEnd), f.plotRight + 2), lastLeft + 1});
                    k += blockSpans;
                    continue;
                }
            }
            const IdealSpan &s = data[k];
            const double x0 = std::max(xOf(s.start), d.plotLeft - 2);
            const double x1 = std::max(std::min(xOf(s.end), f.plotRight + 2), x0 + 1);
            if (x1 - x0 < 4 && !wide && x0 <= openRight + 1) {
                openRight = std::max(openRight, x1);
            } else {
                close();
                wide = x1 - x0 >= 4;
                openLeft = x0;
                openRight = x1;
            }
            // What ends before the next pixel column lies within what was just drawn.
            qsizetype next = k + 1;
            const double nextColumn = startUnits + (nextPixel(x1) - d.plotLeft) * unitsPerX;
            if (next < last && data[next].end < nextColumn) {
                next = gallop(spans, next, last,
                              [&](const IdealSpan &o) { return o.end < nextColumn; });
                openRight = std::max(openRight, std::min(xOf(data[next - 1].end), f.plotRight + 2));
            }
            k = next;
        }
        close();
    }
    p.setPen(Qt::NoPen);
    p.setBrush(colors.ideal);
    p.drawRects(runs.constData(), int(runs.size()));
    p.setPen(QPen(colors.ideal, 1, Qt::DashLine));
    p.setBrush(colors.idealFill);
    p.drawRects(strips.constData(), int(strips.size()));
}

// One rectangle list per state; spans that fall within a pixel already covered by the
// previous rectangle of the same state extend it instead, and spans that end within a
// pixel column already drawn are jumped over by binary search (each failure is drawn
// all the same). Then the values on the bars wide enough to hold them, the bar under the
// mouse, the selected one, and "now".
void GanttRenderer::paintBars(QPainter &p, const Frame &f, const LiveTrace &trace,
                              const TimeLineData &d, const Options &options)
{
    const qint64 from = qint64(std::floor(d.viewStart));
    const qint64 to = qint64(std::ceil(d.viewEnd()));
    std::array<QList<QRectF>, stateCount> rects;
    QList<QRectF> stopped;
    struct Label
    {
        QRectF rect;
        QString text;
        SpanState state;
    };
    QList<Label> labels;
    // Run time to x by one multiplication (this loop runs once per pixel column and lane).
    const double perNs = 1.0 / d.nsPerPixel;
    const double left = d.plotLeft - 2;
    const double right = f.plotRight + 2;
    auto xOf = [&](double t) { return d.plotLeft + (t - d.viewStart) * perNs; };
    // Where a span's bar goes: at least a pixel wide; a failure, often instant, wide enough
    // to be seen and hovered.
    auto span = [&](const LaneSpan &s, double y, double h) {
        const double x0 = std::max(xOf(double(s.start)), left);
        double x1 = std::min(xOf(double(trace.endOf(s))), right);
        if (x1 - x0 < 1)
            x1 = x0 + 1;
        if (s.state == SpanState::Failed && x1 - x0 < 4)
            x1 = x0 + 4;
        return QRectF(x0, y, x1 - x0, h);
    };
    for (int lane = f.firstLane; lane <= f.lastTaskLane; ++lane) {
        const double y = d.laneY(lane) + d.laneHeight * barTop;
        const double h = d.laneHeight * (barBottom - barTop);
        const auto [first, last] = trace.visible(lane, from, to);
        const QList<LaneSpan> &spans = trace.laneData(lane);
        const LaneSpan *data = spans.constData();
        // The bar being drawn: spans that touch it in the same state extend it.
        int runState = -1;
        double runLeft = 0;
        double runRight = 0;
        auto endRun = [&] {
            if (runState >= 0)
                rects[runState].append(QRectF(runLeft, y, runRight - runLeft, h));
            runState = -1;
        };
        const QList<SpanBlock> &blocks = trace.laneBlocks(lane);
        const qsizetype blockSpans = LiveTrace::blockSpans;
        for (qsizetype k = first; k < last;) {
            // A whole block of tiny spans in the bar's state, none more than half a pixel
            // after the one before it: every one of them would extend the bar, so the bar
            // takes the block's end at once.
            if (k % blockSpans == 0 && k / blockSpans < blocks.size() && k + blockSpans <= last) {
                const SpanBlock &b = blocks[k / blockSpans];
                if (b.state == runState && b.maxLength * perNs < 1 && b.maxGap * perNs <= 0.5 &&
                    xOf(double(data[k].start)) <= runRight + 0.5) {
                    const double lastLeft = std::max(xOf(b.lastStart), left);
                    runRight = std::max({runRight, std::min(xOf(b.lastEnd), right), lastLeft + 1});
                    k += blockSpans;
                    continue;
                }
            }
            const LaneSpan &s = data[k];
            const QRectF bar = span(s, y, h);
            const double x0 = bar.left();
            const double x1 = bar.right();
            const int state = int(s.state);
            const double width = x1 - x0;
            if (width < 3 && state == runState && x0 <= runRight + 0.5) {
                runRight = std::max(runRight, x1);
            } else {
                endRun();
                // A hairline gap where one bar follows another, so that items stay apart.
                runLeft = x0 + (width >= 4 ? 1.0 : 0.0);
                runRight = x1;
                runState = state;
            }
            if (width > 14 && s.item >= 0 && s.item < trace.items().size()) {
                const QString text = barLabel(trace.items().at(s.item));
                if (laidOut(text, p.font()).size().width() + 6 <= width)
                    labels.append({bar, text, s.state});
            }
            // What ends before the next pixel column lies under this bar: jumped over.
            qsizetype next = k + 1;
            // (+1 ns for the fraction a truncation drops: never earlier than the column.)
            const qint64 nextColumn = qint64(d.timeForX(nextPixel(x1))) + 1;
            if (next < last && trace.endOf(data[next]) < nextColumn) {
                next = gallop(spans, next, last,
                              [&](const LaneSpan &o) { return trace.endOf(o) < nextColumn; });
                runRight =
                    std::max(runRight, std::min(xOf(double(trace.endOf(data[next - 1]))), right));
            }
            k = next;
        }
        endRun();
        // Failures hidden among spans a pixel could not tell apart still show; what a Stop
        // cut short is drawn apart, over them, in its own colour.
        const QList<qint32> &failures = trace.laneFailures(lane);
        for (auto it = std::lower_bound(failures.begin(), failures.end(), qint32(first));
             it != failures.end() && *it < last; ++it) {
            const LaneSpan &s = spans.at(*it);
            (trace.isStopped(s.item) ? stopped : rects[int(SpanState::Failed)])
                .append(span(s, y, h));
        }
    }
    // The bar under the mouse and the selected one, wherever they are.
    auto outline = [&](qint32 id) {
        if (id < 0 || id >= trace.spans().size())
            return QRectF();
        const Span &s = trace.spans().at(id);
        if (s.lane < f.firstLane || s.lane > f.lastTaskLane)
            return QRectF();
        return span({s.start, s.end, s.item, s.state}, d.laneY(s.lane) + d.laneHeight * barTop,
                    d.laneHeight * (barBottom - barTop));
    };
    const QRectF highlight = outline(options.highlightSpan);
    const QRectF selected = outline(options.selectedSpan);
    p.setPen(Qt::NoPen);
    for (int state = 0; state < stateCount; ++state) {
        if (rects[state].isEmpty())
            continue;
        p.setBrush(stateColor(allStates[state]));
        p.drawRects(rects[state].constData(), int(rects[state].size()));
        if (allStates[state] == SpanState::Failed) {
            // A pattern as well as a colour, for anyone who cannot tell the colours apart.
            p.setBrush(QBrush(QColor(255, 255, 255, 140), Qt::BDiagPattern));
            p.drawRects(rects[state].constData(), int(rects[state].size()));
        }
    }
    if (!stopped.isEmpty()) {
        p.setBrush(stoppedColor());
        p.drawRects(stopped.constData(), int(stopped.size()));
        p.setBrush(QBrush(QColor(255, 255, 255, 120), Qt::Dense6Pattern));
        p.drawRects(stopped.constData(), int(stopped.size()));
    }
    for (const Label &l : labels) {
        p.setPen(textColorOn(l.state));
        drawText(p, l.rect, l.text, true);
    }
    if (!highlight.isNull()) {
        p.setPen(QPen(options.colors.text, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(highlight.adjusted(-1, -1, 1, 1));
    }
    if (!selected.isNull()) {
        p.setPen(QPen(options.colors.text, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(selected.adjusted(-3, -3, 3, 3));
    }
    if (trace.isRunning()) {
        const double x = d.xForTime(double(trace.nowNs()));
        p.setPen(QPen(QColor(0xCC, 0x33, 0x11), 1.5));
        p.drawLine(QPointF(x, d.lanesTop), QPointF(x, f.lanesBottom));
    }
}

// The GIL's lane: under CPython's GIL a thread runs Python code only while it holds the
// GIL, so the holder at any moment is the task whose span is running, drawn in its colour
// (the other states let it go: a sleep, a fetch, the wait for the GIL itself). Each task's
// running spans in view are visited as its own lane's bars are, narrow ones merged into
// one bar per pixel run, so the lane costs what the pixels hold.
void GanttRenderer::paintGilLane(QPainter &p, const Frame &f, const LiveTrace &trace,
                                 const TimeLineData &d)
{
    const int gilLane = trace.lanes();
    const double y = d.laneY(gilLane) + d.laneHeight * barTop;
    const double h = d.laneHeight * (barBottom - barTop);
    const qint64 from = qint64(std::floor(d.viewStart));
    const qint64 to = qint64(std::ceil(d.viewEnd()));
    const double perNs = 1.0 / d.nsPerPixel;
    const double left = d.plotLeft - 2;
    const double right = f.plotRight + 2;
    auto xOf = [&](double t) { return d.plotLeft + (t - d.viewStart) * perNs; };
    struct Label
    {
        QRectF rect;
        int task;
    };
    QList<Label> labels;
    p.setPen(Qt::NoPen);
    for (int lane = 0; lane < trace.lanes(); ++lane) {
        QList<QRectF> bars;
        double runLeft = 0;
        double runRight = -1e300;
        auto endRun = [&] {
            if (runRight > -1e300)
                bars.append(QRectF(runLeft, y, runRight - runLeft, h));
            runRight = -1e300;
        };
        const auto [first, last] = trace.visible(lane, from, to);
        const QList<LaneSpan> &spans = trace.laneData(lane);
        const LaneSpan *data = spans.constData();
        for (qsizetype k = first; k < last;) {
            const LaneSpan &s = data[k];
            const double x0 = std::max(xOf(double(s.start)), left);
            const double x1 = std::max(std::min(xOf(double(trace.endOf(s))), right), x0 + 1);
            if (s.state == SpanState::Running) {
                if (x0 <= runRight + 0.5) {
                    runRight = std::max(runRight, x1);
                } else {
                    endRun();
                    runLeft = x0;
                    runRight = x1;
                }
                if (x1 - x0 > 40)
                    labels.append({QRectF(x0, y, x1 - x0, h), lane});
            }
            // What ends before the next pixel column lies under this bar: jumped over (a
            // span of another state in between is a gap narrower than a pixel).
            qsizetype next = k + 1;
            const qint64 nextColumn = qint64(d.timeForX(nextPixel(x1))) + 1;
            if (next < last && trace.endOf(data[next]) < nextColumn) {
                next = gallop(spans, next, last,
                              [&](const LaneSpan &o) { return trace.endOf(o) < nextColumn; });
                if (data[next - 1].state == SpanState::Running)
                    runRight = std::max(runRight,
                                        std::min(xOf(double(trace.endOf(data[next - 1]))), right));
            }
            k = next;
        }
        endRun();
        p.setBrush(holderColor(lane));
        p.drawRects(bars.constData(), int(bars.size()));
    }
    p.setPen(Qt::white);
    for (const Label &l : labels) {
        const QString text = taskName(l.task);
        if (laidOut(text, p.font()).size().width() + 6 <= l.rect.width())
            drawText(p, l.rect, text, true);
    }
}

// Lane labels over a plain column.
void GanttRenderer::paintLaneNames(QPainter &p, const Frame &f, const TimeLineData &d,
                                   const GanttColors &colors)
{
    p.fillRect(QRectF(f.rect.left(), d.lanesTop, labelWidth - 4,
                      std::max(0.0, f.lanesBottom - d.lanesTop)),
               colors.background);
    p.setPen(colors.text);
    for (int lane = f.firstLane; lane <= f.lastLane; ++lane) {
        const QRectF r(f.rect.left() + 6, d.laneY(lane), labelWidth - 12, d.laneHeight);
        drawText(p, r, laneName(lane, p.font(), r.width()), false);
    }
    p.setPen(colors.axisLine);
    p.drawLine(QPointF(d.plotLeft - 0.5, d.lanesTop), QPointF(d.plotLeft - 0.5, f.lanesBottom));
}

void GanttRenderer::paintLegend(QPainter &p, const Frame &f, const Options &options)
{
    const GanttColors &colors = options.colors;
    const QFontMetricsF fm(p.font());
    const QRect &rect = f.rect;
    const double y = rect.bottom() + 1 - legendHeight;
    p.fillRect(QRectF(rect.left(), y, rect.width(), legendHeight), colors.background);
    const double box = 12;
    const double cy = y + legendHeight / 2.0;
    // Longer labels (German, French) tighten the gaps first; only then is the last label
    // shortened to what is left of the width.
    QList<QString> labels;
    for (SpanState state : legendStates)
        labels.append(stateLabel(state));
    const qsizetype stoppedAt = options.showStopped ? labels.size() : -1;
    if (options.showStopped)
        labels.append(QCoreApplication::translate("Gantt", "stopped (cut short by Stop)"));
    if (options.showIdeal)
        labels.append(QCoreApplication::translate("Gantt", "ideal schedule (no overhead)"));
    double natural = 0;
    for (const QString &label : labels)
        natural += box * 1.6 + 5 + fm.horizontalAdvance(label);
    const double available = rect.width() - 16;
    const double gaps = double(labels.size() - 1);
    const double gap = std::clamp((available - natural) / gaps, 8.0, 18.0);
    double x = rect.left() + 8;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const bool ideal = i >= qsizetype(std::size(legendStates)) && i != stoppedAt;
        if (i == stoppedAt) {
            p.setPen(Qt::NoPen);
            p.setBrush(stoppedColor());
            p.drawRect(QRectF(x, cy - box / 2, box * 1.6, box));
            p.setBrush(QBrush(QColor(255, 255, 255, 120), Qt::Dense6Pattern));
            p.drawRect(QRectF(x, cy - box / 2, box * 1.6, box));
        } else if (ideal) {
            p.setPen(QPen(colors.ideal, 1, Qt::DashLine));
            p.setBrush(colors.idealFill);
            p.drawRect(QRectF(x, cy - 3, box * 1.6, 6));
        } else {
            const SpanState state = legendStates[i];
            p.setPen(Qt::NoPen);
            p.setBrush(stateColor(state));
            p.drawRect(QRectF(x, cy - box / 2, box * 1.6, box));
            if (state == SpanState::Failed) {
                p.setBrush(QBrush(QColor(255, 255, 255, 140), Qt::BDiagPattern));
                p.drawRect(QRectF(x, cy - box / 2, box * 1.6, box));
            }
        }
        p.setPen(colors.text);
        const double textX = x + box * 1.6 + 5;
        const QString label = i + 1 == labels.size() ? fm.elidedText(labels[i], Qt::ElideRight,
                                                                     int(rect.right() - 4 - textX))
                                                     : labels[i];
        p.drawText(QPointF(textX, cy + fm.ascent() / 2 - 1), label);
        x = textX + fm.horizontalAdvance(label) + gap;
    }
}

} // namespace TaskLanes
