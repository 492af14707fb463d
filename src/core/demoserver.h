#pragma once

#include <QObject>
#include <QUrl>

#include <array>
#include <atomic>
#include <memory>

class QHttpServer;
class QThread;

namespace TaskLanes {

// The embedded demo web server (127.0.0.1 only). Routes:
//   /page/<1..7>   the tutorial's seven pages: 0.3, 0.8, 0.4, 0.3, 0.5, 0.5, 0.4 units
//   /delay/<ms>    answers after ms milliseconds (0 to 600,000)
//   /bytes/<n>     a body of n bytes (0 to 64 MiB)
//   /status/<code> an empty page with that status (100 to 599)
//   /              a page listing the routes
// Delays are timers, not sleeps: any number of requests wait at once. Anything else is
// 404; a number out of range is 400.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    static constexpr std::array<double, 7> pageUnits{0.3, 0.8, 0.4, 0.3, 0.5, 0.5, 0.4};
    static constexpr qint64 maxDelayMs = 600'000;
    static constexpr qint64 maxBytes = 64ll * 1024 * 1024;

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Binds 127.0.0.1:port (0: any free port). Returns the port, or 0 with the reason.
    quint16 listen(quint16 port, QString *error);
    quint16 port() const { return m_port; }
    // How long one unit lasts for the /page routes.
    void setUnitMs(int ms) { m_unitMs.store(ms); }
    int unitMs() const { return m_unitMs.load(); }

private:
    std::unique_ptr<QHttpServer> m_server;
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
    // allowed. Returns false with the reason.
    bool start(quint16 preferredPort, bool fallback, QString *error);
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    void setUnitMs(int ms);
    QUrl url(const QString &path) const;
    // The seven pages, as a queue's URLs.
    QStringList pageUrls() const;

private:
    QThread *m_thread = nullptr;
    QObject *m_anchor = nullptr;
    DemoServer *m_server = nullptr;
    quint16 m_port = 0;
};

// The app's and the command line's server, started on first use (port 8080 when free).
DemoServerThread &sharedDemoServer(QString *error = nullptr);
inline constexpr quint16 defaultDemoPort = 8080;

// What the demo server promises for a URL it serves, in milliseconds (unitMs for the
// pages); -1 when the URL is not one of its timed routes. Used by the ideal schedule.
double demoDelayMs(const QUrl &url, int unitMs);

} // namespace TaskLanes
