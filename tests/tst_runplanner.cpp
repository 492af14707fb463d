// The run planner and the run sequence: what the command line and the app run.
#include "demoserver/demoserver.h"
#include "planning/presets.h"
#include "planning/runsequence.h"
#include "testrun.h"

#include <QSignalSpy>
#include <QTest>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

class TestRunPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultQueues()
    {
        for (const Model *m : models()) {
            const Result<WorkQueue> q = RunPlanner::defaultQueue(*m, 3);
            QVERIFY2(q, qPrintable(q.error()));
            QCOMPARE(q->tasks, 3);
            if (!m->needsDemoServer()) {
                QCOMPARE(q->items, tutorialItems(m->naturalKind));
                continue;
            }
            // The demo server's seven pages, on the server now running.
            QCOMPARE(q->items.size(), 7);
            QVERIFY(sharedDemoServer().isRunning());
            for (const WorkItem &item : q->items)
                QVERIFY2(item.url.startsWith(
                             u"http://127.0.0.1:%1/page/"_s.arg(sharedDemoServer().port())),
                         qPrintable(item.url));
        }
    }

    void adaptsNumbersToTheModel()
    {
        // Plain numbers become the model's natural kind, all of them.
        const WorkQueue q{{WorkItem::sleep(15), WorkItem::sleep(3)}, 2};
        const Result<PlannedRun> counted =
            RunPlanner::adapt(TestRun::model(u"sync"), q, Numbers::AsTheModelsNatural);
        QVERIFY2(counted, qPrintable(counted.error()));
        QCOMPARE(counted->converted, 2);
        QCOMPARE(counted->numbersBecame, std::optional(WorkKind::Count));
        QCOMPARE(counted->request.queue.items,
                 (QList<WorkItem>{WorkItem::count(15), WorkItem::count(3)}));
        const Result<PlannedRun> slept =
            RunPlanner::adapt(TestRun::model(u"async"), q, Numbers::AsTheModelsNatural);
        QCOMPARE(slept->request.queue.items, q.items);
        QCOMPARE(slept->numbersBecame, std::optional(WorkKind::Sleep));
        // A URL is never a number, and numbers never become URLs.
        const WorkQueue urls{{WorkItem::fetch(u"http://127.0.0.1/"_s)}, 2};
        const Result<PlannedRun> fetching =
            RunPlanner::adapt(TestRun::model(u"sync"), urls, Numbers::AsTheModelsNatural);
        QVERIFY(fetching);
        QCOMPARE(fetching->request.queue.items, urls.items);
        QCOMPARE(fetching->converted, 0);
        const Result<PlannedRun> refused =
            RunPlanner::adapt(TestRun::model(u"sync-http"), q, Numbers::AsTheModelsNatural);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"Item 1 (the number 15)"_s),
                 qPrintable(refused.error()));
        // Items with a kind run as they are, under every model: nothing is converted.
        const WorkQueue mixed{{WorkItem::count(15), WorkItem::sleep(3), WorkItem::compute(2)}, 2};
        for (const Model *m : models()) {
            const Result<PlannedRun> asGiven = RunPlanner::adapt(*m, mixed, Numbers::AsGiven);
            QVERIFY2(asGiven, qPrintable(m->id));
            QCOMPARE(asGiven->request.queue, mixed);
            QCOMPARE(asGiven->converted, 0);
            QVERIFY(!asGiven->numbersBecame);
            QVERIFY(RunPlanner::plan(*m, mixed, {}, Numbers::AsGiven));
        }
    }

    void planCarriesTheSettingsAndChecksThem()
    {
        const WorkQueue q{{WorkItem::sleep(1)}, 4};
        const Result<PlannedRun> p =
            RunPlanner::plan(TestRun::model(u"threads"), q, {25, 900}, Numbers::AsGiven);
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->request.model, &TestRun::model(u"threads"));
        QCOMPARE(p->request.queue, q);
        QCOMPARE(p->request.unitMs, 25);
        QCOMPARE(p->request.timeoutMs, 900);
        QVERIFY(!RunPlanner::plan(TestRun::model(u"threads"), q, {0, 900}, Numbers::AsGiven));
        QVERIFY(!RunPlanner::plan(TestRun::model(u"threads"), {{}, 2}, {}, Numbers::AsGiven));
    }

    // A run that fetches gets the demo server, whose pages then answer in its units.
    void fetchingRunsGetTheDemoServer()
    {
        const WorkQueue q{{WorkItem::fetch(u"http://127.0.0.1:1/"_s)}, 1};
        QVERIFY(RunPlanner::plan(TestRun::model(u"async-http"), q, {37, 1000}, Numbers::AsGiven));
        QVERIFY(sharedDemoServer().isRunning());
        QCOMPARE(sharedDemoServer().unitMs(), 37);
        // Whatever the model: any run that fetches gets it, in its own units (SPEC 1).
        int unit = 40;
        for (const Model *m : models()) {
            QVERIFY(RunPlanner::plan(*m, q, {++unit, 1000}, Numbers::AsGiven));
            QVERIFY(sharedDemoServer().isRunning());
            QCOMPARE(sharedDemoServer().unitMs(), unit);
        }
    }

    void planAllTakesEveryModelThatCanRunTheQueue()
    {
        // Plain numbers: the models that fetch cannot take them.
        const WorkQueue numbers{tutorialItems(WorkKind::Sleep), 2};
        const Result<PlannedComparison> all =
            RunPlanner::planAll(numbers, {10, 1000}, Numbers::AsTheModelsNatural);
        QVERIFY2(all, qPrintable(all.error()));
        QStringList ids;
        for (const PlannedRun &r : all->runs) {
            ids.append(r.request.model->id);
            QCOMPARE(r.request.unitMs, 10);
            QCOMPARE(r.converted, 4);
            QCOMPARE(r.numbersBecame, std::optional(r.request.model->naturalKind));
        }
        QStringList expected;
        for (const Model *m : models()) {
            if (m->naturalKind != WorkKind::Fetch)
                expected.append(m->id);
        }
        QCOMPARE(ids, expected);
        QCOMPARE(all->skipped, (QStringList{u"sync-http"_s, u"async-http"_s}));
        // Items with kinds: every model runs the very same items.
        const WorkQueue kinds{{WorkItem::compute(1), WorkItem::sleep(1)}, 2};
        const Result<PlannedComparison> same =
            RunPlanner::planAll(kinds, {10, 1000}, Numbers::AsGiven);
        QVERIFY2(same, qPrintable(same.error()));
        QCOMPARE(same->runs.size(), models().size());
        QVERIFY(same->skipped.isEmpty());
        for (const PlannedRun &r : same->runs)
            QCOMPARE(r.request.queue, kinds);
    }

    void presetsAreValid()
    {
        QVERIFY(presets().size() >= 3);
        for (const Preset &p : presets()) {
            const Result<WorkQueue> q = p.resolve();
            QVERIFY2(q, qPrintable(q.error()));
            QVERIFY(!q->items.isEmpty());
            for (const WorkItem &i : q->items)
                QVERIFY(validateItem(i));
            QCOMPARE(p.demoPages, q->items.first().kind == WorkKind::Fetch);
            // Every preset sets its tasks, the demo pages the tutorial's two (issue 11: they
            // kept whatever the form had, 10 after "Many").
            QCOMPARE(q->tasks, p.demoPages ? 2 : p.queue.tasks);
        }
        QCOMPARE(presets().first().queue.items, tutorialItems(WorkKind::Sleep));
    }

    void aSequenceRunsItsRunsInOrder()
    {
        Engine engine;
        RunSequence sequence(engine);
        QSignalSpy started(&sequence, &RunSequence::runStarted);
        QSignalSpy ended(&sequence, &RunSequence::runFinished);
        QSignalSpy finished(&sequence, &RunSequence::finished);
        const QList<PlannedRun> runs{{TestRun::numbers(u"async"_s, {1, 1}, 2, 5), 0, {}},
                                     {TestRun::numbers(u"sync"_s, {1}, 1, 5), 0, {}}};
        QVERIFY(sequence.start(runs));
        QVERIFY(sequence.isRunning());
        QVERIFY(!sequence.start(runs)); // one at a time
        QVERIFY(finished.wait(30000));
        QVERIFY(!sequence.isRunning());
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.at(1).at(0).toInt(), 1);
        QCOMPARE(ended.size(), 2);
        const auto traces = finished.first().first().value<QList<Trace>>();
        QCOMPARE(traces.size(), 2);
        QCOMPARE(traces.at(0).variantId(), u"async"_s);
        QCOMPARE(traces.at(1).variantId(), u"sync"_s);
        QCOMPARE(sequence.traces().size(), 2);
    }

    void stoppingASequenceDropsTheRest()
    {
        Engine engine;
        RunSequence sequence(engine);
        QSignalSpy started(&sequence, &RunSequence::runStarted);
        QSignalSpy finished(&sequence, &RunSequence::finished);
        const QList<PlannedRun> runs{{TestRun::numbers(u"async"_s, {50}, 1, 100), 0, {}},
                                     {TestRun::numbers(u"sync"_s, {1}, 1, 5), 0, {}}};
        QVERIFY(sequence.start(runs));
        sequence.stop();
        QVERIFY(finished.wait(30000));
        QCOMPARE(started.size(), 1);
        const auto traces = finished.first().first().value<QList<Trace>>();
        QCOMPARE(traces.size(), 1);
        QVERIFY(traces.first().cancelled());
        // A run that cannot start says why, and nothing runs.
        QVERIFY(!sequence.start({{TestRun::numbers(u"sync"_s, {}, 1, 5), 0, {}}}));
        QVERIFY(!sequence.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestRunPlanner)
#include "tst_runplanner.moc"
