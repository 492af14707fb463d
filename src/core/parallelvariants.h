#pragma once

#include <QCoroTask>
#include <QString>

namespace TaskLanes {

class RunContext;

// threads and threads-gil: one thread per task from a QThreadPool; with gil, a task
// holds one global lock while it computes and lets go of it while it sleeps or fetches.
QCoro::Task<> runThreads(RunContext &ctx, bool gil);
// processes: one worker process per task (this program in worker mode), fed over pipes.
QCoro::Task<> runProcesses(RunContext &ctx);

// The program started as a worker; by default this application's own binary.
QString workerProgram();
void setWorkerProgram(const QString &path);

// The worker's side of the protocol, reading stdin and writing stdout (the hidden
// "tasklanes worker" command). Returns the exit status.
int runWorkerProcess();

} // namespace TaskLanes
