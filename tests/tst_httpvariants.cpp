#include "demoserver/demoserver.h"
#include "procstatus.h"
#include "testrun.h"

#include <QSignalSpy>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <limits>
#include <thread>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

constexpr int unitMs = 40;

Trace run(const QString &variant, const QStringList &urls, int tasks, QStringList *lines = nullptr,
          int timeoutMs = Limits::defaultTimeoutMs)
{
    QList<WorkItem> items;
    for (const QString &url : urls)
        items.append(WorkItem::fetch(url));
    const TestRun::Outcome r =
        TestRun::run(TestRun::request(variant, items, tasks, unitMs, timeoutMs));
    if (lines)
        *lines = r.lines;
    return r.trace;
}

// A server that answers every request with a body that never ends, as fast as the
// client takes it; counts what it sent.
class EndlessServer
{
public:
    EndlessServer()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof a;
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&a), size) != 0 ||
            ::listen(m_listen, 16) != 0 ||
            ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &size) != 0)
            qFatal("EndlessServer: %s", strerror(errno));
        m_port = ntohs(a.sin_port);
        m_accepting = std::thread([this] {
            for (;;) {
                const int c = ::accept(m_listen, nullptr, nullptr);
                if (c < 0)
                    return;
                m_clients.emplace_back([this, c] { serve(c); });
            }
        });
    }
    ~EndlessServer()
    {
        m_stop = true;
        ::shutdown(m_listen, SHUT_RDWR);
        m_accepting.join();
        for (std::thread &t : m_clients)
            t.join();
        ::close(m_listen);
    }
    QString url() const { return u"http://127.0.0.1:%1/endless"_s.arg(m_port); }
    qint64 sent() const { return m_sent; }

private:
    void serve(int c)
    {
        char request[4096];
        if (::recv(c, request, sizeof request, 0) > 0) {
            const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n";
            const QByteArray chunk(64 * 1024, 'x');
            ssize_t n = ::send(c, head.constData(), size_t(head.size()), MSG_NOSIGNAL);
            while (n > 0 && !m_stop) {
                n = ::send(c, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
                if (n > 0)
                    m_sent += n;
            }
        }
        ::close(c);
    }

    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic_bool m_stop{false};
    std::atomic<qint64> m_sent{0};
    std::thread m_accepting;
    std::vector<std::thread> m_clients; // only the accepting thread adds, before the join
};

} // namespace

class TestHttpVariants : public QObject
{
    Q_OBJECT
    DemoServerThread m_server;
    QStringList m_pages;
    QList<double> m_pageUnits{0.3, 0.8, 0.4, 0.3, 0.5, 0.5, 0.4};

private Q_SLOTS:
    void initTestCase()
    {
        const Status started = m_server.start(0, false);
        QVERIFY2(started, qPrintable(started.error()));
        m_server.setUnitMs(unitMs);
        m_pages = m_server.pageUrls();
        run(u"async-http"_s, {m_pages.first()}, 1); // warm up the network stack
    }

    void linesFollowTheModel_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("sync-http") << u"sync-http"_s;
        QTest::newRow("async-http") << u"async-http"_s;
    }
    void linesFollowTheModel()
    {
        QFETCH(QString, variant);
        QStringList lines;
        const Trace t = run(variant, m_pages, 2, &lines);
        // The blocking one's order follows from the queue; the event loop's from when
        // its tasks came free in this run (see TestRun::occupancy). Each page takes at
        // least what the server promises.
        const Reference::Outcome model =
            variant == "sync-http"_L1
                ? Reference::cooperativeBlocking(m_pageUnits, 2, Reference::gettingUrl(m_pages))
                : Reference::async(TestRun::occupancy(t), 2, Reference::gettingUrl(m_pages),
                                   m_pageUnits);
        const QString mismatch = TestRun::compareLines(lines, model.lines);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        // Blocking: nothing overlaps and the total is the sum; non-blocking: waits overlap
        // and the total is the longest lane.
        QCOMPARE(TestRun::overlapAcrossLanes(t), variant == "async-http"_L1);
        const double expected = (variant == "sync-http"_L1 ? 3.2 : 1.7) * unitMs;
        QCOMPARE(t.idealMs(), expected);
        QVERIFY2(t.totalMs() >= expected, qPrintable(QString::number(t.totalMs())));
    }

    void failuresAreDataNotTheEnd_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("sync-http") << u"sync-http"_s;
        QTest::newRow("async-http") << u"async-http"_s;
    }
    void failuresAreDataNotTheEnd()
    {
        QFETCH(QString, variant);
        const QStringList urls{
            u"http://127.0.0.1:1/"_s,                  // refused
            u"http://no-such-host.invalid/"_s,         // unknown host
            m_server.url(u"/status/404"_s).toString(), // 4xx
            m_server.url(u"/status/500"_s).toString(), // 5xx
            m_server.url(u"/delay/3000"_s).toString(), // times out at 150 ms
            m_pages.at(0),                             // fine
        };
        QStringList lines;
        const Trace t = run(variant, urls, 2, &lines, 150);
        QVERIFY(!t.cancelled());
        const QStringList reasons{u"connection refused"_s, u"unknown host no-such-host.invalid"_s,
                                  u"HTTP 404"_s, u"HTTP 500"_s, u"timed out after 150 ms"_s};
        const auto extents = t.itemExtents();
        QCOMPARE(extents.size(), urls.size());
        for (const auto &e : extents) {
            if (e.item < reasons.size()) {
                QVERIFY2(e.failed, qPrintable(urls[e.item]));
                QVERIFY2(t.errorFor(e.item).contains(reasons[e.item]),
                         qPrintable(t.errorFor(e.item)));
            } else {
                QVERIFY(!e.failed);
            }
        }
        // Every item still printed its lines, and the run printed its total.
        QCOMPARE(lines.size(), 2 * urls.size() + 2);
        QVERIFY(lines.last().startsWith(u"Total elapsed time: "_s));
    }

    void manyItemsManyTasksNoneLostOrDuplicated()
    {
        QStringList urls;
        for (int i = 0; i < 200; ++i)
            urls.append(m_server.url(u"/delay/%1"_s.arg(i % 3 * 5)).toString());
        const Trace t = run(u"async-http"_s, urls, 20);
        const auto extents = t.itemExtents();
        QCOMPARE(extents.size(), 200);
        QSet<qint32> items;
        for (const auto &e : extents) {
            items.insert(e.item);
            QVERIFY2(!e.failed, qPrintable(t.errorFor(e.item)));
        }
        QCOMPARE(items.size(), 200);
        QCOMPARE(t.spans().size(), 200);
    }

    // SPEC 2: the event loop keeps up to 100 requests in flight, as aiohttp's default
    // session does, not Qt's six per host: twenty tasks on twenty pages of the same server
    // all wait at once, in one round.
    void aHundredRequestsInFlight()
    {
        QStringList urls;
        for (int i = 0; i < 20; ++i)
            urls.append(m_server.url(u"/delay/%1"_s.arg(2 * unitMs)).toString());
        const Trace t = run(u"async-http"_s, urls, 20);
        QCOMPARE(t.idealMs(), 2.0 * unitMs);
        qint64 latestStart = 0;
        qint64 earliestEnd = std::numeric_limits<qint64>::max();
        for (const Span &s : t.spans()) {
            QCOMPARE(s.state, SpanState::Awaiting);
            QCOMPARE(s.waitingFor, WaitingFor::Nothing);
            latestStart = std::max(latestStart, s.start);
            earliestEnd = std::min(earliestEnd, s.end);
        }
        QVERIFY2(latestStart < earliestEnd, "not all twenty requests were in flight at once");
        // Beyond a hundred, a request awaits a free connection first, and gets one only when
        // a response is in.
        QStringList more;
        for (int i = 0; i < 110; ++i)
            more.append(m_server.url(u"/delay/%1"_s.arg(unitMs)).toString());
        const Trace queued = run(u"async-http"_s, more, 110);
        qint64 firstEnd = std::numeric_limits<qint64>::max();
        for (const Span &s : queued.spans()) {
            if (s.waitingFor == WaitingFor::Nothing)
                firstEnd = std::min(firstEnd, s.end);
        }
        int waited = 0;
        for (const Span &s : queued.spans()) {
            if (s.waitingFor != WaitingFor::Connection)
                continue;
            ++waited;
            QCOMPARE(s.state, SpanState::Awaiting);
            QVERIFY(s.end >= firstEnd);
        }
        QCOMPARE(waited, 10);
        QCOMPARE(queued.idealMs(), 2.0 * unitMs);
        QVERIFY(queued.totalMs() >= 2.0 * unitMs);
    }

    void unknownLatencyIdealUsesTheMeasuredTime()
    {
        // A page that is not a timed demo route: its ideal is what it took.
        const QString url = m_server.url(u"/bytes/1000"_s).toString();
        const Trace t = run(u"sync-http"_s, {url, url}, 2);
        QVERIFY(t.idealMs() > 0);
        QVERIFY(t.idealMs() <= t.totalMs());
    }

    // A page that never ends is read as it comes and dropped, and the timeout ends it:
    // it bounds the whole request, not only a silence.
    void anEndlessPageCostsNoMemoryAndTimesOut_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("sync-http") << u"sync-http"_s;
        QTest::newRow("async-http") << u"async-http"_s;
    }
    void anEndlessPageCostsNoMemoryAndTimesOut()
    {
        QFETCH(QString, variant);
        EndlessServer endless;
        QVERIFY(resetPeak());
        const qint64 before = statusKb("VmHWM:");
        const TestRun::Outcome r = TestRun::run(
            TestRun::request(variant,
                             {WorkItem::fetch(endless.url()), WorkItem::fetch(m_pages.at(0))}, 1,
                             unitMs, 700),
            60000);
        QVERIFY2(!r.timedOut, "the fetch of an endless page did not end");
        const qint64 peakGrowthKb = statusKb("VmHWM:") - before;
        qInfo("%s: %lld MiB sent, peak grew %lld KiB", qPrintable(variant),
              qlonglong(endless.sent() >> 20), qlonglong(peakGrowthKb));
        QVERIFY(endless.sent() > 0);
        QCOMPARE(r.trace.itemExtents().size(), 2);
        for (const auto &e : r.trace.itemExtents())
            QCOMPARE(e.failed, e.item == 0); // and the run went on
        QCOMPARE(r.trace.itemError(0).kind, ItemError::Kind::TimedOut);
#if !defined(__SANITIZE_ADDRESS__)
        // (AddressSanitizer keeps freed memory in quarantine: its peak says nothing.)
        QVERIFY2(peakGrowthKb < 48 * 1024, qPrintable(QString::number(peakGrowthKb)));
#endif
    }

    void stopWhileBlockedInAFetch()
    {
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QSignalSpy lines(&engine, &Engine::outputLines);
        QVERIFY(engine.start(TestRun::request(
            u"sync-http"_s, {WorkItem::fetch(m_server.url(u"/delay/60000"_s).toString())}, 2,
            unitMs)));
        QVERIFY(lines.wait(30000)); // "getting URL": the GET is under way
        engine.stop();
        QVERIFY(finished.wait(30000));
        const Trace t = finished.first().first().value<Trace>();
        QVERIFY(t.cancelled());
        QVERIFY(t.itemExtents().first().failed);
        QCOMPARE(t.itemError(0).kind, ItemError::Kind::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestHttpVariants)
#include "tst_httpvariants.moc"
