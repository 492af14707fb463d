#pragma once

#include "domain/model.h"
#include "domain/trace.h"
#include "domain/tracerecorder.h"
#include "domain/workqueue.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class QThread;

namespace TaskLanes {

class CancelToken;
class RunWorker;

struct RunRequest
{
    const Model *model = nullptr;
    WorkQueue queue;
    int unitMs = Limits::defaultUnitMs;
    int timeoutMs = Limits::defaultTimeoutMs;               // per fetch
    int switchIntervalMs = Limits::defaultSwitchIntervalMs; // threads-gil
};

// Checks a request before anything runs; the error names the offending value.
Status validateRequest(const RunRequest &request);

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

    // Starts a run; an error (and nothing started) when the request is invalid or a run
    // is already going.
    Status start(const RunRequest &request);
    // Asks the run to end; finished() follows with a cancelled trace.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    void setBatchInterval(int ms) { m_flushTimer.setInterval(ms); }
    // How long destroying a running engine waits for its run to end (10 s unless set).
    void setStopDeadline(std::chrono::milliseconds deadline) { m_stopDeadline = deadline; }
    int batchInterval() const { return m_flushTimer.interval(); }
    // What batches carry, for the next runs: the lines' text as strings (outputLines, the
    // default), as UTF-8 (outputText) or not at all; and the spans that changed (for a
    // view drawing the run live; on by default).
    void setLineTexts(LineTexts texts) { m_lineTexts = texts; }
    void setLiveSpans(bool live) { m_liveSpans = live; }
    // At most this many of a batch's lines (its latest) get their text, the others are
    // counted in outputSkipped; 0, the default: every line.
    void setLineTextLimit(int lines) { m_lineTextLimit = lines; }

Q_SIGNALS:
    // The run began, with its ideal schedule: comes after start() returns, before any
    // batch of the run.
    void started(const QString &variant, const TaskLanes::IdealSchedule &ideal, int unitMs);
    void outputLines(const QStringList &lines);
    // The same lines as UTF-8, each ending in a newline (setLineTexts(LineTexts::Utf8)).
    void outputText(const QByteArray &utf8);
    // So many lines of a batch came without text (setLineTextLimit), before its others.
    void outputSkipped(qsizetype lines);
    void traceBatch(const TaskLanes::TraceBatch &batch);
    void progress(int itemsDone, int itemsTotal, qint64 elapsedNs);
    void finished(const TaskLanes::Trace &trace);

private:
    // One batch out; true when spans are left for another (the batch's limit was met).
    bool flush();
    void finishWhenDrained(bool cancelled);
    void onWorkerDone();
    // The run's thread, worker and record go (the thread has ended or never started).
    void forgetRun();

    QThread *m_thread = nullptr;
    RunWorker *m_worker = nullptr;
    const Model *m_model = nullptr;
    std::shared_ptr<TraceRecorder> m_recorder;
    std::shared_ptr<CancelToken> m_cancel;
    QTimer m_flushTimer;
    std::chrono::milliseconds m_stopDeadline{10'000};
    LineTexts m_lineTexts = LineTexts::Strings;
    bool m_liveSpans = true;
    int m_lineTextLimit = 0;
    int m_unitMs = 0;
    bool m_begun = false; // started() was emitted for this run
    bool m_flushPosted = false;
};

} // namespace TaskLanes
