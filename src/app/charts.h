#pragma once

#include "domain/trace.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;

namespace TaskLanes {

// Elapsed time of each item, grouped by the task that ran it (units). Runs of more than
// maxItemBars items show each task's summed time instead: thousands of bars say nothing.
QChart *makeElapsedChart(const Trace &trace);
// Measured total beside the ideal, one group per run (a single run, or Run all).
QChart *makeTotalsChart(const QList<Trace> &runs);
inline constexpr int maxItemBars = 60;

// The two charts side by side, kept up to date with the latest run(s).
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget *parent = nullptr);
    // The charts are built when shown or asked for, not while hidden behind another tab
    // (at 100,000 items building them takes the GUI thread several milliseconds).
    void setRuns(const Trace &current, const QList<Trace> &runs);
    QChart *elapsedChart() const;
    QChart *totalsChart() const;
    const Trace &current() const { return m_current; }
    const QList<Trace> &runs() const { return m_runs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build() const;

    QChartView *m_elapsed = nullptr;
    QChartView *m_totals = nullptr;
    Trace m_current;
    QList<Trace> m_runs;
    mutable bool m_stale = false;
};

} // namespace TaskLanes
