#pragma once

#include "domain/itemerror.h"

#include <QString>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace TaskLanes {

class CancelToken;

// QNetworkAccessManager opens at most this many connections to one host and port; more
// requests to it wait their turn, whatever the number of tasks. The ideal schedule
// models it.
inline constexpr int connectionsPerHost = 6;

// One GET of a whole body, as every model and the worker processes do it: the same
// request (HTTP/2 off, so that the six connections hold; TaskLanes as the User-Agent; a
// transfer timeout) and the same words for the same failure.
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
