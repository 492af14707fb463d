#pragma once

#include "variant.h"

#include <QList>
#include <QMetaType>

namespace TaskLanes {

// Where an item would run with zero overhead, in units from the start of the run.
struct IdealSpan
{
    qint32 lane = 0;
    qint32 item = 0;
    double start = 0;
    double end = 0;
};

struct IdealSchedule
{
    QList<IdealSpan> spans; // one per item, sorted by start
    double totalUnits = 0;
};

// The CPU cores the ideal schedule of threads and processes may use.
int idealCores();

// How long each item takes with zero overhead, in units: its number for count, sleep and
// compute; for fetch, what the demo server promises for its timed routes, else the
// measured time when known (measuredUnits, by item), else 0.
QList<double> idealDurations(const QList<WorkItem> &items, int unitMs,
                             const QList<double> &measuredUnits = {});

// The schedule each model would follow on this queue with this many tasks, from the
// model's rules alone: the lower bound a real run is held against.
IdealSchedule computeIdealSchedule(const VariantInfo &variant, const QList<WorkItem> &items,
                                   int tasks, const QList<double> &durations);
// The same with durations from idealDurations(items, unitMs).
IdealSchedule computeIdealSchedule(const VariantInfo &variant, const QList<WorkItem> &items,
                                   int tasks, int unitMs = 1000);

} // namespace TaskLanes
Q_DECLARE_METATYPE(TaskLanes::IdealSchedule)
