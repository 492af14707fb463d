#include "tracerecorder.h"

#include <algorithm>

namespace TaskLanes {

TraceRecorder::TraceRecorder(Trace::Data header) : m_data(std::move(header))
{
    m_data.spans.clear();
    m_data.lines.clear();
    m_data.spans.reserve(m_data.items.size());
    m_data.lines.reserve(m_data.items.size() * 2 + 2);
    m_laneLast.assign(size_t(std::max(m_data.tasks, 1)), -1);
    m_origin = Clock::now();
}

qint64 TraceRecorder::laneFloor(int lane) const
{
    const qint32 last = size_t(lane) < m_laneLast.size() ? m_laneLast[size_t(lane)] : -1;
    return last < 0 ? 0 : m_data.spans.at(last).start;
}

void TraceRecorder::noteLast(int lane, qint32 index)
{
    if (size_t(lane) >= m_laneLast.size())
        m_laneLast.resize(size_t(lane) + 1, -1);
    m_laneLast[size_t(lane)] = index;
}

void TraceRecorder::start()
{
    QMutexLocker lock(&m_mutex);
    m_origin = Clock::now();
}

void TraceRecorder::setIdeal(const IdealSchedule &ideal)
{
    QMutexLocker lock(&m_mutex);
    m_data.ideal = ideal;
}

qint64 TraceRecorder::nowNs() const
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - m_origin).count();
}

qint32 TraceRecorder::beginSpan(int lane, qint32 item, SpanState state, WaitingFor waitingFor)
{
    QMutexLocker lock(&m_mutex);
    // The time is read under the lock, so spans are appended in start order.
    const qint32 index = qint32(m_data.spans.size());
    m_data.spans.append({nowNs(), -1, item, quint16(lane), state, waitingFor});
    noteLast(lane, index);
    return index;
}

void TraceRecorder::markChanged(qint32 span)
{
    // A span not sent yet goes with the new ones, whatever it became meanwhile.
    if (m_liveSpans && span < m_spansTaken)
        m_dirty.push_back(span);
}

void TraceRecorder::endSpan(qint32 span)
{
    QMutexLocker lock(&m_mutex);
    m_data.spans[span].end = nowNs();
    markChanged(span);
}

qint32 TraceRecorder::beginSpanAt(int lane, qint32 item, SpanState state, qint64 startNs,
                                  WaitingFor waitingFor)
{
    QMutexLocker lock(&m_mutex);
    // A lane's spans stay in start order (the views search them by time): a report that
    // arrives late keeps its own time unless that would put it before one of its lane's.
    const qint64 floor = laneFloor(lane);
    const qint32 index = qint32(m_data.spans.size());
    m_data.spans.append({std::max(startNs, floor), -1, item, quint16(lane), state, waitingFor});
    noteLast(lane, index);
    return index;
}

void TraceRecorder::endSpanAt(qint32 span, qint64 endNs)
{
    QMutexLocker lock(&m_mutex);
    Span &s = m_data.spans[span];
    s.end = std::max(endNs, s.start);
    markChanged(span);
}

void TraceRecorder::setLaneWorker(int lane, qint64 id, const QString &idName)
{
    QMutexLocker lock(&m_mutex);
    if (m_data.laneWorkers.size() < m_data.tasks)
        m_data.laneWorkers.resize(m_data.tasks);
    if (lane >= 0 && lane < m_data.laneWorkers.size())
        m_data.laneWorkers[lane] = id;
    m_data.workerIdName = idName;
}

void TraceRecorder::failSpan(qint32 span, const ItemError &error)
{
    QMutexLocker lock(&m_mutex);
    Span &s = m_data.spans[span];
    if (s.isOpen())
        s.end = nowNs();
    s.state = SpanState::Failed;
    if (s.item >= 0)
        m_data.errors.insert(s.item, error);
    markChanged(span);
}

void TraceRecorder::line(int lane, LineKind kind, qint32 ref)
{
    QMutexLocker lock(&m_mutex);
    m_data.lines.append({nowNs(), ref, quint16(lane), kind});
}

void TraceRecorder::markEnd()
{
    QMutexLocker lock(&m_mutex);
    if (m_ended)
        return; // the first end counts: the last lane's, before the engine heard of it
    m_data.totalNs = nowNs();
    m_ended = true;
}

TraceBatch TraceRecorder::takeBatch(LineTexts texts, qsizetype textLimit, qsizetype spanLimit)
{
    TraceBatch batch;
    QList<qint64> values;
    QStringList urls;
    int unitMs = 0;
    {
        // Copy under the lock, format after it: the engine appends meanwhile.
        QMutexLocker lock(&m_mutex);
        if (m_liveSpans) {
            // Spans sent before that changed since (they ended), then every new span.
            std::sort(m_dirty.begin(), m_dirty.end());
            m_dirty.erase(std::unique(m_dirty.begin(), m_dirty.end()), m_dirty.end());
            qsizetype newSpans = m_data.spans.size() - m_spansTaken;
            if (spanLimit > 0)
                newSpans = std::min(newSpans,
                                    std::max<qsizetype>(1, spanLimit - qsizetype(m_dirty.size())));
            const qsizetype count = qsizetype(m_dirty.size()) + newSpans;
            batch.spanIndex.reserve(count);
            batch.spans.reserve(count);
            for (qint32 i : m_dirty) {
                batch.spanIndex.append(i);
                batch.spans.append(m_data.spans.at(i));
            }
            for (qsizetype i = m_spansTaken; i < m_spansTaken + newSpans; ++i) {
                batch.spanIndex.append(qint32(i));
                batch.spans.append(m_data.spans.at(i));
            }
            m_dirty.clear();
            m_spansTaken += newSpans;
            batch.more = m_spansTaken < m_data.spans.size();
        }
        batch.lines = m_data.lines.mid(m_linesTaken);
        if (texts != LineTexts::None && textLimit > 0 && batch.lines.size() > textLimit)
            batch.textsSkipped = batch.lines.size() - textLimit;
        if (texts != LineTexts::None) {
            // What a line needs of the run (a span's start, an item's URL), taken now.
            const LineFormatter format{m_data.items, m_data.spans, m_data.unitMs, m_data.totalNs};
            values.reserve(batch.lines.size() - batch.textsSkipped);
            urls.reserve(batch.lines.size() - batch.textsSkipped);
            for (qsizetype i = batch.textsSkipped; i < batch.lines.size(); ++i) {
                values.append(format.value(batch.lines[i]));
                urls.append(format.url(batch.lines[i])); // implicitly shared: no copy
            }
        }
        m_linesTaken = m_data.lines.size();
        unitMs = m_data.unitMs;
        batch.itemsTotal = int(m_data.items.size());
        batch.nowNs = m_ended ? m_data.totalNs : nowNs();
    }
    const qsizetype skip = batch.textsSkipped;
    if (texts == LineTexts::Strings) {
        batch.texts.reserve(values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            const LineEvent &l = batch.lines[skip + i];
            batch.texts.append(formatLine(l.kind, l.lane, values[i], unitMs, urls[i]));
        }
    } else if (texts == LineTexts::Utf8) {
        std::string out;
        out.reserve(size_t(values.size()) * 40);
        for (qsizetype i = 0; i < values.size(); ++i) {
            const LineEvent &l = batch.lines[skip + i];
            appendLine(out, l.kind, l.lane, values[i], unitMs, urls[i]);
            out.push_back('\n');
        }
        batch.utf8 = QByteArray(out.data(), qsizetype(out.size()));
    }
    batch.itemsDone = itemsDone();
    return batch;
}

Trace::Data TraceRecorder::finish(bool cancelled)
{
    QMutexLocker lock(&m_mutex);
    if (!m_ended) {
        m_data.totalNs = nowNs();
        m_ended = true;
    }
    for (Span &s : m_data.spans) {
        if (s.isOpen()) {
            s.end = std::max(m_data.totalNs, s.start);
            if (s.item < 0)
                continue; // a task between items: nothing of its failed
            s.state = SpanState::Failed;
            m_data.errors.insert(s.item, ItemError::stopped());
        }
    }
    m_data.cancelled = cancelled;
    m_data.spans.squeeze();
    m_data.lines.squeeze();
    return std::move(m_data);
}

} // namespace TaskLanes
