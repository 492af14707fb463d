#pragma once

#include "canceltoken.h"
#include "fetch.h"
#include "timerqueue.h"

#include "domain/tracerecorder.h"
#include "domain/workqueue.h"

#include <QCoroTask>
#include <QObject>

#include <atomic>
#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

namespace TaskLanes {

// How one item went: the span its elapsed time is measured from, and why it failed.
struct ItemOutcome
{
    qint32 firstSpan = -1;
    std::optional<ItemError> error;
};

// Everything a model's tasks touch: the shared work queue, the clock, the trace, and the
// three ways to spend a unit of time (count on the CPU, block, await). Lives on the
// engine thread; take(), the trace and the blocking calls are safe from any thread.
class RunContext : public QObject
{
    Q_OBJECT
public:
    using Clock = std::chrono::steady_clock;

    RunContext(const WorkQueue &queue, int unitMs, int timeoutMs, TraceRecorder &recorder,
               CancelToken &cancel, QObject *parent = nullptr);
    ~RunContext() override;

    int tasks() const { return m_queue.tasks; }
    const WorkItem &item(qint32 index) const { return m_queue.items.at(index); }
    qint32 itemCount() const { return qint32(m_queue.items.size()); }
    Clock::duration unit() const { return m_unit; }
    int timeoutMs() const { return m_timeoutMs; }
    // How long a thread may keep a GIL another thread asks for (sys.setswitchinterval).
    int switchIntervalMs() const { return m_switchIntervalMs; }
    void setSwitchIntervalMs(int ms) { m_switchIntervalMs = ms; }
    bool cancelled() const { return m_cancel.isCancelled(); }

    // The queue, first in first out.
    std::optional<qint32> take();
    bool queueEmpty() const;

    void say(int lane, LineKind kind, qint32 ref = -1) { m_recorder.line(lane, kind, ref); }
    // "Task One running", or for a fetch "Task One getting URL: ...".
    void sayStart(int lane, qint32 item);
    qint32 beginSpan(int lane, qint32 item, SpanState state,
                     WaitingFor waitingFor = WaitingFor::Nothing)
    {
        return m_recorder.beginSpan(lane, item, state, waitingFor);
    }
    void endSpan(qint32 span) { m_recorder.endSpan(span); }
    void failSpan(qint32 span, const ItemError &error) { m_recorder.failSpan(span, error); }
    // An item is over: its span fails if it went wrong, the item counts as done, and its
    // task prints what Python would: the total for a count item ("Task One total: 15"),
    // else the elapsed time.
    void finishItem(int lane, qint32 item, const ItemOutcome &outcome);
    TraceRecorder &recorder() { return m_recorder; }
    CancelToken &cancelToken() { return m_cancel; }
    // Called by each lane as it ends (any thread); allLanesFinished comes, queued on this
    // context's thread, once every lane has.
    void laneFinished();

    // Real CPU work (it counts) until the deadline; false when stopped first.
    bool countUntil(Clock::time_point deadline);
    // Any item done to its end on this thread, which it holds meanwhile, as sequential
    // Python does it: a count item counts step by step (each step one unit from the span's
    // start), a compute item computes (both running), a sleep or fetch blocks (blocked).
    ItemOutcome doBlocking(int lane, qint32 item);
    // A count or compute item as a fixed amount of calibrated work (computeOpsPerUnit a
    // unit), in one running span: on a thread that shares the cores, contention makes it
    // take longer, which is the lesson of threads.
    ItemOutcome doCpuWork(int lane, qint32 item);
    // Blocks this thread for the given units: nothing else on it runs meanwhile.
    bool blockFor(qint64 units);
    // Suspends the calling coroutine for the given units and returns to the event loop,
    // which runs other coroutines meanwhile (zero units: it goes to the back of the ready
    // ones, as asyncio.sleep(0)). co_awaits to false when stopped first.
    struct Sleep
    {
        RunContext &ctx;
        qint64 units;
        bool await_ready() const { return ctx.cancelled(); }
        void await_suspend(std::coroutine_handle<> coroutine) const
        {
            if (units <= 0)
                ctx.m_timers.resumeSoon(coroutine);
            else
                ctx.m_timers.resumeAt(Clock::now() + units * ctx.m_unit, coroutine);
        }
        bool await_resume() const { return !ctx.cancelled(); }
    };
    Sleep sleepFor(qint64 units) { return {*this, units}; }
    // The run's clock (nanoseconds from its start) at a time point.
    qint64 runNs(Clock::time_point t) const
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(t - m_recorder.origin())
            .count();
    }

    // The one event loop of async models. A task that does CPU work (or blocks) on it
    // holds every other task: it says so when it is done (loopHeldUntilNow), and a task
    // the loop could have resumed at readyNs records the time until it ran as ready,
    // waiting for the loop (readyOnLoop), if the loop was held meanwhile.
    void loopHeldUntilNow() { m_loopHeldUntil = m_recorder.nowNs(); }
    void readyOnLoop(int lane, qint32 item, qint64 readyNs);
    // A sleep item awaited without blocking (asyncio.sleep): an awaiting span to its
    // deadline, then ready for as long as the loop was held past it. In two halves around
    // co_await sleepFor(units), so that a million sleeps need no coroutine frame each:
    //   const auto sleep = ctx.beginSleep(lane, item);
    //   if (!co_await ctx.sleepFor(units)) ...stopped...
    //   outcome = ctx.endSleep(lane, item, sleep);
    struct AwaitedSleep
    {
        qint32 span;
        Clock::time_point due;
    };
    AwaitedSleep beginSleep(int lane, qint32 item);
    ItemOutcome endSleep(int lane, qint32 item, const AwaitedSleep &sleep);
    // Operations in one unit of compute work (calibrated once per process); 0 when the
    // queue has no count or compute items, so that runs that never compute do not
    // calibrate. Worked out once per run, on the first call.
    quint64 computeOpsPerUnit() const;

    // A GET of the whole body that returns to the event loop while it waits (other
    // coroutines run meanwhile). Failures are results, never exceptions.
    QCoro::Task<FetchResult> fetch(const QString &url);
    // A fetch item awaited as aiohttp's session does it: at most maxRequestsInFlight at
    // once; a request beyond them first awaits a free connection (an awaiting span,
    // waiting for a connection), first come first served. A failure fails the GET's span.
    QCoro::Task<ItemOutcome> awaitFetch(int lane, qint32 item);
    // The same, but this thread blocks until the body is in: nothing else on it runs.
    FetchResult fetchBlocking(const QString &url);
    // A sleep or fetch item as one blocking call on this thread, in one blocked span.
    ItemOutcome blockingCall(int lane, qint32 item);

    // Resumes every pending sleepFor and fetch at once (called on this thread after a stop).
    void wakeSleepers()
    {
        m_timers.wakeAll();
        while (!m_waitingForConnection.empty()) {
            m_timers.resumeSoon(m_waitingForConnection.front());
            m_waitingForConnection.pop_front();
        }
        Q_EMIT wakeRequested();
    }

Q_SIGNALS:
    void wakeRequested();
    // The system refused a thread Qt's network code needed: no request can go on.
    void networkRefused();
    void allLanesFinished();

private:
    const WorkQueue &m_queue;
    Clock::duration m_unit;
    int m_timeoutMs;
    int m_switchIntervalMs = Limits::defaultSwitchIntervalMs;
    TraceRecorder &m_recorder;
    CancelToken &m_cancel;
    std::mutex m_queueMutex;
    std::atomic<qsizetype> m_next{0};
    quint64 m_counted = 0; // where counting goes, so the compiler cannot drop the work
    std::atomic_int m_lanesLeft;
    std::mutex m_blockingMutex;
    NetworkPool *m_network = nullptr;
    int m_inFlight = 0; // the event loop's requests
    std::deque<std::coroutine_handle<>> m_waitingForConnection;
    struct ConnectionFree
    {
        RunContext &ctx;
        bool await_ready() const { return ctx.cancelled(); }
        void await_suspend(std::coroutine_handle<> h) const
        {
            ctx.m_waitingForConnection.push_back(h);
        }
        void await_resume() const {}
    };
    bool m_networkRefused = false;
    std::unique_ptr<BlockingFetcher> m_blocking;
    TimerQueue m_timers;
    qint64 m_loopHeldUntil = -1;
    mutable std::once_flag m_opsOnce;
    mutable quint64 m_opsPerUnit = 0;
};

} // namespace TaskLanes
