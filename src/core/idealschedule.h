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

// The schedule each model would follow on this queue with this many tasks, from the
// model's rules alone (no measurement): the lower bound a real run is held against.
IdealSchedule computeIdealSchedule(const VariantInfo &variant, const QList<WorkItem> &items,
                                   int tasks);

} // namespace TaskLanes
Q_DECLARE_METATYPE(TaskLanes::IdealSchedule)
