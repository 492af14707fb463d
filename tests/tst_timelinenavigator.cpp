// The wheel, a drag and the keys on a time axis, as the timeline and the comparison share
// them.
#include "timelinenavigator.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QTest>
#include <QWheelEvent>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {
using Change = TimeLineNavigator::Change;

TimeLineData axis()
{
    TimeLineData d;
    d.plotLeft = 100;
    d.plotWidth = 1000;
    d.fit(0, 1e9); // a second across
    return d;
}

QWheelEvent wheel(double x, int notches, Qt::KeyboardModifiers modifiers = {})
{
    return QWheelEvent(QPointF(x, 10), QPointF(x, 10), QPoint(), QPoint(0, notches * 120),
                       Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
}

QMouseEvent mouse(QEvent::Type type, double x, double y)
{
    return QMouseEvent(type, QPointF(x, y), QPointF(x, y), Qt::LeftButton,
                       type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton,
                       Qt::NoModifier);
}
} // namespace

class TestTimeLineNavigator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theWheelZoomsAroundThePointer()
    {
        TimeLineNavigator nav;
        TimeLineData d = axis();
        const double under = d.timeForX(400);
        const double width = d.viewEnd() - d.viewStart;
        QCOMPARE(nav.wheel(d, wheel(400, 2)), Change::Moved);
        QCOMPARE(d.timeForX(400), under);
        QVERIFY(std::abs((d.viewEnd() - d.viewStart) - width / 1.5625) < 1);
        // Shift+wheel and a wheel that does not turn are not the axis's.
        const TimeLineData before = d;
        QCOMPARE(nav.wheel(d, wheel(400, 1, Qt::ShiftModifier)), Change::None);
        QCOMPARE(nav.wheel(d, wheel(400, 0)), Change::None);
        QCOMPARE(d.viewStart, before.viewStart);
    }

    void keysZoomPanAndFit()
    {
        TimeLineNavigator nav;
        TimeLineData d = axis();
        const double width = d.viewEnd() - d.viewStart;
        QKeyEvent plus(QEvent::KeyPress, Qt::Key_Plus, Qt::NoModifier);
        QCOMPARE(nav.key(d, plus), Change::Moved);
        QVERIFY(std::abs((d.viewEnd() - d.viewStart) - width / 1.5) < 1);
        QKeyEvent minus(QEvent::KeyPress, Qt::Key_Minus, Qt::NoModifier);
        QCOMPARE(nav.key(d, minus), Change::Moved);
        QVERIFY(std::abs((d.viewEnd() - d.viewStart) - width) < 1);
        const double start = d.viewStart;
        QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
        QCOMPARE(nav.key(d, right), Change::Moved);
        QVERIFY(d.viewStart > start);
        QKeyEvent home(QEvent::KeyPress, Qt::Key_Home, Qt::NoModifier);
        QCOMPARE(nav.key(d, home), Change::Fit);
        // Ctrl+arrows belong to the view (bar selection), up and down too.
        QKeyEvent ctrlRight(QEvent::KeyPress, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(nav.key(d, ctrlRight), Change::None);
        QKeyEvent up(QEvent::KeyPress, Qt::Key_Up, Qt::NoModifier);
        QCOMPARE(nav.key(d, up), Change::None);
    }

    void draggingPans()
    {
        TimeLineNavigator nav;
        TimeLineData d = axis();
        QCOMPARE(nav.move(d, mouse(QEvent::MouseMove, 500, 50)), Change::None); // no button down
        nav.press(mouse(QEvent::MouseButtonPress, 500, 50));
        QVERIFY(nav.isDragging());
        const double under = d.timeForX(500);
        QPointF delta;
        QCOMPARE(nav.move(d, mouse(QEvent::MouseMove, 400, 70), &delta), Change::Moved);
        QCOMPARE(delta, QPointF(-100, 20));
        QCOMPARE(d.timeForX(400), under); // the time grabbed follows the pointer
        // Only vertically: the axis stays, the view gets the movement.
        QCOMPARE(nav.move(d, mouse(QEvent::MouseMove, 400, 90), &delta), Change::None);
        QCOMPARE(delta, QPointF(0, 20));
        nav.release();
        QVERIFY(!nav.isDragging());
    }
};

QTEST_MAIN(TestTimeLineNavigator)
#include "tst_timelinenavigator.moc"
