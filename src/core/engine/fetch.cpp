#include "fetch.h"

#include "canceltoken.h"
#include "threadstarts.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <condition_variable>
#include <mutex>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

QNetworkRequest fetchRequest(const QString &url, int timeoutMs)
{
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(timeoutMs);
    // One request per connection at a time, as Python's clients do (HTTP/2 would
    // multiplex instead).
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"TaskLanes"_s);
    return request;
}

} // namespace

QNetworkReply *startFetch(QNetworkAccessManager &network, const QString &url, int timeoutMs)
{
    QNetworkReply *reply = network.get(fetchRequest(url, timeoutMs));
    // The body is read as it comes, counted and dropped: what a server sends, however
    // much, costs at most this much memory (Qt stops reading the socket when its buffer
    // is full).
    reply->setReadBufferSize(fetchChunkBytes);
    QObject::connect(reply, &QIODevice::readyRead, reply, [reply] {
        char chunk[16 * 1024];
        while (reply->read(chunk, sizeof chunk) > 0) {
        }
    });
    // The transfer timeout only notices a silent server; a page that never ends is ended
    // by this one, from the moment the request leaves the queue of requests waiting for
    // one of the host's connections (a connect, or a request sent on an open one) to its
    // last byte, redirects included.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setInterval(timeoutMs);
    QObject::connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    auto arm = [deadline] {
        if (!deadline->isActive())
            deadline->start();
    };
    QObject::connect(reply, &QNetworkReply::socketStartedConnecting, deadline, arm);
    QObject::connect(reply, &QNetworkReply::requestSent, deadline, arm);
    return reply;
}

FetchResult fetchResult(QNetworkReply *reply, int timeoutMs, bool stopped)
{
    using Kind = ItemError::Kind;
    // The rest of the body, as the tutorial reads it (an aborted reply has none to read);
    // at most one buffer's worth.
    if (reply->isOpen())
        reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return {false,
                {Kind::Http,
                 {QString::number(status),
                  reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()}}};
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return {true, {}};
    case QNetworkReply::OperationCanceledError:
        return {false, stopped ? ItemError::stopped()
                               : ItemError{Kind::TimedOut, {QString::number(timeoutMs)}}};
    case QNetworkReply::ConnectionRefusedError:
        return {false, {Kind::Refused, {reply->url().authority()}}};
    case QNetworkReply::HostNotFoundError:
        return {false, {Kind::UnknownHost, {reply->url().host()}}};
    default:
        return {false, {Kind::Network, {reply->errorString()}}};
    }
}

NetworkPool::NetworkPool(QObject *parent) : QObject(parent) {}

QNetworkReply *NetworkPool::get(const QString &url, int timeoutMs)
{
    const QUrl u(url);
    const QString host = u.scheme() + u"://"_s + u.host() + u':' +
                         QString::number(u.port(u.scheme() == "https"_L1 ? 443 : 80));
    size_t pick = m_managers.size();
    for (size_t i = 0; i < m_managers.size(); ++i) {
        if (m_managers[i].busy.value(host) < connectionsPerManager) {
            pick = i;
            break;
        }
    }
    if (pick == m_managers.size())
        m_managers.push_back({new QNetworkAccessManager(this), {}});
    Manager &m = m_managers[pick];
    ++m.busy[host];
    QNetworkReply *reply = startFetch(*m.network, url, timeoutMs);
    connect(reply, &QNetworkReply::finished, this,
            [this, pick, host] { --m_managers[pick].busy[host]; });
    return reply;
}

void NetworkPool::abortAll()
{
    for (QNetworkReply *reply : findChildren<QNetworkReply *>())
        reply->abort();
}

// The network managers' own thread, and the object through which work is handed to it.
class BlockingFetcher::Thread
{
public:
    Thread()
    {
        m_thread.setObjectName(u"TaskLanes blocking fetch"_s);
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
        if (!startThread(m_thread)) // the system refused it: no fetch can be made
            return;
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                m_network = new NetworkPool(m_anchor);
                // As for the event loop's fetches (RunContext::fetch): a thread Qt's
                // network code cannot start ends every request.
                ThreadStartWatch::onRefusalInThisThread([this] {
                    QMetaObject::invokeMethod(
                        m_anchor,
                        [this] {
                            m_refused = true;
                            m_network->abortAll();
                        },
                        Qt::QueuedConnection);
                });
            },
            Qt::BlockingQueuedConnection);
    }
    ~Thread()
    {
        if (!m_network) {
            delete m_anchor;
            return;
        }
        // Deleting the manager on its own thread aborts and deletes any reply left.
        QMetaObject::invokeMethod(
            m_anchor, [this] { delete m_anchor; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QThread m_thread;
    QObject *m_anchor = nullptr;
    NetworkPool *m_network = nullptr;
    std::atomic_bool m_refused{false};
};

BlockingFetcher::BlockingFetcher(CancelToken &cancel)
    : m_thread(std::make_unique<Thread>()), m_cancel(cancel)
{}

BlockingFetcher::~BlockingFetcher() = default;

FetchResult BlockingFetcher::get(const QString &url, int timeoutMs)
{
    struct State
    {
        std::mutex mutex;
        std::condition_variable finished;
        std::atomic_bool done{false};
        FetchResult result;
        QPointer<QNetworkReply> reply;
    };
    Thread *thread = m_thread.get();
    if (!thread->m_network)
        return {false, {ItemError::Kind::NoThread, {}}};
    auto state = std::make_shared<State>();
    CancelToken *cancel = &m_cancel;
    QMetaObject::invokeMethod(thread->m_anchor, [thread, state, url, timeoutMs, cancel] {
        QNetworkReply *reply = thread->m_network->get(url, timeoutMs);
        state->reply = reply;
        QObject::connect(
            reply, &QNetworkReply::finished, reply, [thread, state, reply, timeoutMs, cancel] {
                state->result = thread->m_refused
                                    ? FetchResult{false, {ItemError::Kind::NoThread, {}}}
                                    : fetchResult(reply, timeoutMs, cancel->isCancelled());
                reply->deleteLater();
                {
                    std::lock_guard lock(state->mutex);
                    state->done = true;
                }
                state->finished.notify_all();
                cancel->notify();
            });
        if (cancel->isCancelled() || thread->m_refused)
            reply->abort();
    });
    // The calling thread really blocks here.
    if (m_cancel.waitFor([&] { return state->done.load(); }))
        return state->result;
    QMetaObject::invokeMethod(thread->m_anchor, [state] {
        if (state->reply)
            state->reply->abort();
    });
    // An abort ends the reply at once; wait for it (with a deadline: the run must end even
    // if the network thread is stuck), so that no reply of this run outlives it.
    std::unique_lock lock(state->mutex);
    if (!state->finished.wait_for(lock, std::chrono::seconds(5),
                                  [&] { return state->done.load(); }))
        return {false, ItemError::stopped()};
    return state->result;
}

} // namespace TaskLanes
