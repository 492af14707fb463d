// The queue file: whatever the bytes, a queue or a one-line refusal; a queue read back
// from what it writes is the same queue.
#include "formats/queuefile.h"
#include "fuzzcheck.h"

using namespace TaskLanes;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<WorkQueue> queue = parseQueueJson(bytes, QStringLiteral("fuzz.json"));
    if (!queue) {
        oneLine(queue.error());
        return 0;
    }
    for (const WorkItem &item : queue->items)
        mustHold(validateItem(item).ok(), "a queue with an item that is not valid");
    const Result<WorkQueue> again = parseQueueJson(queueToJson(*queue), QStringLiteral("again"));
    mustHold(again.ok() && *again == *queue, "a queue that does not read back as itself");
    return 0;
}
