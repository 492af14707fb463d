#include "demoserver/demoserver.h"
#include "procstatus.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    qint64 ms = 0;
};

Reply get(QNetworkAccessManager &nam, const QUrl &url)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            timer.elapsed()};
    reply->deleteLater();
    return r;
}

// What a raw client gets for request: everything until the server closes, or until
// nothing has come for quietMs.
struct Raw
{
    QByteArray data;
    bool closed = false;
};

Raw exchange(quint16 port, const QByteArray &request, int quietMs = 5000)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    s.write(request);
    s.waitForBytesWritten(5000);
    Raw r;
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(quietMs))
        r.data += s.readAll();
    r.data += s.readAll();
    r.closed = s.state() != QAbstractSocket::ConnectedState;
    return r;
}

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

// Waits (up to 10 s) until the server's counts satisfy what.
template <typename F> bool countsReach(const DemoServerThread &server, F what)
{
    return QTest::qWaitFor([&] { return what(server.counts()); }, 10000);
}

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT
    DemoServerThread m_server;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        const Status started = m_server.start(0, false);
        QVERIFY2(started, qPrintable(started.error()));
        QVERIFY(m_server.port() > 0);
        m_server.setUnitMs(100);
    }

    void routes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("index") << u"/"_s << 200 << QByteArray("TaskLanes demo server");
        QTest::newRow("page") << u"/page/3"_s << 200 << QByteArray("Page 3");
        QTest::newRow("delay") << u"/delay/30"_s << 200 << QByteArray("waited 30 ms");
        QTest::newRow("status 404") << u"/status/404"_s << 404 << QByteArray("status 404");
        QTest::newRow("status 503") << u"/status/503"_s << 503 << QByteArray("status 503");
        QTest::newRow("unknown route") << u"/nothing/here"_s << 404 << QByteArray();
        QTest::newRow("no page 8") << u"/page/8"_s << 404 << QByteArray("no such page");
        QTest::newRow("negative delay") << u"/delay/-1"_s << 400 << QByteArray("delay must be");
        QTest::newRow("overflowing delay")
            << u"/delay/99999999999999999999"_s << 400 << QByteArray("delay must be");
        QTest::newRow("delay not a number")
            << u"/delay/soon"_s << 400 << QByteArray("delay must be");
        QTest::newRow("huge body") << u"/bytes/999999999999"_s << 400 << QByteArray("size must be");
        QTest::newRow("status 42") << u"/status/42"_s << 400 << QByteArray("status must be");
        QTest::newRow("status 100 (not an answer)")
            << u"/status/100"_s << 400 << QByteArray("status must be");
    }
    void routes()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const Reply r = get(m_nam, m_server.url(path));
        QCOMPARE(r.status, status);
        QVERIFY2(r.body.startsWith(body), r.body.constData());
    }

    void bytes()
    {
        const Reply r = get(m_nam, m_server.url(u"/bytes/100000"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.size(), 100000);
    }

    void pagesTakeTheirUnits()
    {
        // Page 2 takes 0.8 units: 80 ms at 100 ms per unit.
        const Reply r = get(m_nam, m_server.url(u"/page/2"_s));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.ms >= 78, qPrintable(QString::number(r.ms))); // never before its time
        QCOMPARE(DemoPages::promisedDelayMs(m_server.url(u"/page/2"_s), 100), 80.0);
        QCOMPARE(DemoPages::promisedDelayMs(m_server.url(u"/delay/250"_s), 100), 250.0);
        QCOMPARE(DemoPages::promisedDelayMs(QUrl(u"http://example.org/delay/250"_s), 100), -1.0);
        QCOMPARE(m_server.pageUrls().size(), 7);
    }

    // Delays are timers: fifty clients waiting 300 ms each wait at once, not in turn
    // (tst_fidelity: in well under a second). Raw sockets, since a QNetworkAccessManager would
    // queue them.
    void servesManyAtOnce()
    {
        QList<QTcpSocket *> sockets;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 50; ++i) {
            auto *s = new QTcpSocket(this);
            s->connectToHost(QHostAddress::LocalHost, m_server.port());
            QVERIFY(s->waitForConnected(2000));
            s->write("GET /delay/300 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            QVERIFY(s->waitForBytesWritten(2000)); // sent now, not when we read
            sockets.append(s);
        }
        int answered = 0;
        for (QTcpSocket *s : sockets) {
            QByteArray data;
            while (!data.contains("waited 300 ms") && s->waitForReadyRead(5000))
                data += s->readAll();
            answered += data.startsWith("HTTP/1.1 200");
        }
        QCOMPARE(answered, 50);
        // Waiting one after the other would take 50 × 300 ms.
        QVERIFY2(timer.elapsed() < 50 * 300, qPrintable(QString::number(timer.elapsed())));
        qDeleteAll(sockets);
    }

    void aClientThatHangsUpDoesNotHurtTheServer()
    {
        for (int i = 0; i < 10; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_server.port());
            QVERIFY(s.waitForConnected(2000));
            s.write("GET /delay/100 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            s.waitForBytesWritten(1000);
            s.abort();
        }
        QTest::qWait(300); // the timers fire on the dead sockets
        QCOMPARE(get(m_nam, m_server.url(u"/status/200"_s)).status, 200);
    }

    // Qt 6.4's QHttpServer answers pipelined requests as each is ready; ours keep their order.
    void answersPipelinedRequestsInOrder()
    {
        const Raw r = exchange(m_server.port(),
                               get("/delay/300") + get("/bytes/300000") + get("/delay/100") +
                                   get("/status/200"),
                               1500);
        const qsizetype first = r.data.indexOf("waited 300 ms"),
                        second = r.data.indexOf("waited 100 ms"),
                        third = r.data.indexOf("status 200");
        QVERIFY2(first >= 0 && second > first && third > second, r.data.left(300).constData());
        QCOMPARE(r.data.count("HTTP/1.1 200"), 4);
        // The body, whole and alone between the first answer and the third.
        const QByteArray head = "Content-Length: 300000\r\n\r\n";
        const qsizetype body = r.data.indexOf(head) + head.size();
        QVERIFY(body > first);
        QCOMPARE(r.data.mid(body, 300000), QByteArray(300000, 'x'));
        QVERIFY(r.data.mid(body + 300000).startsWith("HTTP/1.1 200"));
    }

    void refusesARequestTooLarge_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("request line") << get("/" + QByteArray(100'000, 'a')) << QByteArray("414");
        QTest::newRow("header") << QByteArray("GET /status/200 HTTP/1.1\r\nX-Big: " +
                                              QByteArray(100'000, 'a') + "\r\n\r\n")
                                << QByteArray("431");
        QTest::newRow("many headers")
            << QByteArray("GET /status/200 HTTP/1.1\r\n" + QByteArray("X: y\r\n").repeated(20'000) +
                          "\r\n")
            << QByteArray("431");
        QTest::newRow("body")
            << QByteArray("POST /status/200 HTTP/1.1\r\nContent-Length: 1000000\r\n\r\n" +
                          QByteArray(1'000'000, 'b'))
            << QByteArray("413");
    }
    void refusesARequestTooLarge()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        const qint64 before = m_server.counts().tooLarge;
        const Raw r = exchange(m_server.port(), request);
        // Said, not reset: the rest of the request is read and dropped while the answer goes.
        QVERIFY2(r.data.startsWith(QByteArray("HTTP/1.1 " + status + ' ')),
                 r.data.left(200).constData());
        QVERIFY(r.data.contains("a request may be at most 65536 bytes"));
        QVERIFY(r.closed);
        QCOMPARE(m_server.counts().tooLarge, before + 1);
        QVERIFY(exchange(m_server.port(), get("/status/200"), 200).data.startsWith("HTTP/1.1 200"));
    }

    void closesWhatItCannotServe()
    {
        DemoServerThread server;
        ConnectionLimits limits;
        limits.requestMs = 200;
        limits.idleMs = 300;
        limits.maxWaiting = 2;
        server.setLimits(limits);
        QVERIFY(server.start(0, false));

        // Half a request line, then nothing.
        Raw r = exchange(server.port(), "GET /status/200 HT");
        QVERIFY2(r.data.startsWith("HTTP/1.1 408 "), r.data.constData());
        QVERIFY(r.closed);
        QCOMPARE(server.counts().tooSlow, 1);

        // A connection kept open after its answer, then left alone.
        r = exchange(server.port(), get("/status/204"));
        QVERIFY(r.data.startsWith("HTTP/1.1 204"));
        QVERIFY(r.closed);
        QCOMPARE(server.counts().idle, 1);

        // Waiting for a delayed answer is not idling: answered after twice the idle limit.
        r = exchange(server.port(), get("/delay/600"));
        QVERIFY2(r.data.contains("waited 600 ms"), r.data.constData());

        // More answers due at once than one connection may wait for.
        r = exchange(server.port(), get("/delay/200") + get("/delay/200") + get("/delay/200"));
        QVERIFY2(r.data.contains("HTTP/1.1 429 "), r.data.constData());
        QVERIFY(r.closed);
        QCOMPARE(server.counts().tooManyWaiting, 1);
        QVERIFY(countsReach(server, [](const ConnectionCounts &c) { return c.open == 0; }));
    }

    // What HTTP asks of a server and Qt 6.4's QHttpServer did not do.
    void speaksHttpAsItShould_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("starts"); // the answer's first bytes
        QTest::addColumn<QByteArray>("ends");   // and its last
        QTest::addColumn<bool>("closed");       // the server ended the connection
        QTest::addColumn<QByteArray>("absent"); // not anywhere in what came
        QTest::newRow("DELETE") << QByteArray("DELETE /page/1 HTTP/1.1\r\nHost: x\r\n\r\n")
                                << QByteArray("HTTP/1.1 405 ")
                                << QByteArray("serves GET and HEAD only\n") << false
                                << QByteArray("Page 1");
        QTest::newRow("POST says what is allowed")
            << QByteArray("POST /page/1 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nab")
            << QByteArray("HTTP/1.1 405 ") << QByteArray("\n") << false << QByteArray("Page 1");
        QTest::newRow("HEAD has no body")
            << QByteArray("HEAD /page/1 HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("HTTP/1.1 200 ")
            << QByteArray("\r\n\r\n") << false << QByteArray("Page 1");
        QTest::newRow("HEAD of a big body")
            << QByteArray("HEAD /bytes/10000000 HTTP/1.1\r\nHost: x\r\n\r\n")
            << QByteArray("HTTP/1.1 200 ") << QByteArray("Content-Length: 10000000\r\n\r\n")
            << false << QByteArray("xxx");
        QTest::newRow("204 has no body")
            << get("/status/204") << QByteArray("HTTP/1.1 204 ") << QByteArray("\r\n\r\n") << false
            << QByteArray("status 204");
        QTest::newRow("304 has no body")
            << get("/status/304") << QByteArray("HTTP/1.1 304 ") << QByteArray("\r\n\r\n") << false
            << QByteArray("status 304");
        QTest::newRow("Connection: close")
            << QByteArray("GET /page/2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            << QByteArray("HTTP/1.1 200 ") << QByteArray("Page 2 of the TaskLanes demo server\n")
            << true << QByteArray();
        QTest::newRow("nothing answered after Connection: close")
            << QByteArray("GET /page/2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") +
                   get("/page/3")
            << QByteArray("HTTP/1.1 200 ") << QByteArray("Page 2 of the TaskLanes demo server\n")
            << true << QByteArray("Page 3");
        QTest::newRow("a streamed body, then closed")
            << QByteArray("GET /bytes/300000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            << QByteArray("HTTP/1.1 200 ") << QByteArray(1000, 'x') << true << QByteArray();
        QTest::newRow("HTTP/1.0") << QByteArray("GET /page/4 HTTP/1.0\r\n\r\n")
                                  << QByteArray("HTTP/1.1 200 ")
                                  << QByteArray("Page 4 of the TaskLanes demo server\n") << true
                                  << QByteArray();
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("GET /page/4 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            << QByteArray("HTTP/1.1 200 ") << QByteArray("Page 4 of the TaskLanes demo server\n")
            << false << QByteArray();
    }
    void speaksHttpAsItShould()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, starts);
        QFETCH(QByteArray, ends);
        QFETCH(bool, closed);
        QFETCH(QByteArray, absent);
        const Raw r = exchange(m_server.port(), request, 1000);
        QVERIFY2(r.data.startsWith(starts) && r.data.endsWith(ends), r.data.left(300).constData());
        QCOMPARE(r.closed, closed);
        if (!absent.isEmpty())
            QVERIFY2(!r.data.contains(absent), r.data.left(300).constData());
        if (starts.contains("405"))
            QVERIFY(r.data.contains("\r\nAllow: GET, HEAD\r\n"));
        if (closed)
            QVERIFY(r.data.contains("\r\nConnection: close\r\n"));
        if (ends == "\r\n\r\n" && !request.startsWith("HEAD"))
            QVERIFY(!r.data.contains("Content-Length"));
    }

    void refusesConnectionsBeyondItsLimit()
    {
        DemoServerThread server;
        ConnectionLimits limits;
        limits.maxConnections = 3;
        server.setLimits(limits);
        QVERIFY(server.start(0, false));
        QList<QTcpSocket *> held;
        for (int i = 0; i < 3; ++i) {
            held.append(new QTcpSocket(this));
            held.last()->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(held.last()->waitForConnected(5000));
        }
        QVERIFY(countsReach(server, [](const ConnectionCounts &c) { return c.open == 3; }));
        Raw r = exchange(server.port(), get("/status/200"));
        QVERIFY2(r.data.startsWith("HTTP/1.1 503 "), r.data.constData());
        QVERIFY(r.closed);
        QCOMPARE(server.counts().refusedFull, 1);
        delete held.takeFirst(); // one goes: there is room again
        QVERIFY(countsReach(server, [](const ConnectionCounts &c) { return c.open == 2; }));
        r = exchange(server.port(), get("/status/200"), 200);
        QVERIFY2(r.data.startsWith("HTTP/1.1 200"), r.data.constData());
        qDeleteAll(held);
    }

    void aThousandClientsAtOnce()
    {
        QList<QTcpSocket *> sockets;
        for (int i = 0; i < 1000; ++i) {
            auto *s = new QTcpSocket(this);
            s->connectToHost(QHostAddress::LocalHost, m_server.port());
            QVERIFY(s->waitForConnected(5000));
            s->write(get("/page/1"));
            QVERIFY(s->waitForBytesWritten(5000)); // sent now, not when we read
            sockets.append(s);
        }
        int answered = 0;
        for (QTcpSocket *s : sockets) {
            QByteArray data;
            while (!data.contains("Page 1 of") && s->waitForReadyRead(10000))
                data += s->readAll();
            answered += data.startsWith("HTTP/1.1 200");
        }
        QCOMPARE(answered, 1000);
        qDeleteAll(sockets);
        QCOMPARE(exchange(m_server.port(), get("/status/200"), 200).data.left(12),
                 QByteArray("HTTP/1.1 200"));
    }

    // /bytes/ is made as the client reads: one that stops reading costs the server a
    // buffer, not the body (which Qt's responder, given a device, buffers whole).
    void aClientThatStopsReadingCostsLittle()
    {
        const QByteArray most = QByteArray::number(DemoPages::maxBytes);
        const qint64 before = statusKb("VmRSS:");
        QTcpSocket s;
        s.setReadBufferSize(64 * 1024);
        s.connectToHost(QHostAddress::LocalHost, m_server.port());
        QVERIFY(s.waitForConnected(5000));
        s.write(get("/bytes/" + most));
        QVERIFY(s.waitForBytesWritten(5000));
        QTest::qWait(1000); // time enough to buffer 64 MiB several times over
        const qint64 grown = statusKb("VmRSS:") - before;
        QVERIFY2(grown < 16 * 1024, qPrintable(u"%1 KiB"_s.arg(grown)));
        s.abort();

        // And one that reads gets all of it.
        QTcpSocket reader;
        reader.connectToHost(QHostAddress::LocalHost, m_server.port());
        QVERIFY(reader.waitForConnected(5000));
        reader.write(get("/bytes/" + most));
        qint64 received = 0;
        QByteArray head;
        while (reader.waitForReadyRead(5000)) {
            QByteArray data = reader.readAll();
            if (head.isNull() || !head.contains("\r\n\r\n")) {
                head += data;
                const qsizetype end = head.indexOf("\r\n\r\n");
                if (end < 0)
                    continue;
                QVERIFY(head.contains(QByteArray("Content-Length: " + most)));
                received = head.size() - end - 4;
            } else {
                received += data.size();
            }
            if (received >= DemoPages::maxBytes)
                break;
        }
        QCOMPARE(received, DemoPages::maxBytes);
    }

    void anotherServerCannotTakeAPortInUse()
    {
        DemoServerThread second;
        const Status taken = second.start(m_server.port(), false);
        QVERIFY(!taken);
        QVERIFY(taken.error().contains(QString::number(m_server.port())));
        QVERIFY(second.start(m_server.port(), true)); // falls back to a free port
        QVERIFY(second.port() != m_server.port());
    }
};

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
