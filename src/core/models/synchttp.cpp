// sync-http: generators that each fetch a URL with a blocking GET, one yield per page.
// Lines starting "py:" are the Python it mirrors.
#include "schedules.h"
#include "shapes.h"

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

// py: def task(name, work_queue):
//         while not work_queue.empty():
//             url = work_queue.get(); print(f"Task {name} getting URL: {url}")
//             requests.get(url)
//             print(f"Task {name} total elapsed time: {elapsed:.1f}"); yield
QCoro::Generator<int> task(RunContext &ctx, int lane)
{
    while (const auto item = ctx.take()) {
        ctx.say(lane, LineKind::GettingUrl, *item);
        const qint32 span = ctx.beginSpan(lane, *item, SpanState::Blocked);
        const FetchResult result = ctx.fetchBlocking(ctx.item(*item).url);
        if (ctx.cancelled())
            co_return;
        ctx.finishItem(lane, Shapes::fetched(ctx, span, result));
        co_yield 1;
    }
}

QCoro::Task<> run(RunContext &ctx)
{
    Shapes::runGenerators(ctx, task);
    co_return;
}

} // namespace

extern const Model syncHttpModel{
    .id = u"sync-http"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Blocking HTTP (generators)"),
    .explanation =
        QT_TRANSLATE_NOOP("Variant", "Generators that each take a URL and fetch it with a blocking "
                                     "GET, yielding once per page. While one GET waits for the "
                                     "server nothing else runs: on the timeline the spans follow "
                                     "each other and the total is the sum of the response times."),
    .accepts = {WorkKind::Fetch},
    .naturalKind = WorkKind::Fetch,
    .defaultQueue = DefaultQueue::DemoPages,
    .printsTotal = true,
    .deterministicLines = true,
    .run = run,
    .ideal = Schedules::takingTurns,
};

} // namespace TaskLanes::Models
