#include "scenariofile.h"

#include "formats/fileio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace TaskLanes::Scenarios {

namespace {

// The first key of obj that is not in allowed.
QString unknownKey(const QJsonObject &obj, std::initializer_list<QLatin1String> allowed)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool known = false;
        for (QLatin1String key : allowed)
            known = known || it.key() == key;
        if (!known)
            return it.key();
    }
    return {};
}

Status unknownField(const QString &key)
{
    return Error{
        QCoreApplication::translate("Scenario", "unknown field \"%1\"").arg(shown(key, 40))};
}

Result<double> number(const QJsonObject &obj, QLatin1String key, std::optional<double> fallback)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() && fallback)
        return *fallback;
    if (!v.isDouble())
        return Error{
            QCoreApplication::translate("Scenario", "\"%1\" is missing or not a number").arg(key)};
    return v.toDouble();
}

Result<qint64> wholeNumber(const QJsonObject &obj, QLatin1String key,
                           std::optional<qint64> fallback)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() && fallback)
        return *fallback;
    const double d = v.isDouble() ? v.toDouble() : 0.5;
    if (d != std::floor(d) || std::fabs(d) > 1e15)
        return Error{
            QCoreApplication::translate("Scenario", "\"%1\" is missing or not a whole number")
                .arg(key)};
    return qint64(d);
}

Result<Resource> parseResource(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{QCoreApplication::translate("Scenario", "not an object")};
    const QJsonObject obj = value.toObject();
    if (!obj.value("name"_L1).isString())
        return Error{QCoreApplication::translate("Scenario", "\"name\" is missing or not text")};
    Resource resource;
    resource.name = obj.value("name"_L1).toString();
    const auto type = typeFromName(obj.value("type"_L1).toString());
    if (!type)
        return Error{QCoreApplication::translate(
                         "Scenario",
                         "%1: \"type\" is not one of lock, rlock, semaphore, event, condition, "
                         "barrier, queue, value")
                         .arg(shown(resource.name, 64))};
    resource.type = *type;
    const auto named = [&](const Status &why) {
        return Error{shown(resource.name, 64) + u": "_s + why.error()};
    };
    QLatin1String countKey;
    std::optional<qint64> countDefault;
    switch (resource.type) {
    case ResourceType::Semaphore:
        countKey = "count"_L1; // threading.Semaphore() has one permit
        countDefault = 1;
        break;
    case ResourceType::Barrier:
        countKey = "parties"_L1;
        break;
    case ResourceType::Queue:
        countKey = "capacity"_L1;
        countDefault = 0;
        break;
    default:
        break;
    }
    const QLatin1String initialKey = resource.type == ResourceType::Value ? "initial"_L1 : ""_L1;
    if (const QString key =
            unknownKey(obj, {"name"_L1, "type"_L1, countKey.isEmpty() ? "name"_L1 : countKey,
                             initialKey.isEmpty() ? "name"_L1 : initialKey});
        !key.isEmpty())
        return named(unknownField(key));
    if (!countKey.isEmpty()) {
        const auto count = wholeNumber(obj, countKey, countDefault);
        if (!count)
            return named(Error{count.error()});
        resource.count = *count;
    }
    if (!initialKey.isEmpty()) {
        const auto initial = number(obj, initialKey, 0.0);
        if (!initial)
            return named(Error{initial.error()});
        resource.initial = *initial;
    }
    return resource;
}

Result<QList<Step>> parseSteps(const QJsonValue &value, const QList<Resource> &resources,
                               const QString &prefix, int depth, Check check);

Result<Step> parseStep(const QJsonValue &value, const QList<Resource> &resources,
                       const QString &where, int depth, Check check)
{
    if (!value.isObject())
        return Error{QCoreApplication::translate("Scenario", "not an object")};
    const QJsonObject obj = value.toObject();
    const auto kind = stepFromName(obj.value("do"_L1).toString());
    if (!kind)
        return Error{QCoreApplication::translate(
            "Scenario", "\"do\" is missing or not a step TaskLanes knows")};
    Step step;
    step.kind = *kind;
    QList<QLatin1String> allowed{"do"_L1};
    if (takesResource(step.kind)) {
        allowed.append("resource"_L1);
        const QString name = obj.value("resource"_L1).toString();
        step.resource = -1;
        for (qsizetype i = 0; i < resources.size(); ++i)
            if (resources.at(i).name == name)
                step.resource = int(i);
        if (step.resource < 0)
            return Error{
                obj.value("resource"_L1).isString()
                    ? QCoreApplication::translate("Scenario", "no resource is named \"%1\"")
                          .arg(shown(name, 64))
                    : QCoreApplication::translate("Scenario",
                                                  "\"resource\" is missing or not text")};
    }
    if (takesUnits(step.kind)) {
        allowed.append("units"_L1);
        const auto units = number(obj, "units"_L1, std::nullopt);
        if (!units)
            return Error{units.error()};
        step.units = *units;
    }
    if (step.kind == StepKind::Put || step.kind == StepKind::Write) {
        const QLatin1String key = step.kind == StepKind::Put ? "value"_L1 : "add"_L1;
        allowed.append(key);
        const auto v = number(obj, key, 0.0);
        if (!v)
            return Error{v.error()};
        step.value = *v;
    }
    if (step.kind == StepKind::Wait && obj.contains("until"_L1)) {
        allowed.append("until"_L1);
        allowed.append("at_least"_L1);
        const QString name = obj.value("until"_L1).toString();
        for (qsizetype i = 0; i < resources.size(); ++i)
            if (resources.at(i).name == name)
                step.until = int(i);
        if (step.until < 0)
            return Error{QCoreApplication::translate("Scenario", "\"until\" names no resource")};
        const auto least = number(obj, "at_least"_L1, std::nullopt);
        if (!least)
            return Error{least.error()};
        step.atLeast = *least;
    }
    if (step.kind == StepKind::Fetch) {
        allowed.append("url"_L1);
        if (!obj.value("url"_L1).isString())
            return Error{QCoreApplication::translate("Scenario", "\"url\" is missing or not text")};
        step.url = obj.value("url"_L1).toString();
    }
    if (step.kind == StepKind::Repeat) {
        allowed.append("times"_L1);
        allowed.append("steps"_L1);
        const auto times = wholeNumber(obj, "times"_L1, std::nullopt);
        if (!times)
            return Error{times.error()};
        if (*times < 1 || *times > Limits::maxCount)
            return Error{
                QCoreApplication::translate("Scenario", "repeats %1 times, not between 1 and %2")
                    .arg(*times)
                    .arg(Limits::maxCount)};
        step.times = int(*times);
        if (depth >= Limits::maxDepth)
            return Error{
                QCoreApplication::translate("Scenario", "repeats are nested more than %1 deep")
                    .arg(Limits::maxDepth)};
        auto steps = parseSteps(obj.value("steps"_L1), resources, where, depth + 1, check);
        if (!steps)
            return Error{steps.error()};
        step.steps = std::move(*steps);
        if (step.steps.isEmpty() && check == Check::Whole)
            return Error{QCoreApplication::translate("Scenario", "repeats no steps")};
    }
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const bool known = std::any_of(allowed.begin(), allowed.end(),
                                       [&](QLatin1String key) { return it.key() == key; });
        if (!known)
            return Error{unknownField(it.key()).error()};
    }
    return step;
}

Result<QList<Step>> parseSteps(const QJsonValue &value, const QList<Resource> &resources,
                               const QString &prefix, int depth, Check check)
{
    if (!value.isArray())
        return Error{(prefix.isEmpty() ? QString() : prefix + u": "_s) +
                     QCoreApplication::translate("Scenario", "\"steps\" is missing or not a list")};
    const QJsonArray array = value.toArray();
    QList<Step> steps;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where =
            prefix.isEmpty() ? u"step %1"_s.arg(i + 1) : prefix + u'.' + QString::number(i + 1);
        auto step = parseStep(array.at(i), resources, where, depth, check);
        if (!step) {
            // A nested step's error already says where it is.
            if (step.error().startsWith(u"step "_s))
                return Error{step.error()};
            return Error{where + u": "_s + step.error()};
        }
        steps.append(std::move(*step));
    }
    return steps;
}

} // namespace

Result<Scenario> loadScenarioFile(const QString &path, Check check)
{
    const Result<QByteArray> bytes = readWholeFile(path, maxScenarioFileBytes);
    if (!bytes)
        return Error{bytes.error()};
    return parseScenarioJson(*bytes, path, check);
}

Result<Scenario> parseScenarioJson(const QByteArray &json, const QString &sourceName, Check check)
{
    const auto fail = [&](const QString &why) {
        return Result<Scenario>(Error{shown(sourceName) + u": "_s + why});
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(FileError::notJson(parseError));
    if (!doc.isObject())
        return fail(QCoreApplication::translate(
            "Scenario", "not a TaskLanes scenario file (the top level is not an object)"));
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != "tasklanes-scenario"_L1)
        return fail(QCoreApplication::translate(
            "Scenario",
            "not a TaskLanes scenario file (\"format\" is not \"tasklanes-scenario\")"));
    const QJsonValue version = root.value("version"_L1);
    const double v = version.isDouble() ? version.toDouble() : 0.5;
    if (v != std::floor(v) || v < 1)
        return fail(FileError::badVersion());
    if (v > scenarioFileVersion)
        return fail(FileError::newerVersion(v, scenarioFileVersion));
    if (const QString key =
            unknownKey(root, {"format"_L1, "version"_L1, "title"_L1, "resources"_L1, "tasks"_L1});
        !key.isEmpty())
        return fail(unknownField(key).error());
    Scenario scenario;
    if (root.contains("title"_L1) && !root.value("title"_L1).isString())
        return fail(QCoreApplication::translate("Scenario", "\"title\" is not text"));
    scenario.title = root.value("title"_L1).toString();

    const QJsonValue resources = root.value("resources"_L1);
    if (!resources.isUndefined() && !resources.isArray())
        return fail(QCoreApplication::translate("Scenario", "\"resources\" is not a list"));
    const QJsonArray resourceArray = resources.toArray();
    if (resourceArray.size() > Limits::maxResources)
        return fail(QCoreApplication::translate("Scenario", "it has %1 resources, more than %2")
                        .arg(resourceArray.size())
                        .arg(Limits::maxResources));
    for (qsizetype i = 0; i < resourceArray.size(); ++i) {
        auto resource = parseResource(resourceArray.at(i));
        if (!resource)
            return fail(QCoreApplication::translate("Scenario", "resource %1").arg(i + 1) +
                        u": "_s + resource.error());
        scenario.resources.append(std::move(*resource));
    }

    if (!root.value("tasks"_L1).isArray())
        return fail(QCoreApplication::translate("Scenario", "\"tasks\" is missing or not a list"));
    const QJsonArray tasks = root.value("tasks"_L1).toArray();
    if (tasks.size() > Limits::maxTasks)
        return fail(QCoreApplication::translate("Scenario", "it has %1 tasks, more than %2")
                        .arg(tasks.size())
                        .arg(Limits::maxTasks));
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QString numbered = QCoreApplication::translate("Scenario", "task %1").arg(i + 1);
        if (!tasks.at(i).isObject())
            return fail(numbered + u": "_s +
                        QCoreApplication::translate("Scenario", "not an object"));
        const QJsonObject obj = tasks.at(i).toObject();
        if (!obj.value("name"_L1).isString())
            return fail(numbered + u": "_s +
                        QCoreApplication::translate("Scenario", "\"name\" is missing or not text"));
        Task task;
        task.name = obj.value("name"_L1).toString();
        const QString named =
            QCoreApplication::translate("Scenario", "task %1").arg(shown(task.name, 64));
        if (const QString key = unknownKey(obj, {"name"_L1, "steps"_L1}); !key.isEmpty())
            return fail(named + u": "_s + unknownField(key).error());
        auto steps = parseSteps(obj.value("steps"_L1), scenario.resources, {}, 0, check);
        if (!steps)
            return fail(named + (steps.error().startsWith(u"step "_s) ? u", "_s : u": "_s) +
                        steps.error());
        task.steps = std::move(*steps);
        scenario.tasks.append(std::move(task));
    }
    if (check == Check::Whole)
        if (Status ok = validate(scenario); !ok)
            return fail(ok.error());
    return scenario;
}

namespace {

QJsonArray stepsToJson(const Scenario &scenario, const QList<Step> &steps)
{
    QJsonArray array;
    for (const Step &step : steps) {
        QJsonObject obj{{"do"_L1, stepName(step.kind)}};
        if (takesResource(step.kind))
            obj.insert("resource"_L1, scenario.resources.at(step.resource).name);
        if (takesUnits(step.kind))
            obj.insert("units"_L1, step.units);
        if (step.kind == StepKind::Put)
            obj.insert("value"_L1, step.value);
        if (step.kind == StepKind::Write)
            obj.insert("add"_L1, step.value);
        if (step.until >= 0) {
            obj.insert("until"_L1, scenario.resources.at(step.until).name);
            obj.insert("at_least"_L1, step.atLeast);
        }
        if (step.kind == StepKind::Fetch)
            obj.insert("url"_L1, step.url);
        if (step.kind == StepKind::Repeat) {
            obj.insert("times"_L1, step.times);
            obj.insert("steps"_L1, stepsToJson(scenario, step.steps));
        }
        array.append(obj);
    }
    return array;
}

} // namespace

QByteArray scenarioToJson(const Scenario &scenario)
{
    QJsonArray resources;
    for (const Resource &resource : scenario.resources) {
        QJsonObject obj{{"name"_L1, resource.name}, {"type"_L1, typeName(resource.type)}};
        switch (resource.type) {
        case ResourceType::Semaphore:
            obj.insert("count"_L1, double(resource.count));
            break;
        case ResourceType::Barrier:
            obj.insert("parties"_L1, double(resource.count));
            break;
        case ResourceType::Queue:
            obj.insert("capacity"_L1, double(resource.count));
            break;
        case ResourceType::Value:
            obj.insert("initial"_L1, resource.initial);
            break;
        default:
            break;
        }
        resources.append(obj);
    }
    QJsonArray tasks;
    for (const Task &task : scenario.tasks)
        tasks.append(
            QJsonObject{{"name"_L1, task.name}, {"steps"_L1, stepsToJson(scenario, task.steps)}});
    const QJsonObject root{{"format"_L1, "tasklanes-scenario"_L1},
                           {"version"_L1, scenarioFileVersion},
                           {"title"_L1, scenario.title},
                           {"resources"_L1, resources},
                           {"tasks"_L1, tasks}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status saveScenarioFile(const Scenario &scenario, const QString &path, Check check)
{
    if (check == Check::Whole)
        if (Status ok = validate(scenario); !ok)
            return ok;
    return writeWholeFile(path, scenarioToJson(scenario));
}

} // namespace TaskLanes::Scenarios
