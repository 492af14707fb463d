// The tutorial's programs, written to read like the Python they mirror. Each comment
// line starting with "py:" is the corresponding Python.
#include "tutorialvariants.h"

#include "parallelvariants.h"
#include "runcontext.h"

#include <QCoroGenerator>

#include <list>
#include <optional>
#include <vector>

namespace TaskLanes {

namespace {

// py: def task(name, work_queue):
void syncTask(RunContext &ctx, int lane)
{
    // py: if work_queue.empty(): print(f"Task {name} nothing to do")
    if (ctx.queueEmpty()) {
        ctx.say(lane, LineKind::NothingToDo);
        return;
    }
    // py: while not work_queue.empty(): count = work_queue.get()
    while (const auto item = ctx.take()) {
        ctx.say(lane, LineKind::Running, *item);
        const auto start = RunContext::Clock::now();
        const qint32 span = ctx.beginSpan(lane, *item, SpanState::Running);
        // py: for x in range(count): total += 1
        for (qint64 x = 0; x < ctx.item(*item).units; ++x) {
            if (!ctx.countUntil(start + (x + 1) * ctx.unit()))
                return;
        }
        ctx.endSpan(span);
        ctx.itemDone();
        ctx.say(lane, LineKind::CountTotal, *item);
    }
}

// py: def task(name, queue): ... for x in range(count): total += 1; yield
QCoro::Generator<int> countingTask(RunContext &ctx, int lane)
{
    while (const auto item = ctx.take()) {
        ctx.say(lane, LineKind::Running, *item);
        if (ctx.item(*item).units == 0) // no step, but the item was still processed
            ctx.endSpan(ctx.beginSpan(lane, *item, SpanState::Running));
        for (qint64 x = 0; x < ctx.item(*item).units; ++x) {
            const qint32 span = ctx.beginSpan(lane, *item, SpanState::Running);
            if (!ctx.countUntil(RunContext::Clock::now() + ctx.unit()))
                co_return;
            ctx.endSpan(span);
            co_yield 1;
        }
        ctx.itemDone();
        ctx.say(lane, LineKind::CountTotal, *item);
    }
}

// py: def task(name, queue): ... time.sleep(delay); yield
QCoro::Generator<int> blockingSleepTask(RunContext &ctx, int lane)
{
    while (const auto item = ctx.take()) {
        ctx.say(lane, LineKind::Running, *item);
        const qint32 span = ctx.beginSpan(lane, *item, SpanState::Blocked);
        if (!ctx.blockFor(ctx.item(*item).units))
            co_return;
        ctx.endSpan(span);
        ctx.itemDone();
        ctx.say(lane, LineKind::Elapsed, span);
        co_yield 1;
    }
}

// A page fetched or failed: a failure is part of the run, not the end of it.
void finishFetch(RunContext &ctx, int lane, qint32 span, const FetchResult &result)
{
    if (result.ok)
        ctx.endSpan(span);
    else
        ctx.failSpan(span, result.error);
    ctx.itemDone();
    ctx.say(lane, LineKind::Elapsed, span);
}

// py: def task(name, work_queue): ... print(f"Task {name} getting URL: {url}");
//     requests.get(url); yield
QCoro::Generator<int> blockingFetchTask(RunContext &ctx, int lane)
{
    while (const auto item = ctx.take()) {
        ctx.say(lane, LineKind::GettingUrl, *item);
        const qint32 span = ctx.beginSpan(lane, *item, SpanState::Blocked);
        const FetchResult result = ctx.fetchBlocking(ctx.item(*item).url);
        if (ctx.cancelled())
            co_return;
        finishFetch(ctx, lane, span, result);
        co_yield 1;
    }
}

// One generator and where it stands. Generators are built in place and never moved:
// QCoro 0.8's Generator does not give up its coroutine on a move.
struct GeneratorSlot
{
    template <typename Factory> explicit GeneratorSlot(Factory &&make) : generator(make()) {}
    QCoro::Generator<int> generator;
    std::optional<QCoro::Generator<int>::iterator> position;

    // py: next(t); returns false on StopIteration
    bool next()
    {
        if (!position)
            position = generator.begin();
        else
            ++*position;
        return *position != generator.end();
    }
};

// py: while not done: for t in tasks: try: next(t) except StopIteration: tasks.remove(t)
template <typename TaskFunction> void runGenerators(RunContext &ctx, TaskFunction task)
{
    std::list<GeneratorSlot> tasks;
    for (int lane = 0; lane < ctx.tasks(); ++lane)
        tasks.emplace_back([&] { return task(ctx, lane); });
    while (!tasks.empty() && !ctx.cancelled()) {
        for (auto it = tasks.begin(); it != tasks.end() && !ctx.cancelled();) {
            if (it->next())
                ++it;
            else
                it = tasks.erase(it);
        }
    }
}

// py: async def task(name, work_queue): ... await asyncio.sleep(delay)
QCoro::Task<> asyncTask(RunContext &ctx, int lane)
{
    while (const auto item = ctx.take()) {
        ctx.say(lane, LineKind::Running, *item);
        const qint32 span = ctx.beginSpan(lane, *item, SpanState::Awaiting);
        const bool slept = co_await ctx.sleepFor(ctx.item(*item).units);
        if (!slept)
            co_return;
        ctx.endSpan(span);
        ctx.itemDone();
        ctx.say(lane, LineKind::Elapsed, span);
    }
}

// py: async def task(name, work_queue): ... async with session.get(url) as response:
//     await response.text()
QCoro::Task<> asyncFetchTask(RunContext &ctx, int lane)
{
    while (const auto item = ctx.take()) {
        ctx.say(lane, LineKind::GettingUrl, *item);
        const qint32 span = ctx.beginSpan(lane, *item, SpanState::Awaiting);
        const FetchResult result = co_await ctx.fetch(ctx.item(*item).url);
        if (ctx.cancelled())
            co_return;
        finishFetch(ctx, lane, span, result);
    }
}

// py: await asyncio.gather(*(task(name, work_queue) for name in names))
template <typename TaskFunction> QCoro::Task<> gather(RunContext &ctx, TaskFunction task)
{
    std::vector<QCoro::Task<>> tasks;
    tasks.reserve(size_t(ctx.tasks()));
    for (int lane = 0; lane < ctx.tasks(); ++lane)
        tasks.push_back(task(ctx, lane));
    for (auto &t : tasks)
        co_await t;
}

} // namespace

QCoro::Task<> runVariantTasks(const VariantInfo &variant, RunContext &ctx)
{
    switch (variant.family) {
    case ModelFamily::Sequential:
        for (int lane = 0; lane < ctx.tasks() && !ctx.cancelled(); ++lane)
            syncTask(ctx, lane);
        break;
    case ModelFamily::Cooperative:
        runGenerators(ctx, countingTask);
        break;
    case ModelFamily::CooperativeBlocking:
        runGenerators(ctx, blockingSleepTask);
        break;
    case ModelFamily::EventLoop:
        co_await gather(ctx, asyncTask);
        break;
    case ModelFamily::BlockingFetch:
        runGenerators(ctx, blockingFetchTask);
        break;
    case ModelFamily::AsyncFetch:
        co_await gather(ctx, asyncFetchTask);
        break;
    case ModelFamily::Threads:
        co_await runThreads(ctx, false);
        break;
    case ModelFamily::ThreadsGil:
        co_await runThreads(ctx, true);
        break;
    case ModelFamily::Processes:
        co_await runProcesses(ctx);
        break;
    }
}

} // namespace TaskLanes
