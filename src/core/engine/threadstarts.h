#pragma once

#include <functional>

class QThread;

namespace TaskLanes {

// Qt tells that a thread could not be created (the system's limit on processes and
// threads, a lack of memory) only in a warning: QThread::start leaves the thread not
// running, and QThreadPool::start then never runs its task. While one of these watches a
// thread, the failures of the threads that thread starts are counted here instead of
// printed: the caller says what failed, in its own words.
class ThreadStartWatch
{
public:
    ThreadStartWatch();
    ~ThreadStartWatch();
    ThreadStartWatch(const ThreadStartWatch &) = delete;
    ThreadStartWatch &operator=(const ThreadStartWatch &) = delete;

    int failures() const { return m_failures; }

    // For the rest of this thread's life, refusals of the threads it starts (Qt's network
    // code starts some of its own when first asked) call this instead of being printed.
    // It is called from within Qt: it should only post work for later.
    static void onRefusalInThisThread(std::function<void()> callback);

private:
    int m_failures = 0;
    int *m_outer = nullptr;
};

// Starts thread; false (and nothing printed) when the system refuses it.
bool startThread(QThread &thread);

} // namespace TaskLanes
