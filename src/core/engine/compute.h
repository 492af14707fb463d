#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <functional>
#include <mutex>

namespace TaskLanes {

class CancelToken;

// Real CPU work of a fixed size. Calibrated once per process so that one unit of work
// takes one unit of time on an idle core of this machine; under contention (more busy
// threads than cores, or a global lock) the same work takes longer, which is the lesson.
namespace ComputeWork {
// Operations that take one millisecond on an idle core (measured on first use).
double opsPerMs();
// Does ops operations; stops early (false) when the token is cancelled.
bool run(quint64 ops, const CancelToken *cancel);
} // namespace ComputeWork

// A lock handed over first come, first served, like CPython's GIL hands the interpreter
// to the thread that waited (a plain mutex lets the releasing thread grab it again).
class FairLock
{
public:
    // False when the token was cancelled before the lock was ours.
    bool lock(const CancelToken &cancel);
    void unlock();

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    quint64 m_nextTicket = 0;
    quint64 m_serving = 0;
};

} // namespace TaskLanes
