// Scenarios run on both models: each primitive's semantics checked from the run's own
// record (its lines, steps and flows, in the order the run recorded them), the deadlock
// and stall presets, races and their fixes, Stop, and the trace file. Orders and counts,
// not wall-clock figures: where an outcome must not depend on timing, the scenario uses
// a barrier to fix the order.

#include "engine/canceltoken.h"
#include "scenarios/scenariofile.h"
#include "scenarios/scenariopresets.h"
#include "scenarios/scenariorun.h"
#include "scenarios/scenariotrace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <map>
#include <thread>

using namespace TaskLanes;
using namespace TaskLanes::Scenarios;
using namespace Qt::StringLiterals;

namespace {

Scenario make(const QByteArray &resources, const QByteArray &tasks)
{
    const QByteArray json = "{'format': 'tasklanes-scenario', 'version': 1, 'resources': [" +
                            resources + "], 'tasks': [" + tasks + "]}";
    auto s = parseScenarioJson(QByteArray(json).replace('\'', '"'),
                               u"test"_s); // (moc reads no raw strings)
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    return *s;
}

ScenarioTrace run(const Scenario &scenario, Backend backend, int unitMs = 10,
                  const CancelToken *stop = nullptr)
{
    RunOptions options;
    options.backend = backend;
    options.unitMs = unitMs;
    options.stop = stop;
    return runScenario(scenario, options);
}

QList<LoggedLine> linesOf(const ScenarioTrace &trace, LineWhat what, int lane = -1)
{
    QList<LoggedLine> out;
    for (const LoggedLine &line : trace.data().lines)
        if (line.what == what && (lane < 0 || line.lane == lane))
            out.append(line);
    return out;
}

qsizetype indexOf(const ScenarioTrace &trace, LineWhat what, int lane, qsizetype from = 0)
{
    const auto &lines = trace.data().lines;
    for (qsizetype i = from; i < lines.size(); ++i)
        if (lines.at(i).what == what && (lane < 0 || lines.at(i).lane == lane))
            return i;
    return -1;
}

// The steps of a kind on a lane, in order.
QList<StepSpan> stepsOf(const ScenarioTrace &trace, StepKind kind, int lane = -1)
{
    QList<StepSpan> out;
    for (const StepSpan &step : trace.data().steps)
        if ((lane < 0 || step.lane == lane) &&
            trace.data().programs.at(step.lane).at(step.step).kind == kind)
            out.append(step);
    return out;
}

// Two parents each take one machine, meet at a barrier, and ask for the other's: a
// deadlock whatever the timing.
const QByteArray sureDeadlock =
    "{'name': 'washer', 'type': 'lock'}, {'name': 'dryer', 'type': 'lock'},\n"
    "       {'name': 'both', 'type': 'barrier', 'parties': 2}";
const QByteArray sureDeadlockTasks =
    "{'name': 'Parent A', 'steps': [{'do': 'acquire', 'resource': 'dryer'},\n"
    "          {'do': 'wait', 'resource': 'both'}, {'do': 'acquire', 'resource': 'washer'},\n"
    "          {'do': 'release', 'resource': 'washer'}, {'do': 'release', 'resource': 'dryer'}]},\n"
    "       {'name': 'Parent B', 'steps': [{'do': 'acquire', 'resource': 'washer'},\n"
    "          {'do': 'wait', 'resource': 'both'}, {'do': 'acquire', 'resource': 'dryer'},\n"
    "          {'do': 'release', 'resource': 'dryer'}, {'do': 'release', 'resource': 'washer'}]}";

} // namespace

class TestScenarioRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("threads") << Backend::Threads;
        QTest::newRow("async") << Backend::Async;
    }

    // Two tasks that deadlock do not stop a third: it runs its steps to the end, as a
    // Python thread would beside two that hang, and the run ends after it, the cycle named
    // from the moment it closed.
    void aDeadlockLetsTheOtherTasksFinish()
    {
        QFETCH_GLOBAL(Backend, backend);
        const QByteArray bystander =
            ",{'name': 'Bystander', 'steps': [{'do': 'sleep', 'units': 3},\n"
            "   {'do': 'sleep', 'units': 1}]}";
        const ScenarioTrace trace =
            run(make(sureDeadlock, sureDeadlockTasks + bystander), backend, 20);
        const auto &d = trace.data();
        QCOMPARE(d.outcome, Outcome::Deadlock);
        QCOMPARE(d.stuck.size(), 2);
        const QList<StepSpan> sleeps = stepsOf(trace, StepKind::Sleep, 2);
        QCOMPARE(sleeps.size(), 2);
        for (const StepSpan &sleep : sleeps)
            QVERIFY(!sleep.failed && sleep.end >= 0);
        QVERIFY(indexOf(trace, LineWhat::Done, 2) >= 0);
        // The cycle closed long before the bystander's end (its second sleep began at 3
        // units), and the run ended after that.
        QVERIFY(d.stuckAtNs >= 0 && d.stuckAtNs < sleeps.at(1).start);
        QVERIFY(d.totalNs >= sleeps.at(1).end);
    }

    void deadlockIsNamedAndEndsTheRun()
    {
        QFETCH_GLOBAL(Backend, backend);
        const ScenarioTrace trace = run(make(sureDeadlock, sureDeadlockTasks), backend);
        const auto &d = trace.data();
        QCOMPARE(d.outcome, Outcome::Deadlock);
        QCOMPARE(d.stuck.size(), 2);
        QCOMPARE(d.stuck.at(0), (StuckTask{0, 0, 1})); // A waits for the washer B holds
        QCOMPARE(d.stuck.at(1), (StuckTask{1, 1, 0})); // B waits for the dryer A holds
        QCOMPARE(trace.stuckText(),
                 u"deadlock: Parent A waits for washer held by Parent B, Parent B waits for "
                 "dryer held by Parent A"_s);
        // Both waiting spans failed with "deadlock", and nothing ran past them.
        int failed = 0;
        for (qsizetype i = 0; i < d.spans.size(); ++i) {
            if (d.spans.at(i).state != SpanState::Failed)
                continue;
            ++failed;
            QCOMPARE(d.waits.value(qint32(i)).resource, d.spans.at(i).lane == 0 ? 0 : 1);
        }
        QCOMPARE(failed, 2);
        QCOMPARE(d.errors.size(), 2);
        for (const QString &why : d.errors)
            QCOMPARE(why, u"deadlock"_s);
        QVERIFY(stepsOf(trace, StepKind::Release).isEmpty());
        QVERIFY(d.stuckAtNs >= 0 && d.stuckAtNs <= d.totalNs);
        // Each was said waiting for the other's machine.
        QStringList said;
        for (const LoggedLine &line : linesOf(trace, LineWhat::Waiting))
            if (WaitKind(int(line.value)) == WaitKind::Lock)
                said.append(trace.lineText(line));
        said.sort();
        QCOMPARE(said, (QStringList{u"Parent A waiting for washer (held by Parent B)"_s,
                                    u"Parent B waiting for dryer (held by Parent A)"_s}));
    }

    void presetsEndAsTheySay()
    {
        QFETCH_GLOBAL(Backend, backend);
        for (const ScenarioPreset &preset : scenarioPresets()) {
            if (preset.threadsOnly && backend == Backend::Async)
                continue;
            // Long enough units that every task has started before the first one's sleep
            // ends, on a loaded machine too.
            const ScenarioTrace trace = run(preset.scenario, backend, 100);
            const Outcome want = preset.expectedExit == 3 ? Outcome::Deadlock : Outcome::Finished;
            QVERIFY2(trace.data().outcome == want,
                     qPrintable(preset.id + u": "_s + outcomeName(trace.data().outcome) + u' ' +
                                trace.stuckText()));
        }
    }

    void lockReentersOnlyAsAnRLock()
    {
        QFETCH_GLOBAL(Backend, backend);
        const ScenarioTrace lock = run(findScenarioPreset(u"lock-reentry")->scenario, backend);
        QCOMPARE(lock.data().outcome, Outcome::Deadlock);
        QCOMPARE(lock.data().stuck, (QList<StuckTask>{{0, 0, 0}})); // the clerk waits for itself
        if (backend == Backend::Threads) {
            const ScenarioTrace rlock =
                run(findScenarioPreset(u"rlock-reentry")->scenario, backend);
            QCOMPARE(rlock.data().outcome, Outcome::Finished);
            QCOMPARE(linesOf(rlock, LineWhat::Acquired).size(), 2);
            QCOMPARE(linesOf(rlock, LineWhat::Released).size(), 2);
        }
    }

    void semaphoreNeverAdmitsMoreThanItsCount()
    {
        QFETCH_GLOBAL(Backend, backend);
        const ScenarioTrace trace =
            run(findScenarioPreset(u"semaphore-downloads")->scenario, backend, 5);
        QCOMPARE(trace.data().outcome, Outcome::Finished);
        // In the order the run said it: acquired +1, released -1.
        int held = 0, most = 0;
        for (const LoggedLine &line : trace.data().lines) {
            if (line.what == LineWhat::Acquired)
                most = std::max(most, ++held);
            else if (line.what == LineWhat::Released)
                --held;
            QVERIFY(held <= 3);
        }
        QCOMPARE(held, 0);
        QCOMPARE(linesOf(trace, LineWhat::Acquired).size(), 10);
        QVERIFY(most >= 1);
        // And from the steps alone: a permit is held from the end of an acquire to the
        // start of its release; never more than three such stretches at once.
        std::map<qint64, int> changes;
        for (int lane = 0; lane < 10; ++lane) {
            const auto a = stepsOf(trace, StepKind::Acquire, lane);
            const auto r = stepsOf(trace, StepKind::Release, lane);
            QCOMPARE(a.size(), 1);
            QCOMPARE(r.size(), 1);
            ++changes[a.first().end];
            --changes[r.first().start];
        }
        int open = 0;
        for (const auto &[time, change] : changes) {
            (void)time;
            open += change;
            QVERIFY(open <= 3);
        }
        // Seven downloads waited for a permit a finished one gave back: seven arrows.
        int handOffs = 0;
        for (const Flow &flow : trace.data().flows)
            handOffs += flow.kind == FlowKind::ReleaseAcquire && flow.fromNs <= flow.toNs;
        QCOMPARE(handOffs, 7);
    }

    void nobodyPassesABarrierBeforeTheLastArrival()
    {
        QFETCH_GLOBAL(Backend, backend);
        const ScenarioTrace trace = run(findScenarioPreset(u"barrier-phases")->scenario, backend);
        QCOMPARE(trace.data().outcome, Outcome::Finished);
        const auto waits = stepsOf(trace, StepKind::Wait);
        QCOMPARE(waits.size(), 3);
        qint64 lastArrival = 0, firstPass = std::numeric_limits<qint64>::max();
        for (const StepSpan &w : waits) {
            lastArrival = std::max(lastArrival, w.start);
            firstPass = std::min(firstPass, w.end);
        }
        QVERIFY(lastArrival <= firstPass);
        // Lines: three arrivals, then three passes.
        const auto arrived = linesOf(trace, LineWhat::Arrived);
        QCOMPARE(arrived.size(), 3);
        QCOMPARE(arrived.last().value, 3.0);
        const qsizetype lastArrivedAt = indexOf(trace, LineWhat::Arrived, arrived.last().lane);
        for (int lane = 0; lane < 3; ++lane)
            QVERIFY(indexOf(trace, LineWhat::Passed, lane) > lastArrivedAt);
        // The last to arrive released the two that waited: two arrows from it.
        int released = 0;
        for (const Flow &flow : trace.data().flows) {
            QCOMPARE(flow.kind, FlowKind::BarrierRelease);
            QCOMPARE(int(flow.fromLane), int(arrived.last().lane));
            ++released;
        }
        QCOMPARE(released, 2);
    }

    void aQueueHoldsAtMostItsCapacity()
    {
        QFETCH_GLOBAL(Backend, backend);
        const ScenarioTrace trace = run(findScenarioPreset(u"bounded-queue")->scenario, backend, 5);
        QCOMPARE(trace.data().outcome, Outcome::Finished);
        QList<double> queue;
        for (const LoggedLine &line : trace.data().lines) {
            if (line.what == LineWhat::Put) {
                queue.append(line.value);
                QVERIFY2(queue.size() <= 2, "more items than the capacity");
            } else if (line.what == LineWhat::Got) {
                QVERIFY2(!queue.isEmpty(), "a get before its put");
                QCOMPARE(line.value, queue.takeFirst()); // first in, first out
            }
        }
        QVERIFY(queue.isEmpty());
        QCOMPARE(linesOf(trace, LineWhat::Got).size(), 6);
        // The producer waited for room, and joined only after the sixth task_done.
        QVERIFY(!linesOf(trace, LineWhat::Waiting, 0).isEmpty());
        const qsizetype joined = indexOf(trace, LineWhat::Joined, 0);
        qsizetype lastDone = -1;
        for (qsizetype i = 0; i < trace.data().lines.size(); ++i)
            if (trace.data().lines.at(i).what == LineWhat::TaskDone)
                lastDone = i;
        QVERIFY(joined > lastDone);
        int putGet = 0;
        for (const Flow &flow : trace.data().flows)
            putGet += flow.kind == FlowKind::PutGet;
        QCOMPARE(putGet, 6); // every job from the producer to a consumer
    }

    void taskDoneTooOftenFailsTheStep()
    {
        QFETCH_GLOBAL(Backend, backend);
        const ScenarioTrace trace =
            run(make("{'name': 'q', 'type': 'queue'}",
                     "{'name': 'One', 'steps': [{'do': 'put', 'resource': 'q', 'value': 7},\n"
                     "                          {'do': 'get', 'resource': 'q'}, {'do': "
                     "'task_done', 'resource': 'q'},\n"
                     "                          {'do': 'task_done', 'resource': 'q'}, {'do': "
                     "'sleep', 'units': 1}]}"),
                backend);
        QCOMPARE(trace.data().outcome, Outcome::StepFailed);
        const auto failed = linesOf(trace, LineWhat::Failed);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(trace.lineText(failed.first()).contains(u"step 4: task_done() called too many"_s),
                 qPrintable(trace.lineText(failed.first())));
        QVERIFY(stepsOf(trace, StepKind::Sleep).isEmpty()); // the task ended there
    }

    void eventWaitersResumeAfterTheSet()
    {
        QFETCH_GLOBAL(Backend, backend);
        const ScenarioTrace trace = run(findScenarioPreset(u"event-start")->scenario, backend);
        QCOMPARE(trace.data().outcome, Outcome::Finished);
        const qsizetype set = indexOf(trace, LineWhat::Set, 0);
        QVERIFY(set >= 0);
        for (int worker = 1; worker <= 3; ++worker)
            QVERIFY(indexOf(trace, LineWhat::SawSet, worker) > set);
        const StepSpan setStep = stepsOf(trace, StepKind::Set).first();
        for (const StepSpan &wait : stepsOf(trace, StepKind::Wait))
            QVERIFY(wait.end >= setStep.start);
        QCOMPARE(trace.data().flows.size(), 3);
        for (const Flow &flow : trace.data().flows) {
            QCOMPARE(flow.kind, FlowKind::SetWait);
            QCOMPARE(int(flow.fromLane), 0);
        }
    }

    void aConditionWaitLetsGoOfItsLock()
    {
        QFETCH_GLOBAL(Backend, backend);
        const ScenarioTrace trace =
            run(findScenarioPreset(u"condition-shelf")->scenario, backend, 10);
        QCOMPARE(trace.data().outcome, Outcome::Finished);
        // wait_for(stock >= 1): a customer only ever reads a stock of at least one.
        for (const LoggedLine &read : linesOf(trace, LineWhat::Read))
            if (read.lane != 0)
                QVERIFY(read.value >= 1);
        // Whoever holds the shelf: acquired and released in turn, never two at once.
        int holder = -1;
        for (const LoggedLine &line : trace.data().lines) {
            if (line.what == LineWhat::Acquired) {
                QCOMPARE(holder, -1);
                holder = line.lane;
            } else if (line.what == LineWhat::Released) {
                QCOMPARE(holder, int(line.lane));
                holder = -1;
            } else if (line.what == LineWhat::Notified) {
                QCOMPARE(holder, int(line.lane)); // notify needs the lock
            }
        }
        QCOMPARE(trace.data().values.first().final, 0.0);
        int notifies = 0;
        for (const Flow &flow : trace.data().flows)
            notifies += flow.kind == FlowKind::NotifyWait;
        QVERIFY(notifies >= 1);
    }

    void racesLoseUpdatesAndLocksKeepThem()
    {
        QFETCH_GLOBAL(Backend, backend);
        // Both read before either writes (the barrier), so one payment is lost for sure.
        const ScenarioTrace race =
            run(make("{'name': 'balance', 'type': 'value', 'initial': 100},\n"
                     "                    {'name': 'both', 'type': 'barrier', 'parties': 2}",
                     "{'name': 'Parent A', 'steps': [{'do': 'read', 'resource': 'balance'},\n"
                     "                      {'do': 'wait', 'resource': 'both'}, {'do': 'write', "
                     "'resource': 'balance', 'add': -30}]},\n"
                     "                    {'name': 'Parent B', 'steps': [{'do': 'read', "
                     "'resource': 'balance'},\n"
                     "                      {'do': 'wait', 'resource': 'both'}, {'do': 'write', "
                     "'resource': 'balance', 'add': -50}]}"),
                backend);
        const ValueResult v = race.data().values.first();
        QCOMPARE(v.initial, 100.0);
        QCOMPARE(v.serial, 20.0);
        QVERIFY(v.final == 70.0 || v.final == 50.0);
        QCOMPARE(v.writes, 2);
        QCOMPARE(v.lost, 1);
        // The lost write is the first of the two: the second, made from the same read, won.
        const auto writes = linesOf(race, LineWhat::Wrote);
        QCOMPARE(race.data().lostWrites.size(), 1);
        QCOMPARE(race.data().lines.at(race.data().lostWrites.first()).time, writes.first().time);
        QCOMPARE(writes.last().value, v.final);
        QVERIFY2(race.valueText(v).endsWith(u"expected 20, got %1: 1 update lost"_s.arg(v.final)),
                 qPrintable(race.valueText(v)));

        const ScenarioTrace fixed = run(findScenarioPreset(u"checkbook-fixed")->scenario, backend);
        QCOMPARE(fixed.data().values.first().final, 20.0);
        QCOMPARE(fixed.data().values.first().lost, 0);
        QCOMPARE(fixed.valueText(fixed.data().values.first()),
                 u"balance: 100 - 80 expected 20, got 20"_s);

        // The primers' counter, with a pause between read and write: threads and the loop
        // both lose updates; with the lock neither does.
        const ScenarioTrace counter =
            run(findScenarioPreset(u"counter-race")->scenario, backend, 100);
        QVERIFY(counter.data().values.first().lost > 0);
        QCOMPARE(counter.data().values.first().final + counter.data().values.first().lost, 20.0);
        const ScenarioTrace locked = run(findScenarioPreset(u"counter-lock")->scenario, backend, 5);
        QCOMPARE(locked.data().values.first().final, 20.0);
        QCOMPARE(locked.data().values.first().lost, 0);
    }

    void aWaitNobodyCanMeetIsAStall()
    {
        QFETCH_GLOBAL(Backend, backend);
        const ScenarioTrace trace =
            run(make("{'name': 'go', 'type': 'event'}, {'name': 'q', 'type': 'queue'}",
                     "{'name': 'Waiter', 'steps': [{'do': 'wait', 'resource': 'go'}]},\n"
                     "                        {'name': 'Getter', 'steps': [{'do': 'get', "
                     "'resource': 'q'}]},\n"
                     "                        {'name': 'Busy', 'steps': [{'do': 'sleep', 'units': "
                     "3}, {'do': 'clear', 'resource': 'go'}]}"),
                backend);
        QCOMPARE(trace.data().outcome, Outcome::Stall);
        QCOMPARE(trace.data().stuck, (QList<StuckTask>{{0, 0, -1}, {1, 1, -1}}));
        // Not before the busy task was done: it might still have set the event.
        QCOMPARE(linesOf(trace, LineWhat::Done, 2).size(), 1);
        QVERIFY(trace.stuckText().startsWith(u"stall: Waiter waits for go, Getter waits for q"_s));
    }

    void aLockHeldByAnEndedTaskIsAStall()
    {
        QFETCH_GLOBAL(Backend, backend);
        const ScenarioTrace trace =
            run(make("{'name': 'door', 'type': 'lock'}, {'name': 'in', 'type': 'event'}",
                     "{'name': 'Leaver', 'steps': [{'do': 'acquire', 'resource': 'door'}, {'do': "
                     "'set', 'resource': 'in'}]},\n"
                     "                        {'name': 'Comer', 'steps': [{'do': 'wait', "
                     "'resource': 'in'}, {'do': 'acquire', 'resource': 'door'}]}"),
                backend);
        QCOMPARE(trace.data().outcome, Outcome::Stall);
        QCOMPARE(trace.data().stuck, (QList<StuckTask>{{1, 0, 0}}));
    }

    void stopEndsARunAtOnce()
    {
        QFETCH_GLOBAL(Backend, backend);
        // One sleeps for a long time holding the lock the other waits for: no deadlock, so
        // only Stop ends it.
        const Scenario s = make(
            "{'name': 'lock', 'type': 'lock'}",
            "{'name': 'Holder', 'steps': [{'do': 'acquire', 'resource': 'lock'}, {'do': 'sleep', "
            "'units': 1000},\n"
            "                  {'do': 'release', 'resource': 'lock'}]},\n"
            "               {'name': 'Waiter', 'steps': [{'do': 'sleep', 'units': 1}, {'do': "
            "'acquire', 'resource': 'lock'},\n"
            "                  {'do': 'release', 'resource': 'lock'}]},\n"
            "               {'name': 'Cruncher', 'steps': [{'do': 'compute', 'units': 1000}]}");
        // From another thread, as the app's Stop comes: on the loop, the compute step
        // holds this one.
        CancelToken stop;
        std::thread stopper([&stop] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            stop.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        const ScenarioTrace trace = run(s, backend, 10, &stop);
        stopper.join();
        QCOMPARE(trace.data().outcome, Outcome::Stopped);
        QVERIFY2(clock.elapsed() < 5000, "the run went on after Stop"); // the sleep is 10 s
        QVERIFY(stepsOf(trace, StepKind::Release).isEmpty());
    }

    void aFailedFetchFailsItsStep()
    {
        QFETCH_GLOBAL(Backend, backend);
        const ScenarioTrace trace = run(
            make({}, "{'name': 'One', 'steps': [{'do': 'fetch', 'url': 'http://127.0.0.1:1/'},\n"
                     "                           {'do': 'sleep', 'units': 1}]}"),
            backend);
        QCOMPARE(trace.data().outcome, Outcome::StepFailed);
        QCOMPARE(trace.data().errors.size(), 1);
        QVERIFY(stepsOf(trace, StepKind::Sleep).isEmpty());
    }

    void computeHoldsTheLoopButNotTheThreads()
    {
        QFETCH_GLOBAL(Backend, backend);
        // Two begins a short sleep, then One computes for 20 units. On the loop Two can
        // only go on once One is done (it was ready, waiting for the loop); on threads at once.
        const ScenarioTrace trace = run(make({}, "{'name': 'Two', 'steps': [{'do': 'sleep', "
                                                 "'units': 1}, {'do': 'sleep', 'units': 0}]},\n"
                                                 "                        {'name': 'One', 'steps': "
                                                 "[{'do': 'compute', 'units': 20}]}"),
                                        backend, 10);
        const StepSpan compute = stepsOf(trace, StepKind::Compute).first();
        const StepSpan sleep = stepsOf(trace, StepKind::Sleep, 0).first();
        bool ready = false;
        for (const Span &span : trace.data().spans)
            ready = ready || (span.lane == 0 && span.state == SpanState::Ready &&
                              span.waitingFor == WaitingFor::Loop);
        if (backend == Backend::Async) {
            QVERIFY(sleep.end >= compute.end);
            QVERIFY(ready);
        } else {
            QVERIFY(sleep.end < compute.end);
            QVERIFY(!ready);
        }
    }

    void theTraceReadsBackAsItWasWritten()
    {
        QFETCH_GLOBAL(Backend, backend);
        for (const QString &id : {u"washer-dryer"_s, u"bounded-queue"_s, u"checkbook-race"_s}) {
            const ScenarioTrace trace = run(findScenarioPreset(id)->scenario, backend, 20);
            const QByteArray json = scenarioTraceToJson(trace);
            QVERIFY(isScenarioTrace(json));
            const auto back = importScenarioTrace(json, id);
            QVERIFY2(back.ok(), qPrintable(back.error()));
            const auto &a = trace.data();
            const auto &b = back->data();
            QCOMPARE(b.scenario, a.scenario);
            QCOMPARE(b.backend, a.backend);
            QCOMPARE(b.outcome, a.outcome);
            QCOMPARE(b.stuck, a.stuck);
            QCOMPARE(b.steps.size(), a.steps.size());
            QCOMPARE(b.spans.size(), a.spans.size());
            QCOMPARE(b.waits.size(), a.waits.size());
            QCOMPARE(b.flows.size(), a.flows.size());
            QCOMPARE(b.lines.size(), a.lines.size());
            QCOMPARE(b.lostWrites, a.lostWrites);
            QCOMPARE(b.values.size(), a.values.size());
            for (qsizetype i = 0; i < a.values.size(); ++i) {
                QCOMPARE(b.values.at(i).final, a.values.at(i).final);
                QCOMPARE(b.values.at(i).lost, a.values.at(i).lost);
            }
            for (qsizetype i = 0; i < a.lines.size(); ++i)
                QCOMPARE(back->lineText(b.lines.at(i)), trace.lineText(a.lines.at(i)));
            for (qsizetype i = 0; i < a.flows.size(); ++i) {
                QCOMPARE(b.flows.at(i).kind, a.flows.at(i).kind);
                QCOMPARE(b.flows.at(i).fromLane, a.flows.at(i).fromLane);
                QCOMPARE(b.flows.at(i).toLane, a.flows.at(i).toLane);
                QVERIFY(std::abs(b.flows.at(i).toNs - a.flows.at(i).toNs) <= 1);
            }
            QCOMPARE(back->stuckText(), trace.stuckText());
        }
        // Damaged: refused with the file's name.
        const ScenarioTrace trace = run(findScenarioPreset(u"event-start"_s)->scenario, backend, 5);
        QByteArray json = scenarioTraceToJson(trace);
        const auto noScenario = importScenarioTrace(
            QByteArray(json).replace("\"scenario_file\":", "\"other\":"), u"t.json"_s);
        QVERIFY(!noScenario.ok());
        QVERIFY2(noScenario.error().startsWith(u"t.json: "_s), qPrintable(noScenario.error()));
        const auto badLane =
            importScenarioTrace(QByteArray(json).replace("\"tid\":2,", "\"tid\":99,"), u"t.json"_s);
        QVERIFY(!badLane.ok());
        QVERIFY(!importScenarioTrace(json.left(json.size() / 2), u"t.json"_s).ok());
        // A waiting line whose value is no kind of wait (fuzz_scenariotrace's find: a value
        // of 1e300 was turned into an int to word the line).
        const ScenarioTrace dead = run(findScenarioPreset(u"washer-dryer"_s)->scenario, backend, 5);
        QString deadJson = QString::fromUtf8(scenarioTraceToJson(dead));
        const QRegularExpression waiting(u"(\"what\":1,[^}]*\"value\":)[-0-9.e+]+"_s);
        QVERIFY(deadJson.contains(waiting));
        const QRegularExpressionMatch found = waiting.match(deadJson);
        deadJson.replace(found.capturedStart(), found.capturedLength(),
                         found.captured(1) + u"1e300"_s);
        const auto badWait = importScenarioTrace(deadJson.toUtf8(), u"t.json"_s);
        QVERIFY2(!badWait.ok() && badWait.error().contains(u"a waiting line"_s),
                 qPrintable(badWait.error()));
    }

    void theTraceNestsAndItsFlowsBind()
    {
        QFETCH_GLOBAL(Backend, backend);
        for (const QString &id :
             {u"washer-dryer-fixed"_s, u"bounded-queue"_s, u"condition-shelf"_s}) {
            const ScenarioTrace trace = run(findScenarioPreset(id)->scenario, backend, 5);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(scenarioTraceToJson(trace), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            const QJsonArray events = doc.object().value("traceEvents"_L1).toArray();
            // Nanoseconds, exactly, from the three decimals of microseconds.
            const auto ns = [](const QJsonValue &v) {
                return qint64(std::llround(v.toDouble() * 1000));
            };
            struct Slice
            {
                qint64 start, end;
                QString cat;
            };
            QHash<int, QList<Slice>> slices;
            QStringList names;
            int flowsStarted = 0, flowsEnded = 0;
            for (const QJsonValue &v : events) {
                const QJsonObject e = v.toObject();
                if (e.value("ph"_L1) == "M"_L1 && e.value("name"_L1) == "thread_name"_L1)
                    names.append(e.value("args"_L1).toObject().value("name"_L1).toString());
                if (e.value("ph"_L1) == "X"_L1)
                    slices[e.value("tid"_L1).toInt()].append(
                        {ns(e.value("ts"_L1)), ns(e.value("ts"_L1)) + ns(e.value("dur"_L1)),
                         e.value("cat"_L1).toString()});
            }
            QCOMPARE(names.size(), trace.data().scenario.tasks.size());
            QCOMPARE(names.first(), trace.taskName(0));
            for (auto it = slices.cbegin(); it != slices.cend(); ++it) {
                // Steps follow one another; every state lies inside one step.
                QList<Slice> steps;
                for (const Slice &s : it.value())
                    if (s.cat == "step"_L1)
                        steps.append(s);
                for (qsizetype i = 1; i < steps.size(); ++i)
                    QVERIFY(steps.at(i).start >= steps.at(i - 1).end);
                for (const Slice &s : it.value()) {
                    if (s.cat != "state"_L1)
                        continue;
                    const bool inside =
                        std::any_of(steps.cbegin(), steps.cend(), [&](const Slice &p) {
                            return p.start <= s.start && s.end <= p.end;
                        });
                    QVERIFY2(inside, qPrintable(id));
                }
            }
            for (const QJsonValue &v : events) {
                const QJsonObject e = v.toObject();
                const QString ph = e.value("ph"_L1).toString();
                if (ph != "s"_L1 && ph != "f"_L1)
                    continue;
                QCOMPARE(e.value("cat"_L1).toString(), u"flow"_s);
                (ph == "s"_L1 ? flowsStarted : flowsEnded) += 1;
                if (ph == "f"_L1)
                    QCOMPARE(e.value("bp"_L1).toString(), u"e"_s);
                const qint64 at = ns(e.value("ts"_L1));
                const auto &mine = slices.value(e.value("tid"_L1).toInt());
                QVERIFY2(std::any_of(mine.cbegin(), mine.cend(),
                                     [&](const Slice &s) { return s.start <= at && at <= s.end; }),
                         "a flow event outside every slice of its lane");
            }
            QCOMPARE(flowsStarted, trace.data().flows.size());
            QCOMPARE(flowsEnded, flowsStarted);
            QVERIFY(flowsStarted > 0);
            const QJsonObject other = doc.object().value("otherData"_L1).toObject();
            QCOMPARE(other.value("model"_L1).toString(), backendName(backend));
            QCOMPARE(other.value("outcome"_L1).toString(), u"finished"_s);
        }
        // A deadlock's cycle and a race's figures in otherData.
        const ScenarioTrace dead = run(make(sureDeadlock, sureDeadlockTasks), backend);
        const QJsonObject other = QJsonDocument::fromJson(scenarioTraceToJson(dead))
                                      .object()
                                      .value("otherData"_L1)
                                      .toObject();
        QCOMPARE(other.value("outcome"_L1).toString(), u"deadlock"_s);
        const QJsonArray cycle = other.value("deadlock"_L1).toArray();
        QCOMPARE(cycle.size(), 2);
        QCOMPARE(cycle.at(0).toObject().value("task"_L1).toString(), u"Parent A"_s);
        QCOMPARE(cycle.at(0).toObject().value("waits_for"_L1).toString(), u"washer"_s);
        QCOMPARE(cycle.at(0).toObject().value("held_by"_L1).toString(), u"Parent B"_s);
        const ScenarioTrace race =
            run(findScenarioPreset(u"checkbook-fixed")->scenario, backend, 5);
        const QJsonObject values = QJsonDocument::fromJson(scenarioTraceToJson(race))
                                       .object()
                                       .value("otherData"_L1)
                                       .toObject()
                                       .value("values"_L1)
                                       .toObject();
        const QJsonObject balance = values.value("balance"_L1).toObject();
        QCOMPARE(balance.value("initial"_L1).toDouble(), 100.0);
        QCOMPARE(balance.value("final"_L1).toDouble(), 20.0);
        QCOMPARE(balance.value("serial"_L1).toDouble(), 20.0);
    }
};

QTEST_GUILESS_MAIN(TestScenarioRun)
#include "tst_scenariorun.moc"
