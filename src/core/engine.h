#pragma once

#include "trace.h"
#include "tracerecorder.h"
#include "workqueue.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QThread;

namespace TaskLanes {

class CancelToken;
class RunWorker;

struct RunRequest
{
    QString variant;
    WorkQueue queue;
    int unitMs = 1000;
    int timeoutMs = 30000; // per fetch
};

// The trace with its ideal recomputed, fetches of unknown latency taking their measured
// time (their ideal is not known until they have run).
Trace withMeasuredIdeal(const Trace &trace);

// Checks a request before anything runs; returns an empty string or a one-line error
// that names the offending value.
QString validateRequest(const RunRequest &request);

// The engine as the GUI (or the command line) sees it. Lives on the caller's thread;
// each run happens on a dedicated engine thread with its own event loop. What the run
// records reaches the caller in batches, at most one per batch interval, so a run of
// 100,000 items cannot flood the caller's event loop.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    // Starts a run; false (and failed() with the reason) when the request is invalid or
    // a run is already going.
    bool start(const RunRequest &request);
    // Asks the run to end; it finishes (with a cancelled trace) within 100 ms.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    void setBatchInterval(int ms) { m_flushTimer.setInterval(ms); }
    int batchInterval() const { return m_flushTimer.interval(); }

Q_SIGNALS:
    void started(const QString &variant, const TaskLanes::IdealSchedule &ideal, int unitMs);
    void outputLines(const QStringList &lines);
    void traceBatch(const TaskLanes::TraceBatch &batch);
    void progress(int itemsDone, int itemsTotal, qint64 elapsedNs);
    void finished(const TaskLanes::Trace &trace);
    void failed(const QString &error);

private:
    void flush();
    void onWorkerDone();

    QThread *m_thread = nullptr;
    RunWorker *m_worker = nullptr;
    std::shared_ptr<TraceRecorder> m_recorder;
    std::shared_ptr<CancelToken> m_cancel;
    QTimer m_flushTimer;
};

} // namespace TaskLanes
