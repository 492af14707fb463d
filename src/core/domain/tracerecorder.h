#pragma once

#include "trace.h"

#include <QMutex>

#include <atomic>
#include <chrono>
#include <optional>
#include <vector>

namespace TaskLanes {

// How a batch carries the new lines' text: as strings (the app's console), as UTF-8
// ready to print (the command line), or not at all (--quiet: nothing is formatted).
enum class LineTexts : quint8
{
    Strings,
    Utf8,
    None
};

// What changed in a run since the previous batch: spans begun or ended (by index, to be
// upserted; only when live spans are kept), new output lines with their text, and progress.
struct TraceBatch
{
    QList<qint32> spanIndex;
    QList<Span> spans;
    QList<LineEvent> lines;
    QStringList texts;
    QByteArray utf8; // the lines, each ending in a newline (LineTexts::Utf8)
    // Lines at the start of the batch left without text, beyond the limit asked for: a
    // console shows the latest few hundred of a batch, and formats no more.
    qsizetype textsSkipped = 0;
    bool more = false; // spans are left for the next batch (a batch's span limit was met)
    int itemsDone = 0;
    int itemsTotal = 0;
    qint64 nowNs = 0;

    bool isEmpty() const { return spans.isEmpty() && lines.isEmpty(); }
};

// Records a run as it happens. Any thread may append (a short mutex section per call,
// no allocation beyond the vectors' growth); the engine's owner takes batches of what
// changed and, at the end, the immutable Trace.
class TraceRecorder
{
public:
    using Clock = std::chrono::steady_clock;

    // header carries the variant, unit, tasks, items and ideal schedule; spans, lines and
    // totals are filled here.
    explicit TraceRecorder(Trace::Data header);

    // Whether batches carry the spans that changed (a live view needs them; the command
    // line does not, and then they are not tracked). Set before the run starts.
    void setLiveSpans(bool live) { m_liveSpans = live; }

    void start();
    // The run's ideal schedule, when worked out after the header was made.
    void setIdeal(const IdealSchedule &ideal);
    Clock::time_point origin() const { return m_origin; }
    qint64 nowNs() const;

    qint32 beginSpan(int lane, qint32 item, SpanState state,
                     WaitingFor waitingFor = WaitingFor::Nothing);
    void endSpan(qint32 span);
    // The same at given times on the run's clock (a worker process reports its own; a
    // task learns when it became ready only when it runs again).
    qint32 beginSpanAt(int lane, qint32 item, SpanState state, qint64 startNs,
                       WaitingFor waitingFor = WaitingFor::Nothing);
    void endSpanAt(qint32 span, qint64 endNs);
    void setLaneWorker(int lane, qint64 id, const QString &idName);
    void failSpan(qint32 span, const ItemError &error);
    void line(int lane, LineKind kind, qint32 ref = -1);
    void itemDone() { m_itemsDone.fetch_add(1, std::memory_order_relaxed); }
    // The run's end (its total); only the first call counts.
    void markEnd();
    int itemsDone() const { return m_itemsDone.load(std::memory_order_relaxed); }

    // textLimit > 0: only the batch's last textLimit lines get their text (strings or UTF-8).
    // spanLimit > 0: at most about so many spans (changed ones first, then new ones in
    // order); the rest come with the next batch, and `more` says so.
    TraceBatch takeBatch(LineTexts texts = LineTexts::Strings, qsizetype textLimit = 0,
                         qsizetype spanLimit = 0);
    // Closes any span still open (a stopped run) and hands over the data.
    Trace::Data finish(bool cancelled);

private:
    void markChanged(qint32 span);    // with the lock held
    qint64 laneFloor(int lane) const; // with the lock held: the start of its last span
    void noteLast(int lane, qint32 index);
    mutable QMutex m_mutex;
    Trace::Data m_data;
    Clock::time_point m_origin;
    std::vector<qint32> m_dirty;    // spans sent in a batch that changed since
    std::vector<qint32> m_laneLast; // per lane, its latest span
    qsizetype m_linesTaken = 0;
    qsizetype m_spansTaken = 0;
    std::atomic_int m_itemsDone{0};
    bool m_ended = false;
    bool m_liveSpans = true;
};

} // namespace TaskLanes

Q_DECLARE_METATYPE(TaskLanes::TraceBatch)
