#include "idealschedule.h"

#include "demoserver.h"

#include <QHash>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <deque>
#include <limits>
#include <queue>
#include <vector>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

// Qt keeps one set of connections per scheme, host and port.
QString hostKey(const QString &text)
{
    const QUrl url(text);
    return url.scheme() + u"://"_s + url.host() + u':' +
           QString::number(url.port(url.scheme() == "https"_L1 ? 443 : 80));
}

IdealSchedule sequential(const QList<double> &d)
{
    // Task One is called first and empties the queue; the others find nothing.
    IdealSchedule s;
    double t = 0;
    for (qsizetype i = 0; i < d.size(); ++i) {
        s.spans.append({0, qint32(i), t, t + d[i]});
        t += d[i];
    }
    s.totalUnits = t;
    return s;
}

// Generators resumed in turn; every resumption that counts costs one unit, taking an
// item and finishing one cost nothing. An item's span runs from its first step to its
// last, so spans of different lanes interleave.
IdealSchedule cooperative(const QList<double> &d, int tasks)
{
    struct Lane
    {
        qint32 item = -1;
        qint64 left = 0;
        qint64 lastStepEnd = 0;
        bool done = false;
    };
    std::vector<Lane> lanes(static_cast<size_t>(tasks));
    std::vector<double> firstStep(size_t(d.size()), -1);
    IdealSchedule s;
    s.spans.resize(d.size());
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
            if (next >= d.size())
                return false;
            l.item = qint32(next++);
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

IdealSchedule cooperativeBlocking(const QList<double> &d, int tasks)
{
    // Each resumption takes one item and blocks for all of it; the generators take
    // turns, so item k falls to task k mod tasks and nothing overlaps.
    IdealSchedule s;
    double t = 0;
    for (qsizetype i = 0; i < d.size(); ++i) {
        s.spans.append({qint32(i % tasks), qint32(i), t, t + d[i]});
        t += d[i];
    }
    s.totalUnits = t;
    return s;
}

IdealSchedule eventLoop(const QList<double> &d, int tasks)
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
    while (!wakes.empty() && next < d.size()) {
        const Wake w = wakes.top();
        wakes.pop();
        const qint32 item = qint32(next++);
        const double finish = w.time + d[item];
        s.spans.append({w.lane, item, w.time, finish});
        end = std::max(end, finish);
        wakes.push({finish, order++, w.lane});
    }
    s.totalUnits = end;
    return s;
}

// The event loop again, but requests to one host share connectionsPerHost connections:
// a request waits (first come, first served) until one is free.
IdealSchedule eventLoopFetch(const QList<WorkItem> &items, const QList<double> &d, int tasks)
{
    struct Event
    {
        double time;
        qint64 order;
        int lane;
        qint32 item; // -1: the lane is free to take an item
        bool operator>(const Event &o) const
        {
            return time != o.time ? time > o.time : order > o.order;
        }
    };
    std::priority_queue<Event, std::vector<Event>, std::greater<>> events;
    QHash<QString, int> busy;
    QHash<QString, std::deque<std::pair<int, qint32>>> waiting; // host -> (lane, item)
    IdealSchedule s;
    qint64 order = 0;
    qsizetype next = 0;
    double end = 0;
    auto hostOf = [&](qint32 item) { return hostKey(items[item].url); };
    auto begin = [&](int lane, qint32 item, double t) {
        s.spans.append({lane, item, t, t + d[item]});
        end = std::max(end, t + d[item]);
        events.push({t + d[item], order++, lane, item});
    };
    for (int lane = 0; lane < tasks; ++lane)
        events.push({0, order++, lane, -1});
    while (!events.empty()) {
        const Event e = events.top();
        events.pop();
        if (e.item >= 0) {
            // A request finished: its connection goes to the next in line for the host.
            const QString host = hostOf(e.item);
            auto &queue = waiting[host];
            if (!queue.empty()) {
                const auto [lane, item] = queue.front();
                queue.pop_front();
                begin(lane, item, e.time);
            } else {
                --busy[host];
            }
        }
        if (next >= d.size())
            continue;
        const qint32 item = qint32(next++);
        const QString host = hostOf(item);
        if (busy.value(host) < connectionsPerHost) {
            ++busy[host];
            begin(e.lane, item, e.time);
        } else {
            waiting[host].push_back({e.lane, item});
        }
    }
    std::stable_sort(s.spans.begin(), s.spans.end(),
                     [](const IdealSpan &a, const IdealSpan &b) { return a.start < b.start; });
    s.totalUnits = end;
    return s;
}

// Threads and processes: every task is busy with its own item at once. Waits (sleep,
// fetch) all progress; computing items share computeSlots cores (1 under a GIL) fairly,
// each at min(1, slots / computing) of full speed. Fetches to one host still share six
// connections. Simulated from one completion to the next.
IdealSchedule parallelModel(const QList<WorkItem> &items, const QList<double> &d, int tasks,
                            int computeSlots)
{
    struct Active
    {
        int lane;
        qint32 item;
        double left;
        bool compute;
        QString host; // fetch items only
    };
    IdealSchedule s;
    s.spans.resize(d.size());
    std::vector<Active> active;
    QHash<QString, int> busy;
    QHash<QString, std::deque<std::pair<int, qint32>>> waiting;
    qsizetype next = 0;
    double now = 0;
    auto hostOf = [&](qint32 item) { return hostKey(items[item].url); };
    auto startItem = [&](int lane, qint32 item) {
        s.spans[item] = {lane, item, now, now};
        const bool fetch = items[item].kind == WorkKind::Fetch;
        const QString host = fetch ? hostOf(item) : QString();
        if (fetch && busy.value(host) >= connectionsPerHost) {
            waiting[host].push_back({lane, item});
            return;
        }
        if (fetch)
            ++busy[host];
        active.push_back({lane, item, d[item], items[item].kind == WorkKind::Compute, host});
    };
    auto takeNext = [&](int lane) {
        if (next < d.size())
            startItem(lane, qint32(next++));
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
            if (!a.host.isEmpty()) {
                auto &queue = waiting[a.host];
                if (!queue.empty()) {
                    const auto [lane, item] = queue.front();
                    queue.pop_front();
                    active.push_back({lane, item, d[item], false, a.host});
                } else {
                    --busy[a.host];
                }
            }
            takeNext(a.lane);
        }
    }
    std::stable_sort(s.spans.begin(), s.spans.end(),
                     [](const IdealSpan &a, const IdealSpan &b) { return a.start < b.start; });
    s.totalUnits = now;
    return s;
}

} // namespace

int idealCores()
{
    return std::max(1, QThread::idealThreadCount());
}

QList<double> idealDurations(const QList<WorkItem> &items, int unitMs,
                             const QList<double> &measuredUnits)
{
    QList<double> d;
    d.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const WorkItem &item = items[i];
        if (item.isNumeric()) {
            d.append(double(item.units));
            continue;
        }
        const double promised = demoDelayMs(QUrl(item.url), unitMs);
        if (promised >= 0)
            d.append(promised / unitMs);
        else
            d.append(i < measuredUnits.size() ? std::max(0.0, measuredUnits[i]) : 0.0);
    }
    return d;
}

IdealSchedule computeIdealSchedule(const VariantInfo &variant, const QList<WorkItem> &items,
                                   int tasks, int unitMs)
{
    return computeIdealSchedule(variant, items, tasks, idealDurations(items, unitMs));
}

IdealSchedule computeIdealSchedule(const VariantInfo &variant, const QList<WorkItem> &items,
                                   int tasks, const QList<double> &durations)
{
    tasks = std::max(tasks, 1);
    switch (variant.family) {
    case ModelFamily::Sequential:
        return sequential(durations);
    case ModelFamily::Cooperative:
        return cooperative(durations, tasks);
    case ModelFamily::CooperativeBlocking:
    case ModelFamily::BlockingFetch:
        return cooperativeBlocking(durations, tasks);
    case ModelFamily::EventLoop:
        return eventLoop(durations, tasks);
    case ModelFamily::AsyncFetch:
        return eventLoopFetch(items, durations, tasks);
    case ModelFamily::Threads:
    case ModelFamily::Processes:
        return parallelModel(items, durations, tasks, idealCores());
    case ModelFamily::ThreadsGil:
        return parallelModel(items, durations, tasks, 1);
    }
    return {};
}

} // namespace TaskLanes
