#include "autosave.h"
#include "charts.h"
#include "compareview.h"
#include "engine/workerpool.h"
#include "exportdialog.h"
#include "exporter.h"
#include "focuschain.h"
#include "formats/queuefile.h"
#include "formats/traceexport.h"
#include "formats/traceimport.h"
#include "ganttrenderer.h"
#include "ganttview.h"
#include "mainwindow.h"
#include "models/registry.h"
#include "planning/presets.h"
#include "queueeditor.h"
#include "scenarioeditor.h"
#include "scenarioview.h"
#include "scenariowindow.h"
#include "ui_queueeditor.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QBarCategoryAxis>
#include <QChart>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

// Share of pixels that are not (nearly) white, and how many colours there are.
std::pair<double, int> inkAndColours(const QImage &image)
{
    qint64 ink = 0;
    QSet<QRgb> colours;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); y += 2) {
        for (int x = 0; x < img.width(); x += 2) {
            const QRgb c = img.pixel(x, y);
            colours.insert(c);
            ink += qRed(c) < 235 || qGreen(c) < 235 || qBlue(c) < 235;
        }
    }
    return {double(ink) / (double(img.width() / 2) * (img.height() / 2)), int(colours.size())};
}

bool closeTo(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12 &&
           std::abs(a.blue() - b.blue()) < 12;
}

QStringList unnamedControls(QWidget &top)
{
    QStringList unnamed;
    for (QWidget *widget : top.findChildren<QWidget *>()) {
        // A spin box is one control to a screen reader; its inner line edit is not.
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&top) ||
            qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                           widget->objectName());
    }
    return unnamed;
}

void runAndWait(MainWindow &w, bool all = false)
{
    QSignalSpy done(&w, &MainWindow::allRunsFinished);
    all ? w.runAll() : w.run();
    QVERIFY(done.wait(20000));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Workers::setProgram(QStringLiteral(TASKLANES_BINARY)); // not this test program
        QSettings().clear();
        QFile::remove(MainWindow::autosavePath());
    }

    void runsAsyncAndDrawsTwoLanes()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.selectVariant(u"async"_s));
        w.setUnitMs(10);
        w.queueEditor()->restoreQueue(presets().first().queue); // sleep 15, 10, 5, 2
        runAndWait(w);

        GanttView *gantt = w.ganttView();
        const LiveTrace &t = gantt->trace();
        QCOMPARE(t.lanes(), 2);
        QVERIFY(!t.isRunning());
        auto itemsOf = [&](int lane) {
            QList<qint32> items;
            for (qint32 i : t.laneSpans(lane))
                items.append(t.spans().at(i).item);
            return items;
        };
        QCOMPARE(itemsOf(0), (QList<qint32>{0, 3}));
        QCOMPARE(itemsOf(1), (QList<qint32>{1, 2}));
        // File › Save Trace writes the run the timeline shows; it reads back the same.
        QVERIFY(w.findChild<QAction *>(u"actionSaveTrace"_s)->isEnabled());
        QTemporaryDir dir;
        const QString saved = dir.filePath(u"async.json"_s);
        QVERIFY(w.saveTrace(saved).ok());
        const Result<Trace> back = loadChromeTrace(saved);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->variantId(), u"async"_s);
        QCOMPARE(back->items().size(), 4);
        QCOMPARE(back->spans().size(), w.runs().last().spans().size());
        QVERIFY(!w.saveTrace(dir.filePath(u"no/such/folder/x.json"_s)).ok());
        // The lanes wait at the same time: the first spans of both overlap.
        const Span &a = t.spans().at(t.laneSpans(0).first());
        const Span &b = t.spans().at(t.laneSpans(1).first());
        QVERIFY(a.start < b.end && b.start < a.end);
        QVERIFY(a.end - a.start >= 150'000'000); // 15 units of 10 ms, never less

        // What is on screen: the middle of each first bar has the colour of waiting.
        const QImage shot = gantt->grab().toImage();
        const TimeLineData &d = gantt->timeLine();
        const qreal dpr = shot.devicePixelRatio();
        for (const Span *s : {&a, &b}) {
            const double x = d.xForTime(double(s->start + s->end) / 2);
            const double y = d.laneY(s->lane) + d.laneHeight * 0.3;
            const QColor seen = shot.pixelColor(int(x * dpr), int(y * dpr));
            QVERIFY2(closeTo(seen, GanttRenderer::stateColor(SpanState::Awaiting)),
                     qPrintable(seen.name()));
        }
        QVERIFY(
            gantt->describeSpan(t.laneSpans(0).first()).contains(u"Task One — item 1: sleep 15"_s));

        // The keyboard goes from bar to bar: along a lane, then across to the bar at the
        // same time in the next lane; the status bar says which.
        gantt->setFocus();
        QSignalSpy selected(gantt, &GanttView::spanSelected);
        auto selectedItem = [&] { return t.spans().at(gantt->selectedSpan()).item; };
        QTest::keyClick(gantt, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(selectedItem(), 0); // the first bar in view, lane One
        QTest::keyClick(gantt, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(selectedItem(), 3);
        QTest::keyClick(gantt, Qt::Key_Right, Qt::ControlModifier); // the lane's last bar
        QCOMPARE(selectedItem(), 3);
        QTest::keyClick(gantt, Qt::Key_Down, Qt::ControlModifier); // Two's bar at 15 units
        QCOMPARE(selectedItem(), 2);
        QTest::keyClick(gantt, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(selectedItem(), 1);
        QTest::keyClick(gantt, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(selectedItem(), 0);
        QCOMPARE(selected.size(), 5); // not at the end of the lane: nothing changed
        QVERIFY(selected.last().first().toString().contains(u"Task One — item 1: sleep 15"_s));
        QVERIFY(gantt->accessibleDescription().startsWith(u"Task One — item 1"_s));
        QVERIFY(w.statusBar()->currentMessage().contains(u"item 1: sleep 15"_s));

        const QString console = w.consoleText();
        QVERIFY(console.contains(
            u"Task One running\nTask Two running\nTask Two total elapsed time: 10."_s));
        QVERIFY(console.contains(u"Total elapsed time: 17."_s));
        QCOMPARE(w.runs().size(), 1);
        auto *axis = qobject_cast<QBarCategoryAxis *>(
            w.chartsPanel()->elapsedChart()->axes(Qt::Horizontal).first());
        QCOMPARE(axis->categories(), (QStringList{u"Task One"_s, u"Task Two"_s}));
    }

    // Scenario is the window's second kind of program: the lab takes the window's place,
    // Run and Run All run the scenario (Run All on both models), Edit › Undo undoes the
    // forms' edits, what only a queue has is off, and the choice survives a restart.
    void theScenarioProgramRunsInTheWindow()
    {
        QFile::remove(ScenarioAutosave::defaultPath());
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(!w.isScenarioProgram());
            auto *scenario = w.findChild<QAction *>(u"actionScenarios"_s);
            auto *queue = w.findChild<QAction *>(u"actionWorkQueue"_s);
            QVERIFY(scenario->isCheckable() && queue->isChecked());
            scenario->trigger();
            QVERIFY(w.isScenarioProgram() && scenario->isChecked());
            ScenarioWindow *lab = w.scenarioLab();
            QVERIFY(lab->isVisibleTo(&w));
            QVERIFY(!w.findChild<QWidget *>(u"mainSplitter"_s)->isVisibleTo(&w));
            for (const char *name : {"actionImportQueue", "actionExportQueue",
                                     "actionExportTimeline", "actionShowIdeal"})
                QVERIFY2(!w.findChild<QAction *>(QString::fromLatin1(name))->isEnabled(), name);
            // View has the arrows' switch while the lab is in view.
            QAction *arrows = lab->arrowsAction();
            QVERIFY(w.findChild<QMenu *>(u"menuView"_s)->actions().contains(arrows));
            QVERIFY(arrows->isVisible() && arrows->isChecked());
            // The lab's own Run, Stop and Undo give way to the window's.
            QVERIFY(!lab->findChild<QAction *>(u"actionRun"_s)->isVisible());
            QVERIFY(lab->findChild<QAction *>(u"actionOpen"_s)->isVisible());

            // Edit › Undo undoes the lab's edits while the lab is in view.
            QVERIFY(lab->choosePreset(u"counter-lock"_s));
            QAction *undo = nullptr;
            for (QAction *a : w.findChild<QMenu *>(u"menuEdit"_s)->actions())
                if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                    undo = a;
            QVERIFY(undo && undo->isEnabled());
            QVERIFY(undo->text().contains(u"Two threads adding with a lock"_s) ||
                    undo->text().contains(u"counter"_s));
            auto *editor = lab->findChild<ScenarioEditor *>();
            const Scenarios::Scenario loaded = editor->scenario();
            undo->trigger();
            QVERIFY(!(editor->scenario() == loaded));

            // Run All: both models, one answer.
            QVERIFY(lab->choosePreset(u"washer-dryer-fixed"_s));
            lab->setUnitMs(10);
            QSignalSpy finished(&w, &MainWindow::allRunsFinished);
            w.findChild<QAction *>(u"actionRunAll"_s)->trigger();
            QVERIFY(w.isRunning());
            QVERIFY(!scenario->isEnabled()); // no switching mid-run
            QVERIFY(!w.setScenarioProgram(false));
            QVERIFY(finished.wait(30000));
            QCOMPARE(finished.count(), 1);
            QVERIFY(!w.isRunning());
            const auto *threads = lab->findChild<ScenarioView *>(u"threadsView"_s);
            const auto *loop = lab->findChild<ScenarioView *>(u"asyncView"_s);
            QVERIFY(threads->renderer() && loop->renderer());
            // Run: the chosen model, and Stop is on while it runs.
            lab->chooseModel(Scenarios::Backend::Async);
            w.findChild<QAction *>(u"actionRun"_s)->trigger();
            QVERIFY(w.findChild<QAction *>(u"actionStop"_s)->isEnabled());
            QVERIFY(finished.wait(30000));
            QCOMPARE(lab->lastRun().data().backend, Scenarios::Backend::Async);
            QVERIFY(!w.findChild<QAction *>(u"actionStop"_s)->isEnabled());
            w.close();
        }
        {
            // The next start opens on the scenario, and back to the queue undoes the queue.
            MainWindow w;
            QVERIFY(w.isScenarioProgram());
            QVERIFY(w.setScenarioProgram(false));
            QVERIFY(w.findChild<QAction *>(u"actionImportQueue"_s)->isEnabled());
            QVERIFY(!w.scenarioLab()->arrowsAction()->isVisible());
            QVERIFY(w.findChild<QWidget *>(u"mainSplitter"_s)->isVisibleTo(&w));
            const qsizetype items = w.queueEditor()->queue().items.size();
            w.queueEditor()->setQueue({{}, 2}, u"Clear"_s);
            QCOMPARE(w.queueEditor()->queue().items.size(), 0);
            w.undoStack()->undo();
            QCOMPARE(w.queueEditor()->queue().items.size(), items);
            w.close();
        }
        QSettings().remove(u"program"_s);
        QFile::remove(ScenarioAutosave::defaultPath());
    }

    // View › Same Time Scale: sync (32 units) then async (17) on one scale, so async's
    // lanes end about half way; off, each run fills the width.
    void theSharedScaleShowsRunsInProportion()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setUnitMs(5);
        w.queueEditor()->restoreQueue(presets().first().queue); // sleep 15, 10, 5, 2
        auto *shared = w.findChild<QAction *>(u"actionSharedScale"_s);
        shared->setChecked(true);
        QVERIFY(w.selectVariant(u"sync"_s));
        runAndWait(w);
        const double syncNsPerPixel = w.ganttView()->timeLine().nsPerPixel;
        const double syncExtent = double(w.ganttView()->trace().extentNs());
        QVERIFY(w.selectVariant(u"async"_s));
        runAndWait(w);
        const TimeLineData &d = w.ganttView()->timeLine();
        QCOMPARE(d.nsPerPixel, syncNsPerPixel); // sync's scale, kept
        const double asyncEnd = d.xForTime(double(w.runs().last().totalNs()));
        // (where the run ends on a plot that fits sync's extent and a margin of 2%)
        const double fraction = (asyncEnd - d.plotLeft) / d.plotWidth;
        const double expected = double(w.runs().last().totalNs()) / (syncExtent * 1.02);
        QVERIFY2(std::abs(fraction - expected) < 0.02 && fraction < 0.9,
                 qPrintable(u"%1 %2"_s.arg(fraction).arg(expected)));
        shared->setChecked(false);
        const TimeLineData &alone = w.ganttView()->timeLine();
        QVERIFY(alone.nsPerPixel < syncNsPerPixel * 0.8); // async alone fills the width
        w.close();
        QSettings().remove(u"sharedScale"_s);
    }

    // The speed box below its least says so in the status bar and keeps its value.
    void theSpeedBoxSaysWhatItRefuses()
    {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.setUnitMs(100);
        auto *speed = qobject_cast<QSpinBox *>(w.findChild<QWidget *>(u"switchIntervalSpin"_s)
                                                   ->parentWidget()
                                                   ->findChildren<QSpinBox *>()
                                                   .first());
        QVERIFY(speed && speed != w.findChild<QSpinBox *>(u"switchIntervalSpin"_s));
        speed->setFocus();
        speed->selectAll();
        QTest::keyClick(speed, Qt::Key_0);
        QTest::keyClick(speed, Qt::Key_Return);
        QTRY_VERIFY2(w.statusBar()->currentMessage().startsWith(u"Speed: 0 is not between"_s),
                     qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(w.unitMs(), 100);
        w.close();
    }

    void aFirstRunHintUntilDismissed()
    {
        QSettings().remove(u"firstRunHintSeen"_s);
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *hint = w.findChild<QWidget *>(u"firstRunHint"_s);
            QVERIFY(hint && hint->isVisible());
            QTest::mouseClick(w.findChild<QPushButton *>(u"firstRunHintDismiss"_s), Qt::LeftButton);
            QVERIFY(!hint->isVisible());
        }
        MainWindow again;
        QVERIFY(!again.findChild<QWidget *>(u"firstRunHint"_s));
        // Help › Show the First-Run Hint brings it back.
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.findChild<QAction *>(u"actionShowHint"_s)->trigger();
        auto *shown = again.findChild<QWidget *>(u"firstRunHint"_s);
        QVERIFY(shown && shown->isVisible());
    }

    void theTimelineFollowsADarkPalette()
    {
        GanttView view;
        view.resize(600, 200);
        const Model &m = *findModel(u"async");
        const QList<WorkItem> items = tutorialItems(m.naturalKind);
        view.startRun(m.id, items, 2, m.idealFor(items, 2, 10), 10);
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(30, 30, 34));
        dark.setColor(QPalette::AlternateBase, QColor(40, 40, 46));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        view.setPalette(dark);
        const QImage shot = view.grab().toImage();
        // The top-left corner is background: dark now, where the light theme is white.
        QCOMPARE(shot.pixelColor(2, 2), QColor(30, 30, 34));
    }

    // Screen readers name every control: what Qt's accessibility layer reports for each
    // widget that takes the keyboard focus is not empty, in the window and its dialogs.
    void everyControlHasAnAccessibleName()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(unnamedControls(w).isEmpty(), qPrintable(unnamedControls(w).join(u", "_s)));
        w.findChild<QAction *>(u"actionGuide"_s)->trigger();
        auto *guide = w.findChild<QDialog *>(u"guideDialog"_s);
        QVERIFY(guide && guide->isVisible());
        QVERIFY2(unnamedControls(*guide).isEmpty(),
                 qPrintable(unnamedControls(*guide).join(u", "_s)));
        ExportDialog dialog(u"Export Timeline"_s, u"/tmp/timeline.png"_s, QSize(800, 600), &w);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(unnamedControls(dialog).isEmpty(),
                 qPrintable(unnamedControls(dialog).join(u", "_s)));
        // A refusal is said at the field in the forms' red, and the dialog stays open.
        dialog.findChild<QLineEdit *>(u"fileEdit"_s)->setText(u"/tmp/timeline.bmp"_s);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        const auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(message->text().contains(u".png, .svg or .pdf"_s));
        QCOMPARE(message->palette().color(QPalette::WindowText), QColor(0xB0, 0x00, 0x20));
    }

    // Issue 11: on a first start the window fits the screen and the first-run hint is as
    // tall as its text; the left pane scrolls instead of holding the window tall.
    void aFirstStartFitsTheScreen()
    {
        QSettings().remove(u"geometry"_s);
        QSettings().setValue(u"firstRunHintSeen"_s, false);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The offscreen screen is 800 wide, narrower than the window can be; 1024, the
        // narrowest screen issue 11 names, is asked of the minimum below.
        const QSize room = w.screen()->availableGeometry().size();
        QVERIFY2(w.height() <= room.height() && w.width() <= std::max(room.width(), 1024),
                 qPrintable(u"%1x%2 on %3x%4"_s.arg(w.width())
                                .arg(w.height())
                                .arg(room.width())
                                .arg(room.height())));
        auto *hint = w.findChild<QFrame *>(u"firstRunHint"_s);
        QVERIFY(hint && hint->isVisible());
        QCOMPARE(hint->height(), hint->heightForWidth(hint->width()));
        QVERIFY(w.findChild<QScrollArea *>(u"leftScroll"_s));
        // The window's minimum fits a 1024×700 screen.
        const QSize least = w.minimumSizeHint();
        QVERIFY2(least.height() < 700 && least.width() <= 1024,
                 qPrintable(u"%1x%2"_s.arg(least.width()).arg(least.height())));
        // So does it with the scenario lab in its place.
        QVERIFY(w.setScenarioProgram(true));
        const QSize labLeast = w.minimumSizeHint();
        QVERIFY2(labLeast.height() < 700 && labLeast.width() <= 1024,
                 qPrintable(u"%1x%2"_s.arg(labLeast.width()).arg(labLeast.height())));
        QVERIFY(w.setScenarioProgram(false));
        QSettings().remove(u"program"_s);
        QSettings().setValue(u"firstRunHintSeen"_s, true);
    }

    void theWindowHasItsIcon()
    {
        MainWindow w;
        const QPixmap icon = w.windowIcon().pixmap(64, 64);
        QVERIFY(!icon.isNull());
        QVERIFY(inkAndColours(icon.toImage()).second > 3);
    }

    void exportsAreValidAndNotBlank_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("suffix");
        for (const QString &what : {u"timeline"_s, u"elapsed"_s, u"totals"_s}) {
            for (const QString &suffix : {u"png"_s, u"svg"_s, u"pdf"_s})
                QTest::newRow(qPrintable(what + u'.' + suffix)) << what << suffix;
        }
    }
    void exportsAreValidAndNotBlank()
    {
        QFETCH(QString, what);
        QFETCH(QString, suffix);
        MainWindow w;
        QVERIFY(w.selectVariant(u"cooperative-blocking"_s));
        w.setUnitMs(5);
        w.queueEditor()->restoreQueue(
            {{WorkItem::sleep(6), WorkItem::sleep(3), WorkItem::sleep(4)}, 2});
        runAndWait(w);
        QTemporaryDir dir;
        const QString path = dir.filePath(what + u'.' + suffix);
        const Status ok =
            what == "timeline"_L1
                ? exportTimeline(w.ganttView()->trace(), path, QSize(1200, 0), 1.0, true)
                : exportChart(what == "elapsed"_L1 ? w.chartsPanel()->elapsedChart()
                                                   : w.chartsPanel()->totalsChart(),
                              path, QSize(900, 500), 1.0);
        QVERIFY2(ok, qPrintable(ok.error()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QImage image;
        if (suffix == "png"_L1) {
            QVERIFY(image.loadFromData(bytes, "PNG"));
        } else if (suffix == "svg"_L1) {
            QSvgRenderer svg(bytes);
            QVERIFY(svg.isValid());
            if (what == "timeline"_L1) {
                // Text as large as in the PNG (issue 11: a quarter smaller at 72 dpi).
                QImage probe(1, 1, QImage::Format_ARGB32);
                QPainter pp(&probe);
                const QByteArray attribute = QByteArray("font-size=\"") +
                                             QByteArray::number(QFontInfo(pp.font()).pixelSize()) +
                                             '"';
                QVERIFY2(bytes.contains(attribute), attribute.constData());
            }
            // Its drawing is the size asked for (its width in millimetres is that at the
            // PNG's 96 dpi, where QSvgRenderer reckons 90).
            QCOMPARE(svg.viewBox().width(), what == "timeline"_L1 ? 1200 : 900);
            image = QImage(svg.viewBox().size(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            svg.render(&p);
        } else {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.contains("/Type /Page") || bytes.contains("/Type/Page"));
            QVERIFY(bytes.size() > 2000);
            return; // no PDF renderer in Qt 6.4's base modules; structure and size it is
        }
        QVERIFY(image.width() >= 900);
        const auto [ink, colours] = inkAndColours(image);
        QVERIFY2(ink > 0.02 && colours > 5,
                 qPrintable(u"ink %1, colours %2"_s.arg(ink).arg(colours)));
        // The charts on screen are unharmed by the export.
        QVERIFY(w.chartsPanel()->elapsedChart()->scene());
    }

    void opensTracesAndQueuesAndRefusesDamage()
    {
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(u"run.json"_s);
        {
            MainWindow w;
            QVERIFY(w.selectVariant(u"async"_s));
            w.setUnitMs(5);
            w.queueEditor()->restoreQueue(
                {{WorkItem::sleep(4), WorkItem::sleep(2), WorkItem::sleep(3)}, 2});
            runAndWait(w);
            QVERIFY(writeChromeTrace(w.runs().last(), tracePath));
        }
        MainWindow w;
        const Status opened = w.openFile(tracePath);
        QVERIFY2(opened, qPrintable(opened.error()));
        const LiveTrace &shown = w.ganttView()->trace();
        QCOMPARE(shown.variant(), u"async"_s);
        QCOMPARE(shown.lanes(), 2);
        QCOMPARE(shown.spans().size(), 3);
        QCOMPARE(w.runs().size(), 1);
        QVERIFY(w.consoleText().startsWith(u"Opened "_s));

        // A damaged file: a message, and what was shown stays.
        QFile damaged(dir.filePath(u"damaged.json"_s));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"traceEvents\": [ {\"cat\": \"work\"");
        damaged.close();
        const Status refused = w.openFile(damaged.fileName());
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(damaged.fileName() + u": not valid JSON"_s),
                 qPrintable(refused.error()));
        QCOMPARE(w.ganttView()->trace().spans().size(), 3);

        // A queue file dropped on the window replaces the queue (undoably).
        const QString queuePath = dir.filePath(u"queue.json"_s);
        QVERIFY(saveQueueFile({{WorkItem::sleep(7)}, 3}, queuePath));
        QVERIFY(w.openFile(queuePath));
        QCOMPARE(w.queueEditor()->queue(), (WorkQueue{{WorkItem::sleep(7)}, 3}));
        w.undoStack()->undo();
        QVERIFY(w.queueEditor()->queue().items != QList<WorkItem>{WorkItem::sleep(7)});

        w.copyCharts();
        QVERIFY(!QGuiApplication::clipboard()->image().isNull());
    }

    void queueAndSettingsSurviveARestart()
    {
        {
            MainWindow w;
            w.setUnitMs(37);
            QVERIFY(w.selectVariant(u"cooperative"_s));
            w.queueEditor()->setQueue({{WorkItem::count(4), WorkItem::count(9)}, 3}, u"edit"_s);
            // The queue is autosaved shortly after an edit, before any orderly exit.
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(MainWindow::autosavePath()), 3000);
            QTRY_COMPARE_WITH_TIMEOUT(loadQueueFile(MainWindow::autosavePath())->items.size(), 2,
                                      3000);
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.queueEditor()->queue(),
                 (WorkQueue{{WorkItem::count(4), WorkItem::count(9)}, 3}));
        QCOMPARE(again.unitMs(), 37);
        QCOMPARE(again.currentVariantId(), u"cooperative"_s);
    }

    void aDamagedAutosaveIsReportedNotLoaded()
    {
        QFile f(MainWindow::autosavePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        const QDir folder = QFileInfo(MainWindow::autosavePath()).absoluteDir();
        for (const QString &old : folder.entryList({u"queue.json.damaged-*"_s}))
            QFile::remove(folder.filePath(old));
        MainWindow w;
        QCOMPARE(w.queueEditor()->queue().items, presets().first().queue.items);
        // What could not be read is kept aside, never saved over, and the app says where.
        const QStringList aside = folder.entryList({u"queue.json.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        QFile kept(folder.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{ not json"));
        QTRY_VERIFY(w.statusBar()->currentMessage().contains(aside.first()));
        w.queueEditor()->setQueue({{WorkItem::sleep(3)}, 2}, u"edit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(MainWindow::autosavePath()), 3000);
        QCOMPARE(kept.fileName(), folder.filePath(aside.first()));
        kept.close();
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{ not json"));
    }

    void runAllComparesEveryVariant()
    {
        MainWindow w;
        w.setUnitMs(4);
        w.queueEditor()->restoreQueue(presets().first().queue); // sleep 15, 10, 5, 2
        runAndWait(w, true);
        // Every variant runs the same sleeps.
        QStringList expected;
        for (const Model *m : models())
            expected.append(m->id);
        QCOMPARE(w.runs().size(), expected.size());
        auto *axis = qobject_cast<QBarCategoryAxis *>(
            w.chartsPanel()->totalsChart()->axes(Qt::Vertical).first());
        QCOMPARE(axis->categories(), QStringList(expected.crbegin(), expected.crend()));
        // The Compare tab stacks the same runs on one time axis fitted to the longest.
        const CompareView *compare = w.findChild<CompareView *>();
        QCOMPARE(compare->traces().size(), expected.size());
        double longest = 0;
        for (const Trace &t : w.runs())
            longest = std::max(longest, double(t.totalNs()));
        QVERIFY(compare->timeLine().viewEnd() >= longest);
        // The keyboard zooms, pans and fits the stack as it does the timeline.
        auto *stack = const_cast<CompareView *>(compare);
        const double fittedWidth = compare->timeLine().viewEnd() - compare->timeLine().viewStart;
        QTest::keyClick(stack, Qt::Key_Plus);
        QVERIFY(compare->timeLine().viewEnd() - compare->timeLine().viewStart < fittedWidth * 0.7);
        const double before = compare->timeLine().viewStart;
        QTest::keyClick(stack, Qt::Key_Right);
        QVERIFY(compare->timeLine().viewStart > before);
        QTest::keyClick(stack, Qt::Key_Home);
        QCOMPARE(compare->timeLine().viewEnd() - compare->timeLine().viewStart, fittedWidth);
        QTemporaryDir dir;
        const Status exported =
            exportComparison(w.runs(), dir.filePath(u"cmp.png"_s), QSize(1200, 0), 1.0, true);
        QVERIFY2(exported, qPrintable(exported.error()));
        QImage image(dir.filePath(u"cmp.png"_s));
        QCOMPARE(image.height(), CompareView::stackHeight(compare->traces()));
        QVERIFY(inkAndColours(image).first > 0.05);
        // async's waits overlap; blocking sleeps never do.
        auto runOf = [&](const QString &id) {
            return *std::find_if(w.runs().begin(), w.runs().end(),
                                 [&](const Trace &t) { return t.variantId() == id; });
        };
        auto overlap = [](const Trace &t) {
            for (const Span &a : t.spans())
                for (const Span &b : t.spans())
                    if (a.lane != b.lane && a.start < b.end && b.start < a.end &&
                        a.state != SpanState::Ready && b.state != SpanState::Ready)
                        return true;
            return false;
        };
        QVERIFY(!overlap(runOf(u"cooperative-blocking"_s)));
        QVERIFY(overlap(runOf(u"async"_s)));
    }

    // Tab goes through the queue table, not cell by cell inside it (the arrow keys move
    // between cells), and on to every control of the form (issue 11: Tab cycled in the
    // table; this fails on a table with its tab key navigation on).
    void tabReachesEveryControlOfTheQueue()
    {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.queueEditor()->restoreQueue(presets().first().queue);
        Ui::QueueEditor *ui = w.queueEditor()->ui();
        ui->table->setFocus();
        ui->table->selectRow(1); // the row buttons are enabled, the current cell mid-table
        QVERIFY(ui->table->hasFocus());
        // One Tab leaves the table, wherever its current cell is.
        QTest::keyClick(ui->table, Qt::Key_Tab);
        QVERIFY2(!ui->table->hasFocus(), "Tab moved from cell to cell inside the table");
        const QList<QWidget *> reached = tabChain();
        for (QWidget *wanted : QList<QWidget *>{ui->duplicateButton, ui->kindCombo, ui->valueEdit,
                                                ui->tasksSpin, ui->table})
            QVERIFY2(reached.contains(wanted),
                     qPrintable(wanted->objectName() + u" not in "_s + chainNames(reached)));
    }

    // The export dialog's default size holds every lane and the legend (issue 11: it
    // offered 138 px for 44-pixel lanes, and the legend covered Task Two).
    void theTimelineExportsDefaultSizeHoldsEveryLane()
    {
        MainWindow w;
        QVERIFY(w.selectVariant(u"async"_s));
        w.setUnitMs(5);
        w.queueEditor()->restoreQueue(presets().first().queue); // sleep 15, 10, 5, 2
        runAndWait(w);
        const LiveTrace &trace = w.ganttView()->trace();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.png"_s);
        QVERIFY(exportTimeline(trace, path, QSize(1600, timelineExportHeight(trace)), 1.0, true));
        const QImage image(path);
        QCOMPARE(image.height(), timelineExportHeight(trace));
        // Both lanes' bars whole: rows where the awaiting colour runs wide, above the legend.
        const QRgb awaiting = GanttRenderer::stateColor(SpanState::Awaiting).rgb();
        int barRows = 0;
        for (int y = 0; y < image.height() - GanttRenderer::legendHeight; ++y) {
            int run = 0;
            for (int x = 0; x < image.width(); ++x)
                run += image.pixel(x, y) == awaiting;
            barRows += run > 200;
        }
        const int barHeight = int(44 * (0.70 - 0.12)); // each lane's bar, as drawn
        QVERIFY2(barRows >= 2 * (barHeight - 2), qPrintable(QString::number(barRows)));
    }

    // Failures are said in words on the console and in the status bar, not only in a
    // tooltip (issue 11).
    void failuresAreSaidInWords()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.selectVariant(u"async"_s));
        w.setUnitMs(10);
        w.queueEditor()->restoreQueue(
            {{WorkItem::sleep(1), WorkItem::fetch(u"http://127.0.0.1:1/"_s)}, 2});
        runAndWait(w);
        const QString console = w.consoleText();
        QVERIFY2(console.contains(u"failed:\n  item 2 ("_s), qPrintable(console));
        QVERIFY2(console.contains(u"127.0.0.1:1"_s), qPrintable(console));
        QVERIFY2(w.statusBar()->currentMessage().contains(u"failed (see the console)"_s),
                 qPrintable(w.statusBar()->currentMessage()));
        // A run without failures says none.
        w.queueEditor()->restoreQueue({{WorkItem::sleep(1)}, 1});
        runAndWait(w);
        QVERIFY(!w.consoleText().contains(u"failed"_s));
        QVERIFY(!w.statusBar()->currentMessage().contains(u"failed"_s));
    }

    // SPEC 3: beside the run, what it teaches in plain words; the GIL's switch interval is
    // the toolbar's.
    void notesSayWhatTheRunShows()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.selectVariant(u"async"_s));
        w.setUnitMs(10);
        w.queueEditor()->restoreQueue(
            {{WorkItem::sleep(1), WorkItem::compute(5), WorkItem::sleep(1)}, 2});
        runAndWait(w);
        auto *notes = w.findChild<QTextBrowser *>(u"notesView"_s);
        QVERIFY(notes);
        QVERIFY(!notes->accessibleName().isEmpty());
        QVERIFY2(notes->toPlainText().contains(u"the event loop was blocked"_s),
                 qPrintable(notes->toPlainText()));
        auto *interval = w.findChild<QSpinBox *>(u"switchIntervalSpin"_s);
        QVERIFY(interval);
        QVERIFY(!interval->accessibleName().isEmpty());
        interval->setValue(7);
        QVERIFY(w.selectVariant(u"threads-gil"_s));
        w.queueEditor()->restoreQueue({{WorkItem::compute(2), WorkItem::compute(2)}, 2});
        runAndWait(w);
        QVERIFY2(notes->toPlainText().contains(u"7 ms"_s), qPrintable(notes->toPlainText()));
        QVERIFY(notes->toPlainText().contains(u"CPU work gained nothing from threads"_s));
    }

    // More worker processes than the cores can use are asked about first; No starts none.
    void manyWorkerProcessesAreAskedAbout()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.selectVariant(u"processes"_s));
        w.setUnitMs(10);
        WorkQueue queue = presets().first().queue;
        queue.tasks = Model::processesPerCoreWorthIt * idealCores() + 1;
        w.queueEditor()->restoreQueue(queue);
        QString asked;
        QTimer::singleShot(0, &w, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            box->button(QMessageBox::No)->click();
        });
        w.run();
        QVERIFY2(asked.contains(u"%1 of them for %2 cores"_s.arg(queue.tasks).arg(idealCores())),
                 qPrintable(asked));
        QVERIFY(!w.isRunning());
        QVERIFY(w.runs().isEmpty());
        // As many as the cores can use: no question, the run goes.
        queue.tasks = idealCores();
        w.queueEditor()->restoreQueue(queue);
        asked.clear();
        QTimer::singleShot(0, &w, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::No)->click();
            }
        });
        runAndWait(w);
        QVERIFY(asked.isEmpty());
        QCOMPARE(w.runs().size(), 1);
    }

    void theGuiStaysResponsiveAndStopWorks()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.selectVariant(u"sync"_s)); // counting keeps the engine thread busy
        w.setUnitMs(50);
        w.queueEditor()->restoreQueue({{WorkItem::count(1200)}, 2}); // a minute, if not stopped
        QSignalSpy done(&w, &MainWindow::allRunsFinished);
        w.run();
        QVERIFY(w.isRunning());
        // Meanwhile the GUI thread keeps serving its event loop (how evenly is measured
        // by bench_gantt): its timers keep firing while the engine counts.
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, [&] { ++ticks; });
        tick.start(5);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 10, 30000);
        QVERIFY(w.isRunning());
        w.stop();
        QVERIFY(done.wait(30000));
        QVERIFY(w.runs().last().cancelled());
        QVERIFY(!w.isRunning());
        // The console says it was stopped, and prints no elapsed time for the item cut short.
        QVERIFY2(w.consoleText().contains(u"Stopped after"_s) &&
                     w.consoleText().contains(u"cut short"_s),
                 qPrintable(w.consoleText()));
        QVERIFY(!w.consoleText().contains(u"elapsed"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
