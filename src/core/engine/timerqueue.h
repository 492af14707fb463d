#pragma once

#include <QObject>

#include <chrono>
#include <coroutine>
#include <deque>
#include <vector>

class QSocketNotifier;
class QTimer;

namespace TaskLanes {

// Asks the kernel to wake this thread's timed waits on time rather than up to 50 us late
// (the default timer slack), which a run of many short sleeps adds up.
void usePreciseTimers();

// Even so a sleeping thread wakes 100-150 us after its deadline on this project's 2-core
// virtual machine (the kernel's wake-up, not the slack), more under load. So a timed wait
// sleeps until this margin before its deadline and spins the rest: at most this much CPU
// per wait, for waits that end within microseconds of their deadline.
inline constexpr std::chrono::microseconds spinMargin{250};
// A timed wait of a thread, counted while it lasts: it may spin at its end only while no
// more threads wait than there are cores. With a thousand threads sleeping at once,
// spinning took the cores the others needed to wake (3,000 sleeps of 10 ms on 1,000
// threads: 106-109 ms spinning, 92-96 without); so many waits are not timed to the
// microsecond anyway.
class TimedWait
{
public:
    TimedWait();
    ~TimedWait();
    TimedWait(const TimedWait &) = delete;
    TimedWait &operator=(const TimedWait &) = delete;
    bool maySpin() const;
};

// Spins until the deadline; false if stop() became true first.
template <typename Stop> bool spinUntil(std::chrono::steady_clock::time_point deadline, Stop stop)
{
    while (std::chrono::steady_clock::now() < deadline) {
        if (stop())
            return false;
        __builtin_ia32_pause();
    }
    return true;
}

// The event loop's timers, owned by the engine instead of a QTimer per sleep: a wait of
// zero goes on a ready list that runs on the loop's next pass (asyncio.sleep(0)); the rest
// wait on a heap ordered by deadline (ties: the order they began), woken by one timerfd
// to the nanosecond (Qt rounds a timer to whole milliseconds). Lives on one thread; the
// coroutines it resumes are that thread's.
class TimerQueue : public QObject
{
    Q_OBJECT
public:
    using Clock = std::chrono::steady_clock;

    // useTimerfd false: the millisecond timer that stands in when no timerfd can be had.
    explicit TimerQueue(QObject *parent = nullptr, bool useTimerfd = true);
    ~TimerQueue() override;

    // Resumes the coroutine on a later pass of the event loop: at once for a deadline
    // already past (after the ones ready before it), else when the deadline comes.
    void resumeAt(Clock::time_point deadline, std::coroutine_handle<> coroutine);
    void resumeSoon(std::coroutine_handle<> coroutine);
    // Resumes every waiting coroutine now, in deadline order (a run being stopped).
    void wakeAll();
    qsizetype waiting() const { return qsizetype(m_heap.size() + m_ready.size()); }
    // Whether it has its timerfd (else a millisecond timer stands in for it).
    bool isPrecise() const { return m_fd >= 0; }

private:
    struct Entry
    {
        Clock::time_point deadline;
        quint64 order;
        std::coroutine_handle<> coroutine;
        // For a min-heap with std::push_heap: "later" sorts first.
        bool operator<(const Entry &o) const
        {
            return deadline != o.deadline ? deadline > o.deadline : order > o.order;
        }
    };

    void runReady();
    void woken();
    void fireDue();
    void arm();
    void postReady();

    std::vector<Entry> m_heap;
    std::deque<std::coroutine_handle<>> m_ready;
    quint64 m_order = 0;
    bool m_readyPosted = false;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_fallback = nullptr; // when no timerfd could be had (no file descriptor left)
    Clock::time_point m_armedFor = Clock::time_point::max();
};

} // namespace TaskLanes
