#include "compute.h"
#include "demoserver.h"
#include "engine.h"
#include "idealschedule.h"
#include "parallelvariants.h"
#include "timing.h"
#include "variant.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

constexpr int unitMs = 20;

RunRequest request(const QString &variant, const QList<WorkItem> &items, int tasks)
{
    return {variant, {items, tasks}, unitMs, 30000};
}

Trace run(const RunRequest &r)
{
    Engine engine;
    QSignalSpy finished(&engine, &Engine::finished);
    if (!engine.start(r) || !finished.wait(60000))
        return {};
    return finished.first().first().value<Trace>();
}

QList<WorkItem> compute(int n, qint64 units)
{
    return QList<WorkItem>(n, WorkItem::compute(units));
}

// The processes whose parent is this one (read from /proc).
QList<int> childProcesses()
{
    QList<int> out;
    const QString self = QString::number(::getpid());
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool numeric = false;
        const int pid = entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1] == self.toUtf8() && fields[0] != "Z")
            out.append(pid);
        else if (fields.size() > 1 && fields[1] == self.toUtf8() && fields[0] == "Z")
            out.append(-pid); // a zombie: reported as negative so a test can see it
    }
    return out;
}

bool runningSpansOverlapAcrossLanes(const Trace &t)
{
    for (const Span &a : t.spans())
        for (const Span &b : t.spans())
            if (a.lane != b.lane && a.state == SpanState::Running &&
                b.state == SpanState::Running && a.start < b.end && b.start < a.end)
                return true;
    return false;
}

} // namespace

class TestParallelVariants : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        setWorkerProgram(QStringLiteral(TASKLANES_BINARY));
        QVERIFY(ComputeWork::opsPerMs() > 0);
    }

    // Sleeps overlap under all three models; compute overlaps on the cores there are,
    // and not at all under the GIL.
    void totals_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("computeQueue");
        QTest::addColumn<double>("idealUnits");
        const double cores = std::min(2, idealCores());
        for (const QString &v : {u"threads"_s, u"processes"_s, u"threads-gil"_s}) {
            QTest::newRow(qPrintable(v + u" sleep"_s)) << v << false << 17.0;
            QTest::newRow(qPrintable(v + u" compute"_s))
                << v << true << (v == "threads-gil"_L1 ? 40.0 : 40.0 / cores);
        }
    }
    void totals()
    {
        QFETCH(QString, variant);
        QFETCH(bool, computeQueue);
        QFETCH(double, idealUnits);
        const QList<WorkItem> items =
            computeQueue ? compute(4, 10)
                         : QList<WorkItem>{WorkItem::sleep(15), WorkItem::sleep(10),
                                           WorkItem::sleep(5), WorkItem::sleep(2)};
        const Trace t = run(request(variant, items, 2));
        QVERIFY(!t.isNull());
        QCOMPARE(t.idealMs(), idealUnits * unitMs);
        // Processes pay their start-up; CPU work is calibrated, not exact.
        const double slack = (variant == "processes"_L1 ? workerStartUpAllowanceMs : 30) +
                             (computeQueue ? 0.15 : 0.03) * t.idealMs();
        // Calibrated work can also run a little faster than when it was calibrated.
        const double below = 2 + (computeQueue ? 0.1 * t.idealMs() : 0);
        QVERIFY2(t.totalMs() >= t.idealMs() - below && t.totalMs() <= t.idealMs() + slack,
                 qPrintable(u"%1 ms, ideal %2 ms"_s.arg(t.totalMs()).arg(t.idealMs())));
        QCOMPARE(t.itemExtents().size(), items.size());
    }

    void whoHoldsTheLock()
    {
        if (idealCores() < 2)
            QSKIP("needs two cores to show that threads compute in parallel");
        QVERIFY(runningSpansOverlapAcrossLanes(run(request(u"threads"_s, compute(2, 5), 2))));
        const Trace gil = run(request(u"threads-gil"_s, compute(2, 5), 2));
        // Under the GIL only the holder runs; the other waits (idle) meanwhile.
        QVERIFY(!runningSpansOverlapAcrossLanes(gil));
        QVERIFY(std::any_of(gil.spans().begin(), gil.spans().end(),
                            [](const Span &s) { return s.state == SpanState::Idle; }));
        // Sleeping releases the lock: a sleeper and a computer overlap.
        const Trace mixed =
            run(request(u"threads-gil"_s, {WorkItem::compute(5), WorkItem::sleep(5)}, 2));
        QVERIFY(mixed.totalMs() < 8 * unitMs);
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
        const Trace t = run(request(variant, QList<WorkItem>(8, WorkItem::sleep(1)), 4));
        const QList<qint64> ids = t.data().laneWorkers;
        QCOMPARE(ids.size(), 4);
        QCOMPARE(t.data().workerIdName, idName);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 4);
        for (qint64 id : ids)
            QVERIFY(id > 0 && id != ::getpid());
    }

    void fetchesOverlapAcrossThreads()
    {
        DemoServerThread server;
        QVERIFY(server.start(0, false, nullptr));
        QList<WorkItem> pages;
        for (int i = 0; i < 4; ++i)
            pages.append(WorkItem::fetch(server.url(u"/delay/%1"_s.arg(5 * unitMs)).toString()));
        const Trace t = run(request(u"threads"_s, pages, 4));
        QCOMPARE(t.idealMs(), 5.0 * unitMs);
        QVERIFY2(t.totalMs() < 8 * unitMs, qPrintable(QString::number(t.totalMs())));
    }

    void aKilledWorkerFailsItsItemAndTheRunEnds()
    {
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(engine.start(request(u"processes"_s, QList<WorkItem>(4, WorkItem::sleep(20)), 2)));
        QTRY_COMPARE_WITH_TIMEOUT(childProcesses().size(), 2, 5000);
        QTest::qWait(100);
        const int victim = childProcesses().first();
        QVERIFY(victim > 0);
        ::kill(victim, SIGKILL);
        QVERIFY(finished.wait(10000));
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
        QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 3000);
    }

    void stopLeavesNoChildBehind()
    {
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(
            engine.start(request(u"processes"_s, QList<WorkItem>(6, WorkItem::compute(50)), 3)));
        QTRY_COMPARE_WITH_TIMEOUT(childProcesses().size(), 3, 5000);
        QTest::qWait(150);
        QElapsedTimer timer;
        timer.start();
        engine.stop();
        QVERIFY(finished.wait(3000));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(finished.first().first().value<Trace>().cancelled());
        // No worker left, and none left as a zombie.
        QCOMPARE(childProcesses(), QList<int>{});
    }

    void stopEndsThreadsPromptly()
    {
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(engine.start(request(u"threads-gil"_s, compute(4, 50), 4)));
        QTest::qWait(150);
        QElapsedTimer timer;
        timer.start();
        engine.stop();
        QVERIFY(finished.wait(3000));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    }

    void malformedWorkerOutputIsReportedNotTrusted()
    {
        QTemporaryDir dir;
        const QString script = dir.filePath(u"liar.sh"_s);
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nread hello\necho \"ready $$\"\nread item\necho \"begin banana\"\nsleep "
                "5\n");
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        setWorkerProgram(script);
        const Trace t = run(request(u"processes"_s, {WorkItem::sleep(1), WorkItem::sleep(1)}, 1));
        setWorkerProgram(QStringLiteral(TASKLANES_BINARY));
        QVERIFY(!t.isNull());
        const auto extents = t.itemExtents();
        QCOMPARE(extents.size(), 2);
        QVERIFY(t.errorFor(0).contains(u"malformed worker output: \"begin banana\""_s));
        QVERIFY(t.errorFor(1).contains(u"no worker process left"_s));
        QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 3000);
    }
};

QTEST_GUILESS_MAIN(TestParallelVariants)
#include "tst_parallelvariants.moc"
