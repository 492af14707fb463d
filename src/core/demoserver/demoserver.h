#pragma once

#include "demoserver/connectionguard.h"
#include "domain/demopages.h"
#include "domain/result.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class QThread;

namespace TaskLanes {

// The embedded demo web server (127.0.0.1 only): the routes of DemoPages, and / for a
// page listing them. Delays are timers, not sleeps: any number of requests wait at once.
// Anything else is 404; a number out of range is 400; a method other than GET and HEAD
// is 405. What a client may hold is bounded
// (ConnectionLimits) and /bytes/ is streamed, so no client can make it grow without end.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Binds 127.0.0.1:port (0: any free port); the port it got.
    Result<quint16> listen(quint16 port);
    quint16 port() const { return m_port; }
    // How long one unit lasts for the /page routes.
    void setUnitMs(int ms) { m_unitMs.store(ms); }
    int unitMs() const { return m_unitMs.load(); }
    // Both from any thread.
    void setLimits(const ConnectionLimits &limits) { m_guard->setLimits(limits); }
    ConnectionCounts counts() const { return m_guard->counts(); }

private:
    struct Reply;
    struct Order;
    void routes();
    Reply index() const;
    Reply page(const QString &number) const;
    Reply delay(const QString &ms) const;
    Reply bytes(const QString &size) const;
    Reply status(const QString &code) const;
    void reply(const QHttpServerRequest &request, QHttpServerResponder &&responder, Reply reply);
    void ready(QTcpSocket *socket, quint64 ticket, std::shared_ptr<QHttpServerResponder> responder,
               Reply reply);
    void writeReady(QTcpSocket *socket);

    std::unique_ptr<QHttpServer> m_server;
    ConnectionGuard *m_guard = nullptr; // a child of m_server
    bool m_bound = false;
    QHash<QTcpSocket *, Order> m_orders;
    quint16 m_port = 0;
    std::atomic_int m_unitMs{1000};
};

// A DemoServer on a thread of its own, so that a client blocking another thread (the
// blocking HTTP variant blocks the engine thread) can never keep it from answering.
class DemoServerThread
{
public:
    DemoServerThread();
    ~DemoServerThread();
    // Starts on the preferred port, or on any free one if that is taken and fallback is
    // allowed; gives up if its thread has not listened within startDeadlineMs.
    Status start(quint16 preferredPort, bool fallback);
    static constexpr int startDeadlineMs = 10'000;
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    void setUnitMs(int ms);
    int unitMs() const;
    void setLimits(const ConnectionLimits &limits);
    ConnectionCounts counts() const;
    QUrl url(const QString &path) const;
    // The seven pages, as a queue's URLs.
    QStringList pageUrls() const;

private:
    QThread *m_thread = nullptr;
    QObject *m_anchor = nullptr;
    // Made on the server's thread; read on the caller's once start() has seen it listen.
    std::atomic<DemoServer *> m_server{nullptr};
    ConnectionLimits m_limits;
    quint16 m_port = 0;
};

// The app's and the command line's server (port 8080 when free, else any), started on
// first use by the run planner, which alone starts it; stopped as the application ends.
DemoServerThread &sharedDemoServer();
inline constexpr quint16 defaultDemoPort = 8080;

} // namespace TaskLanes
