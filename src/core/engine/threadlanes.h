#pragma once

#include "runcontext.h"

#include <QCoroTask>

#include <functional>

namespace TaskLanes {

// What a model does on each lane's thread: each item, done to its end (the span(s) it
// recorded and how it went), and what the thread does before its first item and after its
// last (under a GIL: take it, and let it go).
struct ThreadLaneWork
{
    std::function<ItemOutcome(int lane, qint32 item)> doItem;
    std::function<bool(int lane)> begin; // false: stopped before it could start
    std::function<void(int lane)> end;
};

// One OS thread per task, from a QThreadPool, as Python's threading gives each task its
// own: every lane takes items from the shared queue until it is empty and does each
// through work.doItem. Each lane records its OS thread id. Resumes when every lane has
// ended.
QCoro::Task<> runThreadLanes(RunContext &ctx, ThreadLaneWork work);

} // namespace TaskLanes
