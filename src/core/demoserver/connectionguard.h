#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <atomic>

class QTcpSocket;

namespace TaskLanes {

// What the demo server lets its clients hold. A request is its line, its headers and its
// body together; none of the server's routes takes a body.
struct ConnectionLimits
{
    int maxConnections = 1024;          // open at once; the next is answered 503 and closed
    qint64 maxRequestBytes = 64 * 1024; // a larger request is answered 414, 431 or 413 (its
                                        // line, its headers or its body too long) and closed
    int requestMs = 10'000;             // a begun request not whole by then: 408, closed
    int idleMs = 30'000;                // nothing in or out and no answer due: closed
    int maxWaiting = 16;                // answers one connection may have due at once
};

// What the guard has done since it started; readable from any thread.
struct ConnectionCounts
{
    qint64 open = 0;
    qint64 accepted = 0;
    qint64 refusedFull = 0;
    qint64 tooLarge = 0;
    qint64 tooSlow = 0;
    qint64 idle = 0;
    qint64 tooManyWaiting = 0;
    qint64 acceptPaused = 0; // times accepting stopped because no file could be opened
};

// The TCP server under the demo server's QHttpServer (which, in Qt 6.4, keeps every
// connection as long as the client likes, ignores "Connection: close", and buffers a
// request of any size). It admits connections up to a limit and closes, with an HTTP
// answer where one is due, a connection whose request grows too large or arrives too
// slowly, and one with nothing to do. Lives on the server's thread.
class ConnectionGuard : public QTcpServer
{
public:
    explicit ConnectionGuard(QObject *parent = nullptr);
    ~ConnectionGuard() override;

    void setLimits(const ConnectionLimits &limits); // from any thread
    ConnectionLimits limits() const;
    ConnectionCounts counts() const;

    // A route has the whole request from socket (the next bytes begin another one). False
    // when the connection already has maxWaiting answers due: it has been answered 429
    // and is being closed, and the route must not answer.
    bool requestComplete(QTcpSocket *socket);
    // An answer due later on socket (+1), or written or dropped (-1).
    void answerDue(QTcpSocket *socket, int delta);
    // Whether the connection's first request line said HTTP/1.0.
    bool isHttp10(QTcpSocket *socket) const;
    // The request just completed is the connection's last: nothing after it is read or
    // answered; finish() ends the connection once its answers are written.
    void lastRequest(QTcpSocket *socket);
    void finish(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        qint64 lastActivity = 0;
        qint64 begunAt = -1; // the first byte of a request not yet whole
        qint64 unanswered = 0;
        int due = 0;
        // Where the request under way is (so that an oversized one is answered for the
        // part that is too long): bytes seen, where its line and its headers ended, and
        // whether the last byte ended a line.
        qint64 scanned = 0;
        qint64 lineEndAt = -1;
        qint64 headersEndAt = -1;
        bool atLineStart = false;
        bool last = false;
        enum class Version : quint8
        {
            Unknown,
            Http10,
            Http11
        } version = Version::Unknown;
        QByteArray firstLine; // until its end is seen
    };

    void scan(Connection &c, QByteArrayView bytes);
    void linger(QTcpSocket *socket);
    void noFiles(QAbstractSocket::SocketError error);

    void received(QTcpSocket *socket);
    void sweep();
    void forget(QTcpSocket *socket);
    void closeWith(QTcpSocket *socket, int status, const QByteArray &reason);
    void scheduleSweep();

    QHash<QTcpSocket *, Connection> m_connections;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    mutable QMutex m_limitsMutex;
    ConnectionLimits m_limits;
    struct Counts
    {
        std::atomic<qint64> accepted{0}, refusedFull{0}, tooLarge{0}, tooSlow{0}, idle{0},
            tooManyWaiting{0}, open{0}, acceptPaused{0};
    } m_counts;
};

} // namespace TaskLanes
