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
    co_await Shapes::gather(ctx, Shapes::awaitingTask);
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
