#include "livetrace.h"

#include <algorithm>

namespace TaskLanes {

void LiveTrace::begin(const QString &variant, const QList<WorkItem> &items, int tasks,
                      const IdealSchedule &ideal, int unitMs)
{
    clear();
    m_variant = variant;
    m_items = items;
    m_tasks = tasks;
    m_unitMs = unitMs;
    m_byLane.resize(tasks);
    m_lanes.resize(tasks);
    m_failures.resize(tasks);
    m_blocks.resize(tasks);
    setIdeal(ideal);
    m_running = true;
}

void LiveTrace::reset(const QString &variant, const QList<WorkItem> &items, int tasks,
                      const IdealSchedule &ideal, int unitMs)
{
    begin(variant, items, tasks, ideal, unitMs);
    // Room for a span per item, the usual: a run's batches then never copy what they grew.
    m_spans.reserve(items.size());
    const qsizetype perLane = tasks > 0 ? items.size() / tasks + 1 : 0;
    for (int lane = 0; lane < tasks; ++lane) {
        m_byLane[lane].reserve(perLane);
        m_lanes[lane].reserve(perLane);
    }
}

void LiveTrace::setIdeal(const IdealSchedule &ideal)
{
    m_ideal = ideal;
    m_idealLanes = QList<QList<IdealSpan>>(m_tasks);
    QList<qsizetype> perLane(m_tasks, 0);
    for (const IdealSpan &s : std::as_const(m_ideal.spans)) {
        if (s.lane >= 0 && s.lane < m_tasks)
            ++perLane[s.lane];
    }
    for (int lane = 0; lane < m_tasks; ++lane)
        m_idealLanes[lane].reserve(perLane[lane]);
    for (const IdealSpan &s : std::as_const(m_ideal.spans)) {
        if (s.lane >= 0 && s.lane < m_tasks)
            m_idealLanes[s.lane].append(s);
    }
    // Ideal spans of a lane never overlap; order them by start for the binary search.
    // Their blocks are made once: the ideal schedule does not change during a run.
    const auto byStart = [](const IdealSpan &a, const IdealSpan &b) { return a.start < b.start; };
    for (QList<IdealSpan> &lane : m_idealLanes) {
        if (!std::is_sorted(lane.begin(), lane.end(), byStart))
            std::stable_sort(lane.begin(), lane.end(), byStart);
    }
    m_idealBlocks = QList<QList<SpanBlock>>(m_tasks);
    for (int lane = 0; lane < m_tasks; ++lane) {
        const QList<IdealSpan> &spans = m_idealLanes[lane];
        QList<SpanBlock> &blocks = m_idealBlocks[lane];
        blocks.reserve(spans.size() / blockSpans);
        for (qsizetype b = 0; (b + 1) * blockSpans <= spans.size(); ++b) {
            SpanBlock block;
            block.state = 0;
            for (qsizetype i = b * blockSpans; i < (b + 1) * blockSpans; ++i) {
                if (i > 0)
                    block.maxGap = std::max(block.maxGap, spans[i].start - spans[i - 1].end);
                block.maxLength = std::max(block.maxLength, spans[i].end - spans[i].start);
            }
            block.lastStart = spans[(b + 1) * blockSpans - 1].start;
            block.lastEnd = spans[(b + 1) * blockSpans - 1].end;
            blocks.append(block);
        }
    }
}

const QList<SpanBlock> &LiveTrace::laneBlocks(int lane) const
{
    const QList<LaneSpan> &spans = m_lanes.at(lane);
    QList<SpanBlock> &blocks = m_blocks[lane];
    for (qsizetype b = blocks.size(); (b + 1) * blockSpans <= spans.size(); ++b) {
        SpanBlock block;
        block.state = int(spans[b * blockSpans].state);
        for (qsizetype i = b * blockSpans; i < (b + 1) * blockSpans; ++i) {
            const LaneSpan &s = spans[i];
            if (s.end < 0 || s.state == SpanState::Failed || int(s.state) != block.state)
                block.state = -1;
            if (i > 0 && spans[i - 1].end >= 0)
                block.maxGap = std::max(block.maxGap, double(s.start - spans[i - 1].end));
            block.maxLength = std::max(block.maxLength, double(endOf(s) - s.start));
        }
        block.lastStart = double(spans[(b + 1) * blockSpans - 1].start);
        block.lastEnd = double(endOf(spans[(b + 1) * blockSpans - 1]));
        blocks.append(block);
    }
    return blocks;
}

void LiveTrace::setErrors(const QHash<qint32, ItemError> &errors)
{
    m_errors = errors;
    m_hasStopped = std::any_of(m_errors.cbegin(), m_errors.cend(), [](const ItemError &e) {
        return e.kind == ItemError::Kind::Stopped;
    });
}

void LiveTrace::index(qint32 spanIndex)
{
    const Span &s = m_spans.at(spanIndex);
    if (s.lane >= m_byLane.size())
        return;
    m_byLane[s.lane].append(spanIndex);
    m_lanes[s.lane].append({s.start, s.end, s.item, s.state});
    if (s.state == SpanState::Failed)
        noteFailure(s.lane, qint32(m_lanes[s.lane].size() - 1));
}

void LiveTrace::noteFailure(int lane, qint32 position)
{
    QList<qint32> &failures = m_failures[lane];
    const auto at = std::lower_bound(failures.begin(), failures.end(), position);
    if (at == failures.end() || *at != position)
        failures.insert(at, position);
}

void LiveTrace::applyBatch(const TraceBatch &batch)
{
    for (qsizetype i = 0; i < batch.spans.size(); ++i) {
        const qint32 at = batch.spanIndex[i];
        if (at < m_spans.size()) {
            const Span &s = batch.spans[i];
            m_spans[at] = s;
            if (s.lane >= m_byLane.size())
                continue;
            // The lane's copy too: found by its index, the lane's indices being sorted.
            const QList<qint32> &ids = m_byLane[s.lane];
            const auto it = std::lower_bound(ids.begin(), ids.end(), at);
            if (it != ids.end() && *it == at) {
                const qint32 k = qint32(it - ids.begin());
                m_lanes[s.lane][k] = {s.start, s.end, s.item, s.state};
                // The block that holds it, and the next (whose first gap it ends), are
                // made again when next asked for.
                QList<SpanBlock> &blocks = m_blocks[s.lane];
                if (blocks.size() > k / blockSpans)
                    blocks.resize(k / blockSpans);
                if (s.state == SpanState::Failed)
                    noteFailure(s.lane, k);
            }
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
    if (m_running && m_variant == trace.variantId() && m_tasks == trace.tasks() &&
        m_unitMs == trace.unitMs() && m_items.size() == trace.items().size() &&
        m_spans.size() == trace.spans().size()) {
        // The run this view drew live: it holds every span already, so only what the
        // end changed is applied (at 100,000 spans, a rebuild took the GUI 4 ms).
        TraceBatch changes;
        for (qint32 i = 0; i < m_spans.size(); ++i) {
            const Span &a = m_spans.at(i);
            const Span &b = trace.spans().at(i);
            if (a.start != b.start || a.end != b.end || a.item != b.item || a.lane != b.lane ||
                a.state != b.state) {
                changes.spanIndex.append(i);
                changes.spans.append(b);
            }
        }
        applyBatch(changes);
        if (trace.ideal().spans.constData() != m_ideal.spans.constData() ||
            trace.ideal().totalUnits != m_ideal.totalUnits)
            setIdeal(trace.ideal());
        m_items = trace.items();
        setErrors(trace.data().errors);
        m_nowNs = trace.totalNs();
        m_running = false;
        m_source = trace;
        return;
    }
    begin(trace.variantId(), trace.items(), trace.tasks(), trace.ideal(), trace.unitMs());
    m_spans = trace.spans();
    QList<qsizetype> perLane(m_tasks, 0);
    for (const Span &s : std::as_const(m_spans)) {
        if (s.lane < perLane.size())
            ++perLane[s.lane];
    }
    for (int lane = 0; lane < m_tasks; ++lane) {
        m_byLane[lane].reserve(perLane[lane]);
        m_lanes[lane].reserve(perLane[lane]);
    }
    for (qint32 i = 0; i < m_spans.size(); ++i)
        index(i);
    setErrors(trace.data().errors);
    m_nowNs = trace.totalNs();
    m_running = false;
    m_source = trace;
}

qint64 LiveTrace::extentNs() const
{
    return std::max({m_nowNs, idealEndNs(), qint64(1)});
}

std::pair<qsizetype, qsizetype> LiveTrace::visible(int lane, qint64 from, qint64 to) const
{
    const QList<LaneSpan> &spans = m_lanes.at(lane);
    // First span whose end reaches from; spans of a lane are ordered by end too.
    const auto first = std::partition_point(spans.begin(), spans.end(),
                                            [&](const LaneSpan &s) { return endOf(s) < from; });
    const auto last =
        std::partition_point(first, spans.end(), [&](const LaneSpan &s) { return s.start <= to; });
    return {first - spans.begin(), last - spans.begin()};
}

std::pair<qsizetype, qsizetype> LiveTrace::visibleIdeal(int lane, double fromUnits,
                                                        double toUnits) const
{
    const QList<IdealSpan> &spans = m_idealLanes.at(lane);
    const auto first = std::partition_point(spans.begin(), spans.end(),
                                            [&](const IdealSpan &s) { return s.end < fromUnits; });
    const auto last = std::partition_point(first, spans.end(),
                                           [&](const IdealSpan &s) { return s.start <= toUnits; });
    return {first - spans.begin(), last - spans.begin()};
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
        const LaneSpan &s = m_lanes[lane][k];
        const qint64 d = time < s.start ? s.start - time : time > endOf(s) ? time - endOf(s) : 0;
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

} // namespace TaskLanes
