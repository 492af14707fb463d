#include "runplanner.h"

#include "demoserver/demoserver.h"
#include "models/registry.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TaskLanes::RunPlanner {

namespace {

// The shared server, running.
Result<DemoServerThread *> demoServer()
{
    DemoServerThread &server = sharedDemoServer();
    if (const Status started = server.start(defaultDemoPort, true); !started)
        return Error{
            QCoreApplication::translate("RunPlanner", "the demo server could not start: %1")
                .arg(started.error())};
    return &server;
}

bool fetches(const WorkQueue &queue)
{
    return std::any_of(queue.items.begin(), queue.items.end(),
                       [](const WorkItem &i) { return i.kind == WorkKind::Fetch; });
}

} // namespace

Result<WorkQueue> demoPages(int tasks)
{
    const Result<DemoServerThread *> server = demoServer();
    if (!server)
        return Error{server.error()};
    WorkQueue queue{{}, tasks};
    for (const QString &url : (*server)->pageUrls())
        queue.items.append(WorkItem::fetch(url));
    return queue;
}

Result<WorkQueue> defaultQueue(const Model &model, int tasks)
{
    switch (model.defaultQueue) {
    case DefaultQueue::Tutorial:
        return WorkQueue{tutorialItems(model.naturalKind), tasks};
    case DefaultQueue::DemoPages:
        return demoPages(tasks);
    }
    return Error{};
}

Result<PlannedRun> adapt(const Model &model, const WorkQueue &queue, Numbers numbers)
{
    PlannedRun run;
    run.request.model = &model;
    run.request.queue = queue;
    for (qsizetype i = 0; i < queue.items.size(); ++i) {
        // Read through the caller's list: the run's copy is shared until a number changes
        // (a million items are 40 MB).
        const WorkItem &item = queue.items.at(i);
        const bool plain = numbers == Numbers::AsTheModelsNatural && item.isNumeric();
        if (plain && model.naturalKind == WorkKind::Fetch)
            return Error{QCoreApplication::translate(
                             "Queue", "Item %1 (the number %2) cannot be fetched: this variant "
                                      "takes URLs.")
                             .arg(i + 1)
                             .arg(shown(item.valueText()))};
        if (plain && item.kind != model.naturalKind)
            run.request.queue.items[i].kind = model.naturalKind;
        if (plain) {
            run.numbersBecame = model.naturalKind;
            ++run.converted;
        }
        if (!model.acceptsKind(item.kind))
            return Error{QCoreApplication::translate(
                             "Queue", "Item %1 (%2 %3) cannot run under this variant.")
                             .arg(i + 1)
                             .arg(kindLabel(item.kind), shown(item.valueText()))};
    }
    return run;
}

Result<PlannedRun> plan(const Model &model, const WorkQueue &queue, const RunSettings &settings,
                        Numbers numbers)
{
    Result<PlannedRun> run = adapt(model, queue, numbers);
    if (!run)
        return run;
    // URLs may point at the demo server whatever the queue: it runs for every run that
    // fetches (if it cannot start, pages elsewhere still work, and those here fail), and
    // its pages answer in units of this run.
    if (fetches(run->request.queue)) {
        if (const Result<DemoServerThread *> server = demoServer(); server)
            (*server)->setUnitMs(settings.unitMs);
    }
    run->request.unitMs = settings.unitMs;
    run->request.timeoutMs = settings.timeoutMs;
    run->request.switchIntervalMs = settings.switchIntervalMs;
    if (const Status valid = validateRequest(run->request); !valid)
        return Error{valid.error()};
    return run;
}

Result<PlannedComparison> planAll(const WorkQueue &queue, const RunSettings &settings,
                                  Numbers numbers)
{
    PlannedComparison comparison;
    for (const Model *model : models()) {
        const Result<PlannedRun> run = adapt(*model, queue, numbers);
        if (!run) {
            comparison.skipped.append(model->id);
            continue;
        }
        Result<PlannedRun> planned = plan(*model, run->request.queue, settings, Numbers::AsGiven);
        if (!planned)
            return Error{planned.error()};
        planned->converted = run->converted;
        planned->numbersBecame = run->numbersBecame;
        comparison.runs.append(*planned);
    }
    if (comparison.runs.isEmpty())
        return Error{QCoreApplication::translate("RunPlanner", "no variant can run this queue")};
    return comparison;
}

} // namespace TaskLanes::RunPlanner
