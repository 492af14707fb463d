#include "charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

QString ordinal(int n)
{
    return QCoreApplication::translate("Charts", "item %1 taken").arg(n);
}

void styleChart(QChart *chart, const QString &title)
{
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    // Decimal commas where the locale has them (the command line's locale is C).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
}

QValueAxis *unitsAxis(double max, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * 1.12 : 1);
    axis->setTitleText(title);
    axis->setLabelFormat(u"%.1f"_s);
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QChart *makeElapsedChart(const Trace &trace)
{
    auto *chart = new QChart;
    if (trace.isNull()) {
        styleChart(chart,
                   QCoreApplication::translate("Charts", "Elapsed time per item (no run yet)"));
        return chart;
    }
    const double unitNs = double(trace.unitMs()) * 1e6;
    const QList<Trace::ItemExtent> extents = trace.itemExtents();
    // Per lane, the items it ran in the order it took them.
    QList<QList<Trace::ItemExtent>> byLane(trace.tasks());
    for (const Trace::ItemExtent &e : extents)
        byLane[e.lane].append(e);
    QStringList categories;
    QList<int> lanes;
    for (int lane = 0; lane < trace.tasks(); ++lane) {
        if (!byLane[lane].isEmpty()) {
            categories.append(u"Task "_s + taskName(lane));
            lanes.append(lane);
        }
    }
    auto *series = new QBarSeries;
    double max = 0;
    if (extents.size() <= maxItemBars) {
        qsizetype depth = 0;
        for (int lane : lanes)
            depth = std::max(depth, byLane[lane].size());
        for (qsizetype k = 0; k < depth; ++k) {
            auto *set = new QBarSet(ordinal(int(k + 1)));
            for (int lane : lanes) {
                const double v = k < byLane[lane].size()
                                     ? double(byLane[lane][k].end - byLane[lane][k].start) / unitNs
                                     : 0.0;
                *set << v;
                max = std::max(max, v);
            }
            series->append(set);
        }
        series->setLabelsVisible(extents.size() <= 24);
        series->setLabelsFormat(u"@value"_s);
        series->setLabelsPrecision(3);
        styleChart(chart,
                   QCoreApplication::translate("Charts", "%1: elapsed time of each item, by task")
                       .arg(trace.variantId()));
    } else {
        auto *set = new QBarSet(QCoreApplication::translate("Charts", "time spent on items"));
        for (int lane : lanes) {
            double sum = 0;
            for (const auto &e : byLane[lane])
                sum += double(e.end - e.start) / unitNs;
            *set << sum;
            max = std::max(max, sum);
        }
        series->append(set);
        styleChart(chart, QCoreApplication::translate("Charts",
                                                      "%1: time spent on items, by task (%2 items)")
                              .arg(trace.variantId())
                              .arg(extents.size()));
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = unitsAxis(max, QCoreApplication::translate("Charts", "elapsed (units)"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(series->count() > 1 && series->count() <= 12);
    return chart;
}

QChart *makeTotalsChart(const QList<Trace> &runs)
{
    auto *chart = new QChart;
    styleChart(chart, QCoreApplication::translate("Charts", "Total: measured and ideal"));
    if (runs.isEmpty())
        return chart;
    auto *measured = new QBarSet(QCoreApplication::translate("Charts", "measured"));
    auto *ideal = new QBarSet(QCoreApplication::translate("Charts", "ideal"));
    measured->setColor(QColor(0x44, 0x77, 0xAA));
    ideal->setColor(QColor(0xBB, 0xBB, 0xBB));
    // The theme labels bars in white, which vanishes outside the bar.
    measured->setLabelColor(Qt::black);
    ideal->setLabelColor(Qt::black);
    QStringList categories;
    double max = 0;
    // Horizontal bar charts list categories bottom-up: reversed, the first run is on top.
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        const Trace &t = *it;
        categories.append(t.cancelled()
                              ? t.variantId() + QCoreApplication::translate("Charts", " (stopped)")
                              : t.variantId());
        const double m = t.totalMs() / t.unitMs();
        const double i = t.idealMs() / t.unitMs();
        *measured << m;
        *ideal << i;
        max = std::max({max, m, i});
    }
    // Horizontal bars: variant names stay readable and the labels fit past the bar ends.
    auto *series = new QHorizontalBarSeries;
    series->append(measured);
    series->append(ideal);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = unitsAxis(max * 1.1, QCoreApplication::translate("Charts", "total (units)"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

ChartsPanel::ChartsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_elapsed = new QChartView(makeElapsedChart({}), this);
    m_totals = new QChartView(makeTotalsChart({}), this);
    m_elapsed->setRenderHint(QPainter::Antialiasing);
    m_totals->setRenderHint(QPainter::Antialiasing);
    m_elapsed->setAccessibleName(tr("Elapsed time per item"));
    m_totals->setAccessibleName(tr("Total, measured and ideal"));
    layout->addWidget(m_elapsed, 3);
    layout->addWidget(m_totals, 2);
}

void ChartsPanel::setRuns(const Trace &current, const QList<Trace> &runs)
{
    m_current = current;
    m_runs = runs;
    m_stale = true;
    if (isVisible())
        build();
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    build();
}

void ChartsPanel::build() const
{
    if (!m_stale)
        return;
    m_stale = false;
    // QChartView::setChart does not delete the previous chart.
    QChart *oldElapsed = m_elapsed->chart();
    QChart *oldTotals = m_totals->chart();
    m_elapsed->setChart(makeElapsedChart(m_current));
    m_totals->setChart(makeTotalsChart(m_runs));
    delete oldElapsed;
    delete oldTotals;
}

QChart *ChartsPanel::elapsedChart() const
{
    build();
    return m_elapsed->chart();
}

QChart *ChartsPanel::totalsChart() const
{
    build();
    return m_totals->chart();
}

} // namespace TaskLanes
