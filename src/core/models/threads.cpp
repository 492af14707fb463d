// threads: one OS thread per task, blocking calls, CPU work on as many cores as there are.
#include "schedules.h"

#include "engine/threadlanes.h"

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

// Nothing stands between a thread and a core: computing threads run at once, as far as
// the machine has cores (free-threaded Python, or C code that releases the GIL). Sleeps
// and fetches block only their own thread.
QCoro::Task<> run(RunContext &ctx)
{
    co_await runThreadLanes(ctx, {.doItem =
                                      [&ctx](int lane, qint32 item) {
                                          return isCpuWork(ctx.item(item).kind)
                                                     ? ctx.doCpuWork(lane, item)
                                                     : ctx.blockingCall(lane, item);
                                      },
                                  .begin = {},
                                  .end = {}});
}

} // namespace

extern const Model threadsModel{
    .id = u"threads"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Threads without a GIL (QThreadPool)"),
    .explanation = QT_TRANSLATE_NOOP(
        "Variant", "One OS thread per task, taking items from a shared queue under a lock, with "
                   "blocking calls. Sleeps and fetches overlap across threads, and counting and "
                   "computing overlap too, as far as there are CPU cores: this is free-threaded "
                   "Python (3.13t and later) or C code that releases the GIL, not standard CPython "
                   "(see Threads under a GIL). On a 2-core machine two computing threads finish "
                   "together, a third makes them all slower."),
    .accepts = allKinds,
    .naturalKind = WorkKind::Sleep,
    .defaultQueue = DefaultQueue::Tutorial,
    .printsTotal = true,
    .deterministicLines = false, // the threads race for the queue
    .run = run,
    .ideal = Schedules::parallel,
};

} // namespace TaskLanes::Models
