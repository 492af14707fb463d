#include "timerqueue.h"

#include "domain/idealschedule.h"

#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <atomic>

#include <sys/prctl.h>
#include <sys/timerfd.h>
#include <unistd.h>

namespace TaskLanes {

namespace {
std::atomic_int g_timedWaits{0};
} // namespace

TimedWait::TimedWait()
{
    g_timedWaits.fetch_add(1, std::memory_order_relaxed);
}

TimedWait::~TimedWait()
{
    g_timedWaits.fetch_sub(1, std::memory_order_relaxed);
}

bool TimedWait::maySpin() const
{
    static const int cores = idealCores();
    return g_timedWaits.load(std::memory_order_relaxed) <= cores;
}

void usePreciseTimers()
{
    ::prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
}

TimerQueue::TimerQueue(QObject *parent, bool useTimerfd) : QObject(parent)
{
    if (useTimerfd)
        m_fd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_fd >= 0) {
        m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            quint64 expirations = 0;
            [[maybe_unused]] const ssize_t n = ::read(m_fd, &expirations, sizeof expirations);
            woken();
        });
    } else {
        // A precise timer rounded up to the millisecond (then the spin): late, never early,
        // never lost.
        m_fallback = new QTimer(this);
        m_fallback->setTimerType(Qt::PreciseTimer);
        m_fallback->setSingleShot(true);
        connect(m_fallback, &QTimer::timeout, this, &TimerQueue::woken);
    }
}

TimerQueue::~TimerQueue()
{
    delete m_notifier;
    if (m_fd >= 0)
        ::close(m_fd);
}

void TimerQueue::resumeAt(Clock::time_point deadline, std::coroutine_handle<> coroutine)
{
    m_heap.push_back({deadline, m_order++, coroutine});
    std::push_heap(m_heap.begin(), m_heap.end());
    if (m_heap.front().deadline < m_armedFor)
        arm();
}

void TimerQueue::resumeSoon(std::coroutine_handle<> coroutine)
{
    m_ready.push_back(coroutine);
    postReady();
}

void TimerQueue::wakeAll()
{
    std::sort(m_heap.begin(), m_heap.end(), [](const Entry &a, const Entry &b) { return b < a; });
    for (const Entry &e : m_heap)
        m_ready.push_back(e.coroutine);
    m_heap.clear();
    arm();
    postReady();
}

void TimerQueue::postReady()
{
    if (m_readyPosted || m_ready.empty())
        return;
    m_readyPosted = true;
    QMetaObject::invokeMethod(this, &TimerQueue::runReady, Qt::QueuedConnection);
}

void TimerQueue::runReady()
{
    m_readyPosted = false;
    // What became ready while these run waits for the next pass, as in asyncio: the loop
    // looks at its other events (replies, timers) in between.
    for (size_t n = m_ready.size(); n > 0 && !m_ready.empty(); --n) {
        const std::coroutine_handle<> next = m_ready.front();
        m_ready.pop_front();
        next.resume();
    }
    postReady();
}

void TimerQueue::woken()
{
    m_armedFor = Clock::time_point::max(); // a timer fires once
    fireDue();
}

void TimerQueue::fireDue()
{
    // Woken a margin early (see spinMargin): what is due within it is waited for here, to
    // the microsecond, and resumed in deadline order. A coroutine resumed here may wait
    // again at once, so each is taken off the heap before it runs.
    while (!m_heap.empty() && m_heap.front().deadline <= Clock::now() + spinMargin) {
        std::pop_heap(m_heap.begin(), m_heap.end());
        const Entry next = m_heap.back();
        m_heap.pop_back();
        spinUntil(next.deadline, [] { return false; });
        next.coroutine.resume();
    }
    arm();
}

void TimerQueue::arm()
{
    const Clock::time_point next =
        m_heap.empty() ? Clock::time_point::max() : m_heap.front().deadline;
    if (next == m_armedFor)
        return;
    m_armedFor = next;
    if (m_fd >= 0) {
        itimerspec spec = {};
        if (!m_heap.empty()) {
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                (next - spinMargin).time_since_epoch())
                                .count();
            // An absolute time of zero would disarm: a deadline at the clock's origin is
            // one nanosecond later.
            spec.it_value.tv_sec = time_t(ns / 1'000'000'000);
            spec.it_value.tv_nsec = long(std::max<qint64>(ns % 1'000'000'000, 1));
        }
        ::timerfd_settime(m_fd, TFD_TIMER_ABSTIME, &spec, nullptr);
        return;
    }
    if (m_heap.empty()) {
        m_fallback->stop();
        return;
    }
    const auto wait =
        std::chrono::ceil<std::chrono::milliseconds>(next - spinMargin - Clock::now());
    m_fallback->start(std::max(wait, std::chrono::milliseconds(0)));
}

} // namespace TaskLanes
