#include "demoserver.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

using HttpStatus = QHttpServerResponder::StatusCode;

// Answers after ms without blocking: the responder waits in a timer's closure. If the
// client has gone meanwhile, the responder finds its socket gone and writes nothing.
void answerLater(QObject *context, qint64 ms, QHttpServerResponder &&responder, QByteArray body,
                 HttpStatus status = HttpStatus::Ok)
{
    // The server deletes a socket whose client hung up; writing to it then would crash,
    // so the timer checks that the socket is still there.
    QPointer<QTcpSocket> socket = responder.socket();
    auto holder = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(std::chrono::milliseconds(ms), Qt::PreciseTimer, context,
                       [holder, socket, body = std::move(body), status] {
                           if (socket && socket->state() == QAbstractSocket::ConnectedState)
                               holder->write(body, "text/plain", status);
                       });
}

// Path numbers are taken as text: Qt's own conversion turns an overflow into 0.
std::optional<qint64> number(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

QHttpServerResponse badRequest(const QString &why)
{
    return QHttpServerResponse("text/plain", why.toUtf8() + '\n', HttpStatus::BadRequest);
}

} // namespace

DemoServer::DemoServer(QObject *parent) : QObject(parent), m_server(std::make_unique<QHttpServer>())
{
    m_server->route(u"/"_s, [] {
        return QHttpServerResponse(
            "text/plain",
            "TaskLanes demo server\n"
            "/page/<1..7>    the tutorial's pages (0.3, 0.8, 0.4, 0.3, 0.5, 0.5, 0.4 units)\n"
            "/delay/<ms>     answers after ms milliseconds\n"
            "/bytes/<n>      a body of n bytes\n"
            "/status/<code>  a page with that HTTP status\n");
    });
    m_server->route(
        u"/page/<arg>"_s, [this](const QString &text, QHttpServerResponder &&responder) {
            const auto n = number(text);
            if (!n || *n < 1 || *n > qint64(DemoPages::pageUnits.size())) {
                responder.write("no such page (1 to 7)\n", "text/plain", HttpStatus::NotFound);
                return;
            }
            const qint64 ms = qRound64(DemoPages::pageUnits[size_t(*n - 1)] * m_unitMs.load());
            answerLater(this, ms, std::move(responder),
                        "Page " + QByteArray::number(*n) + " of the TaskLanes demo server\n");
        });
    m_server->route(u"/delay/<arg>"_s, [this](const QString &text,
                                              QHttpServerResponder &&responder) {
        const auto ms = number(text);
        if (!ms || *ms < 0 || *ms > DemoPages::maxDelayMs) {
            responder.write("delay must be a whole number of ms from 0 to 600000\n", "text/plain",
                            HttpStatus::BadRequest);
            return;
        }
        answerLater(this, *ms, std::move(responder), "waited " + QByteArray::number(*ms) + " ms\n");
    });
    m_server->route(u"/bytes/<arg>"_s, [](const QString &text) {
        const auto n = number(text);
        if (!n || *n < 0 || *n > DemoPages::maxBytes)
            return badRequest(
                u"size must be a whole number of bytes from 0 to %1"_s.arg(DemoPages::maxBytes));
        return QHttpServerResponse("application/octet-stream", QByteArray(*n, 'x'));
    });
    m_server->route(u"/status/<arg>"_s, [](const QString &text) {
        const auto code = number(text);
        if (!code || *code < 100 || *code > 599)
            return badRequest(u"status must be a whole number from 100 to 599"_s);
        return QHttpServerResponse("text/plain", "status " + QByteArray::number(*code) + '\n',
                                   HttpStatus(*code));
    });
}

DemoServer::~DemoServer() = default;

Result<quint16> DemoServer::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        return Error{port
                         ? QCoreApplication::translate(
                               "DemoServer", "cannot listen on 127.0.0.1:%1 (is it in use?)")
                               .arg(port)
                         : QCoreApplication::translate("DemoServer", "cannot listen on 127.0.0.1")};
    return m_port;
}

DemoServerThread::DemoServerThread() = default;

DemoServerThread::~DemoServerThread()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_server;
            delete m_anchor;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
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
        m_thread->start();
    }
    Result<quint16> port = Error{};
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            if (!m_server)
                m_server = new DemoServer;
            port = m_server->listen(preferredPort);
            if (!port && fallback && preferredPort)
                port = m_server->listen(0);
        },
        Qt::BlockingQueuedConnection);
    if (!port)
        return Error{port.error()};
    m_port = *port;
    return {};
}

void DemoServerThread::setUnitMs(int ms)
{
    if (m_server)
        m_server->setUnitMs(ms);
}

int DemoServerThread::unitMs() const
{
    return m_server ? m_server->unitMs() : 0;
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
