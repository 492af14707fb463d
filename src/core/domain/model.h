#pragma once

#include "idealschedule.h"
#include "trace.h"
#include "workqueue.h"

#include <QCoroTask>

namespace TaskLanes {

class RunContext;

// What a model's ideal schedule is worked out from.
struct IdealInput
{
    const QList<WorkItem> &items;
    int tasks = 1;
    const QList<double> &durations; // per item: units with zero overhead
    int cores = 1;                  // the machine's CPU cores
};

// Every model runs every kind of item, as its Python twin would (SPEC 1).
inline const QList<WorkKind> allKinds{WorkKind::Count, WorkKind::Sleep, WorkKind::Fetch,
                                      WorkKind::Compute};

// The queue a model runs when it is given none.
enum class DefaultQueue : quint8
{
    Tutorial,  // 15, 10, 5, 2 as the model's natural kind
    DemoPages, // the demo server's seven pages
};

// One concurrency model: what it is called and teaches, what it can run, how its tasks
// run (on the engine thread, through a RunContext) and how they would run with no
// overhead at all. Each model is one file under models/, written with designated
// initializers; models/registry.cpp lists them in the order users see.
struct Model
{
    QString id;                             // fixed: the command line, files and the app use it
    const char *title = nullptr;            // translatable (context "Variant")
    const char *explanation = nullptr;      // translatable (context "Variant"): what to look for
    QList<WorkKind> accepts;                // the kinds of item it can run
    WorkKind naturalKind = WorkKind::Count; // what plain numbers become
    DefaultQueue defaultQueue = DefaultQueue::Tutorial;
    bool printsTotal = false;        // ends with an empty line and "Total elapsed time: x"
    bool deterministicLines = false; // the order of its lines follows from the queue alone
    bool startsProcesses = false;    // one worker process per task
    bool usesSwitchInterval = false; // has a GIL that changes hands at the switch interval
    QCoro::Task<> (*run)(RunContext &ctx) = nullptr;
    IdealSchedule (*ideal)(const IdealInput &input) = nullptr;
    // What a run of it teaches, in plain words, from what it recorded (none: nothing).
    QList<RunNote> (*notes)(const Trace::Data &run) = nullptr;

    QString translatedTitle() const;
    QString translatedExplanation() const;
    bool acceptsKind(WorkKind kind) const { return accepts.contains(kind); }
    bool needsDemoServer() const { return defaultQueue == DefaultQueue::DemoPages; }
    // More worker processes than this many per core cost more to start and hold than
    // they can give back: the command line says so, the app asks first.
    static constexpr int processesPerCoreWorthIt = 4;
    bool startsManyProcesses(int tasks) const
    {
        return startsProcesses && tasks > processesPerCoreWorthIt * idealCores();
    }
    // Whether every item is of a kind this model runs; the error names the first that
    // is not.
    Status checkItems(const QList<WorkItem> &items) const;
    // The ideal schedule on these items: durations from idealDurations(items, unitMs,
    // measuredUnits).
    IdealSchedule idealFor(const QList<WorkItem> &items, int tasks, int unitMs,
                           const QList<double> &measuredUnits = {}) const;
};

// The trace with the model's notes worked out from its spans.
Trace withNotes(Trace::Data data, const Model &model);

// The trace with its ideal worked out again, fetches of unknown latency taking their
// measured time (their ideal is not known until they have run).
Trace withMeasuredIdeal(const Trace &trace, const Model &model);

} // namespace TaskLanes
