#pragma once

// What the engine tests share: a request for a model, a run to its end, and what to look
// for in the trace it leaves. Everything here reads the run's own record, never the
// wall clock, so that a loaded machine changes the figures and not the verdicts.

#include "engine/engine.h"
#include "models/registry.h"
#include "referencemodel.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace TestRun {

using namespace TaskLanes;

inline const Model &model(QStringView id)
{
    const Model *m = findModel(id);
    if (!m)
        qFatal("no model %s", qPrintable(id.toString()));
    return *m;
}

inline RunRequest request(QStringView id, const QList<WorkItem> &items, int tasks, int unitMs,
                          int timeoutMs = Limits::defaultTimeoutMs)
{
    return {&model(id), {items, tasks}, unitMs, timeoutMs};
}

// Plain numbers as the model's natural kind.
inline RunRequest numbers(QStringView id, const QList<qint64> &values, int tasks, int unitMs)
{
    QList<WorkItem> items;
    for (qint64 n : values)
        items.append({model(id).naturalKind, n, {}});
    return request(id, items, tasks, unitMs);
}

struct Outcome
{
    Trace trace;
    QStringList lines;
    int batches = 0;
    bool allOnCallerThread = true;
    bool timedOut = false;
    QString startError;
};

// Runs the request to its end on a fresh engine; deadlineMs only guards against a hang.
inline Outcome run(const RunRequest &request, int deadlineMs = 120000)
{
    Engine engine;
    Outcome r;
    QEventLoop loop;
    QThread *const me = QThread::currentThread();
    QObject::connect(&engine, &Engine::outputLines, [&](const QStringList &lines) {
        r.allOnCallerThread &= QThread::currentThread() == me;
        r.lines += lines;
    });
    QObject::connect(&engine, &Engine::traceBatch, [&](const TraceBatch &) {
        r.allOnCallerThread &= QThread::currentThread() == me;
        ++r.batches;
    });
    QObject::connect(&engine, &Engine::finished, [&](const Trace &t) {
        r.allOnCallerThread &= QThread::currentThread() == me;
        r.trace = t;
        loop.quit();
    });
    QTimer::singleShot(deadlineMs, &loop, [&] {
        r.timedOut = true;
        loop.quit();
    });
    if (const Status started = engine.start(request); !started) {
        r.startError = started.error();
        return r;
    }
    loop.exec();
    return r;
}

inline bool overlaps(const Span &a, const Span &b)
{
    return a.start < b.end && b.start < a.end;
}

// Whether spans of two different lanes (in the given states, or any) overlap in time.
inline bool overlapAcrossLanes(const Trace &t, std::optional<SpanState> a = std::nullopt,
                               std::optional<SpanState> b = std::nullopt)
{
    // Unless asked for, a task that is only ready (waiting for its turn) does nothing
    // that could overlap: its span lies beside the running one by definition.
    auto active = [](const Span &s) { return s.state != SpanState::Ready; };
    for (const Span &x : t.spans()) {
        if (a ? x.state != *a : !active(x))
            continue;
        for (const Span &y : t.spans()) {
            if (x.lane != y.lane && (b ? y.state == *b : active(y)) && overlaps(x, y))
                return true;
        }
    }
    return false;
}

// What each item occupied of its lane, in units: until the lane's next item started (or
// it ended), from when the previous one did (or, for a lane's first, from the start of
// the run). Fed to the reference model of an event loop, this gives the lines the model
// says this very run must print, whatever the machine's delays were: which task takes
// the next item is decided by when the tasks came free.
inline QList<double> occupancy(const Trace &t)
{
    const auto extents = t.itemExtents(); // in order of start
    QList<double> units(t.items().size(), 0.0);
    for (qsizetype i = 0; i < extents.size(); ++i) {
        const Trace::ItemExtent &e = extents[i];
        qint64 until = e.end;
        for (qsizetype j = i + 1; j < extents.size(); ++j) {
            if (extents[j].lane == e.lane) {
                until = extents[j].start;
                break;
            }
        }
        qint64 from = 0;
        for (qsizetype j = i - 1; j >= 0; --j) {
            if (extents[j].lane == e.lane) {
                from = e.start;
                break;
            }
        }
        units[e.item] = double(until - from) / (double(t.unitMs()) * 1e6);
    }
    return units;
}

// Compares a run's lines with the model's: every line to the letter, elapsed times
// read from the trace itself, at least what the model says (a wait never ends early).
inline QString compareLines(const QStringList &actual, const QList<Reference::Line> &expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1 lines, expected %2:\n%3")
            .arg(actual.size())
            .arg(expected.size())
            .arg(actual.join(u'\n'));
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const Reference::Line &e = expected[i];
        if (!e.elapsed) {
            if (actual[i] != e.text)
                return QStringLiteral("line %1 is \"%2\", expected \"%3\"")
                    .arg(i + 1)
                    .arg(actual[i], e.text);
            continue;
        }
        if (!actual[i].startsWith(e.text))
            return QStringLiteral("line %1 is \"%2\", expected \"%3…\"")
                .arg(i + 1)
                .arg(actual[i], e.text);
        const QString number = actual[i].mid(e.text.size());
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (!ok || number.indexOf(u'.') != number.size() - 2)
            return QStringLiteral("line %1: \"%2\" is not a number with one decimal")
                .arg(i + 1)
                .arg(number);
        if (value < *e.elapsed - 0.05)
            return QStringLiteral("line %1: elapsed %2, less than the %3 it waited")
                .arg(i + 1)
                .arg(value)
                .arg(*e.elapsed);
    }
    return {};
}

// The lines a model's reference says a run must print. An event loop's order is worked
// out from what the run's tasks occupied (see occupancy); the others follow from the
// queue alone. Elapsed figures are what each item must at least take.
inline Reference::Outcome expectedOutcome(const QString &id, const QList<qint64> &values, int tasks,
                                          const Trace &measured)
{
    if (id != QLatin1String("async"))
        return Reference::forVariant(id, values, tasks);
    return Reference::async(occupancy(measured), tasks, Reference::runningLine,
                            Reference::asUnits(values));
}

// The processes whose parent is the given one (read from /proc); a zombie counts as
// negative.
inline QList<int> childrenOf(int parent)
{
    QList<int> out;
    const QByteArray self = QByteArray::number(parent);
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const int pid = entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1] == self)
            out.append(fields[0] == "Z" ? -pid : pid);
    }
    return out;
}

// The processes whose parent is this one.
inline QList<int> childProcesses()
{
    return childrenOf(::getpid());
}

// Orphans of this process's descendants become its children (so that a test can see a
// grandchild outlive its parent, and reap it).
inline bool becomeSubreaper()
{
    return ::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0;
}

// Whether a process is gone: reaped here if it was this process's child, or not there.
inline bool gone(int pid)
{
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid)
        return true;
    return !QFile::exists(QStringLiteral("/proc/%1").arg(pid));
}

// A command-line run of processes whose two workers each compute for 100 s, started as
// parent (its queue file in dir); the workers' pids once both are computing, or none if
// they did not both appear within 30 s.
inline QList<int> startComputingWorkers(QProcess &parent, const QTemporaryDir &dir)
{
    QFile queue(dir.filePath(QStringLiteral("q.json")));
    if (!queue.open(QIODevice::WriteOnly))
        return {};
    queue.write(
        R"({"format":"tasklanes-queue","version":1,"items":[{"kind":"compute","value":400},{"kind":"compute","value":400}]})");
    queue.close();
    parent.start(QStringLiteral(TASKLANES_BINARY),
                 {QStringLiteral("run"), QStringLiteral("processes"),
                  QStringLiteral("--queue-file"), queue.fileName(), QStringLiteral("--unit-ms"),
                  QStringLiteral("250")});
    if (!parent.waitForReadyRead(30000)) // "Task One running": computing
        return {};
    const auto workers = [&parent] { return childrenOf(int(parent.processId())); };
    return QTest::qWaitFor([&] { return workers().size() == 2; }, 30000) ? workers() : QList<int>{};
}

inline int threadCount()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    }
    return -1;
}

} // namespace TestRun
