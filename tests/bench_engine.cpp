// Engine overhead beside Python's asyncio, the same programs on the same machine in the
// same run. Not a test: it prints figures (Markdown) for the README and the notes.
//
//   bench_engine [--repeat N] [--binary path/to/tasklanes]   (--help says more)
//
// Scenarios:
//  1. async, 100,000 zero-length sleep items across 100 tasks (ideal 0 ms): the whole
//     run is overhead. Engine in-process (lines formatted, not written), the tasklanes
//     command (lines written to /dev/null), Python asyncio (printing to /dev/null).
//  2. The tutorial's queue 15,10,5,2 at 10 ms per unit, the tutorial's four programs:
//     measured total minus ideal, engine vs the equivalent Python program (threads and
//     processes are bench_parallel's, HTTP bench_http's).
//  3. Trace memory per span of scenario 1.
//  4. Whole commands, wall clock and peak memory (wait4): `tasklanes run async` on
//     100,000 and 1,000,000 zero-length items, 100 tasks, with and without --trace,
//     beside Python asyncio running the same items without a trace (its queue built in
//     memory: it reads no file, we do).
//  5. 1000 tasks beside 100: the engine's cost per item (in-process, 100,000 items).
//  6. Reading a queue file of 1,000,000 items: loadQueueFile beside Python's json.load.
#include "engine/engine.h"
#include "formats/queuefile.h"
#include "models/registry.h"
#include "presentation/livetrace.h"
#include "toolargs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

// The tutorial's programs in Python, with the engine's rules: a counting step is one
// unit of busy CPU, a blocking sleep is time.sleep, a non-blocking one asyncio.sleep.
// Prints the tutorial lines to /dev/null and a JSON line with the measured total.
const char *pythonPrograms = R"PY(
import asyncio, json, os, queue, sys, time
variant, unit_ms, tasks = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
values = [int(v) for v in sys.argv[4].split(",")] if "x" not in sys.argv[4] else \
    [int(sys.argv[4].split("x")[1])] * int(sys.argv[4].split("x")[0])
unit = unit_ms / 1000.0
out = open(os.devnull, "w")
names = [str(i + 1) for i in range(tasks)]

def spin_until(deadline):
    total = 0
    while time.perf_counter() < deadline:
        total += 1
    return total

def sync_task(name, q):
    if q.empty():
        print(f"Task {name} nothing to do", file=out)
        return
    while not q.empty():
        count = q.get()
        print(f"Task {name} running", file=out)
        start = time.perf_counter()
        for x in range(count):
            spin_until(start + (x + 1) * unit)
        print(f"Task {name} total: {count}", file=out)

def counting_task(name, q):
    while not q.empty():
        count = q.get()
        print(f"Task {name} running", file=out)
        for x in range(count):
            spin_until(time.perf_counter() + unit)
            yield
        print(f"Task {name} total: {count}", file=out)

def blocking_task(name, q):
    while not q.empty():
        delay = q.get()
        print(f"Task {name} running", file=out)
        start = time.perf_counter()
        time.sleep(delay * unit)
        print(f"Task {name} total elapsed time: {(time.perf_counter() - start) / unit:.1f}", file=out)
        yield

def run_generators(gens):
    while gens:
        for g in list(gens):
            try:
                next(g)
            except StopIteration:
                gens.remove(g)

async def async_task(name, q):
    while not q.empty():
        delay = await q.get()
        print(f"Task {name} running", file=out)
        start = time.perf_counter()
        await asyncio.sleep(delay * unit)
        print(f"Task {name} total elapsed time: {(time.perf_counter() - start) / unit:.1f}", file=out)

async def run_async(q):
    await asyncio.gather(*(async_task(n, q) for n in names))

def thread_task(name, q):
    while True:
        try:
            delay = q.get_nowait()
        except queue.Empty:
            return
        print(f"Task {name} running", file=out)
        start = time.perf_counter()
        time.sleep(delay * unit)
        print(f"Task {name} total elapsed time: {(time.perf_counter() - start) / unit:.1f}", file=out)

if variant in ("threads", "processes"):
    import multiprocessing, threading
    if variant == "threads":
        q = queue.Queue()
        workers = [threading.Thread(target=thread_task, args=(n, q)) for n in names]
    else:
        q = multiprocessing.Queue()
        workers = [multiprocessing.Process(target=thread_task, args=(n, q)) for n in names]
    for v in values:
        q.put(v)
    if variant == "processes":
        time.sleep(0.1)  # the queue's feeder thread has put every item before any is taken
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    total = time.perf_counter() - start
elif variant == "async":
    async def main():
        q = asyncio.Queue()
        for v in values:
            q.put_nowait(v)
        start = time.perf_counter()
        await run_async(q)
        return time.perf_counter() - start
    total = asyncio.run(main())
else:
    q = queue.Queue()
    for v in values:
        q.put(v)
    start = time.perf_counter()
    if variant == "sync":
        for n in names:
            sync_task(n, q)
    elif variant == "cooperative":
        run_generators([counting_task(n, q) for n in names])
    else:
        run_generators([blocking_task(n, q) for n in names])
    total = time.perf_counter() - start
print(f"\nTotal elapsed time: {total / unit:.1f}", file=out)
out.flush()
print(json.dumps({"total_ms": total * 1000}))
)PY";

struct EngineRun
{
    double totalMs = 0;
    double idealMs = 0;
    qsizetype spans = 0;
    qsizetype bytes = 0;
};

EngineRun runEngine(const RunRequest &request)
{
    Engine engine;
    QEventLoop loop;
    Trace trace;
    qsizetype lines = 0;
    QObject::connect(&engine, &Engine::outputLines,
                     [&](const QStringList &l) { lines += l.size(); });
    QObject::connect(&engine, &Engine::finished, [&](const Trace &t) {
        trace = t;
        loop.quit();
    });
    if (!engine.start(request))
        return {};
    loop.exec();
    return {trace.totalMs(), trace.idealMs(), trace.spans().size(), trace.recordBytes()};
}

double runPython(const QString &variant, int unitMs, int tasks, const QString &values)
{
    QProcess p;
    p.start(u"python3"_s, {u"-c"_s, QString::fromUtf8(pythonPrograms), variant,
                           QString::number(unitMs), QString::number(tasks), values});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "python3 failed: %s\n", p.readAllStandardError().constData());
        return -1;
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object().value("total_ms"_L1).toDouble(-1);
}

double runCli(const QString &binary, const QStringList &args)
{
    QTemporaryDir dir;
    const QString trace = dir.filePath(u"t.json"_s);
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(binary, args + QStringList{u"--trace"_s, trace});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    QFile f(trace);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return QJsonDocument::fromJson(f.readAll())
        .object()
        .value("otherData"_L1)
        .toObject()
        .value("total_ms"_L1)
        .toDouble(-1);
}

// A command's wall time and peak resident memory, stdout to /dev/null; -1 ms if it failed.
// Started from a small Python process rather than from here: a child's peak (ru_maxrss)
// counts the memory of the process it was spawned from, and this one holds big traces.
struct Measured
{
    double wallMs = -1;
    double peakMiB = 0;
};

const char *measureProgram = R"PY(
import os, sys, time
null = os.open(os.devnull, os.O_WRONLY)
start = time.perf_counter()
pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ,
                      file_actions=[(os.POSIX_SPAWN_DUP2, null, 1)])
_, status, usage = os.wait4(pid, 0)
wall = (time.perf_counter() - start) * 1000
print(wall if os.waitstatus_to_exitcode(status) == 0 else -1, usage.ru_maxrss / 1024)
)PY";

Measured spawnMeasured(const QStringList &argv)
{
    QProcess p;
    p.start(u"python3"_s, QStringList{u"-c"_s, QString::fromUtf8(measureProgram)} + argv);
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return {};
    const QList<QByteArray> figures = p.readAllStandardOutput().trimmed().split(' ');
    if (figures.size() != 2)
        return {};
    return {figures[0].toDouble(), figures[1].toDouble()};
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption repeatOpt = ToolArgs::repeatOption();
    const QCommandLineOption binaryOpt = ToolArgs::binaryOption();
    int status = 0;
    if (!ToolArgs::parse(
            parser, u"The engine's overhead beside Python's on the same programs, as Markdown."_s,
            {repeatOpt, binaryOpt}, &status))
        return status;
    const auto repeats = ToolArgs::number(parser, repeatOpt, 5);
    if (!repeats || !ToolArgs::useBinary(parser, binaryOpt))
        return 2;
    const int repeat = *repeats;
    const QString binary = parser.value(binaryOpt);

    // 1. 100,000 zero-length items, 100 tasks.
    constexpr int items = 100'000;
    RunRequest big{findModel(u"async"), {QList<WorkItem>(items, WorkItem::sleep(0)), 100}, 1000};
    QTemporaryDir dir;
    const QString queueFile = dir.filePath(u"big.json"_s);
    if (const Status saved = saveQueueFile(big.queue, queueFile); !saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
        return 1;
    }
    QList<double> engineMs, cliMs, pyMs;
    EngineRun last;
    for (int r = 0; r < repeat; ++r) {
        last = runEngine(big);
        engineMs.append(last.totalMs - last.idealMs);
        cliMs.append(runCli(
            binary, {u"run"_s, u"async"_s, u"--queue-file"_s, queueFile, u"--tasks"_s, u"100"_s}));
        pyMs.append(runPython(u"async"_s, 1000, 100, u"%1x0"_s.arg(items)));
    }
    std::printf("### async, %d zero-length sleep items, 100 tasks (median of %d; ideal 0 ms)\n\n",
                items, repeat);
    std::printf("| program | overhead (ms) | per item (us) |\n|---|---:|---:|\n");
    std::printf("| TaskLanes engine, in-process | %.1f | %.2f |\n", median(engineMs),
                median(engineMs) * 1000 / items);
    std::printf("| `tasklanes run async`, stdout to /dev/null | %.1f | %.2f |\n", median(cliMs),
                median(cliMs) * 1000 / items);
    QProcess version;
    version.start(u"python3"_s, {u"--version"_s});
    version.waitForFinished();
    const QByteArray python = version.readAllStandardOutput().trimmed();
    std::printf("| %s asyncio, stdout to /dev/null | %.1f | %.2f |\n\n", python.constData(),
                median(pyMs), median(pyMs) * 1000 / items);
    std::printf(
        "Trace memory: %lld spans, %lld bytes of span and line records, %.1f bytes per span.\n\n",
        qlonglong(last.spans), qlonglong(last.bytes), double(last.bytes) / double(last.spans));

    // 2. The tutorial's queue at 10 ms per unit.
    std::printf("### The tutorial's queue 15,10,5,2 at 10 ms per unit: measured minus ideal "
                "(median of %d)\n\n",
                repeat);
    std::printf(
        "| variant | ideal (ms) | TaskLanes engine (ms) | Python (ms) |\n|---|---:|---:|---:|\n");
    // threads-gil's twin is the same CPython threads program (CPython has a GIL).
    for (const QString &id : {u"sync"_s, u"cooperative"_s, u"cooperative-blocking"_s, u"async"_s,
                              u"threads"_s, u"threads-gil"_s, u"processes"_s}) {
        const Model &v = *findModel(id);
        const QString python = id == u"threads-gil"_s ? u"threads"_s : id;
        RunRequest req{&v, {tutorialItems(v.naturalKind), 2}, 10};
        QList<double> e, py;
        double ideal = 0;
        for (int r = 0; r < repeat; ++r) {
            const EngineRun run = runEngine(req);
            ideal = run.idealMs;
            e.append(run.totalMs - run.idealMs);
            py.append(runPython(python, 10, 2, u"15,10,5,2"_s) - ideal);
        }
        std::printf("| %s | %.0f | %+.2f | %+.2f |\n", qPrintable(v.id), ideal, median(e),
                    median(py));
    }

    // 4. Whole commands.
    const QString pythonPath = dir.filePath(u"programs.py"_s);
    {
        QFile py(pythonPath);
        if (!py.open(QIODevice::WriteOnly) || py.write(pythonPrograms) < 0)
            return 1;
    }
    std::printf("\n### Whole commands: async, zero-length items, 100 tasks, stdout to /dev/null "
                "(wall clock and peak memory, median of %d)\n\n",
                repeat);
    std::printf("| items | program | wall (ms) | peak (MiB) |\n|---:|---|---:|---:|\n");
    for (const int n : {100'000, 1'000'000}) {
        const QString file = dir.filePath(u"q%1.json"_s.arg(n));
        if (const Status saved = saveQueueFile({QList<WorkItem>(n, WorkItem::sleep(0)), 100}, file);
            !saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
            return 1;
        }
        const QString trace = dir.filePath(u"t.json"_s);
        const QStringList run{binary, u"run"_s,     u"async"_s, u"--queue-file"_s,
                              file,   u"--tasks"_s, u"100"_s};
        const std::pair<const char *, QStringList> programs[] = {
            {"`tasklanes run async --trace`", run + QStringList{u"--trace"_s, trace}},
            {"`tasklanes run async`", run},
            {"`tasklanes run async --quiet`", run + QStringList{u"--quiet"_s}},
            {"Python asyncio, no trace",
             {u"python3"_s, pythonPath, u"async"_s, u"1000"_s, u"100"_s, u"%1x0"_s.arg(n)}}};
        QList<double> wall[4], peak[4];
        for (int r = 0; r < repeat; ++r) {
            for (int k = 0; k < 4; ++k) { // interleaved, so that a slow spell hits them all
                const Measured m = spawnMeasured(programs[k].second);
                wall[k].append(m.wallMs);
                peak[k].append(m.peakMiB);
            }
        }
        for (int k = 0; k < 4; ++k)
            std::printf("| %d | %s | %.0f | %.1f |\n", n, programs[k].first, median(wall[k]),
                        median(peak[k]));
    }

    // What one recorded item costs, by the structures that hold it (a run of zero-length
    // sleeps: one span and two output lines per item), beside the peaks measured above.
    const auto perItem = [](qsizetype bytes) { return qlonglong(bytes); };
    std::printf(
        "\n### Memory per recorded item (one span and two lines each)\n\n"
        "| what holds it | bytes per item |\n|---|---:|\n"
        "| the queue (`WorkItem`) | %lld |\n"
        "| the trace: its span and two output lines | %lld |\n"
        "| the ideal schedule (`IdealSpan`) | %lld |\n"
        "| writing the trace (per-item extent, span count and state, while it writes) | "
        "%lld |\n"
        "| the app's view of a run (its span, the lane's copy and index, the lane's "
        "ideal span) | %lld |\n",
        perItem(sizeof(WorkItem)), perItem(sizeof(Span) + 2 * sizeof(LineEvent)),
        perItem(sizeof(IdealSpan)),
        perItem(sizeof(Trace::ItemExtent) + sizeof(int) + sizeof(SpanState) + sizeof(qint32)),
        perItem(LiveTrace::bytesPerSpan + sizeof(IdealSpan)));

    // 5. 1000 tasks beside 100.
    std::printf("\n### Tasks: the engine's cost per item, in-process, %d zero-length items "
                "(median of %d)\n\n| tasks | per item (us) |\n|---:|---:|\n",
                items, repeat);
    double perItem100 = 0;
    for (const int tasks : {100, 1000}) {
        RunRequest req{
            findModel(u"async"), {QList<WorkItem>(items, WorkItem::sleep(0)), tasks}, 1000};
        QList<double> e;
        for (int r = 0; r < repeat; ++r) {
            const EngineRun run = runEngine(req);
            e.append((run.totalMs - run.idealMs) * 1000 / items);
        }
        if (tasks == 100)
            perItem100 = median(e);
        std::printf("| %d | %.3f%s |\n", tasks, median(e),
                    tasks == 100 ? ""
                                 : qPrintable(u" (%1x the 100-task cost)"_s.arg(
                                       median(e) / perItem100, 0, 'f', 2)));
    }

    // 6. Reading a queue file of a million items.
    const QString million = dir.filePath(u"q1000000.json"_s);
    QList<double> oursMs, jsonLoadMs;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        const Result<WorkQueue> q = loadQueueFile(million);
        oursMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!q || q->items.size() != 1'000'000)
            return 1;
        QProcess p;
        p.start(u"python3"_s,
                {u"-c"_s,
                 u"import json,sys,time\nt=time.perf_counter()\nq=json.load(open(sys.argv[1]))"
                 "\nprint((time.perf_counter()-t)*1000)"_s,
                 million});
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            return 1;
        jsonLoadMs.append(p.readAllStandardOutput().trimmed().toDouble());
    }
    std::printf("\n### Reading a queue file of 1,000,000 items (%lld MB; median of %d)\n\n"
                "| reader | ms |\n|---|---:|\n| TaskLanes loadQueueFile | %.0f |\n"
                "| Python json.load | %.0f |\n",
                qlonglong(QFileInfo(million).size() / 1'000'000), repeat, median(oursMs),
                median(jsonLoadMs));
    return 0;
}
