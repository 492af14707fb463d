// Makes the README's pictures with the app itself: the main window after a run (and after
// Run all, on the charts tab), the scenario lab after three presets and with its forms, and
// the parent's day after Run All and a sweep, grabbed offscreen.
// Not a test.
//   make_screenshots [output folder]
#include "demoserver/demoserver.h"
#include "daywindow.h"
#include "exporter.h"
#include "language.h"
#include "mainwindow.h"
#include "planning/presets.h"
#include "queueeditor.h"
#include "scenarioeditor.h"
#include "scenariowindow.h"
#include "toolargs.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {
bool shoot(QWidget &w, const QString &path)
{
    QTest::qWait(200); // let the last batch and repaint land
    const bool ok = w.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(u"en"_s); // as the app does: English has its plural forms there
    QCommandLineParser parser;
    int status = 0;
    if (!ToolArgs::parse(parser, u"Makes the README's screenshots with the app itself."_s, {},
                         &status, u"folder"_s))
        return status;
    Workers::setProgram(QStringLiteral(TASKLANES_BINARY));
    const QString out =
        parser.positionalArguments().isEmpty() ? u"."_s : parser.positionalArguments().first();
    QDir().mkpath(out);

    QSettings().setValue(u"firstRunHintSeen"_s, true); // the README shows the window in use
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;
    w.queueEditor()->restoreQueue(presets().first().queue);
    w.setUnitMs(40);
    w.selectVariant(u"async"_s);
    QSignalSpy done(&w, &MainWindow::allRunsFinished);
    w.run();
    done.wait(60000);
    bool ok = shoot(w, out + u"/mainwindow.png"_s);

    w.runAll();
    done.wait(120000);
    auto *tabs = w.findChild<QTabWidget *>(u"tabs"_s);
    tabs->setCurrentWidget(w.findChild<QWidget *>(u"compareTab"_s));
    ok = shoot(w, out + u"/run-all.png"_s) && ok;
    tabs->setCurrentWidget(w.findChild<QWidget *>(u"chartsTab"_s));
    ok = shoot(w, out + u"/charts.png"_s) && ok;

    // The non-blocking HTTP variant on the demo pages, with a failing page among them.
    const Result<WorkQueue> demo = RunPlanner::demoPages(3);
    if (!demo) {
        std::fprintf(stderr, "%s\n", qPrintable(demo.error()));
        return 1;
    }
    WorkQueue pages = *demo;
    pages.items.insert(3, WorkItem::fetch(sharedDemoServer().url(u"/status/503"_s).toString()));
    w.queueEditor()->restoreQueue(pages);
    w.setUnitMs(200);
    w.selectVariant(u"async-http"_s);
    tabs->setCurrentIndex(0);
    w.run();
    done.wait(60000);
    ok = shoot(w, out + u"/http.png"_s) && ok;

    // Under the GIL, a compute item beside sleeps: slices, and the convoy after each sleep.
    auto preset = [](const char *name) {
        for (const Preset &p : presets()) {
            if (qstrcmp(p.name, name) == 0)
                return p.queue;
        }
        return WorkQueue{};
    };
    w.queueEditor()->restoreQueue(preset("Mixed: compute 8 beside sleeps of 1"));
    w.setUnitMs(100);
    w.selectVariant(u"threads-gil"_s);
    w.run();
    done.wait(60000);
    ok = shoot(w, out + u"/gil.png"_s) && ok;

    // CPU work under every model, on one time axis.
    w.queueEditor()->restoreQueue(preset("CPU work: compute 4, 4, 4, 4"));
    w.setUnitMs(25);
    w.runAll();
    done.wait(120000);
    const Status stacked =
        exportComparison(w.runs(), out + u"/compute.png"_s, QSize(1100, 0), 1.0, true);
    std::printf("%s %s\n", stacked ? "wrote" : "FAILED", qPrintable(out + u"/compute.png"_s));
    ok = stacked && ok;

    // The scenario lab: a deadlock, a semaphore's waves, a race's lost update.
    ScenarioWindow lab;
    lab.resize(1340, 720);
    lab.show();
    if (!QTest::qWaitForWindowExposed(&lab))
        return 1;
    QSignalSpy labDone(&lab, &ScenarioWindow::finished);
    const auto scenario = [&](const char *id, Scenarios::Backend backend, int unitMs,
                              const char *file) {
        lab.choosePreset(QString::fromLatin1(id));
        lab.chooseModel(backend);
        lab.setUnitMs(unitMs);
        lab.run();
        labDone.wait(60000);
        return shoot(lab, out + u'/' + QString::fromLatin1(file));
    };
    ok = scenario("washer-dryer", Scenarios::Backend::Threads, 300, "scenario-deadlock.png") && ok;
    ok = scenario("semaphore-downloads", Scenarios::Backend::Threads, 100,
                  "scenario-semaphore.png") &&
         ok;
    ok = scenario("checkbook-race", Scenarios::Backend::Async, 200, "scenario-race.png") && ok;
    // The forms: the counter race's first adder, its write inside the repeat chosen.
    lab.choosePreset(u"counter-race"_s);
    lab.setUnitMs(100);
    lab.run();
    labDone.wait(60000);
    auto *editor = lab.findChild<ScenarioEditor *>();
    editor->selectTask(0);
    editor->selectStep({0, 2});
    ok = shoot(lab, out + u"/scenario-forms.png"_s) && ok;

    // The parent's day: the four parents run, the polling parent's timeline, the chart of
    // the four, and the sweep.
    DayWindow day;
    day.resize(1340, 720);
    day.show();
    if (!QTest::qWaitForWindowExposed(&day))
        return 1;
    day.choosePreset(u"tutorial"_s);
    day.setUnitMs(20);
    QSignalSpy dayDone(&day, &DayWindow::finished);
    day.runAll();
    dayDone.wait(120000);
    auto *dayTabs = day.findChild<QTabWidget *>(u"dayTabs"_s);
    dayTabs->setCurrentIndex(1);
    ok = shoot(day, out + u"/parents-compare.png"_s) && ok;
    day.chooseParent(Home::Parent::Polling);
    dayTabs->setCurrentIndex(0);
    ok = shoot(day, out + u"/parents-day.png"_s) && ok;
    day.sweep();
    dayDone.wait(300000);
    ok = shoot(day, out + u"/parents-sweep.png"_s) && ok;
    return ok ? 0 : 1;
}
