#include "threadlanes.h"

#include <QCoroSignal>
#include <QThreadPool>

#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

// py: def task(name, work_queue):
//         while (item := take(work_queue)) is not None: do(item)
void lane(RunContext &ctx, int lane, const ComputeOnThread &compute)
{
    ctx.recorder().setLaneWorker(lane, qint64(::syscall(SYS_gettid)), u"os_tid"_s);
    const quint64 unitOps = ctx.computeOpsPerUnit();
    while (const auto item = ctx.take()) {
        ctx.sayStart(lane, *item);
        const ItemOutcome outcome = ctx.item(*item).kind == WorkKind::Compute
                                        ? compute(lane, *item, unitOps)
                                        : ctx.blockingCall(lane, *item);
        if (ctx.cancelled())
            return;
        ctx.finishItem(lane, outcome);
    }
}

} // namespace

QCoro::Task<> runThreadLanes(RunContext &ctx, ComputeOnThread compute)
{
    QThreadPool pool;
    pool.setMaxThreadCount(ctx.tasks());
    pool.setStackSize(512 * 1024);
    for (int i = 0; i < ctx.tasks(); ++i) {
        pool.start([&ctx, &compute, i] {
            lane(ctx, i, compute);
            ctx.laneFinished();
        });
    }
    co_await qCoro(&ctx, &RunContext::allLanesFinished);
    pool.waitForDone();
}

} // namespace TaskLanes
