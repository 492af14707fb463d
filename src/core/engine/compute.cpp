#include "compute.h"

#include "runcontext.h"

#include <algorithm>
#include <atomic>
#include <ctime>

namespace TaskLanes {

namespace ComputeWork {

namespace {
// The work: a chain of dependent integer operations the compiler cannot fold away.
quint64 crunch(quint64 ops, quint64 seed)
{
    quint64 x = seed | 1;
    for (quint64 i = 0; i < ops; ++i)
        x = x * 6364136223846793005ull + 1442695040888963407ull + (x >> 29);
    return x;
}

std::atomic<quint64> g_sink{0};
} // namespace

double opsPerMs()
{
    static const double calibrated = [] {
        // Timed on this thread's CPU clock, not the wall clock: time the scheduler gives to
        // other processes (a busy machine, a build beside the app) is not counted, so one
        // unit of work stays one unit of time on a core of its own.
        auto cpuMs = [] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
        };
        auto timeMs = [&](quint64 ops) {
            const double start = cpuMs();
            g_sink += crunch(ops, 11);
            return cpuMs() - start;
        };
        // Warm up, then find a batch long enough (about 10 ms) to swamp the clock's cost.
        g_sink += crunch(200'000, 7);
        quint64 ops = 1'000'000;
        double ms = timeMs(ops);
        while (ms < 10 && ops < (quint64(1) << 40)) {
            ops *= 2;
            ms = timeMs(ops);
        }
        // The fastest of several batches: what the thread's clock still counts of an
        // interruption (a cache emptied by a neighbour) would make every later unit too short.
        for (int i = 0; i < 5; ++i)
            ms = std::min(ms, timeMs(ops));
        return double(ops) / std::max(ms, 1e-3);
    }();
    return calibrated;
}

bool run(quint64 ops, const CancelToken *cancel)
{
    constexpr quint64 chunk = 20'000; // tens of microseconds between looks at the token
    quint64 done = 0;
    while (done < ops) {
        const quint64 n = std::min(chunk, ops - done);
        g_sink += crunch(n, done);
        done += n;
        if (cancel && cancel->isCancelled())
            return false;
    }
    return true;
}

quint64 runUntil(quint64 ops, const std::atomic_bool &pause, const CancelToken *cancel)
{
    constexpr quint64 chunk = 20'000;
    quint64 done = 0;
    while (done < ops) {
        const quint64 n = std::min(chunk, ops - done);
        g_sink += crunch(n, done);
        done += n;
        if (pause.load(std::memory_order_relaxed) || (cancel && cancel->isCancelled()))
            break;
    }
    return done;
}

} // namespace ComputeWork

} // namespace TaskLanes
