// async: coroutines on one event loop, each awaiting a non-blocking sleep.
// Lines starting "py:" are the Python it mirrors.
#include "shapes.h"

#include "domain/model.h"

#include <queue>
#include <vector>

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

// py: async def task(name, work_queue):
//         while not work_queue.empty():
//             delay = await work_queue.get(); print(f"Task {name} running")
//             await asyncio.sleep(delay)
//             print(f"Task {name} total elapsed time: {elapsed:.1f}")
QCoro::Task<> task(RunContext &ctx, int lane)
{
    while (const auto item = ctx.take()) {
        ctx.say(lane, LineKind::Running, *item);
        const qint32 span = ctx.beginSpan(lane, *item, SpanState::Awaiting);
        const bool slept = co_await ctx.sleepFor(ctx.item(*item).units);
        if (!slept)
            co_return;
        ctx.endSpan(span);
        ctx.finishItem(lane, {span, {}});
    }
}

QCoro::Task<> run(RunContext &ctx)
{
    co_await Shapes::gather(ctx, task);
}

IdealSchedule ideal(const IdealInput &in)
{
    const QList<double> &d = in.durations;
    const int tasks = in.tasks;
    // Each coroutine takes the next item the moment its previous wait ends. Wake-ups at
    // the same instant come in the order their waits began (timers are FIFO by deadline).
    struct Wake
    {
        double time;
        qint64 order;
        int lane;
        bool operator>(const Wake &o) const
        {
            return time != o.time ? time > o.time : order > o.order;
        }
    };
    std::priority_queue<Wake, std::vector<Wake>, std::greater<>> wakes;
    IdealSchedule s;
    qint64 order = 0;
    for (int lane = 0; lane < tasks; ++lane)
        wakes.push({0, order++, lane});
    qsizetype next = 0;
    double end = 0;
    while (!wakes.empty() && next < d.size()) {
        const Wake w = wakes.top();
        wakes.pop();
        const qint32 item = qint32(next++);
        const double finish = w.time + d[item];
        s.spans.append({w.lane, item, w.time, finish});
        end = std::max(end, finish);
        wakes.push({finish, order++, w.lane});
    }
    s.totalUnits = end;
    return s;
}

} // namespace

extern const Model asyncModel{
    .id = u"async"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Asynchronous (event loop)"),
    .explanation =
        QT_TRANSLATE_NOOP("Variant", "Each task is a coroutine on one event loop that awaits a "
                                     "non-blocking sleep. While one task waits the loop runs the "
                                     "other, so the waits overlap: on the timeline the lanes run "
                                     "side by side and the total is about half the sum."),
    .accepts = {WorkKind::Sleep},
    .naturalKind = WorkKind::Sleep,
    .defaultQueue = DefaultQueue::Tutorial,
    .printsTotal = true,
    .deterministicLines = true,
    .run = run,
    .ideal = ideal,
};

} // namespace TaskLanes::Models
