#pragma once

#include "scenariorenderer.h"
#include "timelinedata.h"
#include "timelinenavigator.h"

#include <QWidget>

#include <memory>

namespace TaskLanes {

// A scenario run on screen: the renderer's timeline with the wheel, drag and keys of the
// other timelines, the hand-off under the pointer drawn bold and told in a tooltip, a
// span's step, state and wait in its tooltip.
class ScenarioView : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioView(QWidget *parent = nullptr);

    // A run to show; keep says whether to keep the zoom (the same run growing).
    void setTrace(const Scenarios::ScenarioTrace &trace, bool keep = false);
    const ScenarioRenderer *renderer() const { return m_renderer.get(); }
    const TimeLineData &timeLine() const { return m_d; }
    void setArrows(bool on);
    // Shows [0, end] when fitted, rather than the run's own length: two runs side by side
    // on one scale (0: the run's own).
    void setSharedEnd(double end);
    bool arrows() const { return m_options.arrows; }
    QSize sizeHint() const override { return {900, 360}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void fit();
    void relayout();
    void fitHeight();

    std::unique_ptr<ScenarioRenderer> m_renderer;
    ScenarioRenderer::Options m_options;
    TimeLineData m_d;
    TimeLineNavigator m_navigator;
    bool m_fitted = false;
    double m_sharedEnd = 0;
};

// Where each task's time went in a scenario run, a stacked bar a task.
class ScenarioChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioChartView(QWidget *parent = nullptr);
    void setTrace(const Scenarios::ScenarioTrace &trace);
    const ScenarioRenderer *renderer() const { return m_renderer.get(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::unique_ptr<ScenarioRenderer> m_renderer;
};

} // namespace TaskLanes
