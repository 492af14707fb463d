#pragma once

#include "tracerecorder.h"
#include "workqueue.h"

#include <QCoroTask>
#include <QObject>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace TaskLanes {

class BlockingFetcher;

struct FetchResult
{
    bool ok = false;
    QString error; // why it failed, one line
    int status = 0;
    qint64 bytes = 0;
};

// Shared between the engine's owner and the run: stop() sets it from any thread and
// wakes whoever is blocked on it.
class CancelToken
{
public:
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    // Blocks the calling thread until the deadline; false when cancelled first.
    bool waitUntil(std::chrono::steady_clock::time_point deadline);
    // Blocks until done() holds or the token is cancelled; whoever makes done() true
    // calls notify(). Returns done().
    bool waitFor(const std::function<bool()> &done);
    void notify();

private:
    std::atomic_bool m_cancelled{false};
    std::mutex m_mutex;
    std::condition_variable m_cv;
};

// Everything a variant's tasks touch: the shared work queue, the clock, the trace, and
// the three ways to spend a unit of time (count on the CPU, block, await).
// Lives on the engine thread.
class RunContext : public QObject
{
    Q_OBJECT
public:
    using Clock = std::chrono::steady_clock;

    RunContext(const WorkQueue &queue, int unitMs, TraceRecorder &recorder, CancelToken &cancel,
               QObject *parent = nullptr);
    ~RunContext() override;

    int tasks() const { return m_queue.tasks; }
    const WorkItem &item(qint32 index) const { return m_queue.items.at(index); }
    qint32 itemCount() const { return qint32(m_queue.items.size()); }
    Clock::duration unit() const { return m_unit; }
    bool cancelled() const { return m_cancel.isCancelled(); }

    // The queue, first in first out; safe from several threads.
    std::optional<qint32> take();
    bool queueEmpty() const;

    void say(int lane, LineKind kind, qint32 ref = -1) { m_recorder.line(lane, kind, ref); }
    qint32 beginSpan(int lane, qint32 item, SpanState state)
    {
        return m_recorder.beginSpan(lane, item, state);
    }
    void endSpan(qint32 span) { m_recorder.endSpan(span); }
    TraceRecorder &recorder() { return m_recorder; }
    CancelToken &cancelToken() { return m_cancel; }
    // Emitted (queued, on this context's thread) by laneFinished when the last lane ends.
    void laneFinished();
    void itemDone() { m_recorder.itemDone(); }

    // Real CPU work (it counts) until the deadline; false when stopped first.
    bool countUntil(Clock::time_point deadline);
    // Blocks this thread for the given units: nothing else on it runs meanwhile.
    bool blockFor(qint64 units);
    // Suspends the calling coroutine for the given units and returns to the event loop,
    // which runs other coroutines meanwhile. co_awaits to false when stopped first.
    QCoro::Task<bool> sleepFor(qint64 units);

    // A GET of the whole body that returns to the event loop while it waits (other
    // coroutines run meanwhile). Failures are results, never exceptions.
    QCoro::Task<FetchResult> fetch(const QString &url);
    // The same, but this thread blocks until the body is in: nothing else on it runs.
    FetchResult fetchBlocking(const QString &url);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void failSpan(qint32 span, const QString &error) { m_recorder.failSpan(span, error); }

    // Resumes every pending sleepFor at once (called on this thread after a stop).
    void wakeSleepers() { Q_EMIT wakeRequested(); }

Q_SIGNALS:
    void wakeRequested();
    void allLanesFinished();

private:
    const WorkQueue &m_queue;
    Clock::duration m_unit;
    TraceRecorder &m_recorder;
    CancelToken &m_cancel;
    std::mutex m_queueMutex;
    std::atomic<qsizetype> m_next{0};
    quint64 m_counted = 0; // where counting goes, so the compiler cannot drop the work
    int m_timeoutMs = 30000;
    std::atomic_int m_lanesLeft;
    std::mutex m_blockingMutex;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<BlockingFetcher> m_blocking;
};

} // namespace TaskLanes
