#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace TaskLanes {

// Shared between the engine's owner and the run: cancel() sets it from any thread and
// wakes whoever is blocked on it.
class CancelToken
{
public:
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    // Blocks the calling thread until the deadline; false when cancelled first.
    bool waitUntil(std::chrono::steady_clock::time_point deadline);
    // Blocks until done() holds or the token is cancelled; whoever makes done() true
    // calls notify(). Returns done().
    bool waitFor(const std::function<bool()> &done);
    void notify();

private:
    std::atomic_bool m_cancelled{false};
    std::mutex m_mutex;
    std::condition_variable m_cv;
};

} // namespace TaskLanes
