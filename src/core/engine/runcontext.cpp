#include "runcontext.h"

#include "threadstarts.h"

#include "compute.h"

#include <QCoroNetworkReply>
#include <QNetworkReply>

#include <algorithm>

namespace TaskLanes {

RunContext::RunContext(const WorkQueue &queue, int unitMs, int timeoutMs, TraceRecorder &recorder,
                       CancelToken &cancel, QObject *parent)
    : QObject(parent), m_queue(queue), m_unit(std::chrono::milliseconds(unitMs)),
      m_timeoutMs(timeoutMs), m_recorder(recorder), m_cancel(cancel), m_lanesLeft(queue.tasks),
      m_timers(this)
{}

RunContext::~RunContext() = default;

std::optional<qint32> RunContext::take()
{
    // Threads take from the queue at once: one at a time, under a lock.
    std::lock_guard lock(m_queueMutex);
    const qsizetype i = m_next.load(std::memory_order_relaxed);
    if (i >= m_queue.items.size())
        return std::nullopt;
    m_next.store(i + 1, std::memory_order_relaxed);
    return qint32(i);
}

bool RunContext::queueEmpty() const
{
    return m_next.load(std::memory_order_relaxed) >= m_queue.items.size();
}

void RunContext::sayStart(int lane, qint32 item)
{
    say(lane, this->item(item).kind == WorkKind::Fetch ? LineKind::GettingUrl : LineKind::Running,
        item);
}

void RunContext::finishItem(int lane, qint32 index, const ItemOutcome &outcome)
{
    if (outcome.error && outcome.error->kind == ItemError::Kind::Stopped) {
        // Stopped on its way: not done, and its task prints nothing for it (a cancelled
        // Python task never reaches its print).
        failSpan(outcome.firstSpan, *outcome.error);
        return;
    }
    if (outcome.error)
        failSpan(outcome.firstSpan, *outcome.error);
    m_recorder.itemDone();
    if (item(index).kind == WorkKind::Count && !outcome.error)
        say(lane, LineKind::CountTotal, index);
    else
        say(lane, LineKind::Elapsed, outcome.firstSpan);
}

void RunContext::laneFinished()
{
    if (m_lanesLeft.fetch_sub(1) == 1) {
        // The run's work ended now, not when the engine thread wakes to hear of it (a
        // sleeping thread wakes 100-150 us late here).
        m_recorder.markEnd();
        QMetaObject::invokeMethod(this, &RunContext::allLanesFinished, Qt::QueuedConnection);
    }
}

bool RunContext::countUntil(Clock::time_point deadline)
{
    // Counting is the work: a tight loop of additions, with the clock and the stop flag
    // looked at every few hundred of them (each look costs tens of nanoseconds).
    quint64 counted = m_counted;
    for (;;) {
        for (int i = 0; i < 256; ++i)
            counted += 1 + (counted & 1);
        if (cancelled()) {
            m_counted = counted;
            return false;
        }
        if (Clock::now() >= deadline)
            break;
    }
    m_counted = counted;
    return true;
}

bool RunContext::blockFor(qint64 units)
{
    if (units <= 0) // nothing to wait for: no lock, no system call
        return !cancelled();
    return m_cancel.waitUntil(Clock::now() + units * m_unit);
}

quint64 RunContext::computeOpsPerUnit() const
{
    std::call_once(m_opsOnce, [this] {
        const bool computes = std::any_of(m_queue.items.begin(), m_queue.items.end(),
                                          [](const WorkItem &i) { return isCpuWork(i.kind); });
        if (computes)
            m_opsPerUnit = quint64(ComputeWork::opsPerMs() *
                                   std::chrono::duration<double, std::milli>(m_unit).count());
    });
    return m_opsPerUnit;
}

ItemOutcome RunContext::doBlocking(int lane, qint32 index)
{
    const WorkItem &work = item(index);
    if (work.kind == WorkKind::Compute)
        return doCpuWork(lane, index);
    if (work.kind != WorkKind::Count)
        return blockingCall(lane, index);
    ItemOutcome outcome{beginSpan(lane, index, SpanState::Running), {}};
    // The steps count from the span's start, so the item lasts its length as recorded.
    const auto start = Clock::now();
    // py: for x in range(count): total += 1
    for (qint64 x = 0; x < work.units; ++x) {
        if (!countUntil(start + (x + 1) * m_unit))
            return outcome; // stopped: the span stays open, and the run's end marks it
    }
    endSpan(outcome.firstSpan);
    return outcome;
}

ItemOutcome RunContext::doCpuWork(int lane, qint32 index)
{
    ItemOutcome outcome{beginSpan(lane, index, SpanState::Running), {}};
    if (ComputeWork::run(quint64(item(index).units) * computeOpsPerUnit(), &m_cancel))
        endSpan(outcome.firstSpan);
    return outcome;
}

void RunContext::readyOnLoop(int lane, qint32 item, qint64 readyNs)
{
    if (m_loopHeldUntil <= readyNs)
        return; // nothing held the loop: the task ran when it could
    const qint32 span =
        m_recorder.beginSpanAt(lane, item, SpanState::Ready, readyNs, WaitingFor::Loop);
    endSpan(span);
}

RunContext::AwaitedSleep RunContext::beginSleep(int lane, qint32 index)
{
    // A zero sleep has no deadline to be late for (and a million of them no clock to read).
    const qint64 units = item(index).units;
    return {beginSpan(lane, index, SpanState::Awaiting),
            units > 0 ? Clock::time_point(Clock::now() + units * m_unit) : Clock::time_point{}};
}

ItemOutcome RunContext::endSleep(int lane, qint32 index, const AwaitedSleep &sleep)
{
    const qint64 dueNs = m_loopHeldUntil < 0 || item(index).units == 0 ? -1 : runNs(sleep.due);
    if (dueNs >= 0 && m_loopHeldUntil > dueNs) {
        // The sleep was over at its deadline; the task waited for the loop from then on.
        m_recorder.endSpanAt(sleep.span, dueNs);
        readyOnLoop(lane, index, dueNs);
    } else {
        endSpan(sleep.span);
    }
    return {sleep.span, {}};
}

QCoro::Task<FetchResult> RunContext::fetch(const QString &url)
{
    if (cancelled())
        co_return FetchResult{false, ItemError::stopped()};
    if (!m_network) {
        m_network = new NetworkPool(this);
        // Qt's network code starts threads of its own when first asked; if the system
        // refuses one, the request would never move: every request is ended instead.
        ThreadStartWatch::onRefusalInThisThread([this] {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_networkRefused = true;
                    Q_EMIT networkRefused();
                },
                Qt::QueuedConnection);
        });
    }
    if (m_networkRefused)
        co_return FetchResult{false, {ItemError::Kind::NoThread, {}}};
    QNetworkReply *reply = m_network->get(url, m_timeoutMs);
    connect(this, &RunContext::wakeRequested, reply, &QNetworkReply::abort);
    connect(this, &RunContext::networkRefused, reply, &QNetworkReply::abort);
    co_await reply;
    const FetchResult result = m_networkRefused
                                   ? FetchResult{false, {ItemError::Kind::NoThread, {}}}
                                   : fetchResult(reply, m_timeoutMs, cancelled());
    reply->deleteLater();
    co_return result;
}

QCoro::Task<ItemOutcome> RunContext::awaitFetch(int lane, qint32 index)
{
    ItemOutcome outcome;
    if (m_inFlight >= maxRequestsInFlight) {
        outcome.firstSpan = beginSpan(lane, index, SpanState::Awaiting, WaitingFor::Connection);
        co_await ConnectionFree{*this}; // the slot is handed over: m_inFlight stays
        if (cancelled())
            co_return outcome; // the open span is marked stopped at the run's end
        endSpan(outcome.firstSpan);
    } else {
        ++m_inFlight;
    }
    const qint32 span = beginSpan(lane, index, SpanState::Awaiting);
    if (outcome.firstSpan < 0)
        outcome.firstSpan = span;
    const FetchResult result = co_await fetch(item(index).url);
    // The connection goes to the request that waited longest, if one did.
    if (!m_waitingForConnection.empty()) {
        m_timers.resumeSoon(m_waitingForConnection.front());
        m_waitingForConnection.pop_front();
    } else {
        --m_inFlight;
    }
    if (cancelled())
        co_return outcome;
    if (result.ok)
        endSpan(span);
    else
        failSpan(span, result.error);
    co_return outcome;
}

FetchResult RunContext::fetchBlocking(const QString &url)
{
    if (cancelled())
        return {false, ItemError::stopped()};
    {
        // Several threads may fetch at once; they share one network manager.
        std::lock_guard lock(m_blockingMutex);
        if (!m_blocking)
            m_blocking = std::make_unique<BlockingFetcher>(m_cancel);
    }
    return m_blocking->get(url, m_timeoutMs);
}

ItemOutcome RunContext::blockingCall(int lane, qint32 item)
{
    const WorkItem &work = this->item(item);
    ItemOutcome outcome{beginSpan(lane, item, SpanState::Blocked), {}};
    if (work.kind == WorkKind::Fetch) {
        const FetchResult r = fetchBlocking(work.url);
        if (!r.ok)
            outcome.error = r.error;
    } else if (!blockFor(work.units)) {
        return outcome; // stopped: the span stays open, and the run's end marks it stopped
    }
    if (!outcome.error)
        endSpan(outcome.firstSpan);
    return outcome;
}

} // namespace TaskLanes
