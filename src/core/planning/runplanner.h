#pragma once

#include "engine/engine.h"

#include <QList>
#include <QStringList>

namespace TaskLanes {

// How fast a run goes and how long a page may take.
struct RunSettings
{
    int unitMs = Limits::defaultUnitMs;
    int timeoutMs = Limits::defaultTimeoutMs;
};

// What to do with plain numbers of a kind the model does not run.
enum class Numbers : quint8
{
    AsGiven,           // refused, like any item the model cannot run (the command line's run)
    AsTheModelsNatural // run as the model's natural kind (the app, and every comparison)
};

// One run, ready for the engine.
struct PlannedRun
{
    RunRequest request;
    int converted = 0; // numbers that became the model's natural kind
};

// Every model that can run one queue, in the registry's order.
struct PlannedComparison
{
    QList<PlannedRun> runs;
    QStringList skipped; // ids of the models that cannot run it
};

// Turns a model and a queue into a run the engine can start: the one place that picks a
// model's default queue (the tutorial's 15, 10, 5, 2, or the demo server's pages), adapts
// a queue to a model, and starts the demo server when a run needs it (setting its unit to
// the run's). The command line's run and compare and the app's Run and Run All all plan
// through here.
namespace RunPlanner {
// The model's queue when it is given none.
Result<WorkQueue> defaultQueue(const Model &model, int tasks);
// The queue with plain numbers the model cannot run turned into its natural kind, and how
// many were; an error naming the first item it cannot run at all.
Result<PlannedRun> adapt(const Model &model, const WorkQueue &queue, Numbers numbers);
// One run of the model on the queue.
Result<PlannedRun> plan(const Model &model, const WorkQueue &queue, const RunSettings &settings,
                        Numbers numbers);
// Every model that can run the queue (numbers as each model's natural kind).
Result<PlannedComparison> planAll(const WorkQueue &queue, const RunSettings &settings);
// The demo server's seven pages as a queue; starts the server.
Result<WorkQueue> demoPages(int tasks);
} // namespace RunPlanner

} // namespace TaskLanes

Q_DECLARE_METATYPE(TaskLanes::PlannedRun)
