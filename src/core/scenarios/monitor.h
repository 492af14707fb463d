#pragma once

#include "scenariorun.h"

#include <QMutex>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <vector>

namespace TaskLanes::Scenarios {

// A task's moment: who did something, and when.
struct Mark
{
    int task = -1;
    qint64 time = 0;
};

// One run's shared state, behind one mutex: the record (spans, steps, flows, lines), each
// resource's state as the wait-for graph sees it, each task's position and wait. Both
// backends block their tasks their own way (threads: Qt's primitives; the loop: coroutines
// resumed later) and tell the monitor what happened; the monitor grants what it can hand
// over itself (an event's waiters, a queue's items, a barrier's release, and on the loop
// locks and permits too) and looks for tasks that can never go on.
//
// The functions ending in Locked need mutex() held.
class Monitor
{
public:
    using Clock = std::chrono::steady_clock;

    Monitor(const Scenario &scenario, const RunOptions &options);

    QMutex &mutex() { return m_mutex; }
    qint64 now() const;
    int tasks() const { return int(m_tasks.size()); }
    const Scenario &scenario() const { return m_data.scenario; }
    const Resource &resource(int r) const { return m_data.scenario.resources.at(r); }
    const FlatStep &step(int task) const;
    bool atEnd(int task) const;
    qint64 opsPerUnit() const { return m_opsPerUnit; }
    int unitMs() const { return m_data.unitMs; }
    int timeoutMs() const { return m_timeoutMs; }
    // The run is ending (a deadlock, a stall, a stop): every wait gives up.
    bool aborted() const { return m_aborted.load(std::memory_order_acquire); }

    // Set by the backend before the run: wake a task whose wait was granted, and wake
    // every waiting task because the run is ending (both called with the mutex held).
    std::function<void(int task)> wake;
    std::function<void()> wakeAll;
    // Locks and semaphores are Qt's own (threads): the monitor keeps their books but never
    // hands them over; false (the loop): it grants them, first come first served.
    bool realLocks = false;

    // The OS thread that runs a task (threads), or 0 for the loop's.
    void setLaneWorkerLocked(int task, qint64 id, const QString &idName)
    {
        m_data.laneWorkers[task] = id;
        m_data.workerIdName = idName;
    }

    // Steps.
    void beginStepLocked(int task, SpanState state, WaitingFor waitingFor = WaitingFor::Nothing);
    void setStateLocked(int task, SpanState state, WaitingFor waitingFor = WaitingFor::Nothing,
                        qint64 at = -1);
    void endStepLocked(int task);
    void failStepLocked(int task, const QString &why);
    // The task ran its program to its end, failed, or gave up in an ending run.
    void finishTaskLocked(int task);
    bool finishedLocked(int task) const { return m_tasks.at(size_t(task)).finished; }
    bool allFinishedLocked() const { return m_finished == tasks(); }

    // Does what the task's current step asks if it can now (acquire, wait, put, get, join,
    // a barrier's arrival); false: it must wait (then waitLocked).
    bool tryLocked(int task, WaitKind kind, int resource);
    // Queues the task for what it waits for (a waiting span; granted later by a giver).
    void waitLocked(int task, WaitKind kind, int resource);
    bool grantedLocked(int task) const { return m_tasks.at(size_t(task)).granted; }
    // The task goes on after its wait was granted (or, giving up, after the run ended).
    void endWaitLocked(int task);

    // Givers.
    void releaseLocked(int task, int resource); // lock, rlock, condition, semaphore
    void setLocked(int task, int resource);
    void clearLocked(int task, int resource);
    void notifyLocked(int task, int resource, bool all);
    // false: called more often than items were put, and the step failed (Python's ValueError)
    bool taskDoneLocked(int task, int resource);
    void readLocked(int task, int resource);
    void writeLocked(int task, int resource, double add);
    double valueLocked(int resource) const { return m_resources.at(size_t(resource)).value; }

    // On the loop: a CPU step held it until now, so a task granted meanwhile was ready
    // (waiting for the loop), not waiting, from its grant until it ran.
    void loopHeldUntilNowLocked() { m_loopHeldUntil = now(); }
    qint64 loopHeldUntilLocked() const { return m_loopHeldUntil; }

    // Qt's locks and semaphores (threads): the task waits in Qt's primitive, and says when
    // it got it.
    void realWaitLocked(int task, WaitKind kind, int resource);
    void realAcquiredLocked(int task, int resource, bool waited);

    // A look at the wait-for graph (the watchdog, every stuckCheckMs): true when the run
    // must end, because of a deadlock or stall it declared now or a stop.
    bool check(bool stopRequested);

    ScenarioTrace::Data finish();

private:
    struct Copy
    {
        double value = 0;
        int node = 0;
    };
    struct TaskRun
    {
        qsizetype pc = 0;
        bool finished = false;
        qint32 stepSpan = -1;
        qint32 stateSpan = -1;
        WaitKind wait = WaitKind::None;
        int waitResource = -1;
        bool granted = false;
        qint64 grantedAt = -1;
        Mark grantedBy;
        FlowKind grantFlow = FlowKind::ReleaseAcquire;
        bool grantDrawn = true; // the grant is a hand-off to draw
        QHash<int, Copy> copies;
    };
    struct Queued
    {
        double value = 0;
        Mark from;
    };
    struct ResourceRun
    {
        int holder = -1;
        int depth = 0;
        Mark lastRelease;
        qint64 permits = 0;
        std::deque<Mark> releases; // a semaphore's permits given back, not yet taken
        bool set = false;
        Mark lastSet;
        int arrived = 0;
        std::deque<Queued> items;
        qint64 unfinished = 0;
        double value = 0;
        int node = 0;
        qint64 writes = 0;
        double added = 0;
        std::deque<int> waiters;  // lock, semaphore, event, barrier, get
        std::deque<int> notified; // a condition's waiters for notify; a queue's for room
        std::deque<int> joiners;
    };
    struct Node
    {
        int parent = -1;
        qint64 depth = 0;
    };

    TaskRun &run(int task) { return m_tasks[size_t(task)]; }
    ResourceRun &res(int r) { return m_resources[size_t(r)]; }
    void changed()
    {
        ++m_progress;
        m_lastChangeNs = now();
    }
    void lineLocked(int task, LineWhat what, int resource, double value = 0, int other = -1);
    void flowLocked(const Mark &from, int toTask, int resource, FlowKind kind);
    void grantLocked(int task, const Mark &by, FlowKind flow, bool drawn = true);
    void takeLockLocked(int task, int resource);
    void pushItemLocked(int resource, double value, const Mark &from);
    std::deque<int> &queueFor(WaitKind kind, int resource);
    bool satisfiableLocked(int task) const;
    bool canGiveLocked(int giver, int waiter) const;
    void endAllLocked(Outcome outcome);

    mutable QMutex m_mutex;
    ScenarioTrace::Data m_data;
    Clock::time_point m_origin;
    std::vector<TaskRun> m_tasks;
    std::vector<ResourceRun> m_resources;
    std::vector<Node> m_nodes;
    std::vector<std::pair<qint32, int>> m_writeLines; // a Wrote line and its version
    // Per task, the last index in its program of each (resource, step kind) it does.
    std::vector<QHash<quint32, qsizetype>> m_lastDoes;
    int m_finished = 0;
    qint64 m_opsPerUnit = 0;
    int m_timeoutMs = 30'000;
    std::function<void(const ScenarioTrace::Data &, const LoggedLine &)> m_onLine;
    std::function<void(ScenarioTrace::Data)> m_onSnapshot;
    int m_snapshotEvery = 5; // looks
    int m_looks = 0;
    void snapshotLocked();
    std::atomic_bool m_aborted{false};
    quint64 m_progress = 0;
    qint64 m_lastChangeNs = 0;
    qint64 m_loopHeldUntil = -1;
    // The previous look's verdict, confirmed by the next if nothing happened between.
    quint64 m_seenProgress = ~0ull;
    QList<StuckTask> m_seenStuck;
    Outcome m_seenOutcome = Outcome::Finished;
};

} // namespace TaskLanes::Scenarios
