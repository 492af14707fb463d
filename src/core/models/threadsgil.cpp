// threads-gil: the threads model under one global interpreter lock, as in standard CPython.
#include "notes.h"
#include "schedules.h"

#include "engine/compute.h"
#include "engine/threadlanes.h"

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

// CPython's GIL (Python/ceval_gil.c) in miniature. A thread runs Python only while it holds
// the lock. One that wants it waits; if the holder has not let go within the switch
// interval, the waiter asks it to (the drop request), and the holder, which looks for that
// request between small slices of work, lets go and waits until another thread has taken
// it (FORCE_SWITCHING), then queues for it again. A thread going into a blocking call lets
// go of it and must take it back afterwards. Each wait is a ready span, waiting for the GIL.
class Gil
{
public:
    Gil(RunContext &ctx) : m_ctx(ctx), m_interval(std::chrono::milliseconds(ctx.switchIntervalMs()))
    {}

    // take_gil. False when the run was stopped first (the ready span is left open: the
    // run's end marks it stopped).
    bool take(int lane, qint32 item)
    {
        std::unique_lock lock(m_mutex);
        return acquire(lock, lane, item, -1);
    }

    // drop_gil, for a blocking call or the end of the thread.
    void drop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_locked = false;
        }
        m_cond.notify_one();
    }

    // The eval breaker: whether another thread asked for the lock.
    const std::atomic_bool &dropRequest() const { return m_dropRequest; }

    // The holder honours a drop request: lets go, waits for another thread to take the
    // lock, and queues for it again, ready all the while.
    bool yield(int lane, qint32 item)
    {
        std::unique_lock lock(m_mutex);
        m_locked = false;
        m_cond.notify_one();
        const qint32 span = m_ctx.beginSpan(lane, item, SpanState::Ready, WaitingFor::Gil);
        const quint64 seen = m_switches;
        while (m_switches == seen && m_dropRequest.load()) {
            if (m_ctx.cancelled())
                return false;
            m_switched.wait_for(lock, stopCheck);
        }
        return acquire(lock, lane, item, span);
    }

private:
    // After a stop nobody needs the lock: every waiter looks at least this often.
    static constexpr std::chrono::milliseconds stopCheck{10};

    bool acquire(std::unique_lock<std::mutex> &lock, int lane, qint32 item, qint32 span)
    {
        if (m_locked && span < 0)
            span = m_ctx.beginSpan(lane, item, SpanState::Ready, WaitingFor::Gil);
        while (m_locked) {
            const quint64 seen = m_switches;
            const auto deadline = std::chrono::steady_clock::now() + m_interval;
            while (m_locked && m_switches == seen) {
                if (m_ctx.cancelled())
                    return false;
                const auto now = std::chrono::steady_clock::now();
                if (now >= deadline) {
                    // A whole interval without a switch: ask the holder to let go.
                    m_dropRequest.store(true);
                    break;
                }
                m_cond.wait_until(lock, std::min(deadline, now + stopCheck));
            }
            if (m_locked)
                m_cond.wait_for(lock, stopCheck, [this] { return !m_locked; });
        }
        m_locked = true;
        ++m_switches;
        m_dropRequest.store(false);
        m_switched.notify_all();
        if (span >= 0)
            m_ctx.endSpan(span);
        return !m_ctx.cancelled();
    }

    RunContext &m_ctx;
    const std::chrono::nanoseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_cond;     // the lock was let go
    std::condition_variable m_switched; // another thread took it
    bool m_locked = false;
    quint64 m_switches = 0;
    std::atomic_bool m_dropRequest{false};
};

// Count and compute are Python: they run only while the thread holds the GIL, in running
// spans cut wherever another thread asked for the lock.
ItemOutcome cpuUnderGil(RunContext &ctx, Gil &gil, int lane, qint32 item)
{
    const quint64 total = quint64(ctx.item(item).units) * ctx.computeOpsPerUnit();
    ItemOutcome outcome{ctx.beginSpan(lane, item, SpanState::Running), {}};
    qint32 running = outcome.firstSpan;
    quint64 done = 0;
    for (;;) {
        done += ComputeWork::runUntil(total - done, gil.dropRequest(), &ctx.cancelToken());
        if (ctx.cancelled())
            return outcome; // the open span is marked stopped at the run's end
        ctx.endSpan(running);
        if (done >= total)
            return outcome;
        if (!gil.yield(lane, item))
            return outcome;
        running = ctx.beginSpan(lane, item, SpanState::Running);
    }
}

QCoro::Task<> run(RunContext &ctx)
{
    Gil gil(ctx);
    co_await runThreadLanes(ctx, {.doItem =
                                      [&ctx, &gil](int lane, qint32 item) {
                                          if (isCpuWork(ctx.item(item).kind))
                                              return cpuUnderGil(ctx, gil, lane, item);
                                          // py: time.sleep(delay) releases the GIL, and takes it
                                          // back after
                                          gil.drop();
                                          ItemOutcome outcome = ctx.blockingCall(lane, item);
                                          if (!ctx.cancelled())
                                              gil.take(lane, item);
                                          return outcome;
                                      },
                                  .begin = [&gil](int lane) { return gil.take(lane, -1); },
                                  .end = [&gil](int) { gil.drop(); }});
}

} // namespace

extern const Model threadsGilModel{
    .id = u"threads-gil"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Threads under a GIL"),
    .explanation = QT_TRANSLATE_NOOP(
        "Variant", "Threads again, under one global interpreter lock as in standard CPython: a "
                   "thread counts or computes only while it holds the GIL. A thread that wants it "
                   "asks, and the holder lets go at the next switch interval (5 ms unless set "
                   "otherwise), so computing threads take turns in slices and gain nothing. Sleeps "
                   "and fetches let go of it and overlap, but a thread coming back from one must "
                   "take the GIL again: behind a computing thread it waits, ready, for up to a "
                   "switch interval (the convoy)."),
    .accepts = allKinds,
    .naturalKind = WorkKind::Sleep,
    .defaultQueue = DefaultQueue::Tutorial,
    .printsTotal = true,
    .deterministicLines = false, // the threads race for the queue and the lock
    .usesSwitchInterval = true,
    .run = run,
    .ideal = Schedules::parallelOnOneCore,
    .notes = Notes::gil,
};

} // namespace TaskLanes::Models
