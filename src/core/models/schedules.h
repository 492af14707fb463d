#pragma once

// Zero-overhead schedules that several models share. A model whose schedule is its own
// keeps it in its own file.

#include "domain/model.h"

namespace TaskLanes::Schedules {

// Generators that take one item per turn and block for all of it: item k falls to task k
// mod tasks, one after the other, nothing overlapping (cooperative-blocking, sync-http).
IdealSchedule takingTurns(const IdealInput &in);
// Coroutines on one event loop (async, async-http): a task awaits a sleep or fetch while
// the others run, and holds the loop through a count or compute item; a task whose wait is
// over runs when the loop is free (first the one whose wait ended first). At most
// maxRequestsInFlight fetches are in flight; the others wait for a connection, in turn.
IdealSchedule eventLoop(const IdealInput &in);
// Every task busy with its own item at once: waits (sleep, fetch) all progress, computing
// items share in.cores cores fairly (threads, processes).
IdealSchedule parallel(const IdealInput &in);
// The same with one core for all computing (threads under a GIL).
IdealSchedule parallelOnOneCore(const IdealInput &in);

void sortByStart(IdealSchedule &s);

} // namespace TaskLanes::Schedules
