// A scenario trace read back: whatever the bytes, a trace or a one-line refusal; a trace
// written again reads back with the same steps, states, flows and lines.
#include "fuzzcheck.h"
#include "scenarios/scenariotrace.h"

using namespace TaskLanes;
using namespace TaskLanes::Scenarios;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ScenarioTrace> trace = importScenarioTrace(bytes, QStringLiteral("fuzz.json"));
    if (!trace) {
        oneLine(trace.error());
        return 0;
    }
    // What the views and the writer read must be there: every line can be worded.
    for (const LoggedLine &line : trace->data().lines)
        (void)trace->lineText(line);
    (void)trace->stuckText();
    const Result<ScenarioTrace> again =
        importScenarioTrace(scenarioTraceToJson(*trace), QStringLiteral("again"));
    mustHold(again.ok(), "a trace that does not read back");
    const auto &a = trace->data();
    const auto &b = again->data();
    mustHold(a.steps.size() == b.steps.size() && a.spans.size() == b.spans.size() &&
                 a.flows.size() == b.flows.size() && a.lines.size() == b.lines.size(),
             "a trace that reads back with other events");
    return 0;
}
