#include "backends.h"

#include "engine/canceltoken.h"
#include "engine/compute.h"
#include "engine/fetch.h"
#include "engine/threadstarts.h"
#include "engine/timerqueue.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QRecursiveMutex>
#include <QSemaphore>
#include <QThreadPool>
#include <QTimer>
#include <QWaitCondition>

#include <memory>

#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TaskLanes::Scenarios {

namespace {

// While it waits in Qt's lock or semaphore, a thread looks up this often to see whether
// the run is ending (a deadlock is only ended from outside).
constexpr int pollMs = 5;

// The scenario on one OS thread per task, as Python's threading runs it: each lock a
// QMutex (an rlock a QRecursiveMutex), each semaphore a QSemaphore; events, conditions,
// barriers and queues wait on a QWaitCondition per task over the monitor's mutex, as
// Python builds them on a Condition over a Lock.
class ThreadsRun
{
public:
    ThreadsRun(Monitor &monitor, const RunOptions &options) : m_monitor(monitor), m_options(options)
    {
        const Scenario &scenario = monitor.scenario();
        for (const Resource &resource : scenario.resources) {
            m_mutexes.push_back(resource.type == ResourceType::Lock ||
                                        resource.type == ResourceType::Condition
                                    ? std::make_unique<QMutex>()
                                    : nullptr);
            m_recursive.push_back(resource.type == ResourceType::RLock
                                      ? std::make_unique<QRecursiveMutex>()
                                      : nullptr);
            m_semaphores.push_back(resource.type == ResourceType::Semaphore
                                       ? std::make_unique<QSemaphore>(int(resource.count))
                                       : nullptr);
        }
        for (int t = 0; t < monitor.tasks(); ++t)
            m_wakeups.push_back(std::make_unique<QWaitCondition>());
        monitor.realLocks = true;
        monitor.wake = [this](int task) { m_wakeups[size_t(task)]->wakeAll(); };
        monitor.wakeAll = [this] {
            m_stop.cancel();
            for (auto &cv : m_wakeups)
                cv->wakeAll();
        };
    }

    // Runs task t to its end; false if it had ended already (its thread was refused).
    bool task(int t);
    CancelToken &stop() { return m_stop; }

private:
    bool tryNow(int r)
    {
        if (m_semaphores[size_t(r)])
            return m_semaphores[size_t(r)]->tryAcquire();
        if (m_recursive[size_t(r)])
            return m_recursive[size_t(r)]->tryLock();
        return m_mutexes[size_t(r)]->tryLock();
    }
    bool tryFor(int r, int ms)
    {
        if (m_semaphores[size_t(r)])
            return m_semaphores[size_t(r)]->tryAcquire(1, ms);
        if (m_recursive[size_t(r)])
            return m_recursive[size_t(r)]->tryLock(ms);
        return m_mutexes[size_t(r)]->tryLock(ms);
    }
    void letGo(int r)
    {
        if (m_semaphores[size_t(r)])
            m_semaphores[size_t(r)]->release();
        else if (m_recursive[size_t(r)])
            m_recursive[size_t(r)]->unlock();
        else
            m_mutexes[size_t(r)]->unlock();
    }
    // acquire, in Qt's primitive; false when the run ended first.
    bool acquire(int t, int r, QMutexLocker<QMutex> &locked, QList<int> &held);
    // A wait the monitor grants (event, condition, barrier, queue); false when the run
    // ended first.
    bool waitGranted(int t, WaitKind kind, int r, QMutexLocker<QMutex> &locked);

    Monitor &m_monitor;
    const RunOptions &m_options;
    CancelToken m_stop;
    std::unique_ptr<BlockingFetcher> m_fetcher;
    QMutex m_fetcherMutex;
    std::vector<std::unique_ptr<QMutex>> m_mutexes;
    std::vector<std::unique_ptr<QRecursiveMutex>> m_recursive;
    std::vector<std::unique_ptr<QSemaphore>> m_semaphores;
    std::vector<std::unique_ptr<QWaitCondition>> m_wakeups;
};

bool ThreadsRun::acquire(int t, int r, QMutexLocker<QMutex> &locked, QList<int> &held)
{
    const WaitKind kind = m_semaphores[size_t(r)] ? WaitKind::Semaphore : WaitKind::Lock;
    locked.unlock();
    bool got = tryNow(r);
    locked.relock();
    if (got) {
        m_monitor.realAcquiredLocked(t, r, false);
    } else {
        m_monitor.realWaitLocked(t, kind, r);
        locked.unlock();
        while (!(got = tryFor(r, pollMs)) && !m_monitor.aborted()) {
        }
        locked.relock();
        if (got)
            m_monitor.realAcquiredLocked(t, r, true);
    }
    if (got && kind == WaitKind::Lock)
        held.append(r);
    return got;
}

bool ThreadsRun::waitGranted(int t, WaitKind kind, int r, QMutexLocker<QMutex> &locked)
{
    if (m_monitor.tryLocked(t, kind, r))
        return true;
    m_monitor.waitLocked(t, kind, r);
    while (!m_monitor.grantedLocked(t) && !m_monitor.aborted())
        m_wakeups[size_t(t)]->wait(locked.mutex());
    if (!m_monitor.grantedLocked(t))
        return false;
    m_monitor.endWaitLocked(t);
    return true;
}

bool ThreadsRun::task(int t)
{
    usePreciseTimers(); // its sleeps end on time
    QList<int> held;    // the locks this thread holds, in Qt's primitives
    QMutexLocker locked(&m_monitor.mutex());
    if (m_monitor.finishedLocked(t))
        return false;
    m_monitor.setLaneWorkerLocked(t, qint64(::syscall(SYS_gettid)), u"os_tid"_s);
    const auto endAt = [](qint64 ns) {
        return std::chrono::steady_clock::now() + std::chrono::nanoseconds(ns);
    };
    while (!m_monitor.aborted() && !m_monitor.atEnd(t)) {
        const FlatStep s = m_monitor.step(t);
        const int r = s.resource;
        bool ok = true;
        switch (s.kind) {
        case StepKind::Acquire:
            m_monitor.beginStepLocked(t, SpanState::Running);
            ok = acquire(t, r, locked, held);
            break;
        case StepKind::Release:
            m_monitor.beginStepLocked(t, SpanState::Running);
            m_monitor.releaseLocked(t, r);
            locked.unlock();
            letGo(r);
            locked.relock();
            if (!m_semaphores[size_t(r)])
                held.removeOne(r);
            break;
        case StepKind::Wait: {
            m_monitor.beginStepLocked(t, SpanState::Running);
            const ResourceType type = m_monitor.resource(r).type;
            if (type == ResourceType::Event) {
                ok = waitGranted(t, WaitKind::Event, r, locked);
            } else if (type == ResourceType::Barrier) {
                ok = waitGranted(t, WaitKind::Barrier, r, locked);
            } else { // py: with cond: cond.wait() / cond.wait_for(lambda: value >= n)
                while (ok && !(s.until >= 0 && m_monitor.valueLocked(s.until) >= s.atLeast)) {
                    m_monitor.releaseLocked(t, r);
                    m_monitor.waitLocked(t, WaitKind::Notify, r);
                    locked.unlock();
                    m_mutexes[size_t(r)]->unlock();
                    locked.relock();
                    held.removeOne(r);
                    while (!m_monitor.grantedLocked(t) && !m_monitor.aborted())
                        m_wakeups[size_t(t)]->wait(locked.mutex());
                    ok = m_monitor.grantedLocked(t);
                    if (!ok)
                        break;
                    m_monitor.endWaitLocked(t);
                    ok = acquire(t, r, locked, held);
                    if (s.until < 0)
                        break;
                }
            }
            break;
        }
        case StepKind::Set:
            m_monitor.beginStepLocked(t, SpanState::Running);
            m_monitor.setLocked(t, r);
            break;
        case StepKind::Clear:
            m_monitor.beginStepLocked(t, SpanState::Running);
            m_monitor.clearLocked(t, r);
            break;
        case StepKind::Notify:
        case StepKind::NotifyAll:
            m_monitor.beginStepLocked(t, SpanState::Running);
            m_monitor.notifyLocked(t, r, s.kind == StepKind::NotifyAll);
            break;
        case StepKind::Put:
        case StepKind::Get:
        case StepKind::Join:
            m_monitor.beginStepLocked(t, SpanState::Running);
            ok = waitGranted(t,
                             s.kind == StepKind::Put   ? WaitKind::Put
                             : s.kind == StepKind::Get ? WaitKind::Get
                                                       : WaitKind::Join,
                             r, locked);
            break;
        case StepKind::TaskDone:
            m_monitor.beginStepLocked(t, SpanState::Running);
            ok = m_monitor.taskDoneLocked(t, r);
            break;
        case StepKind::Read:
            m_monitor.beginStepLocked(t, SpanState::Running);
            m_monitor.readLocked(t, r);
            break;
        case StepKind::Write:
            m_monitor.beginStepLocked(t, SpanState::Running);
            m_monitor.writeLocked(t, r, s.value);
            break;
        case StepKind::Sleep: {
            m_monitor.beginStepLocked(t, SpanState::Blocked);
            const auto deadline = endAt(qint64(s.units * m_monitor.unitMs() * 1e6));
            locked.unlock();
            ok = m_stop.waitUntil(deadline);
            locked.relock();
            break;
        }
        case StepKind::Compute:
        case StepKind::Count: {
            m_monitor.beginStepLocked(t, SpanState::Running);
            const auto ops = quint64(s.units * double(m_monitor.opsPerUnit()));
            locked.unlock();
            ok = ComputeWork::run(ops, &m_stop);
            locked.relock();
            break;
        }
        case StepKind::Fetch: {
            m_monitor.beginStepLocked(t, SpanState::Blocked);
            locked.unlock();
            {
                const QMutexLocker once(&m_fetcherMutex);
                if (!m_fetcher)
                    m_fetcher = std::make_unique<BlockingFetcher>(m_stop);
            }
            const FetchResult result = m_fetcher->get(s.url, m_monitor.timeoutMs());
            locked.relock();
            if (!result.ok && !m_monitor.aborted()) {
                m_monitor.failStepLocked(t, result.error.text());
                ok = false;
            }
            break;
        }
        case StepKind::Repeat:
            break; // unrolled
        }
        if (!ok || m_monitor.aborted())
            break;
        m_monitor.endStepLocked(t);
    }
    m_monitor.finishTaskLocked(t);
    if (m_monitor.allFinishedLocked())
        for (auto &cv : m_wakeups)
            cv->wakeAll();
    // A thread that ends holding a lock keeps it, as in Python, until the run is over;
    // then it lets go of it here, on its own thread, as Qt's mutexes require.
    while (!held.isEmpty() && !m_monitor.allFinishedLocked())
        m_wakeups[size_t(t)]->wait(locked.mutex());
    locked.unlock();
    for (int r : held)
        letGo(r);
    return true;
}

} // namespace

void runOnThreads(Monitor &monitor, const RunOptions &options)
{
    ThreadsRun run(monitor, options);
    QEventLoop loop;
    std::atomic_int left{monitor.tasks()};
    const auto ended = [&] {
        if (left.fetch_sub(1) == 1)
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    };
    auto pool = std::make_unique<QThreadPool>();
    pool->setMaxThreadCount(monitor.tasks());
    pool->setStackSize(512 * 1024);
    int refused = 0;
    for (int t = 0; t < monitor.tasks(); ++t) {
        const ThreadStartWatch watch;
        pool->start([&run, &ended, t] {
            if (run.task(t))
                ended();
        });
        if (watch.failures() > 0) {
            ++refused;
            const QMutexLocker locked(&monitor.mutex());
            monitor.failStepLocked(
                t, QCoreApplication::translate("Scenario", "the system would not start a thread"));
            monitor.finishTaskLocked(t);
            ended();
        }
    }
    QTimer watchdog;
    watchdog.setInterval(stuckCheckMs);
    QObject::connect(&watchdog, &QTimer::timeout, &loop,
                     [&] { monitor.check(options.stop && options.stop->isCancelled()); });
    watchdog.start();
    if (left.load() > 0)
        loop.exec();
    watchdog.stop();
    if (refused > 0) {
        // Its waitForDone (and so its destructor) would wait for the threads that never
        // started: the pool is left to the end of the process, without the tasks it never
        // ran (a thread that frees up must not start one once this run is gone).
        pool->clear();
        (void)pool.release();
        return;
    }
    pool->waitForDone();
}

} // namespace TaskLanes::Scenarios
