#pragma once

// The notes several models share (SPEC 3): what a run of them teaches, in plain words,
// worked out from the spans it recorded, never from the model's own arithmetic.

#include "domain/trace.h"

namespace TaskLanes::Notes {

// Coroutines on one loop: CPU work that held it while other tasks were ready, and
// requests that waited for a free connection.
QList<RunNote> eventLoop(const Trace::Data &run);
// Generators on one thread: blocking calls and CPU work that held it while the others
// waited their turn.
QList<RunNote> generators(const Trace::Data &run);
// Threads under a GIL: time ready for it, the convoy after sleeps and fetches, and CPU
// work that gained nothing from the threads.
QList<RunNote> gil(const Trace::Data &run);
// Worker processes: their start, and the hand-over of each item and result.
QList<RunNote> processes(const Trace::Data &run);
// The event loop with a process pool: how long CPU items waited for a worker (the first
// for the workers' start), and what eventLoop says.
QList<RunNote> offloaded(const Trace::Data &run);

} // namespace TaskLanes::Notes
