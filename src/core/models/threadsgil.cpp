// threads-gil: the threads model, with one global lock a thread must hold to compute.
#include "schedules.h"

#include "engine/compute.h"
#include "engine/threadlanes.h"

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

// The lock changes hands once per unit of work: waiting for it shows as idle, holding it
// as running. Sleeps and fetches (runThreadLanes' blocking calls) never touch it.
ItemOutcome compute(RunContext &ctx, FairLock &gil, int lane, qint32 item, quint64 unitOps)
{
    ItemOutcome outcome;
    const qint64 units = ctx.item(item).units;
    if (units == 0)
        ctx.endSpan(outcome.firstSpan = ctx.beginSpan(lane, item, SpanState::Running));
    for (qint64 u = 0; u < units; ++u) {
        const qint32 wait = ctx.beginSpan(lane, item, SpanState::Ready, WaitingFor::Gil);
        if (outcome.firstSpan < 0)
            outcome.firstSpan = wait;
        const bool held = gil.lock(ctx.cancelToken());
        ctx.endSpan(wait);
        if (!held)
            break;
        const qint32 running = ctx.beginSpan(lane, item, SpanState::Running);
        const bool done = ComputeWork::run(unitOps, &ctx.cancelToken());
        ctx.endSpan(running);
        gil.unlock();
        if (!done)
            break;
    }
    return outcome;
}

QCoro::Task<> run(RunContext &ctx)
{
    FairLock gil;
    co_await runThreadLanes(ctx, [&ctx, &gil](int lane, qint32 item, quint64 unitOps) {
        return compute(ctx, gil, lane, item, unitOps);
    });
}

} // namespace

extern const Model threadsGilModel{
    .id = u"threads-gil"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Threads under a GIL"),
    .explanation = QT_TRANSLATE_NOOP(
        "Variant", "Threads again, but a task must hold one global lock while it "
                   "computes (like CPython's GIL) and lets go of it while it sleeps "
                   "or fetches. Waiting for the lock shows as idle, holding it as "
                   "running: computing threads take turns and gain nothing, while "
                   "sleeping and fetching threads still overlap."),
    .accepts = {WorkKind::Sleep, WorkKind::Compute, WorkKind::Fetch},
    .naturalKind = WorkKind::Sleep,
    .defaultQueue = DefaultQueue::Tutorial,
    .printsTotal = true,
    .deterministicLines = false, // the threads race for the queue and the lock
    .run = run,
    .ideal = Schedules::parallelOnOneCore,
};

} // namespace TaskLanes::Models
