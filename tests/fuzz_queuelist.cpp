// The command line's --queue list, read as each kind of model reads numbers.
#include "domain/workqueue.h"
#include "fuzzcheck.h"

using namespace TaskLanes;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (WorkKind kind : {WorkKind::Count, WorkKind::Sleep, WorkKind::Fetch}) {
        const Result<WorkQueue> queue = parseQueueList(text, kind);
        if (!queue) {
            oneLine(queue.error());
            continue;
        }
        mustHold(!queue->items.isEmpty(), "an empty queue accepted");
        for (const WorkItem &item : queue->items)
            mustHold(validateItem(item).ok(), "a list item that is not valid");
    }
    return 0;
}
