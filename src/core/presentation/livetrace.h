#pragma once

#include "domain/trace.h"
#include "domain/tracerecorder.h"

#include <QList>

namespace TaskLanes {

// What a view knows of a run: grown from the engine's batches while it runs, or set
// from a finished Trace. Spans of one lane never overlap and are recorded in start
// order, so each lane's spans are sorted by start and by end alike: the spans in a
// time window are found by binary search, whatever the size of the run.
class LiveTrace
{
public:
    void reset(const QString &variant, const QList<WorkItem> &items, int tasks,
               const IdealSchedule &ideal, int unitMs);
    void applyBatch(const TraceBatch &batch);
    void setTrace(const Trace &trace);
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
    // The end of a span as drawn: open spans reach to "now".
    qint64 endOf(const Span &s) const { return s.isOpen() ? m_nowNs : s.end; }
    qint64 idealEndNs() const { return qint64(m_ideal.totalUnits * m_unitMs * 1e6); }
    // The time the view should cover to show everything (run and ideal).
    qint64 extentNs() const;

    // Indices (into spans()) of the lane's spans, in time order.
    const QList<qint32> &laneSpans(int lane) const { return m_byLane.at(lane); }
    // [first, last) positions in laneSpans(lane) of the spans that touch [from, to].
    std::pair<qsizetype, qsizetype> visible(int lane, qint64 from, qint64 to) const;
    // Indices (into ideal().spans) of the lane's ideal spans, in time order, and the
    // [first, last) positions of those that touch [fromUnits, toUnits].
    const QList<qint32> &laneIdeal(int lane) const { return m_idealByLane.at(lane); }
    std::pair<qsizetype, qsizetype> visibleIdeal(int lane, double fromUnits, double toUnits) const;
    // The span of the lane under the time, within slackNs; -1 if none.
    qint32 spanAt(int lane, qint64 time, qint64 slackNs = 0) const;

private:
    void index(qint32 spanIndex);

    QString m_variant;
    QList<WorkItem> m_items;
    int m_tasks = 0;
    int m_unitMs = 1000;
    IdealSchedule m_ideal;
    QList<Span> m_spans;
    QList<QList<qint32>> m_byLane;
    QList<QList<qint32>> m_idealByLane;
    QHash<qint32, ItemError> m_errors;
    qint64 m_nowNs = 0;
    bool m_running = false;
};

} // namespace TaskLanes
