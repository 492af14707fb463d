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
        ctx.sayStart(lane, *item);
        // py: for x in range(count): total += 1  (or time.sleep(delay), requests.get(url))
        const ItemOutcome outcome = ctx.doBlocking(lane, *item);
        if (ctx.cancelled())
            return;
        // py: print(f"Task {name} total: {total}")
        ctx.finishItem(lane, *item, outcome);
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
        "Variant",
        "Each task is a plain function, called one after the other. Task One takes items "
        "until the queue is empty, so it does all the work while Task Two finds nothing "
        "to do, whatever the items are: counting, computing, sleeping and fetching all "
        "hold the one thread. On the timeline: one busy lane, one empty lane."),
    .accepts = allKinds,
    .naturalKind = WorkKind::Count,
    .defaultQueue = DefaultQueue::Tutorial,
    .printsTotal = false,
    .deterministicLines = true,
    .run = run,
    .ideal = ideal,
};

} // namespace TaskLanes::Models
