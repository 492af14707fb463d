// A day's trace read back: whatever the bytes, a day or a one-line refusal; a day read back
// writes a trace that reads back with the same lanes, spans and events.
#include "fuzzcheck.h"
#include "household/householdtrace.h"

using namespace TaskLanes;
using namespace TaskLanes::Home;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<DayTrace> day = importDayTrace(bytes, QStringLiteral("fuzz.json"));
    if (!day) {
        oneLine(day.error());
        return 0;
    }
    const Result<DayTrace> again = importDayTrace(dayTraceToJson(*day), QStringLiteral("again"));
    mustHold(again.ok(), "a day that does not read back");
    mustHold(again->data().lanes == day->data().lanes &&
                 again->data().spans.size() == day->data().spans.size() &&
                 again->data().events.size() == day->data().events.size(),
             "a day that reads back as another");
    return 0;
}
