#pragma once

#include "domain/trace.h"
#include "domain/tracerecorder.h"

#include <QList>

#include <algorithm>

namespace TaskLanes {

// The first position in [from, last) where before(item) stops holding (items ordered so
// that it holds for a prefix), searched outward from `from` and then halved: a repaint
// asks for what is usually a few items ahead, which this finds in a few steps rather than
// a search of the whole lane.
template <typename List, typename Before>
qsizetype gallop(const List &list, qsizetype from, qsizetype last, Before before)
{
    qsizetype step = 1;
    qsizetype low = from;
    while (low + step < last && before(list[low + step])) {
        low += step;
        step *= 2;
    }
    const auto begin = list.begin();
    return std::partition_point(begin + low, begin + std::min(low + step, last), before) - begin;
}

// A span as a lane's row of the timeline keeps it: what is drawn, side by side in memory
// with the lane's other spans (a repaint walks them in order).
struct LaneSpan
{
    qint64 start = 0;
    qint64 end = -1; // -1 while open
    qint32 item = -1;
    SpanState state = SpanState::Running;
};
static_assert(sizeof(LaneSpan) <= 24);

// What a repaint needs to know of a block of a lane's spans (LiveTrace::blockSpans of them,
// in order) to draw it, when it is all one stretch of bar at the zoom of the moment,
// without looking at each: the longest gap before one of its spans, the longest span,
// and the last span. state is the state they all share, or -1 (several, a failure, or
// a span still open).
struct SpanBlock
{
    double maxGap = 0;
    double maxLength = 0;
    double lastStart = 0;
    double lastEnd = 0;
    int state = -1;
};

// What a view knows of a run: grown from the engine's batches while it runs, or set
// from a finished Trace. Spans of one lane never overlap and are recorded in start
// order, so each lane's spans are sorted by start and by end alike: the spans in a
// time window are found by binary search, whatever the size of the run, and a repaint
// can jump past every span that falls within a pixel already drawn.
class LiveTrace
{
public:
    void reset(const QString &variant, const QList<WorkItem> &items, int tasks,
               const IdealSchedule &ideal, int unitMs);
    void applyBatch(const TraceBatch &batch);
    void setTrace(const Trace &trace);
    // Whether this holds that very trace (set by setTrace): a copy of it, which shares
    // its lists, stands in for building another from it.
    bool holds(const Trace &trace) const
    {
        return !trace.isNull() && !m_source.isNull() && &m_source.data() == &trace.data();
    }
    void clear() { *this = LiveTrace(); }

    bool isEmpty() const { return m_spans.isEmpty(); }
    bool isRunning() const { return m_running; }
    const QString &variant() const { return m_variant; }
    int lanes() const { return m_tasks; }
    int unitMs() const { return m_unitMs; }
    qint64 nowNs() const { return m_nowNs; }
    const QList<Span> &spans() const { return m_spans; }
    const QList<WorkItem> &items() const { return m_items; }
    const IdealSchedule &ideal() const { return m_ideal; }
    // Why the item failed, in the app's language (empty when it did not).
    QString errorFor(qint32 item) const
    {
        return m_errors.contains(item) ? m_errors.value(item).translated() : QString();
    }
    // Whether a Stop cut the item short (drawn apart from the failures of the work).
    bool isStopped(qint32 item) const
    {
        const auto it = m_errors.constFind(item);
        return it != m_errors.cend() && it->kind == ItemError::Kind::Stopped;
    }
    bool hasStopped() const { return m_hasStopped; }
    // The end of a span as drawn: open spans reach to "now".
    qint64 endOf(const Span &s) const { return s.isOpen() ? m_nowNs : s.end; }
    qint64 endOf(const LaneSpan &s) const { return s.end < 0 ? m_nowNs : s.end; }
    qint64 idealEndNs() const { return qint64(m_ideal.totalUnits * m_unitMs * 1e6); }
    // The time the view should cover to show everything (run and ideal).
    qint64 extentNs() const;

    // Indices (into spans()) of the lane's spans, in time order, and the same spans as
    // the lane keeps them (position k of one is position k of the other).
    const QList<qint32> &laneSpans(int lane) const { return m_byLane.at(lane); }
    const QList<LaneSpan> &laneData(int lane) const { return m_lanes.at(lane); }
    // Positions (in laneSpans(lane)) of the lane's failed spans, in time order: a repaint
    // that skips what a pixel hides still draws each of these.
    const QList<qint32> &laneFailures(int lane) const { return m_failures.at(lane); }
    // [first, last) positions in laneSpans(lane) of the spans that touch [from, to].
    std::pair<qsizetype, qsizetype> visible(int lane, qint64 from, qint64 to) const;
    // The lane's ideal spans, in time order, and the [first, last) positions of those
    // that touch [fromUnits, toUnits].
    const QList<IdealSpan> &laneIdeal(int lane) const { return m_idealLanes.at(lane); }
    // Blocks of blockSpans spans from the lane's first (only whole blocks): made when
    // first asked for after a change, on the thread that draws.
    static constexpr qsizetype blockSpans = 64;
    const QList<SpanBlock> &laneBlocks(int lane) const;
    const QList<SpanBlock> &idealBlocks(int lane) const { return m_idealBlocks.at(lane); }
    std::pair<qsizetype, qsizetype> visibleIdeal(int lane, double fromUnits, double toUnits) const;
    // Bytes this view holds per span of the run (its copy, the lane's copy and index).
    static constexpr qsizetype bytesPerSpan =
        qsizetype(sizeof(Span) + sizeof(LaneSpan) + sizeof(qint32));
    // The span of the lane under the time, within slackNs; -1 if none.
    qint32 spanAt(int lane, qint64 time, qint64 slackNs = 0) const;

private:
    void index(qint32 spanIndex);
    void setErrors(const QHash<qint32, ItemError> &errors);
    void noteFailure(int lane, qint32 position);
    void setIdeal(const IdealSchedule &ideal);
    // reset() without the room it makes for a live run's spans (setTrace knows how many).
    void begin(const QString &variant, const QList<WorkItem> &items, int tasks,
               const IdealSchedule &ideal, int unitMs);

    QString m_variant;
    QList<WorkItem> m_items;
    int m_tasks = 0;
    int m_unitMs = 1000;
    IdealSchedule m_ideal;
    QList<Span> m_spans;
    QList<QList<qint32>> m_byLane;
    QList<QList<LaneSpan>> m_lanes;
    QList<QList<qint32>> m_failures;
    QList<QList<IdealSpan>> m_idealLanes;
    QList<QList<SpanBlock>> m_idealBlocks;
    mutable QList<QList<SpanBlock>> m_blocks; // per lane; the leading valid ones kept
    QHash<qint32, ItemError> m_errors;
    bool m_hasStopped = false;
    qint64 m_nowNs = 0;
    bool m_running = false;
    Trace m_source; // kept, so that holds() never mistakes a new trace for a freed one
};

} // namespace TaskLanes
