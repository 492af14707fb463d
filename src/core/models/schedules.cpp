#include "schedules.h"

#include "engine/fetch.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <queue>
#include <vector>

using namespace Qt::StringLiterals;

namespace TaskLanes::Schedules {

void sortByStart(IdealSchedule &s)
{
    // Most schedules come out in order already; checking is cheap beside the sort and its
    // buffer, as large as the schedule (24 MB at a million items).
    const auto byStart = [](const IdealSpan &a, const IdealSpan &b) { return a.start < b.start; };
    if (std::is_sorted(s.spans.begin(), s.spans.end(), byStart))
        return;
    std::stable_sort(s.spans.begin(), s.spans.end(), byStart);
}

IdealSchedule takingTurns(const IdealInput &in)
{
    const QList<double> &d = in.durations;
    // Each resumption takes one item and blocks for all of it; the generators take
    // turns, so item k falls to task k mod tasks and nothing overlaps.
    IdealSchedule s;
    double t = 0;
    for (qsizetype i = 0; i < d.size(); ++i) {
        s.spans.append({qint32(i % in.tasks), qint32(i), t, t + d[i]});
        t += d[i];
    }
    s.totalUnits = t;
    return s;
}

IdealSchedule eventLoop(const IdealInput &in)
{
    const QList<WorkItem> &items = in.items;
    const QList<double> &d = in.durations;
    struct Event
    {
        double time;
        qint64 order;
        int lane;
        qint32 item; // an awaited item that ended, or -1: the lane is ready to run
        bool operator>(const Event &o) const
        {
            return time != o.time ? time > o.time : order > o.order;
        }
    };
    std::priority_queue<Event, std::vector<Event>, std::greater<>> events;
    int inFlight = 0;
    std::deque<std::pair<int, qint32>> waiting; // requests waiting for a connection
    IdealSchedule s;
    s.spans.resize(d.size());
    qint64 order = 0;
    qsizetype next = 0;
    double loopFree = 0; // the loop runs one task at a time
    auto request = [&](int lane, qint32 item, double t) {
        s.spans[item].end = t + d[item];
        events.push({t + d[item], order++, lane, item});
    };
    // gather(): every task is ready at once, and runs in the order it was made.
    for (int lane = 0; lane < in.tasks; ++lane)
        events.push({0, order++, lane, -1});
    while (!events.empty()) {
        const Event e = events.top();
        events.pop();
        if (e.item >= 0 && items[e.item].kind == WorkKind::Fetch) {
            // The response is in: its connection goes to the request that waited longest.
            if (!waiting.empty()) {
                const auto [lane, item] = waiting.front();
                waiting.pop_front();
                request(lane, item, e.time);
            } else {
                --inFlight;
            }
        }
        // The task runs when its wait is over and the loop is free.
        double t = std::max(e.time, loopFree);
        if (e.item >= 0)
            s.spans[e.item].end = t;
        while (next < d.size()) {
            const qint32 item = qint32(next++);
            s.spans[item] = {e.lane, item, t, t + d[item]};
            if (isCpuWork(items[item].kind)) {
                // No await inside: the task holds the loop and goes straight on.
                t += d[item];
                continue;
            }
            if (items[item].kind == WorkKind::Fetch) {
                if (inFlight >= maxRequestsInFlight) {
                    waiting.push_back({e.lane, item});
                    break;
                }
                ++inFlight;
            }
            request(e.lane, item, t);
            break;
        }
        loopFree = t;
    }
    double end = 0;
    for (const IdealSpan &span : s.spans)
        end = std::max(end, span.end);
    sortByStart(s);
    s.totalUnits = end;
    return s;
}

namespace {

// Threads and processes: every task is busy with its own item at once. Waits (sleep,
// fetch: a blocking GET has a connection of its own) all progress; computing items share
// computeSlots cores (1 under a GIL) fairly, each at min(1, slots / computing) of full
// speed. Simulated from one completion to the next.
IdealSchedule shared(const IdealInput &in, int computeSlots)
{
    const QList<WorkItem> &items = in.items;
    const QList<double> &d = in.durations;
    const int tasks = in.tasks;
    struct Active
    {
        int lane;
        qint32 item;
        double left;
        bool compute;
    };
    IdealSchedule s;
    s.spans.resize(d.size());
    std::vector<Active> active;
    qsizetype next = 0;
    double now = 0;
    auto takeNext = [&](int lane) {
        if (next >= d.size())
            return;
        const qint32 item = qint32(next++);
        s.spans[item] = {lane, item, now, now};
        active.push_back({lane, item, d[item], isCpuWork(items[item].kind)});
    };
    for (int lane = 0; lane < tasks; ++lane)
        takeNext(lane);
    while (!active.empty()) {
        const auto computing =
            std::count_if(active.begin(), active.end(), [](const Active &a) { return a.compute; });
        const double computeRate =
            computing ? std::min(1.0, double(computeSlots) / double(computing)) : 1.0;
        double step = std::numeric_limits<double>::max();
        for (const Active &a : active)
            step = std::min(step, a.left / (a.compute ? computeRate : 1.0));
        now += step;
        std::vector<Active> done;
        for (auto it = active.begin(); it != active.end();) {
            it->left -= step * (it->compute ? computeRate : 1.0);
            if (it->left <= 1e-9) {
                done.push_back(*it);
                it = active.erase(it);
            } else {
                ++it;
            }
        }
        for (const Active &a : done) {
            s.spans[a.item].end = now;
            takeNext(a.lane);
        }
    }
    sortByStart(s);
    s.totalUnits = now;
    return s;
}

} // namespace

IdealSchedule parallel(const IdealInput &in)
{
    return shared(in, in.cores);
}

IdealSchedule parallelOnOneCore(const IdealInput &in)
{
    return shared(in, 1);
}

} // namespace TaskLanes::Schedules
