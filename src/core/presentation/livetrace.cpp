#include "livetrace.h"

#include <algorithm>

namespace TaskLanes {

void LiveTrace::reset(const QString &variant, const QList<WorkItem> &items, int tasks,
                      const IdealSchedule &ideal, int unitMs)
{
    clear();
    m_variant = variant;
    m_items = items;
    m_tasks = tasks;
    m_ideal = ideal;
    m_unitMs = unitMs;
    m_byLane.resize(tasks);
    m_idealByLane.resize(tasks);
    for (qint32 i = 0; i < m_ideal.spans.size(); ++i) {
        const IdealSpan &s = m_ideal.spans.at(i);
        if (s.lane >= 0 && s.lane < tasks)
            m_idealByLane[s.lane].append(i);
    }
    // Ideal spans of a lane never overlap; order them by start for the binary search.
    for (QList<qint32> &ids : m_idealByLane)
        std::sort(ids.begin(), ids.end(), [this](qint32 a, qint32 b) {
            return m_ideal.spans.at(a).start < m_ideal.spans.at(b).start;
        });
    m_running = true;
}

void LiveTrace::index(qint32 spanIndex)
{
    const Span &s = m_spans.at(spanIndex);
    if (s.lane < m_byLane.size())
        m_byLane[s.lane].append(spanIndex);
}

void LiveTrace::applyBatch(const TraceBatch &batch)
{
    for (qsizetype i = 0; i < batch.spans.size(); ++i) {
        const qint32 at = batch.spanIndex[i];
        if (at < m_spans.size()) {
            m_spans[at] = batch.spans[i];
            continue;
        }
        // Spans are numbered in start order: new ones arrive in order, possibly several
        // at once; any gap would be a bug upstream, so fill it rather than misindex.
        while (m_spans.size() < at)
            m_spans.append(Span{});
        m_spans.append(batch.spans[i]);
        index(at);
    }
    m_nowNs = std::max(m_nowNs, batch.nowNs);
}

void LiveTrace::setTrace(const Trace &trace)
{
    reset(trace.variantId(), trace.items(), trace.tasks(), trace.ideal(), trace.unitMs());
    m_spans = trace.spans();
    for (qint32 i = 0; i < m_spans.size(); ++i)
        index(i);
    m_errors = trace.data().errors;
    m_nowNs = trace.totalNs();
    m_running = false;
}

qint64 LiveTrace::extentNs() const
{
    return std::max({m_nowNs, idealEndNs(), qint64(1)});
}

std::pair<qsizetype, qsizetype> LiveTrace::visible(int lane, qint64 from, qint64 to) const
{
    const QList<qint32> &ids = m_byLane.at(lane);
    // First span whose end reaches from; spans of a lane are ordered by end too.
    const auto first = std::partition_point(ids.begin(), ids.end(),
                                            [&](qint32 i) { return endOf(m_spans[i]) < from; });
    const auto last =
        std::partition_point(first, ids.end(), [&](qint32 i) { return m_spans[i].start <= to; });
    return {first - ids.begin(), last - ids.begin()};
}

std::pair<qsizetype, qsizetype> LiveTrace::visibleIdeal(int lane, double fromUnits,
                                                        double toUnits) const
{
    const QList<qint32> &ids = m_idealByLane.at(lane);
    const auto first = std::partition_point(
        ids.begin(), ids.end(), [&](qint32 i) { return m_ideal.spans[i].end < fromUnits; });
    const auto last = std::partition_point(
        first, ids.end(), [&](qint32 i) { return m_ideal.spans[i].start <= toUnits; });
    return {first - ids.begin(), last - ids.begin()};
}

qint32 LiveTrace::spanAt(int lane, qint64 time, qint64 slackNs) const
{
    if (lane < 0 || lane >= m_byLane.size())
        return -1;
    const auto [first, last] = visible(lane, time - slackNs, time + slackNs);
    qint32 best = -1;
    qint64 bestDistance = slackNs + 1;
    for (qsizetype k = first; k < last; ++k) {
        const qint32 i = m_byLane[lane][k];
        const Span &s = m_spans[i];
        const qint64 d = time < s.start ? s.start - time : time > endOf(s) ? time - endOf(s) : 0;
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

} // namespace TaskLanes
