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
// QCoro 0.8's Generator does not give up its coroutine on a move. A generator yields the
// item it is in the middle of, or -1 between items.
struct GeneratorSlot
{
    template <typename Factory>
    GeneratorSlot(int lane, Factory &&make) : generator(make()), lane(lane)
    {}
    QCoro::Generator<qint32> generator;
    int lane = 0;
    std::optional<QCoro::Generator<qint32>::iterator> position;
    qint32 item = -1;        // what it yielded in the middle of
    qint64 yieldedNs = 0;    // when it yielded (or was made)
    quint64 yieldedTurn = 0; // the scheduler's turn then

    // py: next(t); returns false on StopIteration
    bool next()
    {
        if (!position)
            position = generator.begin();
        else
            ++*position;
        if (*position == generator.end())
            return false;
        item = **position;
        return true;
    }
};

// py: while tasks: for t in tasks: try: next(t) except StopIteration: tasks.remove(t)
// A generator that yielded is ready, waiting for the scheduler, until its next turn: when
// another task ran meanwhile, that time is recorded as a ready span.
template <typename TaskFunction> void runGenerators(RunContext &ctx, TaskFunction task)
{
    std::list<GeneratorSlot> tasks;
    const qint64 made = ctx.recorder().nowNs();
    for (int lane = 0; lane < ctx.tasks(); ++lane) {
        tasks.emplace_back(lane, [&] { return task(ctx, lane); });
        tasks.back().yieldedNs = made;
    }
    quint64 turn = 0;
    while (!tasks.empty() && !ctx.cancelled()) {
        for (auto it = tasks.begin(); it != tasks.end() && !ctx.cancelled();) {
            GeneratorSlot &slot = *it;
            if (turn > slot.yieldedTurn) {
                const qint32 span = ctx.recorder().beginSpanAt(
                    slot.lane, slot.item, SpanState::Ready, slot.yieldedNs, WaitingFor::Scheduler);
                ctx.endSpan(span);
            }
            const bool more = slot.next();
            ++turn;
            if (more) {
                slot.yieldedNs = ctx.recorder().nowNs();
                slot.yieldedTurn = turn;
                ++it;
            } else {
                it = tasks.erase(it);
            }
        }
    }
}

// The tutorial's blocking generators (cooperative-blocking, sync-http): each resumption
// takes one item, does all of it blocking the one thread, prints its line, and yields.
// py: def task(name, queue):
//         while not queue.empty():
//             delay = queue.get(); print(f"Task {name} running")
//             time.sleep(delay)  # or requests.get(url), or any item done to its end
//             print(f"Task {name} total elapsed time: {elapsed:.1f}"); yield
inline QCoro::Generator<qint32> blockingTurns(RunContext &ctx, int lane)
{
    while (const auto item = ctx.take()) {
        ctx.sayStart(lane, *item);
        const ItemOutcome outcome = ctx.doBlocking(lane, *item);
        if (ctx.cancelled())
            co_return;
        ctx.finishItem(lane, *item, outcome);
        co_yield -1;
    }
}

// py: await asyncio.gather(*(task(name, work_queue) for name in names))
// Every task is scheduled at once; each starts when the loop gets to it (QCoro's tasks
// start eagerly: the next one when the one before first suspends). task(ctx, lane, since)
// is told when it was scheduled, to record the time it waited for the loop.
template <typename TaskFunction> QCoro::Task<> gather(RunContext &ctx, TaskFunction task)
{
    std::vector<QCoro::Task<>> tasks;
    tasks.reserve(size_t(ctx.tasks()));
    const qint64 scheduled = ctx.recorder().nowNs();
    for (int lane = 0; lane < ctx.tasks(); ++lane)
        tasks.push_back(task(ctx, lane, scheduled));
    for (auto &t : tasks)
        co_await t;
}

// A count or compute item done on the loop itself: it has no await inside, so it holds
// every other task until it ends, as a coroutine that computes does in asyncio.
inline QCoro::Task<ItemOutcome> onTheLoop(RunContext &ctx, int lane, qint32 item)
{
    ItemOutcome outcome = ctx.doBlocking(lane, item);
    ctx.loopHeldUntilNow();
    co_return outcome;
}

// The tutorial's coroutines, for any item: a sleep or fetch is awaited and the loop runs
// the others meanwhile; a count or compute item goes to cpu(lane, item) — onTheLoop for
// async and async-http, a process pool for async-offload. "await work_queue.get()" does not
// suspend while the queue has items, so a task goes straight on to its next item.
// py: async def task(name, work_queue):
//         while not work_queue.empty():
//             delay = await work_queue.get(); print(f"Task {name} running")
//             await asyncio.sleep(delay)  # or await session.get(url), or CPU work
//             print(f"Task {name} total elapsed time: {elapsed:.1f}")
template <typename CpuItem>
QCoro::Task<> awaitingTask(RunContext &ctx, int lane, qint64 scheduled, CpuItem cpu)
{
    ctx.readyOnLoop(lane, -1, scheduled);
    while (const auto item = ctx.take()) {
        ctx.sayStart(lane, *item);
        const WorkItem &work = ctx.item(*item);
        ItemOutcome outcome;
        if (isCpuWork(work.kind)) {
            outcome = co_await cpu(lane, *item);
        } else if (work.kind == WorkKind::Sleep) {
            const auto sleep = ctx.beginSleep(lane, *item);
            if (!co_await ctx.sleepFor(work.units))
                co_return;
            outcome = ctx.endSleep(lane, *item, sleep);
        } else {
            outcome = co_await ctx.awaitFetch(lane, *item);
        }
        if (ctx.cancelled())
            co_return;
        ctx.finishItem(lane, *item, outcome);
    }
}

// py: await asyncio.gather(*(task(name, work_queue) for name in names)), CPU work on the loop
inline QCoro::Task<> gatherOnTheLoop(RunContext &ctx)
{
    co_await gather(ctx, [](RunContext &c, int lane, qint64 scheduled) {
        return awaitingTask(c, lane, scheduled,
                            [&c](int l, qint32 item) { return onTheLoop(c, l, item); });
    });
}

} // namespace TaskLanes::Shapes
