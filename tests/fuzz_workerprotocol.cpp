// The worker protocol, both sides: each line of the input read as what the parent sends
// (hello, item) and as what a worker says (ready, begin, end); what parses is written
// again and reads back the same.
#include "engine/workerprotocol.h"
#include "fuzzcheck.h"

using namespace TaskLanes;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &line : bytes.split('\n')) {
        if (const auto hello = WorkerProtocol::parseHello(line)) {
            const auto again = WorkerProtocol::parseHello(WorkerProtocol::hello(*hello));
            mustHold(again && again->originNs == hello->originNs &&
                         again->unitOps == hello->unitOps && again->unitMs == hello->unitMs &&
                         again->timeoutMs == hello->timeoutMs,
                     "a hello that does not read back");
        }
        if (const auto item = WorkerProtocol::parseItem(line)) {
            mustHold(validateItem(item->work).ok(), "an item that is not valid");
            const auto again =
                WorkerProtocol::parseItem(WorkerProtocol::item(item->index, item->work));
            mustHold(again && again->index == item->index && again->work == item->work,
                     "an item that does not read back");
        }
        if (const auto m = WorkerProtocol::parseMessage(line)) {
            using Message = WorkerProtocol::Message;
            const QByteArray written = m->type == Message::Ready ? WorkerProtocol::ready(m->pid)
                                       : m->type == Message::Begin
                                           ? WorkerProtocol::begin(m->item, m->ns)
                                           : WorkerProtocol::end(m->item, m->ns, m->error);
            const auto again = WorkerProtocol::parseMessage(written);
            mustHold(again && again->type == m->type && again->pid == m->pid &&
                         again->item == m->item && again->ns == m->ns && again->error == m->error,
                     "a worker's line that does not read back");
            if (m->error)
                oneLine(m->error->text());
        }
    }
    return 0;
}
