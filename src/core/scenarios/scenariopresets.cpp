#include "scenariopresets.h"

#include "scenariofile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace TaskLanes::Scenarios {

namespace {

struct Source
{
    const char *id;
    const char *title;
    const char *explanation;
    const char *json; // resources and tasks, as in a scenario file
    int expectedExit;
    bool threadsOnly;
};

// clang-format off
const Source sources[] = {
{"washer-dryer", QT_TRANSLATE_NOOP("ScenarioPreset", "Washer and dryer (deadlock)"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "Two clones of the parent each need the washer and the dryer. Parent A takes the dryer "
    "first, Parent B the washer; each then waits for the machine the other holds. Look for "
    "the two waiting spans that never end: each names the machine it waits for and who holds "
    "it. The run ends with the cycle named, not with a hang."),
 R"({"resources": [{"name": "washer", "type": "lock"}, {"name": "dryer", "type": "lock"}],
 "tasks": [
  {"name": "Parent A", "steps": [{"do": "acquire", "resource": "dryer"}, {"do": "sleep", "units": 1},
     {"do": "acquire", "resource": "washer"}, {"do": "sleep", "units": 1},
     {"do": "release", "resource": "washer"}, {"do": "release", "resource": "dryer"}]},
  {"name": "Parent B", "steps": [{"do": "acquire", "resource": "washer"}, {"do": "sleep", "units": 1},
     {"do": "acquire", "resource": "dryer"}, {"do": "sleep", "units": 1},
     {"do": "release", "resource": "dryer"}, {"do": "release", "resource": "washer"}]}]})",
 3, false},
{"washer-dryer-fixed", QT_TRANSLATE_NOOP("ScenarioPreset", "Washer and dryer, one lock order"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "The same two clones, but both take the washer before the dryer. Whoever gets the washer "
    "first does the whole load; the other waits for the washer, holding nothing, so no cycle "
    "can form. Look for the arrow from one parent's release to the other's acquire."),
 R"({"resources": [{"name": "washer", "type": "lock"}, {"name": "dryer", "type": "lock"}],
 "tasks": [
  {"name": "Parent A", "steps": [{"do": "acquire", "resource": "washer"}, {"do": "sleep", "units": 1},
     {"do": "acquire", "resource": "dryer"}, {"do": "sleep", "units": 1},
     {"do": "release", "resource": "dryer"}, {"do": "release", "resource": "washer"}]},
  {"name": "Parent B", "steps": [{"do": "acquire", "resource": "washer"}, {"do": "sleep", "units": 1},
     {"do": "acquire", "resource": "dryer"}, {"do": "sleep", "units": 1},
     {"do": "release", "resource": "dryer"}, {"do": "release", "resource": "washer"}]}]})",
 0, false},
{"checkbook-race", QT_TRANSLATE_NOOP("ScenarioPreset", "The checkbook race"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "Two clones pay bills from one checkbook of 100: A pays 30, B pays 50. Each reads the "
    "balance, works out the new one (that takes a unit) and writes it back. Both read 100, so "
    "the second write undoes the first: the checkbook ends with more money than there is. "
    "The run prints the balance it should have and the payment that was lost."),
 R"({"resources": [{"name": "balance", "type": "value", "initial": 100}],
 "tasks": [
  {"name": "Parent A", "steps": [{"do": "read", "resource": "balance"}, {"do": "sleep", "units": 1},
     {"do": "write", "resource": "balance", "add": -30}]},
  {"name": "Parent B", "steps": [{"do": "read", "resource": "balance"}, {"do": "sleep", "units": 1},
     {"do": "write", "resource": "balance", "add": -50}]}]})",
 0, false},
{"checkbook-fixed", QT_TRANSLATE_NOOP("ScenarioPreset", "The checkbook with a lock"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "The same payments with a lock around each read and write: the second clone waits until "
    "the first has written, then reads the new balance. Both payments count; the balance "
    "ends at 20. The price is the waiting span: the payments no longer overlap."),
 R"({"resources": [{"name": "checkbook", "type": "lock"},
               {"name": "balance", "type": "value", "initial": 100}],
 "tasks": [
  {"name": "Parent A", "steps": [{"do": "acquire", "resource": "checkbook"},
     {"do": "read", "resource": "balance"}, {"do": "sleep", "units": 1},
     {"do": "write", "resource": "balance", "add": -30}, {"do": "release", "resource": "checkbook"}]},
  {"name": "Parent B", "steps": [{"do": "acquire", "resource": "checkbook"},
     {"do": "read", "resource": "balance"}, {"do": "sleep", "units": 1},
     {"do": "write", "resource": "balance", "add": -50}, {"do": "release", "resource": "checkbook"}]}]})",
 0, false},
{"counter-race", QT_TRANSLATE_NOOP("ScenarioPreset", "Two threads adding to a counter"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "The primers' counter: two tasks each add 1 ten times, reading the counter, pausing a "
    "moment (a tenth of a unit) and writing it back. The pause lets the other task read the "
    "same number, so additions are lost: the counter ends well short of 20. On the event loop "
    "the pause is an await, and asyncio loses the same updates: a race needs only a switch "
    "between read and write, not threads."),
 R"({"resources": [{"name": "counter", "type": "value", "initial": 0}],
 "tasks": [
  {"name": "Adder 1", "steps": [{"do": "repeat", "times": 10, "steps": [
     {"do": "read", "resource": "counter"}, {"do": "sleep", "units": 0.1},
     {"do": "write", "resource": "counter", "add": 1}]}]},
  {"name": "Adder 2", "steps": [{"do": "repeat", "times": 10, "steps": [
     {"do": "read", "resource": "counter"}, {"do": "sleep", "units": 0.1},
     {"do": "write", "resource": "counter", "add": 1}]}]}]})",
 0, false},
{"counter-lock", QT_TRANSLATE_NOOP("ScenarioPreset", "The counter with a lock"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "The same adders, each holding a lock from read to write: the counter reaches 20. On "
    "the event loop the lock goes to whoever waited first, so the adders take turns, an "
    "arrow for each hand-off. On threads a lock is not fair: the adder that lets go usually "
    "takes it straight back before the waiting one wakes, so one adder does most of its "
    "additions first. Python's threading.Lock does the same."),
 R"({"resources": [{"name": "guard", "type": "lock"},
               {"name": "counter", "type": "value", "initial": 0}],
 "tasks": [
  {"name": "Adder 1", "steps": [{"do": "repeat", "times": 10, "steps": [
     {"do": "acquire", "resource": "guard"}, {"do": "read", "resource": "counter"},
     {"do": "sleep", "units": 0.1}, {"do": "write", "resource": "counter", "add": 1},
     {"do": "release", "resource": "guard"}]}]},
  {"name": "Adder 2", "steps": [{"do": "repeat", "times": 10, "steps": [
     {"do": "acquire", "resource": "guard"}, {"do": "read", "resource": "counter"},
     {"do": "sleep", "units": 0.1}, {"do": "write", "resource": "counter", "add": 1},
     {"do": "release", "resource": "guard"}]}]}]})",
 0, false},
{"lock-reentry", QT_TRANSLATE_NOOP("ScenarioPreset", "A Lock taken twice"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "A task that holds a Lock and asks for it again waits for itself: a Lock does not know "
    "who holds it. The run ends as a deadlock of one task with itself. Compare the RLock "
    "preset, which counts its holder's acquires."),
 R"({"resources": [{"name": "ledger", "type": "lock"}],
 "tasks": [
  {"name": "Clerk", "steps": [{"do": "acquire", "resource": "ledger"}, {"do": "compute", "units": 0.5},
     {"do": "acquire", "resource": "ledger"}, {"do": "compute", "units": 0.5},
     {"do": "release", "resource": "ledger"}, {"do": "release", "resource": "ledger"}]}]})",
 3, false},
{"rlock-reentry", QT_TRANSLATE_NOOP("ScenarioPreset", "An RLock taken twice"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "The same clerk with an RLock: its holder may acquire it again, and must release it as "
    "often. The run ends normally. asyncio has no RLock, so this one runs on threads only."),
 R"({"resources": [{"name": "ledger", "type": "rlock"}],
 "tasks": [
  {"name": "Clerk", "steps": [{"do": "acquire", "resource": "ledger"}, {"do": "compute", "units": 0.5},
     {"do": "acquire", "resource": "ledger"}, {"do": "compute", "units": 0.5},
     {"do": "release", "resource": "ledger"}, {"do": "release", "resource": "ledger"}]}]})",
 0, true},
{"semaphore-downloads", QT_TRANSLATE_NOOP("ScenarioPreset", "Ten downloads, three at a time"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "Ten downloads share a semaphore of 3: at most three run at once, the others wait for a "
    "permit. Look for the waves of three, and the arrow from each finished download to the "
    "one that takes its permit."),
 R"({"resources": [{"name": "slots", "type": "semaphore", "count": 3}],
 "tasks": [
  {"name": "Download 1", "steps": [{"do": "acquire", "resource": "slots"}, {"do": "sleep", "units": 2}, {"do": "release", "resource": "slots"}]},
  {"name": "Download 2", "steps": [{"do": "acquire", "resource": "slots"}, {"do": "sleep", "units": 2}, {"do": "release", "resource": "slots"}]},
  {"name": "Download 3", "steps": [{"do": "acquire", "resource": "slots"}, {"do": "sleep", "units": 2}, {"do": "release", "resource": "slots"}]},
  {"name": "Download 4", "steps": [{"do": "acquire", "resource": "slots"}, {"do": "sleep", "units": 2}, {"do": "release", "resource": "slots"}]},
  {"name": "Download 5", "steps": [{"do": "acquire", "resource": "slots"}, {"do": "sleep", "units": 2}, {"do": "release", "resource": "slots"}]},
  {"name": "Download 6", "steps": [{"do": "acquire", "resource": "slots"}, {"do": "sleep", "units": 2}, {"do": "release", "resource": "slots"}]},
  {"name": "Download 7", "steps": [{"do": "acquire", "resource": "slots"}, {"do": "sleep", "units": 2}, {"do": "release", "resource": "slots"}]},
  {"name": "Download 8", "steps": [{"do": "acquire", "resource": "slots"}, {"do": "sleep", "units": 2}, {"do": "release", "resource": "slots"}]},
  {"name": "Download 9", "steps": [{"do": "acquire", "resource": "slots"}, {"do": "sleep", "units": 2}, {"do": "release", "resource": "slots"}]},
  {"name": "Download 10", "steps": [{"do": "acquire", "resource": "slots"}, {"do": "sleep", "units": 2}, {"do": "release", "resource": "slots"}]}]})",
 0, false},
{"event-start", QT_TRANSLATE_NOOP("ScenarioPreset", "An event that starts the workers"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "Three workers wait on one event; the starter gets ready for two units and sets it. "
    "Every worker resumes at the set, each with an arrow from it, and then they work at once."),
 R"({"resources": [{"name": "go", "type": "event"}],
 "tasks": [
  {"name": "Starter", "steps": [{"do": "sleep", "units": 2}, {"do": "set", "resource": "go"}]},
  {"name": "Worker 1", "steps": [{"do": "wait", "resource": "go"}, {"do": "sleep", "units": 1}]},
  {"name": "Worker 2", "steps": [{"do": "wait", "resource": "go"}, {"do": "sleep", "units": 2}]},
  {"name": "Worker 3", "steps": [{"do": "wait", "resource": "go"}, {"do": "sleep", "units": 3}]}]})",
 0, false},
{"condition-shelf", QT_TRANSLATE_NOOP("ScenarioPreset", "A producer and consumers on a condition"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "A baker puts four loaves on a shelf, one a unit, and notifies the shelf's condition each "
    "time; two customers wait on it until there is stock (wait_for), then take a loaf. A "
    "wait lets go of the condition's lock, so the baker can get in: look for each customer's "
    "waiting span, the baker's notify arrow, and the customer taking the lock back."),
 R"({"resources": [{"name": "shelf", "type": "condition"},
               {"name": "stock", "type": "value", "initial": 0}],
 "tasks": [
  {"name": "Baker", "steps": [{"do": "repeat", "times": 4, "steps": [
     {"do": "sleep", "units": 1}, {"do": "acquire", "resource": "shelf"},
     {"do": "read", "resource": "stock"}, {"do": "write", "resource": "stock", "add": 1},
     {"do": "notify", "resource": "shelf"}, {"do": "release", "resource": "shelf"}]}]},
  {"name": "Customer 1", "steps": [{"do": "repeat", "times": 2, "steps": [
     {"do": "acquire", "resource": "shelf"},
     {"do": "wait", "resource": "shelf", "until": "stock", "at_least": 1},
     {"do": "read", "resource": "stock"}, {"do": "write", "resource": "stock", "add": -1},
     {"do": "release", "resource": "shelf"}]}]},
  {"name": "Customer 2", "steps": [{"do": "repeat", "times": 2, "steps": [
     {"do": "acquire", "resource": "shelf"},
     {"do": "wait", "resource": "shelf", "until": "stock", "at_least": 1},
     {"do": "read", "resource": "stock"}, {"do": "write", "resource": "stock", "add": -1},
     {"do": "release", "resource": "shelf"}]}]}]})",
 0, false},
{"barrier-phases", QT_TRANSLATE_NOOP("ScenarioPreset", "A barrier between two phases"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "Three workers finish their first phase after 1, 2 and 3 units and wait at a barrier of "
    "3. Nobody starts the second phase before the last one arrives; then all three go at "
    "once, the two that waited each with an arrow from the last arrival."),
 R"({"resources": [{"name": "phase", "type": "barrier", "parties": 3}],
 "tasks": [
  {"name": "Worker 1", "steps": [{"do": "sleep", "units": 1}, {"do": "wait", "resource": "phase"}, {"do": "sleep", "units": 1}]},
  {"name": "Worker 2", "steps": [{"do": "sleep", "units": 2}, {"do": "wait", "resource": "phase"}, {"do": "sleep", "units": 1}]},
  {"name": "Worker 3", "steps": [{"do": "sleep", "units": 3}, {"do": "wait", "resource": "phase"}, {"do": "sleep", "units": 1}]}]})",
 0, false},
{"bounded-queue", QT_TRANSLATE_NOOP("ScenarioPreset", "A bounded queue with join"),
 QT_TRANSLATE_NOOP("ScenarioPreset",
    "A producer puts six jobs into a queue that holds two; two consumers get a job, work on "
    "it for a unit and mark it done. The producer waits whenever the queue is full, then "
    "joins it: it goes on only when every job is done. Look for the put-to-get arrows and "
    "the producer's waits for room."),
 R"({"resources": [{"name": "jobs", "type": "queue", "capacity": 2}],
 "tasks": [
  {"name": "Producer", "steps": [{"do": "put", "resource": "jobs", "value": 1},
     {"do": "put", "resource": "jobs", "value": 2}, {"do": "put", "resource": "jobs", "value": 3},
     {"do": "put", "resource": "jobs", "value": 4}, {"do": "put", "resource": "jobs", "value": 5},
     {"do": "put", "resource": "jobs", "value": 6}, {"do": "join", "resource": "jobs"}]},
  {"name": "Consumer 1", "steps": [{"do": "repeat", "times": 3, "steps": [
     {"do": "get", "resource": "jobs"}, {"do": "sleep", "units": 1},
     {"do": "task_done", "resource": "jobs"}]}]},
  {"name": "Consumer 2", "steps": [{"do": "repeat", "times": 3, "steps": [
     {"do": "get", "resource": "jobs"}, {"do": "sleep", "units": 1},
     {"do": "task_done", "resource": "jobs"}]}]}]})",
 0, false},
};
// clang-format on

QList<ScenarioPreset> build()
{
    QList<ScenarioPreset> list;
    for (const Source &source : sources) {
        // The sources are ours; the parser checks them as it checks a user's file.
        QByteArray json = R"({"format": "tasklanes-scenario", "version": 1, "title": ")" +
                          QByteArray(source.title) + "\", " + QByteArray(source.json).mid(1);
        auto scenario = parseScenarioJson(json, QString::fromLatin1(source.id));
        Q_ASSERT_X(scenario.ok(), source.id, qPrintable(scenario.error()));
        if (!scenario)
            continue;
        list.append({QString::fromLatin1(source.id), source.title, source.explanation,
                     std::move(*scenario), source.expectedExit, source.threadsOnly});
    }
    return list;
}

} // namespace

QString ScenarioPreset::translatedTitle() const
{
    return QCoreApplication::translate("ScenarioPreset", title);
}

QString ScenarioPreset::translatedExplanation() const
{
    return QCoreApplication::translate("ScenarioPreset", explanation);
}

const QList<ScenarioPreset> &scenarioPresets()
{
    static const QList<ScenarioPreset> list = build();
    return list;
}

const ScenarioPreset *findScenarioPreset(QStringView id)
{
    for (const ScenarioPreset &preset : scenarioPresets())
        if (preset.id == id)
            return &preset;
    return nullptr;
}

} // namespace TaskLanes::Scenarios
