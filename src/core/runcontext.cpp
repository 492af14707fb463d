#include "runcontext.h"

#include <QCoroTimer>
#include <QTimer>

namespace TaskLanes {

void CancelToken::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled.store(true, std::memory_order_release);
    }
    m_cv.notify_all();
}

bool CancelToken::waitUntil(std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(m_mutex);
    return !m_cv.wait_until(lock, deadline, [this] { return isCancelled(); });
}

RunContext::RunContext(const WorkQueue &queue, int unitMs, TraceRecorder &recorder,
                       CancelToken &cancel, QObject *parent)
    : QObject(parent), m_queue(queue), m_unit(std::chrono::milliseconds(unitMs)),
      m_recorder(recorder), m_cancel(cancel)
{}

std::optional<qint32> RunContext::take()
{
    const qsizetype i = m_next.fetch_add(1, std::memory_order_relaxed);
    if (i >= m_queue.items.size()) {
        m_next.store(m_queue.items.size(), std::memory_order_relaxed);
        return std::nullopt;
    }
    return qint32(i);
}

bool RunContext::queueEmpty() const
{
    return m_next.load(std::memory_order_relaxed) >= m_queue.items.size();
}

bool RunContext::countUntil(Clock::time_point deadline)
{
    // Counting is the work: a tight loop of additions, with the clock and the stop flag
    // looked at every few hundred of them (each look costs tens of nanoseconds).
    quint64 counted = m_counted;
    for (;;) {
        for (int i = 0; i < 256; ++i)
            counted += 1 + (counted & 1);
        if (cancelled()) {
            m_counted = counted;
            return false;
        }
        if (Clock::now() >= deadline)
            break;
    }
    m_counted = counted;
    return true;
}

bool RunContext::blockFor(qint64 units)
{
    return m_cancel.waitUntil(Clock::now() + units * m_unit);
}

QCoro::Task<bool> RunContext::sleepFor(qint64 units)
{
    if (cancelled())
        co_return false;
    QTimer timer;
    // The default coarse timer may fire 5% late; the lesson is in the timing.
    timer.setTimerType(Qt::PreciseTimer);
    timer.setSingleShot(true);
    connect(this, &RunContext::wakeRequested, &timer, [&timer] { timer.start(0); });
    timer.start(std::chrono::duration_cast<std::chrono::milliseconds>(units * m_unit));
    co_await timer;
    co_return !cancelled();
}

} // namespace TaskLanes
