#include "parents.h"

#include "engine/canceltoken.h"
#include "engine/timerqueue.h"
#include "scenarios/scenariorun.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QEventLoop>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <coroutine>
#include <deque>
#include <queue>
#include <vector>

using namespace Qt::StringLiterals;

namespace TaskLanes::Home {

namespace {

QString at(double units)
{
    // (in the app's language; the command line's locale is C)
    return QLocale().toString(units, 'f', 1);
}

// The day's clock and loop: real (the parent really blocks, timers really fire) or
// virtual (time jumps to the next deadline: the ideal).
class Time
{
public:
    virtual ~Time() = default;
    virtual qint64 now() const = 0;
    // Blocks the thread until then; false when stopped first.
    virtual bool until(qint64 ns) = 0;
    virtual bool stopped() const = 0;
    virtual void resumeAt(qint64 ns, std::coroutine_handle<> h) = 0;
    virtual void resumeSoon(std::coroutine_handle<> h) = 0;
    // Runs the loop until done() holds after a coroutine ran (or a stop).
    virtual void runLoop(const std::function<bool()> &done) = 0;
};

class RealTime final : public Time
{
public:
    explicit RealTime(const CancelToken *stop) : m_stop(stop), m_start(Clock::now())
    {
        usePreciseTimers();
    }
    qint64 now() const override
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - m_start).count();
    }
    bool until(qint64 ns) override
    {
        const Clock::time_point deadline = m_start + std::chrono::nanoseconds(ns);
        if (m_stop && !const_cast<CancelToken *>(m_stop)->waitUntil(deadline - spinMargin))
            return false;
        if (!m_stop)
            std::this_thread::sleep_until(deadline - spinMargin);
        return spinUntil(deadline, [this] { return stopped(); });
    }
    bool stopped() const override { return m_stop && m_stop->isCancelled(); }
    void resumeAt(qint64 ns, std::coroutine_handle<> h) override
    {
        timers().resumeAt(m_start + std::chrono::nanoseconds(ns), h);
    }
    void resumeSoon(std::coroutine_handle<> h) override { timers().resumeSoon(h); }
    void runLoop(const std::function<bool()> &done) override
    {
        QEventLoop loop;
        QTimer watch; // a stop, and the end (a coroutine may end inside a timer's slot)
        QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
            if (stopped())
                timers().wakeAll();
            if (done())
                loop.quit();
        });
        watch.start(2);
        if (!done())
            loop.exec();
    }

private:
    using Clock = std::chrono::steady_clock;
    TimerQueue &timers()
    {
        if (!m_timers)
            m_timers = std::make_unique<TimerQueue>();
        return *m_timers;
    }
    const CancelToken *m_stop;
    Clock::time_point m_start;
    std::unique_ptr<TimerQueue> m_timers;
};

class VirtualTime final : public Time
{
public:
    qint64 now() const override { return m_now; }
    bool until(qint64 ns) override
    {
        m_now = std::max(m_now, ns);
        return true;
    }
    bool stopped() const override { return false; }
    void resumeAt(qint64 ns, std::coroutine_handle<> h) override
    {
        m_timers.push(Timer{std::max(ns, m_now), m_order++, h});
    }
    void resumeSoon(std::coroutine_handle<> h) override { m_ready.push_back(h); }
    void runLoop(const std::function<bool()> &done) override
    {
        // As the engine's TimerQueue runs on Qt's loop: a pass runs the coroutines that
        // were ready when it began; a timer that is due by then resumes its coroutine
        // after that pass (Qt delivers the posted pass before the timer's notifier).
        while (!done()) {
            std::vector<std::coroutine_handle<>> due;
            while (!m_timers.empty() && m_timers.top().due <= m_now) {
                due.push_back(m_timers.top().h);
                m_timers.pop();
            }
            if (!m_ready.empty()) {
                std::deque<std::coroutine_handle<>> batch;
                batch.swap(m_ready);
                for (auto h : batch)
                    h.resume();
            } else if (due.empty()) {
                if (m_timers.empty())
                    return;
                m_now = std::max(m_now, m_timers.top().due);
                continue;
            }
            for (auto h : due)
                h.resume();
        }
    }

private:
    struct Timer
    {
        qint64 due;
        quint64 order;
        std::coroutine_handle<> h;
        bool operator<(const Timer &o) const
        {
            return due != o.due ? due > o.due : order > o.order;
        }
    };
    qint64 m_now = 0;
    quint64 m_order = 0;
    std::priority_queue<Timer> m_timers;
    std::deque<std::coroutine_handle<>> m_ready;
};

enum Lane : quint16
{
    ParentLane = 0,
    WasherLane = 1,
    DryerLane = 2,
    FirstKidLane = 3,
};

// What the synchronous, the polling and the async parent share: one parent, the machines
// and the kids, and a record of what each does when.
class Day
{
public:
    Day(const Household &household, const DayRun &run, Time &time, bool live)
        : m_h(household), m_run(run), m_time(time), m_live(live),
          m_unitNs(double(run.options.unitMs) * 1e6)
    {
        m_d.options = run.options;
        m_d.household = household;
        m_d.lanes = QStringList{QCoreApplication::translate("Household", "Parent"),
                                QCoreApplication::translate("Household", "Washer"),
                                QCoreApplication::translate("Household", "Dryer")};
        for (qsizetype i = 0; i < household.kids.size(); ++i)
            m_d.lanes << QCoreApplication::translate("Household", "Kid %1").arg(i + 1);
        m_attended.resize(household.kids.size(), false);
    }

    const Household &household() const { return m_h; }
    const DayOptions &options() const { return m_run.options; }
    qint64 ns(double units) const { return qint64(std::llround(units * m_unitNs)); }
    double units(qint64 ns) const { return double(ns) / m_unitNs; }
    qint64 now() const { return m_time.now(); }
    bool stopped() const { return m_time.stopped(); }
    Time &time() { return m_time; }

    void say(const QString &line)
    {
        if (!m_live)
            return;
        m_d.lines.append(line);
        if (m_run.onLine)
            m_run.onLine(line);
    }
    // A line whose %1 is the moment it is said.
    void sayNow(const QString &text) { say(text.arg(at(units(now())))); }
    // "Parent: washer buzzed at 32.0, moving clothes", and when the parent heard it late.
    void sayBuzzed(int machine)
    {
        const QString what =
            machine == 0
                ? QCoreApplication::translate("Household",
                                              "Parent: washer buzzed at %1, moving clothes%2")
                : QCoreApplication::translate("Household", "Parent: dryer buzzed at %1, folding%2");
        say(what.arg(at(units(m_machineEnd[machine])), late(m_machineEnd[machine])));
    }

    // The parent's own work: it blocks for duration.
    bool work(Activity activity, qint64 duration, int call = -1, bool completes = false)
    {
        return workFrom(now(), activity, duration, call, completes);
    }
    bool workFrom(qint64 start, Activity activity, qint64 duration, int call = -1,
                  bool completes = false)
    {
        const bool ok = m_time.until(start + duration);
        record(ParentLane, activity, SpanState::Running, start, now(), call, ok && completes);
        return ok;
    }
    // Standing by, or idle, until then.
    bool waitUntil(Activity activity, qint64 until)
    {
        const qint64 start = now();
        if (until <= start)
            return true;
        const bool ok = m_time.until(until);
        record(ParentLane, activity, SpanState::Blocked, start, now());
        return ok;
    }
    void record(quint16 lane, Activity activity, SpanState state, qint64 start, qint64 end,
                int call = -1, bool completes = false)
    {
        if (end <= start && !completes)
            return;
        DaySpan span;
        span.start = start;
        span.end = std::max(start, end);
        span.lane = lane;
        span.activity = activity;
        span.state = state;
        span.call = qint16(call);
        span.completes = completes;
        m_d.spans.append(span);
    }

    // The machine starts now and runs on its own; its buzzer sounds at its end.
    void startMachine(int machine)
    {
        m_machineStart[machine] = now();
        m_machineEnd[machine] = now() + ns(machine == 0 ? m_h.washer : m_h.dryer);
    }
    qint64 machineEnd(int machine) const { return m_machineEnd[machine]; }
    bool buzzed(int machine) const
    {
        return m_machineEnd[machine] >= 0 && m_machineEnd[machine] <= now();
    }

    qint64 callAt(int call) const { return ns(m_h.kids.at(call)); }
    int calls() const { return int(m_h.kids.size()); }

    QString late(qint64 since) const
    {
        const double by = units(now() - since);
        return by < 0.05 ? QString()
                         : QCoreApplication::translate("Household", " at %1 (%2 late)")
                               .arg(at(units(now())), at(by));
    }

    // Answers a call: the kid has the parent until the attention is given.
    bool attend(int call)
    {
        m_attended[call] = true;
        say(QCoreApplication::translate("Household", "Parent: Kid %1 called at %2, attending%3")
                .arg(call + 1)
                .arg(at(m_h.kids.at(call)), late(callAt(call))));
        const quint16 kidLane = quint16(FirstKidLane + call);
        const qint64 start = now();
        const bool ok = workFrom(start, Activity::Attention, ns(m_h.attention), call);
        record(kidLane, Activity::Calling,
               options().parent == Parent::Async ? SpanState::Ready : SpanState::Waiting,
               callAt(call), start, call);
        record(kidLane, Activity::Attended, SpanState::Running, start, now(), call);
        return ok;
    }
    bool buzz(int machine, Activity then)
    {
        sayBuzzed(machine);
        return work(then, ns(m_h.handling), -1, then == Activity::Fold);
    }

    DayTrace::Data take()
    {
        const qint64 end = now();
        m_d.totalNs = end;
        m_d.stopped = stopped();
        for (int m = 0; m < 2; ++m) {
            if (m_machineStart[m] < 0)
                continue;
            const quint16 lane = m == 0 ? WasherLane : DryerLane;
            record(lane, m == 0 ? Activity::Washing : Activity::Drying, SpanState::Running,
                   m_machineStart[m], std::min(end, m_machineEnd[m]));
            if (m_machineEnd[m] <= end)
                m_d.events.append(DayEvent{m_machineEnd[m], lane, false, qint16(m)});
        }
        for (int call = 0; call < calls(); ++call) {
            if (callAt(call) > end)
                continue;
            const quint16 lane = quint16(FirstKidLane + call);
            m_d.events.append(DayEvent{callAt(call), lane, true, qint16(call)});
            if (!m_attended.at(call))
                record(lane, Activity::Calling, SpanState::Waiting, callAt(call), end, call);
        }
        return std::move(m_d);
    }

private:
    const Household &m_h;
    const DayRun &m_run;
    Time &m_time;
    bool m_live;
    double m_unitNs;
    DayTrace::Data m_d;
    qint64 m_machineStart[2] = {-1, -1};
    qint64 m_machineEnd[2] = {-1, -1};
    std::vector<bool> m_attended;
};

// --- The synchronous parent ---------------------------------------------------------
// One thing at a time, each to its end; between two things it answers the kids who
// called meanwhile; with nothing left it waits for the next call.
void syncDay(Day &day)
{
    const Household &h = day.household();
    int next = 0; // the first call not yet answered
    const auto answerCalls = [&] {
        while (next < day.calls() && day.callAt(next) <= day.now())
            if (!day.attend(next++))
                return false;
        return true;
    };
    day.sayNow(QCoreApplication::translate("Household", "Parent: balancing the checkbook at %1"));
    if (!day.work(Activity::Checkbook, day.ns(h.checkbook), -1, true))
        return;
    day.sayNow(QCoreApplication::translate("Household", "Parent: checkbook done at %1"));
    if (!answerCalls())
        return;
    day.sayNow(QCoreApplication::translate("Household", "Parent: loading the washer at %1"));
    if (!day.work(Activity::Load, day.ns(h.handling)))
        return;
    day.startMachine(0);
    for (int machine = 0; machine < 2; ++machine) {
        if (!answerCalls())
            return;
        day.say(QCoreApplication::translate("Household", "Parent: standing by the %1 at %2")
                    .arg(machine == 0 ? QCoreApplication::translate("Household", "washer")
                                      : QCoreApplication::translate("Household", "dryer"))
                    .arg(at(day.units(day.now()))));
        if (!day.waitUntil(Activity::StandBy, day.machineEnd(machine)))
            return;
        if (!answerCalls())
            return;
        if (!day.buzz(machine, machine == 0 ? Activity::Move : Activity::Fold))
            return;
        if (machine == 0)
            day.startMachine(1);
    }
    day.sayNow(QCoreApplication::translate("Household", "Parent: laundry done at %1"));
    if (!answerCalls())
        return;
    while (next < day.calls()) {
        if (!day.waitUntil(Activity::Idle, day.callAt(next)) || !answerCalls())
            return;
    }
}

// --- The polling parent -------------------------------------------------------------
// Loads the washer, then works on the checkbook and, every interval, stops to look at
// the machines and the kids (a look costs checkUnits); what a look finds it handles, the
// kids first. With the checkbook done it idles between looks. A look is due interval after
// the last one began, or at once if handling what it found took longer.
void pollingDay(Day &day)
{
    const Household &h = day.household();
    const qint64 interval = day.ns(day.options().interval);
    day.sayNow(QCoreApplication::translate("Household", "Parent: loading the washer at %1"));
    if (!day.work(Activity::Load, day.ns(h.handling)))
        return;
    day.startMachine(0);
    qint64 checkbookLeft = day.ns(h.checkbook);
    bool moved = false;
    bool folded = false;
    int next = 0;
    qint64 nextCheck = interval;
    bool begun = false;
    while (!day.stopped() && (checkbookLeft > 0 || !folded || next < day.calls())) {
        // With less of the checkbook left than a look costs, the parent finishes it first.
        // (Without that rule the microseconds by which each wake-up is late would add up to
        // a sliver of checkbook left when a look comes due, and a whole look before it.)
        const bool almostDone = checkbookLeft > 0 && checkbookLeft < day.ns(checkUnits);
        if (day.now() >= nextCheck && !almostDone) {
            const qint64 start = day.now();
            if (!day.work(Activity::Check, day.ns(checkUnits)))
                return;
            nextCheck = start + interval;
            int found = next;
            while (found < day.calls() && day.callAt(found) <= day.now())
                ++found;
            const bool washer = !moved && day.buzzed(0);
            const bool dryer = moved && !folded && day.buzzed(1);
            if (found == next && !washer && !dryer) {
                day.say(QCoreApplication::translate("Household", "Parent: checking at %1: nothing")
                            .arg(at(day.units(start))));
                continue;
            }
            day.say(QCoreApplication::translate("Household", "Parent: checking at %1")
                        .arg(at(day.units(start))));
            while (next < found)
                if (!day.attend(next++))
                    return;
            if (washer) {
                if (!day.buzz(0, Activity::Move))
                    return;
                day.startMachine(1);
                moved = true;
            }
            if (dryer) {
                if (!day.buzz(1, Activity::Fold))
                    return;
                folded = true;
                day.sayNow(QCoreApplication::translate("Household", "Parent: laundry done at %1"));
            }
        } else if (checkbookLeft > 0) {
            if (!begun)
                day.sayNow(QCoreApplication::translate("Household",
                                                       "Parent: balancing the checkbook at %1"));
            begun = true;
            const qint64 piece =
                almostDone ? checkbookLeft : std::min(checkbookLeft, nextCheck - day.now());
            if (!day.work(Activity::Checkbook, piece, -1, piece == checkbookLeft))
                return;
            checkbookLeft -= piece;
            if (checkbookLeft == 0)
                day.sayNow(
                    QCoreApplication::translate("Household", "Parent: checkbook done at %1"));
        } else if (!day.waitUntil(Activity::Idle, nextCheck)) {
            return;
        }
    }
}

// --- The async parent ---------------------------------------------------------------
// asyncio's answer: the chores and the kids are coroutines on one loop. The parent's own
// work goes in steps with an await between (none with step 0); a buzzer or a call is a
// timer, answered when the loop next gets control.
struct Soon
{
    Time &time;
    bool await_ready() const { return false; }
    void await_suspend(std::coroutine_handle<> h) const { time.resumeSoon(h); }
    void await_resume() const {}
};
struct SleepUntil
{
    Time &time;
    qint64 ns;
    bool await_ready() const { return time.stopped() || ns <= time.now(); }
    void await_suspend(std::coroutine_handle<> h) const { time.resumeAt(ns, h); }
    void await_resume() const {}
};

// py: for piece in pieces: work(piece); await asyncio.sleep(0). The pieces of one chore:
// written out in each coroutine rather than as a coroutine of its own: here (QCoro 0.8,
// GCC 12) a nested task that had suspended on the timers crashed as it ended, resuming an
// awaiter that had already finished. Not looked into further.
class Pieces
{
public:
    Pieces(Day &day, Activity activity, qint64 total, bool completes)
        : m_day(day), m_activity(activity), m_left(total), m_completes(completes),
          m_step(day.ns(day.options().step))
    {}
    bool more() const { return m_left > 0 && !m_day.stopped(); }
    bool awaits() const { return m_step > 0; }
    // One piece of blocking work; false when stopped.
    bool work()
    {
        const qint64 piece = m_step > 0 ? std::min(m_left, m_step) : m_left;
        const bool last = piece == m_left;
        m_left -= piece;
        return m_day.work(m_activity, piece, -1, m_completes && last);
    }

private:
    Day &m_day;
    Activity m_activity;
    qint64 m_left;
    bool m_completes;
    qint64 m_step;
};

// A sleep ends in asyncio in two passes of the loop: the timer's callback runs after the
// callbacks already ready (the chores' next pieces) and completes the sleep's future,
// which wakes the sleeping task on the pass after that. The engine's timers fire after
// the pass that was ready when they came due (Qt delivers its posted events, the ready
// pass among them, before the timer's notifier), which is the first pass; the second is
// this one. Measured on the tutorial's day at 50 ms a unit, pieces of 0.25: the calls
// waited 0.62-0.66 units in Python 3.11.7's asyncio (the same tasks, time.sleep pieces);
// resuming straight from the timer, TaskLanes answered in 0.3, with two passes in 0.8.
#define AS_ASYNCIO_WAKES                                                                           \
    co_await Soon{day.time()};                                                                     \
    if (day.stopped())                                                                             \
        co_return;

#define TASKLANES_IN_STEPS(day, activity, total, completes)                                        \
    for (Pieces pieces(day, activity, total, completes); pieces.more();) {                         \
        if (!pieces.work())                                                                        \
            co_return;                                                                             \
        if (pieces.awaits())                                                                       \
            co_await Soon{day.time()};                                                             \
    }                                                                                              \
    if (day.stopped())                                                                             \
        co_return;

QCoro::Task<> laundry(Day &day)
{
    const Household &h = day.household();
    day.sayNow(QCoreApplication::translate("Household", "Parent: loading the washer at %1"));
    TASKLANES_IN_STEPS(day, Activity::Load, day.ns(h.handling), false)
    day.startMachine(0);
    co_await SleepUntil{day.time(), day.machineEnd(0)}; // py: await asyncio.sleep(washer)
    AS_ASYNCIO_WAKES
    day.sayBuzzed(0);
    TASKLANES_IN_STEPS(day, Activity::Move, day.ns(h.handling), false)
    day.startMachine(1);
    co_await SleepUntil{day.time(), day.machineEnd(1)};
    AS_ASYNCIO_WAKES
    day.sayBuzzed(1);
    TASKLANES_IN_STEPS(day, Activity::Fold, day.ns(h.handling), true)
    day.sayNow(QCoreApplication::translate("Household", "Parent: laundry done at %1"));
}

QCoro::Task<> checkbook(Day &day)
{
    day.sayNow(QCoreApplication::translate("Household", "Parent: balancing the checkbook at %1"));
    TASKLANES_IN_STEPS(day, Activity::Checkbook, day.ns(day.household().checkbook), true)
    day.sayNow(QCoreApplication::translate("Household", "Parent: checkbook done at %1"));
}
#undef TASKLANES_IN_STEPS

QCoro::Task<> kid(Day &day, int call)
{
    co_await SleepUntil{day.time(), day.callAt(call)}; // py: await asyncio.sleep(call_at)
    AS_ASYNCIO_WAKES
    day.attend(call); // attention is given whole: no await inside
}
#undef AS_ASYNCIO_WAKES

void asyncDay(Day &day)
{
    std::vector<QCoro::Task<>> tasks;
    tasks.push_back(laundry(day)); // first: the washer runs while the parent does the rest
    tasks.push_back(checkbook(day));
    for (int call = 0; call < day.calls(); ++call)
        tasks.push_back(kid(day, call));
    day.time().runLoop([&tasks] {
        return std::all_of(tasks.begin(), tasks.end(),
                           [](const QCoro::Task<> &t) { return t.isReady(); });
    });
}

void runModel(Day &day)
{
    switch (day.options().parent) {
    case Parent::Sync:
        syncDay(day);
        break;
    case Parent::Polling:
        pollingDay(day);
        break;
    case Parent::Async:
        asyncDay(day);
        break;
    case Parent::Threads:
        break;
    }
}

// --- The threading parent -----------------------------------------------------------

// What each step of a clone is, for the day's lanes.
struct Role
{
    Activity activity = Activity::Idle;
    int call = -1;
    int machine = -1;  // the StandBy while this machine runs
    bool skip = false; // an acquire that did not wait, a release, a read, a write
    bool completes = false;
};

struct Clones
{
    Scenarios::Scenario scenario;
    QList<QList<Role>> roles; // per task, per step
    int balance = -1;         // the value resource
};

constexpr double startingBalance = 100;
constexpr double payments[2] = {30, 50};

Clones makeClones(const Household &h, bool fix)
{
    using namespace Scenarios;
    Clones c;
    Scenario &s = c.scenario;
    s.title = fix ? u"The threading parent, fixed"_s : u"The threading parent"_s;
    s.resources = {Resource{u"washer"_s, ResourceType::Lock, 0, 0},
                   Resource{u"dryer"_s, ResourceType::Lock, 0, 0},
                   Resource{u"washed"_s, ResourceType::Event, 0, 0},
                   Resource{u"balance"_s, ResourceType::Value, 0, startingBalance}};
    if (fix)
        s.resources.append(Resource{u"checkbook"_s, ResourceType::Lock, 0, 0});
    c.balance = 3;
    const int washer = 0, dryer = 1, washed = 2, checkbookLock = 4;
    const auto step = [](StepKind kind, int resource = -1, double units = 0, double value = 0) {
        Step st;
        st.kind = kind;
        st.resource = resource;
        st.units = units;
        st.value = value;
        return st;
    };
    const auto lockRole = [] { return Role{Activity::WaitLock, -1, -1, true, false}; };
    const auto skip = [] { return Role{Activity::Idle, -1, -1, true, false}; };

    Task washerClone{QCoreApplication::translate("Household", "Parent (washer)"), {}};
    QList<Role> washerRoles;
    const auto add = [](Task &task, QList<Role> &roles, Step st, Role role) {
        task.steps.append(st);
        roles.append(role);
    };
    add(washerClone, washerRoles, step(StepKind::Acquire, washer), lockRole());
    add(washerClone, washerRoles, step(StepKind::Compute, -1, h.handling),
        Role{Activity::Load, -1, -1, false, false});
    add(washerClone, washerRoles, step(StepKind::Sleep, -1, h.washer),
        Role{Activity::StandBy, -1, 0, false, false});
    add(washerClone, washerRoles, step(StepKind::Set, washed), skip());
    add(washerClone, washerRoles, step(StepKind::Acquire, dryer), lockRole());
    add(washerClone, washerRoles, step(StepKind::Compute, -1, h.handling),
        Role{Activity::Move, -1, -1, false, false});
    add(washerClone, washerRoles, step(StepKind::Release, dryer), skip());
    add(washerClone, washerRoles, step(StepKind::Release, washer), skip());

    Task dryerClone{QCoreApplication::translate("Household", "Parent (dryer)"), {}};
    QList<Role> dryerRoles;
    if (!fix) // its own machine first, as each clone would
        add(dryerClone, dryerRoles, step(StepKind::Acquire, dryer), lockRole());
    add(dryerClone, dryerRoles, step(StepKind::Wait, washed),
        Role{Activity::StandBy, -1, -1, false, false});
    add(dryerClone, dryerRoles, step(StepKind::Acquire, washer), lockRole());
    if (fix) // one order for everyone: the washer, then the dryer
        add(dryerClone, dryerRoles, step(StepKind::Acquire, dryer), lockRole());
    add(dryerClone, dryerRoles, step(StepKind::Sleep, -1, h.dryer),
        Role{Activity::StandBy, -1, 1, false, false});
    add(dryerClone, dryerRoles, step(StepKind::Compute, -1, h.handling),
        Role{Activity::Fold, -1, -1, false, true});
    add(dryerClone, dryerRoles, step(StepKind::Release, dryer), skip());
    add(dryerClone, dryerRoles, step(StepKind::Release, washer), skip());

    s.tasks = {washerClone, dryerClone};
    c.roles = {washerRoles, dryerRoles};
    for (int b = 0; b < 2; ++b) {
        Task bills{QCoreApplication::translate("Household", "Parent (bills %1)").arg(b + 1), {}};
        QList<Role> roles;
        if (fix)
            add(bills, roles, step(StepKind::Acquire, checkbookLock), lockRole());
        add(bills, roles, step(StepKind::Read, c.balance), skip());
        add(bills, roles, step(StepKind::Compute, -1, h.checkbook / 2),
            Role{Activity::Checkbook, -1, -1, false, true});
        add(bills, roles, step(StepKind::Write, c.balance, 0, -payments[b]), skip());
        if (fix)
            add(bills, roles, step(StepKind::Release, checkbookLock), skip());
        s.tasks.append(bills);
        c.roles.append(roles);
    }
    // A clone for each kid: it waits for the call and answers it, whoever else calls.
    for (qsizetype call = 0; call < h.kids.size(); ++call) {
        Task kid{QCoreApplication::translate("Household", "Parent (Kid %1)").arg(call + 1), {}};
        QList<Role> roles;
        if (h.kids.at(call) > 0)
            add(kid, roles, step(StepKind::Sleep, -1, h.kids.at(call)),
                Role{Activity::Idle, -1, -1, false, false});
        add(kid, roles, step(StepKind::Compute, -1, h.attention),
            Role{Activity::Attention, int(call), -1, false, false});
        s.tasks.append(kid);
        c.roles.append(roles);
    }
    return c;
}

DayTrace::Data threadsDay(const Household &h, const DayRun &run)
{
    using namespace Scenarios;
    const Clones clones = makeClones(h, run.options.fix);
    RunOptions options;
    options.backend = Backend::Threads;
    options.unitMs = run.options.unitMs;
    options.stop = run.stop;
    if (run.onLine)
        options.onLine = [&run](const ScenarioTrace::Data &data, const LoggedLine &line) {
            run.onLine(lineText(data, line));
        };
    const ScenarioTrace trace = runScenario(clones.scenario, options);
    const auto &sd = trace.data();

    DayTrace::Data d;
    d.options = run.options;
    d.household = h;
    d.totalNs = sd.totalNs;
    d.stopped = sd.outcome == Outcome::Stopped;
    const int clonesCount = int(clones.scenario.tasks.size());
    for (const Task &task : clones.scenario.tasks)
        d.lanes << task.name;
    const quint16 washerLane = quint16(clonesCount), dryerLane = quint16(clonesCount + 1);
    d.lanes << QCoreApplication::translate("Household", "Washer")
            << QCoreApplication::translate("Household", "Dryer");
    for (qsizetype i = 0; i < h.kids.size(); ++i)
        d.lanes << QCoreApplication::translate("Household", "Kid %1").arg(i + 1);
    d.parentLanes = clonesCount;
    d.checkbookParts = 2;
    for (const Resource &r : clones.scenario.resources)
        d.resources << r.name;

    QHash<qint32, const StepSpan *> stepOf; // (lane << 20 | step) -> its span
    for (const StepSpan &st : sd.steps)
        stepOf.insert(qint32(st.lane) << 20 | st.step, &st);
    QList<qint64> attentionStart(h.kids.size(), -1), attentionEnd(h.kids.size(), -1);
    for (qsizetype i = 0; i < sd.spans.size(); ++i) {
        const Span &span = sd.spans.at(i);
        if (span.lane >= clones.roles.size() || span.item < 0 ||
            span.item >= clones.roles.at(span.lane).size())
            continue; // (a state outside any step: none the clones' steps leave)
        const Role &role = clones.roles.at(span.lane).at(span.item);
        const qint64 end = span.end < 0 ? sd.totalNs : span.end;
        const bool waiting = span.state == SpanState::Waiting ||
                             (span.state == SpanState::Failed && sd.waits.contains(qint32(i)));
        DaySpan out;
        out.start = span.start;
        out.end = end;
        out.lane = span.lane;
        out.state = span.state;
        if (waiting && sd.waits.contains(qint32(i))) {
            out.activity =
                role.activity == Activity::StandBy ? Activity::StandBy : Activity::WaitLock;
            out.resource = qint16(sd.waits.value(qint32(i)).resource);
        } else if (role.skip) {
            continue;
        } else {
            out.activity = role.activity;
            out.call = qint16(role.call);
            const StepSpan *st = stepOf.value(qint32(span.lane) << 20 | span.item);
            out.completes = role.completes && st && !st->failed && st->end == span.end;
        }
        if (out.end <= out.start && !out.completes)
            continue;
        d.spans.append(out);
        if (role.activity == Activity::Attention && role.call >= 0 && !waiting) {
            qint64 &first = attentionStart[role.call];
            first = first < 0 ? out.start : std::min(first, out.start);
            attentionEnd[role.call] = std::max(attentionEnd.at(role.call), out.end);
        }
    }
    // The machines run while their clone stands by them.
    for (const StepSpan &st : sd.steps) {
        const Role &role = clones.roles.at(st.lane).at(st.step);
        if (role.machine < 0 || role.activity != Activity::StandBy)
            continue;
        const qint64 end = st.end < 0 ? sd.totalNs : st.end;
        const quint16 lane = role.machine == 0 ? washerLane : dryerLane;
        d.spans.append(DaySpan{st.start, end, lane,
                               role.machine == 0 ? Activity::Washing : Activity::Drying,
                               SpanState::Running, -1, -1, false});
        if (!st.failed && st.end >= 0)
            d.events.append(DayEvent{st.end, lane, false, qint16(role.machine)});
    }
    const double unitNs = double(run.options.unitMs) * 1e6;
    for (qsizetype call = 0; call < h.kids.size(); ++call) {
        const qint64 called = qint64(std::llround(h.kids.at(call) * unitNs));
        if (called > d.totalNs)
            continue;
        const quint16 lane = quint16(clonesCount + 2 + call);
        d.events.append(DayEvent{called, lane, true, qint16(call)});
        const qint64 answered = attentionStart.at(call) < 0 ? d.totalNs : attentionStart.at(call);
        if (answered > called)
            d.spans.append(DaySpan{called, answered, lane, Activity::Calling, SpanState::Waiting,
                                   qint16(call), -1, false});
        if (attentionStart.at(call) >= 0)
            d.spans.append(DaySpan{attentionStart.at(call), attentionEnd.at(call), lane,
                                   Activity::Attended, SpanState::Running, qint16(call), -1,
                                   false});
    }
    d.deadlocks = sd.outcome == Outcome::Deadlock ? 1 : 0;
    if (d.deadlocks)
        d.deadlockText = trace.stuckText();
    for (const ValueResult &value : sd.values) {
        d.lostUpdates += int(value.lost);
        if (value.resource == clones.balance && !d.stopped)
            d.checkbookText = trace.valueText(value);
    }
    for (const LoggedLine &line : sd.lines)
        d.lines.append(trace.lineText(line));
    d.clones = trace;
    return d;
}

// The clones unhindered: each runs its steps at once on a core of its own, a lock goes to
// whoever asked, each kid's clone answers its call as it comes.
Figures idealClones(const Household &h, bool fix)
{
    Figures f;
    const double bothBills = fix ? h.checkbook : h.checkbook / 2;
    f.checkbookDone = bothBills;
    double end = bothBills;
    if (fix) {
        f.laundryDone = 3 * h.handling + h.washer + h.dryer;
        end = std::max(end, *f.laundryDone);
    } else {
        f.deadlocks = 1;
        f.lostUpdates = 1;
        end = std::max(end, h.handling + h.washer);
    }
    for (double call : h.kids) { // each kid has a clone of its own
        f.latencies.append(0.0);
        end = std::max(end, call + h.attention);
    }
    if (!h.kids.isEmpty()) {
        f.latencyMean = 0.0;
        f.latencyWorst = 0.0;
    }
    f.dayEnd = end;
    return f;
}

} // namespace

Status checkOptions(const Household &household, const DayOptions &options)
{
    if (Status ok = validate(household); !ok)
        return ok;
    const double work = household.checkbook + 3 * household.handling +
                        household.attention * double(household.kids.size());
    const double day = work + household.washer + household.dryer +
                       (household.kids.isEmpty() ? 0 : household.kids.last());
    const auto range = [](QLatin1String option, double value, double low, double high) {
        if (std::isfinite(value) && value >= low && value <= high)
            return Status{};
        return Status{
            Error{QCoreApplication::translate("Household",
                                              "--%1: %2 is not a number of units from %3 to %4")
                      .arg(option, std::isfinite(value) ? Scenarios::numberText(value) : u"that"_s,
                           Scenarios::numberText(low), Scenarios::numberText(high))}};
    };
    if (Status ok =
            range("interval"_L1, options.interval, Limits::minInterval, Limits::maxInterval);
        !ok)
        return ok;
    if (options.step != 0)
        if (Status ok = range("step"_L1, options.step, Limits::minStep, Limits::maxStep); !ok)
            return Error{ok.error() + QCoreApplication::translate(
                                          "Household", " (or 0: work that never awaits)")};
    if (options.parent == Parent::Polling && day / options.interval > Limits::maxPieces)
        return Error{QCoreApplication::translate(
                         "Household",
                         "--interval: %1 is too short for this household: about %2 checks, "
                         "more than %3")
                         .arg(Scenarios::numberText(options.interval))
                         .arg(qint64(day / options.interval))
                         .arg(qint64(Limits::maxPieces))};
    if (options.parent == Parent::Async && options.step > 0 &&
        work / options.step > Limits::maxPieces)
        return Error{QCoreApplication::translate(
                         "Household",
                         "--step: %1 is too short for this household: about %2 steps, more "
                         "than %3")
                         .arg(Scenarios::numberText(options.step))
                         .arg(qint64(work / options.step))
                         .arg(qint64(Limits::maxPieces))};
    return {};
}

QList<double> sweepIntervals()
{
    QList<double> intervals;
    for (int i = 1; i <= 20; ++i)
        intervals.append(0.5 * i);
    return intervals;
}

QList<SweepPoint> sweepPolling(const Household &household, const QList<double> &intervals,
                               int unitMs, const CancelToken *stop,
                               const std::function<void(int, int)> &progress)
{
    QList<SweepPoint> points;
    for (double interval : intervals) {
        if (stop && stop->isCancelled())
            break;
        DayRun run;
        run.options.parent = Parent::Polling;
        run.options.interval = interval;
        run.options.unitMs = unitMs;
        run.stop = stop;
        const DayTrace day = runDay(household, run);
        if (day.data().stopped)
            break;
        points.append(SweepPoint{interval, day.figures(), day.data().ideal});
        if (progress)
            progress(int(points.size()), int(intervals.size()));
    }
    return points;
}

Scenarios::Scenario clonesScenario(const Household &household, bool fix)
{
    return makeClones(household, fix).scenario;
}

Figures idealDay(const Household &household, const DayOptions &options)
{
    if (options.parent == Parent::Threads)
        return idealClones(household, options.fix);
    DayRun run;
    run.options = options;
    VirtualTime time;
    Day day(household, run, time, false);
    runModel(day);
    return computeFigures(day.take());
}

DayTrace runDay(const Household &household, const DayRun &run)
{
    DayTrace::Data data;
    if (run.options.parent == Parent::Threads) {
        data = threadsDay(household, run);
    } else {
        RealTime time(run.stop);
        Day day(household, run, time, true);
        runModel(day);
        data = day.take();
    }
    data.ideal = idealDay(household, run.options);
    return finishDay(std::move(data));
}

} // namespace TaskLanes::Home
