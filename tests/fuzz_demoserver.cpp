// The demo server's request handling: the input sent as-is to a running server, which
// must answer what it can, close what it cannot, and keep answering the next client.
#include "demoserver/demoserver.h"
#include "fuzzcheck.h"

#include <QCoreApplication>
#include <QTcpSocket>

using namespace TaskLanes;

namespace {
DemoServerThread *g_server = nullptr;

QByteArray exchange(const QByteArray &request, int waitMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, g_server->port());
    if (!socket.waitForConnected(2000))
        return {};
    socket.write(request);
    socket.waitForBytesWritten(200);
    QByteArray answer;
    while (socket.waitForReadyRead(waitMs))
        answer += socket.readAll();
    return answer;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    g_server = new DemoServerThread;
    mustHold(g_server->start(0, false).ok(), "the demo server did not start");
    g_server->setUnitMs(1); // the pages answer at once
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int inputs = 0;
    exchange(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), 5);
    if (++inputs % 200 == 0) // still serving
        mustHold(
            exchange("GET /status/200 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                     1000)
                .startsWith("HTTP/1.1 200"),
            "the demo server stopped answering");
    return 0;
}
