#include "dayrenderer.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace TaskLanes::Home;

namespace TaskLanes {

namespace {

constexpr Activity allActivities[] = {
    Activity::Checkbook, Activity::Load,    Activity::Move,    Activity::Fold,
    Activity::Attention, Activity::Check,   Activity::StandBy, Activity::Idle,
    Activity::WaitLock,  Activity::Washing, Activity::Drying,  Activity::Calling,
    Activity::Attended,
};

double unitNs(const DayTrace &trace)
{
    return double(trace.data().options.unitMs) * 1e6;
}

QString units(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

QColor textOn(const QColor &fill)
{
    return fill.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

int titleHeight(const QFontMetrics &fm, const DayRenderer::Options &options)
{
    return options.title ? fm.height() * 2 : fm.height() / 2;
}

int axisHeight(const QFontMetrics &fm)
{
    return fm.height() * 2 + 6;
}

// A round step between ticks, at least minPx apart.
double tickStep(double endUnits, double widthPx, double minPx)
{
    const double raw = endUnits * minPx / std::max(1.0, widthPx);
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}

void drawTriangle(QPainter &p, double x, double y, double size)
{
    QPainterPath path;
    path.moveTo(x - size / 2, y);
    path.lineTo(x + size / 2, y);
    path.lineTo(x, y + size);
    path.closeSubpath();
    p.drawPath(path);
}

void drawDiamond(QPainter &p, double x, double y, double size)
{
    QPainterPath path;
    path.moveTo(x, y - size / 2);
    path.lineTo(x + size / 2, y);
    path.lineTo(x, y + size / 2);
    path.lineTo(x - size / 2, y);
    path.closeSubpath();
    p.drawPath(path);
}

const QColor callColor(0xB0, 0x6A, 0x00);
const QColor buzzColor(0x20, 0x50, 0x60);

} // namespace

QColor DayRenderer::activityColor(Activity activity)
{
    switch (activity) {
    case Activity::Checkbook:
        return QColor(0x44, 0x77, 0xAA);
    case Activity::Load:
        return QColor(0xF0, 0xA8, 0x5C);
    case Activity::Move:
        return QColor(0xE0, 0x85, 0x2A);
    case Activity::Fold:
        return QColor(0xB8, 0x62, 0x10);
    case Activity::Attention:
        return QColor(0x22, 0x88, 0x33);
    case Activity::Check:
        return QColor(0xAA, 0x33, 0x77);
    case Activity::StandBy:
        return QColor(0xB4, 0xB4, 0xB4);
    case Activity::Idle:
        return QColor(0xDD, 0xDD, 0xDD);
    case Activity::WaitLock:
        return QColor(0xEE, 0x66, 0x77);
    case Activity::Washing:
        return QColor(0x66, 0xCC, 0xEE);
    case Activity::Drying:
        return QColor(0xCC, 0xBB, 0x44);
    case Activity::Calling:
        return QColor(0xF6, 0xD0, 0x8A);
    case Activity::Attended:
        return QColor(0x99, 0xD6, 0xA6);
    }
    return Qt::gray;
}

QString DayRenderer::activityLabel(Activity activity)
{
    switch (activity) {
    case Activity::Checkbook:
        return QCoreApplication::translate("DayRenderer", "checkbook");
    case Activity::Load:
        return QCoreApplication::translate("DayRenderer", "loading");
    case Activity::Move:
        return QCoreApplication::translate("DayRenderer", "moving clothes");
    case Activity::Fold:
        return QCoreApplication::translate("DayRenderer", "folding");
    case Activity::Attention:
        return QCoreApplication::translate("DayRenderer", "attention");
    case Activity::Check:
        return QCoreApplication::translate("DayRenderer", "a look");
    case Activity::StandBy:
        return QCoreApplication::translate("DayRenderer", "standing by");
    case Activity::Idle:
        return QCoreApplication::translate("DayRenderer", "idle");
    case Activity::WaitLock:
        return QCoreApplication::translate("DayRenderer", "waiting for a lock");
    case Activity::Washing:
        return QCoreApplication::translate("DayRenderer", "washing");
    case Activity::Drying:
        return QCoreApplication::translate("DayRenderer", "drying");
    case Activity::Calling:
        return QCoreApplication::translate("DayRenderer", "calling, not answered yet");
    case Activity::Attended:
        return QCoreApplication::translate("DayRenderer", "attended");
    }
    return {};
}

QString DayRenderer::title(const DayTrace &trace)
{
    const auto &d = trace.data();
    QString how;
    switch (d.options.parent) {
    case Parent::Sync:
        how = QCoreApplication::translate("DayRenderer", "Synchronous parent");
        break;
    case Parent::Polling:
        how = QCoreApplication::translate("DayRenderer", "Polling parent, a look every %1 units")
                  .arg(QLocale().toString(d.options.interval, 'g', 6));
        break;
    case Parent::Threads:
        how = d.options.fix
                  ? QCoreApplication::translate("DayRenderer", "Threading parent (clones), fixed")
                  : QCoreApplication::translate(
                        "DayRenderer", "Threading parent (clones), as the tutorial tells it");
        break;
    case Parent::Async:
        how = d.options.step > 0
                  ? QCoreApplication::translate("DayRenderer",
                                                "Async parent, an await every %1 units")
                        .arg(QLocale().toString(d.options.step, 'g', 6))
                  : QCoreApplication::translate("DayRenderer",
                                                "Async parent, work that never awaits");
        break;
    }
    const double end = double(d.totalNs) / unitNs(trace);
    return d.stopped ? QCoreApplication::translate("DayRenderer", "%1: stopped at %2 units")
                           .arg(how, units(end))
                     : QCoreApplication::translate("DayRenderer", "%1: the day ends at %2 units")
                           .arg(how, units(end));
}

QList<Activity> DayRenderer::legendEntries(const DayTrace &trace)
{
    QList<Activity> present;
    for (Activity a : allActivities)
        if (std::any_of(trace.data().spans.begin(), trace.data().spans.end(),
                        [a](const DaySpan &s) { return s.activity == a; }))
            present.append(a);
    return present;
}

namespace {

struct LegendItem
{
    QString text;
    int width;
};

QList<LegendItem> legendItems(const DayTrace &trace, const QList<Activity> &entries,
                              const QFontMetrics &fm)
{
    const int swatch = fm.height();
    QList<LegendItem> items;
    for (Activity a : entries) {
        const QString text = DayRenderer::activityLabel(a);
        items.append({text, swatch + 6 + fm.horizontalAdvance(text) + 18});
    }
    if (!trace.data().household.kids.isEmpty()) {
        items.append(
            {QCoreApplication::translate("DayRenderer", "a call"),
             swatch + 6 +
                 fm.horizontalAdvance(QCoreApplication::translate("DayRenderer", "a call")) + 18});
        items.append(
            {QCoreApplication::translate("DayRenderer", "answered"),
             swatch * 2 + 6 +
                 fm.horizontalAdvance(QCoreApplication::translate("DayRenderer", "answered")) +
                 18});
    }
    items.append({QCoreApplication::translate("DayRenderer", "a buzzer"),
                  swatch + 6 +
                      fm.horizontalAdvance(QCoreApplication::translate("DayRenderer", "a buzzer")) +
                      18});
    return items;
}

} // namespace

int DayRenderer::legendHeight(const DayTrace &trace, int width, const Options &options)
{
    const QFontMetrics fm(options.font);
    int rows = 1, x = 0;
    for (const LegendItem &item : legendItems(trace, legendEntries(trace), fm)) {
        if (x > 0 && x + item.width > width) {
            ++rows;
            x = 0;
        }
        x += item.width;
    }
    return rows * (fm.height() + 6) + 4;
}

DayLayout DayRenderer::layout(const DayTrace &trace, const QRect &rect, const Options &options)
{
    const QFontMetrics fm(options.font);
    const auto &d = trace.data();
    DayLayout l;
    l.lanes = int(d.lanes.size());
    int names = 0;
    for (const QString &lane : d.lanes)
        names = std::max(names, fm.horizontalAdvance(lane));
    l.nameWidth = names + 16;
    // As tall as the rectangle allows, from the least that holds a label to twice that.
    const int least = std::max(22, fm.height() * 2);
    const int spare = rect.height() - titleHeight(fm, options) - axisHeight(fm) -
                      legendHeight(trace, rect.width(), options) - 4;
    l.laneHeight = l.lanes > 0 ? std::clamp(spare / l.lanes, least, least * 2) : least;
    l.top = rect.top() + titleHeight(fm, options);
    const int right = rect.right() - std::max(12, fm.horizontalAdvance(u"000.0"_s) / 2);
    l.plot = QRect(
        QPoint(rect.left() + l.nameWidth, l.top),
        QPoint(std::max(rect.left() + l.nameWidth + 10, right), l.top + l.lanes * l.laneHeight));
    l.endNs = std::max<double>(1, double(d.totalNs) * 1.02);
    return l;
}

int DayRenderer::heightFor(const DayTrace &trace, int width, const Options &options)
{
    const QFontMetrics fm(options.font);
    const int lanes = int(trace.data().lanes.size());
    return titleHeight(fm, options) + lanes * std::max(22, fm.height() * 2) + axisHeight(fm) +
           legendHeight(trace, width, options) + 4;
}

void DayRenderer::paint(QPainter &p, const QRect &rect, const DayTrace &trace,
                        const Options &options)
{
    p.save();
    p.setFont(options.font);
    p.fillRect(rect, options.palette.color(QPalette::Base));
    if (trace.isNull()) {
        p.restore();
        return;
    }
    const QFontMetrics fm(options.font);
    const QColor text = options.palette.color(QPalette::Text);
    const auto &d = trace.data();
    const DayLayout l = layout(trace, rect, options);
    if (options.title) {
        QFont bold = options.font;
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(text);
        p.drawText(QRect(rect.left() + 8, rect.top(), rect.width() - 16, fm.height() * 2),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetrics(bold).elidedText(title(trace), Qt::ElideRight, rect.width() - 16));
        p.setFont(options.font);
    }
    // Lanes and their names; the parent's lanes apart from the machines' and the kids'.
    for (int lane = 0; lane < l.lanes; ++lane) {
        const QRect band(rect.left(), l.laneTop(lane), rect.width(), l.laneHeight);
        if (lane % 2 == 1)
            p.fillRect(band, options.palette.color(QPalette::AlternateBase));
        p.setPen(text);
        p.drawText(QRect(rect.left() + 6, band.top(), l.nameWidth - 10, band.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, d.lanes.at(lane));
    }
    p.setPen(QPen(options.palette.color(QPalette::Mid), 1));
    const int machinesTop = l.laneTop(d.parentLanes);
    p.drawLine(rect.left(), machinesTop, rect.right(), machinesTop);

    // The spans.
    const int pad = std::max(3, l.laneHeight / 7);
    for (const DaySpan &span : d.spans) {
        const double x0 = l.xFor(span.start);
        const double x1 = std::max(l.xFor(span.end), x0 + 1);
        const QRectF box(x0, l.laneTop(span.lane) + pad, x1 - x0, l.laneHeight - 2 * pad);
        const QColor fill = activityColor(span.activity);
        p.fillRect(box, fill);
        if (span.state == SpanState::Failed)
            p.fillRect(box, QBrush(QColor(0x70, 0x10, 0x30), Qt::BDiagPattern));
        if (span.activity == Activity::Calling)
            p.fillRect(box, QBrush(callColor, Qt::Dense6Pattern));
        QString label = activityLabel(span.activity);
        if (span.activity == Activity::WaitLock && span.resource >= 0 &&
            span.resource < d.resources.size())
            label = QCoreApplication::translate("DayRenderer", "waiting for %1")
                        .arg(d.resources.at(span.resource));
        if (box.width() > fm.horizontalAdvance(label) + 8) {
            p.setPen(textOn(fill));
            p.drawText(box, Qt::AlignCenter, label);
        }
    }

    // Each call: a triangle on its kid's lane, a tick on the axis, a line to its answer.
    const QList<Answer> answered = answers(d);
    const double marker = std::max(8.0, fm.height() * 0.7);
    const int axisY = l.plot.bottom() + 1;
    for (const DayEvent &event : d.events) {
        const double x = l.xFor(event.time);
        if (event.call) {
            if (event.index < answered.size() && answered.at(event.index).start >= 0) {
                const Answer &answer = answered.at(event.index);
                p.setPen(QPen(activityColor(Activity::Attention), 1.5, Qt::DashLine));
                p.drawLine(
                    QPointF(x, l.laneTop(event.lane) + l.laneHeight / 2.0),
                    QPointF(l.xFor(answer.start), l.laneTop(answer.lane) + l.laneHeight / 2.0));
            }
            p.setPen(Qt::NoPen);
            p.setBrush(callColor);
            drawTriangle(p, x, l.laneTop(event.lane) + 1, marker);
            p.setPen(QPen(callColor, 2));
            p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 6));
        } else {
            p.setPen(QPen(options.palette.color(QPalette::Base), 1));
            p.setBrush(buzzColor);
            drawDiamond(p, x, l.laneTop(event.lane) + l.laneHeight / 2.0, marker);
        }
    }
    p.setBrush(Qt::NoBrush);

    // The time axis, in units.
    p.setPen(text);
    p.drawLine(l.plot.left(), axisY, l.plot.right(), axisY);
    const double endUnits = l.endNs / unitNs(trace);
    const double step = tickStep(endUnits, l.plot.width(), fm.horizontalAdvance(u"0000.0"_s) * 1.6);
    const int decimals = step < 1 ? (step < 0.1 ? 2 : 1) : 0;
    for (double u = 0; u <= endUnits + 1e-9; u += step) {
        const double x = l.plot.left() + u / endUnits * l.plot.width();
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4));
        const QString label = units(u, decimals);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRectF(x - w / 2.0 - 2, axisY + 5, w + 4, fm.height()), Qt::AlignCenter, label);
    }
    p.drawText(QRect(rect.left() + 6, axisY + 5, l.nameWidth - 10, fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("DayRenderer", "units"));

    // The legend, wrapping.
    const QList<Activity> entries = legendEntries(trace);
    const QList<LegendItem> items = legendItems(trace, entries, fm);
    const int swatch = fm.height();
    int x = rect.left() + 8, y = axisY + axisHeight(fm) - 2;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const LegendItem &item = items.at(i);
        if (x > rect.left() + 8 && x + item.width > rect.right()) {
            x = rect.left() + 8;
            y += fm.height() + 6;
        }
        const QRectF sw(x, y + 1, swatch, swatch - 2);
        if (i < entries.size()) {
            p.fillRect(sw, activityColor(entries.at(i)));
            if (entries.at(i) == Activity::Calling)
                p.fillRect(sw, QBrush(callColor, Qt::Dense6Pattern));
        } else if (item.text == QCoreApplication::translate("DayRenderer", "a call")) {
            p.setPen(Qt::NoPen);
            p.setBrush(callColor);
            drawTriangle(p, sw.center().x(), sw.top(), swatch - 2);
        } else if (item.text == QCoreApplication::translate("DayRenderer", "answered")) {
            p.setPen(QPen(activityColor(Activity::Attention), 1.5, Qt::DashLine));
            p.drawLine(QPointF(sw.left(), sw.center().y()),
                       QPointF(sw.left() + swatch * 2, sw.center().y()));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(buzzColor);
            drawDiamond(p, sw.center().x(), sw.center().y(), swatch - 2);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(text);
        const int textLeft =
            x +
            (item.text == QCoreApplication::translate("DayRenderer", "answered") ? swatch * 2
                                                                                 : swatch) +
            6;
        p.drawText(QRect(textLeft, y, item.width, swatch), Qt::AlignLeft | Qt::AlignVCenter,
                   item.text);
        x += item.width;
    }
    p.restore();
}

QString DayRenderer::toolTipAt(const DayTrace &trace, const QRect &rect, const QPoint &at,
                               const Options &options)
{
    if (trace.isNull())
        return {};
    const auto &d = trace.data();
    const DayLayout l = layout(trace, rect, options);
    const int lane = l.laneAt(at.y());
    if (lane < 0 || lane >= l.lanes || at.x() < l.plot.left())
        return {};
    const double perUnit = unitNs(trace);
    const double slack = 4 * l.endNs / std::max(1, l.plot.width()); // 4 px
    for (const DayEvent &event : d.events) {
        if (event.lane != lane || std::abs(double(l.nsAt(at.x()) - event.time)) > slack)
            continue;
        if (!event.call)
            return QCoreApplication::translate("DayRenderer", "%1 buzzed at %2")
                .arg(d.lanes.at(lane), units(event.time / perUnit));
        const auto &lat = trace.figures().latencies;
        const auto latency = event.index < lat.size() ? lat.at(event.index) : std::nullopt;
        return latency
                   ? QCoreApplication::translate("DayRenderer",
                                                 "%1 called at %2; attention %3 units later")
                         .arg(d.lanes.at(lane), units(event.time / perUnit), units(*latency))
                   : QCoreApplication::translate("DayRenderer", "%1 called at %2; nobody answered")
                         .arg(d.lanes.at(lane), units(event.time / perUnit));
    }
    const qint64 ns = l.nsAt(at.x());
    for (const DaySpan &span : d.spans) {
        if (span.lane != lane || ns < span.start || ns > span.end)
            continue;
        QString what = activityLabel(span.activity);
        if (span.activity == Activity::WaitLock && span.resource >= 0 &&
            span.resource < d.resources.size())
            what = QCoreApplication::translate("DayRenderer", "waiting for %1")
                       .arg(d.resources.at(span.resource));
        if (span.state == SpanState::Failed)
            what = QCoreApplication::translate("DayRenderer", "%1 (deadlocked: it never ends)")
                       .arg(what);
        return QCoreApplication::translate("DayRenderer", "%1: %2, %3 to %4 units")
            .arg(d.lanes.at(lane), what, units(span.start / perUnit, 2),
                 units(span.end / perUnit, 2));
    }
    return {};
}

} // namespace TaskLanes
