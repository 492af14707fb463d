// async-http: coroutines on one event loop, each awaiting non-blocking GETs.
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

extern const Model asyncHttpModel{
    .id = u"async-http"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Non-blocking HTTP (event loop)"),
    .explanation = QT_TRANSLATE_NOOP(
        "Variant",
        "Coroutines that await non-blocking GETs on one event loop: while one task waits "
        "for a page the others send their requests, so the waits overlap and the total is "
        "about the longest lane. Up to 100 requests are in flight at once, as in "
        "aiohttp's default session; beyond that, a request waits for a free connection."),
    .accepts = allKinds,
    .naturalKind = WorkKind::Fetch,
    .defaultQueue = DefaultQueue::DemoPages,
    .printsTotal = true,
    .deterministicLines = true,
    .run = run,
    .ideal = Schedules::eventLoop,
    .notes = Notes::eventLoop,
};

} // namespace TaskLanes::Models
