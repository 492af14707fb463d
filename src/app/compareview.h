#pragma once

#include "ganttrenderer.h"
#include "presentation/livetrace.h"
#include "timelinedata.h"
#include "timelinenavigator.h"

#include <QWidget>

namespace TaskLanes {

// Every run of a comparison (Run all, "tasklanes compare") as timelines stacked on one
// shared time axis: zooming or panning one moves them all, so the same moment lines up.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);

    // known: views already built of some of the runs (the timeline's), shared, not rebuilt.
    void setRuns(const QList<Trace> &runs, const QList<const LiveTrace *> &known = {});
    const QList<LiveTrace> &traces() const { return m_traces; }
    const TimeLineData &timeLine() const { return m_data; }
    void setShowIdeal(bool show);
    QSize sizeHint() const override;

    static constexpr double laneHeight = 22;
    // Paints the stack into rect with d's horizontal mapping; shared with the export.
    static void paintStack(QPainter &p, GanttRenderer &renderer, const QRect &rect,
                           const QList<LiveTrace> &traces, const TimeLineData &d, bool showIdeal,
                           const GanttColors &colors = {});
    static int stackHeight(const QList<LiveTrace> &traces);
    static qint64 longestRun(const QList<LiveTrace> &traces);

public Q_SLOTS:
    void fitToRuns();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void relayout();
    void viewMoved();

    QList<LiveTrace> m_traces;
    TimeLineData m_data;
    TimeLineNavigator m_navigator;
    GanttRenderer m_renderer;
    bool m_showIdeal = true;
    bool m_fitted = true;
};

} // namespace TaskLanes
