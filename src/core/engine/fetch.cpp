#include "fetch.h"

#include "canceltoken.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QThread>

#include <condition_variable>
#include <mutex>

using namespace Qt::StringLiterals;

namespace TaskLanes {

QNetworkRequest fetchRequest(const QString &url, int timeoutMs)
{
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(timeoutMs);
    // One request per connection at a time, at most six connections per host: the model
    // the ideal schedule assumes (HTTP/2 would multiplex instead).
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"TaskLanes"_s);
    return request;
}

FetchResult fetchResult(QNetworkReply *reply, int timeoutMs, bool stopped)
{
    using Kind = ItemError::Kind;
    // The whole body, as the tutorial reads it (an aborted reply has none to read).
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

// The network manager's own thread, and the object through which work is handed to it.
class BlockingFetcher::Thread
{
public:
    Thread()
    {
        m_thread.setObjectName(u"TaskLanes blocking fetch"_s);
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_anchor, [this] { m_network = new QNetworkAccessManager(m_anchor); },
            Qt::BlockingQueuedConnection);
    }
    ~Thread()
    {
        // Deleting the manager on its own thread aborts and deletes any reply left.
        QMetaObject::invokeMethod(
            m_anchor, [this] { delete m_anchor; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QThread m_thread;
    QObject *m_anchor = nullptr;
    QNetworkAccessManager *m_network = nullptr;
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
    auto state = std::make_shared<State>();
    CancelToken *cancel = &m_cancel;
    Thread *thread = m_thread.get();
    QMetaObject::invokeMethod(thread->m_anchor, [thread, state, url, timeoutMs, cancel] {
        QNetworkReply *reply = thread->m_network->get(fetchRequest(url, timeoutMs));
        state->reply = reply;
        QObject::connect(reply, &QNetworkReply::finished, reply, [state, reply, timeoutMs, cancel] {
            state->result = fetchResult(reply, timeoutMs, cancel->isCancelled());
            reply->deleteLater();
            {
                std::lock_guard lock(state->mutex);
                state->done = true;
            }
            state->finished.notify_all();
            cancel->notify();
        });
        if (cancel->isCancelled())
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
