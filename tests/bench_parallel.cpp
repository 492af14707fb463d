// Threads and processes figures (Markdown) for the README and the notes. Not a test.
//  1. Worker process start-up: from QProcess::start to the worker's "ready" line.
//  2. Per-item dispatch with 10,000 zero-length sleep items and 4 workers: the engine's
//     threads and processes variants beside Python's ThreadPoolExecutor and
//     ProcessPoolExecutor doing the same in the same run.
#include "engine/engine.h"
#include "models/registry.h"
#include "toolargs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include <algorithm>
#include <cstdio>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

const char *pythonPools = R"PY(
import concurrent.futures as cf, json, sys, time
kind, workers, items = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def nothing(_):
    time.sleep(0)
if __name__ == "__main__":
    start = time.perf_counter()
    pool = cf.ThreadPoolExecutor(workers) if kind == "threads" else cf.ProcessPoolExecutor(workers)
    with pool:
        for f in [pool.submit(nothing, i) for i in range(items)]:
            f.result()
    print(json.dumps({"total_ms": (time.perf_counter() - start) * 1000}))
)PY";

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double engineRun(const QString &variant, int items, int workers)
{
    Engine engine;
    QSignalSpy finished(&engine, &Engine::finished);
    RunRequest r{findModel(variant), {QList<WorkItem>(items, WorkItem::sleep(0)), workers}, 10};
    if (!engine.start(r) || !finished.wait(600000))
        return -1;
    return finished.first().first().value<Trace>().totalMs();
}

double pythonRun(const QString &kind, int items, int workers)
{
    QProcess p;
    p.start(u"python3"_s, {u"-c"_s, QString::fromUtf8(pythonPools), kind, QString::number(workers),
                           QString::number(items)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return QJsonDocument::fromJson(p.readAllStandardOutput().trimmed().split('\n').last())
        .object()
        .value("total_ms"_L1)
        .toDouble(-1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption repeatOpt = ToolArgs::repeatOption();
    const QCommandLineOption binaryOpt = ToolArgs::binaryOption();
    int status = 0;
    if (!ToolArgs::parse(parser,
                         u"Worker start-up and dispatch beside Python's executors, as Markdown."_s,
                         {repeatOpt, binaryOpt}, &status))
        return status;
    const auto repeats = ToolArgs::number(parser, repeatOpt, 5);
    if (!repeats || !ToolArgs::useBinary(parser, binaryOpt))
        return 2;
    const int repeat = *repeats;

    // 1. Start-up of one worker process.
    QList<double> startup;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(Workers::program(), {u"worker"_s});
        p.write("hello 0 0 10 1000\n");
        while (!p.canReadLine() && p.waitForReadyRead(5000)) {
        }
        startup.append(double(t.nsecsElapsed()) / 1e6);
        p.write("quit\n");
        p.waitForFinished();
    }
    std::printf("### Threads and processes\n\n");
    std::printf("Worker process start-up (start to its \"ready\" line), median of 20: %.1f ms\n\n",
                median(startup));

    // 2. Dispatch.
    constexpr int items = 10'000;
    constexpr int workers = 4;
    std::printf(
        "%d zero-length items, %d workers (median of %d runs; whole run, start-up included):\n\n",
        items, workers, repeat);
    std::printf("| program | total (ms) | per item (us) |\n|---|---:|---:|\n");
    const struct
    {
        const char *label;
        std::function<double()> run;
    } rows[] = {
        {"TaskLanes threads (QThreadPool)", [] { return engineRun(u"threads"_s, items, workers); }},
        {"Python ThreadPoolExecutor", [] { return pythonRun(u"threads"_s, items, workers); }},
        {"TaskLanes processes (worker processes over pipes)",
         [] { return engineRun(u"processes"_s, items, workers); }},
        {"Python ProcessPoolExecutor", [] { return pythonRun(u"processes"_s, items, workers); }},
    };
    for (const auto &row : rows) {
        QList<double> totals;
        for (int r = 0; r < repeat; ++r)
            totals.append(row.run());
        const double m = median(totals);
        std::printf("| %s | %.1f | %.2f |\n", row.label, m, m * 1000 / items);
    }
    return 0;
}
