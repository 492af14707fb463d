#include "demoserver.h"

#include "engine/threadstarts.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSemaphore>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <cstring>
#include <map>
#include <memory>
#include <optional>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

using HttpStatus = QHttpServerResponder::StatusCode;

// Path numbers are taken as text: Qt's own conversion turns an overflow into 0.
std::optional<qint64> number(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

// How much a connection's socket may hold unsent before the server makes more for it, and
// how much of a /bytes/ body it makes at a time.
constexpr qint64 socketBuffered = 256 * 1024;
constexpr qint64 chunkBytes = 64 * 1024;

// Every connection is a file: let the server hold as many as its limit allows, as far as
// the hard limit lets it (the soft limit is often 1024).
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted = std::min<rlim_t>(limit.rlim_max, 65536);
    if (limit.rlim_cur < wanted) {
        limit.rlim_cur = wanted;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView lowerName)
{
    for (const auto &[name, value] : request.headers())
        if (name.compare(lowerName, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent), m_server(std::make_unique<QHttpServer>()),
      m_guard(new ConnectionGuard(m_server.get()))
{
    routes();
}

DemoServer::~DemoServer()
{
    // Its sockets go while the answers waiting for them can still be dropped.
    m_server.reset();
}

// What a route answers: at once, after delayMs, or streamBytes of 'x'; and how the
// request asked for it.
struct DemoServer::Reply
{
    QByteArray body;
    HttpStatus status = HttpStatus::Ok;
    qint64 delayMs = 0;
    qint64 streamBytes = -1;
    bool head = false;  // HEAD: the headers a GET would get, no body
    bool close = false; // the connection ends after this answer
    bool allow = false; // a 405 says which methods are served
};

// A connection's answers, in the order of its requests: Qt 6.4's QHttpServer would write
// each as soon as it is made, so a pipelined /delay/300 then /delay/100 would come back
// in the wrong order (HTTP/1.1 wants them in order), and an answer made while a /bytes/
// body is being written would land inside it.
struct DemoServer::Order
{
    quint64 taken = 0;                              // tickets handed to requests
    quint64 written = 0;                            // the ticket whose answer goes next
    std::shared_ptr<QHttpServerResponder> streamer; // writing a /bytes/ body
    qint64 streamLeft = 0;
    bool closeAfterStream = false;
    std::map<quint64, std::pair<std::shared_ptr<QHttpServerResponder>, Reply>> ready;
};

void DemoServer::reply(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                       Reply reply)
{
    QPointer<QTcpSocket> socket = responder.socket();
    if (!socket || !m_guard->requestComplete(socket))
        return;
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    if (method != Method::Get && method != Method::Head) {
        reply = {"the demo server serves GET and HEAD only\n", HttpStatus::MethodNotAllowed};
        reply.allow = true;
    }
    reply.head = method == Method::Head;
    // Qt 6.4 keeps every connection open; HTTP/1.1 lets a client ask for the end
    // ("Connection: close"), and HTTP/1.0 means it unless the client asks to keep it.
    const QByteArray connection = headerValue(request, "connection").toLower();
    reply.close = connection.contains("close") ||
                  (m_guard->isHttp10(socket) && !connection.contains("keep-alive"));
    if (reply.close)
        m_guard->lastRequest(socket);
    auto order = m_orders.find(socket);
    if (order == m_orders.end()) {
        order = m_orders.insert(socket, {});
        QTcpSocket *key = socket;
        connect(socket, &QObject::destroyed, this, [this, key] { m_orders.remove(key); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, key] { writeReady(key); });
    }
    const quint64 ticket = order->taken++;
    m_guard->answerDue(socket, +1);
    auto holder = std::make_shared<QHttpServerResponder>(std::move(responder));
    if (reply.delayMs <= 0) {
        ready(socket, ticket, std::move(holder), std::move(reply));
        return;
    }
    // A timer, not a sleep: any number wait at once. The client may hang up meanwhile, and
    // the server then deletes its socket: the timer checks that it is still there.
    const auto ms = std::chrono::milliseconds(reply.delayMs);
    QTimer::singleShot(
        ms, Qt::PreciseTimer, this,
        [this, socket, ticket, holder = std::move(holder), reply = std::move(reply)]() mutable {
            if (socket)
                ready(socket, ticket, std::move(holder), std::move(reply));
        });
}

void DemoServer::ready(QTcpSocket *socket, quint64 ticket,
                       std::shared_ptr<QHttpServerResponder> responder, Reply reply)
{
    const auto order = m_orders.find(socket);
    if (order == m_orders.end())
        return;
    order->ready.emplace(ticket, std::make_pair(std::move(responder), std::move(reply)));
    writeReady(socket);
}

void DemoServer::writeReady(QTcpSocket *socket)
{
    // Only while the socket holds less than socketBuffered: a client that does not read
    // costs a socket buffer, not its answers. Resumed as the socket drains (bytesWritten).
    static const QByteArray chunk(chunkBytes, 'x');
    for (auto order = m_orders.find(socket);
         order != m_orders.end() && socket->bytesToWrite() < socketBuffered;
         order = m_orders.find(socket)) {
        if (order->streamer) { // a /bytes/ body under way goes on before anything else
            const qint64 n = std::min(order->streamLeft, chunkBytes);
            order->streamLeft -= n;
            order->streamer->writeBody(chunk.constData(), n);
            if (order->streamLeft == 0) {
                order->streamer.reset();
                if (order->closeAfterStream)
                    m_guard->finish(socket);
            }
            continue;
        }
        if (order->ready.empty() || order->ready.begin()->first != order->written)
            return;
        auto [responder, reply] = std::move(order->ready.begin()->second);
        order->ready.erase(order->ready.begin());
        ++order->written;
        m_guard->answerDue(socket, -1);
        if (socket->state() != QAbstractSocket::ConnectedState)
            continue;
        // The head by hand: 1xx, 204 and 304 answers have no body (Qt 6.4 gave them one),
        // HEAD gets the head alone.
        const int code = int(reply.status);
        const bool hasBody = code >= 200 && code != 204 && code != 304;
        const qint64 length = reply.streamBytes < 0 ? reply.body.size() : reply.streamBytes;
        responder->writeStatusLine(reply.status);
        responder->writeHeader("Content-Type",
                               reply.streamBytes < 0 ? "text/plain" : "application/octet-stream");
        if (hasBody)
            responder->writeHeader("Content-Length", QByteArray::number(length));
        if (reply.allow)
            responder->writeHeader("Allow", "GET, HEAD");
        if (reply.close)
            responder->writeHeader("Connection", "close");
        if (!hasBody || reply.head || length == 0 || reply.streamBytes < 0) {
            if (hasBody && !reply.head)
                responder->writeBody(reply.body);
            else
                responder->writeBody(chunk.constData(), 0); // the line that ends the head
            if (reply.close)
                m_guard->finish(socket);
            continue;
        }
        // Qt 6.4's responder would read a device 512 bytes at a time and without waiting
        // for the client, so the body is written here, a chunk at a time as it drains.
        order->streamer = std::move(responder);
        order->streamLeft = reply.streamBytes;
        order->closeAfterStream = reply.close;
    }
}

DemoServer::Reply DemoServer::index() const
{
    return {"TaskLanes demo server\n"
            "/page/<1..7>    the tutorial's pages (0.3, 0.8, 0.4, 0.3, 0.5, 0.5, 0.4 units)\n"
            "/delay/<ms>     answers after ms milliseconds\n"
            "/bytes/<n>      a body of n bytes\n"
            "/status/<code>  a page with that HTTP status\n"};
}

DemoServer::Reply DemoServer::page(const QString &text) const
{
    const auto n = number(text);
    if (!n || *n < 1 || *n > qint64(DemoPages::pageUnits.size()))
        return {"no such page (1 to 7)\n", HttpStatus::NotFound};
    return {"Page " + QByteArray::number(*n) + " of the TaskLanes demo server\n", HttpStatus::Ok,
            qRound64(DemoPages::pageUnits[size_t(*n - 1)] * m_unitMs.load())};
}

DemoServer::Reply DemoServer::delay(const QString &text) const
{
    const auto ms = number(text);
    if (!ms || *ms < 0 || *ms > DemoPages::maxDelayMs)
        return {"delay must be a whole number of ms from 0 to " +
                    QByteArray::number(DemoPages::maxDelayMs) + '\n',
                HttpStatus::BadRequest};
    return {"waited " + QByteArray::number(*ms) + " ms\n", HttpStatus::Ok, *ms};
}

DemoServer::Reply DemoServer::bytes(const QString &text) const
{
    const auto n = number(text);
    if (!n || *n < 0 || *n > DemoPages::maxBytes)
        return {"size must be a whole number of bytes from 0 to " +
                    QByteArray::number(DemoPages::maxBytes) + '\n',
                HttpStatus::BadRequest};
    return {{}, HttpStatus::Ok, 0, *n};
}

DemoServer::Reply DemoServer::status(const QString &text) const
{
    const auto code = number(text);
    // (A 1xx is not an answer but the news that one is coming: a client would wait on.)
    if (!code || *code < 200 || *code > 599)
        return {"status must be a whole number from 200 to 599\n", HttpStatus::BadRequest};
    return {"status " + QByteArray::number(*code) + '\n', HttpStatus(*code)};
}

void DemoServer::routes()
{
    m_server->route(u"/"_s,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        reply(request, std::move(responder), index());
                    });
    using Route = Reply (DemoServer::*)(const QString &) const;
    const std::pair<QString, Route> routes[] = {
        {u"/page/<arg>"_s, &DemoServer::page},
        {u"/delay/<arg>"_s, &DemoServer::delay},
        {u"/bytes/<arg>"_s, &DemoServer::bytes},
        {u"/status/<arg>"_s, &DemoServer::status},
    };
    for (const auto &pathAndRoute : routes) {
        const Route route = pathAndRoute.second; // (clang 14 cannot capture a binding)
        m_server->route(pathAndRoute.first,
                        [this, route](const QString &text, const QHttpServerRequest &request,
                                      QHttpServerResponder &&responder) {
                            reply(request, std::move(responder), (this->*route)(text));
                        });
    }
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            reply(request, std::move(responder), {"no such route (see /)\n", HttpStatus::NotFound});
        });
}

Result<quint16> DemoServer::listen(quint16 port)
{
    raiseOpenFileLimit();
    if (!m_guard->listen(QHostAddress::LocalHost, port))
        return Error{port
                         ? QCoreApplication::translate(
                               "DemoServer", "cannot listen on 127.0.0.1:%1 (is it in use?)")
                               .arg(port)
                         : QCoreApplication::translate("DemoServer", "cannot listen on 127.0.0.1")};
    if (!m_bound) // (servers() would count the guard already: it is a child)
        m_server->bind(m_guard);
    m_bound = true;
    m_port = m_guard->serverPort();
    return m_port;
}

DemoServerThread::DemoServerThread() = default;

DemoServerThread::~DemoServerThread()
{
    if (!m_thread)
        return;
    // The server and its sockets go on their own thread, which then ends; a thread that
    // does not is left behind rather than hanging whoever owns this.
    QMetaObject::invokeMethod(m_anchor, [this] {
        delete m_server.exchange(nullptr);
        m_anchor->deleteLater(); // not while its own call runs; a thread deletes on ending
        QThread::currentThread()->quit();
    });
    if (!m_thread->wait(QDeadlineTimer(startDeadlineMs))) {
        qCritical("tasklanes: the demo server's thread did not stop within %d s; left running",
                  startDeadlineMs / 1000);
        return;
    }
    delete m_thread;
}

Status DemoServerThread::start(quint16 preferredPort, bool fallback)
{
    if (m_port)
        return {};
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(u"TaskLanes demo server"_s);
        // The server and its sockets are made on that thread, through this anchor.
        m_anchor = new QObject;
        m_anchor->moveToThread(m_thread);
        if (!startThread(*m_thread)) {
            delete m_anchor;
            delete m_thread;
            m_anchor = nullptr;
            m_thread = nullptr;
            return Error{QCoreApplication::translate(
                "DemoServer", "the system would not start the demo server's thread (is the "
                              "limit on processes and threads, ulimit -u, reached?)")};
        }
    }
    // Shared with the call, which may outlive a caller that stopped waiting.
    struct Outcome
    {
        QSemaphore done;
        Result<quint16> port = Error{};
    };
    auto outcome = std::make_shared<Outcome>();
    QMetaObject::invokeMethod(m_anchor,
                              [this, outcome, preferredPort, fallback, limits = m_limits] {
                                  if (!m_server) {
                                      auto *server = new DemoServer;
                                      server->setLimits(limits);
                                      m_server = server;
                                  }
                                  outcome->port = m_server.load()->listen(preferredPort);
                                  if (!outcome->port && fallback && preferredPort)
                                      outcome->port = m_server.load()->listen(0);
                                  outcome->done.release();
                              });
    if (!outcome->done.tryAcquire(1, startDeadlineMs))
        return Error{
            QCoreApplication::translate("DemoServer", "the demo server did not start within %1 s")
                .arg(startDeadlineMs / 1000)};
    if (!outcome->port)
        return Error{outcome->port.error()};
    m_port = *outcome->port;
    return {};
}

void DemoServerThread::setUnitMs(int ms)
{
    if (DemoServer *server = m_server.load())
        server->setUnitMs(ms);
}

int DemoServerThread::unitMs() const
{
    const DemoServer *server = m_server.load();
    return server ? server->unitMs() : 0;
}

void DemoServerThread::setLimits(const ConnectionLimits &limits)
{
    m_limits = limits;
    if (DemoServer *server = m_server.load())
        server->setLimits(limits);
}

ConnectionCounts DemoServerThread::counts() const
{
    const DemoServer *server = m_server.load();
    return server ? server->counts() : ConnectionCounts{};
}

QUrl DemoServerThread::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

QStringList DemoServerThread::pageUrls() const
{
    QStringList urls;
    for (size_t i = 1; i <= DemoPages::pageUnits.size(); ++i)
        urls.append(url(DemoPages::pagePath(int(i))).toString());
    return urls;
}

namespace {
DemoServerThread *g_sharedServer = nullptr;
}

DemoServerThread &sharedDemoServer()
{
    // Called from the main thread only. Stopped as the application object goes, while
    // its thread can still be joined.
    if (!g_sharedServer) {
        g_sharedServer = new DemoServerThread;
        qAddPostRoutine([] {
            delete g_sharedServer;
            g_sharedServer = nullptr;
        });
    }
    return *g_sharedServer;
}

} // namespace TaskLanes
