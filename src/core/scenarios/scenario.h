#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace TaskLanes::Scenarios {

// A scenario (SPEC 7): each task runs its own script of steps over shared resources.

enum class ResourceType : quint8
{
    Lock,      // threading.Lock / asyncio.Lock
    RLock,     // threading.RLock (asyncio has none)
    Semaphore, // count permits
    Event,
    Condition, // with a lock of its own
    Barrier,   // parties
    Queue,     // capacity (0: unbounded), with task_done and join
    Value,     // a shared number
};
QString typeName(ResourceType type);
std::optional<ResourceType> typeFromName(QStringView name);

enum class StepKind : quint8
{
    Acquire,
    Release,
    Wait,
    Set,
    Clear,
    Notify,
    NotifyAll,
    Put,
    Get,
    TaskDone,
    Join,
    Read,
    Write,
    Sleep,
    Compute,
    Count,
    Fetch,
    Repeat,
};
// The "do" of a step in files and on the console ("notify_all").
QString stepName(StepKind kind);
std::optional<StepKind> stepFromName(QStringView name);
// Whether a step of this kind names a resource, and of which types it may be.
bool takesResource(StepKind kind);
bool stepFits(StepKind kind, ResourceType type);
// sleep, compute and count take units.
bool takesUnits(StepKind kind);

struct Resource
{
    QString name;
    ResourceType type = ResourceType::Lock;
    qint64 count = 0;   // semaphore: permits; barrier: parties; queue: capacity (0 unbounded)
    double initial = 0; // value
    friend bool operator==(const Resource &, const Resource &) = default;
};

struct Step
{
    StepKind kind = StepKind::Sleep;
    int resource = -1; // index into the scenario's resources
    double units = 0;  // sleep, compute, count
    double value = 0;  // put: the item; write: what is added to the private copy
    QString url;       // fetch
    int times = 0;     // repeat
    QList<Step> steps; // repeat
    // A condition's wait_for(predicate): wait until the value resource is at least atLeast
    // (checked first, and again after each notify); -1: a plain wait.
    int until = -1;
    double atLeast = 0;
    // (written out: a defaulted one cannot see through the QList of its own type)
    friend bool operator==(const Step &a, const Step &b);
};

struct Task
{
    QString name;
    QList<Step> steps;
    friend bool operator==(const Task &, const Task &) = default;
};

struct Scenario
{
    QString title;
    QList<Resource> resources;
    QList<Task> tasks;
    friend bool operator==(const Scenario &, const Scenario &) = default;
    int resourceIndex(QStringView name) const;
};

namespace Limits {
inline constexpr int maxTasks = 64;
inline constexpr int maxResources = 64;
inline constexpr int maxNameLength = 64;
inline constexpr int maxDepth = 8; // repeats inside repeats
inline constexpr qint64 maxCount = 1'000'000;
inline constexpr double maxUnits = 100'000;
inline constexpr double maxMagnitude = 1e15; // values, adds, items: exact as doubles
// Steps a run may execute, over every task and every repeat: each is a span on the
// timeline and a few lines on the console.
inline constexpr qint64 maxExecutedSteps = 1'000'000;
} // namespace Limits

// A step as a run executes it: repeats unrolled, in order, with where it came from.
struct FlatStep
{
    StepKind kind = StepKind::Sleep;
    int resource = -1;
    double units = 0;
    double value = 0;
    int until = -1;
    double atLeast = 0;
    QString url;
    QString where; // "step 6.2": step 6 of the task, step 2 of its repeat
};
using Program = QList<FlatStep>; // one task's

// The models a scenario runs on.
enum class Backend : quint8
{
    Threads, // one OS thread per task, Qt's mutexes, semaphores and wait conditions
    Async,   // one event loop, asyncio's primitives
};
QString backendName(Backend backend);
std::optional<Backend> backendFromName(QStringView name);

// A resource's or a task's name: 1 to 64 printable characters, no spaces around it.
Status checkName(const QString &name);

// Checks everything a file cannot say by its shape: names, numbers, which step fits which
// resource, a release of a lock the task does not hold, a write before any read, a barrier
// of more parties than tasks, the size once repeats are unrolled. The error names task,
// step and reason ("task Parent A, step 4: releases washer, which it does not hold").
Status validate(const Scenario &scenario);
// Whether the model can run it (asyncio has no RLock), with the same wording.
Status checkBackend(const Scenario &scenario, Backend backend);
// The tasks' programs (the scenario must be valid).
QList<Program> unroll(const Scenario &scenario);

// A number as the console and the files show it: 100, 2.5, -0.25.
QString numberText(double value);
// The same number as the app shows it, in the language's digits and without group
// separators (so a field reads back what it shows): 2,5 in German. The command line's
// locale is C, where it is numberText's.
QString localNumber(double value);

} // namespace TaskLanes::Scenarios
