// Scenario hand-off latency (Markdown) for the README and the notes. Not a test.
// Three hand-offs, each a few hundred times, on each backend and in the same programs
// written with Python's threading and asyncio, run in the same session:
//  - lock: A holds a lock, B waits for it; from A's release to B holding it;
//  - event: B waits for an event; from A's set to B running again;
//  - queue: B waits on an empty queue; from A's put to B holding the item.
// TaskLanes' figures come from the run's own flows (the giver's moment to the taker's);
// Python's from time.perf_counter() read just before the giving call and just after the
// taking one returns.
#include "scenarios/scenariofile.h"
#include "scenarios/scenariorun.h"
#include "toolargs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace TaskLanes;
using namespace TaskLanes::Scenarios;
using namespace Qt::StringLiterals;

namespace {

const char *pythonHandOffs = R"PY(
import asyncio, json, sys, threading, time
kind, rounds = sys.argv[1], int(sys.argv[2])
hold = 0.005  # what A does before giving, as the scenario's half unit of 10 ms
def threads(what):
    out = []
    lock, event, q = threading.Lock(), threading.Event(), __import__("queue").Queue()
    both = threading.Barrier(2)
    stamp = [0.0]
    def a():
        for _ in range(rounds):
            both.wait()
            if what == "lock":
                lock.acquire(); time.sleep(hold); stamp[0] = time.perf_counter(); lock.release()
            elif what == "event":
                time.sleep(hold); stamp[0] = time.perf_counter(); event.set()
            else:
                time.sleep(hold); stamp[0] = time.perf_counter(); q.put(1)
            both.wait()
            event.clear()
    def b():
        for _ in range(rounds):
            both.wait()
            if what == "lock":
                time.sleep(hold / 5); lock.acquire(); t = time.perf_counter(); lock.release()
            elif what == "event":
                event.wait(); t = time.perf_counter()
            else:
                q.get(); t = time.perf_counter()
            out.append(t - stamp[0])
            both.wait()
    ts = [threading.Thread(target=a), threading.Thread(target=b)]
    for t in ts: t.start()
    for t in ts: t.join()
    return out
async def loop(what):
    out = []
    lock, event, q = asyncio.Lock(), asyncio.Event(), asyncio.Queue()
    both = asyncio.Barrier(2)
    stamp = [0.0]
    async def a():
        for _ in range(rounds):
            await both.wait()
            if what == "lock":
                await lock.acquire(); await asyncio.sleep(hold); stamp[0] = time.perf_counter(); lock.release()
            elif what == "event":
                await asyncio.sleep(hold); stamp[0] = time.perf_counter(); event.set()
            else:
                await asyncio.sleep(hold); stamp[0] = time.perf_counter(); q.put_nowait(1)
            await both.wait()
            event.clear()
    async def b():
        for _ in range(rounds):
            await both.wait()
            if what == "lock":
                await asyncio.sleep(hold / 5); await lock.acquire(); t = time.perf_counter(); lock.release()
            elif what == "event":
                await event.wait(); t = time.perf_counter()
            else:
                await q.get(); t = time.perf_counter()
            out.append(t - stamp[0])
            await both.wait()
    await asyncio.gather(a(), b())
    return out
res = {}
for what in ("lock", "event", "queue"):
    res[what] = threads(what) if kind == "threads" else asyncio.run(loop(what))
print(json.dumps({k: [x * 1e6 for x in v] for k, v in res.items()}))
)PY";

// The same programs as scenarios: A gives, B takes, a barrier starts and ends each round.
QByteArray program(const QString &what, int rounds)
{
    QByteArray give, take, resources = R"({"name": "both", "type": "barrier", "parties": 2})";
    if (what == "lock"_L1) {
        resources += R"(, {"name": "it", "type": "lock"})";
        give = R"({"do": "acquire", "resource": "it"}, {"do": "sleep", "units": 0.5},
                  {"do": "release", "resource": "it"})";
        take = R"({"do": "sleep", "units": 0.1}, {"do": "acquire", "resource": "it"},
                  {"do": "release", "resource": "it"})";
    } else if (what == "event"_L1) {
        resources += R"(, {"name": "it", "type": "event"})";
        give = R"({"do": "sleep", "units": 0.5}, {"do": "set", "resource": "it"})";
        take = R"({"do": "wait", "resource": "it"})";
    } else {
        resources += R"(, {"name": "it", "type": "queue"})";
        give = R"({"do": "sleep", "units": 0.5}, {"do": "put", "resource": "it", "value": 1})";
        take = R"({"do": "get", "resource": "it"})";
    }
    const QByteArray barrier = R"({"do": "wait", "resource": "both"})";
    QByteArray clear = what == "event"_L1 ? R"(, {"do": "clear", "resource": "it"})" : "";
    return R"({"format": "tasklanes-scenario", "version": 1, "resources": [)" + resources +
           R"(], "tasks": [{"name": "A", "steps": [{"do": "repeat", "times": )" +
           QByteArray::number(rounds) + R"(, "steps": [)" + barrier + ", " + give + ", " + barrier +
           clear + R"(]}]}, {"name": "B", "steps": [{"do": "repeat", "times": )" +
           QByteArray::number(rounds) + R"(, "steps": [)" + barrier + ", " + take + ", " + barrier +
           "]}]}]}";
}

QList<double> tasklanesLatencies(const QString &what, Backend backend, int rounds)
{
    const auto scenario = parseScenarioJson(program(what, rounds), what);
    if (!scenario)
        qFatal("%s", qPrintable(scenario.error()));
    RunOptions options;
    options.backend = backend;
    options.unitMs = 10;
    const ScenarioTrace trace = runScenario(*scenario, options);
    const int it = scenario->resourceIndex(u"it");
    QList<double> us;
    for (const Flow &flow : trace.data().flows)
        if (flow.resource == it && flow.fromLane == 0 && flow.toLane == 1)
            us.append(double(flow.toNs - flow.fromNs) / 1e3);
    return us;
}

QJsonObject pythonLatencies(const QString &kind, int rounds)
{
    QProcess p;
    p.start(u"python3"_s,
            {u"-c"_s, QString::fromUtf8(pythonHandOffs), kind, QString::number(rounds)});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        std::fprintf(stderr, "python3 failed: %s\n", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption roundsOpt(u"rounds"_s, u"hand-offs of each kind (default 300)"_s,
                                       u"n"_s);
    int status = 0;
    if (!ToolArgs::parse(parser,
                         u"Scenario hand-off latency beside Python's threading and asyncio, as "
                         "Markdown."_s,
                         {roundsOpt}, &status))
        return status;
    const auto rounds = ToolArgs::number(parser, roundsOpt, 300);
    if (!rounds)
        return 2;
    std::printf("### Scenario hand-offs\n\n%d hand-offs of each kind; median and 90th percentile "
                "in microseconds, from the giving call to the taker going on:\n\n",
                *rounds);
    std::printf("| hand-off | model | TaskLanes median | TaskLanes p90 | Python median | "
                "Python p90 |\n|---|---|---:|---:|---:|---:|\n");
    for (const Backend backend : {Backend::Threads, Backend::Async}) {
        const QString model = backendName(backend);
        const QJsonObject python = pythonLatencies(model, *rounds);
        for (const QString &what : {u"lock"_s, u"event"_s, u"queue"_s}) {
            const QList<double> ours = tasklanesLatencies(what, backend, *rounds);
            QList<double> theirs;
            for (const QJsonValue &v : python.value(what).toArray())
                theirs.append(v.toDouble());
            const char *name = what == "lock"_L1    ? "release → acquire"
                               : what == "event"_L1 ? "set → wait returns"
                                                    : "put → get returns";
            std::printf("| %s | %s | %.1f | %.1f | %.1f | %.1f |\n", name, qPrintable(model),
                        percentile(ours, 0.5), percentile(ours, 0.9), percentile(theirs, 0.5),
                        percentile(theirs, 0.9));
            std::fflush(stdout);
        }
    }
    return 0;
}
