// The demo server under load and bad input, as Markdown for the README and the notes. Not
// a test. Runs `tasklanes serve` in a process of its own (so that its memory is its own),
// with its default limits, and from here: a thousand clients at once, slow clients that
// hold half-sent requests, more connections than it admits, oversized request lines,
// headers and bodies, /bytes/ at its limit read by many clients and by clients that stop
// reading. After each: whether it answers the next request, and its peak memory (VmHWM,
// reset before each case).
#include "demoserver/connectionguard.h"
#include "domain/demopages.h"
#include "procstatus.h"
#include "toolargs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

quint16 g_port = 0;
qint64 g_pid = 0;

// One client: connects, sends its request (at once, or a byte every trickleMs), reads the
// answer's status and counts its body (without keeping it) unless it does not read.
class Client : public QObject
{
public:
    struct Outcome
    {
        int status = 0;      // 0: no answer
        qint64 body = 0;     // body bytes received
        qint64 sent = 0;     // request bytes the server took before it closed
        bool closed = false; // the server closed the connection
        qint64 ms = 0;       // until answered (or closed)
    };

    Client(QByteArray request, int trickleMs, bool reads, QObject *parent)
        : QObject(parent), m_request(std::move(request)), m_trickleMs(trickleMs), m_reads(reads)
    {
        m_clock.start();
        connect(&m_socket, &QTcpSocket::connected, this, [this] { send(); });
        connect(&m_socket, &QTcpSocket::bytesWritten, this, [this](qint64 n) {
            m_outcome.sent += n;
            if (!m_trickleMs)
                send();
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { finish(true); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { finish(true); });
        if (m_trickleMs)
            connect(&m_trickle, &QTimer::timeout, this, [this] { send(); });
        if (!m_reads)
            m_socket.setReadBufferSize(1); // stop reading: the server's writes back up
        m_socket.connectToHost(QHostAddress::LocalHost, g_port);
    }
    const Outcome &outcome() const { return m_outcome; }
    bool done() const { return m_done; }
    void stop() { m_socket.abort(); }
    // A client that did not read starts to: it then sees whether the server closed.
    void startReading()
    {
        m_reads = true;
        m_socket.setReadBufferSize(0);
        read();
    }

private:
    void send()
    {
        if (m_next >= m_request.size() || m_socket.state() != QAbstractSocket::ConnectedState)
            return;
        // A megabyte at a time, so that a huge request is not all in our own buffer.
        const qint64 n = m_trickleMs ? 1 : std::min<qint64>(1 << 20, m_request.size() - m_next);
        if (m_socket.bytesToWrite() > (1 << 20))
            return;
        m_socket.write(m_request.constData() + m_next, n);
        m_next += n;
        if (m_trickleMs && !m_trickle.isActive())
            m_trickle.start(m_trickleMs);
    }
    void read()
    {
        if (!m_reads)
            return;
        const QByteArray data = m_socket.readAll();
        if (!m_headerDone) {
            m_header += data;
            const qsizetype end = m_header.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_headerDone = true;
            m_outcome.status = m_header.mid(9, 3).toInt();
            const qsizetype at = m_header.toLower().indexOf("content-length: ");
            m_length = at >= 0 ? m_header.mid(at + 16, 20).split('\r').first().toLongLong() : 0;
            m_outcome.body = m_header.size() - end - 4;
            m_header.clear();
        } else {
            m_outcome.body += data.size();
        }
        if (m_outcome.body >= m_length)
            finish(false);
    }
    void finish(bool closed)
    {
        if (m_done)
            return;
        m_done = true;
        m_outcome.closed = closed;
        m_outcome.ms = m_clock.elapsed();
        m_trickle.stop();
    }

    QTcpSocket m_socket;
    QByteArray m_request;
    qint64 m_next = 0;
    int m_trickleMs;
    bool m_reads;
    QTimer m_trickle;
    QElapsedTimer m_clock;
    QByteArray m_header;
    bool m_headerDone = false;
    qint64 m_length = 0;
    bool m_done = false;
    Outcome m_outcome;
};

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

// Runs the event loop until every client is done, or ms have passed.
void runUntilDone(const QList<Client *> &clients, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        bool all = true;
        for (const Client *c : clients)
            all = all && c->done();
        if (all)
            return;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

// What a fresh client asking for /status/200 gets within 5 s.
QString nextRequest()
{
    auto *c = new Client(get("/status/200"), 0, true, nullptr);
    runUntilDone({c}, 5000);
    const int status = c->outcome().status;
    const QString s = status == 200 ? u"answered, %1 ms"_s.arg(c->outcome().ms)
                      : status      ? u"%1 at once"_s.arg(status)
                                    : u"**not answered**"_s;
    delete c;
    return s;
}

struct Case
{
    QString what;
    QString outcome;
};

void report(const Case &c)
{
    std::printf("| %s | %s | %s | %.1f |\n", qPrintable(c.what), qPrintable(c.outcome),
                qPrintable(nextRequest()), double(statusKb("VmHWM:", g_pid)) / 1024);
    std::fflush(stdout);
}

// Starts many clients alike; counts statuses (and closes without one).
QString many(int n, const std::function<Client *(QObject *)> &make, int ms, qint64 *elapsed,
             qint64 *bodies = nullptr)
{
    QObject parent;
    QList<Client *> clients;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        clients.append(make(&parent));
    runUntilDone(clients, ms);
    *elapsed = t.elapsed();
    QMap<int, int> statuses;
    int closedWithout = 0, unfinished = 0;
    qint64 body = 0;
    for (const Client *c : clients) {
        if (!c->done())
            ++unfinished;
        else if (c->outcome().status)
            ++statuses[c->outcome().status];
        else
            ++closedWithout;
        body += c->outcome().body;
    }
    if (bodies)
        *bodies = body;
    QStringList parts;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        parts.append(u"%1 × %2"_s.arg(it.value()).arg(it.key()));
    if (closedWithout)
        parts.append(u"%1 closed without an answer"_s.arg(closedWithout));
    if (unfinished)
        parts.append(u"%1 still open after %2 s"_s.arg(unfinished).arg(ms / 1000));
    return parts.join(u", "_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption binary = ToolArgs::binaryOption();
    int status = 0;
    if (!ToolArgs::parse(parser, u"The demo server under load and bad input, as Markdown."_s,
                         {binary}, &status))
        return status;
    if (!QFileInfo(parser.value(binary)).isExecutable()) {
        std::fprintf(stderr, "--binary: %s is not an executable\n",
                     qPrintable(parser.value(binary)));
        return 2;
    }
    {
        QTcpServer probe; // a free port for the server
        probe.listen(QHostAddress::LocalHost, 0);
        g_port = probe.serverPort();
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(parser.value(binary),
                 {u"serve"_s, u"--port"_s, QString::number(g_port), u"--unit-ms"_s, u"100"_s});
    if (!server.waitForReadyRead(10000)) {
        std::fprintf(stderr, "tasklanes serve did not start\n");
        return 1;
    }
    g_pid = server.processId();
    const ConnectionLimits limits;
    std::printf("### The demo server under load and bad input\n\n"
                "`tasklanes serve` in its own process, default limits (%d connections, "
                "requests of %lld KiB, %d s to send one, %d s idle). Peak memory: the "
                "server's VmHWM during the case. Idle server: %.1f MiB.\n\n",
                limits.maxConnections, limits.maxRequestBytes / 1024, limits.requestMs / 1000,
                limits.idleMs / 1000, double(statusKb("VmRSS:", g_pid)) / 1024);
    std::printf("| case | outcome | next request | peak MiB |\n|---|---|---|---:|\n");
    qint64 ms = 0, bodies = 0;

    resetPeak(g_pid);
    QString o = many(
        1000, [](QObject *p) { return new Client(get("/page/1"), 0, true, p); }, 30000, &ms);
    report({u"1,000 clients at once, /page/1 (30 ms)"_s, u"%1 in %2 ms"_s.arg(o).arg(ms)});

    resetPeak(g_pid);
    o = many(
        1000, [](QObject *p) { return new Client(get("/delay/2000"), 0, true, p); }, 30000, &ms);
    report({u"1,000 clients at once, /delay/2000"_s, u"%1 in %2 ms"_s.arg(o).arg(ms)});

    resetPeak(g_pid);
    o = many(
        1000,
        [](QObject *p) {
            static int i = 0;
            // Half send a partial request line and stop; half send a byte every 500 ms.
            return ++i % 2 ? new Client("GET /page/1 HT", 0, true, p)
                           : new Client(get("/page/1"), 500, true, p);
        },
        30000, &ms);
    report({u"1,000 slow clients (half stop mid-line, half send a byte per 500 ms)"_s,
            u"%1 after %2 ms"_s.arg(o).arg(ms)});

    resetPeak(g_pid);
    {
        QObject holder;
        QList<Client *> idle;
        for (int i = 0; i < limits.maxConnections + 200; ++i)
            idle.append(new Client({}, 0, true, &holder)); // connects, sends nothing
        runUntilDone(idle, 3000);
        int refused = 0;
        for (const Client *c : idle)
            refused += c->outcome().status == 503;
        const QString whileFull = nextRequest();
        for (Client *c : idle)
            c->stop();
        QCoreApplication::processEvents();
        report({u"%1 idle connections (%2 over the limit)"_s.arg(idle.size()).arg(200),
                u"%1 refused at once; while full, a new client: %2"_s.arg(refused).arg(whileFull)});
    }

    const struct
    {
        QString what;
        QByteArray request;
    } oversized[] = {
        {u"a 10 MB request line"_s, get("/" + QByteArray(10'000'000, 'a'))},
        {u"a 10 MB header"_s, get("/status/200", "X-Big: " + QByteArray(10'000'000, 'a') + "\r\n")},
        {u"100,000 headers"_s, get("/status/200", QByteArray("X: y\r\n").repeated(100'000))},
        {u"a 1 GB body (Content-Length)"_s,
         "POST /status/200 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000000\r\n\r\n" +
             QByteArray(200'000'000, 'b')},
    };
    for (const auto &c : oversized) {
        resetPeak(g_pid);
        auto *client = new Client(c.request, 0, true, nullptr);
        runUntilDone({client}, 30000);
        report({c.what, u"answered %1 after %2 bytes had been sent"_s.arg(client->outcome().status)
                            .arg(client->outcome().sent)});
        delete client;
    }

    resetPeak(g_pid);
    const QByteArray most = "/bytes/" + QByteArray::number(DemoPages::maxBytes);
    o = many(
        20, [&](QObject *p) { return new Client(get(most), 0, true, p); }, 120000, &ms, &bodies);
    report({u"20 clients at once, %1"_s.arg(QString::fromLatin1(most)),
            u"%1 in %2 ms, %3 MiB received (%4 MiB/s)"_s.arg(o)
                .arg(ms)
                .arg(bodies >> 20)
                .arg(double(bodies) / 1048576 / (double(ms) / 1000), 0, 'f', 0)});

    resetPeak(g_pid);
    {
        QObject holder;
        QList<Client *> stalled;
        for (int i = 0; i < 20; ++i)
            stalled.append(new Client(get(most), 0, false, &holder));
        runUntilDone(stalled, limits.idleMs + 5000); // none is done: none reads
        const qint64 peak = statusKb("VmHWM:", g_pid);
        for (Client *c : stalled)
            c->startReading();
        runUntilDone(stalled, 5000);
        int closed = 0;
        qint64 received = 0;
        for (const Client *c : stalled) {
            closed += c->done() && c->outcome().closed;
            received += c->outcome().body;
        }
        report({u"20 clients that ask for %1 and stop reading"_s.arg(QString::fromLatin1(most)),
                u"%1 of 20 closed by the server within %2 s; %3 MiB had reached them; peak "
                u"while they stalled %4 MiB"_s.arg(closed)
                    .arg((limits.idleMs + 5000) / 1000)
                    .arg(received >> 20)
                    .arg(double(peak) / 1024, 0, 'f', 1)});
    }

    resetPeak(g_pid);
    o = many(
        1000,
        [](QObject *p) {
            return new Client(get("/delay/10") + get("/delay/5") + get("/status/200"), 0, true, p);
        },
        30000, &ms);
    report({u"1,000 clients pipelining 3 requests each"_s,
            u"%1 in %2 ms (first answers: the /delay/10)"_s.arg(o).arg(ms)});

    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
