#include "notes.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <vector>

namespace TaskLanes::Notes {

namespace {

qint64 length(const Span &s)
{
    return std::max<qint64>(0, s.end - s.start);
}

// "Task Two's item 3 (compute 5)", the item numbered from 1 as users see the queue.
QStringList itemArgs(const Trace::Data &run, int lane, qint32 item)
{
    const WorkItem &w = run.items.at(item);
    return {taskName(lane), QString::number(item + 1), kindName(w.kind), w.valueText()};
}

// Connection waits count wherever a model fetches without blocking.
void connectionNote(const Trace::Data &run, QList<RunNote> &notes)
{
    qint64 waits = 0;
    qint64 waited = 0;
    for (const Span &s : run.spans) {
        if (s.waitingFor == WaitingFor::Connection) {
            ++waits;
            waited += length(s);
        }
    }
    if (waits > 0)
        notes.append(
            {QT_TRANSLATE_NOOP("Note", "requests waited for a free connection (waits: %1; %2 "
                                       "units in all): at most 100 requests are in flight at "
                                       "once, as in aiohttp's default session"),
             {QString::number(waits), unitsText(waited, run.unitMs)}});
}

} // namespace

QList<RunNote> eventLoop(const Trace::Data &run)
{
    QList<RunNote> notes;
    qint64 held = 0;
    qint64 ready = 0;
    const Span *longest = nullptr;
    for (const Span &s : run.spans) {
        if (s.state == SpanState::Running && s.item >= 0) {
            held += length(s);
            if (!longest || length(s) > length(*longest))
                longest = &s;
        } else if (s.state == SpanState::Ready && s.waitingFor == WaitingFor::Loop) {
            ready += length(s);
        }
    }
    if (longest && ready > 0) {
        QStringList args{unitsText(held, run.unitMs)};
        args += itemArgs(run, longest->lane, longest->item);
        args += {unitsText(length(*longest), run.unitMs), unitsText(ready, run.unitMs)};
        notes.append(
            {QT_TRANSLATE_NOOP("Note",
                               "the event loop was blocked: CPU work held it for %1 units, the "
                               "longest Task %2's item %3 (%4 %5) for %6 units, while other tasks "
                               "were ready and waited %7 units in all. A coroutine that counts "
                               "or computes stops every other task until it ends (asyncio's "
                               "debug mode reports such a step as slow); async-offload runs CPU "
                               "work in worker processes instead"),
             args});
    }
    connectionNote(run, notes);
    return notes;
}

QList<RunNote> generators(const Trace::Data &run)
{
    QList<RunNote> notes;
    qint64 blocked = 0;
    qint64 cpu = 0;
    qint64 ready = 0;
    for (const Span &s : run.spans) {
        if (s.state == SpanState::Blocked)
            blocked += length(s);
        else if (s.state == SpanState::Running && s.item >= 0)
            cpu += length(s);
        else if (s.state == SpanState::Ready && s.waitingFor == WaitingFor::Scheduler)
            ready += length(s);
    }
    if (ready == 0 || (blocked == 0 && cpu == 0))
        return notes;
    if (blocked == 0)
        notes.append({QT_TRANSLATE_NOOP(
                          "Note", "CPU work (counting, computing) held the one thread for %1 "
                                  "units, while the other tasks were ready and waited %2 units in "
                                  "all for their turn: taking turns does not make CPU work "
                                  "faster, and a computation that does not yield holds every "
                                  "task until it ends"),
                      {unitsText(cpu, run.unitMs), unitsText(ready, run.unitMs)}});
    else if (cpu > 0)
        notes.append({QT_TRANSLATE_NOOP(
                          "Note", "blocking calls (sleeps, fetches) held the one thread for %1 "
                                  "units and CPU work for %2 units, while the other tasks were "
                                  "ready and waited %3 units in all for their turn: a blocking "
                                  "call stops every generator, however they take turns"),
                      {unitsText(blocked, run.unitMs), unitsText(cpu, run.unitMs),
                       unitsText(ready, run.unitMs)}});
    else
        notes.append({QT_TRANSLATE_NOOP(
                          "Note", "blocking calls (sleeps, fetches) held the one thread for %1 "
                                  "units, while the other tasks were ready and waited %2 units in "
                                  "all for their turn: a blocking call stops every generator, "
                                  "however they take turns"),
                      {unitsText(blocked, run.unitMs), unitsText(ready, run.unitMs)}});
    return notes;
}

QList<RunNote> gil(const Trace::Data &run)
{
    QList<RunNote> notes;
    const int lanes = std::max(run.tasks, 1);
    std::vector<qint64> readyPerLane(size_t(lanes), 0);
    std::vector<SpanState> previous(size_t(lanes), SpanState::Ready);
    std::vector<bool> computed(size_t(lanes), false);
    qint64 waits = 0;
    qint64 convoys = 0;
    qint64 convoyNs = 0;
    qint64 convoyMax = 0;
    qint64 cpu = 0;
    for (const Span &s : run.spans) {
        if (s.lane >= lanes)
            continue;
        const size_t lane = s.lane;
        if (s.state == SpanState::Ready && s.waitingFor == WaitingFor::Gil) {
            ++waits;
            readyPerLane[lane] += length(s);
            if (previous[lane] == SpanState::Blocked) {
                ++convoys;
                convoyNs += length(s);
                convoyMax = std::max(convoyMax, length(s));
            }
        } else if (s.state == SpanState::Running && s.item >= 0) {
            cpu += length(s);
            computed[lane] = true;
        }
        previous[lane] = s.state;
    }
    const auto most = std::max_element(readyPerLane.begin(), readyPerLane.end());
    qint64 ready = 0;
    for (qint64 r : readyPerLane)
        ready += r;
    if (waits > 0 && ready > 0)
        notes.append(
            {QT_TRANSLATE_NOOP("Note", "threads were ready but waited for the GIL for %1 units "
                                       "in all (waits: %2; Task %3 the longest, %4 units): a "
                                       "thread keeps the GIL until another asks for it and the "
                                       "switch interval, %5 ms, has passed"),
             {unitsText(ready, run.unitMs), QString::number(waits),
              taskName(int(most - readyPerLane.begin())), unitsText(*most, run.unitMs),
              QString::number(run.switchIntervalMs)}});
    if (convoys > 0)
        notes.append({QT_TRANSLATE_NOOP(
                          "Note", "convoy: a thread back from a sleep or fetch must take the GIL "
                                  "again, and waited for it behind a computing thread (waits: %1; "
                                  "%2 ms on average, %3 ms at most)"),
                      {QString::number(convoys), msText(double(convoyNs) / double(convoys) / 1e6),
                       msText(double(convoyMax) / 1e6)}});
    const auto computing = std::count(computed.begin(), computed.end(), true);
    if (computing >= 2)
        notes.append(
            {QT_TRANSLATE_NOOP("Note", "CPU work gained nothing from threads: %1 threads counted "
                                       "or computed for %2 units in all, one at a time under the "
                                       "GIL; without a GIL (free-threaded Python, or C code that "
                                       "releases it: the threads variant) they use the cores at "
                                       "once"),
             {QString::number(computing), unitsText(cpu, run.unitMs)}});
    return notes;
}

QList<RunNote> processes(const Trace::Data &run)
{
    QList<RunNote> notes;
    const int lanes = std::max(run.tasks, 1);
    std::vector<qint64> first(size_t(lanes), -1);
    std::vector<qint64> lastEnd(size_t(lanes), -1);
    qint64 gaps = 0;
    qint64 gapNs = 0;
    for (const Span &s : run.spans) {
        if (s.lane >= lanes || s.item < 0 || s.state == SpanState::Failed)
            continue;
        const size_t lane = s.lane;
        if (first[lane] < 0)
            first[lane] = s.start;
        else if (lastEnd[lane] >= 0) {
            ++gaps;
            gapNs += std::max<qint64>(0, s.start - lastEnd[lane]);
        }
        lastEnd[lane] = s.end;
    }
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = -1;
    for (qint64 f : first) {
        if (f >= 0) {
            lo = std::min(lo, f);
            hi = std::max(hi, f);
        }
    }
    if (hi >= 0)
        notes.append(
            {QT_TRANSLATE_NOOP("Note", "each worker process took %1 to %2 ms from the run's "
                                       "start to its first item: a process has to start, and "
                                       "load this program, before it can work"),
             {msText(double(lo) / 1e6), msText(double(hi) / 1e6)}});
    if (gaps > 0)
        notes.append(
            {QT_TRANSLATE_NOOP("Note", "between one item and the next a worker waited %1 ms on "
                                       "average: each item is copied to it over a pipe and its "
                                       "result back, as the processes share no memory"),
             {QString::number(double(gapNs) / double(gaps) / 1e6, 'f', 2)}});
    return notes;
}

QList<RunNote> offloaded(const Trace::Data &run)
{
    QList<RunNote> notes = eventLoop(run);
    auto offloadedWork = [&](const Span &s) {
        return s.item >= 0 && isCpuWork(run.items[s.item].kind);
    };
    // Items submitted before any worker began one waited for the workers' start.
    qint64 firstRun = std::numeric_limits<qint64>::max();
    for (const Span &s : run.spans) {
        if (s.state == SpanState::Running && offloadedWork(s))
            firstRun = std::min(firstRun, s.start);
    }
    qint64 startWait = -1;
    qint64 handed = 0;
    qint64 handedNs = 0;
    for (const Span &s : run.spans) {
        if (s.state != SpanState::Awaiting || !offloadedWork(s))
            continue;
        if (s.start < firstRun) {
            startWait = std::max(startWait, length(s));
        } else {
            ++handed;
            handedNs += length(s);
        }
    }
    if (startWait >= 0)
        notes.append(
            {QT_TRANSLATE_NOOP("Note", "the first CPU items waited up to %1 ms for the worker "
                                       "processes to start (the pool starts them when it is "
                                       "first given work)"),
             {msText(double(startWait) / 1e6)}});
    if (handed > 0)
        notes.append(
            {QT_TRANSLATE_NOOP("Note", "the later CPU items waited %1 ms on average to be "
                                       "handed to a free worker over a pipe, while the event "
                                       "loop ran the other tasks"),
             {QString::number(double(handedNs) / double(handed) / 1e6, 'f', 2)}});
    return notes;
}

} // namespace TaskLanes::Notes
