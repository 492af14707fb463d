// The scenario file: whatever the bytes, a valid scenario or a one-line refusal; a scenario
// read back from what it writes is the same scenario, and unrolls within the limits.
#include "fuzzcheck.h"
#include "scenarios/scenariofile.h"

using namespace TaskLanes;
using namespace TaskLanes::Scenarios;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Scenario> scenario = parseScenarioJson(bytes, QStringLiteral("fuzz.json"));
    if (!scenario) {
        oneLine(scenario.error());
        return 0;
    }
    mustHold(validate(*scenario).ok(), "a scenario that is not valid");
    qint64 steps = 0;
    for (const Program &program : unroll(*scenario))
        steps += program.size();
    mustHold(steps <= Limits::maxExecutedSteps, "a scenario beyond the step limit");
    const Result<Scenario> again =
        parseScenarioJson(scenarioToJson(*scenario), QStringLiteral("again"));
    mustHold(again.ok() && *again == *scenario, "a scenario that does not read back as itself");
    return 0;
}
