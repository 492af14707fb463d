// async: coroutines on one event loop, each awaiting a non-blocking sleep.
// Lines starting "py:" are the Python it mirrors.
#include "notes.h"
#include "schedules.h"
#include "shapes.h"

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

QCoro::Task<> run(RunContext &ctx)
{
    co_await Shapes::gatherOnTheLoop(ctx);
}

} // namespace

extern const Model asyncModel{
    .id = u"async"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Asynchronous (event loop)"),
    .explanation = QT_TRANSLATE_NOOP(
        "Variant",
        "Each task is a coroutine on one event loop. A sleep or fetch is awaited while the "
        "loop runs the others, so the waits overlap: the total is the busiest task's share "
        "(17 on the tutorial's queue), never less than the longest item. Asyncio is "
        "cooperative too: a task gives up the loop only at an await, so counting or "
        "computing holds it while the others wait, ready. On CPU work it is no faster than "
        "sequential code."),
    .accepts = allKinds,
    .naturalKind = WorkKind::Sleep,
    .defaultQueue = DefaultQueue::Tutorial,
    .printsTotal = true,
    .deterministicLines = true,
    .run = run,
    .ideal = Schedules::eventLoop,
    .notes = Notes::eventLoop,
};

} // namespace TaskLanes::Models
