// sync-http: generators that each fetch a URL with a blocking GET, one yield per page.
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

extern const Model syncHttpModel{
    .id = u"sync-http"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Blocking HTTP (generators)"),
    .explanation = QT_TRANSLATE_NOOP(
        "Variant",
        "Generators that each take a URL and fetch it with a blocking GET, yielding once "
        "per page. While one GET waits for the server nothing else runs: on the timeline "
        "the spans follow each other and the total is the sum of the response times."),
    .accepts = allKinds,
    .naturalKind = WorkKind::Fetch,
    .defaultQueue = DefaultQueue::DemoPages,
    .printsTotal = true,
    .deterministicLines = true,
    .run = run,
    .ideal = Schedules::takingTurns,
    .notes = Notes::generators,
};

} // namespace TaskLanes::Models
