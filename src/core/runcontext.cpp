#include "runcontext.h"

#include <QCoroNetworkReply>
#include <QCoroTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace TaskLanes {

void CancelToken::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled.store(true, std::memory_order_release);
    }
    m_cv.notify_all();
}

bool CancelToken::waitUntil(std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(m_mutex);
    return !m_cv.wait_until(lock, deadline, [this] { return isCancelled(); });
}

bool CancelToken::waitFor(const std::function<bool()> &done)
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [&] { return done() || isCancelled(); });
    return done();
}

void CancelToken::notify()
{
    {
        std::lock_guard lock(m_mutex);
    }
    m_cv.notify_all();
}

namespace {

QNetworkRequest makeRequest(const QString &url, int timeoutMs)
{
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(timeoutMs);
    // One request per connection at a time, at most six connections per host: the model
    // the ideal schedule assumes (HTTP/2 would multiplex instead).
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("TaskLanes"));
    return request;
}

FetchResult resultOf(QNetworkReply *reply, int timeoutMs, bool stopped)
{
    FetchResult r;
    // The whole body, as the tutorial reads it (an aborted reply has none to read).
    r.bytes = reply->isOpen() ? reply->readAll().size() : 0;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (r.status >= 400) {
        r.error = QStringLiteral("HTTP %1 %2")
                      .arg(r.status)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        return r;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        r.ok = true;
        return r;
    case QNetworkReply::OperationCanceledError:
        r.error = stopped ? QStringLiteral("stopped")
                          : QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        return r;
    case QNetworkReply::ConnectionRefusedError:
        r.error = QStringLiteral("connection refused by %1").arg(reply->url().authority());
        return r;
    case QNetworkReply::HostNotFoundError:
        r.error = QStringLiteral("unknown host %1").arg(reply->url().host());
        return r;
    default:
        r.error = reply->errorString();
        return r;
    }
}

} // namespace

// A network manager on a thread of its own, for GETs whose caller blocks until they end.
class BlockingFetcher
{
public:
    explicit BlockingFetcher(CancelToken &cancel) : m_cancel(cancel)
    {
        m_thread.setObjectName(QStringLiteral("TaskLanes blocking fetch"));
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_anchor, [this] { m_network = new QNetworkAccessManager(m_anchor); },
            Qt::BlockingQueuedConnection);
    }
    ~BlockingFetcher()
    {
        QMetaObject::invokeMethod(
            m_anchor, [this] { delete m_anchor; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    FetchResult get(const QString &url, int timeoutMs)
    {
        struct State
        {
            std::atomic_bool done{false};
            FetchResult result;
            QPointer<QNetworkReply> reply;
        };
        auto state = std::make_shared<State>();
        CancelToken *cancel = &m_cancel;
        QMetaObject::invokeMethod(m_anchor, [this, state, url, timeoutMs, cancel] {
            QNetworkReply *reply = m_network->get(makeRequest(url, timeoutMs));
            state->reply = reply;
            QObject::connect(reply, &QNetworkReply::finished, reply,
                             [state, reply, timeoutMs, cancel] {
                                 state->result = resultOf(reply, timeoutMs, cancel->isCancelled());
                                 reply->deleteLater();
                                 state->done = true;
                                 cancel->notify();
                             });
            if (cancel->isCancelled())
                reply->abort();
        });
        // The calling thread really blocks here.
        if (!m_cancel.waitFor([&] { return state->done.load(); })) {
            QMetaObject::invokeMethod(m_anchor, [state] {
                if (state->reply)
                    state->reply->abort();
            });
            // An abort ends the reply at once; wait for it so nothing outlives the run.
            while (!state->done.load())
                QThread::msleep(1);
        }
        return state->result;
    }

private:
    CancelToken &m_cancel;
    QThread m_thread;
    QObject *m_anchor = nullptr;
    QNetworkAccessManager *m_network = nullptr;
};

RunContext::RunContext(const WorkQueue &queue, int unitMs, TraceRecorder &recorder,
                       CancelToken &cancel, QObject *parent)
    : QObject(parent), m_queue(queue), m_unit(std::chrono::milliseconds(unitMs)),
      m_recorder(recorder), m_cancel(cancel), m_lanesLeft(queue.tasks)
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

void RunContext::laneFinished()
{
    if (m_lanesLeft.fetch_sub(1) == 1)
        QMetaObject::invokeMethod(this, &RunContext::allLanesFinished, Qt::QueuedConnection);
}

bool RunContext::queueEmpty() const
{
    return m_next.load(std::memory_order_relaxed) >= m_queue.items.size();
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

QCoro::Task<bool> RunContext::sleepFor(qint64 units)
{
    if (cancelled())
        co_return false;
    QTimer timer;
    // The default coarse timer may fire 5% late; the lesson is in the timing.
    timer.setTimerType(Qt::PreciseTimer);
    timer.setSingleShot(true);
    connect(this, &RunContext::wakeRequested, &timer, [&timer] { timer.start(0); });
    timer.start(std::chrono::duration_cast<std::chrono::milliseconds>(units * m_unit));
    co_await timer;
    co_return !cancelled();
}

QCoro::Task<FetchResult> RunContext::fetch(const QString &url)
{
    if (cancelled())
        co_return FetchResult{false, QStringLiteral("stopped"), 0, 0};
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkReply *reply = m_network->get(makeRequest(url, m_timeoutMs));
    connect(this, &RunContext::wakeRequested, reply, &QNetworkReply::abort);
    co_await reply;
    const FetchResult result = resultOf(reply, m_timeoutMs, cancelled());
    reply->deleteLater();
    co_return result;
}

FetchResult RunContext::fetchBlocking(const QString &url)
{
    if (cancelled())
        return {false, QStringLiteral("stopped"), 0, 0};
    {
        // Several threads may fetch at once; they share one network manager.
        std::lock_guard lock(m_blockingMutex);
        if (!m_blocking)
            m_blocking = std::make_unique<BlockingFetcher>(m_cancel);
    }
    return m_blocking->get(url, m_timeoutMs);
}

} // namespace TaskLanes
