#pragma once

#include "runcontext.h"

#include <QCoroTask>

#include <functional>

namespace TaskLanes {

// Runs compute work for one item on the calling lane's thread: the span(s) it recorded
// and how it went. unitOps is the work in one unit (RunContext::computeOpsPerUnit).
using ComputeOnThread = std::function<ItemOutcome(int lane, qint32 item, quint64 unitOps)>;

// One OS thread per task, from a QThreadPool, as Python's threading gives each task its
// own: every lane takes items from the shared queue until it is empty; a sleep or fetch
// blocks the lane's thread (the other threads go on), a compute item runs through
// compute. Each lane records its OS thread id. Resumes when every lane has ended.
QCoro::Task<> runThreadLanes(RunContext &ctx, ComputeOnThread compute);

} // namespace TaskLanes
