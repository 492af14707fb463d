#pragma once

#include "scenario.h"

#include "domain/trace.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>

namespace TaskLanes {
class CancelToken;
}

namespace TaskLanes::Scenarios {

// One step as it ran: from its start to its end on its task's lane (the state spans of the
// run lie inside it). step is the index into the task's unrolled program.
struct StepSpan
{
    qint64 start = 0;
    qint64 end = -1;
    qint32 step = 0;
    quint16 lane = 0;
    bool failed = false;
};

// What a waiting task waits for.
enum class WaitKind : quint8
{
    None,
    Lock,      // a lock, an rlock or a condition's lock
    Semaphore, // a permit
    Event,     // set
    Notify,    // a condition's notify
    Barrier,   // the last party
    Get,       // an item
    Put,       // room
    Join,      // every item done
};

// What a waiting span waited for: the resource and, for a lock, who held it.
struct WaitInfo
{
    int resource = -1;
    int heldBy = -1;
    WaitKind kind = WaitKind::None;
};

// A hand-off: the giver's moment (a release, put, set, notify, the barrier's last arrival,
// the task_done that emptied a queue) to the moment the taker went on.
enum class FlowKind : quint8
{
    ReleaseAcquire,
    PutGet,
    SetWait,
    NotifyWait,
    BarrierRelease,
    TaskDoneJoin,
};
struct Flow
{
    qint64 fromNs = 0;
    qint64 toNs = 0;
    quint16 fromLane = 0;
    quint16 toLane = 0;
    int resource = -1;
    FlowKind kind = FlowKind::ReleaseAcquire;
};

// One line of the run's output, kept as what it says; lineText() words it.
enum class LineWhat : quint8
{
    Acquired,
    Waiting, // other: the holder, or -1
    Released,
    Set,
    Cleared,
    SawSet,   // an event's wait returned
    Notified, // value: how many waiters were woken; other: 1 for notify_all
    Woke,     // a condition's wait returned
    Arrived,  // value: arrivals so far
    Passed,   // a barrier let the task go
    Put,      // value: the item
    Got,      // value: the item
    TaskDone,
    Joined,
    Read,  // value: what was read
    Wrote, // value: what was written
    Failed,
    Done,
};
struct LoggedLine
{
    qint64 time = 0;
    double value = 0;
    int resource = -1;
    qint32 other = -1;
    quint16 lane = 0;
    LineWhat what = LineWhat::Done;
};

// A task stuck at the end: what it waited for and, for a lock, who held it.
struct StuckTask
{
    int task = -1;
    int resource = -1;
    int heldBy = -1;
    friend bool operator==(const StuckTask &, const StuckTask &) = default;
};

// What a value ended as, beside what it would be had every write applied in turn.
struct ValueResult
{
    int resource = -1;
    double initial = 0;
    double final = 0;
    double serial = 0;
    qint64 writes = 0;
    qint64 lost = 0; // writes whose update a later write overwrote
};

enum class Outcome : quint8
{
    Finished,   // every task ran its steps to the end
    StepFailed, // a step went wrong (its task ended there, as a Python thread does)
    Deadlock,   // tasks wait for each other in a cycle
    Stall,      // tasks wait for what no task can give any more
    Stopped,
};

// A finished (or stopped) scenario run, immutable and cheap to copy.
class ScenarioTrace
{
public:
    struct Data
    {
        Scenario scenario;
        QList<Program> programs;
        Backend backend = Backend::Threads;
        int unitMs = 1000;
        qint64 totalNs = 0;
        QList<Span> spans;             // states; item is the step's index in its task's program
        QHash<qint32, WaitInfo> waits; // waiting span -> what for
        QList<StepSpan> steps;
        QHash<qint32, QString> errors; // failed step span -> why
        QList<Flow> flows;
        QList<LoggedLine> lines;
        QList<ValueResult> values;
        QList<qint32> lostWrites; // the Wrote lines whose update a later write overwrote
        Outcome outcome = Outcome::Finished;
        QList<StuckTask> stuck; // the cycle (a deadlock) or the stalled tasks
        qint64 stuckAtNs = -1;  // when the cycle closed, or the stall began
        QList<qint64> laneWorkers;
        QString workerIdName;
    };

    ScenarioTrace() = default;
    explicit ScenarioTrace(Data data) : m_d(std::make_shared<const Data>(std::move(data))) {}
    bool isNull() const { return !m_d; }
    const Data &data() const { return *m_d; }

    QString lineText(const LoggedLine &line) const;
    // "Parent A waits for washer held by Parent B, Parent B waits for dryer held by Parent A"
    QString stuckText() const;
    // "balance: 100 + 200 expected 300, got 200: 1 update lost"
    QString valueText(const ValueResult &value) const;
    QString taskName(int task) const { return m_d->scenario.tasks.at(task).name; }
    QString resourceName(int resource) const { return m_d->scenario.resources.at(resource).name; }

private:
    std::shared_ptr<const Data> m_d;
};

// A line's words from a run's data, also while it grows (what the live output needs).
QString lineText(const ScenarioTrace::Data &data, const LoggedLine &line);

struct RunOptions
{
    Backend backend = Backend::Threads;
    int unitMs = 1000;
    int timeoutMs = 30'000;            // per fetch
    const CancelToken *stop = nullptr; // Stop: the run ends at once
    // Each line as it happens, in order (called with the run's lock held: be quick).
    std::function<void(const ScenarioTrace::Data &, const LoggedLine &)> onLine;
    // The run so far (open spans closed at now), every snapshotMs while it goes on, from
    // the run's thread: what a live view draws. Not taken past maxSnapshotSpans spans.
    std::function<void(ScenarioTrace::Data)> onSnapshot;
    int snapshotMs = 50;
};
inline constexpr qsizetype maxSnapshotSpans = 200'000;

// How often the run looks for a deadlock or a stall; one is declared when two looks in a
// row see the same tasks stuck and nothing happened between them.
inline constexpr int stuckCheckMs = 10;

// Runs the scenario (valid, and fit for the backend: checkBackend) to its end, a deadlock,
// a stall or a stop, with an event loop of its own on the calling thread; every thread it
// started has ended when it returns.
ScenarioTrace runScenario(const Scenario &scenario, const RunOptions &options);

} // namespace TaskLanes::Scenarios
