#pragma once

#include "ganttrenderer.h"
#include "presentation/livetrace.h"
#include "timelinedata.h"
#include "timelinenavigator.h"

#include <QWidget>

class QScrollBar;

namespace TaskLanes {

// The live Gantt timeline. Wheel zooms around the cursor, dragging pans, a double click
// (or Home) fits the run; hovering a bar shows its details. While a run grows the view
// keeps the whole run (and its ideal end) in sight until the user zooms or pans.
class GanttView : public QWidget
{
    Q_OBJECT
public:
    explicit GanttView(QWidget *parent = nullptr);

    const LiveTrace &trace() const { return m_trace; }
    const TimeLineData &timeLine() const { return m_data; }
    bool showIdeal() const { return m_options.showIdeal; }

    // The text shown when hovering a span (also what tests and accessibility read).
    QString describeSpan(qint32 span) const;
    // The bar chosen with Ctrl+arrow keys (-1 for none).
    qint32 selectedSpan() const { return m_options.selectedSpan; }

public Q_SLOTS:
    void startRun(const QString &variant, const QList<WorkItem> &items, int tasks,
                  const IdealSchedule &ideal, int unitMs);
    void applyBatch(const TaskLanes::TraceBatch &batch);
    void setTrace(const TaskLanes::Trace &trace);
    void clear();
    void setShowIdeal(bool show);
    void fitToRun();
    // One time scale for several runs: the view fits at least [0, ns] (0: the run alone),
    // so a run of 17 units beside one of 32 looks half as long.
    void setSharedEnd(double ns);
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    // A bar was chosen with the keyboard: its description, for the status bar.
    void spanSelected(const QString &description);

protected:
    void paintEvent(QPaintEvent *event) override;
    double fitEnd() const;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    void updateScrollBar();
    void stopFollowing();
    // The user moved the time axis: the view stops following the run and repaints.
    void viewMoved();
    qint32 spanUnder(const QPointF &pos) const;
    // Keyboard selection: the next or previous bar in the selected lane (step ±1), or
    // the bar nearest in time in the lane above or below (laneStep ±1).
    void moveSelection(int step, int laneStep);
    void selectSpan(qint32 span);
    void showSelectedDetails();
    static QString keysHelp();

    LiveTrace m_trace;
    TimeLineData m_data;
    double m_sharedEnd = 0;
    GanttRenderer m_renderer;
    GanttRenderer::Options m_options;
    QScrollBar *m_vScroll = nullptr;
    TimeLineNavigator m_navigator;
    bool m_following = true;
};

} // namespace TaskLanes
