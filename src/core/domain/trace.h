#pragma once

#include "idealschedule.h"
#include "itemerror.h"
#include "runnote.h"
#include "workqueue.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace TaskLanes {

// One set of states for every model (SPEC 3): on a CPU; runnable but waiting for its turn;
// in a blocking call; in a non-blocking wait; waiting on a lock or other resource; failed.
enum class SpanState : quint8
{
    Running,
    Blocked,
    Awaiting,
    Ready,
    Waiting,
    Failed
};
inline constexpr int spanStateCount = 6;
QString stateName(SpanState state);
std::optional<SpanState> stateFromName(QStringView name);

// What a ready task waits for, or for a connection what an awaiting one does (args.waiting_for
// in the trace).
enum class WaitingFor : quint8
{
    Nothing,
    Scheduler,  // the generators' scheduler loop resumes another task
    Loop,       // the event loop is busy with another task
    Gil,        // another thread holds the GIL
    Connection, // awaiting: a request waits for a free connection
};
QString waitingForName(WaitingFor what);
std::optional<WaitingFor> waitingForFromName(QStringView name);

// A stretch of time one task lane spent on one item in one state (item -1: between items,
// e.g. a task ready before it has taken one). Kept small: a run of 100,000 items holds
// 100,000 of these. Times are nanoseconds from the start of the run on one monotonic
// clock; end is -1 while the span is still open.
struct Span
{
    qint64 start = 0;
    qint64 end = -1;
    qint32 item = -1;
    quint16 lane = 0;
    SpanState state = SpanState::Running;
    WaitingFor waitingFor = WaitingFor::Nothing;

    bool isOpen() const { return end < 0; }
};
static_assert(sizeof(Span) <= 24);

enum class LineKind : quint8
{
    Running,     // "Task One running"
    CountTotal,  // "Task One total: 15"
    NothingToDo, // "Task Two nothing to do"
    Elapsed,     // "Task One total elapsed time: 15.0" (ref is the item's first span)
    Blank,       // "" before the run's total
    RunTotal,    // "Total elapsed time: 32.0"
    GettingUrl,  // "Task One getting URL: http://..."
};

// One line of the tutorial's output, stored as what it says rather than as text: the
// text is formatted on demand (see LineFormatter), which keeps a long run's trace small.
struct LineEvent
{
    qint64 time = 0;
    qint32 ref = -1; // the item, or for Elapsed the span index
    quint16 lane = 0;
    LineKind kind = LineKind::Running;
};
static_assert(sizeof(LineEvent) <= 16);

// What a finished (or stopped) run recorded. Immutable and cheap to copy: copies share
// the data, so it can be handed between threads and kept by several views.
class Trace
{
public:
    struct Data
    {
        QString variantId;
        int unitMs = 1000;
        int tasks = 2;
        QList<WorkItem> items;
        // Each lane's spans in start order; lanes interleave as they were recorded (a
        // task that learns late how long it was ready records that span late).
        QList<Span> spans;
        QList<LineEvent> lines;
        QHash<qint32, ItemError> errors; // item -> why it failed
        qint64 totalNs = 0;
        IdealSchedule ideal;
        bool cancelled = false;
        // Per lane, the OS thread id or process id that ran it (0: the engine thread's
        // event loop ran every lane); workerIdName says which ("os_tid" or "pid").
        QList<qint64> laneWorkers;
        QString workerIdName;
        int switchIntervalMs = 0; // the GIL's, for the models that have one
        QList<RunNote> notes;     // what the run teaches, worked out from its spans
    };

    Trace() = default;
    explicit Trace(Data data) : m_d(std::make_shared<const Data>(std::move(data))) {}

    bool isNull() const { return !m_d; }
    const Data &data() const { return *m_d; }
    const QString &variantId() const { return m_d->variantId; }
    int unitMs() const { return m_d->unitMs; }
    int tasks() const { return m_d->tasks; }
    const QList<WorkItem> &items() const { return m_d->items; }
    const QList<Span> &spans() const { return m_d->spans; }
    const QList<LineEvent> &lines() const { return m_d->lines; }
    qint64 totalNs() const { return m_d->totalNs; }
    double totalMs() const { return double(m_d->totalNs) / 1e6; }
    double idealMs() const { return m_d->ideal.totalUnits * m_d->unitMs; }
    const IdealSchedule &ideal() const { return m_d->ideal; }
    const QList<RunNote> &notes() const { return m_d->notes; }
    bool cancelled() const { return m_d->cancelled; }
    // Why the item failed, in English (empty when it did not); itemError() keeps it as data.
    QString errorFor(qint32 item) const { return m_d->errors.value(item).text(); }
    ItemError itemError(qint32 item) const { return m_d->errors.value(item); }

    QString lineText(qsizetype i) const;
    QStringList lineTexts() const;
    // Bytes this trace holds for spans and lines (what grows with the run).
    qsizetype recordBytes() const;

    // Per item: the lane that did it and the time from its first span's start to its
    // last span's end; items never started are absent.
    struct ItemExtent
    {
        qint32 item = -1;
        quint16 lane = 0;
        qint64 start = 0;
        qint64 end = 0;
        bool failed = false;
    };
    QList<ItemExtent> itemExtents() const;

private:
    std::shared_ptr<const Data> m_d;
};

// The tutorial's text for a line. value is what the line reports: the counted total
// (CountTotal), or nanoseconds (Elapsed, RunTotal); url is the item's, for GettingUrl.
QString formatLine(LineKind kind, int lane, qint64 value, int unitMs, const QString &url = {});
// The same text appended to out as UTF-8, without a QString: what the trace writer and
// the command line use for hundreds of thousands of lines. Elapsed times are rounded as
// Python's f"{x:.1f}" rounds them (to the nearest, ties to even).
void appendLine(std::string &out, LineKind kind, int lane, qint64 value, int unitMs,
                QStringView url = {});
// taskName(lane) as UTF-8, spelled once per lane.
std::string_view taskNameUtf8(int lane);

// Formats LineEvents into the tutorial's text. It needs the spans (for elapsed times)
// and the items (for counted totals); works both on a finished Trace and on a run's
// data while it grows.
struct LineFormatter
{
    const QList<WorkItem> &items;
    const QList<Span> &spans;
    int unitMs;
    qint64 totalNs;

    QString text(const LineEvent &line) const;
    void appendText(std::string &out, const LineEvent &line) const;
    qint64 value(const LineEvent &line) const;
    QString url(const LineEvent &line) const;
};

} // namespace TaskLanes

Q_DECLARE_METATYPE(TaskLanes::Trace)
