// Threads and processes figures (Markdown) for the README and the notes. Not a test.
//  1. Worker process start-up: from QProcess::start to the worker's "ready" line.
//  2. Per-item dispatch with 10,000 zero-length sleep items and 4 workers: the engine's
//     threads and processes variants beside Python's ThreadPoolExecutor and
//     ProcessPoolExecutor doing the same in the same run.
//  3. The same work under every model (SPEC 1): a queue of compute items and one that
//     mixes a compute item with sleeps, each model's total beside its ideal and beside the
//     CPython program it stands for, run in the same session; under the GIL, how late a
//     sleeper runs again after its sleep (the convoy), in TaskLanes and in CPython.
#include "engine/engine.h"
#include "models/registry.h"
#include "toolargs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
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

// The Python twins of the models, on a queue of [kind, units] pairs. Compute work is a
// Python loop calibrated, as TaskLanes' is, so that one unit takes one unit on an idle core.
const char *pythonModels = R"PY(
import asyncio, concurrent.futures as cf, json, multiprocessing as mp, queue, sys, threading, time
def spin(n):
    x = 0
    for i in range(n):
        x += i
    return x
def calibrate():
    n = 100000
    while True:
        t = time.perf_counter(); spin(n); d = time.perf_counter() - t
        if d > 0.1:
            break
        n *= 2
    # The fastest of a few batches, as TaskLanes' calibration takes its fastest.
    best = n / d
    for _ in range(3):
        t = time.perf_counter(); spin(n); best = max(best, n / (time.perf_counter() - t))
    return best
def compute(units, unit, ops):
    spin(int(units * unit * ops))
def worker(q, unit, ops):
    while True:
        try:
            kind, n = q.get_nowait()
        except queue.Empty:
            return
        compute(n, unit, ops) if kind == "compute" else time.sleep(n * unit)
if __name__ == "__main__":
    mp.set_start_method("fork")
    model, unit, tasks = sys.argv[1], float(sys.argv[2]) / 1000, int(sys.argv[3])
    items = json.loads(sys.argv[4])
    ops = calibrate()
    late = []
    start = time.perf_counter()
    if model == "sync":
        for kind, n in items:
            compute(n, unit, ops) if kind == "compute" else time.sleep(n * unit)
    elif model in ("async", "async-offload"):
        async def main():
            q = asyncio.Queue()
            for it in items:
                q.put_nowait(it)
            loop = asyncio.get_running_loop()
            with cf.ProcessPoolExecutor(tasks) as pool:
                async def task():
                    while not q.empty():
                        kind, n = await q.get()
                        if kind != "compute":
                            await asyncio.sleep(n * unit)
                        elif model == "async":
                            compute(n, unit, ops)
                        else:
                            await loop.run_in_executor(pool, compute, n, unit, ops)
                await asyncio.gather(*(task() for _ in range(tasks)))
        asyncio.run(main())
    elif model == "threads-gil":
        q = queue.Queue()
        for it in items:
            q.put(it)
        def thread():
            while True:
                try:
                    kind, n = q.get_nowait()
                except queue.Empty:
                    return
                if kind == "compute":
                    compute(n, unit, ops)
                else:
                    due = time.perf_counter() + n * unit
                    time.sleep(n * unit)
                    late.append(time.perf_counter() - due)
        ts = [threading.Thread(target=thread) for _ in range(tasks)]
        for t in ts: t.start()
        for t in ts: t.join()
    elif model == "processes":
        q = mp.Queue()
        for it in items:
            q.put(it)
        time.sleep(0.05)  # let the queue's feeder thread hand the items over
        start = time.perf_counter()
        ps = [mp.Process(target=worker, args=(q, unit, ops)) for _ in range(tasks)]
        for p in ps: p.start()
        for p in ps: p.join()
    total = (time.perf_counter() - start) * 1000
    print(json.dumps({"total_ms": total, "late_ms": sum(late) / len(late) * 1000 if late else -1}))
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

struct ModelRun
{
    double totalUnits = -1;
    double idealUnits = -1;
    double lateMs = -1; // mean wait for the GIL after a sleep
};

ModelRun engineModel(const QString &variant, const QList<WorkItem> &items, int unitMs)
{
    Engine engine;
    QSignalSpy finished(&engine, &Engine::finished);
    RunRequest r{findModel(variant), {items, 2}, unitMs};
    if (!engine.start(r) || !finished.wait(600000))
        return {};
    const Trace t = finished.first().first().value<Trace>();
    ModelRun out{t.totalMs() / unitMs, t.idealMs() / unitMs, -1};
    // After a sleep (blocked), the wait for the GIL (ready) on the same lane.
    QList<SpanState> last(t.tasks(), SpanState::Running);
    double sum = 0;
    int n = 0;
    for (const Span &s : t.spans()) {
        if (s.state == SpanState::Ready && s.waitingFor == WaitingFor::Gil &&
            last[s.lane] == SpanState::Blocked) {
            sum += double(s.end - s.start) / 1e6;
            ++n;
        }
        last[s.lane] = s.state;
    }
    if (variant == "threads-gil"_L1)
        out.lateMs = n ? sum / n : 0;
    return out;
}

ModelRun pythonModel(const QString &variant, const QList<WorkItem> &items, int unitMs)
{
    QJsonArray queue;
    for (const WorkItem &i : items)
        queue.append(QJsonArray{kindName(i.kind), i.units});
    QProcess p;
    p.start(u"python3"_s,
            {u"-c"_s, QString::fromUtf8(pythonModels), variant, QString::number(unitMs), u"2"_s,
             QString::fromUtf8(QJsonDocument(queue).toJson(QJsonDocument::Compact))});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return {};
    const QJsonObject o =
        QJsonDocument::fromJson(p.readAllStandardOutput().trimmed().split('\n').last()).object();
    return {o.value("total_ms"_L1).toDouble(-1) / unitMs, -1, o.value("late_ms"_L1).toDouble(-1)};
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

    // 3. The same work under every model, beside CPython.
    constexpr int unitMs = 50;
    const QList<WorkItem> computing(4, WorkItem::compute(4));
    QList<WorkItem> mixed{WorkItem::compute(8)};
    for (int i = 0; i < 5; ++i)
        mixed.append(WorkItem::sleep(1));
    const struct
    {
        const char *title;
        const QList<WorkItem> &items;
    } queues[] = {{"compute 4, 4, 4, 4", computing}, {"compute 8, then sleep 1 five times", mixed}};
    const QStringList twins{u"sync"_s, u"async"_s, u"threads-gil"_s, u"processes"_s,
                            u"async-offload"_s};
    std::printf("\n#### The same work under every model (2 tasks, %d ms a unit, %d cores; "
                "medians of %d)\n",
                unitMs, idealCores(), repeat);
    for (const auto &q : queues) {
        std::printf("\n%s:\n\n| model | TaskLanes (units) | ideal | CPython 3 (units) |"
                    "\n|---|---:|---:|---:|\n",
                    q.title);
        for (const Model *m : models()) {
            if (m->needsDemoServer())
                continue;
            QList<double> ours;
            QList<double> theirs;
            double ideal = 0;
            for (int r = 0; r < repeat; ++r) {
                const ModelRun run = engineModel(m->id, q.items, unitMs);
                ours.append(run.totalUnits);
                ideal = run.idealUnits;
                if (twins.contains(m->id))
                    theirs.append(pythonModel(m->id, q.items, unitMs).totalUnits);
            }
            const QString python =
                theirs.isEmpty() ? u"—"_s : QString::number(median(theirs), 'f', 2);
            std::printf("| %s | %.2f | %.2f | %s |\n", qPrintable(m->id), median(ours), ideal,
                        qPrintable(python));
        }
    }
    QList<double> ours;
    QList<double> theirs;
    for (int r = 0; r < repeat; ++r) {
        ours.append(engineModel(u"threads-gil"_s, mixed, unitMs).lateMs);
        theirs.append(pythonModel(u"threads-gil"_s, mixed, unitMs).lateMs);
    }
    std::printf("\nThe convoy: after each sleep beside the computing thread, the sleeper ran "
                "again %.2f ms late in TaskLanes (waiting for the GIL) and %.2f ms late in "
                "CPython (time.sleep returning late), switch interval 5 ms.\n",
                median(ours), median(theirs));
    return 0;
}
