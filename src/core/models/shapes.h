#pragma once

// The shapes the tutorial's programs share: generators resumed in turn by a scheduler
// loop, and coroutines gathered on one event loop.

#include "engine/runcontext.h"

#include <QCoroGenerator>
#include <QCoroTask>

#include <list>
#include <optional>
#include <vector>

namespace TaskLanes::Shapes {

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

// py: while tasks: for t in tasks: try: next(t) except StopIteration: tasks.remove(t)
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

// A page fetched or failed: a failure is part of the run, not the end of it.
inline ItemOutcome fetched(RunContext &ctx, qint32 span, const FetchResult &result)
{
    if (result.ok)
        ctx.endSpan(span);
    return {span, result.ok ? std::nullopt : std::optional(result.error)};
}

} // namespace TaskLanes::Shapes
