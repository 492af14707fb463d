#include "idealschedule.h"

#include <algorithm>
#include <queue>
#include <vector>

namespace TaskLanes {

namespace {

IdealSchedule sequential(const QList<WorkItem> &items)
{
    // Task One is called first and empties the queue; the others find nothing.
    IdealSchedule s;
    double t = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        s.spans.append({0, qint32(i), t, t + double(items[i].units)});
        t += double(items[i].units);
    }
    s.totalUnits = t;
    return s;
}

// Generators resumed in turn; every resumption that counts costs one unit, taking an
// item and finishing one cost nothing. An item's span runs from its first step to its
// last, so spans of different lanes interleave.
IdealSchedule cooperative(const QList<WorkItem> &items, int tasks)
{
    struct Lane
    {
        qint32 item = -1;
        qint64 left = 0;
        qint64 lastStepEnd = 0;
        bool done = false;
    };
    std::vector<Lane> lanes(static_cast<size_t>(tasks));
    std::vector<double> firstStep(size_t(items.size()), -1);
    IdealSchedule s;
    s.spans.resize(items.size());
    qsizetype next = 0;
    qint64 t = 0;
    int active = tasks;

    auto finishItem = [&](int lane) {
        Lane &l = lanes[size_t(lane)];
        const double first = firstStep[size_t(l.item)];
        // A zero-unit item has no step: it starts and ends when it is taken.
        s.spans[l.item] = {lane, l.item, first < 0 ? double(t) : first,
                           first < 0 ? double(t) : double(l.lastStepEnd)};
        l.item = -1;
    };
    // One resumption of a generator: returns false when it finished (StopIteration).
    auto resume = [&](int lane) {
        Lane &l = lanes[size_t(lane)];
        if (l.item >= 0 && l.left == 0)
            finishItem(lane);
        while (l.item < 0) {
            if (next >= items.size())
                return false;
            l.item = qint32(next++);
            l.left = items[l.item].units;
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
            t += skip * active;
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
    std::stable_sort(s.spans.begin(), s.spans.end(),
                     [](const IdealSpan &a, const IdealSpan &b) { return a.start < b.start; });
    s.totalUnits = double(t);
    return s;
}

IdealSchedule cooperativeBlocking(const QList<WorkItem> &items, int tasks)
{
    // Each resumption takes one item and blocks for all of it; the generators take
    // turns, so item k falls to task k mod tasks and nothing overlaps.
    IdealSchedule s;
    double t = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        s.spans.append({qint32(i % tasks), qint32(i), t, t + double(items[i].units)});
        t += double(items[i].units);
    }
    s.totalUnits = t;
    return s;
}

IdealSchedule eventLoop(const QList<WorkItem> &items, int tasks)
{
    // Each coroutine takes the next item the moment its previous wait ends. Wake-ups at
    // the same instant come in the order their waits began (timers are FIFO by deadline).
    struct Wake
    {
        double time;
        qint64 order;
        int lane;
        bool operator>(const Wake &o) const
        {
            return time != o.time ? time > o.time : order > o.order;
        }
    };
    std::priority_queue<Wake, std::vector<Wake>, std::greater<>> wakes;
    IdealSchedule s;
    qint64 order = 0;
    for (int lane = 0; lane < tasks; ++lane)
        wakes.push({0, order++, lane});
    qsizetype next = 0;
    double end = 0;
    while (!wakes.empty() && next < items.size()) {
        const Wake w = wakes.top();
        wakes.pop();
        const qint32 item = qint32(next++);
        const double finish = w.time + double(items[item].units);
        s.spans.append({w.lane, item, w.time, finish});
        end = std::max(end, finish);
        wakes.push({finish, order++, w.lane});
    }
    s.totalUnits = end;
    return s;
}

} // namespace

IdealSchedule computeIdealSchedule(const VariantInfo &variant, const QList<WorkItem> &items,
                                   int tasks)
{
    tasks = std::max(tasks, 1);
    switch (variant.family) {
    case ModelFamily::Sequential:
        return sequential(items);
    case ModelFamily::Cooperative:
        return cooperative(items, tasks);
    case ModelFamily::CooperativeBlocking:
        return cooperativeBlocking(items, tasks);
    case ModelFamily::EventLoop:
        return eventLoop(items, tasks);
    }
    return {};
}

} // namespace TaskLanes
