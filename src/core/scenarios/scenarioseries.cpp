#include "scenarioseries.h"

#include <QSet>

#include <algorithm>

namespace TaskLanes::Scenarios {

QList<ResourceSeries> ResourceSeries::of(const ScenarioTrace &trace)
{
    const auto &d = trace.data();
    const qsizetype n = d.scenario.resources.size();
    QList<ResourceSeries> out(n);
    QList<int> depth(n, 0);
    QList<qint64> since(n, -1);
    QList<double> level(n, 0);
    for (qsizetype r = 0; r < n; ++r) {
        const Resource &resource = d.scenario.resources.at(r);
        ResourceSeries &s = out[r];
        s.type = resource.type;
        if (resource.type == ResourceType::Value) {
            level[r] = resource.initial;
            s.levels.append({0, resource.initial, -1, false});
            s.least = s.most = resource.initial;
        } else if (resource.type == ResourceType::Semaphore ||
                   resource.type == ResourceType::Queue || resource.type == ResourceType::Barrier) {
            s.levels.append({0, 0, -1, false});
            s.most = double(resource.count);
        }
    }
    const QSet<qint32> lost(d.lostWrites.cbegin(), d.lostWrites.cend());
    const auto change = [&](int r, qint64 time, double to, int task, bool wasLost = false) {
        level[r] = to;
        ResourceSeries &s = out[r];
        s.levels.append({time, to, task, wasLost});
        s.least = std::min(s.least, to);
        s.most = std::max(s.most, to);
    };
    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        const LoggedLine &line = d.lines.at(i);
        const int r = line.resource;
        if (r < 0)
            continue;
        const ResourceType type = d.scenario.resources.at(r).type;
        const bool lockLike = type == ResourceType::Lock || type == ResourceType::RLock ||
                              type == ResourceType::Condition;
        switch (line.what) {
        case LineWhat::Acquired:
            if (type == ResourceType::Semaphore)
                change(r, line.time, level[r] + 1, line.lane);
            else if (lockLike && depth[r]++ == 0)
                since[r] = line.time;
            break;
        case LineWhat::Released:
            if (type == ResourceType::Semaphore)
                change(r, line.time, level[r] - 1, line.lane);
            else if (lockLike && depth[r] > 0 && --depth[r] == 0)
                out[r].holds.append({since[r], line.time, line.lane});
            break;
        case LineWhat::Set:
            if (since[r] < 0) {
                since[r] = line.time;
                depth[r] = line.lane; // who set it
            }
            break;
        case LineWhat::Cleared:
            if (since[r] >= 0) {
                out[r].holds.append({since[r], line.time, depth[r]});
                since[r] = -1;
            }
            break;
        case LineWhat::Put:
            change(r, line.time, level[r] + 1, line.lane);
            break;
        case LineWhat::Got:
            change(r, line.time, level[r] - 1, line.lane);
            break;
        case LineWhat::Arrived:
            change(r, line.time, line.value, line.lane);
            break;
        case LineWhat::Passed:
            if (level[r] != 0)
                change(r, line.time, 0, line.lane);
            break;
        case LineWhat::Wrote:
            change(r, line.time, line.value, line.lane, lost.contains(qint32(i)));
            break;
        default:
            break;
        }
    }
    // What is still held or set at the end is so until the end.
    for (qsizetype r = 0; r < n; ++r) {
        const ResourceType type = d.scenario.resources.at(r).type;
        if (type == ResourceType::Event && since[r] >= 0)
            out[r].holds.append({since[r], d.totalNs, depth[r]});
        else if (type != ResourceType::Event && depth[r] > 0 && since[r] >= 0) {
            // the holder: the last Acquired line of this resource
            int holder = -1;
            for (qsizetype i = d.lines.size() - 1; i >= 0 && holder < 0; --i)
                if (d.lines.at(i).resource == r && d.lines.at(i).what == LineWhat::Acquired)
                    holder = d.lines.at(i).lane;
            out[r].holds.append({since[r], d.totalNs, holder});
        }
    }
    return out;
}

QList<TaskTimes> TaskTimes::of(const ScenarioTrace &trace)
{
    const auto &d = trace.data();
    QList<TaskTimes> out(d.scenario.tasks.size());
    for (TaskTimes &t : out)
        t.waitingOn = QList<qint64>(d.scenario.resources.size(), 0);
    for (qsizetype i = 0; i < d.spans.size(); ++i) {
        const Span &span = d.spans.at(i);
        const qint64 length = std::max<qint64>(0, span.end - span.start);
        TaskTimes &t = out[span.lane];
        switch (span.state) {
        case SpanState::Running:
            t.running += length;
            break;
        case SpanState::Blocked:
        case SpanState::Awaiting:
            t.sleeping += length;
            break;
        case SpanState::Ready:
            t.ready += length;
            break;
        case SpanState::Waiting:
        case SpanState::Failed: {
            const auto wait = d.waits.constFind(qint32(i));
            if (wait != d.waits.cend())
                t.waitingOn[wait->resource] += length; // (a deadlock's failed waits too)
            else
                t.failed += length;
            break;
        }
        }
    }
    return out;
}

} // namespace TaskLanes::Scenarios
