// The household file: whatever the bytes, a valid household or a one-line refusal; a
// household read back from what it writes is the same household, and the four parents'
// options are checked against it without a failure of their own.
#include "fuzzcheck.h"
#include "household/household.h"
#include "household/parents.h"

using namespace TaskLanes;
using namespace TaskLanes::Home;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Household> household = parseHouseholdJson(bytes, QStringLiteral("fuzz.json"));
    if (!household) {
        oneLine(household.error());
        return 0;
    }
    mustHold(validate(*household).ok(), "a household that is not valid");
    const Result<Household> again =
        parseHouseholdJson(householdToJson(*household), QStringLiteral("again"));
    mustHold(again.ok() && *again == *household, "a household that does not read back as itself");
    for (Parent parent : allParents) {
        DayOptions options;
        options.parent = parent;
        if (const Status ok = checkOptions(*household, options); !ok)
            oneLine(ok.error());
    }
    return 0;
}
