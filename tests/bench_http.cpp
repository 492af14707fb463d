// HTTP figures (Markdown) for the README and the notes. Not a test.
//  1. 1,000 fetches of a 10 ms page with 50 tasks, async-http (and 100 with sync-http):
//     measured total against the ideal, which counts a hundred requests in flight.
//  2. The demo server's requests per second on loopback, loaded by wrk in a second
//     process (when wrk is installed: apt-get install wrk).
#include "demoserver/demoserver.h"
#include "engine/engine.h"
#include "models/registry.h"
#include "toolargs.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>

#include <cstdio>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

Trace run(const QString &variant, const QString &url, int items, int tasks)
{
    Engine engine;
    QSignalSpy finished(&engine, &Engine::finished);
    RunRequest request{
        findModel(variant), {QList<WorkItem>(items, WorkItem::fetch(url)), tasks}, 10};
    if (!engine.start(request) || !finished.wait(600000))
        return {};
    return finished.first().first().value<Trace>();
}

void wrk(const QString &label, const QString &url)
{
    QProcess p;
    p.start(u"wrk"_s, {u"-t2"_s, u"-c50"_s, u"-d5s"_s, url});
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        std::printf("| %s | wrk did not run |\n", qPrintable(label));
        return;
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const auto rps = QRegularExpression(u"Requests/sec:\\s+([\\d.]+)"_s).match(out);
    const auto latency = QRegularExpression(u"Latency\\s+(\\S+)"_s).match(out);
    std::printf("| %s | %s | %s |\n", qPrintable(label), qPrintable(rps.captured(1)),
                qPrintable(latency.captured(1)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    int status = 0;
    if (!ToolArgs::parse(parser,
                         u"Fetches from the demo server, and wrk's load on it, as Markdown."_s, {},
                         &status))
        return status;
    DemoServerThread server;
    if (const Status started = server.start(0, false); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error()));
        return 1;
    }
    const QString page = server.url(u"/delay/10"_s).toString();
    run(u"async-http"_s, page, 20, 10); // warm up

    std::printf("### Fetching a 10 ms page from the demo server (unit 10 ms)\n\n");
    std::printf(
        "| run | ideal (ms) | measured (ms) | overhead per fetch (ms) |\n|---|---:|---:|---:|\n");
    const struct
    {
        QString variant;
        int items;
        int tasks;
    } cases[] = {
        {u"async-http"_s, 1000, 50}, {u"async-http"_s, 1000, 6}, {u"sync-http"_s, 100, 50}};
    for (const auto &c : cases) {
        const Trace t = run(c.variant, page, c.items, c.tasks);
        int failed = 0;
        for (const auto &e : t.itemExtents())
            failed += e.failed;
        std::printf("| %s, %d fetches, %d tasks%s | %.0f | %.0f | %.3f |\n", qPrintable(c.variant),
                    c.items, c.tasks, failed ? qPrintable(u" (%1 failed)"_s.arg(failed)) : "",
                    t.idealMs(), t.totalMs(), (t.totalMs() - t.idealMs()) / c.items);
    }

    if (QStandardPaths::findExecutable(u"wrk"_s).isEmpty()) {
        std::printf("\n(wrk is not installed: no server load figures)\n");
        return 0;
    }
    std::printf("\n### The demo server under load from wrk (2 threads, 50 connections, 5 s)\n\n");
    std::printf("| route | requests/s | mean latency |\n|---|---:|---:|\n");
    wrk(u"/status/200"_s, server.url(u"/status/200"_s).toString());
    wrk(u"/bytes/10000"_s, server.url(u"/bytes/10000"_s).toString());
    wrk(u"/delay/10"_s, server.url(u"/delay/10"_s).toString());
    return 0;
}
