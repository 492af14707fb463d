#pragma once

#include "daycharts.h"
#include "dayrenderer.h"

#include <QWidget>

namespace TaskLanes {

// A day's timeline on screen: as tall as its lanes need, a tooltip for what is under the
// mouse.
class DayView : public QWidget
{
    Q_OBJECT
public:
    explicit DayView(QWidget *parent = nullptr);
    void setTrace(const Home::DayTrace &trace);
    const Home::DayTrace &trace() const { return m_trace; }
    DayRenderer::Options options() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    Home::DayTrace m_trace;
};

// The four parents' chart or the polling sweep, painted as it is exported.
class DayChartView : public QWidget
{
    Q_OBJECT
public:
    explicit DayChartView(QWidget *parent = nullptr);
    void setDays(const QList<Home::DayTrace> &days);
    void setSweep(const QList<Home::SweepPoint> &points);
    bool isSweep() const { return m_sweep; }
    const QList<Home::DayTrace> &days() const { return m_days; }
    const QList<Home::SweepPoint> &points() const { return m_points; }
    DayCharts::Options options() const;
    void paintOn(QPainter &p, const QRect &rect) const;
    QSize minimumSizeHint() const override { return {320, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_sweep = false;
    QList<Home::DayTrace> m_days;
    QList<Home::SweepPoint> m_points;
};

} // namespace TaskLanes
