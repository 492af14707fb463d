// Trace files: whatever the bytes, a trace or a one-line refusal; a trace written again
// reads back with the same items, spans and lanes.
#include "formats/traceexport.h"
#include "formats/traceimport.h"
#include "fuzzcheck.h"

using namespace TaskLanes;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Trace> trace = importChromeTrace(bytes, QStringLiteral("fuzz.json"));
    if (!trace) {
        oneLine(trace.error());
        return 0;
    }
    const Result<Trace> again =
        importChromeTrace(traceToChromeJson(*trace), QStringLiteral("again"));
    mustHold(again.ok(), "a trace that does not read back");
    mustHold(again->items() == trace->items() && again->tasks() == trace->tasks() &&
                 again->spans().size() == trace->spans().size(),
             "a trace that reads back as another");
    return 0;
}
