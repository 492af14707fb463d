#include "scenario.h"

#include "domain/workqueue.h"

#include <QCoreApplication>
#include <QHash>

#include <QLocale>
#include <algorithm>
#include <array>

#include <cmath>

using namespace Qt::StringLiterals;

namespace TaskLanes::Scenarios {

namespace {

constexpr std::array typeNames{"lock"_L1,      "rlock"_L1,   "semaphore"_L1, "event"_L1,
                               "condition"_L1, "barrier"_L1, "queue"_L1,     "value"_L1};
constexpr std::array stepNames{
    "acquire"_L1,    "release"_L1, "wait"_L1,    "set"_L1,       "clear"_L1, "notify"_L1,
    "notify_all"_L1, "put"_L1,     "get"_L1,     "task_done"_L1, "join"_L1,  "read"_L1,
    "write"_L1,      "sleep"_L1,   "compute"_L1, "count"_L1,     "fetch"_L1, "repeat"_L1};

bool isLockLike(ResourceType type)
{
    return type == ResourceType::Lock || type == ResourceType::RLock ||
           type == ResourceType::Condition;
}

// Steps once repeats are unrolled, stopping past the limit (never overflows).
qint64 executedSteps(const QList<Step> &steps)
{
    qint64 total = 0;
    for (const Step &step : steps) {
        if (step.kind == StepKind::Repeat)
            total += std::min<qint64>(Limits::maxExecutedSteps + 1,
                                      qint64(step.times) * executedSteps(step.steps));
        else
            ++total;
        if (total > Limits::maxExecutedSteps)
            return total;
    }
    return total;
}

void unrollInto(Program &out, const QList<Step> &steps, const QString &prefix)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        const QString where =
            prefix.isEmpty() ? u"step %1"_s.arg(i + 1) : prefix + u'.' + QString::number(i + 1);
        if (step.kind == StepKind::Repeat) {
            // The body once, then copies of it: its texts are shared, not made again.
            Program body;
            unrollInto(body, step.steps, where);
            out.reserve(out.size() + body.size() * step.times);
            for (int n = 0; n < step.times; ++n)
                out.append(body);
            continue;
        }
        out.append({step.kind, step.resource, step.units, step.value, step.until, step.atLeast,
                    step.url, where});
    }
}

bool finiteWithin(double x, double max)
{
    return std::isfinite(x) && std::fabs(x) <= max;
}

// The shape of each step on its own: its resource fits, its numbers are in bounds.
Status checkSteps(const Scenario &scenario, const QList<Step> &steps, const QString &prefix,
                  int depth)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        const QString where =
            prefix.isEmpty() ? u"step %1"_s.arg(i + 1) : prefix + u'.' + QString::number(i + 1);
        const auto fail = [&](const QString &why) { return Error{where + u": "_s + why}; };
        if (takesResource(step.kind)) {
            if (step.resource < 0 || step.resource >= scenario.resources.size())
                return fail(QCoreApplication::translate("Scenario", "%1 names no resource")
                                .arg(stepName(step.kind)));
            const Resource &resource = scenario.resources.at(step.resource);
            if (!stepFits(step.kind, resource.type))
                return fail(QCoreApplication::translate("Scenario", "cannot %1 %2, a %3")
                                .arg(stepName(step.kind), resource.name, typeName(resource.type)));
        }
        if (takesUnits(step.kind) && !(step.units >= 0 && step.units <= Limits::maxUnits))
            return fail(QCoreApplication::translate("Scenario", "%1 units is not between 0 and %2")
                            .arg(numberText(step.units), numberText(Limits::maxUnits)));
        if (!finiteWithin(step.value, Limits::maxMagnitude))
            return fail(
                QCoreApplication::translate("Scenario", "%1 is not a number of at most %2 digits")
                    .arg(numberText(step.value))
                    .arg(15));
        if (step.kind == StepKind::Fetch) {
            if (const Status ok = validateItem(WorkItem::fetch(step.url)); !ok)
                return fail(ok.error());
        }
        if (step.until >= 0) {
            if (step.kind != StepKind::Wait || step.resource < 0 ||
                scenario.resources.at(step.resource).type != ResourceType::Condition)
                return fail(QCoreApplication::translate(
                    "Scenario", "only a wait on a condition can wait until a value"));
            if (step.until >= scenario.resources.size() ||
                scenario.resources.at(step.until).type != ResourceType::Value)
                return fail(QCoreApplication::translate(
                    "Scenario", "waits until something that is not a value"));
            if (!finiteWithin(step.atLeast, Limits::maxMagnitude))
                return fail(QCoreApplication::translate("Scenario",
                                                        "%1 is not a number of at most %2 digits")
                                .arg(numberText(step.atLeast))
                                .arg(15));
        }
        if (step.kind == StepKind::Repeat) {
            if (step.times < 1 || step.times > Limits::maxCount)
                return fail(QCoreApplication::translate("Scenario",
                                                        "repeats %1 times, not between 1 and %2")
                                .arg(step.times)
                                .arg(Limits::maxCount));
            if (step.steps.isEmpty())
                return fail(QCoreApplication::translate("Scenario", "repeats no steps"));
            if (depth >= Limits::maxDepth)
                return fail(
                    QCoreApplication::translate("Scenario", "repeats are nested more than %1 deep")
                        .arg(Limits::maxDepth));
            if (Status ok = checkSteps(scenario, step.steps, where, depth + 1); !ok)
                return ok;
        }
    }
    return {};
}

// What a task's program does to the locks it holds and the values it has read, in order:
// a release needs the lock held, a condition's wait and notify need its lock, a write
// needs a read first (it writes the task's private copy).
Status checkProgram(const Scenario &scenario, const Program &program)
{
    QHash<int, int> held; // lock-like resource -> depth
    QList<bool> read(scenario.resources.size(), false);
    for (const FlatStep &step : program) {
        const auto fail = [&](const QString &why) { return Error{step.where + u": "_s + why}; };
        if (step.resource < 0)
            continue;
        const Resource &resource = scenario.resources.at(step.resource);
        if (!isLockLike(resource.type)) {
            if (step.kind == StepKind::Read)
                read[step.resource] = true;
            if (step.kind == StepKind::Write && !read.at(step.resource))
                return fail(
                    QCoreApplication::translate(
                        "Scenario", "writes %1 before reading it (a write stores the task's copy)")
                        .arg(resource.name));
            continue;
        }
        switch (step.kind) {
        case StepKind::Acquire:
            ++held[step.resource];
            break;
        case StepKind::Release:
            if (held.value(step.resource) == 0)
                return fail(
                    QCoreApplication::translate("Scenario", "releases %1, which it does not hold")
                        .arg(resource.name));
            --held[step.resource];
            break;
        case StepKind::Wait:
        case StepKind::Notify:
        case StepKind::NotifyAll:
            if (held.value(step.resource) == 0)
                return fail(QCoreApplication::translate(
                                "Scenario",
                                "%1 on %2 without holding its lock (Python raises RuntimeError)")
                                .arg(stepName(step.kind), resource.name));
            break;
        default:
            break;
        }
    }
    return {};
}

} // namespace

Status checkName(const QString &name)
{
    // A name is printed in lines and errors: a control character (a carriage return, an
    // escape) would break the line or drive the terminal.
    if (!std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.isPrint(); }))
        return Error{
            QCoreApplication::translate("Scenario", "the name \"%1\" holds a control character")
                .arg(shown(name, 64))};
    if (name.trimmed().isEmpty() || name.size() > Limits::maxNameLength || name != name.trimmed())
        return Error{QCoreApplication::translate(
                         "Scenario", "a name needs 1 to %1 characters, without spaces around it")
                         .arg(Limits::maxNameLength)};
    return {};
}

QString typeName(ResourceType type)
{
    return QString(typeNames.at(size_t(type)));
}

std::optional<ResourceType> typeFromName(QStringView name)
{
    for (size_t i = 0; i < typeNames.size(); ++i)
        if (name == typeNames.at(i))
            return ResourceType(i);
    return std::nullopt;
}

QString stepName(StepKind kind)
{
    return QString(stepNames.at(size_t(kind)));
}

std::optional<StepKind> stepFromName(QStringView name)
{
    for (size_t i = 0; i < stepNames.size(); ++i)
        if (name == stepNames.at(i))
            return StepKind(i);
    return std::nullopt;
}

bool takesResource(StepKind kind)
{
    switch (kind) {
    case StepKind::Sleep:
    case StepKind::Compute:
    case StepKind::Count:
    case StepKind::Fetch:
    case StepKind::Repeat:
        return false;
    default:
        return true;
    }
}

bool takesUnits(StepKind kind)
{
    return kind == StepKind::Sleep || kind == StepKind::Compute || kind == StepKind::Count;
}

bool stepFits(StepKind kind, ResourceType type)
{
    using T = ResourceType;
    switch (kind) {
    case StepKind::Acquire:
    case StepKind::Release:
        return type == T::Lock || type == T::RLock || type == T::Semaphore || type == T::Condition;
    case StepKind::Wait:
        return type == T::Event || type == T::Barrier || type == T::Condition;
    case StepKind::Set:
    case StepKind::Clear:
        return type == T::Event;
    case StepKind::Notify:
    case StepKind::NotifyAll:
        return type == T::Condition;
    case StepKind::Put:
    case StepKind::Get:
    case StepKind::TaskDone:
    case StepKind::Join:
        return type == T::Queue;
    case StepKind::Read:
    case StepKind::Write:
        return type == T::Value;
    default:
        return false;
    }
}

bool operator==(const Step &a, const Step &b)
{
    if (a.kind != b.kind || a.resource != b.resource || a.units != b.units || a.value != b.value ||
        a.url != b.url || a.times != b.times || a.until != b.until || a.atLeast != b.atLeast ||
        a.steps.size() != b.steps.size())
        return false;
    for (qsizetype i = 0; i < a.steps.size(); ++i)
        if (!(a.steps.at(i) == b.steps.at(i)))
            return false;
    return true;
}

int Scenario::resourceIndex(QStringView name) const
{
    for (qsizetype i = 0; i < resources.size(); ++i)
        if (resources.at(i).name == name)
            return int(i);
    return -1;
}

QString backendName(Backend backend)
{
    return backend == Backend::Threads ? u"threads"_s : u"async"_s;
}

std::optional<Backend> backendFromName(QStringView name)
{
    if (name == "threads"_L1)
        return Backend::Threads;
    if (name == "async"_L1)
        return Backend::Async;
    return std::nullopt;
}

Status validate(const Scenario &scenario)
{
    if (scenario.title.size() > 200)
        return Error{
            QCoreApplication::translate("Scenario", "the title is longer than 200 characters")};
    if (scenario.tasks.isEmpty())
        return Error{QCoreApplication::translate("Scenario", "it has no tasks")};
    if (scenario.tasks.size() > Limits::maxTasks)
        return Error{QCoreApplication::translate("Scenario", "it has %1 tasks, more than %2")
                         .arg(scenario.tasks.size())
                         .arg(Limits::maxTasks)};
    if (scenario.resources.size() > Limits::maxResources)
        return Error{QCoreApplication::translate("Scenario", "it has %1 resources, more than %2")
                         .arg(scenario.resources.size())
                         .arg(Limits::maxResources)};
    for (qsizetype i = 0; i < scenario.resources.size(); ++i) {
        const Resource &resource = scenario.resources.at(i);
        const QString where = QCoreApplication::translate("Scenario", "resource %1").arg(i + 1);
        if (const Status named = checkName(resource.name); !named)
            return Error{where + u": "_s + named.error()};
        if (scenario.resourceIndex(resource.name) != i)
            return Error{
                where + u": "_s +
                QCoreApplication::translate("Scenario", "%1 is named twice").arg(resource.name)};
        const bool counted = resource.type == ResourceType::Semaphore ||
                             resource.type == ResourceType::Barrier ||
                             resource.type == ResourceType::Queue;
        const qint64 least = resource.type == ResourceType::Barrier ? 1 : 0;
        if (counted && (resource.count < least || resource.count > Limits::maxCount))
            return Error{
                where + u": "_s +
                QCoreApplication::translate("Scenario", "%1 of %2 is not between %3 and %4")
                    .arg(resource.type == ResourceType::Barrier
                             ? QCoreApplication::translate("Scenario", "the parties")
                         : resource.type == ResourceType::Queue
                             ? QCoreApplication::translate("Scenario", "the capacity")
                             : QCoreApplication::translate("Scenario", "the count"),
                         resource.name)
                    .arg(least)
                    .arg(Limits::maxCount)};
        if (resource.type == ResourceType::Barrier && resource.count > scenario.tasks.size())
            return Error{where + u": "_s +
                         QCoreApplication::translate(
                             "Scenario", "%1 waits for %2 parties, but the scenario has %3 tasks")
                             .arg(resource.name)
                             .arg(resource.count)
                             .arg(scenario.tasks.size())};
        if (!finiteWithin(resource.initial, Limits::maxMagnitude))
            return Error{
                where + u": "_s +
                QCoreApplication::translate("Scenario", "%1 is not a number of at most %2 digits")
                    .arg(numberText(resource.initial))
                    .arg(15)};
    }
    qint64 executed = 0;
    for (qsizetype t = 0; t < scenario.tasks.size(); ++t) {
        const Task &task = scenario.tasks.at(t);
        if (const Status named = checkName(task.name); !named)
            return Error{QCoreApplication::translate("Scenario", "task %1").arg(t + 1) + u": "_s +
                         named.error()};
        const QString where =
            QCoreApplication::translate("Scenario", "task %1").arg(task.name) + u", "_s;
        for (qsizetype u = 0; u < t; ++u)
            if (scenario.tasks.at(u).name == task.name)
                return Error{where.chopped(2) + u": "_s +
                             QCoreApplication::translate("Scenario", "the name is used twice")};
        if (Status ok = checkSteps(scenario, task.steps, {}, 0); !ok)
            return Error{where + ok.error()};
        executed += executedSteps(task.steps);
        if (executed > Limits::maxExecutedSteps)
            return Error{
                where.chopped(2) + u": "_s +
                QCoreApplication::translate("Scenario", "the tasks would run more than %1 steps")
                    .arg(Limits::maxExecutedSteps)};
    }
    for (qsizetype t = 0; t < scenario.tasks.size(); ++t) {
        Program program;
        unrollInto(program, scenario.tasks.at(t).steps, {});
        if (Status ok = checkProgram(scenario, program); !ok)
            return Error{
                QCoreApplication::translate("Scenario", "task %1").arg(scenario.tasks.at(t).name) +
                u", "_s + ok.error()};
    }
    return {};
}

Status checkBackend(const Scenario &scenario, Backend backend)
{
    if (backend != Backend::Async)
        return {};
    for (const Resource &resource : scenario.resources)
        if (resource.type == ResourceType::RLock)
            return Error{
                QCoreApplication::translate(
                    "Scenario", "resource %1: asyncio has no RLock; run it with --model threads")
                    .arg(resource.name)};
    return {};
}

QList<Program> unroll(const Scenario &scenario)
{
    QList<Program> programs;
    for (const Task &task : scenario.tasks) {
        Program program;
        unrollInto(program, task.steps, {});
        programs.append(std::move(program));
    }
    return programs;
}

QString numberText(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString localNumber(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return locale.toString(qint64(value));
    // As many decimals as the shortest exact form has, never an exponent.
    const QString shortest = QString::number(value, 'g', 15);
    int decimals = 15;
    if (!shortest.contains(u'e'))
        decimals = int(shortest.size() - shortest.indexOf(u'.') - 1);
    QString text = locale.toString(value, 'f', decimals);
    if (shortest.contains(u'e')) { // (a tiny number: its trailing zeros go)
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

} // namespace TaskLanes::Scenarios
