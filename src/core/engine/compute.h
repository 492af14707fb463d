#pragma once

#include <QtGlobal>

#include <atomic>

namespace TaskLanes {

class CancelToken;

// Real CPU work of a fixed size. Calibrated once per process so that one unit of work
// takes one unit of time on an idle core of this machine; under contention (more busy
// threads than cores, or a global lock) the same work takes longer, which is the lesson.
namespace ComputeWork {
// Operations that take one millisecond on an idle core (measured on first use).
double opsPerMs();
// Does ops operations; stops early (false) when the token is cancelled.
bool run(quint64 ops, const CancelToken *cancel);
// Does up to ops operations, stopping early (within tens of microseconds) when pause
// becomes true or the token is cancelled; returns how many it did.
quint64 runUntil(quint64 ops, const std::atomic_bool &pause, const CancelToken *cancel);
} // namespace ComputeWork

} // namespace TaskLanes
