#pragma once

#include "domain/trace.h"

#include <QObject>

#include <functional>

class QWidget;

namespace TaskLanes {

class ChartsPanel;
class CompareView;
class GanttView;

// File › Export: asks where and at what size (ExportDialog), then writes the timeline,
// a chart or the comparison as PNG, SVG or PDF, and reports what happened.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    enum What
    {
        Timeline,
        ElapsedChart,
        TotalsChart,
        Comparison
    };

    // runs: the runs the views show; showIdeal: whether the ideal schedule is drawn.
    ExportActions(QWidget *window, GanttView *gantt, ChartsPanel *charts, CompareView *compare,
                  std::function<QList<Trace>()> runs, std::function<bool()> showIdeal);

    void exportImage(What what);

Q_SIGNALS:
    void status(const QString &message);

private:
    QWidget *m_window;
    GanttView *m_gantt;
    ChartsPanel *m_charts;
    CompareView *m_compare;
    std::function<QList<Trace>()> m_runs;
    std::function<bool()> m_showIdeal;
};

} // namespace TaskLanes
