#include "demoserver/demoserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
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
