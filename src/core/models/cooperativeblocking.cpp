// cooperative-blocking: generators again, each item a blocking sleep, one yield per item.
// Lines starting "py:" are the Python it mirrors.
#include "notes.h"
#include "schedules.h"
#include "shapes.h"

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

QCoro::Task<> run(RunContext &ctx)
{
    Shapes::runGenerators(ctx, Shapes::blockingTurns);
    co_return;
}

} // namespace

extern const Model cooperativeBlockingModel{
    .id = u"cooperative-blocking"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Cooperative with blocking sleep"),
    .explanation = QT_TRANSLATE_NOOP(
        "Variant", "Generators again, but each task does one item to its end, blocking, and then "
                   "yields. While one task sleeps nothing else can run: the others are ready, "
                   "waiting for their turn, the spans follow each other and never overlap, and the "
                   "total is the sum of all items."),
    .accepts = allKinds,
    .naturalKind = WorkKind::Sleep,
    .defaultQueue = DefaultQueue::Tutorial,
    .printsTotal = true,
    .deterministicLines = true,
    .run = run,
    .ideal = Schedules::takingTurns,
    .notes = Notes::generators,
};

} // namespace TaskLanes::Models
