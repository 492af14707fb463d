#include "canceltoken.h"

#include "timerqueue.h"

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
    auto cancelled = [this] { return isCancelled(); };
    const TimedWait wait;
    std::unique_lock lock(m_mutex);
    if (!wait.maySpin())
        return !m_cv.wait_until(lock, deadline, cancelled);
    if (m_cv.wait_until(lock, deadline - spinMargin, cancelled))
        return false;
    lock.unlock();
    return spinUntil(deadline, cancelled);
}

bool CancelToken::waitFor(const std::function<bool()> &done)
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [&] { return done() || isCancelled(); });
    return done();
}

void CancelToken::notify()
{
    {
        std::lock_guard lock(m_mutex);
    }
    m_cv.notify_all();
}

} // namespace TaskLanes
