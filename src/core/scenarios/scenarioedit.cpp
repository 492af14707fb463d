#include "scenarioedit.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace TaskLanes::Scenarios {

namespace {

// The list a step at path is in, or null when the path leads nowhere.
QList<Step> *siblings(Task &task, const StepPath &path)
{
    if (path.isEmpty())
        return nullptr;
    QList<Step> *list = &task.steps;
    for (qsizetype level = 0; level + 1 < path.size(); ++level) {
        const int i = path.at(level);
        if (i < 0 || i >= list->size() || list->at(i).kind != StepKind::Repeat)
            return nullptr;
        list = &(*list)[i].steps;
    }
    return list;
}

// Calls use(step, where) for every step naming the resource (as a resource or as the value
// a condition's wait looks at), depth first; stops when use returns false.
template <typename Use>
bool forEachUse(const QList<Step> &steps, int resource, const QString &prefix, Use &&use)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        const QString where = prefix + QString::number(i + 1);
        if ((step.resource == resource || step.until == resource) && !use(step, where))
            return false;
        if (!forEachUse(step.steps, resource, where + u'.', use))
            return false;
    }
    return true;
}

QString whereText(const Task &task, const QString &where)
{
    return QCoreApplication::translate("Scenario", "task %1").arg(task.name) + u", "_s +
           QCoreApplication::translate("ScenarioEdit", "step %1").arg(where);
}

void shiftIndices(QList<Step> &steps, int removed)
{
    for (Step &step : steps) {
        if (step.resource > removed)
            --step.resource;
        if (step.until > removed)
            --step.until;
        shiftIndices(step.steps, removed);
    }
}

} // namespace

const Step *stepAt(const Task &task, const StepPath &path)
{
    return stepAt(const_cast<Task &>(task), path);
}

Step *stepAt(Task &task, const StepPath &path)
{
    QList<Step> *list = siblings(task, path);
    if (!list || path.last() < 0 || path.last() >= list->size())
        return nullptr;
    return &(*list)[path.last()];
}

StepPath insertStep(Task &task, const StepPath &path, Step step)
{
    QList<Step> *list = siblings(task, path);
    Q_ASSERT(list);
    const int at = std::clamp(path.last(), 0, int(list->size()));
    list->insert(at, std::move(step));
    StepPath out = path;
    out.last() = at;
    return out;
}

void removeStep(Task &task, const StepPath &path)
{
    if (QList<Step> *list = siblings(task, path);
        list && path.last() >= 0 && path.last() < list->size())
        list->removeAt(path.last());
}

std::optional<StepPath> moveStep(Task &task, const StepPath &path, int direction)
{
    QList<Step> *list = siblings(task, path);
    if (!list)
        return std::nullopt;
    const int from = path.last();
    const int to = from + direction;
    if (from < 0 || from >= list->size() || to < 0 || to >= list->size())
        return std::nullopt;
    list->move(from, to);
    StepPath out = path;
    out.last() = to;
    return out;
}

StepPath duplicateStep(Task &task, const StepPath &path)
{
    const Step *step = stepAt(task, path);
    Q_ASSERT(step);
    StepPath next = path;
    ++next.last();
    return insertStep(task, next, *step);
}

QString resourceUse(const Scenario &scenario, int resource)
{
    QString found;
    for (const Task &task : scenario.tasks) {
        forEachUse(task.steps, resource, {}, [&](const Step &, const QString &where) {
            found = whereText(task, where);
            return false;
        });
        if (!found.isEmpty())
            break;
    }
    return found;
}

Status removeResource(Scenario &scenario, int resource)
{
    if (resource < 0 || resource >= scenario.resources.size())
        return Error{QCoreApplication::translate("ScenarioEdit", "no resource is selected")};
    if (const QString use = resourceUse(scenario, resource); !use.isEmpty())
        return Error{QCoreApplication::translate("ScenarioEdit",
                                                 "%1 is still used (%2): remove those steps first")
                         .arg(scenario.resources.at(resource).name, use)};
    scenario.resources.removeAt(resource);
    for (Task &task : scenario.tasks)
        shiftIndices(task.steps, resource);
    return {};
}

Status checkRetype(const Scenario &scenario, int resource, ResourceType type)
{
    QString refused;
    for (const Task &task : scenario.tasks) {
        forEachUse(task.steps, resource, {}, [&](const Step &step, const QString &where) {
            const bool fits =
                step.resource == resource ? stepFits(step.kind, type) : type == ResourceType::Value;
            if (!fits)
                refused = QCoreApplication::translate("ScenarioEdit",
                                                      "%1 cannot be a %2: %3 uses it (%4)")
                              .arg(scenario.resources.at(resource).name, typeName(type),
                                   whereText(task, where), stepName(step.kind));
            return fits;
        });
        if (!refused.isEmpty())
            return Error{refused};
    }
    return {};
}

Status checkResourceName(const Scenario &scenario, const QString &name, int except)
{
    if (Status ok = checkName(name); !ok)
        return ok;
    const int other = scenario.resourceIndex(name);
    if (other >= 0 && other != except)
        return Error{
            QCoreApplication::translate("ScenarioEdit", "another resource is named %1").arg(name)};
    return {};
}

Status checkTaskName(const Scenario &scenario, const QString &name, int except)
{
    if (Status ok = checkName(name); !ok)
        return ok;
    for (qsizetype i = 0; i < scenario.tasks.size(); ++i)
        if (i != except && scenario.tasks.at(i).name == name)
            return Error{
                QCoreApplication::translate("ScenarioEdit", "another task is named %1").arg(name)};
    return {};
}

QString amountLabel(ResourceType type)
{
    switch (type) {
    case ResourceType::Semaphore:
        return QCoreApplication::translate("ScenarioEdit", "Permits");
    case ResourceType::Barrier:
        return QCoreApplication::translate("ScenarioEdit", "Parties");
    case ResourceType::Queue:
        return QCoreApplication::translate("ScenarioEdit", "Capacity (0: no limit)");
    case ResourceType::Value:
        return QCoreApplication::translate("ScenarioEdit", "Initial value");
    default:
        return {};
    }
}

Status checkAmount(const Scenario &scenario, ResourceType type, double amount)
{
    if (type == ResourceType::Value) {
        if (!(std::abs(amount) <= Limits::maxMagnitude))
            return Error{
                QCoreApplication::translate("Scenario", "%1 is not a number of at most %2 digits")
                    .arg(localNumber(amount))
                    .arg(15)};
        return {};
    }
    if (amountLabel(type).isEmpty())
        return {};
    const qint64 least = type == ResourceType::Barrier ? 1 : 0;
    const qint64 most =
        type == ResourceType::Barrier ? qint64(scenario.tasks.size()) : Limits::maxCount;
    if (amount != std::floor(amount) || amount < double(least) || amount > double(most)) {
        if (type == ResourceType::Barrier)
            return Error{
                QCoreApplication::translate(
                    "ScenarioEdit",
                    "a barrier's parties are a whole number from 1 to %1, the number of tasks")
                    .arg(most)};
        return Error{
            QCoreApplication::translate("ScenarioEdit", "a whole number from %1 to %2 is needed")
                .arg(least)
                .arg(most)};
    }
    return {};
}

QString stepLabel(const Scenario &scenario, const Step &step)
{
    const auto resource = [&](int index) {
        return index >= 0 && index < scenario.resources.size() ? scenario.resources.at(index).name
                                                               : u"?"_s;
    };
    const QString name = stepName(step.kind);
    switch (step.kind) {
    case StepKind::Sleep:
    case StepKind::Compute:
    case StepKind::Count:
        return (step.units == 1 ? QCoreApplication::translate("ScenarioEdit", "%1 %2 unit")
                                : QCoreApplication::translate("ScenarioEdit", "%1 %2 units"))
            .arg(name, localNumber(step.units));
    case StepKind::Fetch:
        return name + u' ' + step.url;
    case StepKind::Repeat:
        return QCoreApplication::translate("ScenarioEdit", "repeat %n time(s)", nullptr,
                                           step.times);
    case StepKind::Put:
        return QCoreApplication::translate("ScenarioEdit", "put %1 into %2")
            .arg(localNumber(step.value), resource(step.resource));
    case StepKind::Write:
        return QCoreApplication::translate("ScenarioEdit", "write %1, adding %2")
            .arg(resource(step.resource), localNumber(step.value));
    case StepKind::Wait:
        if (step.until >= 0)
            return QCoreApplication::translate("ScenarioEdit", "wait %1 until %2 ≥ %3")
                .arg(resource(step.resource), resource(step.until), localNumber(step.atLeast));
        [[fallthrough]];
    default:
        return name + u' ' + resource(step.resource);
    }
}

QString amountText(const Resource &resource)
{
    switch (resource.type) {
    case ResourceType::Semaphore:
        return QCoreApplication::translate("ScenarioEdit", "%n permit(s)", nullptr,
                                           int(resource.count));
    case ResourceType::Barrier:
        return QCoreApplication::translate("ScenarioEdit", "%n parties", nullptr,
                                           int(resource.count));
    case ResourceType::Queue:
        return resource.count == 0 ? QCoreApplication::translate("ScenarioEdit", "no limit")
                                   : QCoreApplication::translate("ScenarioEdit", "holds %n",
                                                                 nullptr, int(resource.count));
    case ResourceType::Value:
        return QCoreApplication::translate("ScenarioEdit", "starts at %1")
            .arg(localNumber(resource.initial));
    default:
        return {};
    }
}

} // namespace TaskLanes::Scenarios
