#include "connectionguard.h"

#include <QTcpSocket>

#include <algorithm>
#include <limits>
#include <memory>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace TaskLanes {

namespace {

QByteArray statusLine(int status)
{
    switch (status) {
    case 408:
        return "408 Request Timeout";
    case 413:
        return "413 Content Too Large";
    case 414:
        return "414 URI Too Long";
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
// How long accepting rests when the process has no file left for a connection.
constexpr int noFilesRestMs = 100;
// Files kept for the rest of the process (the app's own, its workers' pipes) when
// deciding whether a connection can be kept.
constexpr int filesKept = 32;

// The soft limit on open files, as it is now.
qintptr openFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return std::numeric_limits<int>::max();
    return qintptr(limit.rlim_cur);
}

} // namespace

ConnectionGuard::ConnectionGuard(QObject *parent) : QTcpServer(parent)
{
    m_clock.start();
    m_sweep.setSingleShot(false);
    connect(&m_sweep, &QTimer::timeout, this, [this] { sweep(); });
    // Many clients connecting at once wait in the kernel's queue rather than being turned
    // away before the server sees them (Qt's default is 50).
    setListenBacklogSize(1024);
    // Out of file descriptors, Qt stops accepting for good (or, once its socket engine has
    // recorded another error, goes on trying at full speed): a connection is refused
    // before that point (incomingConnection), and should accept fail anyway, accepting
    // rests and starts again.
    connect(this, &QTcpServer::acceptError, this,
            [this](QAbstractSocket::SocketError e) { noFiles(e); });
}

void ConnectionGuard::noFiles(QAbstractSocket::SocketError error)
{
    if (error != QAbstractSocket::SocketResourceError)
        return;
    ++m_counts.acceptPaused;
    pauseAccepting();
    QTimer::singleShot(noFilesRestMs, this, [this] { resumeAccepting(); });
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
    return {m_counts.open.load(),           m_counts.accepted.load(),
            m_counts.refusedFull.load(),    m_counts.tooLarge.load(),
            m_counts.tooSlow.load(),        m_counts.idle.load(),
            m_counts.tooManyWaiting.load(), m_counts.acceptPaused.load()};
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
    // The kernel hands out the lowest free descriptor, so a high one means few are left:
    // refused while it can still be answered, so that accept never runs out.
    const bool noFilesLeft = descriptor >= openFileLimit() - filesKept;
    if (m_connections.size() >= limits().maxConnections || noFilesLeft) {
        ++m_counts.refusedFull;
        // Never given to QHttpServer: this socket is ours to delete.
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        closeWith(socket, 503,
                  "the demo server has " + QByteArray::number(m_connections.size()) +
                      " connections open, its most" +
                      (noFilesLeft ? QByteArray(" (the open-file limit)") : QByteArray()) +
                      "; try again when one closes");
        return;
    }
    // Qt's responder streams a body 512 bytes at a time: with Nagle's algorithm each small
    // write would wait for the client's delayed ack (40 ms on Linux).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    Connection c;
    c.socket = socket;
    c.lastActivity = m_clock.elapsed();
    m_connections.insert(socket, c);
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
    const qint64 available = socket->bytesAvailable();
    it->unanswered += available;
    const qint64 most = limits().maxRequestBytes;
    if (it->headersEndAt < 0 || it->version == Connection::Version::Unknown)
        scan(*it, socket->peek(std::min(available, most + 1)));
    it->scanned += available;
    if (it->unanswered > most) {
        ++m_counts.tooLarge;
        // Named for the part that crossed the limit (however the bytes were delivered).
        const auto within = [most](qint64 at) { return at >= 0 && at < most; };
        const int status = !within(it->lineEndAt) ? 414 : !within(it->headersEndAt) ? 431 : 413;
        closeWith(socket, status,
                  "a request may be at most " + QByteArray::number(most) +
                      " bytes, line, headers and body together");
    }
}

void ConnectionGuard::scan(Connection &c, QByteArrayView bytes)
{
    if (c.version == Connection::Version::Unknown) {
        const qsizetype end = bytes.indexOf('\n');
        c.firstLine += bytes.first(end < 0 ? bytes.size() : end);
        if (end >= 0 || c.firstLine.size() > 8192) {
            const QByteArray line = c.firstLine.trimmed();
            c.version = line.endsWith("HTTP/1.0") ? Connection::Version::Http10
                                                  : Connection::Version::Http11;
            c.firstLine = {};
        }
    }
    for (qsizetype i = 0; i < bytes.size() && c.headersEndAt < 0; ++i) {
        const char ch = bytes[i];
        if (ch == '\n') {
            if (c.lineEndAt >= 0 && c.atLineStart) // an empty line
                c.headersEndAt = c.scanned + i;
            if (c.lineEndAt < 0)
                c.lineEndAt = c.scanned + i;
            c.atLineStart = true;
        } else if (ch != '\r') {
            c.atLineStart = false;
        }
    }
}

bool ConnectionGuard::isHttp10(QTcpSocket *socket) const
{
    const auto it = m_connections.constFind(socket);
    return it != m_connections.cend() && it->version == Connection::Version::Http10;
}

void ConnectionGuard::lastRequest(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->last = true;
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(socket, &QTcpSocket::readyRead, socket,
            [socket] { socket->skip(socket->bytesAvailable()); });
}

void ConnectionGuard::finish(QTcpSocket *socket)
{
    // Still counted (and closed by the sweep if its client stops reading) until the
    // answers are out; then a lingering close.
    auto drained = std::make_shared<QMetaObject::Connection>();
    const auto shutDown = [this, socket, drained] {
        if (socket->bytesToWrite() > 0 || socket->state() != QAbstractSocket::ConnectedState)
            return;
        disconnect(*drained);
        forget(socket);
        linger(socket);
    };
    *drained = connect(socket, &QTcpSocket::bytesWritten, socket, shutDown);
    socket->flush();
    shutDown();
}

bool ConnectionGuard::requestComplete(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return true;
    if (it->last)
        return false; // a request after the last: not answered
    it->begunAt = -1;
    it->unanswered = 0;
    it->scanned = 0;
    it->lineEndAt = it->headersEndAt = -1;
    it->atLineStart = false;
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
    linger(socket);
}

void ConnectionGuard::linger(QTcpSocket *socket)
{
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
