#pragma once

#include "householdtrace.h"

#include "scenarios/scenario.h"

#include <functional>

namespace TaskLanes {
class CancelToken;
}

namespace TaskLanes::Home {

namespace Limits {
inline constexpr double minInterval = 0.5; // more than a check costs
inline constexpr double maxInterval = 1000;
inline constexpr double minStep = 0.05; // or 0: work that never awaits
inline constexpr double maxStep = 1000;
// Pieces of work (steps, checks) a day may record: each is a span and maybe a line.
inline constexpr double maxPieces = 200'000;
} // namespace Limits

struct DayRun
{
    DayOptions options;
    const CancelToken *stop = nullptr; // Stop: the day ends at once
    // Each line as it happens, from the thread that runs the day.
    std::function<void(const QString &)> onLine;
};

// --interval, --step and --fix for this parent and household, worded for the command line
// ("--interval: 0.1 is not a number of units from 0.5 to 1000").
Status checkOptions(const Household &household, const DayOptions &options);

// Runs the day in real time (a unit is options.unitMs) on the calling thread, which it
// blocks: the synchronous and the polling parent are plain blocking code, the async
// parent runs on an event loop of its own there, the clones on the scenario engine's
// threads. Every thread it started has ended when it returns.
DayTrace runDay(const Household &household, const DayRun &run);

// The same parent's day with no overhead: the same code on a clock that jumps (the
// clones' by their lock order, as they run unhindered on enough cores).
Figures idealDay(const Household &household, const DayOptions &options);

// The polling parent at each interval, in real time, one day after the other: what the
// app's sweep plots. progress(done, total) after each day; a stop ends it early, with the
// days that ended.
struct SweepPoint
{
    double interval = 0;
    Figures measured;
    Figures ideal;
};
QList<double> sweepIntervals(); // 0.5 to 10, by 0.5
QList<SweepPoint> sweepPolling(const Household &household, const QList<double> &intervals,
                               int unitMs, const CancelToken *stop,
                               const std::function<void(int, int)> &progress = {});

// The threading parent's clones as a scenario (SPEC 7): the washer's clone holds the washer
// and wants the dryer, the dryer's clone holds the dryer and wants the washer; two clones
// pay bills from one balance. fix: both machines taken washer first, and a lock around
// each payment.
Scenarios::Scenario clonesScenario(const Household &household, bool fix);

} // namespace TaskLanes::Home
