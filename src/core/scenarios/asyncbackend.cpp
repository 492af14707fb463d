#include "backends.h"

#include "engine/canceltoken.h"
#include "engine/compute.h"
#include "engine/fetch.h"
#include "engine/timerqueue.h"

#include <QCoreApplication>
#include <QCoroNetworkReply>
#include <QCoroTask>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

#include <coroutine>
#include <vector>

namespace TaskLanes::Scenarios {

namespace {

// The scenario as asyncio runs it: every task a coroutine on one event loop, the
// primitives asyncio's (first come, first served; a waiter resumes on a later pass of the
// loop), a sleep or a fetch awaited, compute and count run on the loop and hold it.
class LoopRun : public QObject
{
public:
    LoopRun(Monitor &monitor, const RunOptions &options, QEventLoop &loop)
        : m_monitor(monitor), m_options(options), m_loop(loop), m_timers(nullptr),
          m_waiting(size_t(monitor.tasks()))
    {
        monitor.realLocks = false;
        // Both are called with the monitor's mutex held: they only post resumptions.
        monitor.wake = [this](int task) {
            if (auto h = std::exchange(m_waiting[size_t(task)], {}))
                m_timers.resumeSoon(h);
        };
        monitor.wakeAll = [this] {
            for (auto &h : m_waiting)
                if (h)
                    m_timers.resumeSoon(std::exchange(h, {}));
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_timers.wakeAll();
                    if (m_network)
                        m_network->abortAll();
                },
                Qt::QueuedConnection);
        };
    }

    void start()
    {
        m_left = m_monitor.tasks();
        for (int t = 0; t < m_monitor.tasks(); ++t)
            m_tasks.push_back(drive(t));
    }

private:
    // co_await Granted{...}: suspends until the monitor grants the task's wait (or the
    // run ends).
    struct Granted
    {
        LoopRun &run;
        int task;
        bool await_ready() const { return false; }
        void await_suspend(std::coroutine_handle<> h) const { run.m_waiting[size_t(task)] = h; }
        void await_resume() const {}
    };
    struct SleepUntil
    {
        LoopRun &run;
        Monitor::Clock::time_point due;
        bool await_ready() const { return run.m_monitor.aborted(); }
        void await_suspend(std::coroutine_handle<> h) const { run.m_timers.resumeAt(due, h); }
        void await_resume() const {}
    };

    QCoro::Task<> drive(int t)
    {
        co_await task(t);
        if (--m_left == 0)
            m_loop.quit();
    }

    // py: async with lock / await sem.acquire() / await event.wait() / await q.get() ...
    // false when the run ended first.
    QCoro::Task<bool> waitFor(int t, WaitKind kind, int r)
    {
        {
            const QMutexLocker locked(&m_monitor.mutex());
            if (m_monitor.tryLocked(t, kind, r))
                co_return true;
            m_monitor.waitLocked(t, kind, r);
        }
        co_await Granted{*this, t};
        const QMutexLocker locked(&m_monitor.mutex());
        if (!m_monitor.grantedLocked(t))
            co_return false;
        m_monitor.endWaitLocked(t);
        co_return true;
    }

    QCoro::Task<bool> conditionWait(int t, const FlatStep &s)
    {
        // py: async with cond: await cond.wait()  /  await cond.wait_for(predicate)
        for (;;) {
            {
                const QMutexLocker locked(&m_monitor.mutex());
                if (s.until >= 0 && m_monitor.valueLocked(s.until) >= s.atLeast)
                    co_return true;
                m_monitor.releaseLocked(t, s.resource);
                m_monitor.waitLocked(t, WaitKind::Notify, s.resource);
            }
            co_await Granted{*this, t};
            {
                const QMutexLocker locked(&m_monitor.mutex());
                if (!m_monitor.grantedLocked(t))
                    co_return false;
                m_monitor.endWaitLocked(t);
            }
            if (!co_await waitFor(t, WaitKind::Lock, s.resource))
                co_return false;
            if (s.until < 0)
                co_return true;
        }
    }

    QCoro::Task<> task(int t)
    {
        for (;;) {
            FlatStep s;
            {
                const QMutexLocker locked(&m_monitor.mutex());
                if (m_monitor.aborted() || m_monitor.atEnd(t))
                    break;
                s = m_monitor.step(t);
                const bool waits = s.kind == StepKind::Sleep || s.kind == StepKind::Fetch;
                m_monitor.beginStepLocked(t, waits ? SpanState::Awaiting : SpanState::Running);
            }
            const int r = s.resource;
            bool ok = true;
            switch (s.kind) {
            case StepKind::Acquire:
                ok = co_await waitFor(t,
                                      m_monitor.resource(r).type == ResourceType::Semaphore
                                          ? WaitKind::Semaphore
                                          : WaitKind::Lock,
                                      r);
                break;
            case StepKind::Release: {
                const QMutexLocker locked(&m_monitor.mutex());
                m_monitor.releaseLocked(t, r);
                break;
            }
            case StepKind::Wait: {
                const ResourceType type = m_monitor.resource(r).type;
                if (type == ResourceType::Event)
                    ok = co_await waitFor(t, WaitKind::Event, r);
                else if (type == ResourceType::Barrier)
                    ok = co_await waitFor(t, WaitKind::Barrier, r);
                else
                    ok = co_await conditionWait(t, s);
                break;
            }
            case StepKind::Set:
            case StepKind::Clear:
            case StepKind::Notify:
            case StepKind::NotifyAll:
            case StepKind::Read:
            case StepKind::Write: {
                const QMutexLocker locked(&m_monitor.mutex());
                if (s.kind == StepKind::Set)
                    m_monitor.setLocked(t, r);
                else if (s.kind == StepKind::Clear)
                    m_monitor.clearLocked(t, r);
                else if (s.kind == StepKind::Read)
                    m_monitor.readLocked(t, r);
                else if (s.kind == StepKind::Write)
                    m_monitor.writeLocked(t, r, s.value);
                else
                    m_monitor.notifyLocked(t, r, s.kind == StepKind::NotifyAll);
                break;
            }
            case StepKind::Put:
                ok = co_await waitFor(t, WaitKind::Put, r);
                break;
            case StepKind::Get:
                ok = co_await waitFor(t, WaitKind::Get, r);
                break;
            case StepKind::Join:
                ok = co_await waitFor(t, WaitKind::Join, r);
                break;
            case StepKind::TaskDone: {
                const QMutexLocker locked(&m_monitor.mutex());
                ok = m_monitor.taskDoneLocked(t, r);
                break;
            }
            case StepKind::Sleep: {
                // py: await asyncio.sleep(units)
                const auto due =
                    Monitor::Clock::now() +
                    std::chrono::nanoseconds(qint64(s.units * m_monitor.unitMs() * 1e6));
                const qint64 dueNs = m_monitor.now() + qint64(s.units * m_monitor.unitMs() * 1e6);
                co_await SleepUntil{*this, due};
                const QMutexLocker locked(&m_monitor.mutex());
                ok = !m_monitor.aborted();
                if (ok && m_monitor.loopHeldUntilLocked() > dueNs)
                    m_monitor.setStateLocked(t, SpanState::Ready, WaitingFor::Loop, dueNs);
                break;
            }
            case StepKind::Compute:
            case StepKind::Count: {
                // Python on the loop: nothing else runs until it ends.
                ok = ComputeWork::run(quint64(s.units * double(m_monitor.opsPerUnit())),
                                      m_options.stop);
                const QMutexLocker locked(&m_monitor.mutex());
                m_monitor.loopHeldUntilNowLocked();
                break;
            }
            case StepKind::Fetch: {
                // py: async with session.get(url) as response: await response.read()
                if (!m_network)
                    m_network = new NetworkPool(this);
                QNetworkReply *reply = m_network->get(s.url, m_monitor.timeoutMs());
                co_await reply;
                const FetchResult result =
                    fetchResult(reply, m_monitor.timeoutMs(), m_monitor.aborted());
                reply->deleteLater();
                const QMutexLocker locked(&m_monitor.mutex());
                if (!result.ok && !m_monitor.aborted()) {
                    m_monitor.failStepLocked(t, result.error.text());
                    ok = false;
                }
                break;
            }
            case StepKind::Repeat:
                break;
            }
            const QMutexLocker locked(&m_monitor.mutex());
            if (!ok || m_monitor.aborted())
                break;
            m_monitor.endStepLocked(t);
        }
        const QMutexLocker locked(&m_monitor.mutex());
        m_monitor.finishTaskLocked(t);
    }

    Monitor &m_monitor;
    const RunOptions &m_options;
    QEventLoop &m_loop;
    TimerQueue m_timers;
    NetworkPool *m_network = nullptr;
    std::vector<std::coroutine_handle<>> m_waiting;
    std::vector<QCoro::Task<>> m_tasks;
    int m_left = 0;
};

} // namespace

void runOnLoop(Monitor &monitor, const RunOptions &options)
{
    QEventLoop loop;
    LoopRun run(monitor, options, loop);
    QTimer watchdog;
    watchdog.setInterval(stuckCheckMs);
    QObject::connect(&watchdog, &QTimer::timeout, &loop,
                     [&] { monitor.check(options.stop && options.stop->isCancelled()); });
    watchdog.start();
    // The tasks start on the loop's first pass, as asyncio.gather schedules them.
    QMetaObject::invokeMethod(
        &loop, [&run] { run.start(); }, Qt::QueuedConnection);
    loop.exec();
    watchdog.stop();
}

} // namespace TaskLanes::Scenarios
