#pragma once

#include "monitor.h"

namespace TaskLanes::Scenarios {

// Each runs the monitor's scenario to its end on the calling thread's own event loop (a
// watchdog on it looks for deadlocks and stalls) and returns when every task has ended.
void runOnThreads(Monitor &monitor, const RunOptions &options);
void runOnLoop(Monitor &monitor, const RunOptions &options);

} // namespace TaskLanes::Scenarios
