// processes: one worker process per task, items over pipes.
#include "notes.h"
#include "schedules.h"

#include "engine/workerpool.h"

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

extern const Model processesModel{
    .id = u"processes"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Processes (worker processes)"),
    .explanation = QT_TRANSLATE_NOOP(
        "Variant",
        "One worker process per task (this program in worker mode), fed items over pipes "
        "by whichever worker asks next. Real CPU parallelism like threads, at a price: "
        "each process must start (visible at the start of each lane), every item and its "
        "result is copied over a pipe, and the processes share no memory."),
    .accepts = allKinds,
    .naturalKind = WorkKind::Sleep,
    .defaultQueue = DefaultQueue::Tutorial,
    .printsTotal = true,
    .deterministicLines = false, // the workers race for the queue
    .startsProcesses = true,
    .run = Workers::run,
    .ideal = Schedules::parallel,
    .notes = Notes::processes,
};

} // namespace TaskLanes::Models
