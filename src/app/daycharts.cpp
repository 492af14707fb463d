#include "daycharts.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace TaskLanes::Home;

namespace TaskLanes::DayCharts {

namespace {

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

// A round top for an axis and its step: 4 to 6 ticks.
std::pair<double, double> niceAxis(double maximum)
{
    if (maximum <= 0)
        return {1, 0.25};
    const double raw = maximum / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    return {std::ceil(maximum / step) * step, step};
}

struct Bar
{
    QString label;
    std::optional<double> value; // none: "never" (or no such figure)
    QColor color;
    int decimals = 1;
};
struct Group
{
    QString name;
    QList<Bar> bars;
    QString note; // under the group
};

// One panel: a title, a value axis from 0, groups of bars with their values above them.
void paintPanel(QPainter &p, const QRect &rect, const QString &title, const QList<Group> &groups,
                const QList<std::pair<QString, QColor>> &legend, const Options &o)
{
    const QFontMetrics fm(o.font);
    const QColor text = o.palette.color(QPalette::Text);
    QFont bold = o.font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(rect.left(), rect.top(), rect.width(), fm.height() + 4),
               Qt::AlignHCenter | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(title, Qt::ElideRight, rect.width()));
    p.setFont(o.font);
    // The legend under the title.
    int lx = rect.left() + 4;
    const int ly = rect.top() + fm.height() + 8;
    for (const auto &[name, color] : legend) {
        p.fillRect(QRect(lx, ly + 2, fm.height() - 4, fm.height() - 4), color);
        p.setPen(text);
        const int w = fm.horizontalAdvance(name);
        p.drawText(QRect(lx + fm.height(), ly, w + 2, fm.height()), Qt::AlignVCenter, name);
        lx += fm.height() + w + 14;
    }
    double maximum = 0;
    bool anyNote = false;
    for (const Group &g : groups) {
        for (const Bar &b : g.bars)
            maximum = std::max(maximum, b.value.value_or(0));
        anyNote = anyNote || !g.note.isEmpty();
    }
    const auto [top, step] = niceAxis(maximum * 1.1);
    const int axisWidth = fm.horizontalAdvance(number(top, step < 1 ? 2 : 0)) + 10;
    const QRect plot(QPoint(rect.left() + axisWidth, ly + fm.height() + 8 + fm.height()),
                     QPoint(rect.right() - 4, rect.bottom() - fm.height() * (anyNote ? 4 : 2) - 6));
    if (plot.height() < 10 || plot.width() < 10)
        return;
    const auto yFor = [&](double v) { return plot.bottom() - v / top * plot.height(); };
    const QColor grid = o.palette.color(QPalette::Mid);
    for (double v = 0; v <= top + 1e-9; v += step) {
        p.setPen(QPen(grid, 1, v == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(plot.left(), yFor(v)), QPointF(plot.right(), yFor(v)));
        p.setPen(text);
        p.drawText(QRectF(rect.left(), yFor(v) - fm.height() / 2.0, axisWidth - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, number(v, step < 1 ? 2 : 0));
    }
    if (groups.isEmpty())
        return;
    const double groupWidth = double(plot.width()) / double(groups.size());
    for (qsizetype gi = 0; gi < groups.size(); ++gi) {
        const Group &g = groups.at(gi);
        const double left = plot.left() + gi * groupWidth;
        const double barWidth =
            std::min(48.0, groupWidth * 0.8 / std::max<qsizetype>(1, g.bars.size()));
        const double barsLeft = left + (groupWidth - barWidth * double(g.bars.size())) / 2;
        for (qsizetype bi = 0; bi < g.bars.size(); ++bi) {
            const Bar &b = g.bars.at(bi);
            const double x = barsLeft + double(bi) * barWidth;
            QString label;
            double labelY;
            if (b.value) {
                const double y = yFor(*b.value);
                p.fillRect(QRectF(x + 1, y, barWidth - 2, plot.bottom() - y), b.color);
                label = number(*b.value, b.decimals);
                labelY = y - fm.height() - 1;
            } else {
                label = QCoreApplication::translate("DayCharts", "never");
                labelY = plot.bottom() - fm.height() - 1;
                p.setPen(QPen(b.color, 1, Qt::DashLine));
                p.drawRect(QRectF(x + 1, plot.bottom() - 4, barWidth - 2, 4));
            }
            p.setPen(text);
            // Value labels stand above their bars, in the text colour, narrower bars
            // shrinking them rather than cutting them.
            QFont small = o.font;
            if (fm.horizontalAdvance(label) > barWidth + 6)
                small.setPointSizeF(std::max(5.0, small.pointSizeF() * 0.8));
            p.setFont(small);
            p.drawText(QRectF(x - 8, labelY, barWidth + 16, fm.height()), Qt::AlignCenter, label);
            p.setFont(o.font);
        }
        p.setPen(text);
        p.drawText(QRectF(left, plot.bottom() + 3, groupWidth, fm.height()), Qt::AlignCenter,
                   fm.elidedText(g.name, Qt::ElideRight, int(groupWidth)));
        if (!g.note.isEmpty()) // (two lines where it needs them)
            p.drawText(QRectF(left - groupWidth * 0.1, plot.bottom() + 3 + fm.height(),
                              groupWidth * 1.2, fm.height() * 2),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, g.note);
    }
}

// Colours apart from the timeline's states: a violet pair, the chores' own, a magenta pair.
const QColor worstColor(0x5E, 0x3C, 0x99);
const QColor meanColor(0xB2, 0xAB, 0xD2);
const QColor checkbookColor(0x44, 0x77, 0xAA);
const QColor laundryColor(0xB8, 0x62, 0x10);
const QColor checksColor(0x88, 0x22, 0x55);
const QColor wastedColor(0xDD, 0x99, 0xBB);

} // namespace

QString parentShortName(Parent parent)
{
    switch (parent) {
    case Parent::Sync:
        return QCoreApplication::translate("DayCharts", "Sync");
    case Parent::Polling:
        return QCoreApplication::translate("DayCharts", "Polling");
    case Parent::Threads:
        return QCoreApplication::translate("DayCharts", "Clones");
    case Parent::Async:
        return QCoreApplication::translate("DayCharts", "Async");
    }
    return {};
}

void paintParents(QPainter &p, const QRect &rect, const QList<DayTrace> &days,
                  const Options &options)
{
    p.save();
    p.fillRect(rect, options.palette.color(QPalette::Base));
    p.setFont(options.font);
    QList<Group> latency, done, looks;
    for (const DayTrace &day : days) {
        const Figures &f = day.figures();
        const QString name = parentShortName(day.data().options.parent);
        QString note;
        if (day.data().options.parent == Parent::Threads)
            note =
                QCoreApplication::translate("DayCharts", "%n deadlock(s)", nullptr, f.deadlocks) +
                u"\n"_s +
                QCoreApplication::translate("DayCharts", "%n lost update(s)", nullptr,
                                            f.lostUpdates);
        latency.append(
            {name,
             {{QCoreApplication::translate("DayCharts", "worst"), f.latencyWorst, worstColor, 1},
              {QCoreApplication::translate("DayCharts", "mean"), f.latencyMean, meanColor, 1}},
             {}});
        done.append({name,
                     {{QCoreApplication::translate("DayCharts", "checkbook"), f.checkbookDone,
                       checkbookColor, 1},
                      {QCoreApplication::translate("DayCharts", "laundry"), f.laundryDone,
                       laundryColor, 1}},
                     note});
        looks.append(
            {name,
             {{QCoreApplication::translate("DayCharts", "looks"), double(f.checks), checksColor, 0},
              {QCoreApplication::translate("DayCharts", "wasted"), double(f.wastedChecks),
               wastedColor, 0}},
             {}});
    }
    const QFontMetrics fm(options.font);
    if (days.isEmpty()) {
        p.setPen(options.palette.color(QPalette::Text));
        p.drawText(
            rect, Qt::AlignCenter | Qt::TextWordWrap,
            QCoreApplication::translate(
                "DayCharts", "Run the parents (Run All runs the four) to compare them here."));
        p.restore();
        return;
    }
    const bool across = rect.width() >= 3 * 260;
    const int n = 3;
    for (int i = 0; i < n; ++i) {
        const QRect panel = across ? QRect(rect.left() + i * rect.width() / n + 6, rect.top() + 6,
                                           rect.width() / n - 12, rect.height() - 12)
                                   : QRect(rect.left() + 6, rect.top() + i * rect.height() / n + 6,
                                           rect.width() - 12, rect.height() / n - 12);
        if (i == 0)
            paintPanel(p, panel,
                       QCoreApplication::translate("DayCharts", "Attention latency (units)"),
                       latency,
                       {{QCoreApplication::translate("DayCharts", "worst"), worstColor},
                        {QCoreApplication::translate("DayCharts", "mean"), meanColor}},
                       options);
        else if (i == 1)
            paintPanel(p, panel, QCoreApplication::translate("DayCharts", "Done at (units)"), done,
                       {{QCoreApplication::translate("DayCharts", "checkbook"), checkbookColor},
                        {QCoreApplication::translate("DayCharts", "laundry"), laundryColor}},
                       options);
        else
            paintPanel(p, panel, QCoreApplication::translate("DayCharts", "Looks (polling)"), looks,
                       {{QCoreApplication::translate("DayCharts", "looks"), checksColor},
                        {QCoreApplication::translate("DayCharts", "wasted"), wastedColor}},
                       options);
    }
    p.restore();
}

void paintSweep(QPainter &p, const QRect &rect, const QList<SweepPoint> &points,
                const Options &options)
{
    p.save();
    p.fillRect(rect, options.palette.color(QPalette::Base));
    p.setFont(options.font);
    const QFontMetrics fm(options.font);
    const QColor text = options.palette.color(QPalette::Text);
    if (points.isEmpty()) {
        p.setPen(text);
        p.drawText(
            rect, Qt::AlignCenter | Qt::TextWordWrap,
            QCoreApplication::translate(
                "DayCharts",
                "Sweep the Interval runs the polling parent at intervals from 0.5 to 10 units "
                "and plots its worst latency and its wasted looks against the interval."));
        p.restore();
        return;
    }
    double maxLatency = 0, maxWasted = 0, maxInterval = 0;
    for (const SweepPoint &pt : points) {
        maxLatency = std::max(
            {maxLatency, pt.measured.latencyWorst.value_or(0), pt.ideal.latencyWorst.value_or(0)});
        maxWasted =
            std::max({maxWasted, double(pt.measured.wastedChecks), double(pt.ideal.wastedChecks)});
        maxInterval = std::max(maxInterval, pt.interval);
    }
    const auto [latTop, latStep] = niceAxis(maxLatency * 1.05);
    const auto [wasteTop, wasteStep] = niceAxis(maxWasted * 1.05);
    const auto [xTop, xStep] = niceAxis(maxInterval);
    QFont bold = options.font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(rect.left(), rect.top() + 4, rect.width(), fm.height() + 4), Qt::AlignCenter,
               QCoreApplication::translate("DayCharts",
                                           "The polling parent at each interval between looks"));
    p.setFont(options.font);
    const int leftAxis = fm.horizontalAdvance(number(latTop, 1)) + fm.height() + 14;
    const int rightAxis = fm.horizontalAdvance(number(wasteTop, 0)) + fm.height() + 14;
    const int legendRow = rect.top() + fm.height() * 2 + 8;
    const QRect plot(QPoint(rect.left() + leftAxis, legendRow + fm.height() + 10),
                     QPoint(rect.right() - rightAxis, rect.bottom() - fm.height() * 3));
    if (plot.width() < 20 || plot.height() < 20) {
        p.restore();
        return;
    }
    const auto xFor = [&](double v) { return plot.left() + v / xTop * plot.width(); };
    const auto yLat = [&](double v) { return plot.bottom() - v / latTop * plot.height(); };
    const auto yWaste = [&](double v) { return plot.bottom() - v / wasteTop * plot.height(); };
    const QColor grid = options.palette.color(QPalette::Mid);
    for (double v = 0; v <= latTop + 1e-9; v += latStep) {
        p.setPen(QPen(grid, 1, v == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(plot.left(), yLat(v)), QPointF(plot.right(), yLat(v)));
        p.setPen(worstColor);
        p.drawText(QRectF(rect.left(), yLat(v) - fm.height() / 2.0, leftAxis - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, number(v, latStep < 1 ? 1 : 0));
    }
    for (double v = 0; v <= wasteTop + 1e-9; v += wasteStep) {
        p.setPen(checksColor);
        p.drawText(
            QRectF(plot.right() + 6, yWaste(v) - fm.height() / 2.0, rightAxis - 6, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, number(v, 0));
    }
    p.setPen(text);
    for (double v = 0; v <= xTop + 1e-9; v += xStep) {
        p.drawLine(QPointF(xFor(v), plot.bottom()), QPointF(xFor(v), plot.bottom() + 4));
        p.drawText(QRectF(xFor(v) - 30, plot.bottom() + 5, 60, fm.height()), Qt::AlignCenter,
                   number(v, xStep < 1 ? 1 : 0));
    }
    p.drawText(QRect(plot.left(), plot.bottom() + fm.height() + 8, plot.width(), fm.height()),
               Qt::AlignCenter,
               QCoreApplication::translate("DayCharts", "interval between looks (units)"));
    // The axes' names, turned.
    p.save();
    p.translate(rect.left() + fm.height() / 2.0 + 2, plot.center().y());
    p.rotate(-90);
    p.setPen(worstColor);
    p.drawText(QRectF(-plot.height() / 2.0, -fm.height() / 2.0, plot.height(), fm.height()),
               Qt::AlignCenter, QCoreApplication::translate("DayCharts", "worst latency (units)"));
    p.restore();
    p.save();
    p.translate(rect.right() - fm.height() / 2.0 - 2, plot.center().y());
    p.rotate(90);
    p.setPen(checksColor);
    p.drawText(QRectF(-plot.height() / 2.0, -fm.height() / 2.0, plot.height(), fm.height()),
               Qt::AlignCenter, QCoreApplication::translate("DayCharts", "wasted looks"));
    p.restore();

    const auto line = [&](auto valueOf, auto yOf, const QColor &color, bool dashed) {
        QPainterPath path;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QPointF pt(xFor(points.at(i).interval), yOf(valueOf(points.at(i))));
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, dashed ? 1.5 : 2.5, dashed ? Qt::DashLine : Qt::SolidLine));
        p.drawPath(path);
        if (!dashed) {
            p.setBrush(color);
            for (const SweepPoint &pt : points)
                p.drawEllipse(QPointF(xFor(pt.interval), yOf(valueOf(pt))), 3.5, 3.5);
        }
    };
    p.setRenderHint(QPainter::Antialiasing);
    line([](const SweepPoint &s) { return s.ideal.latencyWorst.value_or(0); }, yLat, worstColor,
         true);
    line([](const SweepPoint &s) { return s.measured.latencyWorst.value_or(0); }, yLat, worstColor,
         false);
    line([](const SweepPoint &s) { return double(s.ideal.wastedChecks); }, yWaste, checksColor,
         true);
    line([](const SweepPoint &s) { return double(s.measured.wastedChecks); }, yWaste, checksColor,
         false);
    // The legend.
    int lx = plot.left();
    const QList<std::tuple<QString, QColor, bool>> legend{
        {QCoreApplication::translate("DayCharts", "worst latency, measured"), worstColor, false},
        {QCoreApplication::translate("DayCharts", "ideal"), worstColor, true},
        {QCoreApplication::translate("DayCharts", "wasted looks, measured"), checksColor, false},
        {QCoreApplication::translate("DayCharts", "ideal"), checksColor, true}};
    for (const auto &[name, color, dashed] : legend) {
        p.setPen(QPen(color, dashed ? 1.5 : 2.5, dashed ? Qt::DashLine : Qt::SolidLine));
        p.drawLine(lx, legendRow + fm.height() / 2, lx + 24, legendRow + fm.height() / 2);
        p.setPen(text);
        const int w = fm.horizontalAdvance(name);
        p.drawText(QRect(lx + 28, legendRow, w + 2, fm.height()), Qt::AlignVCenter, name);
        lx += 28 + w + 18;
    }
    p.restore();
}

} // namespace TaskLanes::DayCharts
