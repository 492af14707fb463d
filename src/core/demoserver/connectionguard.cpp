#include "connectionguard.h"

#include <QTcpSocket>

#include <algorithm>

#include <sys/socket.h>
#include <unistd.h>

namespace TaskLanes {

namespace {

QByteArray statusLine(int status)
{
    switch (status) {
    case 408:
        return "408 Request Timeout";
    case 429:
        return "429 Too Many Requests";
    case 431:
        return "431 Request Header Fields Too Large";
    default:
        return "503 Service Unavailable";
    }
}

// How long a client that does not read its refusal may keep its socket.
constexpr int closingMs = 2000;

} // namespace

ConnectionGuard::ConnectionGuard(QObject *parent) : QTcpServer(parent)
{
    m_clock.start();
    m_sweep.setSingleShot(false);
    connect(&m_sweep, &QTimer::timeout, this, [this] { sweep(); });
    // Many clients connecting at once wait in the kernel's queue rather than being turned
    // away before the server sees them (Qt's default is 50).
    setListenBacklogSize(1024);
}

ConnectionGuard::~ConnectionGuard()
{
    // The sockets (children) go while what they are forgotten from still exists.
    qDeleteAll(findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly));
}

void ConnectionGuard::setLimits(const ConnectionLimits &limits)
{
    {
        QMutexLocker lock(&m_limitsMutex);
        m_limits = limits;
    }
    QMetaObject::invokeMethod(this, [this] { scheduleSweep(); });
}

ConnectionLimits ConnectionGuard::limits() const
{
    QMutexLocker lock(&m_limitsMutex);
    return m_limits;
}

ConnectionCounts ConnectionGuard::counts() const
{
    return {m_counts.open.load(),          m_counts.accepted.load(), m_counts.refusedFull.load(),
            m_counts.tooLarge.load(),      m_counts.tooSlow.load(),  m_counts.idle.load(),
            m_counts.tooManyWaiting.load()};
}

void ConnectionGuard::scheduleSweep()
{
    // Often enough to keep each limit to within a quarter of itself, never busier than
    // every 5 ms, and not at all when nothing is open.
    if (m_connections.isEmpty()) {
        m_sweep.stop();
        return;
    }
    const ConnectionLimits l = limits();
    const int interval = std::clamp(std::min(l.requestMs, l.idleMs) / 4, 5, 1000);
    if (!m_sweep.isActive() || m_sweep.interval() != interval)
        m_sweep.start(interval);
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor)); // not the socket's to close when it failed to take it
        delete socket;
        return;
    }
    ++m_counts.accepted;
    if (m_connections.size() >= limits().maxConnections) {
        ++m_counts.refusedFull;
        // Never given to QHttpServer: this socket is ours to delete.
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        closeWith(socket, 503,
                  "the demo server has " + QByteArray::number(m_connections.size()) +
                      " connections open, its most; try again when one closes");
        return;
    }
    // Qt's responder streams a body 512 bytes at a time: with Nagle's algorithm each small
    // write would wait for the client's delayed ack (40 ms on Linux).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_connections.insert(socket, Connection{socket, m_clock.elapsed()});
    m_counts.open = m_connections.size();
    // Connected before QHttpServer's own handler, so that a request is measured before it
    // is parsed and a refused one is never parsed at all.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { received(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        if (auto it = m_connections.find(socket); it != m_connections.end())
            it->lastActivity = m_clock.elapsed();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    scheduleSweep();
    addPendingConnection(socket);
}

void ConnectionGuard::received(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const qint64 now = m_clock.elapsed();
    it->lastActivity = now;
    if (it->begunAt < 0)
        it->begunAt = now;
    // QHttpServer reads everything that arrives, so what is available now is new.
    it->unanswered += socket->bytesAvailable();
    const qint64 most = limits().maxRequestBytes;
    if (it->unanswered > most) {
        ++m_counts.tooLarge;
        closeWith(socket, 431,
                  "a request may be at most " + QByteArray::number(most) +
                      " bytes, line, headers and body together");
    }
}

bool ConnectionGuard::requestComplete(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return true;
    it->begunAt = -1;
    it->unanswered = 0;
    it->lastActivity = m_clock.elapsed();
    const int most = limits().maxWaiting;
    if (it->due >= most) {
        ++m_counts.tooManyWaiting;
        closeWith(socket, 429,
                  "one connection may wait for at most " + QByteArray::number(most) +
                      " answers at once");
        return false;
    }
    return true;
}

void ConnectionGuard::answerDue(QTcpSocket *socket, int delta)
{
    if (auto it = m_connections.find(socket); it != m_connections.end()) {
        it->due = std::max(0, it->due + delta);
        it->lastActivity = m_clock.elapsed();
    }
}

void ConnectionGuard::sweep()
{
    const ConnectionLimits l = limits();
    const qint64 now = m_clock.elapsed();
    QList<QTcpSocket *> slow, idle, gone;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        const Connection &c = *it;
        if (!c.socket) {
            gone.append(it.key());
            continue;
        }
        if (c.due > 0) // an answer on a timer: the client is waiting for us
            continue;
        if (c.begunAt >= 0 && now - c.begunAt > l.requestMs)
            slow.append(c.socket);
        else if (now - c.lastActivity > l.idleMs)
            idle.append(c.socket);
    }
    for (QTcpSocket *key : gone)
        m_connections.remove(key);
    for (QTcpSocket *socket : slow) {
        ++m_counts.tooSlow;
        closeWith(socket, 408,
                  "a request must arrive whole within " + QByteArray::number(l.requestMs) +
                      " ms of its first byte");
    }
    for (QTcpSocket *socket : idle) {
        ++m_counts.idle;
        forget(socket);
        // A download the client stopped reading cannot be finished: dropped, not flushed.
        if (socket->bytesToWrite() > 0)
            socket->abort();
        else
            socket->disconnectFromHost();
        socket->deleteLater();
    }
    m_counts.open = m_connections.size();
    scheduleSweep();
}

void ConnectionGuard::forget(QTcpSocket *socket)
{
    if (m_connections.remove(socket)) {
        m_counts.open = m_connections.size();
        scheduleSweep();
    }
}

void ConnectionGuard::closeWith(QTcpSocket *socket, int status, const QByteArray &reason)
{
    forget(socket);
    // QHttpServer parses nothing more from it, not even the rest of this delivery: a
    // slot disconnected while its signal is being emitted is not called.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    const QByteArray body = reason + '\n';
    socket->write("HTTP/1.1 " + statusLine(status) +
                  "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // A lingering close: the answer and then our end of the stream go out, and what the
    // client still sends is read and dropped until it closes. Closing at once with its
    // bytes unread would reset the connection, and the client would lose the answer.
    connect(socket, &QTcpSocket::readyRead, socket,
            [socket] { socket->skip(socket->bytesAvailable()); });
    const auto shutDown = [socket] {
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, shutDown);
    socket->flush();
    shutDown();
    socket->skip(socket->bytesAvailable());
    QTimer::singleShot(closingMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

} // namespace TaskLanes
