#pragma once

#include "runcontext.h"

#include <QCoroTask>
#include <QString>

#include <chrono>
#include <memory>

namespace TaskLanes {

class WorkerPool;

// Worker processes: one per task, each a TaskLanes binary started in worker mode
// ("tasklanes worker") and fed items over its stdin and stdout with a line protocol:
//   parent: hello <origin ns> <ops per unit> <unit ms> <timeout ms> | item <i> <kind> <value> |
//   quit worker: ready tasklanes-worker 1 <pid> | begin <i> <ns> | end <i> <ns> ok
//           | end <i> <ns> fail <error kind>[<TAB><detail>]...
// Items go to whichever worker asks next; workers report times on the run's clock.
namespace Workers {
// The program to start as a worker. The tasklanes executable sets itself at start-up;
// tests and tools name it. There is no fallback: with none set, a run's items fail rather
// than start some other program (a test or benchmark binary) that would never answer.
void setProgram(const QString &path);
QString program();
// How long a worker may take for what it owes: to say ready once started; to begin an
// item once given it; to end it once begun (its length, several times over, plus a
// margin; a fetch's length is its timeout).
struct Deadlines
{
    std::chrono::milliseconds ready{10'000};
    std::chrono::milliseconds begin{5'000};
    int endFactor = 4;
    std::chrono::milliseconds endMargin{5'000};
};
void setDeadlines(const Deadlines &deadlines);
Deadlines deadlines();

// The parent's side: starts the workers, hands out items, records what they report, and
// turns crashes, kills, silence and nonsense into failed items. Never blocks the engine
// thread; resumes when every worker is gone.
QCoro::Task<> run(RunContext &ctx);

// The worker's side, reading stdin and writing stdout. Returns the exit status.
int serve();

// Python's ProcessPoolExecutor for an event loop (loop.run_in_executor): one worker
// process per task, started with the first item submitted; each count or compute item
// runs in the next free worker while the loop goes on, recorded (running) on the lane of
// the task that submitted it.
class ProcessPool
{
public:
    explicit ProcessPool(RunContext &ctx);
    ~ProcessPool();
    // py: await loop.run_in_executor(pool, work, item): its span and how it went.
    QCoro::Task<ItemOutcome> run(int lane, qint32 item);
    // py: pool.shutdown(): the workers quit; resumes when all are gone.
    QCoro::Task<> shutdown();

private:
    std::unique_ptr<WorkerPool> m_pool;
};
} // namespace Workers

} // namespace TaskLanes
