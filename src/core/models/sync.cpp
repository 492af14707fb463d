// sync: the tutorial's first program, plain functions called one after the other.
// Lines starting "py:" are the Python it mirrors.
#include "domain/model.h"
#include "engine/runcontext.h"

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

// py: def task(name, work_queue):
void task(RunContext &ctx, int lane)
{
    // py: if work_queue.empty(): print(f"Task {name} nothing to do")
    if (ctx.queueEmpty()) {
        ctx.say(lane, LineKind::NothingToDo);
        return;
    }
    // py: while not work_queue.empty(): count = work_queue.get()
    while (const auto item = ctx.take()) {
        ctx.say(lane, LineKind::Running, *item);
        const qint32 span = ctx.beginSpan(lane, *item, SpanState::Running);
        // The steps count from the span's start, so the item lasts its length as recorded.
        const auto start = RunContext::Clock::now();
        // py: for x in range(count): total += 1
        for (qint64 x = 0; x < ctx.item(*item).units; ++x) {
            if (!ctx.countUntil(start + (x + 1) * ctx.unit()))
                return;
        }
        ctx.endSpan(span);
        ctx.recorder().itemDone();
        ctx.say(lane, LineKind::CountTotal, *item);
    }
}

// py: for name in names: task(name, work_queue)
QCoro::Task<> run(RunContext &ctx)
{
    for (int lane = 0; lane < ctx.tasks() && !ctx.cancelled(); ++lane)
        task(ctx, lane);
    co_return;
}

IdealSchedule ideal(const IdealInput &in)
{
    const QList<double> &d = in.durations;
    // Task One is called first and empties the queue; the others find nothing.
    IdealSchedule s;
    double t = 0;
    for (qsizetype i = 0; i < d.size(); ++i) {
        s.spans.append({0, qint32(i), t, t + d[i]});
        t += d[i];
    }
    s.totalUnits = t;
    return s;
}

} // namespace

extern const Model syncModel{
    .id = u"sync"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Synchronous (sequential calls)"),
    .explanation = QT_TRANSLATE_NOOP(
        "Variant", "Each task is a plain function, called one after the other. "
                   "Task One takes items until the queue is empty, so it does all "
                   "the work while Task Two finds nothing to do. On the timeline: "
                   "one busy lane, one empty lane."),
    .accepts = {WorkKind::Count},
    .naturalKind = WorkKind::Count,
    .defaultQueue = DefaultQueue::Tutorial,
    .printsTotal = false,
    .deterministicLines = true,
    .run = run,
    .ideal = ideal,
};

} // namespace TaskLanes::Models
