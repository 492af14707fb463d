#pragma once

#include "engine/engine.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace TaskLanes {

// How fast a run goes and how long a page may take.
struct RunSettings
{
    int unitMs = Limits::defaultUnitMs;
    int timeoutMs = Limits::defaultTimeoutMs;
    int switchIntervalMs = Limits::defaultSwitchIntervalMs;
};

// Whether the queue's numbers say what they are. Items of a queue file or the app's form
// have a kind, and every model runs them as they are (SPEC 1). Plain numbers, as in
// "compare --queue 15,10,5,2", become each model's natural kind, so that the tutorial's
// programs stay exact: counted by sync and cooperative, slept by the others.
enum class Numbers : quint8
{
    AsGiven,           // every item runs as its kind says
    AsTheModelsNatural // numbers are plain: each model runs them as its natural kind
};

// One run, ready for the engine.
struct PlannedRun
{
    RunRequest request;
    int converted = 0; // plain numbers that became the model's natural kind
    // What the plain numbers became (when there were any).
    std::optional<WorkKind> numbersBecame;
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
// The queue with its plain numbers (AsTheModelsNatural) turned into the model's natural
// kind, and how many there were; an error when the model's natural kind is a fetch (a
// number is not a URL), or for an item it cannot run at all.
Result<PlannedRun> adapt(const Model &model, const WorkQueue &queue, Numbers numbers);
// One run of the model on the queue.
Result<PlannedRun> plan(const Model &model, const WorkQueue &queue, const RunSettings &settings,
                        Numbers numbers);
// Every model that can run the queue.
Result<PlannedComparison> planAll(const WorkQueue &queue, const RunSettings &settings,
                                  Numbers numbers);
// The demo server's seven pages as a queue; starts the server.
Result<WorkQueue> demoPages(int tasks);
} // namespace RunPlanner

} // namespace TaskLanes

Q_DECLARE_METATYPE(TaskLanes::PlannedRun)
