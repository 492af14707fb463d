// The scenario lab on screen (offscreen): the renderer draws a resource lane and each
// hand-off where the run put them, the deadlock's ring only after a deadlock, exports that
// are not blank; the window runs a preset and says how it ended.
#include "autosave.h"
#include "exporter.h"
#include "mainwindow.h"
#include "scenariorenderer.h"
#include "scenarioview.h"
#include "scenariowindow.h"

#include "scenarios/scenariopresets.h"
#include "scenarios/scenariotrace.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace TaskLanes;
using namespace TaskLanes::Scenarios;
using namespace Qt::StringLiterals;

namespace {

ScenarioTrace runPreset(const QString &id, Backend backend = Backend::Threads, int unitMs = 50)
{
    RunOptions options;
    options.backend = backend;
    options.unitMs = unitMs;
    return runScenario(findScenarioPreset(id)->scenario, options);
}

struct Drawn
{
    QImage image;
    TimeLineData d;
};

Drawn draw(ScenarioRenderer &renderer, bool arrows = true)
{
    ScenarioRenderer::Options options;
    options.arrows = arrows;
    const QRect rect(0, 0, 1200, renderer.heightFor(options));
    Drawn out{QImage(rect.size(), QImage::Format_RGB32), {}};
    out.image.fill(Qt::white);
    ScenarioRenderer::layout(out.d, rect, options);
    out.d.fit(0, renderer.fitEnd(out.d));
    QPainter p(&out.image);
    renderer.paint(p, rect, out.d, options);
    return out;
}

bool near(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue()) <=
           tolerance;
}

// Whether a pixel within r of at is much darker in one image than in the other: the arrow
// (antialiased, so it may fall between two columns) drawn there and not elsewhere.
bool darkerAround(const QImage &with, const QImage &without, QPointF at, int r = 1)
{
    const auto sum = [](QColor c) { return c.red() + c.green() + c.blue(); };
    for (int dy = -r; dy <= r; ++dy)
        for (int dx = -r; dx <= r; ++dx) {
            const QPoint p(int(at.x()) + dx, int(at.y()) + dy);
            if (with.rect().contains(p) &&
                sum(without.pixelColor(p)) - sum(with.pixelColor(p)) > 90)
                return true;
        }
    return false;
}

int redPixels(const QImage &image, const TimeLineData &d)
{
    int n = 0;
    for (int y = int(d.lanesTop); y < image.height() - ScenarioRenderer::legendHeight; ++y)
        for (int x = int(d.plotLeft); x < image.width(); ++x)
            n += near(image.pixelColor(x, y), QColor(0xCC, 0x22, 0x11), 30);
    return n;
}

} // namespace

class TestScenarioView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The lab autosaves what it edits: into the test's own folder, and from none.
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(ScenarioAutosave::defaultPath());
    }
    void cleanupTestCase() { QFile::remove(ScenarioAutosave::defaultPath()); }

    void aLockLaneShowsItsHolders()
    {
        const ScenarioTrace trace = runPreset(u"washer-dryer-fixed"_s);
        QCOMPARE(trace.data().outcome, Outcome::Finished);
        ScenarioRenderer renderer(trace);
        QCOMPARE(renderer.lanes(), 4); // two parents, washer, dryer
        QCOMPARE(renderer.laneName(2), u"washer (lock)"_s);
        const Drawn drawn = draw(renderer);
        // In the middle of each hold, the washer's lane has its holder's colour.
        const auto series = ResourceSeries::of(trace);
        QCOMPARE(series.at(0).holds.size(), 2);
        for (const ResourceSeries::Hold &hold : series.at(0).holds) {
            const QPointF middle(drawn.d.xForTime(double(hold.start + hold.end) / 2),
                                 drawn.d.laneY(renderer.resourceLane(0)) + 8);
            QVERIFY2(near(drawn.image.pixelColor(middle.toPoint()),
                          ScenarioRenderer::taskColor(hold.task)),
                     "a hold not drawn in its holder's colour");
        }
        QVERIFY(series.at(0).holds.at(0).task != series.at(0).holds.at(1).task);
    }

    void handOffsAreArrowsWhereTheRunPutThem()
    {
        const ScenarioTrace trace = runPreset(u"washer-dryer-fixed"_s);
        QCOMPARE(trace.data().flows.size(), 2); // the washer and the dryer, one parent to the other
        ScenarioRenderer renderer(trace);
        const Drawn with = draw(renderer, true);
        const Drawn without = draw(renderer, false);
        for (qsizetype i = 0; i < trace.data().flows.size(); ++i) {
            const Flow &flow = trace.data().flows.at(i);
            const QPointF from(with.d.xForTime(double(flow.fromNs)),
                               with.d.laneY(flow.fromLane) + with.d.laneHeight / 2);
            const QPointF to(with.d.xForTime(double(flow.toNs)),
                             with.d.laneY(flow.toLane) + with.d.laneHeight / 2);
            const QPointF middle = (from + to) / 2;
            QVERIFY2(darkerAround(with.image, without.image, middle),
                     qPrintable(u"no arrow half way along a hand-off, from (%1, %2) to (%3, %4)"_s
                                    .arg(from.x())
                                    .arg(from.y())
                                    .arg(to.x())
                                    .arg(to.y())));
            // The arrow is found under the pointer, and told in words.
            QCOMPARE(renderer.flowAt(with.d, middle), int(i));
            const QString text = renderer.flowText(int(i));
            QVERIFY2(text.contains(u" released "_s) && text.contains(u" acquired it"_s),
                     qPrintable(text));
            // The second parent waited for the washer; the dryer was free when it came.
            QCOMPARE(text.contains(u", waited "_s),
                     trace.resourceName(flow.resource) == u"washer"_s);
        }
        QCOMPARE(renderer.flowAt(with.d, QPointF(with.d.plotLeft + 2, with.d.lanesTop + 2)), -1);
    }

    void waitingSpansSayWhatTheyWaitFor()
    {
        const ScenarioTrace trace = runPreset(u"washer-dryer-fixed"_s);
        ScenarioRenderer renderer(trace);
        const Drawn drawn = draw(renderer);
        int said = 0;
        for (auto it = trace.data().waits.cbegin(); it != trace.data().waits.cend(); ++it) {
            const Span &span = trace.data().spans.at(it.key());
            const QPointF middle(drawn.d.xForTime(double(span.start + span.end) / 2),
                                 drawn.d.laneY(span.lane) + drawn.d.laneHeight / 2);
            QCOMPARE(renderer.spanAt(drawn.d, middle), it.key());
            const QString text = renderer.spanText(it.key());
            QVERIFY2(text.contains(u"waiting for washer, held by Parent"_s), qPrintable(text));
            ++said;
        }
        QCOMPARE(said, 1);
    }

    void theDeadlockRingOnlyAfterADeadlock()
    {
        const ScenarioTrace dead = runPreset(u"washer-dryer"_s);
        QCOMPARE(dead.data().outcome, Outcome::Deadlock);
        ScenarioRenderer deadRenderer(dead);
        const Drawn deadDrawn = draw(deadRenderer);
        QVERIFY2(redPixels(deadDrawn.image, deadDrawn.d) > 100, "no ring after a deadlock");
        // The ring's nodes sit on the stuck tasks' lanes.
        for (const StuckTask &stuck : dead.data().stuck) {
            const double y = deadDrawn.d.laneY(stuck.task) + deadDrawn.d.laneHeight / 2;
            bool found = false;
            for (int x = int(deadDrawn.d.plotLeft); x < deadDrawn.image.width() && !found; ++x)
                found = near(deadDrawn.image.pixelColor(x, int(y)), QColor(0xCC, 0x22, 0x11), 30);
            QVERIFY2(found, "no part of the ring on a stuck task's lane");
        }
        const ScenarioTrace fixed = runPreset(u"washer-dryer-fixed"_s);
        ScenarioRenderer fixedRenderer(fixed);
        const Drawn fixedDrawn = draw(fixedRenderer);
        QCOMPARE(redPixels(fixedDrawn.image, fixedDrawn.d), 0);
        QVERIFY(ScenarioRenderer::summary(fixed).startsWith(u"Every task ran all its steps."_s));
        QVERIFY(
            ScenarioRenderer::summary(dead).startsWith(u"deadlock: Parent A waits for washer"_s));
    }

    void lostWritesAreCrossed()
    {
        const ScenarioTrace race = runPreset(u"counter-race"_s, Backend::Async, 100);
        QVERIFY(race.data().values.first().lost > 0);
        const auto series = ResourceSeries::of(race);
        int crossed = 0;
        for (const ResourceSeries::Point &p : series.at(0).levels)
            crossed += p.lost;
        QCOMPARE(crossed, int(race.data().values.first().lost));
        const ScenarioTrace fixed = runPreset(u"counter-lock"_s, Backend::Async, 10);
        const QList<ResourceSeries> kept = ResourceSeries::of(fixed);
        for (const ResourceSeries::Point &p : kept.at(1).levels)
            QVERIFY(!p.lost);
    }

    // A legend too wide for the view wraps onto a second row below the lanes instead of
    // running off the edge ("lost write" was cut in a lab 870 pixels wide).
    void aNarrowLegendWraps()
    {
        const ScenarioTrace trace = runPreset(u"checkbook-race"_s);
        ScenarioRenderer renderer(trace);
        ScenarioRenderer::Options options;
        const QFont font;
        QCOMPARE(ScenarioRenderer::legendRows(font, 4000), 1);
        const int narrow = 560;
        QVERIFY(ScenarioRenderer::legendRows(font, narrow) >= 2);
        const int tall = renderer.heightFor(options, narrow, font);
        QCOMPARE(tall - renderer.heightFor(options, 4000, font),
                 (ScenarioRenderer::legendRows(font, narrow) - 1) * ScenarioRenderer::legendHeight);
        QImage image(narrow, tall, QImage::Format_RGB32);
        image.fill(Qt::white);
        TimeLineData d;
        ScenarioRenderer::layout(d, image.rect(), options);
        d.fit(0, renderer.fitEnd(d));
        {
            QPainter p(&image);
            p.setFont(font);
            renderer.paint(p, image.rect(), d, options);
        }
        // The lost write's red cross is in the last row, within the image, below the lanes.
        const int lastRowTop = tall - ScenarioRenderer::legendHeight;
        const int lanesBottom = int(d.lanesTop + renderer.lanes() * d.laneHeight);
        QVERIFY(lanesBottom <=
                tall - ScenarioRenderer::legendRows(font, narrow) * ScenarioRenderer::legendHeight);
        bool cross = false;
        for (int y = lastRowTop; y < tall && !cross; ++y)
            for (int x = 0; x < narrow && !cross; ++x)
                cross = near(image.pixelColor(x, y), QColor(0xCC, 0x33, 0x11), 60);
        QVERIFY(cross);
    }

    void exportsAreNotBlank()
    {
        const ScenarioTrace trace = runPreset(u"semaphore-downloads"_s, Backend::Threads, 20);
        QTemporaryDir dir;
        for (const char *name : {"t.png", "t.svg", "t.pdf", "c.png"}) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            const Status written = name[0] == 't'
                                       ? exportScenarioTimeline(trace, path, QSize(1400, 0), 1.0)
                                       : exportScenarioChart(trace, path, QSize(1000, 0), 1.0);
            QVERIFY2(written.ok(), qPrintable(written.error()));
            QVERIFY(QFile(path).size() > 2000);
            if (path.endsWith(u".png"_s)) {
                const QImage image(path);
                QSet<QRgb> colours;
                for (int y = 0; y < image.height(); y += 3)
                    for (int x = 0; x < image.width(); x += 3)
                        colours.insert(image.pixel(x, y));
                QVERIFY2(colours.size() > 8, name);
            }
        }
        QVERIFY(!exportScenarioTimeline(trace, dir.filePath(u"t.bmp"_s), QSize(100, 0), 1).ok());
    }

    void theWindowRunsAPresetAndSaysHowItEnded()
    {
        ScenarioWindow window;
        window.show();
        QVERIFY(window.choosePreset(u"washer-dryer"_s));
        window.chooseModel(Backend::Async);
        window.setUnitMs(20);
        QSignalSpy finished(&window, &ScenarioWindow::finished);
        window.run();
        QVERIFY(window.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(window.lastRun().data().outcome, Outcome::Deadlock);
        QCOMPARE(window.lastRun().data().backend, Backend::Async);
        const auto *summary = window.findChild<QLabel *>(u"summaryLabel"_s);
        QVERIFY(summary->text().startsWith(u"deadlock: "_s));
        // The status bar keeps saying how the run ended.
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"deadlock: "_s),
                 qPrintable(window.statusBar()->currentMessage()));
        const auto *console = window.findChild<QPlainTextEdit *>(u"console"_s);
        QVERIFY(console->toPlainText().contains(u"Parent A acquired dryer"_s));
        const auto *view = window.findChild<ScenarioView *>(u"view"_s);
        QVERIFY(view->renderer());
        QCOMPARE(view->renderer()->trace().data().outcome, Outcome::Deadlock);
        // An RLock cannot run on the loop: the window runs it on threads.
        QVERIFY(window.choosePreset(u"rlock-reentry"_s));
        const auto *model = window.findChild<QComboBox *>(u"modelCombo"_s);
        QCOMPARE(Backend(model->currentData().toInt()), Backend::Threads);
        // Every control has a name a screen reader can say.
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                qobject_cast<ScenarioView *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    void bothModelsSideBySideOnOneScale()
    {
        ScenarioWindow window;
        QVERIFY(window.choosePreset(u"counter-lock"_s));
        window.setUnitMs(10);
        QSignalSpy finished(&window, &ScenarioWindow::finished);
        window.runBoth();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1); // one answer for the pair
        const auto *threads = window.findChild<ScenarioView *>(u"threadsView"_s);
        const auto *loop = window.findChild<ScenarioView *>(u"asyncView"_s);
        QVERIFY(threads->renderer() && loop->renderer());
        QCOMPARE(threads->renderer()->trace().data().backend, Backend::Threads);
        QCOMPARE(loop->renderer()->trace().data().backend, Backend::Async);
        // One time scale for both: the longer run's.
        QCOMPARE(threads->timeLine().nsPerPixel, loop->timeLine().nsPerPixel);
        const auto *summary = window.findChild<QLabel *>(u"summaryLabel"_s);
        QVERIFY(summary->text().startsWith(u"On threads: "_s));
        QVERIFY(summary->text().contains(u"On the event loop: "_s));
        // The chart shows the last run.
        QVERIFY(window.findChild<ScenarioChartView *>(u"chartView"_s)->renderer());
        // An RLock cannot run on the loop: both models is refused in words.
        QVERIFY(window.choosePreset(u"rlock-reentry"_s));
        window.runBoth();
        QVERIFY(!window.isRunning());
    }

    // File › Open Trace with a scenario trace opens it in the lab, lanes, waits and flows.
    void aScenarioTraceOpensInTheLab()
    {
        const ScenarioTrace trace = runPreset(u"washer-dryer-fixed"_s, Backend::Async, 20);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fixed.json"_s);
        QVERIFY(writeScenarioTrace(trace, path).ok());
        MainWindow main;
        const Status opened = main.openTrace(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        // It opens in the window's Scenario program.
        auto *lab = main.findChild<ScenarioWindow *>();
        QVERIFY(lab && main.isScenarioProgram() && lab->isVisibleTo(&main));
        const auto *view = lab->findChild<ScenarioView *>(u"view"_s);
        QVERIFY(view->renderer());
        const auto &shown = view->renderer()->trace().data();
        QCOMPARE(shown.flows.size(), trace.data().flows.size());
        QCOMPARE(shown.waits.size(), trace.data().waits.size());
        QCOMPARE(shown.backend, Backend::Async);
        QVERIFY(lab->findChild<QPlainTextEdit *>(u"console"_s)
                    ->toPlainText()
                    .contains(u"Parent A acquired washer"_s) ||
                lab->findChild<QPlainTextEdit *>(u"console"_s)
                    ->toPlainText()
                    .contains(u"Parent B acquired washer"_s));
        // A damaged one is refused in words, and the lab keeps what it showed.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray bytes = f.readAll();
        f.resize(0);
        f.write(bytes.left(bytes.size() - 200));
        f.close();
        QVERIFY(!main.openTrace(path).ok());
    }

    void stopEndsTheWindowsRun()
    {
        ScenarioWindow window;
        QVERIFY(window.choosePreset(u"semaphore-downloads"_s));
        window.setUnitMs(5000);
        QSignalSpy finished(&window, &ScenarioWindow::finished);
        window.run();
        QTest::qWait(200);
        window.stop();
        QVERIFY(finished.wait(10000));
        QCOMPARE(window.lastRun().data().outcome, Outcome::Stopped);
    }
};

QTEST_MAIN(TestScenarioView)
#include "tst_scenarioview.moc"
