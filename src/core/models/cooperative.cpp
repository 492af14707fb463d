// cooperative: the tutorial's generators, each yielding after every counting step.
// Lines starting "py:" are the Python it mirrors.
#include "notes.h"
#include "schedules.h"
#include "shapes.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

// py: def task(name, queue):
//         while not queue.empty():
//             count = queue.get(); print(f"Task {name} running")
//             for x in range(count): total += 1; yield
//             print(f"Task {name} total: {count}")
// It yields after each counting step and nowhere else: any other item (a sleep, a fetch,
// a computation in one call) runs to its end holding the scheduler, as it would in Python.
QCoro::Generator<qint32> task(RunContext &ctx, int lane)
{
    while (const auto item = ctx.take()) {
        ctx.sayStart(lane, *item);
        const WorkItem &work = ctx.item(*item);
        if (work.kind != WorkKind::Count) {
            const ItemOutcome outcome = ctx.doBlocking(lane, *item);
            if (ctx.cancelled())
                co_return;
            ctx.finishItem(lane, *item, outcome);
            continue;
        }
        qint32 first = -1;
        if (work.units == 0) // no step, but the item was still processed
            ctx.endSpan(first = ctx.beginSpan(lane, *item, SpanState::Running));
        for (qint64 x = 0; x < work.units; ++x) {
            const qint32 span = ctx.beginSpan(lane, *item, SpanState::Running);
            if (first < 0)
                first = span;
            if (!ctx.countUntil(RunContext::Clock::now() + ctx.unit()))
                co_return;
            ctx.endSpan(span);
            co_yield qint32(*item);
        }
        ctx.finishItem(lane, *item, {first, {}});
    }
}

QCoro::Task<> run(RunContext &ctx)
{
    Shapes::runGenerators(ctx, task);
    co_return;
}

// Generators resumed in turn; every resumption that counts costs one unit, taking an
// item and finishing one cost nothing. An item's span runs from its first step to its
// last, so spans of different lanes interleave.
IdealSchedule ideal(const IdealInput &in)
{
    const QList<double> &d = in.durations;
    const int tasks = in.tasks;
    struct Lane
    {
        qint32 item = -1;
        qint64 left = 0;
        double lastStepEnd = 0;
        bool done = false;
    };
    std::vector<Lane> lanes(static_cast<size_t>(tasks));
    std::vector<double> firstStep(size_t(d.size()), -1);
    IdealSchedule s;
    s.spans.resize(d.size());
    qsizetype next = 0;
    double t = 0; // a fetch may last a fraction of a unit
    int active = tasks;

    auto finishItem = [&](int lane) {
        Lane &l = lanes[size_t(lane)];
        const double first = firstStep[size_t(l.item)];
        // A zero-unit item has no step: it starts and ends when it is taken.
        s.spans[l.item] = {lane, l.item, first < 0 ? double(t) : first,
                           first < 0 ? double(t) : l.lastStepEnd};
        l.item = -1;
    };
    // One resumption of a generator: returns false when it finished (StopIteration). It
    // runs any item but a count to its end in one go, and a count item one step.
    auto resume = [&](int lane) {
        Lane &l = lanes[size_t(lane)];
        if (l.item >= 0 && l.left == 0)
            finishItem(lane);
        while (l.item < 0) {
            if (next >= d.size())
                return false;
            l.item = qint32(next++);
            if (in.items[l.item].kind != WorkKind::Count) {
                s.spans[l.item] = {lane, l.item, double(t), double(t) + d[l.item]};
                t += d[l.item];
                l.item = -1;
                continue;
            }
            l.left = qint64(d[l.item]);
            if (l.left == 0)
                finishItem(lane);
        }
        if (firstStep[size_t(l.item)] < 0)
            firstStep[size_t(l.item)] = double(t);
        ++t;
        --l.left;
        l.lastStepEnd = t;
        return true;
    };

    while (active > 0) {
        // Whole rounds where every live lane just counts can be skipped in one go.
        qint64 skip = -1;
        for (const Lane &l : lanes) {
            if (l.done)
                continue;
            if (l.item < 0 || l.left < 1) {
                skip = 0;
                break;
            }
            skip = skip < 0 ? l.left - 1 : std::min(skip, l.left - 1);
        }
        if (skip > 0) {
            for (Lane &l : lanes) {
                if (!l.done)
                    l.left -= skip;
            }
            t += double(skip * active);
        }
        for (int lane = 0; lane < tasks; ++lane) {
            if (lanes[size_t(lane)].done)
                continue;
            if (!resume(lane)) {
                lanes[size_t(lane)].done = true;
                --active;
            }
        }
    }
    Schedules::sortByStart(s);
    s.totalUnits = double(t);
    return s;
}

} // namespace

extern const Model cooperativeModel{
    .id = u"cooperative"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Cooperative (generators)"),
    .explanation = QT_TRANSLATE_NOOP(
        "Variant",
        "Each task is a generator that yields after every counting step; a scheduler loop "
        "resumes the tasks in turn, and a task waiting for its turn shows as ready. On "
        "the timeline the lanes interleave step by step, yet the total is the same as the "
        "synchronous one: taking turns does not make CPU work faster. Only counting "
        "yields: a sleep, a fetch or a computation runs to its end and holds every task, "
        "as it would in Python."),
    .accepts = allKinds,
    .naturalKind = WorkKind::Count,
    .defaultQueue = DefaultQueue::Tutorial,
    .printsTotal = false,
    .deterministicLines = true,
    .run = run,
    .ideal = ideal,
    .notes = Notes::generators,
};

} // namespace TaskLanes::Models
