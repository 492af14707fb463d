// The parent's day on screen (offscreen): the household form refuses bad input and keeps
// it, the four parents run and are charted, the timeline marks each call where it came and
// its answer where it began, exports are not blank, and the main window runs the day as its
// third program.
#include "daycharts.h"
#include "dayrenderer.h"
#include "daywindow.h"
#include "guide.h"
#include "mainwindow.h"

#include "engine/workerpool.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TaskLanes;
using namespace TaskLanes::Home;
using namespace Qt::StringLiterals;

namespace {

void waitFor(DayWindow &day, int timeoutMs = 120'000)
{
    QSignalSpy done(&day, &DayWindow::finished);
    QVERIFY(done.wait(timeoutMs));
}

// Pixels that are neither white nor the background's grey: something was drawn.
int inked(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.saturation() > 60)
                ++count;
        }
    return count;
}

DayTrace runSync()
{
    DayRun run;
    run.options.parent = Parent::Sync;
    run.options.unitMs = 5;
    return runDay(Household(), run);
}

} // namespace

class TestDayWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // the texts below are in C's digits
        QStandardPaths::setTestModeEnabled(true);
        Workers::setProgram(QStringLiteral(TASKLANES_BINARY));
        QSettings().clear();
    }

    // The form: what is typed is what runs; a bad call list is said in red, kept in the
    // field, and Run refuses until it is fixed.
    void theFormBuildsTheHousehold()
    {
        DayWindow day;
        day.show();
        QVERIFY(QTest::qWaitForWindowExposed(&day));
        QCOMPARE(*day.household(), Household()); // the tutorial's day to start with
        auto *checkbook = day.findChild<QDoubleSpinBox *>(u"checkbookSpin"_s);
        auto *kids = day.findChild<QLineEdit *>(u"kidsEdit"_s);
        auto *error = day.findChild<QLabel *>(u"kidsError"_s);
        auto *preset = day.findChild<QComboBox *>(u"presetCombo"_s);
        checkbook->setValue(12.5);
        kids->clear();
        QTest::keyClicks(kids, u"2, 9.5 30"_s);
        Household want;
        want.checkbook = 12.5;
        want.kids = {2, 9.5, 30};
        QCOMPARE(*day.household(), want);
        QCOMPARE(preset->currentData().toString(), QString()); // "Your own"
        QVERIFY(error->isHidden());

        QTest::keyClicks(kids, u", soon"_s);
        QVERIFY(!day.household().ok());
        QVERIFY(error->isVisibleTo(&day));
        QVERIFY2(error->text().contains(u"\"soon\" is not a number"_s), qPrintable(error->text()));
        QCOMPARE(kids->text(), u"2, 9.5 30, soon"_s); // kept, to be fixed
        day.run();
        QVERIFY(!day.isRunning());
        QVERIFY(day.findChild<QLabel *>(u"statusLabel"_s)->text().startsWith(u"Cannot run: "_s));

        kids->setText(u"17, 5"_s);
        Q_EMIT kids->textEdited(kids->text());
        QVERIFY(error->text().contains(u"comes before the call before it"_s));
        kids->setText(u"5, 17, 33"_s);
        Q_EMIT kids->textEdited(kids->text());
        QVERIFY(error->isHidden());
        checkbook->setValue(20);
        QCOMPARE(preset->currentData().toString(), u"tutorial"_s); // the preset it now is

        // A number out of range is refused in words, and the box keeps its value.
        QApplication::setActiveWindow(&day);
        QVERIFY(QTest::qWaitForWindowActive(&day));
        checkbook->setFocus();
        checkbook->selectAll();
        QTest::keyClicks(checkbook, u"20000"_s); // the fifth digit is one too many
        QTRY_VERIFY2(day.findChild<QLabel *>(u"statusLabel"_s)
                         ->text()
                         .startsWith(u"Checkbook: 20000 is not between 0.10 and 10000.00"_s),
                     qPrintable(day.findChild<QLabel *>(u"statusLabel"_s)->text()));
        QCOMPARE(checkbook->value(), 2000.0); // what it took before the refused key
        checkbook->setValue(20);

        QVERIFY(day.choosePreset(u"busy"_s));
        QVERIFY(day.household()->kids.size() > 5);

        // The household file: saved and read back.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"busy.json"_s);
        QVERIFY(day.saveHousehold(path).ok());
        QVERIFY(day.choosePreset(u"tutorial"_s));
        QVERIFY(day.openHousehold(path).ok());
        QCOMPARE(day.household()->kids, householdPresets().at(1).household.kids);
        QVERIFY(!day.openHousehold(dir.filePath(u"none.json"_s)).ok());

        // Pieces shorter than the model takes (but not 0) are refused in the form's words.
        day.chooseParent(Parent::Async);
        day.setStep(0.01);
        day.run();
        QVERIFY(!day.isRunning());
        QCOMPARE(day.findChild<QLabel *>(u"statusLabel"_s)->text(),
                 u"Cannot run: Work between awaits: 0.01 is less than 0.05 units (0 is work that "
                 "never awaits)"_s);
        day.setStep(0.25);
    }

    // Run All: the four parents, one after the other, each kept for the chart; the console
    // ends with the figures; the chart, the timeline and the trace export with ink on them.
    void theFourParentsRunAndExport()
    {
        DayWindow day;
        day.resize(1200, 800);
        day.show();
        QVERIFY(QTest::qWaitForWindowExposed(&day));
        day.setUnitMs(5);
        QSignalSpy running(&day, &DayWindow::runningChanged);
        day.runAll();
        QVERIFY(day.isRunning());
        QVERIFY(!day.findChild<QWidget *>(u"householdBox"_s)->isEnabled());
        waitFor(day);
        QCOMPARE(running.size(), 2);
        const QList<DayTrace> days = day.lastDays();
        QCOMPARE(days.size(), 4);
        QCOMPARE(days.at(0).data().options.parent, Parent::Sync);
        QCOMPARE(days.at(2).figures().deadlocks, 1); // the clones as the tutorial tells it
        QCOMPARE(days.at(2).figures().lostUpdates, 1);
        QVERIFY(days.at(1).figures().wastedChecks > 0);
        QVERIFY(*days.at(3).figures().laundryDone < *days.at(0).figures().laundryDone);
        const QString console = day.findChild<QPlainTextEdit *>(u"console"_s)->toPlainText();
        QVERIFY(console.contains(u"— Polling parent —"_s));
        QVERIFY(console.contains(u"deadlock: Parent (washer) waits for dryer"_s));
        QVERIFY(console.trimmed().endsWith(u"(ideal 0, 0)"_s));

        QTemporaryDir dir;
        auto *tabs = day.findChild<QTabWidget *>(u"dayTabs"_s);
        for (int tab = 0; tab < 2; ++tab) {
            tabs->setCurrentIndex(tab);
            const QString png = dir.filePath(u"tab%1.png"_s.arg(tab));
            const Status written = day.exportShown(png, {}, 1.0);
            QVERIFY2(written.ok(), qPrintable(written.error()));
            const QImage image(png);
            QCOMPARE(image.size(), day.naturalExportSize());
            QVERIFY2(inked(image) > 500, qPrintable(png));
            QVERIFY(day.exportShown(dir.filePath(u"tab%1.svg"_s.arg(tab))).ok());
        }
        QVERIFY(day.saveTrace(dir.filePath(u"day.json"_s)).ok());
        QFile f(dir.filePath(u"day.json"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject other =
            QJsonDocument::fromJson(f.readAll()).object().value("otherData"_L1).toObject();
        QCOMPARE(other.value("variant"_L1).toString(), u"parent-async"_s); // the last shown

        // A parent picked again shows its own last day.
        day.chooseParent(Parent::Sync);
        QCOMPARE(day.shownDay().data().options.parent, Parent::Sync);
    }

    void theSweepRunsInTheBackground()
    {
        DayWindow day;
        day.show();
        QVERIFY(QTest::qWaitForWindowExposed(&day));
        QVERIFY(day.choosePreset(u"quiet"_s)); // a short day: the sweep's days are quick
        day.sweep();
        QVERIFY(day.isRunning());
        waitFor(day);
        const QList<SweepPoint> &points = day.sweepPoints();
        QCOMPARE(points.size(), sweepIntervals().size());
        // No calls: two looks find something (the washer's buzz, the dryer's), every other is
        // wasted, and there are more of them at 0.5 than at 10.
        for (const SweepPoint &pt : points)
            QCOMPARE(pt.measured.wastedChecks, pt.measured.checks - 2);
        QVERIFY(points.first().measured.checks > points.last().measured.checks);
        QCOMPARE(day.findChild<QProgressBar *>(u"sweepProgress"_s)->value(),
                 int(sweepIntervals().size()));
    }

    // Each call is a triangle at its moment on its kid's lane, and its dashed line ends
    // where attention began on the parent's lane.
    void theTimelineMarksCallsAndAnswers()
    {
        const DayTrace trace = runSync();
        DayRenderer::Options options{QFont(), QPalette(), true};
        options.palette.setColor(QPalette::Base, Qt::white);
        options.palette.setColor(QPalette::AlternateBase, Qt::white);
        const QRect rect(0, 0, 1400, DayRenderer::heightFor(trace, 1400, options));
        QImage image(rect.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            DayRenderer::paint(p, rect, trace, options);
        }
        const DayLayout l = DayRenderer::layout(trace, rect, options);
        QCOMPARE(trace.data().lanes.at(3), u"Kid 1"_s);
        const double unit = 5e6;
        const int callX = int(l.xFor(qint64(5 * unit)));
        const QColor marker = image.pixelColor(callX, l.laneTop(3) + 3);
        QVERIFY2(marker.red() > 150 && marker.blue() < 60, qPrintable(marker.name()));
        // The answer: attention (green) on the parent's lane where the checkbook ended.
        const int answerX = int(l.xFor(qint64(20.5 * unit)));
        const QColor attention = image.pixelColor(answerX, l.laneTop(0) + l.laneHeight / 2);
        QCOMPARE(attention, DayRenderer::activityColor(Activity::Attention));
        // Half way along the dashed line, a green pixel within a few of where it should be.
        const QPointF from(callX, l.laneTop(3) + l.laneHeight / 2.0);
        const QPointF to(l.xFor(trace.data().spans.at(1).start), l.laneTop(0) + l.laneHeight / 2.0);
        const QPointF mid = (from + to) / 2;
        bool green = false;
        for (int dx = -3; dx <= 3 && !green; ++dx)
            for (int dy = -3; dy <= 3 && !green; ++dy) {
                const QColor c = image.pixelColor(int(mid.x()) + dx, int(mid.y()) + dy);
                green = c.green() > c.red() + 40 && c.green() > c.blue() + 40;
            }
        QVERIFY(green);
        // The tooltip over the call says when it came and how long it waited.
        const QString tip =
            DayRenderer::toolTipAt(trace, rect, QPoint(callX, l.laneTop(3) + 5), options);
        QVERIFY2(tip.startsWith(u"Kid 1 called at 5.0; attention 15."_s), qPrintable(tip));
    }

    void theGuideCitesTheDay()
    {
        const QString html = Guide::html();
        for (const char *id : {"parent-sync", "parent-polling", "parent-threads", "parent-async"})
            QVERIFY(html.contains(QLatin1String(id)));
        // The synchronous parent's worst wait on the tutorial's day: Kid 3, from 33 to 54.
        QVERIFY(html.contains(u"the worst wait is 21.0 units"_s));
    }

    void theMainWindowRunsTheDay()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.setProgram(MainWindow::Program::Day));
            QCOMPARE(w.program(), MainWindow::Program::Day);
            QVERIFY(!w.findChild<QAction *>(u"actionImportQueue"_s)->isEnabled());
            QVERIFY(w.findChild<QAction *>(u"actionParentsDay"_s)->isChecked());
            DayWindow *day = w.parentsDay();
            day->setUnitMs(5);
            day->chooseParent(Parent::Polling);
            QSignalSpy done(&w, &MainWindow::allRunsFinished);
            w.findChild<QAction *>(u"actionRun"_s)->trigger();
            QVERIFY(w.isRunning());
            QVERIFY(!w.setProgram(MainWindow::Program::Queue)); // not while it runs
            QVERIFY(done.wait(60'000));
            QCOMPARE(day->shownDay().data().options.parent, Parent::Polling);
            // Its trace opens again through File › Open Trace, on the day.
            QTemporaryDir dir;
            const QString path = dir.filePath(u"polling.json"_s);
            QVERIFY(day->saveTrace(path).ok());
            QVERIFY(w.setProgram(MainWindow::Program::Queue));
            day->chooseParent(Parent::Sync);
            QVERIFY(w.openTrace(path).ok());
            QCOMPARE(w.program(), MainWindow::Program::Day);
            QCOMPARE(day->parent(), Parent::Polling);
            QCOMPARE(day->shownDay().figures().checks, day->lastDays().first().figures().checks);
            w.close();
        }
        {
            MainWindow w; // the next start opens on the day
            QCOMPARE(w.program(), MainWindow::Program::Day);
            QCOMPARE(w.parentsDay()->parent(), Parent::Polling);
            QVERIFY(w.setProgram(MainWindow::Program::Queue));
            QVERIFY(w.findChild<QAction *>(u"actionImportQueue"_s)->isEnabled());
            w.close();
        }
        QSettings().remove(u"program"_s);
    }
};

QTEST_MAIN(TestDayWindow)
#include "tst_daywindow.moc"
