// cooperative-blocking: generators again, each item a blocking sleep, one yield per item.
// Lines starting "py:" are the Python it mirrors.
#include "schedules.h"
#include "shapes.h"

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

// py: def task(name, queue):
//         while not queue.empty():
//             delay = queue.get(); print(f"Task {name} running")
//             time.sleep(delay)
//             print(f"Task {name} total elapsed time: {elapsed:.1f}"); yield
QCoro::Generator<int> task(RunContext &ctx, int lane)
{
    while (const auto item = ctx.take()) {
        ctx.say(lane, LineKind::Running, *item);
        const qint32 span = ctx.beginSpan(lane, *item, SpanState::Blocked);
        if (!ctx.blockFor(ctx.item(*item).units))
            co_return;
        ctx.endSpan(span);
        ctx.finishItem(lane, {span, {}});
        co_yield 1;
    }
}

QCoro::Task<> run(RunContext &ctx)
{
    Shapes::runGenerators(ctx, task);
    co_return;
}

} // namespace

extern const Model cooperativeBlockingModel{
    .id = u"cooperative-blocking"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Cooperative with blocking sleep"),
    .explanation = QT_TRANSLATE_NOOP(
        "Variant", "Generators again, but each item is a blocking sleep and the "
                   "task yields once per item. While one task sleeps nothing else "
                   "can run: on the timeline the spans follow each other and "
                   "never overlap, and the total is the sum of all items."),
    .accepts = {WorkKind::Sleep},
    .naturalKind = WorkKind::Sleep,
    .defaultQueue = DefaultQueue::Tutorial,
    .printsTotal = true,
    .deterministicLines = true,
    .run = run,
    .ideal = Schedules::takingTurns,
};

} // namespace TaskLanes::Models
