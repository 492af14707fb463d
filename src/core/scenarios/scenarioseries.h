#pragma once

#include "scenariorun.h"

#include <QList>

namespace TaskLanes::Scenarios {

// What each resource did over a run, as the timeline's resource lanes draw it, worked out
// from the run's lines: who held each lock (and when each event was set), and the level
// of each semaphore (permits taken), queue (items in it), barrier (arrivals) and value.
struct ResourceSeries
{
    struct Hold
    {
        qint64 start = 0;
        qint64 end = 0;
        int task = -1; // the holder (an event: who set it)
    };
    struct Point
    {
        qint64 time = 0;
        double level = 0;
        int task = -1;     // who changed it
        bool lost = false; // a value's write that a later write overwrote
    };
    ResourceType type = ResourceType::Lock;
    QList<Hold> holds;   // locks, rlocks, conditions, events
    QList<Point> levels; // semaphores, queues, barriers, values: each change, in order
    double least = 0;    // the levels' bounds, for scaling (a semaphore's count, a queue's
    double most = 0;     // capacity, a barrier's parties, or what the run reached)

    static QList<ResourceSeries> of(const ScenarioTrace &trace);
};

// Time each task spent in each state over the run, and waiting on each resource: what the
// scenario chart stacks.
struct TaskTimes
{
    qint64 running = 0;
    qint64 sleeping = 0; // blocked or awaiting (a sleep, a fetch)
    qint64 ready = 0;
    qint64 failed = 0;
    QList<qint64> waitingOn; // per resource

    static QList<TaskTimes> of(const ScenarioTrace &trace);
};

} // namespace TaskLanes::Scenarios
