#include "demoserver/demoserver.h"
#include "engine/compute.h"
#include "engine/workerpool.h"
#include "engine/workerprotocol.h"
#include "testrun.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <set>

#include <csignal>
#include <unistd.h>

using namespace TaskLanes;
using namespace TestRun;
using namespace Qt::StringLiterals;

namespace {

constexpr int unitMs = 20;

Trace runOn(const QString &variant, const QList<WorkItem> &items, int tasks)
{
    return run(request(variant, items, tasks, unitMs)).trace;
}

QList<WorkItem> compute(int n, qint64 units)
{
    return QList<WorkItem>(n, WorkItem::compute(units));
}

// A worker program written as a shell script.
QString script(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    return path;
}

} // namespace

class TestParallelVariants : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Workers::setProgram(QStringLiteral(TASKLANES_BINARY));
        QVERIFY(ComputeWork::opsPerMs() > 0);
    }

    // Every item runs once, sleeps never end early, and the ideal is what the model says
    // (how close the measured total comes to it is tst_fidelity's concern).
    void everyItemRunsOnce_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("computeQueue");
        QTest::addColumn<double>("idealUnits");
        const double cores = std::min(2, idealCores());
        for (const QString &v :
             {u"threads"_s, u"processes"_s, u"threads-gil"_s, u"async-offload"_s}) {
            QTest::newRow(qPrintable(v + u" sleep"_s)) << v << false << 17.0;
            QTest::newRow(qPrintable(v + u" compute"_s))
                << v << true << (v == "threads-gil"_L1 ? 40.0 : 40.0 / cores);
        }
    }
    void everyItemRunsOnce()
    {
        QFETCH(QString, variant);
        QFETCH(bool, computeQueue);
        QFETCH(double, idealUnits);
        const QList<WorkItem> items =
            computeQueue ? compute(4, 10) : tutorialItems(WorkKind::Sleep);
        const Trace t = runOn(variant, items, 2);
        QVERIFY(!t.isNull());
        if (idealCores() <= 2 || !computeQueue)
            QCOMPARE(t.idealMs(), idealUnits * unitMs);
        const auto extents = t.itemExtents();
        QCOMPARE(extents.size(), items.size());
        for (const auto &e : extents) {
            QVERIFY2(!e.failed, qPrintable(t.errorFor(e.item)));
            // A sleep never ends early. (Not checked for worker processes: a worker's report
            // of when it began can arrive after another's later one, and the recorder, which
            // keeps spans in start order, moves it up to that time.)
            if (!computeQueue && variant != "processes"_L1)
                QVERIFY(e.end - e.start >= t.items().at(e.item).units * unitMs * 1'000'000);
        }
        if (!computeQueue)
            QVERIFY(t.totalMs() >= t.idealMs());
    }

    void whoHoldsTheLock()
    {
        if (idealCores() < 2)
            QSKIP("needs two cores to show that threads compute in parallel");
        // Without a GIL two threads compute at the same time.
        QVERIFY(overlapAcrossLanes(runOn(u"threads"_s, compute(2, 5), 2), SpanState::Running,
                                   SpanState::Running));
        const Trace gil = runOn(u"threads-gil"_s, compute(2, 5), 2);
        // Under the GIL only the holder runs; the other is ready meanwhile.
        QVERIFY(!overlapAcrossLanes(gil, SpanState::Running, SpanState::Running));
        QVERIFY(overlapAcrossLanes(gil, SpanState::Running, SpanState::Ready));
        // Sleeping releases the lock: a sleeper and a computer overlap.
        const Trace mixed = runOn(u"threads-gil"_s, {WorkItem::compute(5), WorkItem::sleep(5)}, 2);
        QVERIFY(overlapAcrossLanes(mixed, SpanState::Running, SpanState::Blocked));
    }

    // SPEC 2: CPython's GIL. Two computing threads take turns at the switch interval,
    // each holding it in many short pieces; a thread back from a sleep must take the GIL
    // again and waits for it behind the computing one (the convoy).
    void theGilSwitchesAtItsInterval()
    {
        RunRequest twoComputing = request(u"threads-gil"_s, compute(2, 4), 2, 25);
        twoComputing.switchIntervalMs = 5;
        const Trace t = run(twoComputing).trace;
        QVERIFY(!t.isNull());
        QVERIFY(!overlapAcrossLanes(t, SpanState::Running, SpanState::Running));
        for (int lane = 0; lane < 2; ++lane) {
            int running = 0;
            int ready = 0;
            for (const Span &s : t.spans()) {
                if (s.lane != lane || s.item < 0)
                    continue;
                running += s.state == SpanState::Running;
                if (s.state == SpanState::Ready) {
                    QCOMPARE(s.waitingFor, WaitingFor::Gil);
                    ++ready;
                }
            }
            // 100 ms of work each in slices of about 5 ms: far more than a handful, even
            // on a loaded machine that stretches the slices.
            QVERIFY2(running >= 6, qPrintable(QString::number(running)));
            QVERIFY2(ready >= 5, qPrintable(QString::number(ready)));
        }
        // A longer interval: fewer, longer pieces.
        twoComputing.switchIntervalMs = 40;
        const Trace slow = run(twoComputing).trace;
        const auto pieces = [](const Trace &trace) {
            return std::count_if(trace.spans().begin(), trace.spans().end(),
                                 [](const Span &s) { return s.state == SpanState::Running; });
        };
        QVERIFY2(pieces(slow) < pieces(t), qPrintable(u"%1 %2"_s.arg(pieces(slow)).arg(pieces(t))));

        // A compute item beside sleeps: after each sleep the sleeper is ready, waiting for
        // the GIL, and only then prints and takes its next item.
        const QList<WorkItem> mixed{WorkItem::compute(20), WorkItem::sleep(1), WorkItem::sleep(1),
                                    WorkItem::sleep(1)};
        RunRequest convoy = request(u"threads-gil"_s, mixed, 2, 25);
        const Trace c = run(convoy).trace;
        QVERIFY(!c.isNull());
        const auto extents = c.itemExtents();
        const int computer = extents.at(0).item == 0 ? extents.at(0).lane : extents.at(1).lane;
        int sleeps = 0;
        int waitedAfter = 0;
        const QList<Span> &spans = c.spans();
        for (qsizetype i = 0; i < spans.size(); ++i) {
            if (spans[i].state != SpanState::Blocked || spans[i].lane == computer)
                continue;
            ++sleeps;
            for (qsizetype j = i + 1; j < spans.size(); ++j) {
                if (spans[j].lane != spans[i].lane)
                    continue;
                // The next span of the sleeper's lane: waiting for the GIL, from its wake-up.
                if (spans[j].state == SpanState::Ready && spans[j].waitingFor == WaitingFor::Gil &&
                    spans[j].item == spans[i].item && spans[j].start >= spans[i].end)
                    ++waitedAfter;
                break;
            }
        }
        QCOMPARE(sleeps, 3);
        QCOMPARE(waitedAfter, 3);
    }

    // SPEC 2: async-offload sends CPU items to worker processes and awaits them, so the
    // loop stays free and two tasks compute at once on two cores, where async computes
    // on the loop one item after the other; on sleeps it is async, line for line.
    void offloadingFreesTheLoop()
    {
        const Trace offloaded = runOn(u"async-offload"_s, compute(2, 5), 2);
        QVERIFY(!offloaded.isNull());
        for (const auto &e : offloaded.itemExtents())
            QVERIFY2(!e.failed, qPrintable(offloaded.errorFor(e.item)));
        // Each task's item in its own lane: first awaiting a worker, then running in it.
        for (int lane = 0; lane < 2; ++lane) {
            QList<SpanState> states;
            for (const Span &s : offloaded.spans()) {
                if (s.lane == lane)
                    states.append(s.state);
            }
            QCOMPARE(states, (QList<SpanState>{SpanState::Awaiting, SpanState::Running}));
        }
        if (idealCores() >= 2)
            QVERIFY(overlapAcrossLanes(offloaded, SpanState::Running, SpanState::Running));
        const Trace onTheLoop = runOn(u"async"_s, compute(2, 5), 2);
        QVERIFY(!overlapAcrossLanes(onTheLoop, SpanState::Running, SpanState::Running));
        if (idealCores() >= 2)
            QVERIFY(offloaded.idealMs() < onTheLoop.idealMs());

        const Outcome sleeps =
            run(request(u"async-offload"_s, tutorialItems(WorkKind::Sleep), 2, unitMs));
        const Outcome async = run(request(u"async"_s, tutorialItems(WorkKind::Sleep), 2, unitMs));
        // The same lines in the same order (the elapsed times are the machine's).
        auto said = [](const QStringList &lines) {
            QStringList out;
            for (const QString &l : lines)
                out.append(l.section(u':', 0, 0));
            return out;
        };
        QCOMPARE(said(sleeps.lines), said(async.lines));
        QCOMPARE(sleeps.trace.idealMs(), async.trace.idealMs());
        // No CPU item, no worker process: the pool starts them with the first.
        QVERIFY(sleeps.trace.notes().isEmpty());
    }

    void eachLaneHasItsOwnThreadOrProcess_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("idName");
        QTest::newRow("threads") << u"threads"_s << u"os_tid"_s;
        QTest::newRow("threads-gil") << u"threads-gil"_s << u"os_tid"_s;
        QTest::newRow("processes") << u"processes"_s << u"pid"_s;
    }
    void eachLaneHasItsOwnThreadOrProcess()
    {
        QFETCH(QString, variant);
        QFETCH(QString, idName);
        const Trace t = runOn(variant, QList<WorkItem>(8, WorkItem::sleep(1)), 4);
        const QList<qint64> ids = t.data().laneWorkers;
        QCOMPARE(ids.size(), 4);
        QCOMPARE(t.data().workerIdName, idName);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 4);
        for (qint64 id : ids)
            QVERIFY(id > 0 && id != ::getpid());
    }

    void fetchesOverlapAcrossThreads_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("threads") << u"threads"_s;
        QTest::newRow("processes") << u"processes"_s;
    }
    void fetchesOverlapAcrossThreads()
    {
        QFETCH(QString, variant);
        DemoServerThread server;
        QVERIFY(server.start(0, false));
        QList<WorkItem> pages;
        for (int i = 0; i < 4; ++i)
            pages.append(WorkItem::fetch(server.url(u"/delay/%1"_s.arg(5 * unitMs)).toString()));
        const Trace t = runOn(variant, pages, 4);
        QCOMPARE(t.idealMs(), 5.0 * unitMs);
        QCOMPARE(t.itemExtents().size(), 4);
        QVERIFY(overlapAcrossLanes(t, SpanState::Blocked, SpanState::Blocked));
    }

    // One fetch: a thread and a worker process report the same failure the same way.
    void threadsAndProcessesWordFailuresAlike()
    {
        DemoServerThread server;
        QVERIFY(server.start(0, false));
        const QList<WorkItem> pages{WorkItem::fetch(u"http://127.0.0.1:1/"_s),
                                    WorkItem::fetch(server.url(u"/status/404"_s).toString()),
                                    WorkItem::fetch(server.url(u"/delay/3000"_s).toString())};
        QList<QList<ItemError>> reasons;
        for (const QString &variant : {u"threads"_s, u"processes"_s}) {
            const Trace t = run(request(variant, pages, 3, unitMs, 200)).trace;
            QList<ItemError> errors;
            for (qint32 i = 0; i < pages.size(); ++i)
                errors.append(t.itemError(i));
            reasons.append(errors);
        }
        QCOMPARE(reasons.at(1), reasons.at(0));
        QCOMPARE(reasons.at(0).at(0).text(), u"connection refused by 127.0.0.1:1"_s);
        QCOMPARE(reasons.at(0).at(1).text(), u"HTTP 404 Not Found"_s);
        QCOMPARE(reasons.at(0).at(2).text(), u"timed out after 200 ms"_s);
    }

    void aKilledWorkerFailsItsItemAndTheRunEnds_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<WorkItem>("item");
        QTest::newRow("processes") << u"processes"_s << WorkItem::sleep(50);
        // A process pool's worker runs CPU items only.
        QTest::newRow("async-offload") << u"async-offload"_s << WorkItem::compute(50);
    }
    void aKilledWorkerFailsItsItemAndTheRunEnds()
    {
        QFETCH(QString, variant);
        QFETCH(WorkItem, item);
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(engine.start(request(variant, QList<WorkItem>(4, item), 2, unitMs)));
        // Both workers said ready and took an item.
        QTRY_COMPARE_WITH_TIMEOUT(engine.isRunning() && childProcesses().size() == 2, true, 30000);
        QSignalSpy begun(&engine, &Engine::outputLines);
        QVERIFY(begun.wait(30000));
        const int victim = childProcesses().first();
        QVERIFY(victim > 0);
        ::kill(victim, SIGKILL);
        QVERIFY(finished.wait(60000));
        const Trace t = finished.first().first().value<Trace>();
        QVERIFY(!t.cancelled());
        const auto extents = t.itemExtents();
        QCOMPARE(extents.size(), 4); // every item once: the survivor did the rest
        const auto failed =
            std::count_if(extents.begin(), extents.end(), [](const auto &e) { return e.failed; });
        QCOMPARE(failed, 1);
        for (const auto &e : extents) {
            if (e.failed)
                QVERIFY2(t.errorFor(e.item).contains(u"crashed or was killed"_s),
                         qPrintable(t.errorFor(e.item)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 10000);
    }

    void stopLeavesNoChildBehind_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("processes") << u"processes"_s;
        QTest::newRow("async-offload") << u"async-offload"_s;
    }
    void stopLeavesNoChildBehind()
    {
        QFETCH(QString, variant);
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QSignalSpy lines(&engine, &Engine::outputLines);
        QVERIFY(engine.start(request(variant, compute(6, 50), 3, unitMs)));
        QTRY_COMPARE_WITH_TIMEOUT(childProcesses().size(), 3, 30000);
        // An item under way (a second of work each): its "running" line has come.
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 30000);
        engine.stop();
        QVERIFY(finished.wait(30000));
        const Trace t = finished.first().first().value<Trace>();
        QVERIFY(t.cancelled());
        // The items under way when it stopped failed as stopped, and nobody printed an
        // elapsed time for them (issue 11: Stop printed one for each).
        auto wasStopped = [&](qint32 item) {
            return !t.errorFor(item).isEmpty() &&
                   t.itemError(item).kind == ItemError::Kind::Stopped;
        };
        int stopped = 0;
        for (qint32 i = 0; i < t.items().size(); ++i)
            stopped += wasStopped(i);
        QVERIFY(stopped > 0);
        for (const LineEvent &l : t.lines()) {
            if (l.kind == LineKind::Elapsed)
                QVERIFY(!wasStopped(t.spans().at(l.ref).item));
        }
        // No worker left, and none left as a zombie.
        QCOMPARE(childProcesses(), QList<int>{});
    }

    void stopEndsThreadsUnderTheGil()
    {
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QSignalSpy progress(&engine, &Engine::progress);
        QVERIFY(engine.start(request(u"threads-gil"_s, compute(4, 50), 4, unitMs)));
        QVERIFY(progress.wait(30000));
        engine.stop();
        QVERIFY(finished.wait(30000));
        const Trace t = finished.first().first().value<Trace>();
        QVERIFY(t.cancelled());
        QVERIFY(t.totalMs() < t.idealMs());
    }

    void malformedWorkerOutputIsReportedNotTrusted()
    {
        QTemporaryDir dir;
        Workers::setProgram(script(dir, u"liar.sh"_s,
                                   "read hello\necho \"ready tasklanes-worker 1 $$\"\nread item\n"
                                   "echo \"begin banana\"\nexec sleep 5\n"));
        const Trace t = runOn(u"processes"_s, {WorkItem::sleep(1), WorkItem::sleep(1)}, 1);
        Workers::setProgram(QStringLiteral(TASKLANES_BINARY));
        QVERIFY(!t.isNull());
        QCOMPARE(t.itemExtents().size(), 2);
        QCOMPARE(t.errorFor(0), u"malformed worker output: \"begin banana\""_s);
        QCOMPARE(t.itemError(1).kind, ItemError::Kind::NoWorker);
        QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 10000);
    }

    // A program that is not a TaskLanes worker (a test or a benchmark that forgot to
    // name one) is refused at once, and nothing keeps running.
    void aProgramThatIsNotAWorkerIsRefused()
    {
        QTemporaryDir dir;
        Workers::setProgram(
            script(dir, u"impostor.sh"_s, "echo \"Benchmarking...\"\nexec sleep 30\n"));
        const Trace t = runOn(u"processes"_s, {WorkItem::sleep(1), WorkItem::sleep(1)}, 2);
        Workers::setProgram(QStringLiteral(TASKLANES_BINARY));
        QCOMPARE(t.itemExtents().size(), 2);
        QCOMPARE(t.itemError(0).kind, ItemError::Kind::NotAWorker);
        QVERIFY2(t.errorFor(0).contains(
                     u"is not a TaskLanes worker (it answered \"Benchmarking...\")"_s),
                 qPrintable(t.errorFor(0)));
        QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 10000);
    }

    // A worker that never says ready is ended when its deadline passes.
    void aSilentWorkerIsEnded()
    {
        QTemporaryDir dir;
        Workers::setProgram(script(dir, u"silent.sh"_s, "read hello\nexec sleep 60\n"));
        const Workers::Deadlines usual = Workers::deadlines();
        Workers::setDeadlines({.ready = std::chrono::milliseconds(300)});
        const Trace t = runOn(u"processes"_s, {WorkItem::sleep(1)}, 1);
        Workers::setDeadlines(usual);
        Workers::setProgram(QStringLiteral(TASKLANES_BINARY));
        QCOMPARE(t.itemExtents().size(), 1);
        QCOMPARE(t.itemError(0).kind, ItemError::Kind::WorkerSilent);
        QVERIFY2(t.errorFor(0).endsWith(u"silent.sh did not answer within 0.3 s"_s),
                 qPrintable(t.errorFor(0)));
        QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 10000);
    }

    // However the parent dies, its workers die with it: here it is killed mid-compute.
    void workersDieWithTheirParent()
    {
        QVERIFY(becomeSubreaper());
        QTemporaryDir dir;
        QProcess parent;
        const QList<int> workers = startComputingWorkers(parent, dir);
        QCOMPARE(workers.size(), 2);
        ::kill(pid_t(parent.processId()), SIGKILL);
        QVERIFY(parent.waitForFinished(10000));
        for (int w : workers)
            QTRY_VERIFY_WITH_TIMEOUT(gone(w), 10000);
    }

    // The end of its stdin tells a worker that its parent is gone, even mid-item.
    void theEndOfStdinEndsAWorker()
    {
        QProcess worker;
        worker.start(QStringLiteral(TASKLANES_BINARY), {u"worker"_s});
        const QByteArray opsPerUnit = QByteArray::number(quint64(ComputeWork::opsPerMs() * 20));
        worker.write(QByteArray("hello 0 ") + opsPerUnit + " 20 1000\n");
        worker.write("item 0 compute 5000\n"); // 100 s of work
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += worker.readAllStandardOutput()).contains("begin 0"),
                                  said.constData(), 10000);
        worker.closeWriteChannel();
        QVERIFY(worker.waitForFinished(10000));
    }

    // A worker takes its parent's lines as outside input: whatever is wrong with one, it
    // says so in one line on stderr and exits 2, without doing any of it.
    void aWorkerRefusesABadLineInWords_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QByteArray hello = "hello 0 1000 20 1000\n";
        QTest::newRow("not a hello") << QByteArray("item 0 sleep 1\n");
        QTest::newRow("hello without timeout") << QByteArray("hello 0 1000 20\n");
        QTest::newRow("hello, unit 0 ms") << QByteArray("hello 0 1000 0 1000\n");
        QTest::newRow("hello, absurd operations per unit")
            << QByteArray("hello 0 18446744073709551615 20 1000\n");
        QTest::newRow("a word for a number") << hello + "item 0 sleep abc\n";
        QTest::newRow("no value") << hello + "item 0 sleep\n";
        QTest::newRow("20 digits") << hello + "item 0 sleep 12345678901234567890\n";
        QTest::newRow("overflowing") << hello + "item 0 compute 9223372036854775807\n";
        QTest::newRow("negative sleep") << hello + "item 0 sleep -5\n";
        QTest::newRow("negative compute") << hello + "item 0 compute -1\n";
        QTest::newRow("negative index") << hello + "item -1 sleep 1\n";
        QTest::newRow("unknown kind") << hello + "item 0 dance 1\n";
        QTest::newRow("a file URL") << hello + "item 0 fetch file:///etc/hostname\n";
        QTest::newRow("control characters") << hello + "item 0 sleep 1\x1b[2J\t\n";
        QTest::newRow("a line without end")
            << hello + QByteArray(WorkerProtocol::maxLine + 10, 'x');
    }
    void aWorkerRefusesABadLineInWords()
    {
        QFETCH(QByteArray, input);
        QProcess worker;
        worker.start(QStringLiteral(TASKLANES_BINARY), {u"worker"_s});
        worker.write(input);
        QVERIFY(worker.waitForFinished(10000));
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker.exitCode(), 2);
        const QByteArray said = worker.readAllStandardError();
        QVERIFY2(said.startsWith("tasklanes worker: line ") && said.count('\n') == 1 &&
                     said.endsWith('\n'),
                 said.constData());
        QVERIFY2(!said.contains('\x1b') && !said.contains('\t'), said.constData());
        QVERIFY(said.size() < 600);
        // Nothing was begun.
        QVERIFY(!worker.readAllStandardOutput().contains("begin"));
    }

    // A worker that owes a line and does not give it is ended at its deadline and its item
    // fails with the reason; nothing hangs, at any stage of the protocol.
    void deadlinesAtEveryStage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("never ready")
            << QByteArray("read hello\nexec sleep 60\n") << int(ItemError::Kind::WorkerSilent);
        QTest::newRow("never begins")
            << QByteArray(
                   "read hello\necho \"ready tasklanes-worker 1 $$\"\nread item\nexec sleep 60\n")
            << int(ItemError::Kind::WorkerNoBegin);
        QTest::newRow("never ends")
            << QByteArray("read hello\necho \"ready tasklanes-worker 1 $$\"\nread word index rest\n"
                          "echo \"begin $index 1\"\nexec sleep 60\n")
            << int(ItemError::Kind::WorkerNoEnd);
    }
    void deadlinesAtEveryStage()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QTemporaryDir dir;
        const Workers::Deadlines usual = Workers::deadlines();
        Workers::setDeadlines({.ready = std::chrono::milliseconds(300),
                               .begin = std::chrono::milliseconds(300),
                               .endFactor = 1,
                               .endMargin = std::chrono::milliseconds(300)});
        Workers::setProgram(script(dir, u"stuck.sh"_s, body));
        const Trace t = runOn(u"processes"_s, {WorkItem::sleep(1)}, 1);
        Workers::setProgram(QStringLiteral(TASKLANES_BINARY));
        Workers::setDeadlines(usual);
        QCOMPARE(t.itemExtents().size(), 1);
        QCOMPARE(int(t.itemError(0).kind), kind);
        QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 10000);
    }

    // A real worker frozen mid-item (SIGSTOP) is ended when its item is overdue; the other
    // worker goes on with the queue.
    void aFrozenWorkerIsEndedAndTheOthersGoOn()
    {
        const Workers::Deadlines usual = Workers::deadlines();
        Workers::setDeadlines({.endFactor = 1, .endMargin = std::chrono::milliseconds(500)});
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        // Frozen the moment both workers are mid-item (each has said "begin" and not "end":
        // two spans open), so that the one frozen is inside an item, whichever it is and
        // however slowly each started.
        std::set<qint32> open;
        int frozen = 0;
        QObject::connect(&engine, &Engine::traceBatch, [&](const TraceBatch &b) {
            for (qsizetype i = 0; i < b.spans.size(); ++i) {
                if (b.spans[i].isOpen())
                    open.insert(b.spanIndex[i]);
                else
                    open.erase(b.spanIndex[i]);
            }
            if (frozen == 0 && open.size() >= 2) {
                const QList<int> workers = childProcesses();
                if (!workers.isEmpty() && ::kill(workers.first(), SIGSTOP) == 0)
                    frozen = workers.first();
            }
        });
        QVERIFY(engine.start(
            request(u"processes"_s, QList<WorkItem>(4, WorkItem::sleep(10)), 2, unitMs)));
        QVERIFY(finished.wait(60000));
        Workers::setDeadlines(usual);
        QVERIFY(frozen != 0);
        const Trace t = finished.first().first().value<Trace>();
        const auto extents = t.itemExtents();
        QCOMPARE(extents.size(), 4);
        int overdue = 0;
        for (qint32 i = 0; i < 4; ++i)
            overdue += t.itemError(i).kind == ItemError::Kind::WorkerNoEnd;
        QCOMPARE(overdue, 1);
        QCOMPARE(
            std::count_if(extents.begin(), extents.end(), [](const auto &e) { return e.failed; }),
            1);
        QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 10000);
    }

    void withNoWorkerProgramNothingStarts()
    {
        Workers::setProgram({});
        const Trace t = runOn(u"processes"_s, {WorkItem::sleep(1), WorkItem::sleep(1)}, 2);
        Workers::setProgram(QStringLiteral(TASKLANES_BINARY));
        QCOMPARE(t.itemExtents().size(), 2);
        QCOMPARE(t.errorFor(0), u"the worker process could not start: no worker program is set"_s);
        QCOMPARE(childProcesses(), QList<int>{});
    }
};

QTEST_GUILESS_MAIN(TestParallelVariants)
#include "tst_parallelvariants.moc"
