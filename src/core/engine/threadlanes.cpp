#include "threadlanes.h"

#include "threadstarts.h"
#include "timerqueue.h"

#include <QCoroSignal>
#include <QThreadPool>

#include <memory>

#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

// py: def task(name, work_queue):
//         while (item := take(work_queue)) is not None: do(item)
void lane(RunContext &ctx, int lane, const ThreadLaneWork &work)
{
    ctx.recorder().setLaneWorker(lane, qint64(::syscall(SYS_gettid)), u"os_tid"_s);
    usePreciseTimers(); // a pool thread: its blocking sleeps end on time
    if (work.begin && !work.begin(lane))
        return;
    while (const auto item = ctx.take()) {
        ctx.sayStart(lane, *item);
        const ItemOutcome outcome = work.doItem(lane, *item);
        if (ctx.cancelled())
            break;
        ctx.finishItem(lane, *item, outcome);
    }
    if (work.end)
        work.end(lane);
}

// A task whose thread the system would not start fails the item it would have taken,
// so that the reason is on the timeline and the run's status; the others go on.
void laneWithoutThread(RunContext &ctx, int lane)
{
    if (const auto item = ctx.cancelled() ? std::nullopt : ctx.take()) {
        const qint32 span = ctx.beginSpan(lane, *item, SpanState::Failed);
        ctx.failSpan(span, {ItemError::Kind::NoThread, {}});
        ctx.recorder().itemDone();
    }
    ctx.laneFinished();
}

} // namespace

QCoro::Task<> runThreadLanes(RunContext &ctx, ThreadLaneWork work)
{
    auto pool = std::make_unique<QThreadPool>();
    pool->setMaxThreadCount(ctx.tasks());
    pool->setStackSize(512 * 1024);
    int refused = 0;
    for (int i = 0; i < ctx.tasks(); ++i) {
        // The pool makes a new thread for each task; if the system refuses it, Qt only
        // warns, and the task would wait for that thread for ever.
        const ThreadStartWatch watch;
        pool->start([&ctx, &work, i] {
            lane(ctx, i, work);
            ctx.laneFinished();
        });
        if (watch.failures() > 0) {
            ++refused;
            laneWithoutThread(ctx, i);
        }
    }
    co_await qCoro(&ctx, &RunContext::allLanesFinished);
    if (refused > 0) {
        // Its waitForDone (and so its destructor) would wait for the threads that never
        // started: the pool is left to the end of the process.
        (void)pool.release();
        co_return;
    }
    pool->waitForDone();
}

} // namespace TaskLanes
