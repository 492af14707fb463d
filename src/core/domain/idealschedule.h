#pragma once

#include "workqueue.h"

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

} // namespace TaskLanes
Q_DECLARE_METATYPE(TaskLanes::IdealSchedule)
