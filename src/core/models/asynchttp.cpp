// async-http: coroutines on one event loop, each awaiting non-blocking GETs.
// Lines starting "py:" are the Python it mirrors.
#include "schedules.h"
#include "shapes.h"

#include <QHash>

#include <deque>
#include <queue>
#include <vector>

using namespace Qt::StringLiterals;

namespace TaskLanes::Models {

namespace {

// py: async def task(name, work_queue, session):
//         while not work_queue.empty():
//             url = await work_queue.get(); print(f"Task {name} getting URL: {url}")
//             async with session.get(url) as response: await response.text()
//             print(f"Task {name} total elapsed time: {elapsed:.1f}")
QCoro::Task<> task(RunContext &ctx, int lane)
{
    while (const auto item = ctx.take()) {
        ctx.say(lane, LineKind::GettingUrl, *item);
        const qint32 span = ctx.beginSpan(lane, *item, SpanState::Awaiting);
        const FetchResult result = co_await ctx.fetch(ctx.item(*item).url);
        if (ctx.cancelled())
            co_return;
        ctx.finishItem(lane, Shapes::fetched(ctx, span, result));
    }
}

QCoro::Task<> run(RunContext &ctx)
{
    co_await Shapes::gather(ctx, task);
}

// The event loop again, but requests to one host share connectionsPerHost connections:
// a request waits (first come, first served) until one is free.
IdealSchedule ideal(const IdealInput &in)
{
    const QList<WorkItem> &items = in.items;
    const QList<double> &d = in.durations;
    const int tasks = in.tasks;
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
    auto hostOf = [&](qint32 item) { return Schedules::hostKey(items[item].url); };
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
    Schedules::sortByStart(s);
    s.totalUnits = end;
    return s;
}

} // namespace

extern const Model asyncHttpModel{
    .id = u"async-http"_s,
    .title = QT_TRANSLATE_NOOP("Variant", "Non-blocking HTTP (event loop)"),
    .explanation =
        QT_TRANSLATE_NOOP("Variant", "Coroutines that await non-blocking GETs on one event loop: "
                                     "while one task waits for a page the others send their "
                                     "requests, so the waits overlap and the total is about the "
                                     "longest lane. Qt opens at most 6 connections to one server: "
                                     "with more than 6 tasks the extra requests queue, and the "
                                     "ideal schedule counts that in."),
    .accepts = {WorkKind::Fetch},
    .naturalKind = WorkKind::Fetch,
    .defaultQueue = DefaultQueue::DemoPages,
    .printsTotal = true,
    .deterministicLines = true,
    .run = run,
    .ideal = ideal,
};

} // namespace TaskLanes::Models
