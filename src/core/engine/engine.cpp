#include "engine.h"

#include "compute.h"
#include "runcontext.h"
#include "threadstarts.h"
#include "timerqueue.h"

#include <QDeadlineTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace TaskLanes {

// Lives on the engine thread for the length of one run.
class RunWorker : public QObject
{
    Q_OBJECT
public:
    RunWorker(const Model &model, const RunRequest &request,
              std::shared_ptr<TraceRecorder> recorder, std::shared_ptr<CancelToken> cancel)
        : m_model(model), m_queue(request.queue), m_unitMs(request.unitMs),
          m_recorder(std::move(recorder)), m_cancel(std::move(cancel)),
          m_context(m_queue, request.unitMs, request.timeoutMs, *m_recorder, *m_cancel, this)
    {
        m_context.setSwitchIntervalMs(request.switchIntervalMs);
    }

    void run()
    {
        usePreciseTimers(); // this thread sleeps and blocks for the models
        m_run = drive();
    }
    void wake() { m_context.wakeSleepers(); }

Q_SIGNALS:
    void began(const TaskLanes::IdealSchedule &ideal);
    void done();

private:
    QCoro::Task<> drive()
    {
        // The ideal schedule is worked out here, not on the caller's thread, which stays
        // free to draw (at 100,000 items it takes several milliseconds).
        const IdealSchedule ideal = m_model.idealFor(m_queue.items, m_queue.tasks, m_unitMs);
        m_recorder->setIdeal(ideal);
        Q_EMIT began(ideal);
        // Calibrating CPU work takes a moment: do it before the run's clock starts.
        m_context.computeOpsPerUnit();
        m_recorder->start();
        co_await m_model.run(m_context);
        m_recorder->markEnd();
        if (m_model.printsTotal && !m_cancel->isCancelled()) {
            m_recorder->line(0, LineKind::Blank);
            m_recorder->line(0, LineKind::RunTotal);
        }
        Q_EMIT done();
        QThread::currentThread()->quit();
    }

    const Model &m_model;
    const WorkQueue m_queue;
    const int m_unitMs;
    std::shared_ptr<TraceRecorder> m_recorder;
    std::shared_ptr<CancelToken> m_cancel;
    RunContext m_context;
    QCoro::Task<> m_run;
};

Status validateRequest(const RunRequest &request)
{
    if (!request.model || !request.model->run || !request.model->ideal)
        return Error{QCoreApplication::translate("Engine", "no model to run")};
    if (request.unitMs < Limits::minUnitMs || request.unitMs > Limits::maxUnitMs)
        return Error{QCoreApplication::translate("Engine", "unit of %1 ms is outside %2 to %3")
                         .arg(request.unitMs)
                         .arg(Limits::minUnitMs)
                         .arg(Limits::maxUnitMs)};
    if (request.queue.tasks < 1 || request.queue.tasks > Limits::maxTasks)
        return Error{QCoreApplication::translate("Engine", "%1 tasks is outside 1 to %2")
                         .arg(request.queue.tasks)
                         .arg(Limits::maxTasks)};
    if (request.queue.items.isEmpty())
        return Error{QCoreApplication::translate("Engine", "the queue is empty")};
    if (request.timeoutMs < 1 || request.timeoutMs > Limits::maxTimeoutMs)
        return Error{QCoreApplication::translate("Engine", "timeout of %1 ms is outside 1 to %2")
                         .arg(request.timeoutMs)
                         .arg(Limits::maxTimeoutMs)};
    if (request.switchIntervalMs < 1 || request.switchIntervalMs > Limits::maxSwitchIntervalMs)
        return Error{
            QCoreApplication::translate("Engine", "switch interval of %1 ms is outside 1 to %2")
                .arg(request.switchIntervalMs)
                .arg(Limits::maxSwitchIntervalMs)};
    for (qsizetype i = 0; i < request.queue.items.size(); ++i) {
        if (const Status valid = validateItem(request.queue.items[i]); !valid)
            return Error{QCoreApplication::translate("Engine", "queue item %1: %2")
                             .arg(i + 1)
                             .arg(valid.error())};
    }
    return request.model->checkItems(request.queue.items);
}

Engine::Engine(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<TaskLanes::Trace>();
    qRegisterMetaType<TaskLanes::TraceBatch>();
    qRegisterMetaType<TaskLanes::IdealSchedule>();
    m_flushTimer.setInterval(33);
    connect(&m_flushTimer, &QTimer::timeout, this, &Engine::flush);
}

Engine::~Engine()
{
    if (!m_thread)
        return;
    m_cancel->cancel();
    QMetaObject::invokeMethod(m_worker, &RunWorker::wake, Qt::QueuedConnection);
    if (!m_thread->wait(QDeadlineTimer(m_stopDeadline))) {
        // A run that does not end when stopped must not hang whoever owns the engine: its
        // thread, and what the thread uses, are left to the end of the process.
        qCritical("TaskLanes: a %s run did not end within %lld ms of being stopped; it is left "
                  "running",
                  qPrintable(m_model->id), qlonglong(m_stopDeadline.count()));
        return;
    }
    delete m_worker;
    delete m_thread;
}

Status Engine::start(const RunRequest &request)
{
    if (m_thread)
        return Error{tr("A run is already going; stop it first.")};
    if (const Status valid = validateRequest(request); !valid)
        return valid;
    const Model &model = *request.model;

    Trace::Data header;
    header.variantId = model.id;
    header.unitMs = request.unitMs;
    header.tasks = request.queue.tasks;
    if (request.model->usesSwitchInterval)
        header.switchIntervalMs = request.switchIntervalMs;
    header.items = request.queue.items;
    m_recorder = std::make_shared<TraceRecorder>(std::move(header));
    m_recorder->setLiveSpans(m_liveSpans);
    m_cancel = std::make_shared<CancelToken>();

    m_thread = new QThread;
    m_thread->setObjectName(u"TaskLanes engine"_s);
    m_model = &model;
    m_worker = new RunWorker(model, request, m_recorder, m_cancel);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &RunWorker::run);
    connect(
        m_worker, &RunWorker::began, this,
        [this](const IdealSchedule &ideal) {
            m_begun = true;
            Q_EMIT started(m_model->id, ideal, m_unitMs);
        },
        Qt::QueuedConnection);
    connect(m_worker, &RunWorker::done, this, &Engine::onWorkerDone, Qt::QueuedConnection);
    if (!startThread(*m_thread)) {
        forgetRun();
        m_model = nullptr;
        return Error{tr("the system would not start the engine's thread (is the limit on "
                        "processes and threads, ulimit -u, reached?)")};
    }
    m_unitMs = request.unitMs;
    m_begun = false;
    m_flushTimer.start();
    return {};
}

void Engine::stop()
{
    if (!m_thread)
        return;
    m_cancel->cancel();
    QMetaObject::invokeMethod(m_worker, &RunWorker::wake, Qt::QueuedConnection);
}

// A batch holds at most so many spans: at 100,000 spans a batch took the GUI thread
// 8 ms to take and draw; the rest follow on the loop's next passes, not at the next tick.
constexpr qsizetype maxBatchSpans = 25'000;

bool Engine::flush()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_recorder || !m_begun) // nothing to draw before started()
        return false;
    const TraceBatch batch = m_recorder->takeBatch(m_lineTexts, m_lineTextLimit, maxBatchSpans);
    if (batch.textsSkipped > 0)
        Q_EMIT outputSkipped(batch.textsSkipped);
    if (!batch.texts.isEmpty())
        Q_EMIT outputLines(batch.texts);
    if (!batch.utf8.isEmpty())
        Q_EMIT outputText(batch.utf8);
    // Sent even when nothing new was recorded: open spans and "now" move on while a
    // task blocks, and a view drawing the run live needs to know.
    Q_EMIT traceBatch(batch);
    Q_EMIT progress(batch.itemsDone, batch.itemsTotal, batch.nowNs);
    if (batch.more && m_flushTimer.isActive() && !m_flushPosted) {
        m_flushPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_flushPosted = false;
                if (m_flushTimer.isActive())
                    flush();
            },
            Qt::QueuedConnection);
    }
    return batch.more;
}

void Engine::onWorkerDone()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_flushTimer.stop();
    m_thread->wait();
    finishWhenDrained(m_cancel->isCancelled());
}

// The last batches, one per pass of the loop, then the end on a pass of its own: the
// caller draws each in between (no pass does several milliseconds of work twice over).
void Engine::finishWhenDrained(bool cancelled)
{
    const bool more = flush();
    QMetaObject::invokeMethod(
        this,
        [this, cancelled, more] {
            if (more) {
                finishWhenDrained(cancelled);
                return;
            }
            Trace trace = withNotes(m_recorder->finish(cancelled), *m_model);
            trace = withMeasuredIdeal(trace, *m_model);
            forgetRun();
            Q_EMIT finished(trace);
        },
        Qt::QueuedConnection);
}

void Engine::forgetRun()
{
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    m_recorder.reset();
    m_cancel.reset();
}

} // namespace TaskLanes

#include "engine.moc"
