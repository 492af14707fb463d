// async-offload: the event loop of async, with every CPU item sent to a process pool.
// Lines starting "py:" are the Python it mirrors.
#include "notes.h"
#include "schedules.h"
#include "shapes.h"

#include "engine/workerpool.h"

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

// py: async def task(name, work_queue, pool):
//         loop = asyncio.get_running_loop()
//         while not work_queue.empty():
//             item = await work_queue.get(); print(f"Task {name} running")
//             if item.kind in ("count", "compute"):
//                 await loop.run_in_executor(pool, work, item)  # in a worker process
//             else:
//                 await asyncio.sleep(item.value)  # or await session.get(url)
//             print(f"Task {name} total elapsed time: {elapsed:.1f}")
QCoro::Task<> task(RunContext &ctx, Workers::ProcessPool &pool, int lane, qint64 scheduled)
{
    ctx.readyOnLoop(lane, -1, scheduled);
    while (const auto item = ctx.take()) {
        ctx.sayStart(lane, *item);
        const WorkItem &work = ctx.item(*item);
        ItemOutcome outcome;
        if (isCpuWork(work.kind)) {
            // Awaiting a free worker (and, the first time, the workers' start), then
            // running in it while the loop runs the other tasks.
            outcome = co_await pool.run(lane, *item);
        } else if (work.kind == WorkKind::Sleep) {
            const auto sleep = ctx.beginSleep(lane, *item);
            if (!co_await ctx.sleepFor(work.units))
                co_return;
            outcome = ctx.endSleep(lane, *item, sleep);
        } else {
            outcome = co_await ctx.awaitFetch(lane, *item);
        }
        if (ctx.cancelled())
            co_return;
        ctx.finishItem(lane, outcome);
    }
}

// py: with ProcessPoolExecutor() as pool: await asyncio.gather(...)
QCoro::Task<> run(RunContext &ctx)
{
    Workers::ProcessPool pool(ctx);
    co_await Shapes::gather(ctx, [&pool](RunContext &c, int lane, qint64 scheduled) {
        return task(c, pool, lane, scheduled);
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
