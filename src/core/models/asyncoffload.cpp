// async-offload: the event loop of async, with every CPU item sent to a process pool.
// Lines starting "py:" are the Python it mirrors.
#include "notes.h"
#include "schedules.h"
#include "shapes.h"

#include "engine/workerpool.h"

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

// py: with ProcessPoolExecutor() as pool:
//         await asyncio.gather(*(task(name, work_queue, pool) for name in names))
// where a task awaits loop.run_in_executor(pool, work, item) for a count or compute item,
// and awaits sleeps and fetches as async does.
QCoro::Task<> run(RunContext &ctx)
{
    Workers::ProcessPool pool(ctx);
    co_await Shapes::gather(ctx, [&pool](RunContext &c, int lane, qint64 scheduled) {
        return Shapes::awaitingTask(c, lane, scheduled,
                                    [&pool](int l, qint32 item) { return pool.run(l, item); });
    });
    co_await pool.shutdown();
}

} // namespace

extern const Model asyncOffloadModel{
    .id = u"async-offload"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Asynchronous with a process pool"),
    .explanation = QT_TRANSLATE_NOOP(
        "Variant",
        "The event loop of the asynchronous variant, with every counting or computing "
        "item sent to a pool of worker processes (loop.run_in_executor with a "
        "ProcessPoolExecutor, one process per task) and awaited; sleeps and fetches are "
        "awaited as before. The loop stays free while the CPU work runs in parallel: on "
        "compute items it is faster than the asynchronous variant by up to as many times "
        "as there are cores, on sleeps it equals it, and the workers' start shows at the "
        "beginning."),
    .accepts = allKinds,
    .naturalKind = WorkKind::Sleep,
    .defaultQueue = DefaultQueue::Tutorial,
    .printsTotal = true,
    .deterministicLines = false, // the workers finish in the order the cores let them
    .startsProcesses = true,
    .run = run,
    .ideal = Schedules::parallel, // as many workers as tasks: a CPU item never waits for one
    .notes = Notes::offloaded,
};

} // namespace TaskLanes::Models
