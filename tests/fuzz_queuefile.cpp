// The queue file: whatever the bytes, a queue or a one-line refusal; a queue read back
// from what it writes is the same queue; and the same verdict and queue as reading it
// through QJsonDocument gives (the reader before TaskLanes had its own).
#include "formats/queuefile.h"
#include "fuzzcheck.h"
#include "referencequeuefile.h"

using namespace TaskLanes;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<WorkQueue> queue = parseQueueJson(bytes, QStringLiteral("fuzz.json"));
    const Reference::QueueVerdict reference = Reference::readQueue(bytes);
    mustHold(queue.ok() == reference.queue.has_value(),
             queue.ok() ? "a queue that QJsonDocument refuses"
                        : "a refusal of a queue QJsonDocument reads");
    mustHold(!queue.ok() || *queue == *reference.queue, "another queue than QJsonDocument reads");
    if (bytes.startsWith('{') || bytes.startsWith('['))
        mustHold(queue.ok() || reference.validJson !=
                                   queue.error().contains(QStringLiteral("not valid JSON")),
                 "valid JSON by one reader and not by the other");
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
