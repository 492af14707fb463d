#pragma once

#include "domain/itemerror.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace TaskLanes {

class CancelToken;

// Qt 6.4's QNetworkAccessManager opens at most this many HTTP/1.1 connections to one host
// and port; further requests wait inside it (NetworkPool gets past it).
inline constexpr int connectionsPerManager = 6;
// aiohttp's default session keeps at most this many requests in flight (TCPConnector's
// limit=100, none per host): the event loop's fetches are held to it, and the ideal
// schedule models it. A blocking GET (requests.get) opens a connection of its own.
inline constexpr int maxRequestsInFlight = 100;

// One GET of a whole body, as every model and the worker processes do it: the same
// request (HTTP/2 off: one request per connection at a time, as Python's clients do;
// TaskLanes as the User-Agent; a transfer timeout) and the same words for the same failure.
struct FetchResult
{
    bool ok = false;
    ItemError error; // when not ok
};

// A GET of url whose body is drained as it arrives (never kept) and which is aborted
// timeoutMs after it starts, however the server answers.
inline constexpr qint64 fetchChunkBytes = 64 * 1024;
QNetworkReply *startFetch(QNetworkAccessManager &network, const QString &url, int timeoutMs);
// The outcome of a finished reply; stopped says the run was stopped meanwhile.
FetchResult fetchResult(QNetworkReply *reply, int timeoutMs, bool stopped);

// Network managers on one thread, as many as the requests in flight need: each GET goes to
// one with a connection free for its host, so that requests are never held to Qt's six
// per host. Lives on, and is used from, one thread.
class NetworkPool : public QObject
{
public:
    explicit NetworkPool(QObject *parent = nullptr);
    QNetworkReply *get(const QString &url, int timeoutMs);
    void abortAll();

private:
    struct Manager
    {
        QNetworkAccessManager *network = nullptr;
        QHash<QString, int> busy; // open requests per scheme, host and port
    };
    std::vector<Manager> m_managers;
};

// GETs whose caller really blocks until the body is in: a network manager on a thread of
// its own does the work. Any thread may call get(), several at once.
class BlockingFetcher
{
public:
    explicit BlockingFetcher(CancelToken &cancel);
    ~BlockingFetcher();
    FetchResult get(const QString &url, int timeoutMs);

private:
    class Thread;
    std::unique_ptr<Thread> m_thread;
    CancelToken &m_cancel;
};

} // namespace TaskLanes
